//! Rules of CloudFormation resource types that their schemas in [`crate::cfn_schema`] do not spell as
//! plain `required` lists (cfn-lint knows them from its own rule files), as declarative tables that a
//! frontend consults after a body is lowered: properties one of which must be present, properties a
//! present one makes required, properties only one setting of another allows, and values AWS
//! rejects ([`rejection`]: empty policies and lists, statements without resources).
//!
//! [`property_constraints`] is the full set of such rules between the top-level properties of each
//! type, as cfn-lint's schemas state them (`requiredXor`, `requiredOr`, `dependentRequired`,
//! `dependentExcluded`). The driver turns the ones that parameter values decide into template
//! `Rules`. The smaller tables above it serve the frontends' lowering, which acts on a rule only where
//! acting on it is what Terraform does.

use iac2cfn_ir::{Expr, IndexMap};

/// Types that need at least one of these properties.
const ONE_OF_REQUIRED: &[(&str, &[&str])] = &[
    (
        "AWS::EC2::SecurityGroupIngress",
        &["CidrIp", "CidrIpv6", "SourcePrefixListId", "SourceSecurityGroupId", "SourceSecurityGroupName"],
    ),
    ("AWS::EC2::SecurityGroupEgress", &["CidrIp", "CidrIpv6", "DestinationPrefixListId", "DestinationSecurityGroupId"]),
];

/// Properties required when another one is present: (type, property, the other).
const REQUIRED_WITH: &[(&str, &str, &str)] = &[("AWS::EC2::SecurityGroup", "VpcId", "SecurityGroupEgress")];

/// Lists that AWS needs non-empty though the schema sets no minimum: (type, property, why).
const NON_EMPTY: &[(&str, &str, &str)] =
    &[("AWS::ECS::TaskDefinition", "ContainerDefinitions", "a task definition needs at least one container")];

/// Types whose `PolicyDocument` is an identity policy, where every statement names its resources.
const IDENTITY_POLICIES: &[&str] = &[
    "AWS::IAM::ManagedPolicy",
    "AWS::IAM::Policy",
    "AWS::IAM::RolePolicy",
    "AWS::IAM::UserPolicy",
    "AWS::IAM::GroupPolicy",
];

/// Types with inline identity policies (`Policies: [{PolicyName, PolicyDocument}]`).
const INLINE_POLICIES: &[&str] = &["AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group"];

/// Properties only allowed when a flag property is `true`: (type, flag, properties).
const ONLY_WITH_FLAG: &[(&str, &str, &[&str])] =
    &[("AWS::SQS::Queue", "FifoQueue", &["ContentBasedDeduplication", "DeduplicationScope", "FifoThroughputLimit"])];

/// A rule about which top-level properties of a resource type may or must be set together.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Constraint {
    /// At least one of these properties is set (cfn-lint's `requiredOr`).
    AnyOf(&'static [&'static str]),
    /// Exactly one of these properties is set (cfn-lint's `requiredXor`).
    ExactlyOne(&'static [&'static str]),
    /// When `property` is set, each of `needs` is set too (`dependentRequired`).
    Requires {
        /// The property that brings the requirement.
        property: &'static str,
        /// The properties it needs.
        needs: &'static [&'static str],
    },
    /// When `property` is set, none of `excludes` is (`dependentExcluded`).
    Excludes {
        /// The property that brings the exclusion.
        property: &'static str,
        /// The properties it rules out.
        excludes: &'static [&'static str],
    },
}

impl Constraint {
    /// Every property the constraint names, in its order.
    pub fn properties(&self) -> Vec<&'static str> {
        match *self {
            Constraint::AnyOf(properties) | Constraint::ExactlyOne(properties) => properties.to_vec(),
            Constraint::Requires { property, needs: others } | Constraint::Excludes { property, excludes: others } => {
                std::iter::once(property).chain(others.iter().copied()).collect()
            }
        }
    }
}

/// The constraints between top-level properties, per type, from the resource schemas of cfn-lint
/// 1.58 (region us-east-1), in the order the schemas list them.
const PROPERTY_CONSTRAINTS: &[(&str, Constraint)] = &[
    ("AWS::ApplicationAutoScaling::ScalingPolicy", Constraint::ExactlyOne(&["ScalingTargetId", "ResourceId"])),
    (
        "AWS::ApplicationAutoScaling::ScalingPolicy",
        Constraint::Requires { property: "ResourceId", needs: &["ScalableDimension", "ServiceNamespace"] },
    ),
    (
        "AWS::AutoScaling::AutoScalingGroup",
        Constraint::ExactlyOne(&["InstanceId", "LaunchConfigurationName", "LaunchTemplate", "MixedInstancesPolicy"]),
    ),
    ("AWS::CloudWatch::Alarm", Constraint::ExactlyOne(&["Metrics", "MetricName", "EvaluationCriteria"])),
    ("AWS::CloudWatch::Alarm", Constraint::Excludes { property: "ExtendedStatistic", excludes: &["Statistic"] }),
    (
        "AWS::CloudWatch::Alarm",
        Constraint::Excludes {
            property: "Metrics",
            excludes: &["MetricName", "Dimensions", "Period", "Namespace", "Statistic", "ExtendedStatistic", "Unit"],
        },
    ),
    ("AWS::CloudWatch::Alarm", Constraint::Excludes { property: "Statistic", excludes: &["ExtendedStatistic"] }),
    ("AWS::CloudWatch::Alarm", Constraint::Excludes { property: "Threshold", excludes: &["ThresholdMetricId"] }),
    ("AWS::CloudWatch::Alarm", Constraint::Excludes { property: "ThresholdMetricId", excludes: &["Threshold"] }),
    ("AWS::CodePipeline::Pipeline", Constraint::ExactlyOne(&["ArtifactStore", "ArtifactStores"])),
    ("AWS::EC2::Instance", Constraint::Excludes { property: "NetworkInterfaces", excludes: &["SubnetId"] }),
    ("AWS::EC2::Instance", Constraint::Excludes { property: "SubnetId", excludes: &["NetworkInterfaces"] }),
    ("AWS::EC2::NetworkAclEntry", Constraint::ExactlyOne(&["Ipv6CidrBlock", "CidrBlock"])),
    ("AWS::EC2::NetworkInterface", Constraint::Excludes { property: "Ipv6AddressCount", excludes: &["Ipv6Addresses"] }),
    ("AWS::EC2::NetworkInterface", Constraint::Excludes { property: "Ipv6Addresses", excludes: &["Ipv6AddressCount"] }),
    ("AWS::EC2::SecurityGroup", Constraint::Requires { property: "SecurityGroupEgress", needs: &["VpcId"] }),
    (
        "AWS::EC2::SecurityGroupEgress",
        Constraint::ExactlyOne(&["CidrIp", "CidrIpv6", "DestinationPrefixListId", "DestinationSecurityGroupId"]),
    ),
    (
        "AWS::EC2::SecurityGroupIngress",
        Constraint::ExactlyOne(&[
            "CidrIp",
            "CidrIpv6",
            "SourcePrefixListId",
            "SourceSecurityGroupId",
            "SourceSecurityGroupName",
        ]),
    ),
    ("AWS::EC2::Subnet", Constraint::AnyOf(&["CidrBlock", "Ipv4IpamPoolId", "Ipv6IpamPoolId", "Ipv6CidrBlock"])),
    ("AWS::EC2::Subnet", Constraint::Requires { property: "Ipv4IpamPoolId", needs: &["Ipv4NetmaskLength"] }),
    ("AWS::EC2::Subnet", Constraint::Requires { property: "Ipv4NetmaskLength", needs: &["Ipv4IpamPoolId"] }),
    ("AWS::EC2::Subnet", Constraint::Requires { property: "Ipv6IpamPoolId", needs: &["Ipv6NetmaskLength"] }),
    ("AWS::EC2::Subnet", Constraint::Requires { property: "Ipv6NetmaskLength", needs: &["Ipv6IpamPoolId"] }),
    ("AWS::EC2::Subnet", Constraint::Excludes { property: "AvailabilityZone", excludes: &["AvailabilityZoneId"] }),
    ("AWS::EC2::Subnet", Constraint::Excludes { property: "AvailabilityZoneId", excludes: &["AvailabilityZone"] }),
    ("AWS::EC2::Subnet", Constraint::Excludes { property: "CidrBlock", excludes: &["Ipv4IpamPoolId"] }),
    ("AWS::EC2::Subnet", Constraint::Excludes { property: "Ipv4IpamPoolId", excludes: &["CidrBlock"] }),
    ("AWS::EC2::Subnet", Constraint::Excludes { property: "Ipv6CidrBlock", excludes: &["Ipv6IpamPoolId"] }),
    ("AWS::EC2::Subnet", Constraint::Excludes { property: "Ipv6IpamPoolId", excludes: &["Ipv6CidrBlock"] }),
    ("AWS::EC2::VPC", Constraint::ExactlyOne(&["CidrBlock", "Ipv4IpamPoolId"])),
    ("AWS::EC2::VPC", Constraint::Requires { property: "Ipv4IpamPoolId", needs: &["Ipv4NetmaskLength"] }),
    ("AWS::EC2::VPC", Constraint::Requires { property: "Ipv4NetmaskLength", needs: &["Ipv4IpamPoolId"] }),
    ("AWS::ElasticLoadBalancingV2::LoadBalancer", Constraint::ExactlyOne(&["Subnets", "SubnetMappings"])),
    ("AWS::Events::Rule", Constraint::AnyOf(&["EventPattern", "ScheduleExpression"])),
    (
        "AWS::Lambda::Alias",
        Constraint::Excludes { property: "ProvisionedConcurrencyConfig", excludes: &["RoutingConfig"] },
    ),
    ("AWS::RDS::DBCluster", Constraint::Requires { property: "MasterUserPassword", needs: &["MasterUsername"] }),
    (
        "AWS::RDS::DBInstance",
        Constraint::Excludes {
            property: "SourceDBInstanceIdentifier",
            excludes: &["CharacterSetName", "MasterUserPassword", "MasterUsername", "StorageEncrypted"],
        },
    ),
    ("AWS::Route53::RecordSet", Constraint::ExactlyOne(&["HostedZoneId", "HostedZoneName"])),
    ("AWS::Route53::RecordSetGroup", Constraint::ExactlyOne(&["HostedZoneId", "HostedZoneName"])),
    (
        "AWS::ServiceDiscovery::Service",
        Constraint::Excludes { property: "HealthCheckConfig", excludes: &["HealthCheckCustomConfig"] },
    ),
    (
        "AWS::ServiceDiscovery::Service",
        Constraint::Excludes { property: "HealthCheckCustomConfig", excludes: &["HealthCheckConfig"] },
    ),
];

/// The constraints between the top-level properties of a type, in table order.
pub fn property_constraints(cloudformation: &str) -> impl Iterator<Item = &'static Constraint> + '_ {
    PROPERTY_CONSTRAINTS.iter().filter(move |(name, _)| *name == cloudformation).map(|(_, constraint)| constraint)
}

/// The properties of which a type needs at least one, if it has such a rule.
pub fn one_of_required(cloudformation: &str) -> Option<&'static [&'static str]> {
    ONE_OF_REQUIRED.iter().find(|(name, _)| *name == cloudformation).map(|(_, properties)| *properties)
}

/// Whether `property` is required, by the type's schema or because `properties` holds one that needs it.
pub fn is_required(cloudformation: &str, property: &str, properties: &IndexMap<String, Expr>) -> bool {
    let by_schema = crate::cfn_schema::resource_type(cloudformation)
        .is_some_and(|schema| schema.root().required().any(|wanted| wanted == property));
    by_schema
        || REQUIRED_WITH.iter().any(|(name, needed, with)| {
            *name == cloudformation && *needed == property && properties.contains_key(*with)
        })
}

/// Removes the properties that only a flag set to `true` allows, where the flag is known not to be
/// set: Terraform accepts (and ignores) them there, CloudFormation rejects them. A literal `true`
/// stays, so that the template shows the mistake.
pub fn remove_disallowed(cloudformation: &str, properties: &mut IndexMap<String, Expr>) {
    for (name, flag, only) in ONLY_WITH_FLAG {
        if *name != cloudformation || !matches!(properties.get(*flag), None | Some(Expr::Bool(false))) {
            continue;
        }
        properties.retain(|key, value| !only.contains(&key.as_str()) || *value == Expr::Bool(true));
    }
}

/// Why AWS rejects a resource, found in its properties as lowered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejection {
    /// The top-level property at fault.
    pub property: String,
    /// What is wrong with it, as a sentence fragment (`it has no statements`).
    pub reason: String,
}

/// Why AWS rejects a resource with these properties whatever the parameters turn out to be, if it
/// does: a policy document without statements; an identity policy statement that names no resource;
/// a literal list shorter than the schema's minimum (`minItems`), or empty where AWS needs an
/// element ([`NON_EMPTY`]); task definition containers none of which is essential. Only literal
/// values are judged: a value known at deployment may be anything.
pub fn rejection(cloudformation: &str, properties: &IndexMap<String, Expr>) -> Option<Rejection> {
    rejection_with(cloudformation, properties, true)
}

/// [`rejection`] for the properties one sub-resource merges into its parent (an integration into an
/// `AWS::ApiGateway::Method`): an object it writes part of may get its required fields from the
/// parent or from another sub-resource merged into it (an integration response adds
/// `Integration.IntegrationResponses`, the integration itself `Integration.Type`), so a missing
/// required field of an object is not judged here.
pub fn rejection_of_merge(cloudformation: &str, properties: &IndexMap<String, Expr>) -> Option<Rejection> {
    rejection_with(cloudformation, properties, false)
}

fn rejection_with(
    cloudformation: &str,
    properties: &IndexMap<String, Expr>,
    check_required: bool,
) -> Option<Rejection> {
    let schema = crate::cfn_schema::resource_type(cloudformation);
    let reject = |property: &str, reason: String| Some(Rejection { property: property.to_string(), reason });
    for (property, value) in properties {
        // A policy written as JSON text (a policy document data source's `json`) is read as the
        // document it holds.
        let parsed = match value {
            Expr::String(text) if text.trim_start().starts_with('{') => {
                serde_json::from_str::<serde_json::Value>(text).ok().map(|json| crate::cfn_schema::json_expr(&json))
            }
            _ => None,
        };
        let value = parsed.as_ref().unwrap_or(value);
        if is_policy_without_statements(value) {
            return reject(property, "the policy document has no statements".to_string());
        }
        let identity = (IDENTITY_POLICIES.contains(&cloudformation) && property == "PolicyDocument")
            .then_some(value)
            .into_iter()
            .chain(inline_policy_documents(cloudformation, property, value));
        for document in identity {
            if is_policy_without_statements(document) {
                return reject(property, "an inline policy document has no statements".to_string());
            }
            if statements(document)
                .any(|statement| !statement.contains_key("Resource") && !statement.contains_key("NotResource"))
            {
                return reject(
                    property,
                    "a policy statement names no `Resource` (an identity policy needs one)".to_string(),
                );
            }
        }
        if let (Some(schema), Expr::Map(_), true) = (schema, value, check_required) {
            let object = schema.root().property(property).and_then(|found| schema.object(&found.shape));
            if let Some(missing) = object.and_then(|object| missing_required(schema, object, value, property)) {
                return reject(property, format!("`{missing}` is required, but the configuration gives none"));
            }
        }
        let Expr::List(items) = value else { continue };
        let min = schema.and_then(|schema| schema.root().property(property)).map_or(0, |schema| schema.min_items);
        if items.len() < min as usize {
            let elements = if min == 1 { "element" } else { "elements" };
            return reject(property, format!("the list needs at least {min} {elements}, but has {}", items.len()));
        }
        if let Some((_, _, why)) = NON_EMPTY.iter().find(|(name, key, _)| *name == cloudformation && *key == property) {
            if items.is_empty() {
                return reject(property, format!("the list is empty: {why}"));
            }
        }
        let not_essential =
            |item: &Expr| matches!(item, Expr::Map(entries) if entries.get("Essential") == Some(&Expr::Bool(false)));
        if cloudformation == "AWS::ECS::TaskDefinition"
            && property == "ContainerDefinitions"
            && !items.is_empty()
            && items.iter().all(not_essential)
        {
            return reject(property, "no container is essential: a task definition needs one".to_string());
        }
    }
    None
}

/// The condition of a choice (`Fn::If`) among `properties` one of whose branches holds a value AWS
/// rejects ([`rejection`]), where the other branches may be fine: deciding the condition at
/// conversion time (inlining the variables it tests) leaves either a valid resource or a rejected one
/// that [`rejection`] reports.
pub fn rejected_branch(cloudformation: &str, properties: &IndexMap<String, Expr>) -> Option<String> {
    properties.iter().find_map(|(property, value)| {
        let Expr::If { condition, then, otherwise } = value else { return None };
        let rejected = [then, otherwise].into_iter().any(|branch| {
            let mut chosen = properties.clone();
            chosen.insert(property.clone(), (**branch).clone());
            rejection(cloudformation, &chosen).is_some()
        });
        rejected.then(|| condition.clone())
    })
}

/// The path of the first property that `object`'s schema requires and the literal object `value`
/// (or a literal object nested in it) leaves out; `at` is the path to `value`.
fn missing_required(
    schema: &crate::cfn_schema::ResourceSchema,
    object: &crate::cfn_schema::ObjectSchema,
    value: &Expr,
    at: &str,
) -> Option<String> {
    let Expr::Map(entries) = value else { return None };
    if object.is_open() {
        return None;
    }
    if let Some(required) = object.required().find(|name| !entries.contains_key(*name)) {
        return Some(format!("{at}.{required}"));
    }
    entries.iter().find_map(|(name, inner)| {
        let nested = object.property(name).and_then(|property| schema.object(&property.shape))?;
        let path = format!("{at}.{name}");
        match inner {
            Expr::List(items) => items.iter().find_map(|item| missing_required(schema, nested, item, &path)),
            _ => missing_required(schema, nested, inner, &path),
        }
    })
}

/// A literal policy document with no `Statement`: an object whose `Version` is one of the policy
/// language's versions and whose only other key, if any, is `Id`. (Other objects have a `Version`
/// too: a launch template's is a version number.)
fn is_policy_without_statements(value: &Expr) -> bool {
    let Expr::Map(entries) = value else { return false };
    let versioned =
        matches!(entries.get("Version"), Some(Expr::String(version)) if POLICY_VERSIONS.contains(&version.as_str()));
    versioned && entries.keys().all(|key| key == "Version" || key == "Id")
}

/// The versions of the IAM policy language.
const POLICY_VERSIONS: &[&str] = &["2012-10-17", "2008-10-17"];

/// The `PolicyDocument`s of a role's, user's or group's literal `Policies` list.
fn inline_policy_documents<'a>(cloudformation: &str, property: &str, value: &'a Expr) -> Vec<&'a Expr> {
    if !INLINE_POLICIES.contains(&cloudformation) || property != "Policies" {
        return Vec::new();
    }
    let Expr::List(policies) = value else { return Vec::new() };
    policies
        .iter()
        .filter_map(|policy| match policy {
            Expr::Map(entries) => entries.get("PolicyDocument"),
            _ => None,
        })
        .collect()
}

/// The literal statements of a literal policy document (one statement object, or a list of them).
fn statements(document: &Expr) -> impl Iterator<Item = &IndexMap<String, Expr>> {
    let statement = match document {
        Expr::Map(entries) => entries.get("Statement"),
        _ => None,
    };
    let items: Vec<&Expr> = match statement {
        Some(Expr::List(items)) => items.iter().collect(),
        Some(single) => vec![single],
        None => Vec::new(),
    };
    items.into_iter().filter_map(|item| match item {
        Expr::Map(entries) => Some(entries),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tables_name_types_and_properties_the_schema_has() {
        let known = |cloudformation: &str, property: &str| {
            crate::cfn_schema::resource_type(cloudformation)
                .is_some_and(|schema| schema.root().property(property).is_some())
        };
        for (name, properties) in ONE_OF_REQUIRED {
            assert!(properties.iter().all(|property| known(name, property)), "{name}");
        }
        for (name, needed, with) in REQUIRED_WITH {
            assert!(known(name, needed) && known(name, with), "{name}");
        }
        for (name, flag, only) in ONLY_WITH_FLAG {
            assert!(known(name, flag) && only.iter().all(|property| known(name, property)), "{name}");
        }
        for (name, property, _) in NON_EMPTY {
            assert!(known(name, property), "{name}");
        }
        for name in IDENTITY_POLICIES {
            assert!(known(name, "PolicyDocument"), "{name}");
        }
        for name in INLINE_POLICIES {
            assert!(known(name, "Policies"), "{name}");
        }
        for (name, constraint) in PROPERTY_CONSTRAINTS {
            assert!(constraint.properties().iter().all(|property| known(name, property)), "{name}: {constraint:?}");
        }
    }

    fn document(statements: Vec<Expr>) -> Expr {
        let mut entries: IndexMap<String, Expr> = IndexMap::new();
        entries.insert("Version".into(), Expr::string("2012-10-17"));
        if !statements.is_empty() {
            entries.insert("Statement".into(), Expr::List(statements));
        }
        Expr::Map(entries)
    }

    fn object(entries: &[(&str, Expr)]) -> Expr {
        Expr::Map(entries.iter().map(|(key, value)| ((*key).to_string(), value.clone())).collect())
    }

    fn one(property: &str, value: Expr) -> IndexMap<String, Expr> {
        [(property.to_string(), value)].into_iter().collect()
    }

    #[test]
    fn what_aws_rejects() {
        let reason = |cloudformation: &str, properties: IndexMap<String, Expr>| {
            rejection(cloudformation, &properties)
                .map(|rejection| format!("{}: {}", rejection.property, rejection.reason))
        };
        // A trust policy without statements.
        let trust = one("AssumeRolePolicyDocument", document(Vec::new()));
        assert_eq!(
            reason("AWS::IAM::Role", trust).unwrap(),
            "AssumeRolePolicyDocument: the policy document has no statements"
        );
        // An identity policy statement without a resource; a trust policy statement needs none.
        let allow = object(&[("Effect", Expr::string("Allow")), ("Action", Expr::string("s3:GetObject"))]);
        let policy = one("PolicyDocument", document(vec![allow.clone()]));
        assert!(reason("AWS::IAM::ManagedPolicy", policy).unwrap().contains("names no `Resource`"));
        let inline = object(&[("PolicyName", Expr::string("p")), ("PolicyDocument", document(vec![allow.clone()]))]);
        assert!(reason("AWS::IAM::Role", one("Policies", Expr::List(vec![inline]))).is_some());
        assert_eq!(reason("AWS::IAM::Role", one("AssumeRolePolicyDocument", document(vec![allow.clone()]))), None);
        let mut scoped = allow.clone();
        if let Expr::Map(entries) = &mut scoped {
            entries.insert("NotResource".into(), Expr::string("*"));
        }
        assert_eq!(reason("AWS::IAM::ManagedPolicy", one("PolicyDocument", document(vec![scoped]))), None);
        // A document only known at deployment is not judged.
        assert_eq!(reason("AWS::IAM::ManagedPolicy", one("PolicyDocument", Expr::reference("Doc"))), None);
        // Lists: the schema's minimum, and lists AWS needs non-empty.
        let variants = one("ProductionVariants", Expr::List(Vec::new()));
        assert!(reason("AWS::SageMaker::EndpointConfig", variants).unwrap().contains("at least 1 element, but has 0"));
        let containers = one("ContainerDefinitions", Expr::List(Vec::new()));
        assert!(reason("AWS::ECS::TaskDefinition", containers).unwrap().contains("at least one container"));
        let sidecar = object(&[("Name", Expr::string("log")), ("Essential", Expr::Bool(false))]);
        let containers = one("ContainerDefinitions", Expr::List(vec![sidecar.clone()]));
        assert!(reason("AWS::ECS::TaskDefinition", containers).unwrap().contains("no container is essential"));
        let app = object(&[("Name", Expr::string("app"))]);
        assert_eq!(
            reason("AWS::ECS::TaskDefinition", one("ContainerDefinitions", Expr::List(vec![sidecar, app]))),
            None
        );
        assert_eq!(reason("AWS::S3::Bucket", one("Tags", Expr::List(Vec::new()))), None);
        // Not every object with a `Version` is a policy.
        let template = object(&[("LaunchTemplateId", Expr::reference("Template")), ("Version", Expr::string("1"))]);
        assert_eq!(reason("AWS::AutoScaling::AutoScalingGroup", one("LaunchTemplate", template)), None);
    }

    #[test]
    fn flag_only_properties_go_where_the_flag_is_not_set() {
        let mut standard: IndexMap<String, Expr> = IndexMap::new();
        standard.insert("FifoQueue".into(), Expr::Bool(false));
        standard.insert("ContentBasedDeduplication".into(), Expr::reference("Dedup"));
        standard.insert("DeduplicationScope".into(), Expr::Bool(true));
        remove_disallowed("AWS::SQS::Queue", &mut standard);
        assert_eq!(standard.keys().collect::<Vec<_>>(), ["FifoQueue", "DeduplicationScope"]);

        let mut fifo: IndexMap<String, Expr> = IndexMap::new();
        fifo.insert("FifoQueue".into(), Expr::Bool(true));
        fifo.insert("ContentBasedDeduplication".into(), Expr::Bool(false));
        remove_disallowed("AWS::SQS::Queue", &mut fifo);
        assert_eq!(fifo.len(), 2);
    }

    #[test]
    fn a_property_is_required_by_the_schema_or_by_a_present_one() {
        let mut properties: IndexMap<String, Expr> = IndexMap::new();
        assert!(is_required("AWS::SQS::QueuePolicy", "PolicyDocument", &properties));
        assert!(!is_required("AWS::EC2::SecurityGroup", "VpcId", &properties));
        properties.insert("SecurityGroupEgress".into(), Expr::List(Vec::new()));
        assert!(is_required("AWS::EC2::SecurityGroup", "VpcId", &properties));
    }
}

//! Amazon Route 53: hosted zones, their VPC associations, records and query logging, and health checks. Route 53 is
//! global, so none of these types has the provider's per-resource `region` argument.
//!
//! A record's `name` must be fully qualified (`www.example.com`): Terraform appends the zone's name to
//! a relative one, CloudFormation takes the name as written. TXT and SPF values must be written with
//! their quotes (`"\"v=spf1 -all\""`), which Terraform adds itself.

use super::rows::TIMEOUTS;
use super::shared::TAGS_ALL;
use crate::model::{Argument, Attribute, Placement, ResourceMapping, Shape, Target, TemplateField, Transform};

/// The Route 53 table.
pub const MAPPINGS: &[ResourceMapping] = &[ZONE, ZONE_ASSOCIATION, RECORD, HEALTH_CHECK, QUERY_LOG];

const ZONE: ResourceMapping = ResourceMapping {
    terraform: "aws_route53_zone",
    cloudformation: "AWS::Route53::HostedZone",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "Name"),
        Argument::property("comment", "HostedZoneConfig.Comment"),
        Argument::property("delegation_set_id", "DelegationSetId"),
        // Argument of the provider's 6.x releases.
        Argument::property("enable_accelerated_recovery", "HostedZoneFeatures.EnableAcceleratedRecovery"),
        // A private zone's VPCs. CloudFormation requires each VPC's region, which Terraform defaults
        // to the provider's: the stack's region, unless `vpc_region` says otherwise.
        Argument::block(
            "vpc",
            "VPCs",
            true,
            &[
                Argument::property("vpc_id", "VPCId"),
                Argument::transformed("vpc_id", Transform::PseudoParameter("AWS::Region"), "VPCRegion"),
                Argument::property("vpc_region", "VPCRegion"),
            ],
        ),
        Argument::tag_list("tags", "HostedZoneTags"),
        Argument::dropped(
            "force_destroy",
            "CloudFormation cannot delete a hosted zone that still holds records it does not manage; delete \
             them before deleting the stack",
        ),
        TAGS_ALL,
        TIMEOUTS,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::reference("zone_id"),
        Attribute::get_att("name_servers", "NameServers"),
        Attribute::sub("arn", "arn:${AWS::Partition}:route53:::hostedzone/${Self}"),
    ],
    companions: &[],
};

/// Merged into the zone: CloudFormation lists all of a private zone's VPCs in the zone's `VPCs`, so
/// each association adds one entry there. A zone that is not in the configuration (one of another
/// account, the usual reason for this type) cannot take the merge; authorize and associate such a
/// VPC outside the stack.
const ZONE_ASSOCIATION: ResourceMapping = ResourceMapping {
    terraform: "aws_route53_zone_association",
    cloudformation: "AWS::Route53::HostedZone",
    when: None,
    placement: Placement::MergeInto { parent: "aws_route53_zone", link: "zone_id" },
    arguments: &[
        Argument::link("zone_id"),
        // CloudFormation requires each VPC's region, which Terraform defaults to the provider's.
        Argument::new(
            "vpc_id",
            Shape::Value(Transform::Template(&[
                ("VPCId", TemplateField::Value),
                ("VPCRegion", TemplateField::RootOrPseudoParameter("vpc_region", "AWS::Region")),
            ])),
            Target::Append("VPCs"),
        ),
        Argument::new(
            "vpc_region",
            Shape::Value(Transform::None),
            Target::Implied("written as the `VPCRegion` of the entry that `vpc_id` adds"),
        ),
        TIMEOUTS,
    ],
    // Terraform's `id` joins the zone's and the VPC's IDs; the zone, which now holds the
    // association, stands for it.
    attributes: &[
        Attribute::argument("id", "zone_id"),
        Attribute::argument("zone_id", "zone_id"),
        Attribute::argument("vpc_id", "vpc_id"),
    ],
    companions: &[],
};

const RECORD: ResourceMapping = ResourceMapping {
    terraform: "aws_route53_record",
    cloudformation: "AWS::Route53::RecordSet",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("zone_id", "HostedZoneId"),
        Argument::property("name", "Name"),
        Argument::property("type", "Type"),
        // A number in Terraform, a string in CloudFormation.
        Argument::transformed("ttl", Transform::ToString, "TTL"),
        Argument::property("records", "ResourceRecords"),
        Argument::property("set_identifier", "SetIdentifier"),
        Argument::property("health_check_id", "HealthCheckId"),
        Argument::property("multivalue_answer_routing_policy", "MultiValueAnswer"),
        Argument::block(
            "alias",
            "AliasTarget",
            false,
            &[
                Argument::property("name", "DNSName"),
                Argument::property("zone_id", "HostedZoneId"),
                Argument::property("evaluate_target_health", "EvaluateTargetHealth"),
            ],
        ),
        Argument::block(
            "cidr_routing_policy",
            "CidrRoutingConfig",
            false,
            &[Argument::property("collection_id", "CollectionId"), Argument::property("location_name", "LocationName")],
        ),
        Argument::flatten("failover_routing_policy", &[Argument::property("type", "Failover")]),
        Argument::block(
            "geolocation_routing_policy",
            "GeoLocation",
            false,
            &[
                Argument::property("continent", "ContinentCode"),
                Argument::property("country", "CountryCode"),
                Argument::property("subdivision", "SubdivisionCode"),
            ],
        ),
        Argument::block(
            "geoproximity_routing_policy",
            "GeoProximityLocation",
            false,
            &[
                Argument::property("aws_region", "AWSRegion"),
                Argument::property("bias", "Bias"),
                Argument::property("local_zone_group", "LocalZoneGroup"),
                // Repeatable in Terraform's schema, one point in CloudFormation (and in the API).
                Argument::block(
                    "coordinates",
                    "Coordinates",
                    false,
                    &[Argument::property("latitude", "Latitude"), Argument::property("longitude", "Longitude")],
                ),
            ],
        ),
        Argument::flatten("latency_routing_policy", &[Argument::property("region", "Region")]),
        Argument::flatten("weighted_routing_policy", &[Argument::property("weight", "Weight")]),
        Argument::new(
            "allow_overwrite",
            Shape::Value(Transform::None),
            Target::Dropped(
                "CloudFormation never takes over a record that already exists: creating one fails; delete the \
                 existing record or import it into the stack",
            ),
        ),
        TIMEOUTS,
    ],
    attributes: &[
        // Terraform's id joins the zone ID, name, type and set identifier; CloudFormation's `Ref` is
        // the record's name, which is also Terraform's `fqdn`.
        Attribute::reference("id"),
        Attribute::reference("fqdn"),
    ],
    companions: &[],
};

const HEALTH_CHECK: ResourceMapping = ResourceMapping {
    terraform: "aws_route53_health_check",
    cloudformation: "AWS::Route53::HealthCheck",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("type", "HealthCheckConfig.Type"),
        Argument::property("fqdn", "HealthCheckConfig.FullyQualifiedDomainName"),
        Argument::property("ip_address", "HealthCheckConfig.IPAddress"),
        Argument::property("port", "HealthCheckConfig.Port"),
        Argument::property("resource_path", "HealthCheckConfig.ResourcePath"),
        Argument::property("search_string", "HealthCheckConfig.SearchString"),
        Argument::property("request_interval", "HealthCheckConfig.RequestInterval"),
        Argument::property("failure_threshold", "HealthCheckConfig.FailureThreshold"),
        Argument::property("measure_latency", "HealthCheckConfig.MeasureLatency"),
        Argument::property("invert_healthcheck", "HealthCheckConfig.Inverted"),
        Argument::property("enable_sni", "HealthCheckConfig.EnableSNI"),
        Argument::property("regions", "HealthCheckConfig.Regions"),
        Argument::property("child_healthchecks", "HealthCheckConfig.ChildHealthChecks"),
        Argument::property("child_health_threshold", "HealthCheckConfig.HealthThreshold"),
        // A CLOUDWATCH_METRIC check names its alarm with two flat arguments where CloudFormation
        // takes one object.
        Argument::property("cloudwatch_alarm_name", "HealthCheckConfig.AlarmIdentifier.Name"),
        Argument::property("cloudwatch_alarm_region", "HealthCheckConfig.AlarmIdentifier.Region"),
        Argument::property("insufficient_data_health_status", "HealthCheckConfig.InsufficientDataHealthStatus"),
        Argument::property("routing_control_arn", "HealthCheckConfig.RoutingControlArn"),
        Argument::tag_list("tags", "HealthCheckTags"),
        Argument::dropped(
            "disabled",
            "CloudFormation's health check configuration has no Disabled flag: the check it creates runs; \
             disable it with `aws route53 update-health-check --disabled` outside the stack",
        ),
        Argument::dropped("reference_name", "CloudFormation generates the health check's caller reference itself"),
        Argument::dropped(
            "triggers",
            "only makes Terraform re-read the CloudWatch alarm on change; CloudFormation reads it when the \
             health check is created or updated",
        ),
        TAGS_ALL,
    ],
    attributes: &[
        Attribute::get_att("id", "HealthCheckId"),
        Attribute::sub("arn", "arn:${AWS::Partition}:route53:::healthcheck/${Self}"),
    ],
    companions: &[],
};

/// Merged into the zone: CloudFormation configures a hosted zone's query logging with the zone's
/// `QueryLoggingConfig`. The log group must be in us-east-1 and allow Route 53 to write to it, as
/// for Terraform.
const QUERY_LOG: ResourceMapping = ResourceMapping {
    terraform: "aws_route53_query_log",
    cloudformation: "AWS::Route53::HostedZone",
    when: None,
    placement: Placement::MergeInto { parent: "aws_route53_zone", link: "zone_id" },
    arguments: &[
        Argument::link("zone_id"),
        Argument::property("cloudwatch_log_group_arn", "QueryLoggingConfig.CloudWatchLogsLogGroupArn"),
    ],
    // Terraform's `id` and `arn` name the query logging configuration, which CloudFormation does
    // not return. The zone that now holds the configuration stands for it as `id` (what an
    // ordering reference needs); `arn` has no value and is reported where it is read.
    attributes: &[Attribute::argument("id", "zone_id"), Attribute::argument("zone_id", "zone_id")],
    companions: &[],
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::aws::rows::tests::{blocks, check_table, source, value};
    use crate::aws::shared::tests::{map, props, s};
    use crate::lower_arguments;
    use iac2cfn_ir::Expr;

    #[test]
    fn table_is_well_formed() {
        check_table(MAPPINGS);
    }

    #[test]
    fn a_vpc_region_defaults_to_the_stack_region() {
        let vpc = |region: Option<&str>| {
            let mut entries = vec![("vpc_id", value(Expr::reference("Vpc")))];
            entries.extend(region.map(|region| ("vpc_region", value(s(region)))));
            source(entries)
        };
        let body =
            source(vec![("name", value(s("internal."))), ("vpc", blocks(vec![vpc(None), vpc(Some("eu-west-1"))]))]);
        let lowered = lower_arguments(&ZONE, &body);
        assert!(lowered.diagnostics.is_empty(), "{:?}", lowered.diagnostics);
        let vpcs = Expr::List(vec![
            map(vec![("VPCId", Expr::reference("Vpc")), ("VPCRegion", Expr::reference("AWS::Region"))]),
            map(vec![("VPCId", Expr::reference("Vpc")), ("VPCRegion", s("eu-west-1"))]),
        ]);
        assert_eq!(lowered.properties, props(vec![("Name", s("internal.")), ("VPCs", vpcs)]));
    }

    #[test]
    fn routing_policies_become_properties_of_the_record() {
        let body = source(vec![
            ("ttl", value(Expr::int(60))),
            ("weighted_routing_policy", blocks(vec![source(vec![("weight", value(Expr::int(10)))])])),
            ("failover_routing_policy", blocks(vec![source(vec![("type", value(s("PRIMARY")))])])),
        ]);
        let lowered = lower_arguments(&RECORD, &body);
        let expected = props(vec![("TTL", s("60")), ("Failover", s("PRIMARY")), ("Weight", Expr::int(10))]);
        assert_eq!(lowered.properties, expected);
    }

    #[test]
    fn a_zone_association_adds_a_vpc_in_the_stack_region_unless_told_otherwise() {
        let association = |region: Option<&str>| {
            let mut entries = vec![("zone_id", value(Expr::reference("Zone"))), ("vpc_id", value(s("vpc-1")))];
            entries.extend(region.map(|region| ("vpc_region", value(s(region)))));
            lower_arguments(&ZONE_ASSOCIATION, &source(entries))
        };
        let vpcs = |region: Expr| Expr::List(vec![map(vec![("VPCId", s("vpc-1")), ("VPCRegion", region)])]);
        let here = association(None);
        assert!(here.diagnostics.is_empty(), "{:?}", here.diagnostics);
        assert_eq!(here.properties, props(vec![("VPCs", vpcs(Expr::reference("AWS::Region")))]));
        let elsewhere = association(Some("us-west-2"));
        assert!(elsewhere.diagnostics.is_empty(), "{:?}", elsewhere.diagnostics);
        assert_eq!(elsewhere.properties, props(vec![("VPCs", vpcs(s("us-west-2")))]));
    }
}

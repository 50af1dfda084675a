//! Rules of CloudFormation resource types that their schemas in [`crate::cfn_schema`] do not spell as
//! plain `required` lists (cfn-lint knows them from its own rule files), as declarative tables that a
//! frontend consults after a body is lowered: properties one of which must be present, properties a
//! present one makes required, and properties only one setting of another allows.

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

/// Properties only allowed when a flag property is `true`: (type, flag, properties).
const ONLY_WITH_FLAG: &[(&str, &str, &[&str])] =
    &[("AWS::SQS::Queue", "FifoQueue", &["ContentBasedDeduplication", "DeduplicationScope", "FifoThroughputLimit"])];

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

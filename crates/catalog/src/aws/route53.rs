//! Amazon Route 53: hosted zones and their records. Route 53 is global, so neither type has the
//! provider's per-resource `region` argument.
//!
//! A record's `name` must be fully qualified (`www.example.com`): Terraform appends the zone's name to
//! a relative one, CloudFormation takes the name as written. TXT and SPF values must be written with
//! their quotes (`"\"v=spf1 -all\""`), which Terraform adds itself.

use super::rows::TIMEOUTS;
use super::shared::TAGS_ALL;
use crate::model::{Argument, Attribute, Placement, ResourceMapping, Shape, Target, Transform};

/// The Route 53 table.
pub const MAPPINGS: &[ResourceMapping] = &[ZONE, RECORD];

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
}

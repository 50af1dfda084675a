//! Classic Load Balancers (`aws_elb`).
//!
//! `Ref` of an `AWS::ElasticLoadBalancing::LoadBalancer` returns its name, Terraform's `id` and
//! `name`. CloudFormation spells ports and health check figures as strings.

use super::rows::{TAGS, TIMEOUTS};
use super::shared::{NAME_PREFIX, REGION, TAGS_ALL};
use crate::model::{Argument, Attribute, Placement, ResourceMapping, Shape, Target, Transform};

/// The table of Classic Load Balancer types.
pub const MAPPINGS: &[ResourceMapping] = &[LOAD_BALANCER];

const LOAD_BALANCER: ResourceMapping = ResourceMapping {
    terraform: "aws_elb",
    cloudformation: "AWS::ElasticLoadBalancing::LoadBalancer",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "LoadBalancerName"),
        NAME_PREFIX,
        Argument::property("availability_zones", "AvailabilityZones"),
        Argument::property("subnets", "Subnets"),
        Argument::property("security_groups", "SecurityGroups"),
        Argument::property("instances", "Instances"),
        Argument::transformed(
            "internal",
            Transform::Lookup(&[("true", "internal"), ("false", "internet-facing")]),
            "Scheme",
        ),
        Argument::property("cross_zone_load_balancing", "CrossZone"),
        Argument::property("idle_timeout", "ConnectionSettings.IdleTimeout"),
        Argument::property("connection_draining", "ConnectionDrainingPolicy.Enabled"),
        Argument::property("connection_draining_timeout", "ConnectionDrainingPolicy.Timeout"),
        Argument::dropped(
            "desync_mitigation_mode",
            "CloudFormation's Classic Load Balancer has no desync mitigation setting; the default is defensive",
        ),
        Argument::dropped(
            "source_security_group",
            "an EC2-Classic setting: CloudFormation returns the source group (SourceSecurityGroup) and takes none",
        ),
        Argument::block(
            "access_logs",
            "AccessLoggingPolicy",
            false,
            &[
                // CloudFormation requires `Enabled`; Terraform enables the logs unless told otherwise.
                Argument::new("enabled", Shape::Value(Transform::Constant("true")), Target::Fixed("Enabled")),
                Argument::property("enabled", "Enabled"),
                Argument::property("bucket", "S3BucketName"),
                Argument::property("bucket_prefix", "S3BucketPrefix"),
                Argument::property("interval", "EmitInterval"),
            ],
        ),
        Argument::block(
            "health_check",
            "HealthCheck",
            false,
            &[
                Argument::property("target", "Target"),
                Argument::transformed("healthy_threshold", Transform::ToString, "HealthyThreshold"),
                Argument::transformed("unhealthy_threshold", Transform::ToString, "UnhealthyThreshold"),
                Argument::transformed("interval", Transform::ToString, "Interval"),
                Argument::transformed("timeout", Transform::ToString, "Timeout"),
            ],
        ),
        Argument::block(
            "listener",
            "Listeners",
            true,
            &[
                Argument::transformed("lb_port", Transform::ToString, "LoadBalancerPort"),
                Argument::property("lb_protocol", "Protocol"),
                Argument::transformed("instance_port", Transform::ToString, "InstancePort"),
                Argument::property("instance_protocol", "InstanceProtocol"),
                Argument::property("ssl_certificate_id", "SSLCertificateId"),
            ],
        ),
        TAGS,
        TAGS_ALL,
        TIMEOUTS,
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::reference("name"),
        Attribute::sub(
            "arn",
            "arn:${AWS::Partition}:elasticloadbalancing:${AWS::Region}:${AWS::AccountId}:loadbalancer/${Self}",
        ),
        Attribute::get_att("dns_name", "DNSName"),
        Attribute::get_att("zone_id", "CanonicalHostedZoneNameID"),
        Attribute::argument("subnets", "subnets"),
        Attribute::argument("security_groups", "security_groups"),
    ],
    companions: &[],
};

#[cfg(test)]
mod tests {
    use super::MAPPINGS;
    use crate::aws::rows::tests::{blocks, check_table, source, value};
    use crate::aws::shared::tests::{map, props, row, s};
    use crate::lower_arguments;
    use iac2cfn_ir::Expr;

    #[test]
    fn table_is_well_formed() {
        check_table(MAPPINGS);
    }

    #[test]
    fn ports_are_strings_and_access_logs_are_enabled_by_default() {
        let listener = source(vec![
            ("lb_port", value(Expr::int(80))),
            ("lb_protocol", value(s("http"))),
            ("instance_port", value(Expr::int(8080))),
            ("instance_protocol", value(s("http"))),
        ]);
        let logs = source(vec![("bucket", value(s("logs")))]);
        let body = source(vec![
            ("internal", value(Expr::Bool(true))),
            ("listener", blocks(vec![listener])),
            ("access_logs", blocks(vec![logs])),
        ]);
        let lowered = lower_arguments(row("aws_elb"), &body);
        assert!(lowered.diagnostics.is_empty(), "{:?}", lowered.diagnostics);
        assert_eq!(
            lowered.properties,
            props(vec![
                ("Scheme", s("internal")),
                ("AccessLoggingPolicy", map(vec![("Enabled", s("true")), ("S3BucketName", s("logs"))])),
                (
                    "Listeners",
                    Expr::List(vec![map(vec![
                        ("LoadBalancerPort", s("80")),
                        ("Protocol", s("http")),
                        ("InstancePort", s("8080")),
                        ("InstanceProtocol", s("http")),
                    ])]),
                ),
            ])
        );
    }
}

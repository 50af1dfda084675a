//! Amazon Route 53 Resolver: inbound and outbound endpoints, forwarding rules and their VPC
//! associations, query logging configurations with their VPC associations, and DNS Firewall domain
//! lists and rule group associations.
//!
//! Every attribute a configuration reads resolves to the CloudFormation attribute of the same
//! identifier (`GetAtt ResolverRuleId` and the like) rather than `Ref`, so that it names the ID
//! whatever `Ref` is documented to return.

use super::rows::{TAGS, TIMEOUTS};
use super::shared::{REGION, TAGS_ALL};
use crate::model::{Argument, Attribute, Placement, ResourceMapping, Transform};

/// The Route 53 Resolver table.
pub const MAPPINGS: &[ResourceMapping] = &[
    ENDPOINT,
    RULE,
    RULE_ASSOCIATION,
    QUERY_LOG_CONFIG,
    QUERY_LOG_CONFIG_ASSOCIATION,
    FIREWALL_DOMAIN_LIST,
    FIREWALL_RULE_GROUP_ASSOCIATION,
];

const ENDPOINT: ResourceMapping = ResourceMapping {
    terraform: "aws_route53_resolver_endpoint",
    cloudformation: "AWS::Route53Resolver::ResolverEndpoint",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "Name"),
        Argument::property("direction", "Direction"),
        Argument::property("security_group_ids", "SecurityGroupIds"),
        Argument::property("protocols", "Protocols"),
        Argument::property("resolver_endpoint_type", "ResolverEndpointType"),
        // Arguments of the provider's 6.x releases.
        Argument::property("rni_enhanced_metrics_enabled", "RniEnhancedMetricsEnabled"),
        Argument::property("target_name_server_metrics_enabled", "TargetNameServerMetricsEnabled"),
        Argument::block(
            "ip_address",
            "IpAddresses",
            true,
            &[
                Argument::property("subnet_id", "SubnetId"),
                Argument::property("ip", "Ip"),
                Argument::property("ipv6", "Ipv6"),
            ],
        ),
        TAGS,
        TAGS_ALL,
        TIMEOUTS,
        REGION,
    ],
    attributes: &[
        Attribute::get_att("id", "ResolverEndpointId"),
        Attribute::get_att("arn", "Arn"),
        Attribute::get_att("host_vpc_id", "HostVPCId"),
    ],
    companions: &[],
};

const RULE: ResourceMapping = ResourceMapping {
    terraform: "aws_route53_resolver_rule",
    cloudformation: "AWS::Route53Resolver::ResolverRule",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "Name"),
        Argument::property("domain_name", "DomainName"),
        Argument::property("rule_type", "RuleType"),
        Argument::property("resolver_endpoint_id", "ResolverEndpointId"),
        Argument::block(
            "target_ip",
            "TargetIps",
            true,
            &[
                Argument::property("ip", "Ip"),
                Argument::property("ipv6", "Ipv6"),
                // A number in Terraform, a string in CloudFormation.
                Argument::transformed("port", Transform::ToString, "Port"),
                Argument::property("protocol", "Protocol"),
            ],
        ),
        TAGS,
        TAGS_ALL,
        TIMEOUTS,
        REGION,
    ],
    attributes: &[Attribute::get_att("id", "ResolverRuleId"), Attribute::get_att("arn", "Arn")],
    companions: &[],
};

const RULE_ASSOCIATION: ResourceMapping = ResourceMapping {
    terraform: "aws_route53_resolver_rule_association",
    cloudformation: "AWS::Route53Resolver::ResolverRuleAssociation",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "Name"),
        Argument::property("resolver_rule_id", "ResolverRuleId"),
        Argument::property("vpc_id", "VPCId"),
        TIMEOUTS,
        REGION,
    ],
    attributes: &[Attribute::get_att("id", "ResolverRuleAssociationId")],
    companions: &[],
};

const QUERY_LOG_CONFIG: ResourceMapping = ResourceMapping {
    terraform: "aws_route53_resolver_query_log_config",
    cloudformation: "AWS::Route53Resolver::ResolverQueryLoggingConfig",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "Name"),
        Argument::property("destination_arn", "DestinationArn"),
        TAGS,
        TAGS_ALL,
        REGION,
    ],
    attributes: &[
        Attribute::get_att("id", "Id"),
        Attribute::get_att("arn", "Arn"),
        Attribute::get_att("owner_id", "OwnerId"),
        Attribute::get_att("share_status", "ShareStatus"),
    ],
    companions: &[],
};

const QUERY_LOG_CONFIG_ASSOCIATION: ResourceMapping = ResourceMapping {
    terraform: "aws_route53_resolver_query_log_config_association",
    cloudformation: "AWS::Route53Resolver::ResolverQueryLoggingConfigAssociation",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("resolver_query_log_config_id", "ResolverQueryLogConfigId"),
        Argument::property("resource_id", "ResourceId"),
        REGION,
    ],
    attributes: &[Attribute::get_att("id", "Id")],
    companions: &[],
};

const FIREWALL_DOMAIN_LIST: ResourceMapping = ResourceMapping {
    terraform: "aws_route53_resolver_firewall_domain_list",
    cloudformation: "AWS::Route53Resolver::FirewallDomainList",
    when: None,
    placement: Placement::Standalone,
    arguments: &[Argument::property("name", "Name"), Argument::property("domains", "Domains"), TAGS, TAGS_ALL, REGION],
    attributes: &[Attribute::get_att("id", "Id"), Attribute::get_att("arn", "Arn")],
    companions: &[],
};

const FIREWALL_RULE_GROUP_ASSOCIATION: ResourceMapping = ResourceMapping {
    terraform: "aws_route53_resolver_firewall_rule_group_association",
    cloudformation: "AWS::Route53Resolver::FirewallRuleGroupAssociation",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "Name"),
        Argument::property("firewall_rule_group_id", "FirewallRuleGroupId"),
        Argument::property("vpc_id", "VpcId"),
        Argument::property("priority", "Priority"),
        Argument::property("mutation_protection", "MutationProtection"),
        TAGS,
        TAGS_ALL,
        REGION,
    ],
    attributes: &[Attribute::get_att("id", "Id"), Attribute::get_att("arn", "Arn")],
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
    fn a_target_port_is_written_as_a_string() {
        let target = source(vec![("ip", value(s("10.0.0.10"))), ("port", value(Expr::int(53)))]);
        let body = source(vec![("rule_type", value(s("FORWARD"))), ("target_ip", blocks(vec![target]))]);
        let lowered = lower_arguments(&RULE, &body);
        assert!(lowered.diagnostics.is_empty(), "{:?}", lowered.diagnostics);
        let targets = Expr::List(vec![map(vec![("Ip", s("10.0.0.10")), ("Port", s("53"))])]);
        assert_eq!(lowered.properties, props(vec![("RuleType", s("FORWARD")), ("TargetIps", targets)]));
    }
}

//! More of EC2 and VPC: network ACLs and their rules, VPN gateways, flow logs, IPAM, prefix lists,
//! capacity reservations, DHCP options, endpoint services, block public access, volume
//! attachments, placement groups, network interfaces, key pairs, egress-only internet gateways and
//! customer gateways.
//!
//! Where Terraform and CloudFormation model a thing differently:
//!
//! - A network ACL's inline `ingress`/`egress` rules and `subnet_ids` have no place in
//!   `AWS::EC2::NetworkAcl`: they are reported, with the resource types to write instead.
//! - A network ACL rule's protocol may be a name (`tcp`) in Terraform, only a number in
//!   CloudFormation: names are renamed to their numbers, numbers pass ([`Transform::Rename`]).
//! - A flow log's source is one of several Terraform arguments, CloudFormation's `ResourceId` plus a
//!   `ResourceType` that says which; a VPN gateway's `vpc_id` becomes an
//!   `AWS::EC2::VPCGatewayAttachment` and its `Type` is always `ipsec.1` ([`Target::Fixed`]).

use super::rows::{companion, TAGS, TIMEOUTS};
use super::shared::REGION;
use crate::model::{
    Argument, Attribute, Companion, CompanionValue, Placement, ResourceMapping, Shape, Target, Transform,
};

/// The second EC2 and VPC table.
pub const MAPPINGS: &[ResourceMapping] = &[
    NETWORK_ACL,
    NETWORK_ACL_RULE,
    NETWORK_ACL_ASSOCIATION,
    VPN_GATEWAY,
    VPN_GATEWAY_ATTACHMENT,
    VPN_GATEWAY_ROUTE_PROPAGATION,
    CUSTOMER_GATEWAY,
    EGRESS_ONLY_INTERNET_GATEWAY,
    FLOW_LOG,
    VPC_IPV4_CIDR_BLOCK_ASSOCIATION,
    VPC_DHCP_OPTIONS,
    VPC_DHCP_OPTIONS_ASSOCIATION,
    VPC_ENDPOINT_SERVICE,
    VPC_BLOCK_PUBLIC_ACCESS_OPTIONS,
    VPC_BLOCK_PUBLIC_ACCESS_EXCLUSION,
    VPC_IPAM,
    VPC_IPAM_POOL,
    VPC_IPAM_POOL_CIDR,
    MANAGED_PREFIX_LIST,
    CAPACITY_RESERVATION,
    NETWORK_INTERFACE,
    VOLUME_ATTACHMENT,
    PLACEMENT_GROUP,
    KEY_PAIR,
];

/// `owner_id`: the account's own ID, which is what Terraform's `owner_id` holds for resources the
/// configuration creates.
const OWNER_ID: Attribute = Attribute::sub("owner_id", "${AWS::AccountId}");

// ---------------------------------------------------------------------------------------------
// Network ACLs
// ---------------------------------------------------------------------------------------------

/// Terraform's protocol names -> the numbers `AWS::EC2::NetworkAclEntry` takes (the provider's own
/// table); numbers pass unchanged.
const ACL_PROTOCOLS: &[(&str, &str)] =
    &[("all", "-1"), ("icmp", "1"), ("tcp", "6"), ("udp", "17"), ("esp", "50"), ("ah", "51"), ("icmpv6", "58")];

const NETWORK_ACL: ResourceMapping = ResourceMapping {
    terraform: "aws_network_acl",
    cloudformation: "AWS::EC2::NetworkAcl",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("vpc_id", "VpcId"),
        TAGS,
        Argument::dropped(
            "ingress",
            "AWS::EC2::NetworkAcl has no inline rules, so the ACL would deny this traffic; write each rule \
             as an aws_network_acl_rule (AWS::EC2::NetworkAclEntry) with egress = false",
        ),
        Argument::dropped(
            "egress",
            "AWS::EC2::NetworkAcl has no inline rules, so the ACL would deny this traffic; write each rule \
             as an aws_network_acl_rule (AWS::EC2::NetworkAclEntry) with egress = true",
        ),
        Argument::dropped(
            "subnet_ids",
            "AWS::EC2::NetworkAcl has no subnets; write an aws_network_acl_association \
             (AWS::EC2::SubnetNetworkAclAssociation) for each subnet",
        ),
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::sub("arn", "arn:${AWS::Partition}:ec2:${AWS::Region}:${AWS::AccountId}:network-acl/${Self}"),
        Attribute::argument("vpc_id", "vpc_id"),
        OWNER_ID,
    ],
    companions: &[],
};

const NETWORK_ACL_RULE: ResourceMapping = ResourceMapping {
    terraform: "aws_network_acl_rule",
    cloudformation: "AWS::EC2::NetworkAclEntry",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("network_acl_id", "NetworkAclId"),
        Argument::property("rule_number", "RuleNumber"),
        Argument::property("egress", "Egress"),
        Argument::transformed("protocol", Transform::Rename(ACL_PROTOCOLS), "Protocol"),
        Argument::property("rule_action", "RuleAction"),
        Argument::property("cidr_block", "CidrBlock"),
        Argument::property("ipv6_cidr_block", "Ipv6CidrBlock"),
        Argument::property("from_port", "PortRange.From"),
        Argument::property("to_port", "PortRange.To"),
        Argument::property("icmp_type", "Icmp.Type"),
        Argument::property("icmp_code", "Icmp.Code"),
        REGION,
    ],
    attributes: &[Attribute::reference("id")],
    companions: &[],
};

const NETWORK_ACL_ASSOCIATION: ResourceMapping = ResourceMapping {
    terraform: "aws_network_acl_association",
    cloudformation: "AWS::EC2::SubnetNetworkAclAssociation",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("network_acl_id", "NetworkAclId"),
        Argument::property("subnet_id", "SubnetId"),
        REGION,
    ],
    attributes: &[Attribute::get_att("id", "AssociationId")],
    companions: &[],
};

// ---------------------------------------------------------------------------------------------
// VPN and customer gateways, egress-only internet gateways
// ---------------------------------------------------------------------------------------------

const VPN_GATEWAY: ResourceMapping = ResourceMapping {
    terraform: "aws_vpn_gateway",
    cloudformation: "AWS::EC2::VPNGateway",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        // The only type there is; the provider sends it itself.
        Argument::new("type", Shape::Value(Transform::Constant("ipsec.1")), Target::Fixed("Type")),
        Argument::property("amazon_side_asn", "AmazonSideAsn"),
        Argument::dropped(
            "availability_zone",
            "AWS::EC2::VPNGateway has no availability zone (EC2 ignores it for new gateways); remove it",
        ),
        TAGS,
        // AWS::EC2::VPNGateway has no VPC: the attachment is a resource of its own.
        companion("vpc_id"),
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::sub("arn", "arn:${AWS::Partition}:ec2:${AWS::Region}:${AWS::AccountId}:vpn-gateway/${Self}"),
        Attribute::argument("vpc_id", "vpc_id"),
    ],
    companions: &[Companion {
        cloudformation: "AWS::EC2::VPCGatewayAttachment",
        suffix: "Attachment",
        when_argument: "vpc_id",
        properties: &[("VpcId", CompanionValue::Argument("vpc_id")), ("VpnGatewayId", CompanionValue::MainRef)],
        // Route propagation fails until the gateway is attached to the VPC.
        dependents_wait: true,
    }],
};

const VPN_GATEWAY_ATTACHMENT: ResourceMapping = ResourceMapping {
    terraform: "aws_vpn_gateway_attachment",
    cloudformation: "AWS::EC2::VPCGatewayAttachment",
    when: None,
    placement: Placement::Standalone,
    arguments: &[Argument::property("vpc_id", "VpcId"), Argument::property("vpn_gateway_id", "VpnGatewayId"), REGION],
    attributes: &[
        Attribute::reference("id"),
        Attribute::argument("vpc_id", "vpc_id"),
        Attribute::argument("vpn_gateway_id", "vpn_gateway_id"),
    ],
    companions: &[],
};

const VPN_GATEWAY_ROUTE_PROPAGATION: ResourceMapping = ResourceMapping {
    terraform: "aws_vpn_gateway_route_propagation",
    cloudformation: "AWS::EC2::VPNGatewayRoutePropagation",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        // One route table in Terraform, a list of them in CloudFormation.
        Argument::transformed("route_table_id", Transform::WrapInList, "RouteTableIds"),
        Argument::property("vpn_gateway_id", "VpnGatewayId"),
        TIMEOUTS,
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::argument("route_table_id", "route_table_id"),
        Attribute::argument("vpn_gateway_id", "vpn_gateway_id"),
    ],
    companions: &[],
};

const CUSTOMER_GATEWAY: ResourceMapping = ResourceMapping {
    terraform: "aws_customer_gateway",
    cloudformation: "AWS::EC2::CustomerGateway",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("type", "Type"),
        Argument::property("ip_address", "IpAddress"),
        Argument::property("bgp_asn", "BgpAsn"),
        Argument::property("bgp_asn_extended", "BgpAsnExtended"),
        Argument::property("certificate_arn", "CertificateArn"),
        Argument::property("device_name", "DeviceName"),
        TAGS,
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::sub("arn", "arn:${AWS::Partition}:ec2:${AWS::Region}:${AWS::AccountId}:customer-gateway/${Self}"),
    ],
    companions: &[],
};

const EGRESS_ONLY_INTERNET_GATEWAY: ResourceMapping = ResourceMapping {
    terraform: "aws_egress_only_internet_gateway",
    cloudformation: "AWS::EC2::EgressOnlyInternetGateway",
    when: None,
    placement: Placement::Standalone,
    arguments: &[Argument::property("vpc_id", "VpcId"), TAGS, REGION],
    attributes: &[Attribute::reference("id")],
    companions: &[],
};

// ---------------------------------------------------------------------------------------------
// Flow logs
// ---------------------------------------------------------------------------------------------

/// A flow log's source: its ID to `ResourceId`, and what kind of resource it is to `ResourceType`.
const fn flow_log_source(name: &'static str, resource_type: &'static str) -> [Argument; 2] {
    [
        Argument::property(name, "ResourceId"),
        Argument::transformed(name, Transform::Constant(resource_type), "ResourceType"),
    ]
}

const VPC_SOURCE: [Argument; 2] = flow_log_source("vpc_id", "VPC");
const SUBNET_SOURCE: [Argument; 2] = flow_log_source("subnet_id", "Subnet");
const ENI_SOURCE: [Argument; 2] = flow_log_source("eni_id", "NetworkInterface");
const TGW_SOURCE: [Argument; 2] = flow_log_source("transit_gateway_id", "TransitGateway");
const TGW_ATTACHMENT_SOURCE: [Argument; 2] =
    flow_log_source("transit_gateway_attachment_id", "TransitGatewayAttachment");
const NAT_SOURCE: [Argument; 2] = flow_log_source("regional_nat_gateway_id", "RegionalNatGateway");

const FLOW_LOG: ResourceMapping = ResourceMapping {
    terraform: "aws_flow_log",
    cloudformation: "AWS::EC2::FlowLog",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        VPC_SOURCE[0],
        VPC_SOURCE[1],
        SUBNET_SOURCE[0],
        SUBNET_SOURCE[1],
        ENI_SOURCE[0],
        ENI_SOURCE[1],
        TGW_SOURCE[0],
        TGW_SOURCE[1],
        TGW_ATTACHMENT_SOURCE[0],
        TGW_ATTACHMENT_SOURCE[1],
        // Argument of the provider's 6.x releases.
        NAT_SOURCE[0],
        NAT_SOURCE[1],
        Argument::property("traffic_type", "TrafficType"),
        Argument::property("iam_role_arn", "DeliverLogsPermissionArn"),
        Argument::property("deliver_cross_account_role", "DeliverCrossAccountRole"),
        Argument::property("log_destination_type", "LogDestinationType"),
        Argument::property("log_destination", "LogDestination"),
        // Deprecated (removed in 6.x) spelling of a CloudWatch Logs destination.
        Argument::property("log_group_name", "LogGroupName"),
        Argument::property("log_format", "LogFormat"),
        Argument::property("max_aggregation_interval", "MaxAggregationInterval"),
        Argument::block(
            "destination_options",
            "DestinationOptions",
            false,
            &[
                Argument::property("file_format", "FileFormat"),
                Argument::property("hive_compatible_partitions", "HiveCompatiblePartitions"),
                Argument::property("per_hour_partition", "PerHourPartition"),
            ],
        ),
        // Argument of the provider's 6.x releases.
        Argument::block(
            "tag_field_specification",
            "TagFieldSpecifications",
            true,
            &[Argument::property("resource_type", "ResourceType"), Argument::property("tag_keys", "TagKeys")],
        ),
        TAGS,
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::sub("arn", "arn:${AWS::Partition}:ec2:${AWS::Region}:${AWS::AccountId}:vpc-flow-log/${Self}"),
    ],
    companions: &[],
};

// ---------------------------------------------------------------------------------------------
// VPC CIDR blocks, DHCP options, endpoint services, block public access
// ---------------------------------------------------------------------------------------------

const VPC_IPV4_CIDR_BLOCK_ASSOCIATION: ResourceMapping = ResourceMapping {
    terraform: "aws_vpc_ipv4_cidr_block_association",
    cloudformation: "AWS::EC2::VPCCidrBlock",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("vpc_id", "VpcId"),
        Argument::property("cidr_block", "CidrBlock"),
        Argument::property("ipv4_ipam_pool_id", "Ipv4IpamPoolId"),
        Argument::property("ipv4_netmask_length", "Ipv4NetmaskLength"),
        TIMEOUTS,
        REGION,
    ],
    attributes: &[Attribute::get_att("id", "Id"), Attribute::argument("vpc_id", "vpc_id")],
    companions: &[],
};

const VPC_DHCP_OPTIONS: ResourceMapping = ResourceMapping {
    terraform: "aws_vpc_dhcp_options",
    cloudformation: "AWS::EC2::DHCPOptions",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("domain_name", "DomainName"),
        Argument::property("domain_name_servers", "DomainNameServers"),
        Argument::property("ntp_servers", "NtpServers"),
        Argument::property("netbios_name_servers", "NetbiosNameServers"),
        Argument::transformed("netbios_node_type", Transform::ToNumber, "NetbiosNodeType"),
        Argument::property("ipv6_address_preferred_lease_time", "Ipv6AddressPreferredLeaseTime"),
        TAGS,
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::sub("arn", "arn:${AWS::Partition}:ec2:${AWS::Region}:${AWS::AccountId}:dhcp-options/${Self}"),
        OWNER_ID,
    ],
    companions: &[],
};

const VPC_DHCP_OPTIONS_ASSOCIATION: ResourceMapping = ResourceMapping {
    terraform: "aws_vpc_dhcp_options_association",
    cloudformation: "AWS::EC2::VPCDHCPOptionsAssociation",
    when: None,
    placement: Placement::Standalone,
    arguments: &[Argument::property("dhcp_options_id", "DhcpOptionsId"), Argument::property("vpc_id", "VpcId"), REGION],
    attributes: &[
        Attribute::reference("id"),
        Attribute::argument("dhcp_options_id", "dhcp_options_id"),
        Attribute::argument("vpc_id", "vpc_id"),
    ],
    companions: &[],
};

const VPC_ENDPOINT_SERVICE: ResourceMapping = ResourceMapping {
    terraform: "aws_vpc_endpoint_service",
    cloudformation: "AWS::EC2::VPCEndpointService",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("acceptance_required", "AcceptanceRequired"),
        Argument::property("network_load_balancer_arns", "NetworkLoadBalancerArns"),
        Argument::property("gateway_load_balancer_arns", "GatewayLoadBalancerArns"),
        Argument::property("private_dns_name", "PrivateDnsName"),
        Argument::property("supported_ip_address_types", "SupportedIpAddressTypes"),
        Argument::property("supported_regions", "SupportedRegions"),
        TAGS,
        // The service's permissions are a resource of their own.
        companion("allowed_principals"),
        TIMEOUTS,
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::sub(
            "arn",
            "arn:${AWS::Partition}:ec2:${AWS::Region}:${AWS::AccountId}:vpc-endpoint-service/${Self}",
        ),
        Attribute::sub("service_name", "com.amazonaws.vpce.${AWS::Region}.${Self}"),
    ],
    companions: &[Companion {
        cloudformation: "AWS::EC2::VPCEndpointServicePermissions",
        suffix: "Permissions",
        when_argument: "allowed_principals",
        properties: &[
            ("ServiceId", CompanionValue::MainRef),
            ("AllowedPrincipals", CompanionValue::Argument("allowed_principals")),
        ],
        dependents_wait: false,
    }],
};

const VPC_BLOCK_PUBLIC_ACCESS_OPTIONS: ResourceMapping = ResourceMapping {
    terraform: "aws_vpc_block_public_access_options",
    cloudformation: "AWS::EC2::VPCBlockPublicAccessOptions",
    when: None,
    placement: Placement::Standalone,
    arguments: &[Argument::property("internet_gateway_block_mode", "InternetGatewayBlockMode"), TIMEOUTS, REGION],
    attributes: &[
        // Terraform's ID is the region the options apply to.
        Attribute::sub("id", "${AWS::Region}"),
        Attribute::get_att("aws_account_id", "AccountId"),
        Attribute::sub("aws_region", "${AWS::Region}"),
    ],
    companions: &[],
};

const VPC_BLOCK_PUBLIC_ACCESS_EXCLUSION: ResourceMapping = ResourceMapping {
    terraform: "aws_vpc_block_public_access_exclusion",
    cloudformation: "AWS::EC2::VPCBlockPublicAccessExclusion",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("internet_gateway_exclusion_mode", "InternetGatewayExclusionMode"),
        Argument::property("subnet_id", "SubnetId"),
        Argument::property("vpc_id", "VpcId"),
        TAGS,
        TIMEOUTS,
        REGION,
    ],
    attributes: &[Attribute::get_att("id", "ExclusionId")],
    companions: &[],
};

// ---------------------------------------------------------------------------------------------
// IPAM
// ---------------------------------------------------------------------------------------------

const VPC_IPAM: ResourceMapping = ResourceMapping {
    terraform: "aws_vpc_ipam",
    cloudformation: "AWS::EC2::IPAM",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("description", "Description"),
        Argument::block(
            "operating_regions",
            "OperatingRegions",
            true,
            &[Argument::property("region_name", "RegionName")],
        ),
        Argument::property("tier", "Tier"),
        Argument::property("enable_private_gua", "EnablePrivateGua"),
        // Argument of the provider's 6.x releases.
        Argument::property("metered_account", "MeteredAccount"),
        Argument::dropped(
            "cascade",
            "CloudFormation deletes an IPAM only when its scopes and pools are gone; delete them in the \
             same stack (or first)",
        ),
        TAGS,
        TIMEOUTS,
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::get_att("arn", "Arn"),
        Attribute::get_att("private_default_scope_id", "PrivateDefaultScopeId"),
        Attribute::get_att("public_default_scope_id", "PublicDefaultScopeId"),
        Attribute::get_att("scope_count", "ScopeCount"),
        Attribute::get_att("default_resource_discovery_id", "DefaultResourceDiscoveryId"),
        Attribute::get_att("default_resource_discovery_association_id", "DefaultResourceDiscoveryAssociationId"),
    ],
    companions: &[],
};

const VPC_IPAM_POOL: ResourceMapping = ResourceMapping {
    terraform: "aws_vpc_ipam_pool",
    cloudformation: "AWS::EC2::IPAMPool",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("ipam_scope_id", "IpamScopeId"),
        Argument::property("address_family", "AddressFamily"),
        Argument::property("description", "Description"),
        Argument::property("locale", "Locale"),
        Argument::property("source_ipam_pool_id", "SourceIpamPoolId"),
        Argument::property("allocation_default_netmask_length", "AllocationDefaultNetmaskLength"),
        Argument::property("allocation_max_netmask_length", "AllocationMaxNetmaskLength"),
        Argument::property("allocation_min_netmask_length", "AllocationMinNetmaskLength"),
        Argument::tag_list("allocation_resource_tags", "AllocationResourceTags"),
        Argument::property("auto_import", "AutoImport"),
        Argument::property("aws_service", "AwsService"),
        Argument::property("public_ip_source", "PublicIpSource"),
        Argument::property("publicly_advertisable", "PubliclyAdvertisable"),
        // Argument of the provider's 6.x releases.
        Argument::block(
            "source_resource",
            "SourceResource",
            false,
            &[
                Argument::property("resource_id", "ResourceId"),
                Argument::property("resource_owner", "ResourceOwner"),
                Argument::property("resource_region", "ResourceRegion"),
                Argument::property("resource_type", "ResourceType"),
            ],
        ),
        Argument::dropped(
            "cascade",
            "CloudFormation deletes a pool only when its CIDRs and allocations are gone; deprovision them \
             in the same stack (aws_vpc_ipam_pool_cidr) or first",
        ),
        TAGS,
        TIMEOUTS,
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::get_att("arn", "Arn"),
        Attribute::get_att("ipam_scope_type", "IpamScopeType"),
        Attribute::get_att("pool_depth", "PoolDepth"),
        Attribute::get_att("state", "State"),
    ],
    companions: &[],
};

const VPC_IPAM_POOL_CIDR: ResourceMapping = ResourceMapping {
    terraform: "aws_vpc_ipam_pool_cidr",
    cloudformation: "AWS::EC2::IPAMPoolCidr",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("ipam_pool_id", "IpamPoolId"),
        Argument::property("cidr", "Cidr"),
        Argument::property("netmask_length", "NetmaskLength"),
        Argument::dropped(
            "cidr_authorization_context",
            "AWS::EC2::IPAMPoolCidr cannot provision a BYOIP CIDR with a signed authorization message; \
             provision it with aws ec2 provision-ipam-pool-cidr --cidr-authorization-context",
        ),
        TIMEOUTS,
        REGION,
    ],
    attributes: &[
        // Terraform's ID is `<cidr>_<pool ID>`; the CIDR's own ID is the closest CloudFormation has.
        Attribute::get_att("id", "IpamPoolCidrId"),
        Attribute::get_att("ipam_pool_cidr_id", "IpamPoolCidrId"),
    ],
    companions: &[],
};

// ---------------------------------------------------------------------------------------------
// Prefix lists and capacity reservations
// ---------------------------------------------------------------------------------------------

const MANAGED_PREFIX_LIST: ResourceMapping = ResourceMapping {
    terraform: "aws_ec2_managed_prefix_list",
    cloudformation: "AWS::EC2::PrefixList",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "PrefixListName"),
        Argument::property("address_family", "AddressFamily"),
        Argument::property("max_entries", "MaxEntries"),
        Argument::block(
            "entry",
            "Entries",
            true,
            &[Argument::property("cidr", "Cidr"), Argument::property("description", "Description")],
        ),
        TAGS,
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::get_att("arn", "Arn"),
        Attribute::get_att("owner_id", "OwnerId"),
        Attribute::get_att("version", "Version"),
    ],
    companions: &[],
};

const CAPACITY_RESERVATION: ResourceMapping = ResourceMapping {
    terraform: "aws_ec2_capacity_reservation",
    cloudformation: "AWS::EC2::CapacityReservation",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("availability_zone", "AvailabilityZone"),
        Argument::property("instance_type", "InstanceType"),
        Argument::property("instance_platform", "InstancePlatform"),
        Argument::property("instance_count", "InstanceCount"),
        Argument::property("instance_match_criteria", "InstanceMatchCriteria"),
        Argument::property("tenancy", "Tenancy"),
        Argument::property("ebs_optimized", "EbsOptimized"),
        Argument::property("ephemeral_storage", "EphemeralStorage"),
        Argument::property("end_date", "EndDate"),
        Argument::property("end_date_type", "EndDateType"),
        Argument::property("outpost_arn", "OutPostArn"),
        Argument::property("placement_group_arn", "PlacementGroupArn"),
        // CloudFormation tags a reservation through a tag specification.
        Argument::new(
            "tags",
            Shape::TagList,
            Target::Keyed {
                list: "TagSpecifications",
                key: "ResourceType",
                key_value: "capacity-reservation",
                property: "Tags",
            },
        ),
        TIMEOUTS,
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::get_att("arn", "CapacityReservationArn"),
        Attribute::get_att("owner_id", "OwnerId"),
    ],
    companions: &[],
};

// ---------------------------------------------------------------------------------------------
// Network interfaces, volume attachments, placement groups and key pairs
// ---------------------------------------------------------------------------------------------

const NETWORK_INTERFACE: ResourceMapping = ResourceMapping {
    terraform: "aws_network_interface",
    cloudformation: "AWS::EC2::NetworkInterface",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("subnet_id", "SubnetId"),
        Argument::property("description", "Description"),
        Argument::property("interface_type", "InterfaceType"),
        Argument::property("security_groups", "GroupSet"),
        Argument::property("source_dest_check", "SourceDestCheck"),
        Argument::property("private_ip", "PrivateIpAddress"),
        // Lists of addresses in Terraform, lists of one-entry objects in CloudFormation.
        Argument::new(
            "private_ips",
            Shape::Value(Transform::Wrap("PrivateIpAddress")),
            Target::Append("PrivateIpAddresses"),
        ),
        Argument::new(
            "private_ip_list",
            Shape::Value(Transform::Wrap("PrivateIpAddress")),
            Target::Append("PrivateIpAddresses"),
        ),
        Argument::new(
            "private_ip_list_enabled",
            Shape::Value(Transform::None),
            Target::Implied("private_ip_list, when given, is written as the interface's addresses"),
        ),
        Argument::property("private_ips_count", "SecondaryPrivateIpAddressCount"),
        Argument::property("ipv4_prefix_count", "Ipv4PrefixCount"),
        Argument::new("ipv4_prefixes", Shape::Value(Transform::Wrap("Ipv4Prefix")), Target::Append("Ipv4Prefixes")),
        Argument::property("ipv6_address_count", "Ipv6AddressCount"),
        Argument::new("ipv6_addresses", Shape::Value(Transform::Wrap("Ipv6Address")), Target::Append("Ipv6Addresses")),
        Argument::new(
            "ipv6_address_list",
            Shape::Value(Transform::Wrap("Ipv6Address")),
            Target::Append("Ipv6Addresses"),
        ),
        Argument::new(
            "ipv6_address_list_enabled",
            Shape::Value(Transform::None),
            Target::Implied("ipv6_address_list, when given, is written as the interface's IPv6 addresses"),
        ),
        Argument::property("ipv6_prefix_count", "Ipv6PrefixCount"),
        Argument::new("ipv6_prefixes", Shape::Value(Transform::Wrap("Ipv6Prefix")), Target::Append("Ipv6Prefixes")),
        Argument::property("enable_primary_ipv6", "EnablePrimaryIpv6"),
        // Arguments of the provider's 6.x releases.
        Argument::block(
            "connection_tracking_specification",
            "ConnectionTrackingSpecification",
            false,
            &[
                Argument::property("tcp_established_timeout", "TcpEstablishedTimeout"),
                Argument::property("udp_stream_timeout", "UdpStreamTimeout"),
                Argument::property("udp_timeout", "UdpTimeout"),
            ],
        ),
        Argument::dropped(
            "ena_srd_specification",
            "AWS::EC2::NetworkInterface has no ENA Express setting; set EnaSrdSpecification on an \
             aws_network_interface_attachment (AWS::EC2::NetworkInterfaceAttachment) instead",
        ),
        Argument::dropped(
            "attachment",
            "AWS::EC2::NetworkInterface cannot attach itself; write an aws_network_interface_attachment \
             (AWS::EC2::NetworkInterfaceAttachment) with the instance and device index",
        ),
        TAGS,
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::sub("arn", "arn:${AWS::Partition}:ec2:${AWS::Region}:${AWS::AccountId}:network-interface/${Self}"),
        Attribute::get_att("private_ip", "PrimaryPrivateIpAddress"),
        OWNER_ID,
    ],
    companions: &[],
};

const VOLUME_ATTACHMENT: ResourceMapping = ResourceMapping {
    terraform: "aws_volume_attachment",
    cloudformation: "AWS::EC2::VolumeAttachment",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("device_name", "Device"),
        Argument::property("instance_id", "InstanceId"),
        Argument::property("volume_id", "VolumeId"),
        Argument::dropped(
            "force_detach",
            "CloudFormation detaches a volume only normally; force it with aws ec2 detach-volume --force \
             if a stack update hangs",
        ),
        Argument::dropped(
            "skip_destroy",
            "CloudFormation keeps a resource on deletion through its DeletionPolicy: set DeletionPolicy: \
             Retain on the attachment",
        ),
        Argument::dropped(
            "stop_instance_before_detaching",
            "CloudFormation cannot stop the instance before detaching; stop it yourself before the stack \
             update that removes the attachment",
        ),
        TIMEOUTS,
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::argument("device_name", "device_name"),
        Attribute::argument("instance_id", "instance_id"),
        Attribute::argument("volume_id", "volume_id"),
    ],
    companions: &[],
};

const PLACEMENT_GROUP: ResourceMapping = ResourceMapping {
    terraform: "aws_placement_group",
    cloudformation: "AWS::EC2::PlacementGroup",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "GroupName"),
        Argument::property("strategy", "Strategy"),
        Argument::property("partition_count", "PartitionCount"),
        Argument::property("spread_level", "SpreadLevel"),
        TAGS,
        REGION,
    ],
    attributes: &[
        // Ref gives the group's name, which is Terraform's ID.
        Attribute::reference("id"),
        Attribute::reference("name"),
        Attribute::get_att("placement_group_id", "GroupId"),
        Attribute::sub("arn", "arn:${AWS::Partition}:ec2:${AWS::Region}:${AWS::AccountId}:placement-group/${Self}"),
    ],
    companions: &[],
};

const KEY_PAIR: ResourceMapping = ResourceMapping {
    terraform: "aws_key_pair",
    cloudformation: "AWS::EC2::KeyPair",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        // Required by CloudFormation: Terraform's generated name has no counterpart.
        Argument::property("key_name", "KeyName"),
        Argument::property("public_key", "PublicKeyMaterial"),
        Argument::dropped(
            "key_name_prefix",
            "CloudFormation cannot add a random suffix to a prefix and requires KeyName; set key_name",
        ),
        TAGS,
        REGION,
    ],
    attributes: &[
        // Ref gives the key's name, which is Terraform's ID.
        Attribute::reference("id"),
        Attribute::reference("key_name"),
        Attribute::get_att("key_pair_id", "KeyPairId"),
        Attribute::get_att("fingerprint", "KeyFingerprint"),
        Attribute::sub("arn", "arn:${AWS::Partition}:ec2:${AWS::Region}:${AWS::AccountId}:key-pair/${Self}"),
    ],
    companions: &[],
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::aws::rows::tests::{check_table, source, value};
    use crate::{companion_resources, lower_arguments};
    use iac2cfn_ir::Expr;

    #[test]
    fn table_is_well_formed() {
        check_table(MAPPINGS);
    }

    #[test]
    fn acl_protocol_names_become_numbers_and_numbers_pass() {
        let rule = |protocol: Expr| {
            let body = source(vec![("protocol", value(protocol)), ("from_port", value(Expr::int(443)))]);
            let lowered = lower_arguments(&NETWORK_ACL_RULE, &body);
            assert!(lowered.diagnostics.is_empty(), "{:?}", lowered.diagnostics);
            (lowered.properties.get("Protocol").cloned(), lowered.properties.get("PortRange").cloned())
        };
        assert_eq!(rule(Expr::string("tcp")).0, Some(Expr::string("6")));
        assert_eq!(rule(Expr::string("all")).0, Some(Expr::string("-1")));
        assert_eq!(rule(Expr::string("50")).0, Some(Expr::string("50")));
        assert_eq!(rule(Expr::reference("Param")).0, Some(Expr::reference("Param")));
        assert_eq!(rule(Expr::string("tcp")).1, Some(Expr::map([("From", Expr::int(443))])));
    }

    #[test]
    fn a_flow_log_names_its_source_and_its_kind() {
        let body =
            source(vec![("subnet_id", value(Expr::reference("Subnet"))), ("traffic_type", value(Expr::string("ALL")))]);
        let lowered = lower_arguments(&FLOW_LOG, &body);
        assert!(lowered.diagnostics.is_empty(), "{:?}", lowered.diagnostics);
        assert_eq!(lowered.properties.get("ResourceId"), Some(&Expr::reference("Subnet")));
        assert_eq!(lowered.properties.get("ResourceType"), Some(&Expr::string("Subnet")));
    }

    #[test]
    fn a_vpn_gateway_always_has_its_type_and_attaches_through_a_companion() {
        let lowered = lower_arguments(&VPN_GATEWAY, &source(vec![]));
        assert_eq!(lowered.properties.get("Type"), Some(&Expr::string("ipsec.1")));
        // `type` is not a Terraform argument of aws_vpn_gateway.
        let typed = lower_arguments(&VPN_GATEWAY, &source(vec![("type", value(Expr::string("ipsec.1")))]));
        assert_eq!(typed.diagnostics.len(), 1);
        let body = source(vec![("vpc_id", value(Expr::reference("Vpc")))]);
        let [(suffix, attachment)] = companion_resources(&VPN_GATEWAY, "Gateway", &body).try_into().expect("one");
        assert_eq!(suffix, "Attachment");
        assert_eq!(attachment.properties.get("VpnGatewayId"), Some(&Expr::reference("Gateway")));
    }

    #[test]
    fn capacity_reservation_tags_go_to_a_tag_specification() {
        let body = source(vec![("tags", value(Expr::map([("Name", Expr::string("db"))])))]);
        let lowered = lower_arguments(&CAPACITY_RESERVATION, &body);
        let tags = Expr::List(vec![Expr::map([("Key", Expr::string("Name")), ("Value", Expr::string("db"))])]);
        let expected =
            Expr::List(vec![Expr::map([("ResourceType", Expr::string("capacity-reservation")), ("Tags", tags)])]);
        assert_eq!(lowered.properties.get("TagSpecifications"), Some(&expected));
    }
}

//! EC2 and VPC: instances, volumes, VPCs and their subnets, gateways, routes, endpoints, elastic IPs
//! and security groups.
//!
//! Where Terraform and CloudFormation model a thing differently:
//!
//! - An internet gateway's `vpc_id` and an elastic IP's `network_interface` become companion
//!   resources (`AWS::EC2::VPCGatewayAttachment`, `AWS::EC2::EIPAssociation`); a VPC's IPv6 block
//!   becomes an `AWS::EC2::VPCCidrBlock`.
//! - Security group rules take one CIDR, prefix list or group each in CloudFormation, a list of them in
//!   Terraform: those lists are [`Target::Explode`] arguments, one rule per element.
//! - CloudFormation has no inline routes in a route table, no root volume settings without the AMI's
//!   root device name, and no public IP switch outside network interfaces: those are dropped with
//!   what to do instead.

use super::rows::{companion, explode, TAGS, TIMEOUTS};
use super::shared::{NAME_PREFIX, REGION};
use crate::model::{
    Argument, Attribute, AttributeValue, Companion, CompanionValue, Placement, ResourceMapping, Shape, Target,
    Transform,
};

/// The EC2 and VPC table.
pub const MAPPINGS: &[ResourceMapping] = &[
    INSTANCE,
    EBS_VOLUME,
    VPC,
    SUBNET,
    INTERNET_GATEWAY,
    ROUTE_TABLE,
    ROUTE,
    ROUTE_TABLE_ASSOCIATION,
    NAT_GATEWAY,
    EIP,
    VPC_ENDPOINT,
    SECURITY_GROUP,
    SECURITY_GROUP_RULE_INGRESS,
    SECURITY_GROUP_RULE_EGRESS,
    VPC_SECURITY_GROUP_INGRESS_RULE,
    VPC_SECURITY_GROUP_EGRESS_RULE,
];

/// `owner_id`: the account's own ID, which is what Terraform's `owner_id` attributes hold for
/// resources the configuration creates.
const OWNER_ID: Attribute = Attribute::sub("owner_id", "${AWS::AccountId}");

// ---------------------------------------------------------------------------------------------
// Instances and volumes
// ---------------------------------------------------------------------------------------------

const INSTANCE: ResourceMapping = ResourceMapping {
    terraform: "aws_instance",
    cloudformation: "AWS::EC2::Instance",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("ami", "ImageId"),
        Argument::property("instance_type", "InstanceType"),
        Argument::property("availability_zone", "AvailabilityZone"),
        Argument::property("subnet_id", "SubnetId"),
        Argument::property("private_ip", "PrivateIpAddress"),
        Argument::property("vpc_security_group_ids", "SecurityGroupIds"),
        // Security group names, for the default VPC.
        Argument::property("security_groups", "SecurityGroups"),
        Argument::property("iam_instance_profile", "IamInstanceProfile"),
        Argument::property("key_name", "KeyName"),
        Argument::property("monitoring", "Monitoring"),
        Argument::property("ebs_optimized", "EbsOptimized"),
        Argument::property("source_dest_check", "SourceDestCheck"),
        Argument::property("disable_api_termination", "DisableApiTermination"),
        Argument::property("instance_initiated_shutdown_behavior", "InstanceInitiatedShutdownBehavior"),
        Argument::property("tenancy", "Tenancy"),
        Argument::property("host_id", "HostId"),
        Argument::property("host_resource_group_arn", "HostResourceGroupArn"),
        Argument::property("placement_group", "PlacementGroupName"),
        Argument::property("ipv6_address_count", "Ipv6AddressCount"),
        // A list of addresses in Terraform, a list of `{Ipv6Address}` objects in CloudFormation.
        Argument::new("ipv6_addresses", Shape::Value(Transform::Wrap("Ipv6Address")), Target::Append("Ipv6Addresses")),
        // Terraform base64-encodes `user_data` itself; CloudFormation wants it encoded already.
        Argument::transformed("user_data", Transform::Base64, "UserData"),
        Argument::property("user_data_base64", "UserData"),
        Argument::dropped(
            "user_data_replace_on_change",
            "CloudFormation applies a UserData change by stopping and starting the instance, never by \
             replacing it; change the logical ID to force a new instance",
        ),
        Argument::property("hibernation", "HibernationOptions.Configured"),
        // Deprecated spellings of `cpu_options`.
        Argument::property("cpu_core_count", "CpuOptions.CoreCount"),
        Argument::property("cpu_threads_per_core", "CpuOptions.ThreadsPerCore"),
        Argument::block(
            "cpu_options",
            "CpuOptions",
            false,
            &[
                Argument::property("core_count", "CoreCount"),
                Argument::property("threads_per_core", "ThreadsPerCore"),
                Argument::dropped(
                    "amd_sev_snp",
                    "AWS::EC2::Instance's CpuOptions has no AMD SEV-SNP setting; set it in a launch \
                     template and refer to it with launch_template",
                ),
            ],
        ),
        Argument::block(
            "credit_specification",
            "CreditSpecification",
            false,
            &[Argument::property("cpu_credits", "CPUCredits")],
        ),
        Argument::block("enclave_options", "EnclaveOptions", false, &[Argument::property("enabled", "Enabled")]),
        Argument::block(
            "metadata_options",
            "MetadataOptions",
            false,
            &[
                Argument::property("http_endpoint", "HttpEndpoint"),
                Argument::property("http_protocol_ipv6", "HttpProtocolIpv6"),
                Argument::property("http_put_response_hop_limit", "HttpPutResponseHopLimit"),
                Argument::property("http_tokens", "HttpTokens"),
                Argument::property("instance_metadata_tags", "InstanceMetadataTags"),
            ],
        ),
        Argument::block(
            "private_dns_name_options",
            "PrivateDnsNameOptions",
            false,
            &[
                Argument::property("enable_resource_name_dns_a_record", "EnableResourceNameDnsARecord"),
                Argument::property("enable_resource_name_dns_aaaa_record", "EnableResourceNameDnsAAAARecord"),
                Argument::property("hostname_type", "HostnameType"),
            ],
        ),
        // Terraform's `version` may be `$Latest` or `$Default`, which CloudFormation rejects: it
        // wants a number, or the template's `LatestVersionNumber`/`DefaultVersionNumber` attribute.
        Argument::block(
            "launch_template",
            "LaunchTemplate",
            false,
            &[
                Argument::property("id", "LaunchTemplateId"),
                Argument::property("name", "LaunchTemplateName"),
                Argument::property("version", "Version"),
            ],
        ),
        Argument::new(
            "ebs_block_device",
            Shape::Block { list: true, arguments: EBS_BLOCK_DEVICE },
            Target::Append("BlockDeviceMappings"),
        ),
        Argument::new(
            "ephemeral_block_device",
            Shape::Block {
                list: true,
                arguments: &[
                    Argument::property("device_name", "DeviceName"),
                    Argument::property("virtual_name", "VirtualName"),
                    // CloudFormation spells "no device" as an empty object, not as a bool.
                    Argument::dropped(
                        "no_device",
                        "CloudFormation suppresses a device with NoDevice: {}, which this converter \
                         cannot write yet; add it to the BlockDeviceMappings entry by hand",
                    ),
                ],
            },
            Target::Append("BlockDeviceMappings"),
        ),
        Argument::dropped(
            "root_block_device",
            "CloudFormation changes the root volume only through a BlockDeviceMappings entry that names \
             the AMI's root device (such as /dev/xvda or /dev/sda1), which the configuration does not \
             give; write an ebs_block_device with that device_name instead",
        ),
        Argument::block(
            "network_interface",
            "NetworkInterfaces",
            true,
            &[
                // An integer in Terraform, a string in CloudFormation.
                Argument::transformed("device_index", Transform::ToString, "DeviceIndex"),
                Argument::property("network_interface_id", "NetworkInterfaceId"),
                Argument::property("delete_on_termination", "DeleteOnTermination"),
                Argument::dropped(
                    "network_card_index",
                    "CloudFormation's instance network interfaces have no network card index; attach \
                     the interface through a launch template instead",
                ),
            ],
        ),
        TAGS,
        Argument::dropped(
            "volume_tags",
            "AWS::EC2::Instance cannot tag its volumes apart from itself; PropagateTagsToVolumeOnCreation \
             copies the instance's tags to them instead",
        ),
        Argument::dropped(
            "associate_public_ip_address",
            "CloudFormation sets this only in a NetworkInterfaces entry with DeviceIndex 0 (which then \
             holds the subnet and security groups); set map_public_ip_on_launch on the subnet instead",
        ),
        Argument::dropped(
            "secondary_private_ips",
            "CloudFormation sets secondary private IPs only in a NetworkInterfaces entry; create an \
             aws_network_interface with private_ips and attach it with a network_interface block",
        ),
        Argument::dropped(
            "disable_api_stop",
            "AWS::EC2::Instance has no stop protection; enable it afterwards with aws ec2 \
             modify-instance-attribute --disable-api-stop, or in a launch template",
        ),
        Argument::dropped(
            "enable_primary_ipv6",
            "AWS::EC2::Instance has no primary IPv6 setting; set PrimaryIpv6 on the network interface \
             in a launch template",
        ),
        Argument::dropped(
            "placement_partition_number",
            "AWS::EC2::Instance has no partition number; set Placement.PartitionNumber in a launch \
             template",
        ),
        Argument::dropped(
            "get_password_data",
            "Terraform reads the Windows administrator password into its state; CloudFormation has no \
             equivalent (use aws ec2 get-password-data)",
        ),
        Argument::dropped(
            "capacity_reservation_specification",
            "AWS::EC2::Instance has no capacity reservation setting; set CapacityReservationSpecification \
             in a launch template and refer to it with launch_template",
        ),
        Argument::dropped(
            "instance_market_options",
            "AWS::EC2::Instance cannot request Spot capacity; set InstanceMarketOptions in a launch \
             template and refer to it with launch_template",
        ),
        Argument::dropped(
            "maintenance_options",
            "AWS::EC2::Instance has no maintenance options; set MaintenanceOptions.AutoRecovery in a \
             launch template",
        ),
        // Arguments of the provider's 6.x releases.
        Argument::dropped(
            "force_destroy",
            "CloudFormation never lifts stop or termination protection to delete an instance; leave \
             disable_api_termination unset to let the stack delete it",
        ),
        Argument::dropped(
            "placement_group_id",
            "AWS::EC2::Instance takes the placement group's name; use placement_group instead",
        ),
        // The primary interface is CloudFormation's interface at device index 0.
        Argument::new(
            "primary_network_interface",
            Shape::Block {
                list: false,
                arguments: &[
                    Argument::property("network_interface_id", "NetworkInterfaceId"),
                    Argument::transformed("network_interface_id", Transform::Constant("0"), "DeviceIndex"),
                ],
            },
            Target::Append("NetworkInterfaces"),
        ),
        Argument::dropped(
            "secondary_network_interface",
            "AWS::EC2::Instance has no secondary network interfaces; attach them with \
             aws_network_interface_attachment resources",
        ),
        TIMEOUTS,
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::sub("arn", "arn:${AWS::Partition}:ec2:${AWS::Region}:${AWS::AccountId}:instance/${Self}"),
        Attribute::get_att("availability_zone", "AvailabilityZone"),
        Attribute::get_att("private_ip", "PrivateIp"),
        Attribute::get_att("public_ip", "PublicIp"),
        // Terraform's `private_dns`/`public_dns` are CloudFormation's `…DnsName`.
        Attribute::get_att("private_dns", "PrivateDnsName"),
        Attribute::get_att("public_dns", "PublicDnsName"),
    ],
    companions: &[],
};

/// An `ebs_block_device` block: the device name at the top of the mapping, the rest under `Ebs`.
const EBS_BLOCK_DEVICE: &[Argument] = &[
    Argument::property("device_name", "DeviceName"),
    Argument::property("delete_on_termination", "Ebs.DeleteOnTermination"),
    Argument::property("encrypted", "Ebs.Encrypted"),
    Argument::property("iops", "Ebs.Iops"),
    Argument::property("kms_key_id", "Ebs.KmsKeyId"),
    Argument::property("snapshot_id", "Ebs.SnapshotId"),
    Argument::property("volume_size", "Ebs.VolumeSize"),
    Argument::property("volume_type", "Ebs.VolumeType"),
    Argument::dropped(
        "throughput",
        "CloudFormation's instance block device mappings have no throughput; create an aws_ebs_volume \
         with throughput and attach it with aws_volume_attachment",
    ),
    Argument::dropped(
        "tags",
        "CloudFormation's instance block device mappings cannot be tagged; create an aws_ebs_volume with \
         tags and attach it with aws_volume_attachment",
    ),
];

const EBS_VOLUME: ResourceMapping = ResourceMapping {
    terraform: "aws_ebs_volume",
    cloudformation: "AWS::EC2::Volume",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("availability_zone", "AvailabilityZone"),
        Argument::property("size", "Size"),
        Argument::property("type", "VolumeType"),
        Argument::property("iops", "Iops"),
        Argument::property("throughput", "Throughput"),
        Argument::property("encrypted", "Encrypted"),
        Argument::property("kms_key_id", "KmsKeyId"),
        Argument::property("snapshot_id", "SnapshotId"),
        Argument::property("multi_attach_enabled", "MultiAttachEnabled"),
        Argument::property("outpost_arn", "OutpostArn"),
        Argument::property("volume_initialization_rate", "VolumeInitializationRate"),
        TAGS,
        Argument::dropped(
            "final_snapshot",
            "CloudFormation snapshots a volume on deletion through the resource's DeletionPolicy: set \
             DeletionPolicy: Snapshot on it",
        ),
        TIMEOUTS,
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::sub("arn", "arn:${AWS::Partition}:ec2:${AWS::Region}:${AWS::AccountId}:volume/${Self}"),
    ],
    companions: &[],
};

// ---------------------------------------------------------------------------------------------
// VPCs, subnets, gateways and routes
// ---------------------------------------------------------------------------------------------

const VPC: ResourceMapping = ResourceMapping {
    terraform: "aws_vpc",
    cloudformation: "AWS::EC2::VPC",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("cidr_block", "CidrBlock"),
        Argument::property("ipv4_ipam_pool_id", "Ipv4IpamPoolId"),
        Argument::property("ipv4_netmask_length", "Ipv4NetmaskLength"),
        Argument::property("enable_dns_support", "EnableDnsSupport"),
        Argument::property("enable_dns_hostnames", "EnableDnsHostnames"),
        Argument::property("instance_tenancy", "InstanceTenancy"),
        TAGS,
        // AWS::EC2::VPC has no IPv6 properties: its IPv6 block is an AWS::EC2::VPCCidrBlock.
        companion("assign_generated_ipv6_cidr_block"),
        companion("ipv6_cidr_block_network_border_group"),
        companion("ipv6_ipam_pool_id"),
        companion("ipv6_netmask_length"),
        companion("ipv6_cidr_block"),
        Argument::dropped(
            "enable_network_address_usage_metrics",
            "AWS::EC2::VPC has no network address usage metrics setting; enable it afterwards with aws \
             ec2 modify-vpc-attribute --enable-network-address-usage-metrics",
        ),
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::sub("arn", "arn:${AWS::Partition}:ec2:${AWS::Region}:${AWS::AccountId}:vpc/${Self}"),
        Attribute::get_att("cidr_block", "CidrBlock"),
        Attribute::get_att("default_security_group_id", "DefaultSecurityGroup"),
        Attribute::get_att("default_network_acl_id", "DefaultNetworkAcl"),
        // Filled once the IPv6 companion is attached, which is why it makes dependents wait.
        Attribute { name: "ipv6_cidr_block", value: AttributeValue::GetAttElement("Ipv6CidrBlocks", 0) },
        OWNER_ID,
    ],
    companions: &[
        Companion {
            cloudformation: "AWS::EC2::VPCCidrBlock",
            suffix: "Ipv6CidrBlock",
            when_argument: "assign_generated_ipv6_cidr_block",
            properties: &[
                ("VpcId", CompanionValue::MainRef),
                ("AmazonProvidedIpv6CidrBlock", CompanionValue::Argument("assign_generated_ipv6_cidr_block")),
                ("Ipv6CidrBlockNetworkBorderGroup", CompanionValue::Argument("ipv6_cidr_block_network_border_group")),
            ],
            dependents_wait: true,
        },
        Companion {
            cloudformation: "AWS::EC2::VPCCidrBlock",
            suffix: "Ipv6IpamCidrBlock",
            when_argument: "ipv6_ipam_pool_id",
            properties: &[
                ("VpcId", CompanionValue::MainRef),
                ("Ipv6IpamPoolId", CompanionValue::Argument("ipv6_ipam_pool_id")),
                ("Ipv6NetmaskLength", CompanionValue::Argument("ipv6_netmask_length")),
                ("Ipv6CidrBlock", CompanionValue::Argument("ipv6_cidr_block")),
            ],
            dependents_wait: true,
        },
    ],
};

const SUBNET: ResourceMapping = ResourceMapping {
    terraform: "aws_subnet",
    cloudformation: "AWS::EC2::Subnet",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("vpc_id", "VpcId"),
        Argument::property("cidr_block", "CidrBlock"),
        Argument::property("ipv6_cidr_block", "Ipv6CidrBlock"),
        Argument::property("ipv6_native", "Ipv6Native"),
        Argument::property("availability_zone", "AvailabilityZone"),
        Argument::property("availability_zone_id", "AvailabilityZoneId"),
        Argument::property("map_public_ip_on_launch", "MapPublicIpOnLaunch"),
        Argument::property("assign_ipv6_address_on_creation", "AssignIpv6AddressOnCreation"),
        Argument::property("enable_dns64", "EnableDns64"),
        Argument::property("enable_lni_at_device_index", "EnableLniAtDeviceIndex"),
        // Three flat Terraform arguments, one CloudFormation object.
        Argument::property(
            "enable_resource_name_dns_a_record_on_launch",
            "PrivateDnsNameOptionsOnLaunch.EnableResourceNameDnsARecord",
        ),
        Argument::property(
            "enable_resource_name_dns_aaaa_record_on_launch",
            "PrivateDnsNameOptionsOnLaunch.EnableResourceNameDnsAAAARecord",
        ),
        Argument::property("private_dns_hostname_type_on_launch", "PrivateDnsNameOptionsOnLaunch.HostnameType"),
        Argument::property("outpost_arn", "OutpostArn"),
        // Arguments of the provider's 6.x releases.
        Argument::property("ipv4_ipam_pool_id", "Ipv4IpamPoolId"),
        Argument::property("ipv4_netmask_length", "Ipv4NetmaskLength"),
        Argument::property("ipv6_ipam_pool_id", "Ipv6IpamPoolId"),
        Argument::property("ipv6_netmask_length", "Ipv6NetmaskLength"),
        TAGS,
        Argument::dropped(
            "customer_owned_ipv4_pool",
            "AWS::EC2::Subnet has no customer-owned IP pool (Outposts); set it afterwards with aws ec2 \
             modify-subnet-attribute --customer-owned-ipv4-pool",
        ),
        Argument::dropped(
            "map_customer_owned_ip_on_launch",
            "AWS::EC2::Subnet has no customer-owned IP setting (Outposts); set it afterwards with aws ec2 \
             modify-subnet-attribute --map-customer-owned-ip-on-launch",
        ),
        TIMEOUTS,
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::sub("arn", "arn:${AWS::Partition}:ec2:${AWS::Region}:${AWS::AccountId}:subnet/${Self}"),
        Attribute::get_att("vpc_id", "VpcId"),
        Attribute::get_att("cidr_block", "CidrBlock"),
        Attribute::get_att("availability_zone", "AvailabilityZone"),
        Attribute::get_att("availability_zone_id", "AvailabilityZoneId"),
        OWNER_ID,
    ],
    companions: &[],
};

const INTERNET_GATEWAY: ResourceMapping = ResourceMapping {
    terraform: "aws_internet_gateway",
    cloudformation: "AWS::EC2::InternetGateway",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        TAGS,
        // AWS::EC2::InternetGateway has no VPC: the attachment is a resource of its own.
        companion("vpc_id"),
        TIMEOUTS,
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::sub("arn", "arn:${AWS::Partition}:ec2:${AWS::Region}:${AWS::AccountId}:internet-gateway/${Self}"),
        Attribute::argument("vpc_id", "vpc_id"),
        OWNER_ID,
    ],
    companions: &[Companion {
        cloudformation: "AWS::EC2::VPCGatewayAttachment",
        suffix: "Attachment",
        when_argument: "vpc_id",
        properties: &[("VpcId", CompanionValue::Argument("vpc_id")), ("InternetGatewayId", CompanionValue::MainRef)],
        // A route through the gateway fails until the gateway is attached to the VPC.
        dependents_wait: true,
    }],
};

const ROUTE_TABLE: ResourceMapping = ResourceMapping {
    terraform: "aws_route_table",
    cloudformation: "AWS::EC2::RouteTable",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("vpc_id", "VpcId"),
        TAGS,
        Argument::dropped(
            "route",
            "AWS::EC2::RouteTable has no inline routes; write each route as an aws_route resource \
             (AWS::EC2::Route) with route_table_id set to this table's id",
        ),
        Argument::dropped(
            "propagating_vgws",
            "AWS::EC2::RouteTable has no route propagation; write an aws_vpn_gateway_route_propagation \
             (AWS::EC2::VPNGatewayRoutePropagation) for each gateway",
        ),
        TIMEOUTS,
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::sub("arn", "arn:${AWS::Partition}:ec2:${AWS::Region}:${AWS::AccountId}:route-table/${Self}"),
        OWNER_ID,
    ],
    companions: &[],
};

const ROUTE: ResourceMapping = ResourceMapping {
    terraform: "aws_route",
    cloudformation: "AWS::EC2::Route",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("route_table_id", "RouteTableId"),
        Argument::property("destination_cidr_block", "DestinationCidrBlock"),
        Argument::property("destination_ipv6_cidr_block", "DestinationIpv6CidrBlock"),
        Argument::property("destination_prefix_list_id", "DestinationPrefixListId"),
        Argument::property("gateway_id", "GatewayId"),
        Argument::property("nat_gateway_id", "NatGatewayId"),
        Argument::property("transit_gateway_id", "TransitGatewayId"),
        Argument::property("vpc_endpoint_id", "VpcEndpointId"),
        Argument::property("vpc_peering_connection_id", "VpcPeeringConnectionId"),
        Argument::property("network_interface_id", "NetworkInterfaceId"),
        Argument::property("egress_only_gateway_id", "EgressOnlyInternetGatewayId"),
        Argument::property("carrier_gateway_id", "CarrierGatewayId"),
        Argument::property("local_gateway_id", "LocalGatewayId"),
        Argument::property("core_network_arn", "CoreNetworkArn"),
        // Argument of the provider's 6.x releases.
        Argument::property("odb_network_arn", "OdbNetworkArn"),
        TIMEOUTS,
        REGION,
    ],
    attributes: &[Attribute::reference("id")],
    companions: &[],
};

const ROUTE_TABLE_ASSOCIATION: ResourceMapping = ResourceMapping {
    terraform: "aws_route_table_association",
    cloudformation: "AWS::EC2::SubnetRouteTableAssociation",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("route_table_id", "RouteTableId"),
        Argument::property("subnet_id", "SubnetId"),
        // An edge association is another CloudFormation type, which `when` cannot select: it
        // compares values, and this row is chosen by which argument is set.
        Argument::dropped(
            "gateway_id",
            "a gateway's route table association is an AWS::EC2::GatewayRouteTableAssociation, which \
             this converter does not make from aws_route_table_association yet; declare one by hand",
        ),
        TIMEOUTS,
        REGION,
    ],
    attributes: &[Attribute::reference("id")],
    companions: &[],
};

const NAT_GATEWAY: ResourceMapping = ResourceMapping {
    terraform: "aws_nat_gateway",
    cloudformation: "AWS::EC2::NatGateway",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("subnet_id", "SubnetId"),
        Argument::property("allocation_id", "AllocationId"),
        Argument::property("connectivity_type", "ConnectivityType"),
        Argument::property("private_ip", "PrivateIpAddress"),
        Argument::property("secondary_allocation_ids", "SecondaryAllocationIds"),
        Argument::property("secondary_private_ip_address_count", "SecondaryPrivateIpAddressCount"),
        Argument::property("secondary_private_ip_addresses", "SecondaryPrivateIpAddresses"),
        // Arguments of the provider's 6.x releases (regional NAT gateways).
        Argument::property("vpc_id", "VpcId"),
        Argument::property("availability_mode", "AvailabilityMode"),
        Argument::block(
            "availability_zone_address",
            "AvailabilityZoneAddresses",
            true,
            &[
                Argument::property("allocation_ids", "AllocationIds"),
                Argument::property("availability_zone", "AvailabilityZone"),
                Argument::property("availability_zone_id", "AvailabilityZoneId"),
            ],
        ),
        TAGS,
        TIMEOUTS,
        REGION,
    ],
    attributes: &[Attribute::reference("id"), Attribute::get_att("network_interface_id", "EniId")],
    companions: &[],
};

const EIP: ResourceMapping = ResourceMapping {
    terraform: "aws_eip",
    cloudformation: "AWS::EC2::EIP",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("domain", "Domain"),
        // The deprecated spelling of `domain = "vpc"`.
        Argument::transformed("vpc", Transform::Lookup(&[("true", "vpc"), ("false", "standard")]), "Domain"),
        Argument::property("address", "Address"),
        Argument::property("public_ipv4_pool", "PublicIpv4Pool"),
        Argument::property("ipam_pool_id", "IpamPoolId"),
        Argument::property("network_border_group", "NetworkBorderGroup"),
        // AWS::EC2::EIP's own InstanceId cannot choose the instance's private IP: both targets go
        // through an AWS::EC2::EIPAssociation, which can.
        companion("instance"),
        companion("network_interface"),
        companion("associate_with_private_ip"),
        Argument::dropped(
            "customer_owned_ipv4_pool",
            "AWS::EC2::EIP cannot allocate from a customer-owned pool (Outposts); allocate the address \
             outside the stack and pass its allocation ID in",
        ),
        TAGS,
        TIMEOUTS,
        REGION,
    ],
    attributes: &[
        // Terraform's id is the allocation ID; CloudFormation's Ref is the address itself.
        Attribute::get_att("id", "AllocationId"),
        Attribute::get_att("allocation_id", "AllocationId"),
        Attribute::reference("public_ip"),
        Attribute::sub(
            "arn",
            "arn:${AWS::Partition}:ec2:${AWS::Region}:${AWS::AccountId}:elastic-ip/${Self.AllocationId}",
        ),
    ],
    // EC2 associates an address with an instance or an interface, never both in one call (as the
    // provider makes it), so a valid configuration makes at most one of these.
    companions: &[
        Companion {
            cloudformation: "AWS::EC2::EIPAssociation",
            suffix: "InstanceAssociation",
            when_argument: "instance",
            properties: &[
                ("AllocationId", CompanionValue::MainAttribute("AllocationId")),
                ("InstanceId", CompanionValue::Argument("instance")),
                ("PrivateIpAddress", CompanionValue::Argument("associate_with_private_ip")),
            ],
            dependents_wait: false,
        },
        Companion {
            cloudformation: "AWS::EC2::EIPAssociation",
            suffix: "Association",
            when_argument: "network_interface",
            properties: &[
                ("AllocationId", CompanionValue::MainAttribute("AllocationId")),
                ("NetworkInterfaceId", CompanionValue::Argument("network_interface")),
                ("PrivateIpAddress", CompanionValue::Argument("associate_with_private_ip")),
            ],
            dependents_wait: false,
        },
    ],
};

const VPC_ENDPOINT: ResourceMapping = ResourceMapping {
    terraform: "aws_vpc_endpoint",
    cloudformation: "AWS::EC2::VPCEndpoint",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("vpc_id", "VpcId"),
        Argument::property("service_name", "ServiceName"),
        Argument::property("vpc_endpoint_type", "VpcEndpointType"),
        Argument::property("route_table_ids", "RouteTableIds"),
        Argument::property("subnet_ids", "SubnetIds"),
        Argument::property("security_group_ids", "SecurityGroupIds"),
        Argument::property("private_dns_enabled", "PrivateDnsEnabled"),
        Argument::property("ip_address_type", "IpAddressType"),
        Argument::property("service_region", "ServiceRegion"),
        Argument::property("service_network_arn", "ServiceNetworkArn"),
        Argument::property("resource_configuration_arn", "ResourceConfigurationArn"),
        Argument::json("policy", "PolicyDocument"),
        Argument::block(
            "dns_options",
            "DnsOptions",
            false,
            &[
                Argument::property("dns_record_ip_type", "DnsRecordIpType"),
                // A bool in Terraform, an enumeration in CloudFormation.
                Argument::transformed(
                    "private_dns_only_for_inbound_resolver_endpoint",
                    Transform::Lookup(&[("true", "OnlyInboundResolver"), ("false", "AllResolvers")]),
                    "PrivateDnsOnlyForInboundResolverEndpoint",
                ),
            ],
        ),
        Argument::dropped(
            "subnet_configuration",
            "AWS::EC2::VPCEndpoint cannot choose the endpoint's IP address in each subnet; list the \
             subnets in subnet_ids and let AWS assign the addresses",
        ),
        Argument::dropped(
            "auto_accept",
            "CloudFormation cannot accept an endpoint connection from the consumer's side; the service \
             owner accepts it (or turns off acceptance on the service)",
        ),
        TAGS,
        TIMEOUTS,
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::sub("arn", "arn:${AWS::Partition}:ec2:${AWS::Region}:${AWS::AccountId}:vpc-endpoint/${Self}"),
        Attribute::get_att("network_interface_ids", "NetworkInterfaceIds"),
        OWNER_ID,
    ],
    companions: &[],
};

// ---------------------------------------------------------------------------------------------
// Security groups and their rules
// ---------------------------------------------------------------------------------------------

/// Why an inline rule's `self` is dropped: the group's ID inside its own properties would be a
/// circular reference.
const INLINE_SELF: &str = "CloudFormation cannot refer to a security group from its own definition (a \
     circular dependency); write this rule as an aws_vpc_security_group_ingress_rule or \
     aws_vpc_security_group_egress_rule with referenced_security_group_id set to the group's id";

/// An inline `ingress` rule: one CloudFormation rule per CIDR, prefix list and source group.
const INLINE_INGRESS: &[Argument] = &[
    Argument::property("protocol", "IpProtocol"),
    Argument::property("from_port", "FromPort"),
    Argument::property("to_port", "ToPort"),
    Argument::property("description", "Description"),
    explode("cidr_blocks", "CidrIp"),
    explode("ipv6_cidr_blocks", "CidrIpv6"),
    explode("prefix_list_ids", "SourcePrefixListId"),
    explode("security_groups", "SourceSecurityGroupId"),
    Argument::dropped("self", INLINE_SELF),
];

/// An inline `egress` rule, as [`INLINE_INGRESS`] towards destinations.
const INLINE_EGRESS: &[Argument] = &[
    Argument::property("protocol", "IpProtocol"),
    Argument::property("from_port", "FromPort"),
    Argument::property("to_port", "ToPort"),
    Argument::property("description", "Description"),
    explode("cidr_blocks", "CidrIp"),
    explode("ipv6_cidr_blocks", "CidrIpv6"),
    explode("prefix_list_ids", "DestinationPrefixListId"),
    explode("security_groups", "DestinationSecurityGroupId"),
    Argument::dropped("self", INLINE_SELF),
];

const SECURITY_GROUP: ResourceMapping = ResourceMapping {
    terraform: "aws_security_group",
    cloudformation: "AWS::EC2::SecurityGroup",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        // Required by CloudFormation; the frontend supplies Terraform's default when it is absent.
        Argument::property("description", "GroupDescription"),
        Argument::property("name", "GroupName"),
        Argument::property("vpc_id", "VpcId"),
        Argument::block("ingress", "SecurityGroupIngress", true, INLINE_INGRESS),
        Argument::block("egress", "SecurityGroupEgress", true, INLINE_EGRESS),
        NAME_PREFIX,
        Argument::dropped(
            "revoke_rules_on_delete",
            "CloudFormation deletes a security group without revoking rules that other groups hold on \
             it; remove those references first, or keep them in the same stack",
        ),
        TAGS,
        TIMEOUTS,
        REGION,
    ],
    attributes: &[
        // Ref gives the name for a group outside a VPC; the attribute is always the ID.
        Attribute::get_att("id", "GroupId"),
        Attribute::sub(
            "arn",
            "arn:${AWS::Partition}:ec2:${AWS::Region}:${AWS::AccountId}:security-group/${Self.GroupId}",
        ),
        Attribute::get_att("name", "GroupName"),
        Attribute::get_att("vpc_id", "VpcId"),
        OWNER_ID,
    ],
    companions: &[],
};

/// Attributes of a rule resource (`AWS::EC2::SecurityGroupIngress` or `…Egress`); its `Id` is the
/// `sgr-` rule ID.
const RULE_ATTRIBUTES: &[Attribute] =
    &[Attribute::get_att("id", "Id"), Attribute::get_att("security_group_rule_id", "Id")];

// `aws_security_group_rule` is one Terraform type for both directions, selected by `type`. Its
// lists of CIDRs and prefix lists explode at the top level: one rule resource per element.

/// `type`, which chose the row (and so the CloudFormation type) and is written nowhere else.
const RULE_TYPE: Argument = Argument::new(
    "type",
    Shape::Value(Transform::None),
    Target::Implied("the direction is the CloudFormation type: SecurityGroupIngress or SecurityGroupEgress"),
);

const SECURITY_GROUP_RULE_INGRESS: ResourceMapping = ResourceMapping {
    terraform: "aws_security_group_rule",
    cloudformation: "AWS::EC2::SecurityGroupIngress",
    when: Some(("type", "ingress")),
    placement: Placement::Standalone,
    arguments: &[
        RULE_TYPE,
        Argument::property("security_group_id", "GroupId"),
        Argument::property("protocol", "IpProtocol"),
        Argument::property("from_port", "FromPort"),
        Argument::property("to_port", "ToPort"),
        Argument::property("description", "Description"),
        explode("cidr_blocks", "CidrIp"),
        explode("ipv6_cidr_blocks", "CidrIpv6"),
        explode("prefix_list_ids", "SourcePrefixListId"),
        explode("source_security_group_id", "SourceSecurityGroupId"),
        // `self = true`: the rule's own group is its source.
        Argument::new(
            "self",
            Shape::Value(Transform::ArgumentIfTrue("security_group_id")),
            Target::Explode("SourceSecurityGroupId"),
        ),
        TIMEOUTS,
        REGION,
    ],
    attributes: RULE_ATTRIBUTES,
    companions: &[],
};

const SECURITY_GROUP_RULE_EGRESS: ResourceMapping = ResourceMapping {
    terraform: "aws_security_group_rule",
    cloudformation: "AWS::EC2::SecurityGroupEgress",
    when: Some(("type", "egress")),
    placement: Placement::Standalone,
    arguments: &[
        RULE_TYPE,
        Argument::property("security_group_id", "GroupId"),
        Argument::property("protocol", "IpProtocol"),
        Argument::property("from_port", "FromPort"),
        Argument::property("to_port", "ToPort"),
        Argument::property("description", "Description"),
        explode("cidr_blocks", "CidrIp"),
        explode("ipv6_cidr_blocks", "CidrIpv6"),
        explode("prefix_list_ids", "DestinationPrefixListId"),
        // Terraform says "source" for both directions; for egress it is the destination.
        explode("source_security_group_id", "DestinationSecurityGroupId"),
        Argument::new(
            "self",
            Shape::Value(Transform::ArgumentIfTrue("security_group_id")),
            Target::Explode("DestinationSecurityGroupId"),
        ),
        TIMEOUTS,
        REGION,
    ],
    attributes: RULE_ATTRIBUTES,
    companions: &[],
};

/// Attributes of the one-rule-per-resource types (`aws_vpc_security_group_*_rule`).
const VPC_RULE_ATTRIBUTES: &[Attribute] = &[
    Attribute::get_att("id", "Id"),
    Attribute::get_att("security_group_rule_id", "Id"),
    Attribute::sub("arn", "arn:${AWS::Partition}:ec2:${AWS::Region}:${AWS::AccountId}:security-group-rule/${Self.Id}"),
];

/// CloudFormation's rule resources cannot be tagged.
const RULE_TAGS: &str = "AWS::EC2::SecurityGroupIngress and AWS::EC2::SecurityGroupEgress cannot be \
     tagged; tag the rule afterwards with aws ec2 create-tags on its sgr- ID";

const VPC_SECURITY_GROUP_INGRESS_RULE: ResourceMapping = ResourceMapping {
    terraform: "aws_vpc_security_group_ingress_rule",
    cloudformation: "AWS::EC2::SecurityGroupIngress",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("security_group_id", "GroupId"),
        Argument::property("ip_protocol", "IpProtocol"),
        Argument::property("from_port", "FromPort"),
        Argument::property("to_port", "ToPort"),
        Argument::property("description", "Description"),
        Argument::property("cidr_ipv4", "CidrIp"),
        Argument::property("cidr_ipv6", "CidrIpv6"),
        Argument::property("prefix_list_id", "SourcePrefixListId"),
        Argument::property("referenced_security_group_id", "SourceSecurityGroupId"),
        Argument::dropped("tags", RULE_TAGS),
        REGION,
    ],
    attributes: VPC_RULE_ATTRIBUTES,
    companions: &[],
};

const VPC_SECURITY_GROUP_EGRESS_RULE: ResourceMapping = ResourceMapping {
    terraform: "aws_vpc_security_group_egress_rule",
    cloudformation: "AWS::EC2::SecurityGroupEgress",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("security_group_id", "GroupId"),
        Argument::property("ip_protocol", "IpProtocol"),
        Argument::property("from_port", "FromPort"),
        Argument::property("to_port", "ToPort"),
        Argument::property("description", "Description"),
        Argument::property("cidr_ipv4", "CidrIp"),
        Argument::property("cidr_ipv6", "CidrIpv6"),
        Argument::property("prefix_list_id", "DestinationPrefixListId"),
        Argument::property("referenced_security_group_id", "DestinationSecurityGroupId"),
        Argument::dropped("tags", RULE_TAGS),
        REGION,
    ],
    attributes: VPC_RULE_ATTRIBUTES,
    companions: &[],
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::aws::rows::tests::{blocks, check_table, source, value};
    use crate::{companion_resources, lower_arguments, mapping_for};
    use iac2cfn_diagnostics::Severity;
    use iac2cfn_ir::Expr;

    fn strings(items: &[&str]) -> Expr {
        Expr::List(items.iter().map(|item| Expr::string(*item)).collect())
    }

    #[test]
    fn table_is_well_formed() {
        check_table(MAPPINGS);
    }

    #[test]
    fn both_rule_directions_list_the_same_arguments() {
        let names = |row: &ResourceMapping| row.arguments.iter().map(|argument| argument.name).collect::<Vec<_>>();
        assert_eq!(names(&SECURITY_GROUP_RULE_INGRESS), names(&SECURITY_GROUP_RULE_EGRESS));
        assert_eq!(names(&VPC_SECURITY_GROUP_INGRESS_RULE), names(&VPC_SECURITY_GROUP_EGRESS_RULE));
        let inline = |arguments: &[Argument]| arguments.iter().map(|argument| argument.name).collect::<Vec<_>>();
        assert_eq!(inline(INLINE_INGRESS), inline(INLINE_EGRESS));
    }

    #[test]
    fn the_gateway_attachment_waits_and_consumes_vpc_id() {
        let [attachment] = INTERNET_GATEWAY.companions else { panic!("one companion") };
        assert!(attachment.dependents_wait);
        let vpc_id = INTERNET_GATEWAY.arguments.iter().find(|argument| argument.name == "vpc_id");
        assert!(matches!(vpc_id.map(|argument| argument.target), Some(Target::Companion)));
    }

    #[test]
    fn inline_rules_become_one_rule_per_cidr_and_group() {
        let rule = source(vec![
            ("protocol", value(Expr::string("tcp"))),
            ("from_port", value(Expr::int(443))),
            ("to_port", value(Expr::int(443))),
            ("cidr_blocks", value(strings(&["10.0.0.0/8", "192.168.0.0/16"]))),
            ("security_groups", value(strings(&["sg-1"]))),
        ]);
        let body = source(vec![("description", value(Expr::string("web"))), ("ingress", blocks(vec![rule]))]);
        let lowered = lower_arguments(&SECURITY_GROUP, &body);
        assert!(lowered.diagnostics.is_empty(), "{:?}", lowered.diagnostics);
        let rule = |source: (&str, &str)| {
            Expr::map([
                ("IpProtocol", Expr::string("tcp")),
                ("FromPort", Expr::int(443)),
                ("ToPort", Expr::int(443)),
                (source.0, Expr::string(source.1)),
            ])
        };
        let expected = Expr::List(vec![
            rule(("CidrIp", "10.0.0.0/8")),
            rule(("CidrIp", "192.168.0.0/16")),
            rule(("SourceSecurityGroupId", "sg-1")),
        ]);
        assert_eq!(lowered.properties.get("SecurityGroupIngress"), Some(&expected));
    }

    #[test]
    fn a_rule_resource_is_selected_by_type_and_split_per_source() {
        let body = source(vec![
            ("type", value(Expr::string("egress"))),
            ("security_group_id", value(Expr::get_att("Web", "GroupId"))),
            ("protocol", value(Expr::string("-1"))),
            ("from_port", value(Expr::int(0))),
            ("to_port", value(Expr::int(0))),
            ("cidr_blocks", value(strings(&["0.0.0.0/0"]))),
            ("self", value(Expr::Bool(true))),
        ]);
        let row = mapping_for("aws_security_group_rule", &body).expect("a row for egress");
        assert_eq!(row.cloudformation, "AWS::EC2::SecurityGroupEgress");
        let lowered = lower_arguments(row, &body);
        assert!(lowered.diagnostics.is_empty(), "{:?}", lowered.diagnostics);
        let destinations: Vec<_> = lowered
            .exploded
            .iter()
            .map(|copy| (copy.get("CidrIp").cloned(), copy.get("DestinationSecurityGroupId").cloned()))
            .collect();
        assert_eq!(
            destinations,
            [(Some(Expr::string("0.0.0.0/0")), None), (None, Some(Expr::get_att("Web", "GroupId")))]
        );
    }

    #[test]
    fn the_internet_gateway_attaches_through_its_companion() {
        let body = source(vec![("vpc_id", value(Expr::reference("Main")))]);
        let lowered = lower_arguments(&INTERNET_GATEWAY, &body);
        assert!(lowered.properties.is_empty() && lowered.diagnostics.is_empty());
        let companions = companion_resources(&INTERNET_GATEWAY, "Gateway", &body);
        let [(suffix, attachment)] = companions.as_slice() else { panic!("one companion") };
        assert_eq!(
            (suffix.as_str(), attachment.resource_type.as_str()),
            ("Attachment", "AWS::EC2::VPCGatewayAttachment")
        );
        assert_eq!(attachment.properties.get("VpcId"), Some(&Expr::reference("Main")));
        assert_eq!(attachment.properties.get("InternetGatewayId"), Some(&Expr::reference("Gateway")));
    }

    #[test]
    fn user_data_is_encoded_and_the_root_volume_is_reported() {
        let body = source(vec![
            ("user_data", value(Expr::string("#!/bin/sh"))),
            ("root_block_device", blocks(vec![source(vec![("volume_size", value(Expr::int(50)))])])),
        ]);
        let lowered = lower_arguments(&INSTANCE, &body);
        assert_eq!(lowered.properties.get("UserData"), Some(&Expr::Base64(Box::new(Expr::string("#!/bin/sh")))));
        let [warning] = lowered.diagnostics.as_slice() else { panic!("{:?}", lowered.diagnostics) };
        assert_eq!(warning.severity, Severity::Warning);
    }
}

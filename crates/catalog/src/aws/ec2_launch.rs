//! EC2 launch templates.
//!
//! `Ref` of an `AWS::EC2::LaunchTemplate` returns its ID (`lt-...`), Terraform's `id`; the instance
//! settings are CloudFormation's `LaunchTemplateData`. Terraform's `tags` tag the template itself:
//! `TagSpecifications: [{ResourceType: launch-template, Tags}]`, while `tag_specifications` are
//! the tags the template gives what it launches (`LaunchTemplateData.TagSpecifications`).

use super::autoscaling::INSTANCE_REQUIREMENTS;
use super::shared::{NAME_PREFIX, REGION, TAGS_ALL};
use crate::model::{Argument, Attribute, Placement, ResourceMapping, Shape, Target, Transform};

/// The table of launch template types.
pub const MAPPINGS: &[ResourceMapping] = &[LAUNCH_TEMPLATE];

const EBS: &[Argument] = &[
    // Terraform spells these bools as strings ("true"); CloudFormation reads both.
    Argument::property("delete_on_termination", "DeleteOnTermination"),
    Argument::property("encrypted", "Encrypted"),
    Argument::property("iops", "Iops"),
    Argument::property("kms_key_id", "KmsKeyId"),
    Argument::property("snapshot_id", "SnapshotId"),
    Argument::property("throughput", "Throughput"),
    Argument::property("volume_initialization_rate", "VolumeInitializationRate"),
    Argument::property("volume_size", "VolumeSize"),
    Argument::property("volume_type", "VolumeType"),
];

const NETWORK_INTERFACE: &[Argument] = &[
    Argument::property("associate_carrier_ip_address", "AssociateCarrierIpAddress"),
    Argument::property("associate_public_ip_address", "AssociatePublicIpAddress"),
    Argument::property("delete_on_termination", "DeleteOnTermination"),
    Argument::property("description", "Description"),
    Argument::property("device_index", "DeviceIndex"),
    Argument::property("ena_queue_count", "EnaQueueCount"),
    Argument::property("interface_type", "InterfaceType"),
    Argument::property("ipv4_address_count", "SecondaryPrivateIpAddressCount"),
    Argument::transformed("ipv4_addresses", Transform::Wrap("PrivateIpAddress"), "PrivateIpAddresses"),
    Argument::property("ipv4_prefix_count", "Ipv4PrefixCount"),
    Argument::transformed("ipv4_prefixes", Transform::Wrap("Ipv4Prefix"), "Ipv4Prefixes"),
    Argument::property("ipv6_address_count", "Ipv6AddressCount"),
    Argument::transformed("ipv6_addresses", Transform::Wrap("Ipv6Address"), "Ipv6Addresses"),
    Argument::property("ipv6_prefix_count", "Ipv6PrefixCount"),
    Argument::transformed("ipv6_prefixes", Transform::Wrap("Ipv6Prefix"), "Ipv6Prefixes"),
    Argument::property("network_card_index", "NetworkCardIndex"),
    Argument::property("network_interface_id", "NetworkInterfaceId"),
    Argument::property("primary_ipv6", "PrimaryIpv6"),
    Argument::property("private_ip_address", "PrivateIpAddress"),
    Argument::property("security_groups", "Groups"),
    Argument::property("subnet_id", "SubnetId"),
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
    Argument::block(
        "ena_srd_specification",
        "EnaSrdSpecification",
        false,
        &[
            Argument::property("ena_srd_enabled", "EnaSrdEnabled"),
            Argument::block(
                "ena_srd_udp_specification",
                "EnaSrdUdpSpecification",
                false,
                &[Argument::property("ena_srd_udp_enabled", "EnaSrdUdpEnabled")],
            ),
        ],
    ),
];

const LAUNCH_TEMPLATE: ResourceMapping = ResourceMapping {
    terraform: "aws_launch_template",
    cloudformation: "AWS::EC2::LaunchTemplate",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "LaunchTemplateName"),
        NAME_PREFIX,
        Argument::property("description", "VersionDescription"),
        Argument::new(
            "tags",
            Shape::TagList,
            Target::Keyed {
                list: "TagSpecifications",
                key: "ResourceType",
                key_value: "launch-template",
                property: "Tags",
            },
        ),
        TAGS_ALL,
        Argument::dropped(
            "default_version",
            "CloudFormation makes each new version of the template its default; the number is DefaultVersionNumber",
        ),
        Argument::dropped(
            "update_default_version",
            "CloudFormation always makes the version an update creates the template's default",
        ),
        Argument::property("disable_api_stop", "LaunchTemplateData.DisableApiStop"),
        Argument::property("disable_api_termination", "LaunchTemplateData.DisableApiTermination"),
        Argument::property("ebs_optimized", "LaunchTemplateData.EbsOptimized"),
        Argument::property("image_id", "LaunchTemplateData.ImageId"),
        Argument::property(
            "instance_initiated_shutdown_behavior",
            "LaunchTemplateData.InstanceInitiatedShutdownBehavior",
        ),
        Argument::property("instance_type", "LaunchTemplateData.InstanceType"),
        Argument::property("kernel_id", "LaunchTemplateData.KernelId"),
        Argument::property("key_name", "LaunchTemplateData.KeyName"),
        Argument::property("ram_disk_id", "LaunchTemplateData.RamDiskId"),
        Argument::property("security_group_names", "LaunchTemplateData.SecurityGroups"),
        Argument::property("vpc_security_group_ids", "LaunchTemplateData.SecurityGroupIds"),
        // Terraform takes the user data base64-encoded already, as CloudFormation does.
        Argument::property("user_data", "LaunchTemplateData.UserData"),
        Argument::block(
            "block_device_mappings",
            "LaunchTemplateData.BlockDeviceMappings",
            true,
            &[
                Argument::property("device_name", "DeviceName"),
                Argument::property("no_device", "NoDevice"),
                Argument::property("virtual_name", "VirtualName"),
                Argument::block("ebs", "Ebs", false, EBS),
            ],
        ),
        Argument::block(
            "capacity_reservation_specification",
            "LaunchTemplateData.CapacityReservationSpecification",
            false,
            &[
                Argument::property("capacity_reservation_preference", "CapacityReservationPreference"),
                Argument::block(
                    "capacity_reservation_target",
                    "CapacityReservationTarget",
                    false,
                    &[
                        Argument::property("capacity_reservation_id", "CapacityReservationId"),
                        Argument::property(
                            "capacity_reservation_resource_group_arn",
                            "CapacityReservationResourceGroupArn",
                        ),
                    ],
                ),
            ],
        ),
        Argument::block(
            "cpu_options",
            "LaunchTemplateData.CpuOptions",
            false,
            &[
                Argument::property("amd_sev_snp", "AmdSevSnp"),
                Argument::property("core_count", "CoreCount"),
                Argument::property("nested_virtualization", "NestedVirtualization"),
                Argument::property("threads_per_core", "ThreadsPerCore"),
            ],
        ),
        Argument::block(
            "credit_specification",
            "LaunchTemplateData.CreditSpecification",
            false,
            &[Argument::property("cpu_credits", "CpuCredits")],
        ),
        Argument::dropped(
            "elastic_gpu_specifications",
            "Amazon Elastic Graphics is retired and CloudFormation's launch template data no longer takes it",
        ),
        Argument::dropped(
            "elastic_inference_accelerator",
            "Amazon Elastic Inference is retired and CloudFormation's launch template data no longer takes it",
        ),
        Argument::block(
            "enclave_options",
            "LaunchTemplateData.EnclaveOptions",
            false,
            &[Argument::property("enabled", "Enabled")],
        ),
        Argument::block(
            "hibernation_options",
            "LaunchTemplateData.HibernationOptions",
            false,
            &[Argument::property("configured", "Configured")],
        ),
        Argument::block(
            "iam_instance_profile",
            "LaunchTemplateData.IamInstanceProfile",
            false,
            &[Argument::property("arn", "Arn"), Argument::property("name", "Name")],
        ),
        Argument::block(
            "instance_market_options",
            "LaunchTemplateData.InstanceMarketOptions",
            false,
            &[
                Argument::property("market_type", "MarketType"),
                Argument::block(
                    "spot_options",
                    "SpotOptions",
                    false,
                    &[
                        Argument::property("block_duration_minutes", "BlockDurationMinutes"),
                        Argument::property("instance_interruption_behavior", "InstanceInterruptionBehavior"),
                        Argument::property("max_price", "MaxPrice"),
                        Argument::property("spot_instance_type", "SpotInstanceType"),
                        Argument::property("valid_until", "ValidUntil"),
                    ],
                ),
            ],
        ),
        Argument::block(
            "instance_requirements",
            "LaunchTemplateData.InstanceRequirements",
            false,
            INSTANCE_REQUIREMENTS,
        ),
        Argument::block(
            "license_specification",
            "LaunchTemplateData.LicenseSpecifications",
            true,
            &[Argument::property("license_configuration_arn", "LicenseConfigurationArn")],
        ),
        Argument::block(
            "maintenance_options",
            "LaunchTemplateData.MaintenanceOptions",
            false,
            &[Argument::property("auto_recovery", "AutoRecovery")],
        ),
        Argument::block(
            "metadata_options",
            "LaunchTemplateData.MetadataOptions",
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
            "monitoring",
            "LaunchTemplateData.Monitoring",
            false,
            &[Argument::property("enabled", "Enabled")],
        ),
        Argument::block("network_interfaces", "LaunchTemplateData.NetworkInterfaces", true, NETWORK_INTERFACE),
        Argument::block(
            "network_performance_options",
            "LaunchTemplateData.NetworkPerformanceOptions",
            false,
            &[Argument::property("bandwidth_weighting", "BandwidthWeighting")],
        ),
        Argument::dropped(
            "secondary_interfaces",
            "CloudFormation's launch template data has no secondary interfaces (provider 6.x); attach them after launch",
        ),
        Argument::block(
            "placement",
            "LaunchTemplateData.Placement",
            false,
            &[
                Argument::property("affinity", "Affinity"),
                Argument::property("availability_zone", "AvailabilityZone"),
                Argument::property("group_id", "GroupId"),
                Argument::property("group_name", "GroupName"),
                Argument::property("host_id", "HostId"),
                Argument::property("host_resource_group_arn", "HostResourceGroupArn"),
                Argument::property("partition_number", "PartitionNumber"),
                Argument::property("spread_domain", "SpreadDomain"),
                Argument::property("tenancy", "Tenancy"),
            ],
        ),
        Argument::block(
            "private_dns_name_options",
            "LaunchTemplateData.PrivateDnsNameOptions",
            false,
            &[
                Argument::property("enable_resource_name_dns_a_record", "EnableResourceNameDnsARecord"),
                Argument::property("enable_resource_name_dns_aaaa_record", "EnableResourceNameDnsAAAARecord"),
                Argument::property("hostname_type", "HostnameType"),
            ],
        ),
        Argument::block(
            "tag_specifications",
            "LaunchTemplateData.TagSpecifications",
            true,
            &[Argument::property("resource_type", "ResourceType"), Argument::tag_list("tags", "Tags")],
        ),
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::sub("arn", "arn:${AWS::Partition}:ec2:${AWS::Region}:${AWS::AccountId}:launch-template/${Self}"),
        Attribute::get_att("latest_version", "LatestVersionNumber"),
        Attribute::get_att("default_version", "DefaultVersionNumber"),
        Attribute::argument("name", "name"),
    ],
    companions: &[],
};

#[cfg(test)]
mod tests {
    use super::MAPPINGS;
    use crate::aws::rows::tests::check_table;

    #[test]
    fn table_is_well_formed() {
        check_table(MAPPINGS);
    }

    #[test]
    fn instance_settings_go_to_the_template_data() {
        for argument in MAPPINGS[0].arguments {
            if let crate::model::Target::Property(path) = argument.target {
                let top = ["name", "description"].contains(&argument.name);
                assert_eq!(!top, path.starts_with("LaunchTemplateData."), "{}", argument.name);
            }
        }
    }
}

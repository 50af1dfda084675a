//! EFS: file systems, their mount targets and access points.
//!
//! EFS's CloudFormation types name their tag lists `FileSystemTags` and `AccessPointTags`, and take
//! POSIX user and group IDs as strings where Terraform takes numbers.

use super::rows::TIMEOUTS;
use super::shared::REGION;
use crate::model::{Argument, Attribute, Placement, ResourceMapping, Transform};

/// The EFS table.
pub const MAPPINGS: &[ResourceMapping] = &[FILE_SYSTEM, MOUNT_TARGET, ACCESS_POINT];

const FILE_SYSTEM: ResourceMapping = ResourceMapping {
    terraform: "aws_efs_file_system",
    cloudformation: "AWS::EFS::FileSystem",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("encrypted", "Encrypted"),
        Argument::property("kms_key_id", "KmsKeyId"),
        Argument::property("performance_mode", "PerformanceMode"),
        Argument::property("throughput_mode", "ThroughputMode"),
        Argument::property("provisioned_throughput_in_mibps", "ProvisionedThroughputInMibps"),
        Argument::property("availability_zone_name", "AvailabilityZoneName"),
        // One transition per block in both: Terraform's blocks are CloudFormation's list entries.
        Argument::block(
            "lifecycle_policy",
            "LifecyclePolicies",
            true,
            &[
                Argument::property("transition_to_ia", "TransitionToIA"),
                Argument::property("transition_to_archive", "TransitionToArchive"),
                Argument::property("transition_to_primary_storage_class", "TransitionToPrimaryStorageClass"),
            ],
        ),
        Argument::block(
            "protection",
            "FileSystemProtection",
            false,
            &[Argument::property("replication_overwrite", "ReplicationOverwriteProtection")],
        ),
        Argument::dropped(
            "creation_token",
            "AWS::EFS::FileSystem makes its own idempotency token; CloudFormation keeps creation \
             idempotent without one",
        ),
        Argument::tag_list("tags", "FileSystemTags"),
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::get_att("arn", "Arn"),
        Attribute::sub("dns_name", "${Self}.efs.${AWS::Region}.${AWS::URLSuffix}"),
        Attribute::sub("owner_id", "${AWS::AccountId}"),
    ],
    companions: &[],
};

const MOUNT_TARGET: ResourceMapping = ResourceMapping {
    terraform: "aws_efs_mount_target",
    cloudformation: "AWS::EFS::MountTarget",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("file_system_id", "FileSystemId"),
        Argument::property("subnet_id", "SubnetId"),
        // Required by CloudFormation; Terraform falls back to the VPC's default security group.
        Argument::property("security_groups", "SecurityGroups"),
        Argument::property("ip_address", "IpAddress"),
        // Arguments of the provider's 6.x releases.
        Argument::property("ip_address_type", "IpAddressType"),
        Argument::property("ipv6_address", "Ipv6Address"),
        TIMEOUTS,
        REGION,
    ],
    attributes: &[Attribute::reference("id"), Attribute::get_att("ip_address", "IpAddress")],
    companions: &[],
};

const ACCESS_POINT: ResourceMapping = ResourceMapping {
    terraform: "aws_efs_access_point",
    cloudformation: "AWS::EFS::AccessPoint",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("file_system_id", "FileSystemId"),
        Argument::block(
            "posix_user",
            "PosixUser",
            false,
            &[
                Argument::transformed("uid", Transform::ToString, "Uid"),
                Argument::transformed("gid", Transform::ToString, "Gid"),
                // Element by element: a list of numbers becomes a list of strings.
                Argument::transformed("secondary_gids", Transform::ToString, "SecondaryGids"),
            ],
        ),
        Argument::block(
            "root_directory",
            "RootDirectory",
            false,
            &[
                Argument::property("path", "Path"),
                Argument::block(
                    "creation_info",
                    "CreationInfo",
                    false,
                    &[
                        Argument::transformed("owner_uid", Transform::ToString, "OwnerUid"),
                        Argument::transformed("owner_gid", Transform::ToString, "OwnerGid"),
                        Argument::property("permissions", "Permissions"),
                    ],
                ),
            ],
        ),
        Argument::tag_list("tags", "AccessPointTags"),
        REGION,
    ],
    attributes: &[Attribute::reference("id"), Attribute::get_att("arn", "Arn")],
    companions: &[],
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::aws::rows::tests::check_table;

    #[test]
    fn table_is_well_formed() {
        check_table(MAPPINGS);
    }
}

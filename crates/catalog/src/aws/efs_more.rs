//! EFS sub-resources that CloudFormation models as properties of `AWS::EFS::FileSystem`: the backup
//! policy, the file system policy and the replication configuration, each merged into the file system
//! its `file_system_id` (or `source_file_system_id`) names. Their `id` is the file system's ID, which
//! is the file system's `Ref`.

use super::rows::TIMEOUTS;
use super::shared::REGION;
use crate::model::{Argument, Attribute, Placement, ResourceMapping};

/// The table of merged EFS sub-resources.
pub const MAPPINGS: &[ResourceMapping] = &[BACKUP_POLICY, FILE_SYSTEM_POLICY, REPLICATION_CONFIGURATION];

const BACKUP_POLICY: ResourceMapping = ResourceMapping {
    terraform: "aws_efs_backup_policy",
    cloudformation: "AWS::EFS::FileSystem",
    when: None,
    placement: Placement::MergeInto { parent: "aws_efs_file_system", link: "file_system_id" },
    arguments: &[
        Argument::link("file_system_id"),
        Argument::block("backup_policy", "BackupPolicy", false, &[Argument::property("status", "Status")]),
        REGION,
    ],
    attributes: &[Attribute::reference("id"), Attribute::reference("file_system_id")],
    companions: &[],
};

const FILE_SYSTEM_POLICY: ResourceMapping = ResourceMapping {
    terraform: "aws_efs_file_system_policy",
    cloudformation: "AWS::EFS::FileSystem",
    when: None,
    placement: Placement::MergeInto { parent: "aws_efs_file_system", link: "file_system_id" },
    arguments: &[
        Argument::link("file_system_id"),
        Argument::json("policy", "FileSystemPolicy"),
        Argument::property("bypass_policy_lockout_safety_check", "BypassPolicyLockoutSafetyCheck"),
        REGION,
    ],
    attributes: &[Attribute::reference("id"), Attribute::reference("file_system_id")],
    companions: &[],
};

/// The destination file system is created by EFS (or named by `file_system_id`); CloudFormation's
/// `Destinations` list holds the one destination Terraform allows.
const REPLICATION_CONFIGURATION: ResourceMapping = ResourceMapping {
    terraform: "aws_efs_replication_configuration",
    cloudformation: "AWS::EFS::FileSystem",
    when: None,
    placement: Placement::MergeInto { parent: "aws_efs_file_system", link: "source_file_system_id" },
    arguments: &[
        Argument::link("source_file_system_id"),
        Argument::block(
            "destination",
            "ReplicationConfiguration.Destinations",
            true,
            &[
                Argument::property("availability_zone_name", "AvailabilityZoneName"),
                Argument::property("file_system_id", "FileSystemId"),
                Argument::property("kms_key_id", "KmsKeyId"),
                Argument::property("region", "Region"),
            ],
        ),
        TIMEOUTS,
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::reference("source_file_system_id"),
        Attribute::get_att("source_file_system_arn", "Arn"),
        Attribute::get_att("original_source_file_system_arn", "Arn"),
        Attribute::sub("source_file_system_region", "${AWS::Region}"),
    ],
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

    #[test]
    fn every_row_merges_into_the_file_system_of_the_efs_table() {
        let file_system = crate::aws::efs::MAPPINGS.iter().find(|row| row.terraform == "aws_efs_file_system");
        for row in MAPPINGS {
            let Placement::MergeInto { parent, .. } = row.placement else { panic!("{} merges", row.terraform) };
            assert_eq!(parent, "aws_efs_file_system");
            assert_eq!(Some(row.cloudformation), file_system.map(|parent| parent.cloudformation));
        }
    }
}

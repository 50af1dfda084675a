//! FSx: Lustre file systems, `AWS::FSx::FileSystem` with `FileSystemType: LUSTRE` and the
//! Lustre-specific arguments under `LustreConfiguration`.

use super::rows::{TAGS, TIMEOUTS};
use super::shared::{REGION, TAGS_ALL};
use crate::model::{Argument, Attribute, Placement, ResourceMapping, Shape, Target, Transform};

/// The FSx table.
pub const MAPPINGS: &[ResourceMapping] = &[LUSTRE_FILE_SYSTEM];

/// `Ref` is the file system's ID, as Terraform's `id` is.
const LUSTRE_FILE_SYSTEM: ResourceMapping = ResourceMapping {
    terraform: "aws_fsx_lustre_file_system",
    cloudformation: "AWS::FSx::FileSystem",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::new("file_system_type", Shape::Value(Transform::Constant("LUSTRE")), Target::Fixed("FileSystemType")),
        Argument::property("file_system_type_version", "FileSystemTypeVersion"),
        Argument::property("storage_capacity", "StorageCapacity"),
        Argument::property("storage_type", "StorageType"),
        Argument::property("subnet_ids", "SubnetIds"),
        Argument::property("security_group_ids", "SecurityGroupIds"),
        Argument::property("kms_key_id", "KmsKeyId"),
        Argument::property("backup_id", "BackupId"),
        Argument::property("deployment_type", "LustreConfiguration.DeploymentType"),
        Argument::property("per_unit_storage_throughput", "LustreConfiguration.PerUnitStorageThroughput"),
        Argument::property("throughput_capacity", "LustreConfiguration.ThroughputCapacity"),
        Argument::property("import_path", "LustreConfiguration.ImportPath"),
        Argument::property("export_path", "LustreConfiguration.ExportPath"),
        Argument::property("imported_file_chunk_size", "LustreConfiguration.ImportedFileChunkSize"),
        Argument::property("auto_import_policy", "LustreConfiguration.AutoImportPolicy"),
        Argument::property("automatic_backup_retention_days", "LustreConfiguration.AutomaticBackupRetentionDays"),
        Argument::property("daily_automatic_backup_start_time", "LustreConfiguration.DailyAutomaticBackupStartTime"),
        Argument::property("copy_tags_to_backups", "LustreConfiguration.CopyTagsToBackups"),
        Argument::property("data_compression_type", "LustreConfiguration.DataCompressionType"),
        Argument::property("drive_cache_type", "LustreConfiguration.DriveCacheType"),
        Argument::property("efa_enabled", "LustreConfiguration.EfaEnabled"),
        Argument::property("weekly_maintenance_start_time", "LustreConfiguration.WeeklyMaintenanceStartTime"),
        Argument::block(
            "data_read_cache_configuration",
            "LustreConfiguration.DataReadCacheConfiguration",
            false,
            &[Argument::property("size", "SizeGiB"), Argument::property("sizing_mode", "SizingMode")],
        ),
        Argument::block(
            "log_configuration",
            "LustreConfiguration.LogConfiguration",
            false,
            &[Argument::property("destination", "Destination"), Argument::property("level", "Level")],
        ),
        Argument::block(
            "metadata_configuration",
            "LustreConfiguration.MetadataConfiguration",
            false,
            &[Argument::property("iops", "Iops"), Argument::property("mode", "Mode")],
        ),
        Argument::dropped(
            "root_squash_configuration",
            "AWS::FSx::FileSystem's LustreConfiguration has no root squash setting; set it with \
             `aws fsx update-file-system` after deployment",
        ),
        Argument::dropped(
            "skip_final_backup",
            "CloudFormation takes no final backup of a deleted Lustre file system; back it up first or \
             set DeletionPolicy: Retain",
        ),
        Argument::dropped(
            "final_backup_tags",
            "CloudFormation takes no final backup of a deleted Lustre file system, so there is nothing to tag",
        ),
        TAGS,
        TAGS_ALL,
        TIMEOUTS,
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::get_att("arn", "ResourceARN"),
        Attribute::get_att("dns_name", "DNSName"),
        Attribute::get_att("mount_name", "LustreMountName"),
        Attribute::sub("owner_id", "${AWS::AccountId}"),
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
}

//! RDS: DB instances and DB subnet groups.
//!
//! Since version 5 of the provider, a DB instance's Terraform `id` is its resource ID (`db-…`,
//! CloudFormation's `DbiResourceId`) and `identifier` its name (CloudFormation's `Ref`).
//! CloudFormation types `AllocatedStorage` and `Port` as strings, Terraform as numbers. What happens
//! to the data on deletion is CloudFormation's `DeletionPolicy`, not a property: the snapshot
//! arguments are dropped with that advice.

use super::rows::{TAGS, TIMEOUTS};
use super::shared::{NAME_PREFIX, NAME_PREFIX_REASON, REGION};
use crate::model::{Argument, Attribute, Placement, ResourceMapping, Transform};

/// The RDS table.
pub const MAPPINGS: &[ResourceMapping] = &[DB_INSTANCE, DB_SUBNET_GROUP];

const DB_INSTANCE: ResourceMapping = ResourceMapping {
    terraform: "aws_db_instance",
    cloudformation: "AWS::RDS::DBInstance",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("identifier", "DBInstanceIdentifier"),
        Argument::dropped("identifier_prefix", NAME_PREFIX_REASON),
        Argument::property("engine", "Engine"),
        Argument::property("engine_version", "EngineVersion"),
        Argument::property("engine_lifecycle_support", "EngineLifecycleSupport"),
        Argument::property("instance_class", "DBInstanceClass"),
        Argument::property("db_name", "DBName"),
        Argument::property("license_model", "LicenseModel"),
        Argument::property("character_set_name", "CharacterSetName"),
        Argument::property("nchar_character_set_name", "NcharCharacterSetName"),
        Argument::property("timezone", "Timezone"),
        // Credentials. The password is sensitive: the frontend decides how it reaches the template.
        Argument::property("username", "MasterUsername"),
        Argument::property("password", "MasterUserPassword"),
        Argument::property("password_wo", "MasterUserPassword"),
        Argument::dropped(
            "password_wo_version",
            "Terraform uses it to resend a write-only password; CloudFormation updates the password \
             whenever MasterUserPassword changes",
        ),
        Argument::property("manage_master_user_password", "ManageMasterUserPassword"),
        Argument::property("master_user_secret_kms_key_id", "MasterUserSecret.KmsKeyId"),
        Argument::property("iam_database_authentication_enabled", "EnableIAMDatabaseAuthentication"),
        // Storage. CloudFormation wants the size as a string.
        Argument::transformed("allocated_storage", Transform::ToString, "AllocatedStorage"),
        Argument::property("max_allocated_storage", "MaxAllocatedStorage"),
        Argument::property("storage_type", "StorageType"),
        Argument::property("iops", "Iops"),
        Argument::property("storage_throughput", "StorageThroughput"),
        Argument::property("storage_encrypted", "StorageEncrypted"),
        Argument::property("kms_key_id", "KmsKeyId"),
        Argument::property("dedicated_log_volume", "DedicatedLogVolume"),
        // Network.
        Argument::property("db_subnet_group_name", "DBSubnetGroupName"),
        Argument::property("vpc_security_group_ids", "VPCSecurityGroups"),
        Argument::property("availability_zone", "AvailabilityZone"),
        Argument::property("multi_az", "MultiAZ"),
        Argument::property("publicly_accessible", "PubliclyAccessible"),
        Argument::property("network_type", "NetworkType"),
        Argument::transformed("port", Transform::ToString, "Port"),
        Argument::property("ca_cert_identifier", "CACertificateIdentifier"),
        // Configuration and maintenance.
        Argument::property("parameter_group_name", "DBParameterGroupName"),
        Argument::property("option_group_name", "OptionGroupName"),
        Argument::property("maintenance_window", "PreferredMaintenanceWindow"),
        Argument::property("auto_minor_version_upgrade", "AutoMinorVersionUpgrade"),
        Argument::property("allow_major_version_upgrade", "AllowMajorVersionUpgrade"),
        Argument::property("apply_immediately", "ApplyImmediately"),
        Argument::property("deletion_protection", "DeletionProtection"),
        Argument::property("copy_tags_to_snapshot", "CopyTagsToSnapshot"),
        // Backups.
        Argument::property("backup_retention_period", "BackupRetentionPeriod"),
        Argument::property("backup_window", "PreferredBackupWindow"),
        Argument::property("backup_target", "BackupTarget"),
        Argument::property("delete_automated_backups", "DeleteAutomatedBackups"),
        Argument::dropped(
            "skip_final_snapshot",
            "CloudFormation takes a final snapshot of a deleted DB instance by default (DeletionPolicy: \
             Snapshot); to skip it, set DeletionPolicy: Delete on the resource",
        ),
        Argument::dropped(
            "final_snapshot_identifier",
            "CloudFormation names the final snapshot itself (DeletionPolicy: Snapshot); its name \
             cannot be chosen",
        ),
        // Monitoring.
        Argument::property("monitoring_interval", "MonitoringInterval"),
        Argument::property("monitoring_role_arn", "MonitoringRoleArn"),
        Argument::property("performance_insights_enabled", "EnablePerformanceInsights"),
        Argument::property("performance_insights_kms_key_id", "PerformanceInsightsKMSKeyId"),
        Argument::property("performance_insights_retention_period", "PerformanceInsightsRetentionPeriod"),
        Argument::property("database_insights_mode", "DatabaseInsightsMode"),
        Argument::property("enabled_cloudwatch_logs_exports", "EnableCloudwatchLogsExports"),
        // Sources: a replica, a snapshot or a point in time.
        Argument::property("replicate_source_db", "SourceDBInstanceIdentifier"),
        Argument::property("replica_mode", "ReplicaMode"),
        Argument::property("snapshot_identifier", "DBSnapshotIdentifier"),
        // CloudFormation's restore properties sit on the instance itself.
        Argument::flatten(
            "restore_to_point_in_time",
            &[
                Argument::property("restore_time", "RestoreTime"),
                Argument::property("use_latest_restorable_time", "UseLatestRestorableTime"),
                Argument::property("source_db_instance_identifier", "SourceDBInstanceIdentifier"),
                Argument::property("source_dbi_resource_id", "SourceDbiResourceId"),
                Argument::property("source_db_instance_automated_backups_arn", "SourceDBInstanceAutomatedBackupsArn"),
            ],
        ),
        Argument::dropped(
            "s3_import",
            "AWS::RDS::DBInstance cannot restore from a backup in S3; restore it outside the stack \
             (aws rds restore-db-instance-from-s3) and import the instance",
        ),
        // Active Directory.
        Argument::property("domain", "Domain"),
        Argument::property("domain_iam_role_name", "DomainIAMRoleName"),
        Argument::property("domain_fqdn", "DomainFqdn"),
        Argument::property("domain_ou", "DomainOu"),
        Argument::property("domain_auth_secret_arn", "DomainAuthSecretArn"),
        Argument::property("domain_dns_ips", "DomainDnsIps"),
        // RDS Custom.
        Argument::property("custom_iam_instance_profile", "CustomIAMInstanceProfile"),
        Argument::dropped(
            "customer_owned_ip_enabled",
            "AWS::RDS::DBInstance has no customer-owned IP setting (RDS on Outposts); set it afterwards \
             with aws rds modify-db-instance --enable-customer-owned-ip",
        ),
        Argument::dropped(
            "upgrade_storage_config",
            "AWS::RDS::DBInstance cannot upgrade the storage file system; run aws rds \
             modify-db-instance --upgrade-storage-config on the instance",
        ),
        Argument::dropped(
            "blue_green_update",
            "CloudFormation updates a DB instance in place or replaces it, never through a blue/green \
             deployment; run aws rds create-blue-green-deployment for such changes",
        ),
        // Argument of the provider's 6.x releases.
        Argument::dropped(
            "warning_event_categories",
            "AWS::RDS::DBInstance has no property for it; configure it outside the stack",
        ),
        TAGS,
        TIMEOUTS,
        REGION,
    ],
    attributes: &[
        Attribute::get_att("id", "DbiResourceId"),
        Attribute::get_att("resource_id", "DbiResourceId"),
        Attribute::reference("identifier"),
        Attribute::get_att("arn", "DBInstanceArn"),
        Attribute::get_att("address", "Endpoint.Address"),
        Attribute::get_att("port", "Endpoint.Port"),
        Attribute::sub("endpoint", "${Self.Endpoint.Address}:${Self.Endpoint.Port}"),
        Attribute::get_att("hosted_zone_id", "Endpoint.HostedZoneId"),
        Attribute::get_att("replicas", "ReadReplicaDBInstanceIdentifiers"),
        // The secret RDS keeps the master password in (`manage_master_user_password = true`).
        Attribute::get_att("master_user_secret.secret_arn", "MasterUserSecret.SecretArn"),
        Attribute::get_att("master_user_secret.kms_key_id", "MasterUserSecret.KmsKeyId"),
        Attribute::get_att("listener_endpoint.address", "ListenerEndpoint.Address"),
        Attribute::get_att("listener_endpoint.port", "ListenerEndpoint.Port"),
        Attribute::get_att("listener_endpoint.hosted_zone_id", "ListenerEndpoint.HostedZoneId"),
    ],
    companions: &[],
};

const DB_SUBNET_GROUP: ResourceMapping = ResourceMapping {
    terraform: "aws_db_subnet_group",
    cloudformation: "AWS::RDS::DBSubnetGroup",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "DBSubnetGroupName"),
        NAME_PREFIX,
        // Required by CloudFormation; the frontend supplies Terraform's default when it is absent.
        Argument::property("description", "DBSubnetGroupDescription"),
        Argument::property("subnet_ids", "SubnetIds"),
        TAGS,
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::reference("name"),
        Attribute::sub("arn", "arn:${AWS::Partition}:rds:${AWS::Region}:${AWS::AccountId}:subgrp:${Self}"),
    ],
    companions: &[],
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::aws::rows::tests::check_table;
    use crate::model::AttributeValue;

    #[test]
    fn table_is_well_formed() {
        check_table(MAPPINGS);
    }

    #[test]
    fn id_is_the_resource_id_and_identifier_the_ref() {
        let value = |name| DB_INSTANCE.attributes.iter().find(|attribute| attribute.name == name).map(|a| a.value);
        assert!(matches!(value("id"), Some(AttributeValue::GetAtt("DbiResourceId"))));
        assert!(matches!(value("identifier"), Some(AttributeValue::Ref)));
    }
}

//! AWS Backup: vaults, plans and selections, and the vault's access policy, notifications and lock
//! configuration, which CloudFormation holds as properties of `AWS::Backup::BackupVault`
//! (`AccessPolicy`, `Notifications`, `LockConfiguration`) and which are merged into the vault their
//! `backup_vault_name` names.
//!
//! A plan's arguments all live under CloudFormation's `BackupPlan` object; its `rule` blocks (a set in
//! Terraform) are the `BackupPlanRule` list. A selection's `condition` blocks are flattened into one
//! `Conditions` object whose four lists collect the conditions of every block, as the API's single
//! `Conditions` structure does.

use super::rows::TIMEOUTS;
use super::shared::{REGION, TAGS_ALL};
use crate::model::{Argument, Attribute, Placement, ResourceMapping, Shape, Target};

/// The AWS Backup table.
pub const MAPPINGS: &[ResourceMapping] =
    &[VAULT, VAULT_POLICY, VAULT_NOTIFICATIONS, VAULT_LOCK_CONFIGURATION, PLAN, SELECTION];

/// `Ref` is the vault's name, as Terraform's `id` is.
const VAULT: ResourceMapping = ResourceMapping {
    terraform: "aws_backup_vault",
    cloudformation: "AWS::Backup::BackupVault",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "BackupVaultName"),
        Argument::property("kms_key_arn", "EncryptionKeyArn"),
        Argument::new("tags", Shape::TagMap, Target::Property("BackupVaultTags")),
        Argument::dropped(
            "force_destroy",
            "CloudFormation deletes a backup vault only when it holds no recovery points; delete them first \
             (or retain the vault with a DeletionPolicy)",
        ),
        TIMEOUTS,
        TAGS_ALL,
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::reference("name"),
        Attribute::get_att("arn", "BackupVaultArn"),
        Attribute::get_att("kms_key_arn", "EncryptionKeyArn"),
    ],
    companions: &[],
};

/// The attributes of a sub-resource merged into a vault: its `id` is the vault's name.
const VAULT_PART_ATTRIBUTES: &[Attribute] = &[
    Attribute::reference("id"),
    Attribute::reference("backup_vault_name"),
    Attribute::get_att("backup_vault_arn", "BackupVaultArn"),
];

const VAULT_POLICY: ResourceMapping = ResourceMapping {
    terraform: "aws_backup_vault_policy",
    cloudformation: "AWS::Backup::BackupVault",
    when: None,
    placement: Placement::MergeInto { parent: "aws_backup_vault", link: "backup_vault_name" },
    arguments: &[Argument::link("backup_vault_name"), Argument::json("policy", "AccessPolicy"), REGION],
    attributes: VAULT_PART_ATTRIBUTES,
    companions: &[],
};

const VAULT_NOTIFICATIONS: ResourceMapping = ResourceMapping {
    terraform: "aws_backup_vault_notifications",
    cloudformation: "AWS::Backup::BackupVault",
    when: None,
    placement: Placement::MergeInto { parent: "aws_backup_vault", link: "backup_vault_name" },
    arguments: &[
        Argument::link("backup_vault_name"),
        Argument::property("sns_topic_arn", "Notifications.SNSTopicArn"),
        Argument::property("backup_vault_events", "Notifications.BackupVaultEvents"),
        REGION,
    ],
    attributes: VAULT_PART_ATTRIBUTES,
    companions: &[],
};

const VAULT_LOCK_CONFIGURATION: ResourceMapping = ResourceMapping {
    terraform: "aws_backup_vault_lock_configuration",
    cloudformation: "AWS::Backup::BackupVault",
    when: None,
    placement: Placement::MergeInto { parent: "aws_backup_vault", link: "backup_vault_name" },
    arguments: &[
        Argument::link("backup_vault_name"),
        Argument::property("changeable_for_days", "LockConfiguration.ChangeableForDays"),
        Argument::property("max_retention_days", "LockConfiguration.MaxRetentionDays"),
        Argument::property("min_retention_days", "LockConfiguration.MinRetentionDays"),
        REGION,
    ],
    attributes: VAULT_PART_ATTRIBUTES,
    companions: &[],
};

/// A rule's (or a copy action's) `lifecycle` block: CloudFormation's `LifecycleResourceType`.
const LIFECYCLE: Argument = Argument::block(
    "lifecycle",
    "Lifecycle",
    false,
    &[
        Argument::property("cold_storage_after", "MoveToColdStorageAfterDays"),
        Argument::property("delete_after", "DeleteAfterDays"),
        Argument::property("opt_in_to_archive_for_supported_resources", "OptInToArchiveForSupportedResources"),
    ],
);

/// `Ref` is the plan's ID, as Terraform's `id` is.
const PLAN: ResourceMapping = ResourceMapping {
    terraform: "aws_backup_plan",
    cloudformation: "AWS::Backup::BackupPlan",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "BackupPlan.BackupPlanName"),
        Argument::block(
            "rule",
            "BackupPlan.BackupPlanRule",
            true,
            &[
                Argument::property("rule_name", "RuleName"),
                Argument::property("target_vault_name", "TargetBackupVault"),
                Argument::property(
                    "target_logically_air_gapped_backup_vault_arn",
                    "TargetLogicallyAirGappedBackupVaultArn",
                ),
                Argument::property("schedule", "ScheduleExpression"),
                Argument::property("schedule_expression_timezone", "ScheduleExpressionTimezone"),
                Argument::property("enable_continuous_backup", "EnableContinuousBackup"),
                Argument::property("start_window", "StartWindowMinutes"),
                Argument::property("completion_window", "CompletionWindowMinutes"),
                Argument::property("recovery_point_tags", "RecoveryPointTags"),
                LIFECYCLE,
                Argument::block(
                    "copy_action",
                    "CopyActions",
                    true,
                    &[Argument::property("destination_vault_arn", "DestinationBackupVaultArn"), LIFECYCLE],
                ),
                Argument::block(
                    "scan_action",
                    "ScanActions",
                    true,
                    &[
                        Argument::property("malware_scanner", "MalwareScanner"),
                        Argument::property("scan_mode", "ScanMode"),
                    ],
                ),
            ],
        ),
        Argument::block(
            "advanced_backup_setting",
            "BackupPlan.AdvancedBackupSettings",
            true,
            &[
                Argument::property("backup_options", "BackupOptions"),
                Argument::property("resource_type", "ResourceType"),
            ],
        ),
        Argument::block(
            "scan_setting",
            "BackupPlan.ScanSettings",
            true,
            &[
                Argument::property("malware_scanner", "MalwareScanner"),
                Argument::property("resource_types", "ResourceTypes"),
                Argument::property("scanner_role_arn", "ScannerRoleArn"),
            ],
        ),
        Argument::new("tags", Shape::TagMap, Target::Property("BackupPlanTags")),
        TAGS_ALL,
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::argument("name", "name"),
        Attribute::get_att("arn", "BackupPlanArn"),
        Attribute::get_att("version", "VersionId"),
    ],
    companions: &[],
};

/// The key and value of one condition of a selection's `condition` block.
const CONDITION_PARAMETER: &[Argument] =
    &[Argument::property("key", "ConditionKey"), Argument::property("value", "ConditionValue")];

/// Terraform's `id` is the selection's ID, CloudFormation's `SelectionId` attribute (its `Ref` is an ID
/// of CloudFormation's own).
const SELECTION: ResourceMapping = ResourceMapping {
    terraform: "aws_backup_selection",
    cloudformation: "AWS::Backup::BackupSelection",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("plan_id", "BackupPlanId"),
        Argument::property("name", "BackupSelection.SelectionName"),
        Argument::property("iam_role_arn", "BackupSelection.IamRoleArn"),
        Argument::property("resources", "BackupSelection.Resources"),
        Argument::property("not_resources", "BackupSelection.NotResources"),
        Argument::block(
            "selection_tag",
            "BackupSelection.ListOfTags",
            true,
            &[
                Argument::property("type", "ConditionType"),
                Argument::property("key", "ConditionKey"),
                Argument::property("value", "ConditionValue"),
            ],
        ),
        // Several `condition` blocks add up: their lists are concatenated into the one object.
        Argument::flatten(
            "condition",
            &[
                Argument::block("string_equals", "BackupSelection.Conditions.StringEquals", true, CONDITION_PARAMETER),
                Argument::block("string_like", "BackupSelection.Conditions.StringLike", true, CONDITION_PARAMETER),
                Argument::block(
                    "string_not_equals",
                    "BackupSelection.Conditions.StringNotEquals",
                    true,
                    CONDITION_PARAMETER,
                ),
                Argument::block(
                    "string_not_like",
                    "BackupSelection.Conditions.StringNotLike",
                    true,
                    CONDITION_PARAMETER,
                ),
            ],
        ),
        REGION,
    ],
    attributes: &[
        Attribute::get_att("id", "SelectionId"),
        Attribute::get_att("plan_id", "BackupPlanId"),
        Attribute::argument("name", "name"),
        Attribute::argument("iam_role_arn", "iam_role_arn"),
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
    fn vault_parts_merge_into_the_vault() {
        for row in MAPPINGS {
            if let Placement::MergeInto { parent, link } = row.placement {
                assert_eq!((parent, link), ("aws_backup_vault", "backup_vault_name"), "{}", row.terraform);
                assert_eq!(row.cloudformation, VAULT.cloudformation);
            }
        }
    }
}

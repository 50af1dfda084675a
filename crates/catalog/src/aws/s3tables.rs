//! Amazon S3 Tables: table buckets, their namespaces and tables, and the buckets' policies.
//!
//! `Ref` of each of these types is its primary identifier: a table bucket's and a table's ARN.
//! Terraform spells the maintenance settings as nested objects (`iceberg_compaction { settings {..},
//! status }`) where CloudFormation has one object per setting (`Compaction`).

use super::rows::TAGS;
use super::shared::REGION;
use crate::model::{Argument, Attribute, Placement, ResourceMapping};

/// The S3 Tables table.
pub const MAPPINGS: &[ResourceMapping] = &[TABLE_BUCKET, TABLE_BUCKET_POLICY, NAMESPACE, TABLE];

const BUCKET_ENCRYPTION: &[Argument] =
    &[Argument::property("kms_key_arn", "KMSKeyArn"), Argument::property("sse_algorithm", "SSEAlgorithm")];

const UNREFERENCED_FILE_REMOVAL: &[Argument] = &[
    Argument::flatten(
        "settings",
        &[
            Argument::property("non_current_days", "NoncurrentDays"),
            Argument::property("unreferenced_days", "UnreferencedDays"),
        ],
    ),
    Argument::property("status", "Status"),
];

const FORCE_DESTROY: &str =
    "CloudFormation cannot delete a table bucket that still holds tables: delete them before deleting the stack";

const TABLE_BUCKET: ResourceMapping = ResourceMapping {
    terraform: "aws_s3tables_table_bucket",
    cloudformation: "AWS::S3Tables::TableBucket",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "TableBucketName"),
        Argument::block("encryption_configuration", "EncryptionConfiguration", false, BUCKET_ENCRYPTION),
        Argument::flatten(
            "maintenance_configuration",
            &[Argument::block(
                "iceberg_unreferenced_file_removal",
                "UnreferencedFileRemoval",
                false,
                UNREFERENCED_FILE_REMOVAL,
            )],
        ),
        Argument::dropped("force_destroy", FORCE_DESTROY),
        TAGS,
        REGION,
    ],
    attributes: &[
        // A table bucket's Ref is its ARN, which is also Terraform's import ID.
        Attribute::reference("id"),
        Attribute::reference("arn"),
        Attribute::argument("name", "name"),
        Attribute::sub("owner_account_id", "${AWS::AccountId}"),
    ],
    companions: &[],
};

const TABLE_BUCKET_POLICY: ResourceMapping = ResourceMapping {
    terraform: "aws_s3tables_table_bucket_policy",
    cloudformation: "AWS::S3Tables::TableBucketPolicy",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::json("resource_policy", "ResourcePolicy"),
        Argument::property("table_bucket_arn", "TableBucketARN"),
        REGION,
    ],
    attributes: &[
        Attribute::argument("id", "table_bucket_arn"),
        Attribute::argument("table_bucket_arn", "table_bucket_arn"),
        Attribute::argument("resource_policy", "resource_policy"),
    ],
    companions: &[],
};

const NAMESPACE: ResourceMapping = ResourceMapping {
    terraform: "aws_s3tables_namespace",
    cloudformation: "AWS::S3Tables::Namespace",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("namespace", "Namespace"),
        Argument::property("table_bucket_arn", "TableBucketARN"),
        REGION,
    ],
    attributes: &[
        // The namespace's Ref is its identifier (bucket ARN and name); tables name it by `namespace`.
        Attribute::reference("id"),
        Attribute::argument("namespace", "namespace"),
        Attribute::argument("table_bucket_arn", "table_bucket_arn"),
        Attribute::sub("owner_account_id", "${AWS::AccountId}"),
    ],
    companions: &[],
};

const SCHEMA_FIELD: &[Argument] = &[
    Argument::property("name", "Name"),
    Argument::property("type", "Type"),
    Argument::property("required", "Required"),
];

const ICEBERG: &[Argument] = &[
    Argument::property("properties", "TableProperties"),
    Argument::block(
        "schema",
        "IcebergSchema",
        false,
        &[Argument::block("field", "SchemaFieldList", true, SCHEMA_FIELD)],
    ),
];

const TABLE_MAINTENANCE: &[Argument] = &[
    Argument::block(
        "iceberg_compaction",
        "Compaction",
        false,
        &[
            Argument::flatten("settings", &[Argument::property("target_file_size_mb", "TargetFileSizeMB")]),
            Argument::property("status", "Status"),
        ],
    ),
    Argument::block(
        "iceberg_snapshot_management",
        "SnapshotManagement",
        false,
        &[
            Argument::flatten(
                "settings",
                &[
                    Argument::property("max_snapshot_age_hours", "MaxSnapshotAgeHours"),
                    Argument::property("min_snapshots_to_keep", "MinSnapshotsToKeep"),
                ],
            ),
            Argument::property("status", "Status"),
        ],
    ),
];

const TABLE: ResourceMapping = ResourceMapping {
    terraform: "aws_s3tables_table",
    cloudformation: "AWS::S3Tables::Table",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "TableName"),
        Argument::property("namespace", "Namespace"),
        Argument::property("table_bucket_arn", "TableBucketARN"),
        Argument::property("format", "OpenTableFormat"),
        Argument::flatten("maintenance_configuration", TABLE_MAINTENANCE),
        Argument::flatten("metadata", &[Argument::block("iceberg", "IcebergMetadata", false, ICEBERG)]),
        Argument::dropped(
            "encryption_configuration",
            "AWS::S3Tables::Table has no encryption setting: a table takes its table bucket's encryption",
        ),
        TAGS,
        REGION,
    ],
    attributes: &[
        // A table's Ref is its ARN, which is also Terraform's import ID.
        Attribute::reference("id"),
        Attribute::reference("arn"),
        Attribute::argument("name", "name"),
        Attribute::argument("namespace", "namespace"),
        Attribute::get_att("version_token", "VersionToken"),
        Attribute::get_att("warehouse_location", "WarehouseLocation"),
        Attribute::sub("owner_account_id", "${AWS::AccountId}"),
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
    fn maintenance_settings_become_one_object_per_setting() {
        let compaction = source(vec![
            ("status", value(s("enabled"))),
            ("settings", value(map(vec![("target_file_size_mb", Expr::int(256))]))),
        ]);
        let body = source(vec![
            ("name", value(s("events"))),
            ("namespace", value(s("analytics"))),
            ("table_bucket_arn", value(Expr::reference("Lake"))),
            ("format", value(s("ICEBERG"))),
            ("maintenance_configuration", blocks(vec![source(vec![("iceberg_compaction", blocks(vec![compaction]))])])),
        ]);
        let lowered = lower_arguments(row("aws_s3tables_table"), &body);
        assert!(lowered.diagnostics.is_empty(), "{:?}", lowered.diagnostics);
        assert_eq!(
            lowered.properties,
            props(vec![
                ("TableName", s("events")),
                ("Namespace", s("analytics")),
                ("TableBucketARN", Expr::reference("Lake")),
                ("OpenTableFormat", s("ICEBERG")),
                ("Compaction", map(vec![("TargetFileSizeMB", Expr::int(256)), ("Status", s("enabled"))])),
            ])
        );
    }
}

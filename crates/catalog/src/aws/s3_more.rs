//! Amazon S3, beyond the sub-resources of `s3`: the bucket's ACL, acceleration, object lock,
//! replication and metadata tables, and the configurations a bucket holds a list of (metrics,
//! inventories, analytics, Intelligent-Tiering), all merged into `AWS::S3::Bucket`.
//!
//! A bucket holds a list of each configuration, one element per Terraform resource: each argument
//! of those rows is a [`Target::Element`] (or [`Target::ElementFields`] for a `filter` block whose
//! fields are the element's own), so the resource makes one element that the merge appends.
//!
//! Where CloudFormation requires a property that Terraform defaults, a second row of a required
//! argument writes the default as a [`Transform::Constant`], and the optional argument's own row,
//! later in the table, overwrites it.

use super::s3::{CANNED_ACL, EXPECTED_OWNER, SUB_RESOURCE_ATTRIBUTES};
use super::shared::REGION;
use crate::model::{Argument, Placement, ResourceMapping, Shape, Target, Transform};

/// The table.
pub const MAPPINGS: &[ResourceMapping] = &[
    merged("aws_s3_bucket_acl", ACL),
    merged("aws_s3_bucket_accelerate_configuration", ACCELERATE),
    merged("aws_s3_bucket_object_lock_configuration", OBJECT_LOCK),
    merged("aws_s3_bucket_replication_configuration", REPLICATION),
    merged("aws_s3_bucket_metadata_configuration", METADATA),
    merged("aws_s3_bucket_metric", METRIC),
    merged("aws_s3_bucket_inventory", INVENTORY),
    merged("aws_s3_bucket_analytics_configuration", ANALYTICS),
    merged("aws_s3_bucket_intelligent_tiering_configuration", INTELLIGENT_TIERING),
];

const fn merged(terraform: &'static str, arguments: &'static [Argument]) -> ResourceMapping {
    ResourceMapping {
        terraform,
        cloudformation: "AWS::S3::Bucket",
        when: None,
        placement: Placement::MergeInto { parent: "aws_s3_bucket", link: "bucket" },
        arguments,
        attributes: SUB_RESOURCE_ATTRIBUTES,
        companions: &[],
    }
}

pub(super) const fn element(
    name: &'static str,
    list: &'static str,
    property: &'static str,
    transform: Transform,
) -> Argument {
    Argument::new(name, Shape::Value(transform), Target::Element { list, property })
}

const fn element_block(
    name: &'static str,
    list: &'static str,
    property: &'static str,
    arguments: &'static [Argument],
) -> Argument {
    Argument::new(name, Shape::Block { list: false, arguments }, Target::Element { list, property })
}

pub(super) const fn element_fields(name: &'static str, list: &'static str, arguments: &'static [Argument]) -> Argument {
    Argument::new(name, Shape::Block { list: false, arguments }, Target::ElementFields(list))
}

const fn tags(path: &'static str) -> Argument {
    Argument::tag_list("tags", path)
}

const EXPECTED_BUCKET_OWNER: Argument = Argument::dropped("expected_bucket_owner", EXPECTED_OWNER);

const TOKEN: Argument = Argument::dropped(
    "token",
    "CloudFormation enables object lock and replication on a bucket it manages without S3's token",
);

// ---- aws_s3_bucket_acl ----

const ACL: &[Argument] = &[
    Argument::link("bucket"),
    Argument::transformed("acl", Transform::Lookup(CANNED_ACL), "AccessControl"),
    Argument::dropped(
        "access_control_policy",
        "CloudFormation sets a bucket's ACL only as a canned ACL (acl); grant access with a bucket policy",
    ),
    EXPECTED_BUCKET_OWNER,
    REGION,
];

// ---- aws_s3_bucket_accelerate_configuration ----

const ACCELERATE: &[Argument] = &[
    Argument::link("bucket"),
    Argument::property("status", "AccelerateConfiguration.AccelerationStatus"),
    EXPECTED_BUCKET_OWNER,
    REGION,
];

// ---- aws_s3_bucket_object_lock_configuration ----

const DEFAULT_RETENTION: &[Argument] =
    &[Argument::property("days", "Days"), Argument::property("mode", "Mode"), Argument::property("years", "Years")];

const OBJECT_LOCK_RULE: &[Argument] =
    &[Argument::block("default_retention", "DefaultRetention", false, DEFAULT_RETENTION)];

const OBJECT_LOCK: &[Argument] = &[
    Argument::link("bucket"),
    // Terraform's default; the optional argument below overwrites it.
    Argument::transformed("bucket", Transform::Constant("Enabled"), "ObjectLockConfiguration.ObjectLockEnabled"),
    Argument::property("object_lock_enabled", "ObjectLockConfiguration.ObjectLockEnabled"),
    Argument::block("rule", "ObjectLockConfiguration.Rule", false, OBJECT_LOCK_RULE),
    TOKEN,
    EXPECTED_BUCKET_OWNER,
    REGION,
];

// ---- aws_s3_bucket_replication_configuration ----

const STATUS: &[Argument] = &[Argument::property("status", "Status")];

const MINUTES: &[Argument] = &[Argument::property("minutes", "Minutes")];

const REPLICATION_METRICS: &[Argument] =
    &[Argument::property("status", "Status"), Argument::block("event_threshold", "EventThreshold", false, MINUTES)];

const REPLICATION_TIME: &[Argument] =
    &[Argument::property("status", "Status"), Argument::block("time", "Time", false, MINUTES)];

const REPLICATION_DESTINATION: &[Argument] = &[
    Argument::property("account", "Account"),
    Argument::property("bucket", "Bucket"),
    Argument::property("storage_class", "StorageClass"),
    Argument::block(
        "access_control_translation",
        "AccessControlTranslation",
        false,
        &[Argument::property("owner", "Owner")],
    ),
    Argument::block(
        "encryption_configuration",
        "EncryptionConfiguration",
        false,
        &[Argument::property("replica_kms_key_id", "ReplicaKmsKeyID")],
    ),
    Argument::block("metrics", "Metrics", false, REPLICATION_METRICS),
    Argument::block("replication_time", "ReplicationTime", false, REPLICATION_TIME),
];

const TAG_FILTER: &[Argument] = &[Argument::property("key", "Key"), Argument::property("value", "Value")];

const REPLICATION_FILTER: &[Argument] = &[
    Argument::property("prefix", "Prefix"),
    Argument::block("and", "And", false, &[Argument::property("prefix", "Prefix"), tags("TagFilters")]),
    Argument::block("tag", "TagFilter", false, TAG_FILTER),
];

const SOURCE_SELECTION: &[Argument] = &[
    Argument::block("replica_modifications", "ReplicaModifications", false, STATUS),
    Argument::block("sse_kms_encrypted_objects", "SseKmsEncryptedObjects", false, STATUS),
];

const REPLICATION_RULE: &[Argument] = &[
    Argument::property("id", "Id"),
    Argument::property("prefix", "Prefix"),
    Argument::property("priority", "Priority"),
    Argument::property("status", "Status"),
    Argument::block("delete_marker_replication", "DeleteMarkerReplication", false, STATUS),
    Argument::block("destination", "Destination", false, REPLICATION_DESTINATION),
    Argument::block("filter", "Filter", false, REPLICATION_FILTER),
    Argument::block("source_selection_criteria", "SourceSelectionCriteria", false, SOURCE_SELECTION),
    Argument::dropped(
        "existing_object_replication",
        "CloudFormation's replication rules have no existing object replication; ask AWS Support to \
         enable it, or use S3 Batch Replication",
    ),
];

const REPLICATION: &[Argument] = &[
    Argument::link("bucket"),
    Argument::property("role", "ReplicationConfiguration.Role"),
    Argument::block("rule", "ReplicationConfiguration.Rules", true, REPLICATION_RULE),
    TOKEN,
    REGION,
];

// ---- aws_s3_bucket_metadata_configuration (provider 6.x) ----

const METADATA_ENCRYPTION: &[Argument] =
    &[Argument::property("kms_key_arn", "KmsKeyArn"), Argument::property("sse_algorithm", "SseAlgorithm")];

const INVENTORY_TABLE: &[Argument] = &[
    Argument::property("configuration_state", "ConfigurationState"),
    Argument::block("encryption_configuration", "EncryptionConfiguration", false, METADATA_ENCRYPTION),
];

const JOURNAL_TABLE: &[Argument] = &[
    Argument::block("encryption_configuration", "EncryptionConfiguration", false, METADATA_ENCRYPTION),
    Argument::block(
        "record_expiration",
        "RecordExpiration",
        false,
        &[Argument::property("days", "Days"), Argument::property("expiration", "Expiration")],
    ),
];

const METADATA_CONFIGURATION: &[Argument] = &[
    Argument::block("inventory_table_configuration", "InventoryTableConfiguration", false, INVENTORY_TABLE),
    Argument::block("journal_table_configuration", "JournalTableConfiguration", false, JOURNAL_TABLE),
];

const METADATA: &[Argument] = &[
    Argument::link("bucket"),
    Argument::block("metadata_configuration", "MetadataConfiguration", false, METADATA_CONFIGURATION),
    EXPECTED_BUCKET_OWNER,
    Argument::dropped("timeouts", "CloudFormation applies its own timeouts to resource operations; remove the block"),
    REGION,
];

// ---- aws_s3_bucket_metric ----

const METRICS: &str = "MetricsConfigurations";

const METRIC: &[Argument] = &[
    Argument::link("bucket"),
    element("name", METRICS, "Id", Transform::None),
    element_fields(
        "filter",
        METRICS,
        &[
            Argument::property("access_point", "AccessPointArn"),
            Argument::property("prefix", "Prefix"),
            tags("TagFilters"),
        ],
    ),
    REGION,
];

// ---- aws_s3_bucket_inventory ----

const INVENTORIES: &str = "InventoryConfigurations";

const INVENTORY_DESTINATION_BUCKET: &[Argument] = &[
    Argument::property("account_id", "BucketAccountId"),
    Argument::property("bucket_arn", "BucketArn"),
    Argument::property("format", "Format"),
    Argument::property("prefix", "Prefix"),
    Argument::dropped(
        "encryption",
        "CloudFormation's inventory destination has no encryption setting; the reports take the destination \
         bucket's default encryption",
    ),
];

pub(super) const INVENTORY: &[Argument] = &[
    Argument::link("bucket"),
    element("name", INVENTORIES, "Id", Transform::None),
    // Terraform's default; the optional argument below overwrites it.
    element("name", INVENTORIES, "Enabled", Transform::Constant("true")),
    element("enabled", INVENTORIES, "Enabled", Transform::None),
    element("included_object_versions", INVENTORIES, "IncludedObjectVersions", Transform::None),
    element("optional_fields", INVENTORIES, "OptionalFields", Transform::None),
    element_fields("filter", INVENTORIES, &[Argument::property("prefix", "Prefix")]),
    element_fields("schedule", INVENTORIES, &[Argument::property("frequency", "ScheduleFrequency")]),
    element_block(
        "destination",
        INVENTORIES,
        "Destination",
        &[Argument::flatten("bucket", INVENTORY_DESTINATION_BUCKET)],
    ),
    REGION,
];

// ---- aws_s3_bucket_analytics_configuration ----

const ANALYTICS_LIST: &str = "AnalyticsConfigurations";

const ANALYTICS_BUCKET_DESTINATION: &[Argument] = &[
    Argument::property("bucket_account_id", "BucketAccountId"),
    Argument::property("bucket_arn", "BucketArn"),
    // Terraform's default; the optional argument below overwrites it.
    Argument::transformed("bucket_arn", Transform::Constant("CSV"), "Format"),
    Argument::property("format", "Format"),
    Argument::property("prefix", "Prefix"),
];

const DATA_EXPORT: &[Argument] = &[
    // Terraform's default; the optional argument below overwrites it.
    Argument::transformed("destination", Transform::Constant("V_1"), "OutputSchemaVersion"),
    Argument::property("output_schema_version", "OutputSchemaVersion"),
    Argument::flatten(
        "destination",
        &[Argument::block("s3_bucket_destination", "Destination", false, ANALYTICS_BUCKET_DESTINATION)],
    ),
];

const ANALYTICS: &[Argument] = &[
    Argument::link("bucket"),
    element("name", ANALYTICS_LIST, "Id", Transform::None),
    element_fields("filter", ANALYTICS_LIST, &[Argument::property("prefix", "Prefix"), tags("TagFilters")]),
    element_block(
        "storage_class_analysis",
        ANALYTICS_LIST,
        "StorageClassAnalysis",
        &[Argument::block("data_export", "DataExport", false, DATA_EXPORT)],
    ),
    REGION,
];

// ---- aws_s3_bucket_intelligent_tiering_configuration ----

const TIERING_LIST: &str = "IntelligentTieringConfigurations";

const INTELLIGENT_TIERING: &[Argument] = &[
    Argument::link("bucket"),
    element("name", TIERING_LIST, "Id", Transform::None),
    // Terraform's default; the optional argument below overwrites it.
    element("name", TIERING_LIST, "Status", Transform::Constant("Enabled")),
    element("status", TIERING_LIST, "Status", Transform::None),
    element_fields("filter", TIERING_LIST, &[Argument::property("prefix", "Prefix"), tags("TagFilters")]),
    Argument::new(
        "tiering",
        Shape::Block {
            list: true,
            arguments: &[Argument::property("access_tier", "AccessTier"), Argument::property("days", "Days")],
        },
        Target::Element { list: TIERING_LIST, property: "Tierings" },
    ),
    REGION,
];

#[cfg(test)]
mod tests {
    use super::MAPPINGS;
    use crate::aws::rows::tests::{blocks, check_table, source, value};
    use crate::aws::shared::tests::{codes, map, props, row, s};
    use crate::{lower_arguments, merge_properties};
    use iac2cfn_ir::Expr;

    #[test]
    fn table_is_well_formed() {
        check_table(MAPPINGS);
    }

    #[test]
    fn an_acl_becomes_the_canned_access_control() {
        let body = source(vec![("bucket", value(Expr::reference("Logs"))), ("acl", value(s("log-delivery-write")))]);
        let lowered = lower_arguments(row("aws_s3_bucket_acl"), &body);
        assert!(lowered.diagnostics.is_empty());
        assert_eq!(lowered.properties, props(vec![("AccessControl", s("LogDeliveryWrite"))]));
        let grants = source(vec![
            ("bucket", value(Expr::reference("Logs"))),
            ("access_control_policy", blocks(vec![source(vec![])])),
        ]);
        assert_eq!(codes(&lower_arguments(row("aws_s3_bucket_acl"), &grants)), vec!["catalog::dropped-argument"]);
    }

    #[test]
    fn each_metric_is_one_element_of_the_buckets_list() {
        let metric = |name: &str, prefix: &str| {
            source(vec![
                ("bucket", value(Expr::reference("Data"))),
                ("name", value(s(name))),
                (
                    "filter",
                    blocks(vec![source(vec![
                        ("prefix", value(s(prefix))),
                        ("tags", value(map(vec![("class", s("hot"))]))),
                    ])]),
                ),
            ])
        };
        let mut bucket = props(vec![("BucketName", s("data"))]);
        for (name, prefix) in [("all", "a/"), ("logs", "logs/")] {
            let lowered = lower_arguments(row("aws_s3_bucket_metric"), &metric(name, prefix));
            assert!(lowered.diagnostics.is_empty(), "{:?}", lowered.diagnostics);
            merge_properties(&mut bucket, lowered.properties);
        }
        let element = |name: &str, prefix: &str| {
            map(vec![
                ("Id", s(name)),
                ("Prefix", s(prefix)),
                ("TagFilters", Expr::List(vec![map(vec![("Key", s("class")), ("Value", s("hot"))])])),
            ])
        };
        assert_eq!(
            bucket,
            props(vec![
                ("BucketName", s("data")),
                ("MetricsConfigurations", Expr::List(vec![element("all", "a/"), element("logs", "logs/")])),
            ])
        );
    }

    #[test]
    fn defaults_that_cloudformation_requires_are_written_and_overwritten() {
        let tiering = |status: Option<&str>| {
            let mut entries = vec![
                ("bucket", value(Expr::reference("Data"))),
                ("name", value(s("archive"))),
                (
                    "tiering",
                    blocks(vec![source(vec![
                        ("access_tier", value(s("ARCHIVE_ACCESS"))),
                        ("days", value(Expr::int(90))),
                    ])]),
                ),
            ];
            if let Some(status) = status {
                entries.push(("status", value(s(status))));
            }
            lower_arguments(row("aws_s3_bucket_intelligent_tiering_configuration"), &source(entries)).properties
        };
        let expected = |status: &str| {
            props(vec![(
                "IntelligentTieringConfigurations",
                Expr::List(vec![map(vec![
                    ("Id", s("archive")),
                    ("Status", s(status)),
                    (
                        "Tierings",
                        Expr::List(vec![map(vec![("AccessTier", s("ARCHIVE_ACCESS")), ("Days", Expr::int(90))])]),
                    ),
                ])]),
            )])
        };
        assert_eq!(tiering(None), expected("Enabled"));
        assert_eq!(tiering(Some("Disabled")), expected("Disabled"));

        let lock = source(vec![
            ("bucket", value(Expr::reference("Data"))),
            (
                "rule",
                blocks(vec![source(vec![(
                    "default_retention",
                    blocks(vec![source(vec![("mode", value(s("GOVERNANCE"))), ("days", value(Expr::int(5)))])]),
                )])]),
            ),
        ]);
        let lowered = lower_arguments(row("aws_s3_bucket_object_lock_configuration"), &lock);
        assert!(lowered.diagnostics.is_empty(), "{:?}", lowered.diagnostics);
        assert_eq!(
            lowered.properties,
            props(vec![(
                "ObjectLockConfiguration",
                map(vec![
                    ("ObjectLockEnabled", s("Enabled")),
                    (
                        "Rule",
                        map(vec![("DefaultRetention", map(vec![("Days", Expr::int(5)), ("Mode", s("GOVERNANCE"))]),)]),
                    ),
                ]),
            )])
        );
    }
}

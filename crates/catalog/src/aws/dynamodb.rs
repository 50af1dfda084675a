//! Amazon DynamoDB tables.
//!
//! Terraform names a table's keys by argument (`hash_key`, `range_key`); CloudFormation lists them
//! as `KeySchema: [{AttributeName, KeyType}]`, which [`Transform::Template`] builds, appending each key
//! in HASH-then-RANGE order. A local secondary index repeats the table's hash key
//! ([`TemplateField::Root`]).

use super::rows::{TAGS, TIMEOUTS};
use super::shared::{REGION, TAGS_ALL};
use crate::model::{
    Argument, Attribute, AttributeValue, Placement, ResourceMapping, Shape, Target, TemplateField, Transform,
};

/// The DynamoDB table.
pub const MAPPINGS: &[ResourceMapping] = &[TABLE];

const HASH_KEY: &[(&str, TemplateField)] =
    &[("AttributeName", TemplateField::Value), ("KeyType", TemplateField::Text("HASH"))];
const RANGE_KEY: &[(&str, TemplateField)] =
    &[("AttributeName", TemplateField::Value), ("KeyType", TemplateField::Text("RANGE"))];
const TABLE_HASH_KEY: &[(&str, TemplateField)] =
    &[("AttributeName", TemplateField::Root("hash_key")), ("KeyType", TemplateField::Text("HASH"))];

const fn key(name: &'static str, template: &'static [(&'static str, TemplateField)]) -> Argument {
    Argument::new(name, Shape::Value(Transform::Template(template)), Target::Append("KeySchema"))
}

const ATTRIBUTE: &[Argument] =
    &[Argument::property("name", "AttributeName"), Argument::property("type", "AttributeType")];

const ON_DEMAND_THROUGHPUT: &[Argument] = &[
    Argument::property("max_read_request_units", "MaxReadRequestUnits"),
    Argument::property("max_write_request_units", "MaxWriteRequestUnits"),
];

const WARM_THROUGHPUT: &[Argument] = &[
    Argument::property("read_units_per_second", "ReadUnitsPerSecond"),
    Argument::property("write_units_per_second", "WriteUnitsPerSecond"),
];

/// A global secondary index's `key_schema` blocks (provider 6.x), already in CloudFormation's form.
const KEY_SCHEMA: &[Argument] =
    &[Argument::property("attribute_name", "AttributeName"), Argument::property("key_type", "KeyType")];

const GLOBAL_SECONDARY_INDEX: &[Argument] = &[
    Argument::property("name", "IndexName"),
    key("hash_key", HASH_KEY),
    key("range_key", RANGE_KEY),
    Argument::new("key_schema", Shape::Block { list: true, arguments: KEY_SCHEMA }, Target::Append("KeySchema")),
    Argument::property("projection_type", "Projection.ProjectionType"),
    Argument::property("non_key_attributes", "Projection.NonKeyAttributes"),
    Argument::property("read_capacity", "ProvisionedThroughput.ReadCapacityUnits"),
    Argument::property("write_capacity", "ProvisionedThroughput.WriteCapacityUnits"),
    Argument::block("on_demand_throughput", "OnDemandThroughput", false, ON_DEMAND_THROUGHPUT),
    Argument::block("warm_throughput", "WarmThroughput", false, WARM_THROUGHPUT),
];

const LOCAL_SECONDARY_INDEX: &[Argument] = &[
    Argument::property("name", "IndexName"),
    // The index's key schema is the table's hash key and the index's own range key.
    key("range_key", TABLE_HASH_KEY),
    key("range_key", RANGE_KEY),
    Argument::property("projection_type", "Projection.ProjectionType"),
    Argument::property("non_key_attributes", "Projection.NonKeyAttributes"),
];

const CSV: &[Argument] =
    &[Argument::property("delimiter", "Delimiter"), Argument::property("header_list", "HeaderList")];

const S3_BUCKET_SOURCE: &[Argument] = &[
    Argument::property("bucket", "S3Bucket"),
    Argument::property("bucket_owner", "S3BucketOwner"),
    Argument::property("key_prefix", "S3KeyPrefix"),
];

const IMPORT_TABLE: &[Argument] = &[
    Argument::property("input_compression_type", "InputCompressionType"),
    Argument::property("input_format", "InputFormat"),
    Argument::block("input_format_options", "InputFormatOptions", false, &[Argument::block("csv", "Csv", false, CSV)]),
    Argument::block("s3_bucket_source", "S3BucketSource", false, S3_BUCKET_SOURCE),
];

const SERVER_SIDE_ENCRYPTION: &[Argument] = &[
    Argument::property("enabled", "SSEEnabled"),
    Argument::property("kms_key_arn", "KMSMasterKeyId"),
    // A customer managed key is a KMS encryption, which CloudFormation wants said.
    Argument::transformed("kms_key_arn", Transform::Constant("KMS"), "SSEType"),
];

const POINT_IN_TIME_RECOVERY: &[Argument] = &[
    Argument::property("enabled", "PointInTimeRecoveryEnabled"),
    Argument::property("recovery_period_in_days", "RecoveryPeriodInDays"),
];

const TTL: &[Argument] =
    &[Argument::property("attribute_name", "AttributeName"), Argument::property("enabled", "Enabled")];

const RESTORE: &str =
    "CloudFormation cannot create a table from a backup or a point in time; restore it and import it into the stack";

const TABLE: ResourceMapping = ResourceMapping {
    terraform: "aws_dynamodb_table",
    cloudformation: "AWS::DynamoDB::Table",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "TableName"),
        Argument::block("attribute", "AttributeDefinitions", true, ATTRIBUTE),
        key("hash_key", HASH_KEY),
        key("range_key", RANGE_KEY),
        Argument::property("billing_mode", "BillingMode"),
        Argument::property("read_capacity", "ProvisionedThroughput.ReadCapacityUnits"),
        Argument::property("write_capacity", "ProvisionedThroughput.WriteCapacityUnits"),
        Argument::block("on_demand_throughput", "OnDemandThroughput", false, ON_DEMAND_THROUGHPUT),
        Argument::block("warm_throughput", "WarmThroughput", false, WARM_THROUGHPUT),
        Argument::block("global_secondary_index", "GlobalSecondaryIndexes", true, GLOBAL_SECONDARY_INDEX),
        Argument::block("local_secondary_index", "LocalSecondaryIndexes", true, LOCAL_SECONDARY_INDEX),
        Argument::new(
            "stream_enabled",
            Shape::Value(Transform::None),
            Target::Implied("a stream is on exactly when stream_view_type is set, which writes StreamSpecification"),
        ),
        Argument::property("stream_view_type", "StreamSpecification.StreamViewType"),
        Argument::block("server_side_encryption", "SSESpecification", false, SERVER_SIDE_ENCRYPTION),
        Argument::block("point_in_time_recovery", "PointInTimeRecoverySpecification", false, POINT_IN_TIME_RECOVERY),
        Argument::block("ttl", "TimeToLiveSpecification", false, TTL),
        Argument::property("table_class", "TableClass"),
        Argument::property("deletion_protection_enabled", "DeletionProtectionEnabled"),
        Argument::block("import_table", "ImportSourceSpecification", false, IMPORT_TABLE),
        Argument::dropped(
            "replica",
            "replicas make a global table, which is AWS::DynamoDB::GlobalTable in CloudFormation; convert the \
             table to one by hand",
        ),
        Argument::dropped(
            "global_table_witness",
            "replicas make a global table, which is AWS::DynamoDB::GlobalTable in CloudFormation",
        ),
        Argument::dropped("restore_date_time", RESTORE),
        Argument::dropped("restore_source_name", RESTORE),
        Argument::dropped("restore_source_table_arn", RESTORE),
        Argument::dropped("restore_to_latest_time", RESTORE),
        Argument::dropped("restore_backup_arn", RESTORE),
        TAGS,
        TAGS_ALL,
        TIMEOUTS,
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::reference("name"),
        Attribute::get_att("arn", "Arn"),
        Attribute::get_att("stream_arn", "StreamArn"),
        // `arn:...:table/<name>/stream/<label>`: the label is the fourth `/`-separated part.
        Attribute {
            name: "stream_label",
            value: AttributeValue::Part { attribute: "StreamArn", delimiter: "/", index: 3 },
        },
        Attribute::argument("hash_key", "hash_key"),
        Attribute::argument("range_key", "range_key"),
    ],
    companions: &[],
};

#[cfg(test)]
mod tests {
    use super::MAPPINGS;
    use crate::aws::rows::tests::{blocks, check_table, source, value};
    use crate::aws::shared::tests::{map, props, row, s};
    use crate::{attribute_expr, lower_arguments};
    use iac2cfn_ir::Expr;

    fn key(name: &str, kind: &str) -> Expr {
        map(vec![("AttributeName", s(name)), ("KeyType", s(kind))])
    }

    fn attribute(name: &str, kind: &str) -> crate::SourceObject {
        source(vec![("name", value(s(name))), ("type", value(s(kind)))])
    }

    #[test]
    fn table_is_well_formed() {
        check_table(MAPPINGS);
    }

    #[test]
    fn keys_attributes_and_indexes_take_cloudformation_shapes() {
        let body = source(vec![
            ("name", value(s("orders"))),
            ("billing_mode", value(s("PROVISIONED"))),
            ("read_capacity", value(Expr::int(5))),
            ("write_capacity", value(Expr::int(2))),
            ("range_key", value(s("sk"))),
            ("hash_key", value(s("pk"))),
            ("attribute", blocks(vec![attribute("pk", "S"), attribute("sk", "S"), attribute("gsi", "N")])),
            (
                "global_secondary_index",
                blocks(vec![source(vec![
                    ("name", value(s("by-gsi"))),
                    ("hash_key", value(s("gsi"))),
                    ("projection_type", value(s("INCLUDE"))),
                    ("non_key_attributes", value(Expr::List(vec![s("total")]))),
                    ("read_capacity", value(Expr::int(1))),
                    ("write_capacity", value(Expr::int(1))),
                ])]),
            ),
            (
                "local_secondary_index",
                blocks(vec![source(vec![
                    ("name", value(s("by-gsi-local"))),
                    ("range_key", value(s("gsi"))),
                    ("projection_type", value(s("KEYS_ONLY"))),
                ])]),
            ),
            ("stream_enabled", value(Expr::Bool(true))),
            ("stream_view_type", value(s("NEW_IMAGE"))),
            (
                "server_side_encryption",
                blocks(vec![source(vec![
                    ("enabled", value(Expr::Bool(true))),
                    ("kms_key_arn", value(Expr::get_att("Key", "Arn"))),
                ])]),
            ),
            ("point_in_time_recovery", blocks(vec![source(vec![("enabled", value(Expr::Bool(true)))])])),
            (
                "ttl",
                blocks(vec![source(vec![
                    ("attribute_name", value(s("expires"))),
                    ("enabled", value(Expr::Bool(true))),
                ])]),
            ),
        ]);
        let lowered = lower_arguments(row("aws_dynamodb_table"), &body);
        assert!(lowered.diagnostics.is_empty(), "{:?}", lowered.diagnostics);
        let definition = |name: &str, kind: &str| map(vec![("AttributeName", s(name)), ("AttributeType", s(kind))]);
        let throughput = |read: i64, write: i64| {
            map(vec![("ReadCapacityUnits", Expr::int(read)), ("WriteCapacityUnits", Expr::int(write))])
        };
        assert_eq!(
            lowered.properties,
            props(vec![
                ("TableName", s("orders")),
                (
                    "AttributeDefinitions",
                    Expr::List(vec![definition("pk", "S"), definition("sk", "S"), definition("gsi", "N")]),
                ),
                ("KeySchema", Expr::List(vec![key("pk", "HASH"), key("sk", "RANGE")])),
                ("BillingMode", s("PROVISIONED")),
                ("ProvisionedThroughput", throughput(5, 2)),
                (
                    "GlobalSecondaryIndexes",
                    Expr::List(vec![map(vec![
                        ("IndexName", s("by-gsi")),
                        ("KeySchema", Expr::List(vec![key("gsi", "HASH")])),
                        (
                            "Projection",
                            map(vec![
                                ("ProjectionType", s("INCLUDE")),
                                ("NonKeyAttributes", Expr::List(vec![s("total")]))
                            ]),
                        ),
                        ("ProvisionedThroughput", throughput(1, 1)),
                    ])]),
                ),
                (
                    "LocalSecondaryIndexes",
                    Expr::List(vec![map(vec![
                        ("IndexName", s("by-gsi-local")),
                        ("KeySchema", Expr::List(vec![key("pk", "HASH"), key("gsi", "RANGE")])),
                        ("Projection", map(vec![("ProjectionType", s("KEYS_ONLY"))])),
                    ])]),
                ),
                ("StreamSpecification", map(vec![("StreamViewType", s("NEW_IMAGE"))])),
                (
                    "SSESpecification",
                    map(vec![
                        ("SSEEnabled", Expr::Bool(true)),
                        ("KMSMasterKeyId", Expr::get_att("Key", "Arn")),
                        ("SSEType", s("KMS")),
                    ]),
                ),
                ("PointInTimeRecoverySpecification", map(vec![("PointInTimeRecoveryEnabled", Expr::Bool(true))])),
                ("TimeToLiveSpecification", map(vec![("AttributeName", s("expires")), ("Enabled", Expr::Bool(true))])),
            ])
        );
    }

    #[test]
    fn stream_attributes_come_from_the_stream_arn() {
        let table = row("aws_dynamodb_table");
        assert_eq!(
            attribute_expr(table, "Orders", "stream_arn", &|_| None),
            Some(Expr::get_att("Orders", "StreamArn"))
        );
        assert_eq!(
            attribute_expr(table, "Orders", "stream_label", &|_| None),
            Some(Expr::Select {
                index: Box::new(Expr::int(3)),
                list: Box::new(Expr::Split {
                    delimiter: "/".into(),
                    source: Box::new(Expr::get_att("Orders", "StreamArn")),
                }),
            })
        );
    }
}

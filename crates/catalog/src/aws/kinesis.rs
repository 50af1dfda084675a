//! Amazon Kinesis: data streams and Data Firehose delivery streams.
//!
//! `Ref` of both types returns the stream's name (Terraform's `name`); a delivery stream's `id` in
//! Terraform is its ARN. A delivery stream's type follows from its source block, as in Terraform:
//! `kinesis_source_configuration` makes it `KinesisStreamAsSource`, `msk_source_configuration`
//! `MSKAsSource`, neither `DirectPut` (CloudFormation's default).

use super::rows::{TAGS, TIMEOUTS};
use super::shared::{REGION, TAGS_ALL};
use crate::model::{Argument, Attribute, Placement, ResourceMapping, Shape, Target, Transform};

/// The Kinesis table.
pub const MAPPINGS: &[ResourceMapping] = &[STREAM, DELIVERY_STREAM];

const STREAM: ResourceMapping = ResourceMapping {
    terraform: "aws_kinesis_stream",
    cloudformation: "AWS::Kinesis::Stream",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "Name"),
        Argument::property("shard_count", "ShardCount"),
        Argument::property("retention_period", "RetentionPeriodHours"),
        Argument::block(
            "stream_mode_details",
            "StreamModeDetails",
            false,
            &[Argument::property("stream_mode", "StreamMode")],
        ),
        // CloudFormation's `StreamEncryption` names the key and `KMS`, the only type it takes; no
        // key means no encryption, Terraform's `NONE`.
        Argument::new(
            "encryption_type",
            Shape::Value(Transform::None),
            Target::Implied("`KMS` is written with kms_key_id, and no key means no encryption (`NONE`)"),
        ),
        Argument::property("kms_key_id", "StreamEncryption.KeyId"),
        Argument::transformed("kms_key_id", Transform::Constant("KMS"), "StreamEncryption.EncryptionType"),
        Argument::property("shard_level_metrics", "DesiredShardLevelMetrics"),
        // Arguments of the provider's 6.x releases.
        Argument::property("max_record_size_in_kib", "MaxRecordSizeInKiB"),
        Argument::property("warm_throughput_mib_ps", "WarmThroughputMiBps"),
        Argument::dropped(
            "enforce_consumer_deletion",
            "CloudFormation deletes a stream only when it has no registered consumers; deregister them first",
        ),
        Argument::dropped("arn", "CloudFormation derives a stream's ARN from its name"),
        TAGS,
        TAGS_ALL,
        TIMEOUTS,
        REGION,
    ],
    attributes: &[Attribute::get_att("id", "Arn"), Attribute::reference("name"), Attribute::get_att("arn", "Arn")],
    companions: &[],
};

// ---------------------------------------------------------------------------------------------
// Data Firehose
// ---------------------------------------------------------------------------------------------

const NOT_CONVERTED: &str = "this Firehose destination is not converted yet; set its DestinationConfiguration on \
                             the template, or deliver to extended_s3 or http_endpoint";

/// `cloudwatch_logging_options`.
const LOGGING: Argument = Argument::block(
    "cloudwatch_logging_options",
    "CloudWatchLoggingOptions",
    false,
    &[
        Argument::property("enabled", "Enabled"),
        Argument::property("log_group_name", "LogGroupName"),
        Argument::property("log_stream_name", "LogStreamName"),
    ],
);

/// `processing_configuration`: Lambda and other record processors.
const PROCESSING: Argument = Argument::block(
    "processing_configuration",
    "ProcessingConfiguration",
    false,
    &[
        Argument::property("enabled", "Enabled"),
        Argument::block(
            "processors",
            "Processors",
            true,
            &[
                Argument::property("type", "Type"),
                Argument::block(
                    "parameters",
                    "Parameters",
                    true,
                    &[
                        Argument::property("parameter_name", "ParameterName"),
                        Argument::property("parameter_value", "ParameterValue"),
                    ],
                ),
            ],
        ),
    ],
);

/// An `S3DestinationConfiguration` (`s3_configuration`, `s3_backup_configuration`).
const S3_DESTINATION: &[Argument] = &[
    Argument::property("bucket_arn", "BucketARN"),
    Argument::property("role_arn", "RoleARN"),
    Argument::property("prefix", "Prefix"),
    Argument::property("error_output_prefix", "ErrorOutputPrefix"),
    Argument::property("buffering_interval", "BufferingHints.IntervalInSeconds"),
    Argument::property("buffering_size", "BufferingHints.SizeInMBs"),
    Argument::property("compression_format", "CompressionFormat"),
    Argument::property("kms_key_arn", "EncryptionConfiguration.KMSEncryptionConfig.AWSKMSKeyARN"),
    LOGGING,
];

const ORC_SER_DE: &[Argument] = &[
    Argument::property("block_size_bytes", "BlockSizeBytes"),
    Argument::property("bloom_filter_columns", "BloomFilterColumns"),
    Argument::property("bloom_filter_false_positive_probability", "BloomFilterFalsePositiveProbability"),
    Argument::property("compression", "Compression"),
    Argument::property("dictionary_key_threshold", "DictionaryKeyThreshold"),
    Argument::property("enable_padding", "EnablePadding"),
    Argument::property("format_version", "FormatVersion"),
    Argument::property("padding_tolerance", "PaddingTolerance"),
    Argument::property("row_index_stride", "RowIndexStride"),
    Argument::property("stripe_size_bytes", "StripeSizeBytes"),
];

const PARQUET_SER_DE: &[Argument] = &[
    Argument::property("block_size_bytes", "BlockSizeBytes"),
    Argument::property("compression", "Compression"),
    Argument::property("enable_dictionary_compression", "EnableDictionaryCompression"),
    Argument::property("max_padding_bytes", "MaxPaddingBytes"),
    Argument::property("page_size_bytes", "PageSizeBytes"),
    Argument::property("writer_version", "WriterVersion"),
];

const DATA_FORMAT_CONVERSION: &[Argument] = &[
    Argument::property("enabled", "Enabled"),
    Argument::block(
        "input_format_configuration",
        "InputFormatConfiguration",
        false,
        &[Argument::block(
            "deserializer",
            "Deserializer",
            false,
            &[
                Argument::block(
                    "hive_json_ser_de",
                    "HiveJsonSerDe",
                    false,
                    &[Argument::property("timestamp_formats", "TimestampFormats")],
                ),
                Argument::block(
                    "open_x_json_ser_de",
                    "OpenXJsonSerDe",
                    false,
                    &[
                        Argument::property("case_insensitive", "CaseInsensitive"),
                        Argument::property("column_to_json_key_mappings", "ColumnToJsonKeyMappings"),
                        Argument::property(
                            "convert_dots_in_json_keys_to_underscores",
                            "ConvertDotsInJsonKeysToUnderscores",
                        ),
                    ],
                ),
            ],
        )],
    ),
    Argument::block(
        "output_format_configuration",
        "OutputFormatConfiguration",
        false,
        &[Argument::block(
            "serializer",
            "Serializer",
            false,
            &[
                Argument::block("orc_ser_de", "OrcSerDe", false, ORC_SER_DE),
                Argument::block("parquet_ser_de", "ParquetSerDe", false, PARQUET_SER_DE),
            ],
        )],
    ),
    Argument::block(
        "schema_configuration",
        "SchemaConfiguration",
        false,
        &[
            Argument::property("catalog_id", "CatalogId"),
            Argument::property("database_name", "DatabaseName"),
            Argument::property("region", "Region"),
            Argument::property("role_arn", "RoleARN"),
            Argument::property("table_name", "TableName"),
            Argument::property("version_id", "VersionId"),
        ],
    ),
];

const EXTENDED_S3: &[Argument] = &[
    Argument::property("bucket_arn", "BucketARN"),
    Argument::property("role_arn", "RoleARN"),
    Argument::property("prefix", "Prefix"),
    Argument::property("error_output_prefix", "ErrorOutputPrefix"),
    Argument::property("buffering_interval", "BufferingHints.IntervalInSeconds"),
    Argument::property("buffering_size", "BufferingHints.SizeInMBs"),
    Argument::property("compression_format", "CompressionFormat"),
    Argument::property("custom_time_zone", "CustomTimeZone"),
    Argument::property("file_extension", "FileExtension"),
    Argument::property("kms_key_arn", "EncryptionConfiguration.KMSEncryptionConfig.AWSKMSKeyARN"),
    Argument::property("s3_backup_mode", "S3BackupMode"),
    LOGGING,
    PROCESSING,
    Argument::block(
        "dynamic_partitioning_configuration",
        "DynamicPartitioningConfiguration",
        false,
        &[
            Argument::property("enabled", "Enabled"),
            Argument::property("retry_duration", "RetryOptions.DurationInSeconds"),
        ],
    ),
    Argument::block(
        "data_format_conversion_configuration",
        "DataFormatConversionConfiguration",
        false,
        DATA_FORMAT_CONVERSION,
    ),
    Argument::block("s3_backup_configuration", "S3BackupConfiguration", false, S3_DESTINATION),
];

const HTTP_ENDPOINT: &[Argument] = &[
    Argument::property("url", "EndpointConfiguration.Url"),
    Argument::property("name", "EndpointConfiguration.Name"),
    Argument::property("access_key", "EndpointConfiguration.AccessKey"),
    Argument::property("role_arn", "RoleARN"),
    Argument::property("buffering_interval", "BufferingHints.IntervalInSeconds"),
    Argument::property("buffering_size", "BufferingHints.SizeInMBs"),
    Argument::property("retry_duration", "RetryOptions.DurationInSeconds"),
    Argument::property("s3_backup_mode", "S3BackupMode"),
    Argument::block("s3_configuration", "S3Configuration", false, S3_DESTINATION),
    Argument::block(
        "request_configuration",
        "RequestConfiguration",
        false,
        &[
            Argument::property("content_encoding", "ContentEncoding"),
            Argument::block(
                "common_attributes",
                "CommonAttributes",
                true,
                &[Argument::property("name", "AttributeName"), Argument::property("value", "AttributeValue")],
            ),
        ],
    ),
    Argument::block(
        "secrets_manager_configuration",
        "SecretsManagerConfiguration",
        false,
        &[
            Argument::property("enabled", "Enabled"),
            Argument::property("role_arn", "RoleARN"),
            Argument::property("secret_arn", "SecretARN"),
        ],
    ),
    LOGGING,
    PROCESSING,
];

const DELIVERY_STREAM: ResourceMapping = ResourceMapping {
    terraform: "aws_kinesis_firehose_delivery_stream",
    cloudformation: "AWS::KinesisFirehose::DeliveryStream",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "DeliveryStreamName"),
        Argument::new(
            "destination",
            Shape::Value(Transform::None),
            Target::Implied("the destination's own configuration block says where records go"),
        ),
        Argument::block(
            "kinesis_source_configuration",
            "KinesisStreamSourceConfiguration",
            false,
            &[Argument::property("kinesis_stream_arn", "KinesisStreamARN"), Argument::property("role_arn", "RoleARN")],
        ),
        Argument::transformed(
            "kinesis_source_configuration",
            Transform::Constant("KinesisStreamAsSource"),
            "DeliveryStreamType",
        ),
        Argument::block(
            "msk_source_configuration",
            "MSKSourceConfiguration",
            false,
            &[
                Argument::property("msk_cluster_arn", "MSKClusterARN"),
                Argument::property("topic_name", "TopicName"),
                Argument::property("read_from_timestamp", "ReadFromTimestamp"),
                Argument::block(
                    "authentication_configuration",
                    "AuthenticationConfiguration",
                    false,
                    &[Argument::property("connectivity", "Connectivity"), Argument::property("role_arn", "RoleARN")],
                ),
            ],
        ),
        Argument::transformed("msk_source_configuration", Transform::Constant("MSKAsSource"), "DeliveryStreamType"),
        Argument::block(
            "server_side_encryption",
            "DeliveryStreamEncryptionConfigurationInput",
            false,
            &[
                Argument::new(
                    "enabled",
                    Shape::Value(Transform::None),
                    Target::Implied("the block's key_type turns encryption on; leave the block out to turn it off"),
                ),
                Argument::property("key_type", "KeyType"),
                Argument::property("key_arn", "KeyARN"),
            ],
        ),
        Argument::block("extended_s3_configuration", "ExtendedS3DestinationConfiguration", false, EXTENDED_S3),
        Argument::block("http_endpoint_configuration", "HttpEndpointDestinationConfiguration", false, HTTP_ENDPOINT),
        Argument::dropped("elasticsearch_configuration", NOT_CONVERTED),
        Argument::dropped("opensearch_configuration", NOT_CONVERTED),
        Argument::dropped("opensearchserverless_configuration", NOT_CONVERTED),
        Argument::dropped("redshift_configuration", NOT_CONVERTED),
        Argument::dropped("splunk_configuration", NOT_CONVERTED),
        Argument::dropped("snowflake_configuration", NOT_CONVERTED),
        Argument::dropped("iceberg_configuration", NOT_CONVERTED),
        Argument::dropped("arn", "CloudFormation derives a delivery stream's ARN from its name"),
        Argument::dropped("destination_id", "CloudFormation manages the destination's ID itself"),
        Argument::dropped("version_id", "CloudFormation manages the delivery stream's version itself"),
        TAGS,
        TAGS_ALL,
        TIMEOUTS,
        REGION,
    ],
    attributes: &[Attribute::get_att("id", "Arn"), Attribute::reference("name"), Attribute::get_att("arn", "Arn")],
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
    fn a_stream_key_implies_kms_encryption() {
        let body = source(vec![
            ("name", value(s("events"))),
            ("encryption_type", value(s("KMS"))),
            ("kms_key_id", value(s("alias/aws/kinesis"))),
        ]);
        let lowered = lower_arguments(row("aws_kinesis_stream"), &body);
        assert!(lowered.diagnostics.is_empty(), "{:?}", lowered.diagnostics);
        assert_eq!(
            lowered.properties,
            props(vec![
                ("Name", s("events")),
                ("StreamEncryption", map(vec![("KeyId", s("alias/aws/kinesis")), ("EncryptionType", s("KMS"))])),
            ])
        );
    }

    #[test]
    fn a_kinesis_source_makes_the_stream_type() {
        let source_block = source(vec![
            ("kinesis_stream_arn", value(Expr::get_att("Events", "Arn"))),
            ("role_arn", value(Expr::get_att("Role", "Arn"))),
        ]);
        let body = source(vec![
            ("destination", value(s("extended_s3"))),
            ("kinesis_source_configuration", blocks(vec![source_block])),
            (
                "extended_s3_configuration",
                blocks(vec![source(vec![
                    ("bucket_arn", value(Expr::get_att("Bucket", "Arn"))),
                    ("role_arn", value(Expr::get_att("Role", "Arn"))),
                    ("buffering_size", value(Expr::int(64))),
                ])]),
            ),
        ]);
        let lowered = lower_arguments(row("aws_kinesis_firehose_delivery_stream"), &body);
        assert!(lowered.diagnostics.is_empty(), "{:?}", lowered.diagnostics);
        assert_eq!(
            lowered.properties,
            props(vec![
                (
                    "KinesisStreamSourceConfiguration",
                    map(vec![
                        ("KinesisStreamARN", Expr::get_att("Events", "Arn")),
                        ("RoleARN", Expr::get_att("Role", "Arn")),
                    ]),
                ),
                ("DeliveryStreamType", s("KinesisStreamAsSource")),
                (
                    "ExtendedS3DestinationConfiguration",
                    map(vec![
                        ("BucketARN", Expr::get_att("Bucket", "Arn")),
                        ("RoleARN", Expr::get_att("Role", "Arn")),
                        ("BufferingHints", map(vec![("SizeInMBs", Expr::int(64))])),
                    ]),
                ),
            ])
        );
    }
}

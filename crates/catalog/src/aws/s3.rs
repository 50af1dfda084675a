//! Amazon S3: the bucket, the sub-resources that CloudFormation folds into `AWS::S3::Bucket`, and
//! the bucket policy.
//!
//! Since provider 4, a bucket's configuration lives in separate `aws_s3_bucket_*` resources; each of
//! them is merged into the bucket's properties (through its `bucket` argument). The bucket's own
//! deprecated inline blocks (`versioning`, `lifecycle_rule`, ...) map onto the same properties.

use super::rows::{TAGS, TIMEOUTS};
use super::shared::{REGION, TAGS_ALL};
use crate::model::{
    Argument, Attribute, AttributeValue, Companion, CompanionValue, Placement, ResourceMapping, Shape, Target,
    TemplateField, Transform,
};

pub(super) const EXPECTED_OWNER: &str =
    "CloudFormation manages the bucket in the stack's own account, so there is no other owner to expect";

const BOOL_STATUS: &[(&str, &str)] = &[("true", "Enabled"), ("false", "Disabled")];

/// Terraform's canned ACL names -> `AccessControl`'s.
pub(super) const CANNED_ACL: &[(&str, &str)] = &[
    ("private", "Private"),
    ("public-read", "PublicRead"),
    ("public-read-write", "PublicReadWrite"),
    ("aws-exec-read", "AwsExecRead"),
    ("authenticated-read", "AuthenticatedRead"),
    ("bucket-owner-read", "BucketOwnerRead"),
    ("bucket-owner-full-control", "BucketOwnerFullControl"),
    ("log-delivery-write", "LogDeliveryWrite"),
];

const FILTER_PREFIX: &[(&str, TemplateField)] =
    &[("Name", TemplateField::Text("prefix")), ("Value", TemplateField::Value)];
const FILTER_SUFFIX: &[(&str, TemplateField)] =
    &[("Name", TemplateField::Text("suffix")), ("Value", TemplateField::Value)];

/// The bucket's attributes; a merged sub-resource's `bucket` and `id` are the bucket's name.
const BUCKET_ATTRIBUTES: &[Attribute] = &[
    Attribute::reference("id"),
    Attribute::reference("bucket"),
    Attribute::get_att("arn", "Arn"),
    Attribute::get_att("bucket_domain_name", "DomainName"),
    Attribute::get_att("bucket_regional_domain_name", "RegionalDomainName"),
    Attribute::sub("region", "${AWS::Region}"),
    // `WebsiteURL` is `http://<endpoint>`: the endpoint is what follows the `//`.
    Attribute {
        name: "website_endpoint",
        value: AttributeValue::Part { attribute: "WebsiteURL", delimiter: "//", index: 1 },
    },
];

pub(super) const SUB_RESOURCE_ATTRIBUTES: &[Attribute] =
    &[Attribute::argument("id", "bucket"), Attribute::argument("bucket", "bucket")];

const fn merged(
    terraform: &'static str,
    arguments: &'static [Argument],
    attributes: &'static [Attribute],
) -> ResourceMapping {
    ResourceMapping {
        terraform,
        cloudformation: "AWS::S3::Bucket",
        when: None,
        placement: Placement::MergeInto { parent: "aws_s3_bucket", link: "bucket" },
        arguments,
        attributes,
        companions: &[],
    }
}

// ---- aws_s3_bucket's inline blocks (deprecated in the provider, still accepted) ----

const INLINE_CORS_RULE: &[Argument] = &[
    Argument::property("allowed_headers", "AllowedHeaders"),
    Argument::property("allowed_methods", "AllowedMethods"),
    Argument::property("allowed_origins", "AllowedOrigins"),
    Argument::property("expose_headers", "ExposedHeaders"),
    Argument::property("max_age_seconds", "MaxAge"),
];

const INLINE_EXPIRATION: &[Argument] = &[
    Argument::property("date", "ExpirationDate"),
    Argument::property("days", "ExpirationInDays"),
    Argument::property("expired_object_delete_marker", "ExpiredObjectDeleteMarker"),
];

const INLINE_NONCURRENT_EXPIRATION: &[Argument] = &[Argument::property("days", "NoncurrentDays")];

const INLINE_NONCURRENT_TRANSITION: &[Argument] =
    &[Argument::property("days", "TransitionInDays"), Argument::property("storage_class", "StorageClass")];

const TRANSITION: &[Argument] = &[
    Argument::property("date", "TransitionDate"),
    Argument::property("days", "TransitionInDays"),
    Argument::property("storage_class", "StorageClass"),
];

const INLINE_LIFECYCLE_RULE: &[Argument] = &[
    Argument::property("id", "Id"),
    Argument::property("prefix", "Prefix"),
    Argument::transformed("enabled", Transform::Lookup(BOOL_STATUS), "Status"),
    Argument::new("tags", Shape::TagList, Target::Append("TagFilters")),
    Argument::property("abort_incomplete_multipart_upload_days", "AbortIncompleteMultipartUpload.DaysAfterInitiation"),
    Argument::flatten("expiration", INLINE_EXPIRATION),
    Argument::block(
        "noncurrent_version_expiration",
        "NoncurrentVersionExpiration",
        false,
        INLINE_NONCURRENT_EXPIRATION,
    ),
    Argument::block(
        "noncurrent_version_transition",
        "NoncurrentVersionTransitions",
        true,
        INLINE_NONCURRENT_TRANSITION,
    ),
    Argument::block("transition", "Transitions", true, TRANSITION),
];

const INLINE_LOGGING: &[Argument] = &[
    Argument::property("target_bucket", "DestinationBucketName"),
    Argument::property("target_prefix", "LogFilePrefix"),
];

const DEFAULT_RETENTION: &[Argument] =
    &[Argument::property("days", "Days"), Argument::property("mode", "Mode"), Argument::property("years", "Years")];

const OBJECT_LOCK_RULE: &[Argument] =
    &[Argument::block("default_retention", "DefaultRetention", false, DEFAULT_RETENTION)];

const INLINE_OBJECT_LOCK: &[Argument] = &[
    Argument::property("object_lock_enabled", "ObjectLockEnabled"),
    Argument::block("rule", "Rule", false, OBJECT_LOCK_RULE),
];

const ACCESS_CONTROL_TRANSLATION: &[Argument] = &[Argument::property("owner", "Owner")];

const INLINE_REPLICATION_METRICS: &[Argument] =
    &[Argument::property("minutes", "EventThreshold.Minutes"), Argument::property("status", "Status")];

const INLINE_REPLICATION_TIME: &[Argument] =
    &[Argument::property("minutes", "Time.Minutes"), Argument::property("status", "Status")];

const INLINE_REPLICATION_DESTINATION: &[Argument] = &[
    Argument::property("account_id", "Account"),
    Argument::property("bucket", "Bucket"),
    Argument::property("replica_kms_key_id", "EncryptionConfiguration.ReplicaKmsKeyID"),
    Argument::property("storage_class", "StorageClass"),
    Argument::block("access_control_translation", "AccessControlTranslation", false, ACCESS_CONTROL_TRANSLATION),
    Argument::block("metrics", "Metrics", false, INLINE_REPLICATION_METRICS),
    Argument::block("replication_time", "ReplicationTime", false, INLINE_REPLICATION_TIME),
];

const INLINE_REPLICATION_FILTER: &[Argument] = &[
    Argument::property("prefix", "Prefix"),
    // CloudFormation takes several tags (or a prefix and tags) only inside `And`.
    Argument::new("tags", Shape::TagList, Target::Append("And.TagFilters")),
];

const SSE_KMS_ENCRYPTED_OBJECTS: &[Argument] =
    &[Argument::transformed("enabled", Transform::Lookup(BOOL_STATUS), "Status")];

const INLINE_SOURCE_SELECTION: &[Argument] =
    &[Argument::block("sse_kms_encrypted_objects", "SseKmsEncryptedObjects", false, SSE_KMS_ENCRYPTED_OBJECTS)];

const INLINE_REPLICATION_RULES: &[Argument] = &[
    Argument::property("delete_marker_replication_status", "DeleteMarkerReplication.Status"),
    Argument::property("id", "Id"),
    Argument::property("prefix", "Prefix"),
    Argument::property("priority", "Priority"),
    Argument::property("status", "Status"),
    Argument::block("destination", "Destination", false, INLINE_REPLICATION_DESTINATION),
    Argument::block("filter", "Filter", false, INLINE_REPLICATION_FILTER),
    Argument::block("source_selection_criteria", "SourceSelectionCriteria", false, INLINE_SOURCE_SELECTION),
];

const INLINE_REPLICATION: &[Argument] =
    &[Argument::property("role", "Role"), Argument::block("rules", "Rules", true, INLINE_REPLICATION_RULES)];

pub(super) const SSE_BY_DEFAULT: &[Argument] =
    &[Argument::property("kms_master_key_id", "KMSMasterKeyID"), Argument::property("sse_algorithm", "SSEAlgorithm")];

const SSE_RULE: &[Argument] = &[
    Argument::property("bucket_key_enabled", "BucketKeyEnabled"),
    Argument::block("apply_server_side_encryption_by_default", "ServerSideEncryptionByDefault", false, SSE_BY_DEFAULT),
];

/// A rule of `aws_s3_bucket_server_side_encryption_configuration`, which alone can also block
/// encryption types (`["SSE-C"]`, or `["NONE"]` to allow every type).
const SSE_CONFIGURATION_RULE: &[Argument] = &[
    Argument::property("bucket_key_enabled", "BucketKeyEnabled"),
    Argument::block("apply_server_side_encryption_by_default", "ServerSideEncryptionByDefault", false, SSE_BY_DEFAULT),
    Argument::property("blocked_encryption_types", "BlockedEncryptionTypes.EncryptionType"),
];

const INLINE_SSE: &[Argument] = &[Argument::block("rule", "ServerSideEncryptionConfiguration", true, SSE_RULE)];

const INLINE_VERSIONING: &[Argument] = &[
    Argument::transformed("enabled", Transform::Lookup(&[("true", "Enabled"), ("false", "Suspended")]), "Status"),
    Argument::dropped(
        "mfa_delete",
        "CloudFormation cannot turn on MFA delete; only the root user can, through the API",
    ),
];

const INLINE_WEBSITE: &[Argument] = &[
    Argument::property("error_document", "ErrorDocument"),
    Argument::property("index_document", "IndexDocument"),
    Argument::property("redirect_all_requests_to", "RedirectAllRequestsTo.HostName"),
    Argument::dropped(
        "routing_rules",
        "the JSON routing rules use S3's API names; write them as routing_rule blocks of \
         aws_s3_bucket_website_configuration, which convert to WebsiteConfiguration.RoutingRules",
    ),
];

const BUCKET: &[Argument] = &[
    Argument::property("bucket", "BucketName"),
    Argument::property("bucket_prefix", "BucketNamePrefix"),
    Argument::property("bucket_namespace", "BucketNamespace"),
    Argument::transformed("acl", Transform::Lookup(CANNED_ACL), "AccessControl"),
    Argument::property("acceleration_status", "AccelerateConfiguration.AccelerationStatus"),
    Argument::property("object_lock_enabled", "ObjectLockEnabled"),
    Argument::block("object_lock_configuration", "ObjectLockConfiguration", false, INLINE_OBJECT_LOCK),
    Argument::block("versioning", "VersioningConfiguration", false, INLINE_VERSIONING),
    Argument::block("server_side_encryption_configuration", "BucketEncryption", false, INLINE_SSE),
    Argument::block("cors_rule", "CorsConfiguration.CorsRules", true, INLINE_CORS_RULE),
    Argument::block("lifecycle_rule", "LifecycleConfiguration.Rules", true, INLINE_LIFECYCLE_RULE),
    Argument::block("logging", "LoggingConfiguration", false, INLINE_LOGGING),
    Argument::block("replication_configuration", "ReplicationConfiguration", false, INLINE_REPLICATION),
    Argument::block("website", "WebsiteConfiguration", false, INLINE_WEBSITE),
    TAGS,
    Argument::new("policy", Shape::JsonDocument, Target::Companion),
    Argument::dropped(
        "force_destroy",
        "CloudFormation cannot delete a bucket that still holds objects: empty it before deleting the stack",
    ),
    Argument::dropped("grant", "CloudFormation sets a bucket's ACL only as a canned ACL (acl)"),
    Argument::dropped("request_payer", "AWS::S3::Bucket has no request payment setting"),
    TAGS_ALL,
    TIMEOUTS,
    REGION,
];

// ---- the sub-resources ----

const VERSIONING_CONFIGURATION: &[Argument] = &[
    // "Disabled" (never versioned) has no CloudFormation form: leaving the resource out is the same.
    Argument::transformed("status", Transform::Lookup(&[("Enabled", "Enabled"), ("Suspended", "Suspended")]), "Status"),
    Argument::dropped(
        "mfa_delete",
        "CloudFormation cannot turn on MFA delete; only the root user can, through the API",
    ),
];

const VERSIONING: &[Argument] = &[
    Argument::link("bucket"),
    Argument::block("versioning_configuration", "VersioningConfiguration", false, VERSIONING_CONFIGURATION),
    Argument::dropped("expected_bucket_owner", EXPECTED_OWNER),
    Argument::dropped("mfa", "CloudFormation cannot turn on MFA delete, which is what the MFA device is for"),
    REGION,
];

const SERVER_SIDE_ENCRYPTION: &[Argument] = &[
    Argument::link("bucket"),
    Argument::block("rule", "BucketEncryption.ServerSideEncryptionConfiguration", true, SSE_CONFIGURATION_RULE),
    Argument::dropped("expected_bucket_owner", EXPECTED_OWNER),
    REGION,
];

const PUBLIC_ACCESS_BLOCK: &[Argument] = &[
    Argument::link("bucket"),
    Argument::property("block_public_acls", "PublicAccessBlockConfiguration.BlockPublicAcls"),
    Argument::property("block_public_policy", "PublicAccessBlockConfiguration.BlockPublicPolicy"),
    Argument::property("ignore_public_acls", "PublicAccessBlockConfiguration.IgnorePublicAcls"),
    Argument::property("restrict_public_buckets", "PublicAccessBlockConfiguration.RestrictPublicBuckets"),
    Argument::dropped("skip_destroy", "the setting is part of the bucket, and goes with it"),
    REGION,
];

pub(super) const ABORT_MULTIPART: &[Argument] = &[Argument::property("days_after_initiation", "DaysAfterInitiation")];

const TAG_FILTER: &[Argument] = &[Argument::property("key", "Key"), Argument::property("value", "Value")];

const LIFECYCLE_AND: &[Argument] = &[
    Argument::transformed("object_size_greater_than", Transform::ToString, "ObjectSizeGreaterThan"),
    Argument::transformed("object_size_less_than", Transform::ToString, "ObjectSizeLessThan"),
    Argument::property("prefix", "Prefix"),
    Argument::new("tags", Shape::TagList, Target::Append("TagFilters")),
];

/// A rule's `filter`: CloudFormation's rule has the filter's fields itself, so the block (and its
/// `and`) is flattened into the rule.
const LIFECYCLE_FILTER: &[Argument] = &[
    Argument::transformed("object_size_greater_than", Transform::ToString, "ObjectSizeGreaterThan"),
    Argument::transformed("object_size_less_than", Transform::ToString, "ObjectSizeLessThan"),
    Argument::property("prefix", "Prefix"),
    Argument::new("tag", Shape::Block { list: false, arguments: TAG_FILTER }, Target::Append("TagFilters")),
    Argument::flatten("and", LIFECYCLE_AND),
];

const LIFECYCLE_EXPIRATION: &[Argument] = &[
    Argument::property("date", "ExpirationDate"),
    Argument::property("days", "ExpirationInDays"),
    Argument::property("expired_object_delete_marker", "ExpiredObjectDeleteMarker"),
];

const NONCURRENT_EXPIRATION: &[Argument] = &[
    Argument::property("newer_noncurrent_versions", "NewerNoncurrentVersions"),
    Argument::property("noncurrent_days", "NoncurrentDays"),
];

const NONCURRENT_TRANSITION: &[Argument] = &[
    Argument::property("newer_noncurrent_versions", "NewerNoncurrentVersions"),
    Argument::property("noncurrent_days", "TransitionInDays"),
    Argument::property("storage_class", "StorageClass"),
];

const LIFECYCLE_RULE: &[Argument] = &[
    Argument::property("id", "Id"),
    Argument::property("prefix", "Prefix"),
    Argument::property("status", "Status"),
    Argument::block("abort_incomplete_multipart_upload", "AbortIncompleteMultipartUpload", false, ABORT_MULTIPART),
    Argument::flatten("expiration", LIFECYCLE_EXPIRATION),
    Argument::flatten("filter", LIFECYCLE_FILTER),
    Argument::block("noncurrent_version_expiration", "NoncurrentVersionExpiration", false, NONCURRENT_EXPIRATION),
    Argument::block("noncurrent_version_transition", "NoncurrentVersionTransitions", true, NONCURRENT_TRANSITION),
    Argument::block("transition", "Transitions", true, TRANSITION),
];

const LIFECYCLE: &[Argument] = &[
    Argument::link("bucket"),
    Argument::block("rule", "LifecycleConfiguration.Rules", true, LIFECYCLE_RULE),
    Argument::property(
        "transition_default_minimum_object_size",
        "LifecycleConfiguration.TransitionDefaultMinimumObjectSize",
    ),
    Argument::dropped("expected_bucket_owner", EXPECTED_OWNER),
    TIMEOUTS,
    REGION,
];

const PARTITIONED_PREFIX: &[Argument] = &[Argument::property("partition_date_source", "PartitionDateSource")];

const TARGET_OBJECT_KEY_FORMAT: &[Argument] = &[
    Argument::block("partitioned_prefix", "PartitionedPrefix", false, PARTITIONED_PREFIX),
    // An empty block: `{}` is what CloudFormation wants.
    Argument::block("simple_prefix", "SimplePrefix", false, &[]),
];

const LOGGING: &[Argument] = &[
    Argument::link("bucket"),
    Argument::property("target_bucket", "LoggingConfiguration.DestinationBucketName"),
    Argument::property("target_prefix", "LoggingConfiguration.LogFilePrefix"),
    Argument::block(
        "target_object_key_format",
        "LoggingConfiguration.TargetObjectKeyFormat",
        false,
        TARGET_OBJECT_KEY_FORMAT,
    ),
    Argument::dropped(
        "target_grant",
        "CloudFormation has no log delivery grants; grant the logging service access with a bucket policy on the \
         target bucket",
    ),
    Argument::dropped("expected_bucket_owner", EXPECTED_OWNER),
    REGION,
];

const CORS_RULE: &[Argument] = &[
    Argument::property("allowed_headers", "AllowedHeaders"),
    Argument::property("allowed_methods", "AllowedMethods"),
    Argument::property("allowed_origins", "AllowedOrigins"),
    Argument::property("expose_headers", "ExposedHeaders"),
    Argument::property("id", "Id"),
    Argument::property("max_age_seconds", "MaxAge"),
];

const CORS: &[Argument] = &[
    Argument::link("bucket"),
    Argument::block("cors_rule", "CorsConfiguration.CorsRules", true, CORS_RULE),
    Argument::dropped("expected_bucket_owner", EXPECTED_OWNER),
    REGION,
];

const ROUTING_CONDITION: &[Argument] = &[
    Argument::property("http_error_code_returned_equals", "HttpErrorCodeReturnedEquals"),
    Argument::property("key_prefix_equals", "KeyPrefixEquals"),
];

const ROUTING_REDIRECT: &[Argument] = &[
    Argument::property("host_name", "HostName"),
    Argument::property("http_redirect_code", "HttpRedirectCode"),
    Argument::property("protocol", "Protocol"),
    Argument::property("replace_key_prefix_with", "ReplaceKeyPrefixWith"),
    Argument::property("replace_key_with", "ReplaceKeyWith"),
];

const ROUTING_RULE: &[Argument] = &[
    Argument::block("condition", "RoutingRuleCondition", false, ROUTING_CONDITION),
    Argument::block("redirect", "RedirectRule", false, ROUTING_REDIRECT),
];

const REDIRECT_ALL: &[Argument] =
    &[Argument::property("host_name", "HostName"), Argument::property("protocol", "Protocol")];

const WEBSITE: &[Argument] = &[
    Argument::link("bucket"),
    Argument::flatten("index_document", &[Argument::property("suffix", "WebsiteConfiguration.IndexDocument")]),
    Argument::flatten("error_document", &[Argument::property("key", "WebsiteConfiguration.ErrorDocument")]),
    Argument::block("redirect_all_requests_to", "WebsiteConfiguration.RedirectAllRequestsTo", false, REDIRECT_ALL),
    Argument::block("routing_rule", "WebsiteConfiguration.RoutingRules", true, ROUTING_RULE),
    Argument::dropped(
        "routing_rules",
        "the JSON routing rules use S3's API names; write them as routing_rule blocks, which convert to \
         WebsiteConfiguration.RoutingRules",
    ),
    Argument::dropped("expected_bucket_owner", EXPECTED_OWNER),
    REGION,
];

const WEBSITE_ATTRIBUTES: &[Attribute] = &[
    Attribute::argument("id", "bucket"),
    Attribute::argument("bucket", "bucket"),
    Attribute {
        name: "website_endpoint",
        value: AttributeValue::Part { attribute: "WebsiteURL", delimiter: "//", index: 1 },
    },
];

const OWNERSHIP_RULE: &[Argument] = &[Argument::property("object_ownership", "ObjectOwnership")];

const OWNERSHIP: &[Argument] =
    &[Argument::link("bucket"), Argument::block("rule", "OwnershipControls.Rules", true, OWNERSHIP_RULE), REGION];

const NO_NOTIFICATION_ID: &str = "CloudFormation's notification configurations have no ID";

/// The filter and event arguments every notification destination shares; `Event` takes one event,
/// so a destination with several events becomes one configuration per event.
macro_rules! notification {
    ($arn:literal, $property:literal) => {
        &[
            Argument::new("events", Shape::Value(Transform::None), Target::Explode("Event")),
            Argument::new(
                "filter_prefix",
                Shape::Value(Transform::Template(FILTER_PREFIX)),
                Target::Append("Filter.S3Key.Rules"),
            ),
            Argument::new(
                "filter_suffix",
                Shape::Value(Transform::Template(FILTER_SUFFIX)),
                Target::Append("Filter.S3Key.Rules"),
            ),
            Argument::property($arn, $property),
            Argument::dropped("id", NO_NOTIFICATION_ID),
        ]
    };
}

const LAMBDA_NOTIFICATION: &[Argument] = notification!("lambda_function_arn", "Function");
const QUEUE_NOTIFICATION: &[Argument] = notification!("queue_arn", "Queue");
const TOPIC_NOTIFICATION: &[Argument] = notification!("topic_arn", "Topic");

const NOTIFICATION: &[Argument] = &[
    Argument::link("bucket"),
    Argument::property("eventbridge", "NotificationConfiguration.EventBridgeConfiguration.EventBridgeEnabled"),
    Argument::block("lambda_function", "NotificationConfiguration.LambdaConfigurations", true, LAMBDA_NOTIFICATION),
    Argument::block("queue", "NotificationConfiguration.QueueConfigurations", true, QUEUE_NOTIFICATION),
    Argument::block("topic", "NotificationConfiguration.TopicConfigurations", true, TOPIC_NOTIFICATION),
    REGION,
];

const POLICY: &[Argument] =
    &[Argument::property("bucket", "Bucket"), Argument::json("policy", "PolicyDocument"), REGION];

/// The S3 table.
pub const MAPPINGS: &[ResourceMapping] = &[
    ResourceMapping {
        terraform: "aws_s3_bucket",
        cloudformation: "AWS::S3::Bucket",
        when: None,
        placement: Placement::Standalone,
        arguments: BUCKET,
        attributes: BUCKET_ATTRIBUTES,
        // The deprecated inline `policy` is a bucket policy of its own in CloudFormation.
        companions: &[Companion {
            cloudformation: "AWS::S3::BucketPolicy",
            suffix: "Policy",
            when_argument: "policy",
            properties: &[("Bucket", CompanionValue::MainRef), ("PolicyDocument", CompanionValue::Argument("policy"))],
            dependents_wait: false,
        }],
    },
    merged("aws_s3_bucket_versioning", VERSIONING, SUB_RESOURCE_ATTRIBUTES),
    merged("aws_s3_bucket_server_side_encryption_configuration", SERVER_SIDE_ENCRYPTION, SUB_RESOURCE_ATTRIBUTES),
    merged("aws_s3_bucket_public_access_block", PUBLIC_ACCESS_BLOCK, SUB_RESOURCE_ATTRIBUTES),
    merged("aws_s3_bucket_lifecycle_configuration", LIFECYCLE, SUB_RESOURCE_ATTRIBUTES),
    merged("aws_s3_bucket_logging", LOGGING, SUB_RESOURCE_ATTRIBUTES),
    merged("aws_s3_bucket_cors_configuration", CORS, SUB_RESOURCE_ATTRIBUTES),
    merged("aws_s3_bucket_website_configuration", WEBSITE, WEBSITE_ATTRIBUTES),
    merged("aws_s3_bucket_ownership_controls", OWNERSHIP, SUB_RESOURCE_ATTRIBUTES),
    merged("aws_s3_bucket_notification", NOTIFICATION, SUB_RESOURCE_ATTRIBUTES),
    ResourceMapping {
        terraform: "aws_s3_bucket_policy",
        cloudformation: "AWS::S3::BucketPolicy",
        when: None,
        placement: Placement::Standalone,
        arguments: POLICY,
        attributes: &[Attribute::argument("id", "bucket"), Attribute::argument("bucket", "bucket")],
        companions: &[],
    },
];

#[cfg(test)]
mod tests {
    use super::MAPPINGS;
    use crate::aws::rows::tests::{blocks, check_table, source, value};
    use crate::{attribute_expr, companion_resources, lower_arguments, mappings_for, ResourceMapping, Shape};
    use iac2cfn_ir::{Expr, IndexMap};

    fn row(terraform: &str) -> &'static ResourceMapping {
        mappings_for(terraform).into_iter().next().expect("listed")
    }

    fn s(text: &str) -> Expr {
        Expr::string(text)
    }

    fn map(entries: Vec<(&str, Expr)>) -> Expr {
        Expr::map(entries)
    }

    fn props(entries: Vec<(&str, Expr)>) -> IndexMap<String, Expr> {
        entries.into_iter().map(|(key, value)| (key.to_string(), value)).collect()
    }

    #[test]
    fn table_is_well_formed() {
        // `simple_prefix` is an empty block on purpose (CloudFormation wants `SimplePrefix: {}`), which
        // the shared check does not allow; the rest of the logging row is checked here.
        let rows: Vec<ResourceMapping> =
            MAPPINGS.iter().filter(|row| row.terraform != "aws_s3_bucket_logging").copied().collect();
        check_table(&rows);
        let logging = row("aws_s3_bucket_logging");
        let format = logging.arguments.iter().find(|a| a.name == "target_object_key_format").expect("listed");
        let Shape::Block { arguments, .. } = format.shape else { panic!("a block") };
        assert!(matches!(arguments[1].shape, Shape::Block { list: false, arguments: [] }));
    }

    #[test]
    fn a_bucket_converts_its_arguments_and_drops_force_destroy() {
        let body = source(vec![
            ("bucket", value(s("logs"))),
            ("force_destroy", value(Expr::Bool(true))),
            ("acl", value(s("log-delivery-write"))),
            ("tags", value(map(vec![("Team", s("data"))]))),
        ]);
        let lowered = lower_arguments(row("aws_s3_bucket"), &body);
        assert_eq!(
            lowered.properties,
            props(vec![
                ("BucketName", s("logs")),
                ("AccessControl", s("LogDeliveryWrite")),
                ("Tags", Expr::List(vec![map(vec![("Key", s("Team")), ("Value", s("data"))])])),
            ])
        );
        let codes: Vec<_> = lowered.diagnostics.iter().map(|d| d.code.0).collect();
        assert_eq!(codes, vec!["catalog::dropped-argument"]);
        assert!(lowered.diagnostics[0].message.contains("force_destroy"));
    }

    #[test]
    fn bucket_attributes_match_cloudformation() {
        let bucket = row("aws_s3_bucket");
        let expr = |name: &str| attribute_expr(bucket, "Logs", name, &|_| None);
        assert_eq!(expr("id"), Some(Expr::reference("Logs")));
        assert_eq!(expr("bucket"), Some(Expr::reference("Logs")));
        assert_eq!(expr("arn"), Some(Expr::get_att("Logs", "Arn")));
        assert_eq!(expr("bucket_domain_name"), Some(Expr::get_att("Logs", "DomainName")));
        assert_eq!(expr("bucket_regional_domain_name"), Some(Expr::get_att("Logs", "RegionalDomainName")));
        assert_eq!(
            expr("website_endpoint"),
            Some(Expr::Select {
                index: Box::new(Expr::int(1)),
                list: Box::new(Expr::Split {
                    delimiter: "//".into(),
                    source: Box::new(Expr::get_att("Logs", "WebsiteURL")),
                }),
            })
        );
    }

    #[test]
    fn an_inline_policy_becomes_a_bucket_policy() {
        let body = source(vec![("policy", value(s(r#"{"Version":"2012-10-17","Statement":[]}"#)))]);
        let bucket = row("aws_s3_bucket");
        assert!(lower_arguments(bucket, &body).properties.is_empty());
        let companions = companion_resources(bucket, "Site", &body);
        let [(suffix, policy)] = companions.as_slice() else { panic!("{companions:?}") };
        assert_eq!(suffix, "Policy");
        assert_eq!(policy.resource_type, "AWS::S3::BucketPolicy");
        assert_eq!(
            policy.properties,
            props(vec![
                ("Bucket", Expr::reference("Site")),
                ("PolicyDocument", map(vec![("Version", s("2012-10-17")), ("Statement", Expr::List(vec![]))])),
            ])
        );
    }

    #[test]
    fn versioning_merges_a_status_and_rejects_disabled() {
        let versioning = row("aws_s3_bucket_versioning");
        let body = |status: &str| {
            source(vec![
                ("bucket", value(Expr::reference("Logs"))),
                ("versioning_configuration", blocks(vec![source(vec![("status", value(s(status)))])])),
            ])
        };
        let enabled = lower_arguments(versioning, &body("Enabled"));
        assert!(enabled.diagnostics.is_empty());
        assert_eq!(enabled.properties, props(vec![("VersioningConfiguration", map(vec![("Status", s("Enabled"))]))]));
        let disabled = lower_arguments(versioning, &body("Disabled"));
        assert_eq!(disabled.diagnostics[0].code.0, "catalog::invalid-value");
    }

    #[test]
    fn lifecycle_rules_flatten_filters_and_expirations() {
        let rule = source(vec![
            ("id", value(s("expire-logs"))),
            ("status", value(s("Enabled"))),
            (
                "filter",
                blocks(vec![source(vec![(
                    "and",
                    blocks(vec![source(vec![
                        ("prefix", value(s("logs/"))),
                        ("object_size_greater_than", value(Expr::int(1024))),
                        ("tags", value(map(vec![("class", s("tmp"))]))),
                    ])]),
                )])]),
            ),
            ("expiration", blocks(vec![source(vec![("days", value(Expr::int(90)))])])),
            (
                "transition",
                blocks(vec![source(vec![("days", value(Expr::int(30))), ("storage_class", value(s("STANDARD_IA")))])]),
            ),
            ("noncurrent_version_expiration", blocks(vec![source(vec![("noncurrent_days", value(Expr::int(7)))])])),
            (
                "abort_incomplete_multipart_upload",
                blocks(vec![source(vec![("days_after_initiation", value(Expr::int(2)))])]),
            ),
        ]);
        let body = source(vec![("bucket", value(Expr::reference("Logs"))), ("rule", blocks(vec![rule]))]);
        let lowered = lower_arguments(row("aws_s3_bucket_lifecycle_configuration"), &body);
        assert!(lowered.diagnostics.is_empty(), "{:?}", lowered.diagnostics);
        let expected = map(vec![
            ("Id", s("expire-logs")),
            ("Status", s("Enabled")),
            ("AbortIncompleteMultipartUpload", map(vec![("DaysAfterInitiation", Expr::int(2))])),
            ("ExpirationInDays", Expr::int(90)),
            ("ObjectSizeGreaterThan", s("1024")),
            ("Prefix", s("logs/")),
            ("TagFilters", Expr::List(vec![map(vec![("Key", s("class")), ("Value", s("tmp"))])])),
            ("NoncurrentVersionExpiration", map(vec![("NoncurrentDays", Expr::int(7))])),
            (
                "Transitions",
                Expr::List(vec![map(vec![("TransitionInDays", Expr::int(30)), ("StorageClass", s("STANDARD_IA"))])]),
            ),
        ]);
        assert_eq!(
            lowered.properties,
            props(vec![("LifecycleConfiguration", map(vec![("Rules", Expr::List(vec![expected]))]))])
        );
    }

    #[test]
    fn notifications_become_one_configuration_per_event() {
        let queue = source(vec![
            ("queue_arn", value(Expr::get_att("Jobs", "Arn"))),
            ("events", value(Expr::List(vec![s("s3:ObjectCreated:*"), s("s3:ObjectRemoved:*")]))),
            ("filter_suffix", value(s(".csv"))),
        ]);
        let body = source(vec![
            ("bucket", value(Expr::reference("Logs"))),
            ("eventbridge", value(Expr::Bool(true))),
            ("queue", blocks(vec![queue])),
        ]);
        let lowered = lower_arguments(row("aws_s3_bucket_notification"), &body);
        assert!(lowered.diagnostics.is_empty(), "{:?}", lowered.diagnostics);
        let configuration = |event: &str| {
            map(vec![
                ("Event", s(event)),
                (
                    "Filter",
                    map(vec![(
                        "S3Key",
                        map(vec![("Rules", Expr::List(vec![map(vec![("Name", s("suffix")), ("Value", s(".csv"))])]))]),
                    )]),
                ),
                ("Queue", Expr::get_att("Jobs", "Arn")),
            ])
        };
        assert_eq!(
            lowered.properties,
            props(vec![(
                "NotificationConfiguration",
                map(vec![
                    ("EventBridgeConfiguration", map(vec![("EventBridgeEnabled", Expr::Bool(true))])),
                    (
                        "QueueConfigurations",
                        Expr::List(vec![configuration("s3:ObjectCreated:*"), configuration("s3:ObjectRemoved:*")]),
                    ),
                ]),
            )])
        );
    }

    #[test]
    fn logging_writes_an_empty_simple_prefix() {
        let body = source(vec![
            ("bucket", value(Expr::reference("Site"))),
            ("target_bucket", value(Expr::reference("Logs"))),
            ("target_prefix", value(s("site/"))),
            ("target_object_key_format", blocks(vec![source(vec![("simple_prefix", blocks(vec![source(vec![])]))])])),
        ]);
        let lowered = lower_arguments(row("aws_s3_bucket_logging"), &body);
        assert!(lowered.diagnostics.is_empty(), "{:?}", lowered.diagnostics);
        assert_eq!(
            lowered.properties,
            props(vec![(
                "LoggingConfiguration",
                map(vec![
                    ("DestinationBucketName", Expr::reference("Logs")),
                    ("LogFilePrefix", s("site/")),
                    ("TargetObjectKeyFormat", map(vec![("SimplePrefix", map(vec![]))])),
                ]),
            )])
        );
    }

    #[test]
    fn website_and_encryption_nest_as_cloudformation_does() {
        let website = source(vec![
            ("bucket", value(Expr::reference("Site"))),
            ("index_document", blocks(vec![source(vec![("suffix", value(s("index.html")))])])),
            ("error_document", blocks(vec![source(vec![("key", value(s("404.html")))])])),
        ]);
        let lowered = lower_arguments(row("aws_s3_bucket_website_configuration"), &website);
        assert_eq!(
            lowered.properties,
            props(vec![(
                "WebsiteConfiguration",
                map(vec![("IndexDocument", s("index.html")), ("ErrorDocument", s("404.html"))]),
            )])
        );

        let by_default =
            source(vec![("sse_algorithm", value(s("aws:kms"))), ("kms_master_key_id", value(Expr::reference("Key")))]);
        let encryption = source(vec![
            ("bucket", value(Expr::reference("Site"))),
            (
                "rule",
                blocks(vec![source(vec![
                    ("apply_server_side_encryption_by_default", blocks(vec![by_default])),
                    ("bucket_key_enabled", value(Expr::Bool(true))),
                ])]),
            ),
        ]);
        let lowered = lower_arguments(row("aws_s3_bucket_server_side_encryption_configuration"), &encryption);
        assert_eq!(
            lowered.properties,
            props(vec![(
                "BucketEncryption",
                map(vec![(
                    "ServerSideEncryptionConfiguration",
                    Expr::List(vec![map(vec![
                        ("BucketKeyEnabled", Expr::Bool(true)),
                        (
                            "ServerSideEncryptionByDefault",
                            map(vec![("KMSMasterKeyID", Expr::reference("Key")), ("SSEAlgorithm", s("aws:kms"))]),
                        ),
                    ])]),
                )]),
            )])
        );
    }

    #[test]
    fn a_bucket_policy_parses_its_document() {
        let body = source(vec![
            ("bucket", value(Expr::reference("Site"))),
            ("policy", value(s(r#"{"Version":"2012-10-17","Statement":[{"Effect":"Deny"}]}"#))),
        ]);
        let lowered = lower_arguments(row("aws_s3_bucket_policy"), &body);
        assert_eq!(
            lowered.properties,
            props(vec![
                ("Bucket", Expr::reference("Site")),
                (
                    "PolicyDocument",
                    map(vec![
                        ("Version", s("2012-10-17")),
                        ("Statement", Expr::List(vec![map(vec![("Effect", s("Deny"))])])),
                    ]),
                ),
            ])
        );
    }
}

//! Amazon OpenSearch Service: domains and their access policies (merged into the domain's
//! `AccessPolicies`), and the legacy Elasticsearch domains (`AWS::Elasticsearch::Domain`), whose
//! blocks are mostly the same.
//!
//! A domain's `log_publishing_options` blocks are CloudFormation's `LogPublishingOptions` map keyed
//! by log type ([`Target::MapByKey`]). Terraform enables a log publishing option unless it says
//! `enabled = false`; CloudFormation's `Enabled` has no such default, so a row of the required
//! `cloudwatch_log_group_arn` writes `Enabled: true` and the optional `enabled`, later in the block,
//! overwrites it.

use super::rows::{TAGS, TIMEOUTS};
use super::shared::{REGION, TAGS_ALL};
use crate::model::{Argument, Attribute, Placement, ResourceMapping, Shape, Target, Transform};

/// The OpenSearch Service table.
pub const MAPPINGS: &[ResourceMapping] = &[DOMAIN, DOMAIN_POLICY, ELASTICSEARCH_DOMAIN, ELASTICSEARCH_DOMAIN_POLICY];

/// Why a domain's `auto_tune_options` are not converted.
const AUTO_TUNE_REASON: &str = "CloudFormation's domain types have no Auto-Tune settings; the service enables \
     Auto-Tune on supported instance types by default, or set it with the UpdateDomainConfig API";

/// `cognito_options`: Cognito authentication for the dashboards.
const COGNITO_OPTIONS: Argument = Argument::block(
    "cognito_options",
    "CognitoOptions",
    false,
    &[
        Argument::property("enabled", "Enabled"),
        Argument::property("identity_pool_id", "IdentityPoolId"),
        Argument::property("role_arn", "RoleArn"),
        Argument::property("user_pool_id", "UserPoolId"),
    ],
);

/// `domain_endpoint_options`: HTTPS and a custom endpoint.
const DOMAIN_ENDPOINT_OPTIONS: Argument = Argument::block(
    "domain_endpoint_options",
    "DomainEndpointOptions",
    false,
    &[
        Argument::property("custom_endpoint", "CustomEndpoint"),
        Argument::property("custom_endpoint_certificate_arn", "CustomEndpointCertificateArn"),
        Argument::property("custom_endpoint_enabled", "CustomEndpointEnabled"),
        Argument::property("enforce_https", "EnforceHTTPS"),
        Argument::property("tls_security_policy", "TLSSecurityPolicy"),
    ],
);

/// `encrypt_at_rest`.
const ENCRYPT_AT_REST: Argument = Argument::block(
    "encrypt_at_rest",
    "EncryptionAtRestOptions",
    false,
    &[Argument::property("enabled", "Enabled"), Argument::property("kms_key_id", "KmsKeyId")],
);

/// `log_publishing_options`, one entry of `LogPublishingOptions` per log type.
const LOG_PUBLISHING_OPTIONS: Argument = Argument::new(
    "log_publishing_options",
    Shape::Block {
        list: true,
        arguments: &[
            Argument::new(
                "log_type",
                Shape::Value(Transform::None),
                Target::Implied("the log type is the key of its entry in LogPublishingOptions"),
            ),
            Argument::property("cloudwatch_log_group_arn", "CloudWatchLogsLogGroupArn"),
            Argument::transformed("cloudwatch_log_group_arn", Transform::Constant("true"), "Enabled"),
            Argument::property("enabled", "Enabled"),
        ],
    },
    Target::MapByKey { path: "LogPublishingOptions", key: "log_type" },
);

/// `node_to_node_encryption`.
const NODE_TO_NODE_ENCRYPTION: Argument = Argument::block(
    "node_to_node_encryption",
    "NodeToNodeEncryptionOptions",
    false,
    &[Argument::property("enabled", "Enabled")],
);

/// `snapshot_options`.
const SNAPSHOT_OPTIONS: Argument = Argument::block(
    "snapshot_options",
    "SnapshotOptions",
    false,
    &[Argument::property("automated_snapshot_start_hour", "AutomatedSnapshotStartHour")],
);

/// `vpc_options` (the VPC's ID and zones are computed, not arguments).
const VPC_OPTIONS: Argument = Argument::block(
    "vpc_options",
    "VPCOptions",
    false,
    &[Argument::property("security_group_ids", "SecurityGroupIds"), Argument::property("subnet_ids", "SubnetIds")],
);

/// `master_user_options` of `advanced_security_options`.
const MASTER_USER_OPTIONS: Argument = Argument::block(
    "master_user_options",
    "MasterUserOptions",
    false,
    &[
        Argument::property("master_user_arn", "MasterUserARN"),
        Argument::property("master_user_name", "MasterUserName"),
        Argument::property("master_user_password", "MasterUserPassword"),
    ],
);

/// `zone_awareness_config` of `cluster_config`.
const ZONE_AWARENESS_CONFIG: Argument = Argument::block(
    "zone_awareness_config",
    "ZoneAwarenessConfig",
    false,
    &[Argument::property("availability_zone_count", "AvailabilityZoneCount")],
);

/// `cold_storage_options` of `cluster_config`.
const COLD_STORAGE_OPTIONS: Argument =
    Argument::block("cold_storage_options", "ColdStorageOptions", false, &[Argument::property("enabled", "Enabled")]);

/// `Ref` is the domain's name; Terraform's `id` is its ARN.
const DOMAIN: ResourceMapping = ResourceMapping {
    terraform: "aws_opensearch_domain",
    cloudformation: "AWS::OpenSearchService::Domain",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("domain_name", "DomainName"),
        Argument::property("engine_version", "EngineVersion"),
        Argument::property("ip_address_type", "IPAddressType"),
        Argument::json("access_policies", "AccessPolicies"),
        Argument::property("advanced_options", "AdvancedOptions"),
        Argument::block(
            "advanced_security_options",
            "AdvancedSecurityOptions",
            false,
            &[
                Argument::property("enabled", "Enabled"),
                Argument::property("anonymous_auth_enabled", "AnonymousAuthEnabled"),
                Argument::property("internal_user_database_enabled", "InternalUserDatabaseEnabled"),
                MASTER_USER_OPTIONS,
                // Block of the provider's 6.x releases.
                Argument::block(
                    "jwt_options",
                    "JWTOptions",
                    false,
                    &[
                        Argument::property("enabled", "Enabled"),
                        Argument::property("public_key", "PublicKey"),
                        Argument::property("roles_key", "RolesKey"),
                        Argument::property("subject_key", "SubjectKey"),
                        Argument::dropped(
                            "jwks_url",
                            "AWS::OpenSearchService::Domain takes the JWT signing key only as PublicKey",
                        ),
                    ],
                ),
            ],
        ),
        // Block of the provider's 6.x releases.
        Argument::block(
            "aiml_options",
            "AIMLOptions",
            false,
            &[
                Argument::block(
                    "s3_vectors_engine",
                    "S3VectorsEngine",
                    false,
                    &[Argument::property("enabled", "Enabled")],
                ),
                Argument::block(
                    "serverless_vector_acceleration",
                    "ServerlessVectorAcceleration",
                    false,
                    &[Argument::property("enabled", "Enabled")],
                ),
                Argument::dropped(
                    "natural_language_query_generation_options",
                    "AWS::OpenSearchService::Domain's AIMLOptions have no natural language query \
                     generation setting",
                ),
            ],
        ),
        Argument::dropped("auto_tune_options", AUTO_TUNE_REASON),
        Argument::block(
            "cluster_config",
            "ClusterConfig",
            false,
            &[
                Argument::property("instance_type", "InstanceType"),
                Argument::property("instance_count", "InstanceCount"),
                Argument::property("dedicated_master_enabled", "DedicatedMasterEnabled"),
                Argument::property("dedicated_master_type", "DedicatedMasterType"),
                Argument::property("dedicated_master_count", "DedicatedMasterCount"),
                Argument::property("multi_az_with_standby_enabled", "MultiAZWithStandbyEnabled"),
                Argument::property("warm_enabled", "WarmEnabled"),
                Argument::property("warm_type", "WarmType"),
                Argument::property("warm_count", "WarmCount"),
                Argument::property("zone_awareness_enabled", "ZoneAwarenessEnabled"),
                ZONE_AWARENESS_CONFIG,
                COLD_STORAGE_OPTIONS,
                Argument::block(
                    "node_options",
                    "NodeOptions",
                    true,
                    &[
                        Argument::property("node_type", "NodeType"),
                        Argument::block(
                            "node_config",
                            "NodeConfig",
                            false,
                            &[
                                Argument::property("count", "Count"),
                                Argument::property("enabled", "Enabled"),
                                Argument::property("type", "Type"),
                            ],
                        ),
                    ],
                ),
            ],
        ),
        COGNITO_OPTIONS,
        // Block of the provider's 6.x releases.
        Argument::block(
            "deployment_strategy_options",
            "DeploymentStrategyOptions",
            false,
            &[Argument::property("deployment_strategy", "DeploymentStrategy")],
        ),
        DOMAIN_ENDPOINT_OPTIONS,
        Argument::block(
            "ebs_options",
            "EBSOptions",
            false,
            &[
                Argument::property("ebs_enabled", "EBSEnabled"),
                Argument::property("volume_type", "VolumeType"),
                Argument::property("volume_size", "VolumeSize"),
                Argument::property("iops", "Iops"),
                Argument::property("throughput", "Throughput"),
            ],
        ),
        ENCRYPT_AT_REST,
        // Block of the provider's 6.x releases.
        Argument::block(
            "identity_center_options",
            "IdentityCenterOptions",
            false,
            &[
                Argument::property("enabled_api_access", "EnabledAPIAccess"),
                Argument::property("identity_center_instance_arn", "IdentityCenterInstanceARN"),
                Argument::property("roles_key", "RolesKey"),
                Argument::property("subject_key", "SubjectKey"),
            ],
        ),
        LOG_PUBLISHING_OPTIONS,
        NODE_TO_NODE_ENCRYPTION,
        Argument::block(
            "off_peak_window_options",
            "OffPeakWindowOptions",
            false,
            &[
                Argument::property("enabled", "Enabled"),
                Argument::block(
                    "off_peak_window",
                    "OffPeakWindow",
                    false,
                    &[Argument::block(
                        "window_start_time",
                        "WindowStartTime",
                        false,
                        &[Argument::property("hours", "Hours"), Argument::property("minutes", "Minutes")],
                    )],
                ),
            ],
        ),
        SNAPSHOT_OPTIONS,
        Argument::block(
            "software_update_options",
            "SoftwareUpdateOptions",
            false,
            &[Argument::property("auto_software_update_enabled", "AutoSoftwareUpdateEnabled")],
        ),
        VPC_OPTIONS,
        TAGS,
        TAGS_ALL,
        TIMEOUTS,
        REGION,
    ],
    attributes: &[
        Attribute::get_att("id", "Arn"),
        Attribute::get_att("arn", "Arn"),
        Attribute::reference("domain_name"),
        // `account-id/domain-name`, as CloudFormation's `Id` is.
        Attribute::get_att("domain_id", "Id"),
        Attribute::get_att("endpoint", "DomainEndpoint"),
        Attribute::get_att("endpoint_v2", "DomainEndpointV2"),
        // The provider appends these paths to the endpoint.
        Attribute::sub("dashboard_endpoint", "${Self.DomainEndpoint}/_dashboards"),
        Attribute::sub("dashboard_endpoint_v2", "${Self.DomainEndpointV2}/_dashboards"),
        Attribute::sub("kibana_endpoint", "${Self.DomainEndpoint}/_plugin/kibana/"),
    ],
    companions: &[],
};

/// Merged into the domain its `domain_name` names: the policy becomes the domain's `AccessPolicies`.
const DOMAIN_POLICY: ResourceMapping = ResourceMapping {
    terraform: "aws_opensearch_domain_policy",
    cloudformation: "AWS::OpenSearchService::Domain",
    when: None,
    placement: Placement::MergeInto { parent: "aws_opensearch_domain", link: "domain_name" },
    arguments: &[Argument::link("domain_name"), Argument::json("access_policies", "AccessPolicies"), TIMEOUTS, REGION],
    // Terraform's id is the domain's name behind a fixed prefix.
    attributes: &[Attribute::sub("id", "esd-policy-${Self}"), Attribute::reference("domain_name")],
    companions: &[],
};

/// `Ref` is the domain's name; Terraform's `id` is its ARN.
const ELASTICSEARCH_DOMAIN: ResourceMapping = ResourceMapping {
    terraform: "aws_elasticsearch_domain",
    cloudformation: "AWS::Elasticsearch::Domain",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("domain_name", "DomainName"),
        Argument::property("elasticsearch_version", "ElasticsearchVersion"),
        Argument::json("access_policies", "AccessPolicies"),
        Argument::property("advanced_options", "AdvancedOptions"),
        Argument::block(
            "advanced_security_options",
            "AdvancedSecurityOptions",
            false,
            &[
                Argument::property("enabled", "Enabled"),
                Argument::property("internal_user_database_enabled", "InternalUserDatabaseEnabled"),
                MASTER_USER_OPTIONS,
            ],
        ),
        Argument::dropped("auto_tune_options", AUTO_TUNE_REASON),
        Argument::block(
            "cluster_config",
            "ElasticsearchClusterConfig",
            false,
            &[
                Argument::property("instance_type", "InstanceType"),
                Argument::property("instance_count", "InstanceCount"),
                Argument::property("dedicated_master_enabled", "DedicatedMasterEnabled"),
                Argument::property("dedicated_master_type", "DedicatedMasterType"),
                Argument::property("dedicated_master_count", "DedicatedMasterCount"),
                Argument::property("warm_enabled", "WarmEnabled"),
                Argument::property("warm_type", "WarmType"),
                Argument::property("warm_count", "WarmCount"),
                Argument::property("zone_awareness_enabled", "ZoneAwarenessEnabled"),
                ZONE_AWARENESS_CONFIG,
                COLD_STORAGE_OPTIONS,
            ],
        ),
        COGNITO_OPTIONS,
        DOMAIN_ENDPOINT_OPTIONS,
        Argument::block(
            "ebs_options",
            "EBSOptions",
            false,
            &[
                Argument::property("ebs_enabled", "EBSEnabled"),
                Argument::property("volume_type", "VolumeType"),
                Argument::property("volume_size", "VolumeSize"),
                Argument::property("iops", "Iops"),
                Argument::dropped(
                    "throughput",
                    "AWS::Elasticsearch::Domain's EBSOptions have no throughput: migrate to \
                     aws_opensearch_domain (AWS::OpenSearchService::Domain) for gp3 throughput",
                ),
            ],
        ),
        ENCRYPT_AT_REST,
        LOG_PUBLISHING_OPTIONS,
        NODE_TO_NODE_ENCRYPTION,
        SNAPSHOT_OPTIONS,
        VPC_OPTIONS,
        TAGS,
        TAGS_ALL,
        TIMEOUTS,
        REGION,
    ],
    attributes: &[
        Attribute::get_att("id", "Arn"),
        Attribute::get_att("arn", "Arn"),
        Attribute::reference("domain_name"),
        Attribute::get_att("domain_id", "Id"),
        Attribute::get_att("endpoint", "DomainEndpoint"),
        // The provider appends this path to the endpoint.
        Attribute::sub("kibana_endpoint", "${Self.DomainEndpoint}/_plugin/kibana/"),
    ],
    companions: &[],
};

/// Merged into the domain its `domain_name` names: the policy becomes the domain's `AccessPolicies`.
const ELASTICSEARCH_DOMAIN_POLICY: ResourceMapping = ResourceMapping {
    terraform: "aws_elasticsearch_domain_policy",
    cloudformation: "AWS::Elasticsearch::Domain",
    when: None,
    placement: Placement::MergeInto { parent: "aws_elasticsearch_domain", link: "domain_name" },
    arguments: &[Argument::link("domain_name"), Argument::json("access_policies", "AccessPolicies"), TIMEOUTS, REGION],
    // Terraform's id is the domain's name behind a fixed prefix.
    attributes: &[Attribute::sub("id", "esd-policy-${Self}"), Attribute::reference("domain_name")],
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

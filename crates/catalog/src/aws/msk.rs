//! Amazon MSK: provisioned and serverless clusters, configurations, cluster policies, SCRAM secret
//! associations and multi-VPC connections.
//!
//! Terraform spells each authentication method as a bool (`sasl { iam = true }`,
//! `unauthenticated = true`) where CloudFormation wants an object with an `Enabled` flag
//! (`Sasl: {Iam: {Enabled: true}}`): the bool is written to the flag's dotted path.
//!
//! CloudFormation returns neither the bootstrap broker strings (`bootstrap_brokers*`) nor the
//! ZooKeeper connection strings of a cluster, so those attributes have no form: read them with
//! `aws kafka get-bootstrap-brokers` after deployment, or through a custom resource.

use super::rows::TIMEOUTS;
use super::shared::{REGION, TAGS_ALL};
use crate::model::{Argument, Attribute, AttributeValue, Placement, ResourceMapping, Shape, Target};

/// The Amazon MSK table.
pub const MAPPINGS: &[ResourceMapping] =
    &[CLUSTER, CONFIGURATION, SERVERLESS_CLUSTER, CLUSTER_POLICY, SCRAM_SECRET_ASSOCIATION, VPC_CONNECTION];

/// `tags`, which AWS::MSK's types declare as a map.
const TAG_MAP: Argument = Argument::new("tags", Shape::TagMap, Target::Property("Tags"));

/// `sasl { iam, scram }`, the same at the cluster's top level and under VPC connectivity.
const SASL: Argument = Argument::block(
    "sasl",
    "Sasl",
    false,
    &[Argument::property("iam", "Iam.Enabled"), Argument::property("scram", "Scram.Enabled")],
);

/// `Ref` is the cluster's ARN, as Terraform's `id` is.
const CLUSTER: ResourceMapping = ResourceMapping {
    terraform: "aws_msk_cluster",
    cloudformation: "AWS::MSK::Cluster",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("cluster_name", "ClusterName"),
        Argument::property("kafka_version", "KafkaVersion"),
        Argument::property("number_of_broker_nodes", "NumberOfBrokerNodes"),
        Argument::property("enhanced_monitoring", "EnhancedMonitoring"),
        Argument::property("storage_mode", "StorageMode"),
        Argument::block(
            "broker_node_group_info",
            "BrokerNodeGroupInfo",
            false,
            &[
                Argument::property("az_distribution", "BrokerAZDistribution"),
                Argument::property("client_subnets", "ClientSubnets"),
                Argument::property("instance_type", "InstanceType"),
                Argument::property("security_groups", "SecurityGroups"),
                Argument::block(
                    "connectivity_info",
                    "ConnectivityInfo",
                    false,
                    &[
                        Argument::block("public_access", "PublicAccess", false, &[Argument::property("type", "Type")]),
                        Argument::block(
                            "vpc_connectivity",
                            "VpcConnectivity",
                            false,
                            &[Argument::block(
                                "client_authentication",
                                "ClientAuthentication",
                                false,
                                &[Argument::property("tls", "Tls.Enabled"), SASL],
                            )],
                        ),
                    ],
                ),
                Argument::block(
                    "storage_info",
                    "StorageInfo",
                    false,
                    &[Argument::block(
                        "ebs_storage_info",
                        "EBSStorageInfo",
                        false,
                        &[
                            Argument::property("volume_size", "VolumeSize"),
                            Argument::block(
                                "provisioned_throughput",
                                "ProvisionedThroughput",
                                false,
                                &[
                                    Argument::property("enabled", "Enabled"),
                                    Argument::property("volume_throughput", "VolumeThroughput"),
                                ],
                            ),
                        ],
                    )],
                ),
            ],
        ),
        Argument::block(
            "client_authentication",
            "ClientAuthentication",
            false,
            &[
                Argument::property("unauthenticated", "Unauthenticated.Enabled"),
                SASL,
                Argument::block(
                    "tls",
                    "Tls",
                    false,
                    &[Argument::property("certificate_authority_arns", "CertificateAuthorityArnList")],
                ),
            ],
        ),
        Argument::block(
            "configuration_info",
            "ConfigurationInfo",
            false,
            &[Argument::property("arn", "Arn"), Argument::property("revision", "Revision")],
        ),
        Argument::block(
            "encryption_info",
            "EncryptionInfo",
            false,
            &[
                Argument::property("encryption_at_rest_kms_key_arn", "EncryptionAtRest.DataVolumeKMSKeyId"),
                Argument::block(
                    "encryption_in_transit",
                    "EncryptionInTransit",
                    false,
                    &[
                        Argument::property("client_broker", "ClientBroker"),
                        Argument::property("in_cluster", "InCluster"),
                    ],
                ),
            ],
        ),
        Argument::block(
            "logging_info",
            "LoggingInfo",
            false,
            &[Argument::block(
                "broker_logs",
                "BrokerLogs",
                false,
                &[
                    Argument::block(
                        "cloudwatch_logs",
                        "CloudWatchLogs",
                        false,
                        &[Argument::property("enabled", "Enabled"), Argument::property("log_group", "LogGroup")],
                    ),
                    Argument::block(
                        "firehose",
                        "Firehose",
                        false,
                        &[
                            Argument::property("enabled", "Enabled"),
                            Argument::property("delivery_stream", "DeliveryStream"),
                        ],
                    ),
                    Argument::block(
                        "s3",
                        "S3",
                        false,
                        &[
                            Argument::property("enabled", "Enabled"),
                            Argument::property("bucket", "Bucket"),
                            Argument::property("prefix", "Prefix"),
                        ],
                    ),
                ],
            )],
        ),
        Argument::block(
            "open_monitoring",
            "OpenMonitoring",
            false,
            &[Argument::block(
                "prometheus",
                "Prometheus",
                false,
                &[
                    Argument::block(
                        "jmx_exporter",
                        "JmxExporter",
                        false,
                        &[Argument::property("enabled_in_broker", "EnabledInBroker")],
                    ),
                    Argument::block(
                        "node_exporter",
                        "NodeExporter",
                        false,
                        &[Argument::property("enabled_in_broker", "EnabledInBroker")],
                    ),
                ],
            )],
        ),
        // Block of the provider's 6.x releases.
        Argument::block("rebalancing", "Rebalancing", false, &[Argument::property("status", "Status")]),
        TAG_MAP,
        TAGS_ALL,
        TIMEOUTS,
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::reference("arn"),
        Attribute::argument("cluster_name", "cluster_name"),
        // The ARN ends in `cluster/<name>/<uuid>`.
        Attribute { name: "cluster_uuid", value: AttributeValue::Part { attribute: "Arn", delimiter: "/", index: 2 } },
        Attribute::get_att("current_version", "CurrentVersion"),
    ],
    companions: &[],
};

/// `Ref` is the configuration's ARN, as Terraform's `id` is. `server_properties` is plain text in
/// both: CloudFormation encodes it for the API, as the provider does.
const CONFIGURATION: ResourceMapping = ResourceMapping {
    terraform: "aws_msk_configuration",
    cloudformation: "AWS::MSK::Configuration",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "Name"),
        Argument::property("description", "Description"),
        Argument::property("kafka_versions", "KafkaVersionsList"),
        Argument::property("server_properties", "ServerProperties"),
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::reference("arn"),
        Attribute::argument("name", "name"),
        Attribute::get_att("latest_revision", "LatestRevision.Revision"),
    ],
    companions: &[],
};

/// `Ref` is the cluster's ARN, as Terraform's `id` is.
const SERVERLESS_CLUSTER: ResourceMapping = ResourceMapping {
    terraform: "aws_msk_serverless_cluster",
    cloudformation: "AWS::MSK::ServerlessCluster",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("cluster_name", "ClusterName"),
        Argument::block(
            "client_authentication",
            "ClientAuthentication",
            false,
            &[Argument::block(
                "sasl",
                "Sasl",
                false,
                &[Argument::block("iam", "Iam", false, &[Argument::property("enabled", "Enabled")])],
            )],
        ),
        Argument::block(
            "vpc_config",
            "VpcConfigs",
            true,
            &[
                Argument::property("subnet_ids", "SubnetIds"),
                Argument::property("security_group_ids", "SecurityGroups"),
            ],
        ),
        TAG_MAP,
        TAGS_ALL,
        TIMEOUTS,
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::reference("arn"),
        Attribute::argument("cluster_name", "cluster_name"),
        // The ARN ends in `cluster/<name>/<uuid>`.
        Attribute { name: "cluster_uuid", value: AttributeValue::Part { attribute: "Arn", delimiter: "/", index: 2 } },
    ],
    companions: &[],
};

/// `Ref` is the cluster's ARN, as Terraform's `id` is.
const CLUSTER_POLICY: ResourceMapping = ResourceMapping {
    terraform: "aws_msk_cluster_policy",
    cloudformation: "AWS::MSK::ClusterPolicy",
    when: None,
    placement: Placement::Standalone,
    arguments: &[Argument::property("cluster_arn", "ClusterArn"), Argument::json("policy", "Policy"), REGION],
    attributes: &[
        Attribute::reference("id"),
        Attribute::reference("cluster_arn"),
        Attribute::get_att("current_version", "CurrentVersion"),
    ],
    companions: &[],
};

/// `Ref` is the cluster's ARN, as Terraform's `id` is. Like Terraform's resource, it manages every
/// SCRAM secret associated with the cluster.
const SCRAM_SECRET_ASSOCIATION: ResourceMapping = ResourceMapping {
    terraform: "aws_msk_scram_secret_association",
    cloudformation: "AWS::MSK::BatchScramSecret",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("cluster_arn", "ClusterArn"),
        Argument::property("secret_arn_list", "SecretArnList"),
        REGION,
    ],
    attributes: &[Attribute::reference("id"), Attribute::reference("cluster_arn")],
    companions: &[],
};

/// `Ref` is the connection's ARN, as Terraform's `id` is.
const VPC_CONNECTION: ResourceMapping = ResourceMapping {
    terraform: "aws_msk_vpc_connection",
    cloudformation: "AWS::MSK::VpcConnection",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("target_cluster_arn", "TargetClusterArn"),
        Argument::property("authentication", "Authentication"),
        Argument::property("vpc_id", "VpcId"),
        Argument::property("client_subnets", "ClientSubnets"),
        Argument::property("security_groups", "SecurityGroups"),
        TAG_MAP,
        TAGS_ALL,
        REGION,
    ],
    attributes: &[Attribute::reference("id"), Attribute::reference("arn")],
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

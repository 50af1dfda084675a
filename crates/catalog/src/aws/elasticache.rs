//! ElastiCache: subnet groups, replication groups, clusters, parameter groups, users and user
//! groups, serverless caches and global replication groups.
//!
//! A parameter group's `parameter` blocks are CloudFormation's `Properties` map of names to values
//! ([`Target::MapByKeyValue`]). A user group association is merged into its user group's `UserIds`.
//! A global replication group's primary is the one `PRIMARY` element of CloudFormation's `Members`,
//! in the stack's region.

use super::rows::{TAGS, TIMEOUTS};
use super::shared::{REGION, TAGS_ALL};
use crate::model::{Argument, Attribute, Placement, ResourceMapping, Shape, Target, Transform};

/// The ElastiCache table.
pub const MAPPINGS: &[ResourceMapping] = &[
    SUBNET_GROUP,
    REPLICATION_GROUP,
    CLUSTER,
    PARAMETER_GROUP,
    USER,
    USER_GROUP,
    USER_GROUP_ASSOCIATION,
    SERVERLESS_CACHE,
    GLOBAL_REPLICATION_GROUP,
];

/// `Ref` is the group's name, as Terraform's `id` is (both lowercase it).
const SUBNET_GROUP: ResourceMapping = ResourceMapping {
    terraform: "aws_elasticache_subnet_group",
    cloudformation: "AWS::ElastiCache::SubnetGroup",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "CacheSubnetGroupName"),
        // Required by CloudFormation; the frontend supplies Terraform's default when it is absent.
        Argument::property("description", "Description"),
        Argument::property("subnet_ids", "SubnetIds"),
        TAGS,
        TAGS_ALL,
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::reference("name"),
        Attribute::sub("arn", "arn:${AWS::Partition}:elasticache:${AWS::Region}:${AWS::AccountId}:subnetgroup:${Self}"),
    ],
    companions: &[],
};

/// `Ref` is the replication group's ID, as Terraform's `id` is.
const REPLICATION_GROUP: ResourceMapping = ResourceMapping {
    terraform: "aws_elasticache_replication_group",
    cloudformation: "AWS::ElastiCache::ReplicationGroup",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("replication_group_id", "ReplicationGroupId"),
        Argument::property("description", "ReplicationGroupDescription"),
        Argument::property("engine", "Engine"),
        Argument::property("engine_version", "EngineVersion"),
        Argument::property("node_type", "CacheNodeType"),
        Argument::property("port", "Port"),
        Argument::property("parameter_group_name", "CacheParameterGroupName"),
        Argument::property("subnet_group_name", "CacheSubnetGroupName"),
        Argument::property("security_group_ids", "SecurityGroupIds"),
        Argument::property("security_group_names", "CacheSecurityGroupNames"),
        Argument::property("num_cache_clusters", "NumCacheClusters"),
        Argument::property("num_node_groups", "NumNodeGroups"),
        Argument::property("replicas_per_node_group", "ReplicasPerNodeGroup"),
        Argument::property("preferred_cache_cluster_azs", "PreferredCacheClusterAZs"),
        Argument::property("cluster_mode", "ClusterMode"),
        Argument::property("automatic_failover_enabled", "AutomaticFailoverEnabled"),
        Argument::property("multi_az_enabled", "MultiAZEnabled"),
        Argument::property("data_tiering_enabled", "DataTieringEnabled"),
        Argument::property("global_replication_group_id", "GlobalReplicationGroupId"),
        Argument::property("ip_discovery", "IpDiscovery"),
        Argument::property("network_type", "NetworkType"),
        // Strings ("true") in the provider's schema, booleans in CloudFormation's, which accepts them.
        Argument::property("at_rest_encryption_enabled", "AtRestEncryptionEnabled"),
        Argument::property("auto_minor_version_upgrade", "AutoMinorVersionUpgrade"),
        Argument::property("kms_key_id", "KmsKeyId"),
        Argument::property("transit_encryption_enabled", "TransitEncryptionEnabled"),
        Argument::property("transit_encryption_mode", "TransitEncryptionMode"),
        Argument::property("auth_token", "AuthToken"),
        // Arguments of the provider's 6.x releases.
        Argument::property("auth_token_wo", "AuthToken"),
        Argument::dropped(
            "auth_token_wo_version",
            "Terraform uses it to resend a write-only token; CloudFormation updates the token whenever \
             AuthToken changes",
        ),
        Argument::dropped(
            "auth_token_update_strategy",
            "AWS::ElastiCache::ReplicationGroup has no update strategy for the token; CloudFormation \
             rotates it when AuthToken changes",
        ),
        Argument::property("durability", "Durability"),
        Argument::block(
            "node_group_configuration",
            "NodeGroupConfiguration",
            true,
            &[
                Argument::property("node_group_id", "NodeGroupId"),
                Argument::property("primary_availability_zone", "PrimaryAvailabilityZone"),
                Argument::property("replica_availability_zones", "ReplicaAvailabilityZones"),
                Argument::property("replica_count", "ReplicaCount"),
                Argument::property("slots", "Slots"),
                Argument::dropped(
                    "primary_outpost_arn",
                    "AWS::ElastiCache::ReplicationGroup places no node group on an Outpost",
                ),
                Argument::dropped(
                    "replica_outpost_arns",
                    "AWS::ElastiCache::ReplicationGroup places no node group on an Outpost",
                ),
            ],
        ),
        Argument::property("user_group_ids", "UserGroupIds"),
        Argument::property("maintenance_window", "PreferredMaintenanceWindow"),
        Argument::property("notification_topic_arn", "NotificationTopicArn"),
        Argument::property("snapshot_arns", "SnapshotArns"),
        Argument::property("snapshot_name", "SnapshotName"),
        Argument::property("snapshot_retention_limit", "SnapshotRetentionLimit"),
        Argument::property("snapshot_window", "SnapshotWindow"),
        Argument::dropped(
            "final_snapshot_identifier",
            "CloudFormation names the final snapshot itself: set DeletionPolicy: Snapshot on the resource",
        ),
        Argument::dropped(
            "apply_immediately",
            "CloudFormation applies modifications to a replication group as soon as it updates it",
        ),
        Argument::dropped("log_delivery_configuration", LOG_DELIVERY_REASON),
        TAGS,
        TAGS_ALL,
        TIMEOUTS,
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::sub(
            "arn",
            "arn:${AWS::Partition}:elasticache:${AWS::Region}:${AWS::AccountId}:replicationgroup:${Self}",
        ),
        Attribute::get_att("primary_endpoint_address", "PrimaryEndPoint.Address"),
        Attribute::get_att("reader_endpoint_address", "ReaderEndPoint.Address"),
        Attribute::get_att("configuration_endpoint_address", "ConfigurationEndPoint.Address"),
        Attribute::get_att("engine_version_actual", "EngineVersion"),
    ],
    companions: &[],
};

/// Why a cache resource's `log_delivery_configuration` is not converted.
const LOG_DELIVERY_REASON: &str =
    "its destination goes to CloudWatchLogsDetails or KinesisFirehoseDetails depending on \
     destination_type, which the catalog cannot yet express: write LogDeliveryConfigurations by hand";

/// `Ref` is the cluster's name, as Terraform's `id` (its `cluster_id`) is.
///
/// `cache_nodes[0].address` is the Redis (or Valkey) node's address, which CloudFormation returns as
/// `RedisEndpoint.Address`; a Memcached cluster has no such attribute, and its nodes' addresses have
/// no CloudFormation form (its `cluster_address`, the configuration endpoint, does).
const CLUSTER: ResourceMapping = ResourceMapping {
    terraform: "aws_elasticache_cluster",
    cloudformation: "AWS::ElastiCache::CacheCluster",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("cluster_id", "ClusterName"),
        Argument::property("engine", "Engine"),
        Argument::property("engine_version", "EngineVersion"),
        Argument::property("node_type", "CacheNodeType"),
        Argument::property("num_cache_nodes", "NumCacheNodes"),
        Argument::property("port", "Port"),
        Argument::property("parameter_group_name", "CacheParameterGroupName"),
        Argument::property("subnet_group_name", "CacheSubnetGroupName"),
        Argument::property("security_group_ids", "VpcSecurityGroupIds"),
        Argument::property("az_mode", "AZMode"),
        Argument::property("availability_zone", "PreferredAvailabilityZone"),
        Argument::property("preferred_availability_zones", "PreferredAvailabilityZones"),
        Argument::property("ip_discovery", "IpDiscovery"),
        Argument::property("network_type", "NetworkType"),
        // A string ("true") in the provider's schema, a boolean in CloudFormation's, which accepts it.
        Argument::property("auto_minor_version_upgrade", "AutoMinorVersionUpgrade"),
        Argument::property("transit_encryption_enabled", "TransitEncryptionEnabled"),
        Argument::property("maintenance_window", "PreferredMaintenanceWindow"),
        Argument::property("notification_topic_arn", "NotificationTopicArn"),
        Argument::property("snapshot_arns", "SnapshotArns"),
        Argument::property("snapshot_name", "SnapshotName"),
        Argument::property("snapshot_retention_limit", "SnapshotRetentionLimit"),
        Argument::property("snapshot_window", "SnapshotWindow"),
        Argument::dropped(
            "replication_group_id",
            "AWS::ElastiCache::CacheCluster cannot join a replication group: raise the group's \
             NumCacheClusters (num_cache_clusters) instead",
        ),
        Argument::dropped("outpost_mode", "AWS::ElastiCache::CacheCluster places no cluster on an Outpost"),
        Argument::dropped("preferred_outpost_arn", "AWS::ElastiCache::CacheCluster places no cluster on an Outpost"),
        Argument::dropped(
            "final_snapshot_identifier",
            "CloudFormation names the final snapshot itself: set DeletionPolicy: Snapshot on the resource",
        ),
        Argument::dropped(
            "apply_immediately",
            "CloudFormation applies modifications to a cache cluster as soon as it updates it",
        ),
        Argument::dropped("log_delivery_configuration", LOG_DELIVERY_REASON),
        TAGS,
        TAGS_ALL,
        TIMEOUTS,
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::reference("cluster_id"),
        Attribute::sub("arn", "arn:${AWS::Partition}:elasticache:${AWS::Region}:${AWS::AccountId}:cluster:${Self}"),
        Attribute::get_att("cluster_address", "ConfigurationEndpoint.Address"),
        Attribute::sub(
            "configuration_endpoint",
            "${Self.ConfigurationEndpoint.Address}:${Self.ConfigurationEndpoint.Port}",
        ),
        Attribute::get_att("cache_nodes.address", "RedisEndpoint.Address"),
        Attribute::get_att("cache_nodes.port", "RedisEndpoint.Port"),
    ],
    companions: &[],
};

/// `Ref` is the group's name, as Terraform's `id` is. CloudFormation names the group itself: its
/// `CacheParameterGroupName` is read-only, so `name` cannot be kept, and references to the group
/// (`id`, `name`) read the generated name through `Ref`.
const PARAMETER_GROUP: ResourceMapping = ResourceMapping {
    terraform: "aws_elasticache_parameter_group",
    cloudformation: "AWS::ElastiCache::ParameterGroup",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::dropped(
            "name",
            "AWS::ElastiCache::ParameterGroup names the group itself (its CacheParameterGroupName is \
             read-only); references to the group's id or name read the generated name",
        ),
        Argument::property("family", "CacheParameterGroupFamily"),
        // Required by CloudFormation; the frontend supplies Terraform's default when it is absent.
        Argument::property("description", "Description"),
        Argument::new(
            "parameter",
            Shape::Block {
                list: true,
                arguments: &[
                    Argument::new(
                        "name",
                        Shape::Value(Transform::None),
                        Target::Implied("the parameter's name is the key of its entry in Properties"),
                    ),
                    Argument::property("value", "Value"),
                ],
            },
            Target::MapByKeyValue { path: "Properties", key: "name", value: "Value" },
        ),
        TAGS,
        TAGS_ALL,
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::reference("name"),
        Attribute::sub(
            "arn",
            "arn:${AWS::Partition}:elasticache:${AWS::Region}:${AWS::AccountId}:parametergroup:${Self}",
        ),
    ],
    companions: &[],
};

/// `Ref` is the user's ID, as Terraform's `id` is.
const USER: ResourceMapping = ResourceMapping {
    terraform: "aws_elasticache_user",
    cloudformation: "AWS::ElastiCache::User",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("user_id", "UserId"),
        Argument::property("user_name", "UserName"),
        Argument::property("engine", "Engine"),
        Argument::property("access_string", "AccessString"),
        Argument::property("no_password_required", "NoPasswordRequired"),
        Argument::property("passwords", "Passwords"),
        // Arguments of the provider's 6.x releases.
        Argument::property("passwords_wo", "Passwords"),
        Argument::dropped(
            "passwords_wo_version",
            "Terraform uses it to resend write-only passwords; CloudFormation updates the user whenever \
             Passwords changes",
        ),
        Argument::block(
            "authentication_mode",
            "AuthenticationMode",
            false,
            &[Argument::property("type", "Type"), Argument::property("passwords", "Passwords")],
        ),
        TAGS,
        TAGS_ALL,
        TIMEOUTS,
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::reference("user_id"),
        Attribute::get_att("arn", "Arn"),
        Attribute::argument("user_name", "user_name"),
    ],
    companions: &[],
};

/// `Ref` is the user group's ID, as Terraform's `id` is.
const USER_GROUP: ResourceMapping = ResourceMapping {
    terraform: "aws_elasticache_user_group",
    cloudformation: "AWS::ElastiCache::UserGroup",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("user_group_id", "UserGroupId"),
        Argument::property("engine", "Engine"),
        // Appended to, not set, so that associations merged into the group add to the same list.
        Argument::append("user_ids", "UserIds"),
        TAGS,
        TAGS_ALL,
        REGION,
    ],
    attributes: &[Attribute::reference("id"), Attribute::reference("user_group_id"), Attribute::get_att("arn", "Arn")],
    companions: &[],
};

/// Merged into the user group its `user_group_id` names: the user joins the group's `UserIds`.
const USER_GROUP_ASSOCIATION: ResourceMapping = ResourceMapping {
    terraform: "aws_elasticache_user_group_association",
    cloudformation: "AWS::ElastiCache::UserGroup",
    when: None,
    placement: Placement::MergeInto { parent: "aws_elasticache_user_group", link: "user_group_id" },
    arguments: &[Argument::link("user_group_id"), Argument::append("user_id", "UserIds"), TIMEOUTS, REGION],
    attributes: &[
        // Terraform's id is `user_group_id,user_id`; the group's Ref is its ID.
        Attribute::reference("id"),
        Attribute::reference("user_group_id"),
        Attribute::argument("user_id", "user_id"),
    ],
    companions: &[],
};

/// `Ref` is the cache's name, as Terraform's `id` is.
const SERVERLESS_CACHE: ResourceMapping = ResourceMapping {
    terraform: "aws_elasticache_serverless_cache",
    cloudformation: "AWS::ElastiCache::ServerlessCache",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "ServerlessCacheName"),
        Argument::property("engine", "Engine"),
        Argument::property("major_engine_version", "MajorEngineVersion"),
        Argument::property("description", "Description"),
        Argument::property("kms_key_id", "KmsKeyId"),
        Argument::property("security_group_ids", "SecurityGroupIds"),
        Argument::property("subnet_ids", "SubnetIds"),
        Argument::property("user_group_id", "UserGroupId"),
        Argument::property("daily_snapshot_time", "DailySnapshotTime"),
        Argument::property("snapshot_retention_limit", "SnapshotRetentionLimit"),
        Argument::property("snapshot_arns_to_restore", "SnapshotArnsToRestore"),
        // Argument of the provider's 6.x releases.
        Argument::property("network_type", "NetworkType"),
        Argument::block(
            "cache_usage_limits",
            "CacheUsageLimits",
            false,
            &[
                Argument::block(
                    "data_storage",
                    "DataStorage",
                    false,
                    &[
                        Argument::property("maximum", "Maximum"),
                        Argument::property("minimum", "Minimum"),
                        Argument::property("unit", "Unit"),
                    ],
                ),
                Argument::block(
                    "ecpu_per_second",
                    "ECPUPerSecond",
                    false,
                    &[Argument::property("maximum", "Maximum"), Argument::property("minimum", "Minimum")],
                ),
            ],
        ),
        TAGS,
        TIMEOUTS,
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::reference("name"),
        Attribute::get_att("arn", "ARN"),
        Attribute::get_att("endpoint.address", "Endpoint.Address"),
        Attribute::get_att("endpoint.port", "Endpoint.Port"),
        Attribute::get_att("reader_endpoint.address", "ReaderEndpoint.Address"),
        Attribute::get_att("reader_endpoint.port", "ReaderEndpoint.Port"),
        Attribute::get_att("full_engine_version", "FullEngineVersion"),
        Attribute::get_att("create_time", "CreateTime"),
        Attribute::get_att("status", "Status"),
    ],
    companions: &[],
};

/// Terraform's `id` and `global_replication_group_id` are the global group's full ID (the suffix
/// behind the prefix ElastiCache gives it), CloudFormation's `GlobalReplicationGroupId` attribute.
const GLOBAL_REPLICATION_GROUP: ResourceMapping = ResourceMapping {
    terraform: "aws_elasticache_global_replication_group",
    cloudformation: "AWS::ElastiCache::GlobalReplicationGroup",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("global_replication_group_id_suffix", "GlobalReplicationGroupIdSuffix"),
        Argument::property("global_replication_group_description", "GlobalReplicationGroupDescription"),
        Argument::new(
            "primary_replication_group_id",
            Shape::Value(Transform::None),
            Target::Element { list: "Members", property: "ReplicationGroupId" },
        ),
        Argument::new(
            "primary_replication_group_id",
            Shape::Value(Transform::Constant("PRIMARY")),
            Target::Element { list: "Members", property: "Role" },
        ),
        Argument::new(
            "primary_replication_group_id",
            Shape::Value(Transform::PseudoParameter("AWS::Region")),
            Target::Element { list: "Members", property: "ReplicationGroupRegion" },
        ),
        Argument::property("automatic_failover_enabled", "AutomaticFailoverEnabled"),
        Argument::property("cache_node_type", "CacheNodeType"),
        // Argument of the provider's 6.x releases.
        Argument::property("engine", "Engine"),
        Argument::property("engine_version", "EngineVersion"),
        Argument::property("num_node_groups", "GlobalNodeGroupCount"),
        Argument::property("parameter_group_name", "CacheParameterGroupName"),
        TIMEOUTS,
        REGION,
    ],
    attributes: &[
        Attribute::get_att("id", "GlobalReplicationGroupId"),
        Attribute::get_att("global_replication_group_id", "GlobalReplicationGroupId"),
        Attribute::get_att("arn", "Arn"),
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

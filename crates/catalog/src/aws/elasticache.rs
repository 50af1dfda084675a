//! ElastiCache: subnet groups and replication groups.

use super::rows::{TAGS, TIMEOUTS};
use super::shared::{REGION, TAGS_ALL};
use crate::model::{Argument, Attribute, Placement, ResourceMapping};

/// The ElastiCache table.
pub const MAPPINGS: &[ResourceMapping] = &[SUBNET_GROUP, REPLICATION_GROUP];

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
        Argument::dropped(
            "log_delivery_configuration",
            "its destination goes to CloudWatchLogsDetails or KinesisFirehoseDetails depending on \
             destination_type, which the catalog cannot yet express: write LogDeliveryConfigurations by hand",
        ),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::aws::rows::tests::check_table;

    #[test]
    fn table_is_well_formed() {
        check_table(MAPPINGS);
    }
}

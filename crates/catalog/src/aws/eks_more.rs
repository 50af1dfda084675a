//! EKS clusters and managed node groups.
//!
//! Terraform's single nested blocks are CloudFormation's objects, but for a few lists:
//! `encryption_config` and the remote networks are lists of one in CloudFormation, and
//! `enabled_cluster_log_types` is `Logging.ClusterLogging.EnabledTypes: [{Type}]`.

use super::rows::{TAGS, TIMEOUTS};
use super::shared::{REGION, TAGS_ALL};
use crate::model::{Argument, Attribute, Placement, ResourceMapping, Shape, Target, Transform};

/// The table of EKS clusters and node groups.
pub const MAPPINGS: &[ResourceMapping] = &[CLUSTER, NODE_GROUP];

/// `Ref` is the cluster's name, as Terraform's `id` is.
const CLUSTER: ResourceMapping = ResourceMapping {
    terraform: "aws_eks_cluster",
    cloudformation: "AWS::EKS::Cluster",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "Name"),
        Argument::property("role_arn", "RoleArn"),
        Argument::property("version", "Version"),
        Argument::block(
            "vpc_config",
            "ResourcesVpcConfig",
            false,
            &[
                Argument::property("subnet_ids", "SubnetIds"),
                Argument::property("security_group_ids", "SecurityGroupIds"),
                Argument::property("endpoint_private_access", "EndpointPrivateAccess"),
                Argument::property("endpoint_public_access", "EndpointPublicAccess"),
                Argument::property("public_access_cidrs", "PublicAccessCidrs"),
                // Argument of the provider's 6.x releases.
                Argument::property("control_plane_egress_mode", "ControlPlaneEgressMode"),
            ],
        ),
        Argument::block(
            "access_config",
            "AccessConfig",
            false,
            &[
                Argument::property("authentication_mode", "AuthenticationMode"),
                Argument::property(
                    "bootstrap_cluster_creator_admin_permissions",
                    "BootstrapClusterCreatorAdminPermissions",
                ),
            ],
        ),
        Argument::property("bootstrap_self_managed_addons", "BootstrapSelfManagedAddons"),
        Argument::block(
            "compute_config",
            "ComputeConfig",
            false,
            &[
                Argument::property("enabled", "Enabled"),
                Argument::property("node_pools", "NodePools"),
                Argument::property("node_role_arn", "NodeRoleArn"),
            ],
        ),
        Argument::transformed(
            "enabled_cluster_log_types",
            Transform::Wrap("Type"),
            "Logging.ClusterLogging.EnabledTypes",
        ),
        Argument::block(
            "encryption_config",
            "EncryptionConfig",
            true,
            &[
                Argument::property("resources", "Resources"),
                Argument::block("provider", "Provider", false, &[Argument::property("key_arn", "KeyArn")]),
            ],
        ),
        Argument::block(
            "kubernetes_network_config",
            "KubernetesNetworkConfig",
            false,
            &[
                Argument::property("ip_family", "IpFamily"),
                Argument::property("service_ipv4_cidr", "ServiceIpv4Cidr"),
                Argument::block(
                    "elastic_load_balancing",
                    "ElasticLoadBalancing",
                    false,
                    &[Argument::property("enabled", "Enabled")],
                ),
            ],
        ),
        Argument::block(
            "outpost_config",
            "OutpostConfig",
            false,
            &[
                Argument::property("control_plane_instance_type", "ControlPlaneInstanceType"),
                Argument::property("outpost_arns", "OutpostArns"),
                Argument::block(
                    "control_plane_placement",
                    "ControlPlanePlacement",
                    false,
                    &[Argument::property("group_name", "GroupName")],
                ),
                // Argument of the provider's 6.x releases.
                Argument::property("etcd_instance_type", "EtcdInstanceType"),
            ],
        ),
        Argument::block(
            "remote_network_config",
            "RemoteNetworkConfig",
            false,
            &[
                Argument::block(
                    "remote_node_networks",
                    "RemoteNodeNetworks",
                    true,
                    &[Argument::property("cidrs", "Cidrs")],
                ),
                Argument::block(
                    "remote_pod_networks",
                    "RemotePodNetworks",
                    true,
                    &[Argument::property("cidrs", "Cidrs")],
                ),
            ],
        ),
        Argument::block(
            "storage_config",
            "StorageConfig",
            false,
            &[Argument::block("block_storage", "BlockStorage", false, &[Argument::property("enabled", "Enabled")])],
        ),
        Argument::block("upgrade_policy", "UpgradePolicy", false, &[Argument::property("support_type", "SupportType")]),
        Argument::block("zonal_shift_config", "ZonalShiftConfig", false, &[Argument::property("enabled", "Enabled")]),
        // Both override the upgrade-blocking readiness checks of a version update.
        Argument::property("force_update_version", "Force"),
        // Arguments of the provider's 6.x releases.
        Argument::property("deletion_protection", "DeletionProtection"),
        Argument::block(
            "control_plane_scaling_config",
            "ControlPlaneScalingConfig",
            false,
            &[Argument::property("tier", "Tier")],
        ),
        TAGS,
        TAGS_ALL,
        TIMEOUTS,
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::reference("name"),
        Attribute::get_att("arn", "Arn"),
        Attribute::get_att("endpoint", "Endpoint"),
        Attribute::get_att("cluster_id", "Id"),
        Attribute::get_att("certificate_authority.data", "CertificateAuthorityData"),
        Attribute::get_att("identity.oidc.issuer", "OpenIdConnectIssuerUrl"),
        Attribute::get_att("vpc_config.cluster_security_group_id", "ClusterSecurityGroupId"),
    ],
    companions: &[],
};

/// `Ref` is `cluster/nodegroup`; Terraform's `id` is `cluster:nodegroup`.
const NODE_GROUP: ResourceMapping = ResourceMapping {
    terraform: "aws_eks_node_group",
    cloudformation: "AWS::EKS::Nodegroup",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("cluster_name", "ClusterName"),
        Argument::property("node_group_name", "NodegroupName"),
        Argument::dropped(
            "node_group_name_prefix",
            "CloudFormation cannot add a random suffix to a prefix; without a name it generates a unique one",
        ),
        Argument::property("node_role_arn", "NodeRole"),
        Argument::property("subnet_ids", "Subnets"),
        Argument::block(
            "scaling_config",
            "ScalingConfig",
            false,
            &[
                Argument::property("desired_size", "DesiredSize"),
                Argument::property("max_size", "MaxSize"),
                Argument::property("min_size", "MinSize"),
            ],
        ),
        Argument::property("ami_type", "AmiType"),
        Argument::property("capacity_type", "CapacityType"),
        Argument::property("disk_size", "DiskSize"),
        Argument::property("instance_types", "InstanceTypes"),
        Argument::property("labels", "Labels"),
        Argument::property("release_version", "ReleaseVersion"),
        Argument::property("version", "Version"),
        Argument::property("force_update_version", "ForceUpdateEnabled"),
        Argument::block(
            "launch_template",
            "LaunchTemplate",
            false,
            &[
                Argument::property("id", "Id"),
                Argument::property("name", "Name"),
                Argument::property("version", "Version"),
            ],
        ),
        Argument::block(
            "node_repair_config",
            "NodeRepairConfig",
            false,
            &[
                Argument::property("enabled", "Enabled"),
                // Arguments of the provider's 6.x releases.
                Argument::property("max_parallel_nodes_repaired_count", "MaxParallelNodesRepairedCount"),
                Argument::property("max_parallel_nodes_repaired_percentage", "MaxParallelNodesRepairedPercentage"),
                Argument::property("max_unhealthy_node_threshold_count", "MaxUnhealthyNodeThresholdCount"),
                Argument::property("max_unhealthy_node_threshold_percentage", "MaxUnhealthyNodeThresholdPercentage"),
            ],
        ),
        Argument::block(
            "remote_access",
            "RemoteAccess",
            false,
            &[
                Argument::property("ec2_ssh_key", "Ec2SshKey"),
                Argument::property("source_security_group_ids", "SourceSecurityGroups"),
            ],
        ),
        Argument::block(
            "taint",
            "Taints",
            true,
            &[
                Argument::property("key", "Key"),
                Argument::property("value", "Value"),
                Argument::property("effect", "Effect"),
            ],
        ),
        Argument::block(
            "update_config",
            "UpdateConfig",
            false,
            &[
                Argument::property("max_unavailable", "MaxUnavailable"),
                Argument::property("max_unavailable_percentage", "MaxUnavailablePercentage"),
                // Argument of the provider's 6.x releases.
                Argument::property("update_strategy", "UpdateStrategy"),
            ],
        ),
        // Argument of the provider's 6.x releases.
        Argument::block(
            "warm_pool_config",
            "WarmPoolConfig",
            false,
            &[
                Argument::property("max_group_prepared_capacity", "MaxGroupPreparedCapacity"),
                Argument::property("min_size", "MinSize"),
                Argument::property("pool_state", "PoolState"),
                Argument::property("reuse_on_scale_in", "ReuseOnScaleIn"),
            ],
        ),
        // Node groups take their tags as a map.
        Argument::new("tags", Shape::TagMap, Target::Property("Tags")),
        TAGS_ALL,
        TIMEOUTS,
        REGION,
    ],
    attributes: &[
        Attribute::sub("id", "${Self.ClusterName}:${Self.NodegroupName}"),
        Attribute::get_att("arn", "Arn"),
        Attribute::get_att("node_group_name", "NodegroupName"),
        Attribute::get_att("cluster_name", "ClusterName"),
        Attribute::get_att("release_version", "ReleaseVersion"),
        Attribute::get_att("version", "Version"),
        Attribute::get_att("ami_type", "AmiType"),
        Attribute::get_att("capacity_type", "CapacityType"),
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

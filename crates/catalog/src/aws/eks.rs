//! EKS: add-ons.
//!
//! `Ref` of `AWS::EKS::Addon` is `cluster_name|addon_name`; Terraform's `id` joins the same two
//! names with `:`. `id` resolves to the `Ref` (same parts, CloudFormation's separator).

use super::rows::{TAGS, TIMEOUTS};
use super::shared::REGION;
use crate::model::{Argument, Attribute, Placement, ResourceMapping};

/// The EKS table.
pub const MAPPINGS: &[ResourceMapping] = &[ADDON];

const ADDON: ResourceMapping = ResourceMapping {
    terraform: "aws_eks_addon",
    cloudformation: "AWS::EKS::Addon",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("cluster_name", "ClusterName"),
        Argument::property("addon_name", "AddonName"),
        Argument::property("addon_version", "AddonVersion"),
        Argument::property("configuration_values", "ConfigurationValues"),
        Argument::property("service_account_role_arn", "ServiceAccountRoleArn"),
        Argument::property("preserve", "PreserveOnDelete"),
        // CloudFormation has one setting for creation and updates; Terraform's deprecated
        // `resolve_conflicts` (removed in 6.x) is that single setting.
        Argument::property("resolve_conflicts", "ResolveConflicts"),
        Argument::property("resolve_conflicts_on_create", "ResolveConflicts"),
        Argument::property("resolve_conflicts_on_update", "ResolveConflicts"),
        Argument::block(
            "pod_identity_association",
            "PodIdentityAssociations",
            true,
            &[Argument::property("role_arn", "RoleArn"), Argument::property("service_account", "ServiceAccount")],
        ),
        // Argument of the provider's 6.x releases.
        Argument::block("namespace_config", "NamespaceConfig", false, &[Argument::property("namespace", "Namespace")]),
        TAGS,
        TIMEOUTS,
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::argument("cluster_name", "cluster_name"),
        Attribute::argument("addon_name", "addon_name"),
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

//! ECR beyond repositories: pull through cache rules, the registry's policy, scanning and
//! replication configurations, repository policies (merged into their repository as
//! `RepositoryPolicyText`), and ECR Public repositories with their policies.
//!
//! The registry-wide types are singletons per account and region in both: CloudFormation's `Ref` is
//! the registry ID (the account ID), which is Terraform's `id` too.

use super::rows::{TAGS, TIMEOUTS};
use super::shared::{REGION, TAGS_ALL};
use crate::model::{Argument, Attribute, Placement, ResourceMapping, Shape, Target};

/// The table of further ECR types.
pub const MAPPINGS: &[ResourceMapping] = &[
    PULL_THROUGH_CACHE_RULE,
    REPOSITORY_POLICY,
    REGISTRY_POLICY,
    REGISTRY_SCANNING_CONFIGURATION,
    REPLICATION_CONFIGURATION,
    PUBLIC_REPOSITORY,
    PUBLIC_REPOSITORY_POLICY,
    REPOSITORY_CREATION_TEMPLATE,
];

/// `registry_id`: the registry of a resource the configuration creates is the account's own.
const REGISTRY_ID: Attribute = Attribute::sub("registry_id", "${AWS::AccountId}");

/// A repository filter (`filter`, `filter_type`) of a scanning or replication rule.
const REPOSITORY_FILTER: &[Argument] =
    &[Argument::property("filter", "Filter"), Argument::property("filter_type", "FilterType")];

/// `Ref` is the ECR repository prefix, as Terraform's `id` is.
const PULL_THROUGH_CACHE_RULE: ResourceMapping = ResourceMapping {
    terraform: "aws_ecr_pull_through_cache_rule",
    cloudformation: "AWS::ECR::PullThroughCacheRule",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("ecr_repository_prefix", "EcrRepositoryPrefix"),
        Argument::property("upstream_registry_url", "UpstreamRegistryUrl"),
        Argument::property("upstream_repository_prefix", "UpstreamRepositoryPrefix"),
        Argument::property("credential_arn", "CredentialArn"),
        Argument::property("custom_role_arn", "CustomRoleArn"),
        REGION,
    ],
    attributes: &[Attribute::reference("id"), Attribute::reference("ecr_repository_prefix"), REGISTRY_ID],
    companions: &[],
};

/// Merged into the repository its `repository` names; its attributes are the repository's.
const REPOSITORY_POLICY: ResourceMapping = ResourceMapping {
    terraform: "aws_ecr_repository_policy",
    cloudformation: "AWS::ECR::Repository",
    when: None,
    placement: Placement::MergeInto { parent: "aws_ecr_repository", link: "repository" },
    arguments: &[Argument::link("repository"), Argument::json("policy", "RepositoryPolicyText"), REGION],
    attributes: &[
        // Terraform's id is the repository's name, which is the repository's Ref.
        Attribute::reference("id"),
        Attribute::reference("repository"),
        REGISTRY_ID,
    ],
    companions: &[],
};

const REGISTRY_POLICY: ResourceMapping = ResourceMapping {
    terraform: "aws_ecr_registry_policy",
    cloudformation: "AWS::ECR::RegistryPolicy",
    when: None,
    placement: Placement::Standalone,
    arguments: &[Argument::json("policy", "PolicyText"), REGION],
    attributes: &[Attribute::reference("id"), Attribute::reference("registry_id")],
    companions: &[],
};

const REGISTRY_SCANNING_CONFIGURATION: ResourceMapping = ResourceMapping {
    terraform: "aws_ecr_registry_scanning_configuration",
    cloudformation: "AWS::ECR::RegistryScanningConfiguration",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("scan_type", "ScanType"),
        Argument::block(
            "rule",
            "Rules",
            true,
            &[
                Argument::property("scan_frequency", "ScanFrequency"),
                Argument::block("repository_filter", "RepositoryFilters", true, REPOSITORY_FILTER),
            ],
        ),
        REGION,
    ],
    attributes: &[Attribute::reference("id"), Attribute::reference("registry_id")],
    companions: &[],
};

const REPLICATION_CONFIGURATION: ResourceMapping = ResourceMapping {
    terraform: "aws_ecr_replication_configuration",
    cloudformation: "AWS::ECR::ReplicationConfiguration",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::block(
            "replication_configuration",
            "ReplicationConfiguration",
            false,
            &[Argument::block(
                "rule",
                "Rules",
                true,
                &[
                    Argument::block(
                        "destination",
                        "Destinations",
                        true,
                        &[Argument::property("region", "Region"), Argument::property("registry_id", "RegistryId")],
                    ),
                    Argument::block("repository_filter", "RepositoryFilters", true, REPOSITORY_FILTER),
                ],
            )],
        ),
        REGION,
    ],
    attributes: &[Attribute::reference("id"), Attribute::reference("registry_id")],
    companions: &[],
};

/// ECR Public lives in us-east-1 only, in both.
const PUBLIC_REPOSITORY: ResourceMapping = ResourceMapping {
    terraform: "aws_ecrpublic_repository",
    cloudformation: "AWS::ECR::PublicRepository",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("repository_name", "RepositoryName"),
        Argument::block(
            "catalog_data",
            "RepositoryCatalogData",
            false,
            &[
                Argument::property("about_text", "AboutText"),
                Argument::property("architectures", "Architectures"),
                Argument::property("description", "RepositoryDescription"),
                Argument::property("operating_systems", "OperatingSystems"),
                Argument::property("usage_text", "UsageText"),
                Argument::dropped(
                    "logo_image_blob",
                    "AWS::ECR::PublicRepository's catalog data takes no logo; upload it with \
                     `aws ecr-public put-repository-catalog-data` after deployment",
                ),
            ],
        ),
        Argument::dropped(
            "force_destroy",
            "CloudFormation deletes a public repository only when it holds no images; delete them first",
        ),
        TAGS,
        TAGS_ALL,
        TIMEOUTS,
        REGION,
    ],
    attributes: &[
        // Terraform's id is the repository's name, which is the repository's Ref.
        Attribute::reference("id"),
        Attribute::reference("repository_name"),
        Attribute::get_att("arn", "Arn"),
        REGISTRY_ID,
    ],
    companions: &[],
};

/// Merged into the public repository its `repository_name` names.
const PUBLIC_REPOSITORY_POLICY: ResourceMapping = ResourceMapping {
    terraform: "aws_ecrpublic_repository_policy",
    cloudformation: "AWS::ECR::PublicRepository",
    when: None,
    placement: Placement::MergeInto { parent: "aws_ecrpublic_repository", link: "repository_name" },
    arguments: &[Argument::link("repository_name"), Argument::json("policy", "RepositoryPolicyText"), REGION],
    attributes: &[Attribute::reference("id"), Attribute::reference("repository_name"), REGISTRY_ID],
    companions: &[],
};

/// `Ref` is the prefix, as Terraform's `id` is. Its policies are JSON strings in CloudFormation.
const REPOSITORY_CREATION_TEMPLATE: ResourceMapping = ResourceMapping {
    terraform: "aws_ecr_repository_creation_template",
    cloudformation: "AWS::ECR::RepositoryCreationTemplate",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("prefix", "Prefix"),
        Argument::property("applied_for", "AppliedFor"),
        Argument::property("description", "Description"),
        Argument::property("custom_role_arn", "CustomRoleArn"),
        Argument::property("image_tag_mutability", "ImageTagMutability"),
        // Repeatable in Terraform's schema, a single object in CloudFormation (and in the API).
        Argument::block(
            "encryption_configuration",
            "EncryptionConfiguration",
            false,
            &[Argument::property("encryption_type", "EncryptionType"), Argument::property("kms_key", "KmsKey")],
        ),
        // Argument of the provider's 6.x releases.
        Argument::block(
            "image_tag_mutability_exclusion_filter",
            "ImageTagMutabilityExclusionFilters",
            true,
            &[
                Argument::property("filter", "ImageTagMutabilityExclusionFilterValue"),
                Argument::property("filter_type", "ImageTagMutabilityExclusionFilterType"),
            ],
        ),
        Argument::new("lifecycle_policy", Shape::JsonText, Target::Property("LifecyclePolicy")),
        Argument::new("repository_policy", Shape::JsonText, Target::Property("RepositoryPolicy")),
        Argument::tag_list("resource_tags", "ResourceTags"),
        REGION,
    ],
    attributes: &[Attribute::reference("id"), Attribute::reference("prefix"), REGISTRY_ID],
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

    #[test]
    fn policies_merge_into_a_repository_of_the_same_cloudformation_type() {
        for row in MAPPINGS {
            if let Placement::MergeInto { parent, .. } = row.placement {
                let parent = crate::mappings_for(parent);
                assert_eq!(parent.len(), 1, "{}", row.terraform);
                assert_eq!(parent[0].cloudformation, row.cloudformation, "{}", row.terraform);
            }
        }
    }
}

//! ECR: repositories, and their lifecycle policies merged into them.
//!
//! `aws_ecr_lifecycle_policy` is a resource of its own in Terraform but a property of
//! `AWS::ECR::Repository` in CloudFormation, whose `LifecyclePolicyText` takes the policy as a JSON
//! string ([`Shape::JsonText`]), not as an object.

use super::rows::{TAGS, TIMEOUTS};
use super::shared::REGION;
use crate::model::{Argument, Attribute, Placement, ResourceMapping, Shape, Target};

/// The ECR table.
pub const MAPPINGS: &[ResourceMapping] = &[REPOSITORY, LIFECYCLE_POLICY];

/// `registry_id`: the registry of a repository the configuration creates is the account's own.
const REGISTRY_ID: Attribute = Attribute::sub("registry_id", "${AWS::AccountId}");

const REPOSITORY: ResourceMapping = ResourceMapping {
    terraform: "aws_ecr_repository",
    cloudformation: "AWS::ECR::Repository",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "RepositoryName"),
        Argument::property("image_tag_mutability", "ImageTagMutability"),
        Argument::block(
            "image_scanning_configuration",
            "ImageScanningConfiguration",
            false,
            &[Argument::property("scan_on_push", "ScanOnPush")],
        ),
        // Repeatable in Terraform's schema, a single object in CloudFormation (and in the API).
        Argument::block(
            "encryption_configuration",
            "EncryptionConfiguration",
            false,
            &[Argument::property("encryption_type", "EncryptionType"), Argument::property("kms_key", "KmsKey")],
        ),
        // Both delete the images along with the repository.
        Argument::property("force_delete", "EmptyOnDelete"),
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
        TAGS,
        TIMEOUTS,
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::reference("name"),
        Attribute::get_att("arn", "Arn"),
        Attribute::get_att("repository_url", "RepositoryUri"),
        REGISTRY_ID,
    ],
    companions: &[],
};

/// Merged into the repository its `repository` names; its attributes are the repository's.
const LIFECYCLE_POLICY: ResourceMapping = ResourceMapping {
    terraform: "aws_ecr_lifecycle_policy",
    cloudformation: "AWS::ECR::Repository",
    when: None,
    placement: Placement::MergeInto { parent: "aws_ecr_repository", link: "repository" },
    arguments: &[
        Argument::link("repository"),
        Argument::new("policy", Shape::JsonText, Target::Property("LifecyclePolicy.LifecyclePolicyText")),
        REGION,
    ],
    attributes: &[
        // Terraform's id is the repository's name, which is the repository's Ref.
        Attribute::reference("id"),
        Attribute::reference("repository"),
        REGISTRY_ID,
    ],
    companions: &[],
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::aws::rows::tests::{check_table, source, value};
    use crate::lower_arguments;
    use iac2cfn_ir::Expr;

    #[test]
    fn table_is_well_formed() {
        check_table(MAPPINGS);
    }

    #[test]
    fn the_lifecycle_policy_merges_into_a_repository_of_this_table() {
        let Placement::MergeInto { parent, .. } = LIFECYCLE_POLICY.placement else { panic!("a merge") };
        let parent = MAPPINGS.iter().find(|row| row.terraform == parent).expect("parent in this table");
        assert_eq!(parent.cloudformation, LIFECYCLE_POLICY.cloudformation);
    }

    #[test]
    fn the_lifecycle_policy_stays_a_string() {
        let rules = Expr::map([("rules", Expr::List(vec![]))]);
        let body = source(vec![("repository", value(Expr::reference("Repo"))), ("policy", value(rules))]);
        let lowered = lower_arguments(&LIFECYCLE_POLICY, &body);
        assert!(lowered.diagnostics.is_empty(), "{:?}", lowered.diagnostics);
        let policy = Expr::map([("LifecyclePolicyText", Expr::string(r#"{"rules":[]}"#))]);
        assert_eq!(lowered.properties.get("LifecyclePolicy"), Some(&policy));
    }
}

//! CodePipeline: pipelines.
//!
//! An action's `category`, `owner`, `provider` and `version` are CloudFormation's `ActionTypeId`;
//! artifact names are `{Name}` objects; a stage's single `condition` blocks are one-element
//! `Conditions` lists.

use super::rows::TAGS;
use super::shared::{REGION, TAGS_ALL};
use crate::model::{Argument, Attribute, Placement, ResourceMapping, Transform};

/// The CodePipeline table.
pub const MAPPINGS: &[ResourceMapping] = &[PIPELINE];

/// Include and exclude patterns of a trigger's filter.
const FILTER: &[Argument] = &[Argument::property("excludes", "Excludes"), Argument::property("includes", "Includes")];

/// A condition of a stage's entry, success or failure.
const CONDITION: Argument = Argument::block(
    "condition",
    "Conditions",
    true,
    &[
        Argument::property("result", "Result"),
        Argument::block(
            "rule",
            "Rules",
            true,
            &[
                Argument::property("name", "Name"),
                Argument::property("commands", "Commands"),
                Argument::property("configuration", "Configuration"),
                Argument::transformed("input_artifacts", Transform::Wrap("Name"), "InputArtifacts"),
                Argument::property("region", "Region"),
                Argument::property("role_arn", "RoleArn"),
                Argument::dropped(
                    "timeout_in_minutes",
                    "a rule of AWS::CodePipeline::Pipeline takes no timeout; the rule type's own applies",
                ),
                Argument::block(
                    "rule_type_id",
                    "RuleTypeId",
                    false,
                    &[
                        Argument::property("category", "Category"),
                        Argument::property("owner", "Owner"),
                        Argument::property("provider", "Provider"),
                        Argument::property("version", "Version"),
                    ],
                ),
            ],
        ),
    ],
);

/// `Ref` is the pipeline's name, as Terraform's `id` is.
const PIPELINE: ResourceMapping = ResourceMapping {
    terraform: "aws_codepipeline",
    cloudformation: "AWS::CodePipeline::Pipeline",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "Name"),
        Argument::property("role_arn", "RoleArn"),
        Argument::property("pipeline_type", "PipelineType"),
        Argument::property("execution_mode", "ExecutionMode"),
        // One store in the pipeline's region; several (one per region) would be `ArtifactStores`.
        Argument::block(
            "artifact_store",
            "ArtifactStore",
            false,
            &[
                Argument::property("location", "Location"),
                Argument::property("type", "Type"),
                Argument::block(
                    "encryption_key",
                    "EncryptionKey",
                    false,
                    &[Argument::property("id", "Id"), Argument::property("type", "Type")],
                ),
                Argument::dropped(
                    "region",
                    "a cross-region pipeline's stores are ArtifactStores entries, one per region, which \
                     the catalog does not write yet: write ArtifactStores by hand",
                ),
            ],
        ),
        Argument::block(
            "stage",
            "Stages",
            true,
            &[
                Argument::property("name", "Name"),
                Argument::block(
                    "action",
                    "Actions",
                    true,
                    &[
                        Argument::property("name", "Name"),
                        Argument::property("category", "ActionTypeId.Category"),
                        Argument::property("owner", "ActionTypeId.Owner"),
                        Argument::property("provider", "ActionTypeId.Provider"),
                        Argument::property("version", "ActionTypeId.Version"),
                        Argument::property("configuration", "Configuration"),
                        Argument::transformed("input_artifacts", Transform::Wrap("Name"), "InputArtifacts"),
                        Argument::transformed("output_artifacts", Transform::Wrap("Name"), "OutputArtifacts"),
                        Argument::property("namespace", "Namespace"),
                        Argument::property("region", "Region"),
                        Argument::property("role_arn", "RoleArn"),
                        Argument::property("run_order", "RunOrder"),
                        Argument::property("timeout_in_minutes", "TimeoutInMinutes"),
                    ],
                ),
                Argument::block("before_entry", "BeforeEntry", false, &[CONDITION]),
                Argument::block("on_success", "OnSuccess", false, &[CONDITION]),
                Argument::block(
                    "on_failure",
                    "OnFailure",
                    false,
                    &[
                        Argument::property("result", "Result"),
                        CONDITION,
                        Argument::block(
                            "retry_configuration",
                            "RetryConfiguration",
                            false,
                            &[Argument::property("retry_mode", "RetryMode")],
                        ),
                    ],
                ),
            ],
        ),
        Argument::block(
            "trigger",
            "Triggers",
            true,
            &[
                Argument::property("provider_type", "ProviderType"),
                Argument::block(
                    "git_configuration",
                    "GitConfiguration",
                    false,
                    &[
                        Argument::property("source_action_name", "SourceActionName"),
                        Argument::block(
                            "pull_request",
                            "PullRequest",
                            true,
                            &[
                                Argument::property("events", "Events"),
                                Argument::block("branches", "Branches", false, FILTER),
                                Argument::block("file_paths", "FilePaths", false, FILTER),
                            ],
                        ),
                        Argument::block(
                            "push",
                            "Push",
                            true,
                            &[
                                Argument::block("branches", "Branches", false, FILTER),
                                Argument::block("file_paths", "FilePaths", false, FILTER),
                                Argument::block("tags", "Tags", false, FILTER),
                            ],
                        ),
                    ],
                ),
            ],
        ),
        Argument::block(
            "variable",
            "Variables",
            true,
            &[
                Argument::property("name", "Name"),
                Argument::property("default_value", "DefaultValue"),
                Argument::property("description", "Description"),
            ],
        ),
        TAGS,
        TAGS_ALL,
        REGION,
    ],
    attributes: &[Attribute::reference("id"), Attribute::reference("name"), Attribute::get_att("arn", "Arn")],
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

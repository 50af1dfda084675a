//! Amazon SageMaker Studio: apps and Studio lifecycle configurations.
//!
//! Terraform's `id` of an app is its ARN, `Fn::GetAtt AppArn`; of a Studio lifecycle configuration its
//! name, which `Ref` returns.

use super::rows::TAGS;
use super::shared::{REGION, TAGS_ALL};
use crate::model::{Argument, Attribute, Placement, ResourceMapping};

/// The table of further SageMaker types.
pub const MAPPINGS: &[ResourceMapping] = &[APP, STUDIO_LIFECYCLE_CONFIG];

const APP: ResourceMapping = ResourceMapping {
    terraform: "aws_sagemaker_app",
    cloudformation: "AWS::SageMaker::App",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("app_name", "AppName"),
        Argument::property("app_type", "AppType"),
        Argument::property("domain_id", "DomainId"),
        Argument::property("user_profile_name", "UserProfileName"),
        Argument::dropped(
            "space_name",
            "CloudFormation creates apps for a user profile only: set user_profile_name instead of space_name",
        ),
        Argument::block(
            "resource_spec",
            "ResourceSpec",
            false,
            &[
                Argument::property("instance_type", "InstanceType"),
                Argument::property("lifecycle_config_arn", "LifecycleConfigArn"),
                Argument::property("sagemaker_image_arn", "SageMakerImageArn"),
                Argument::property("sagemaker_image_version_arn", "SageMakerImageVersionArn"),
                Argument::dropped(
                    "sagemaker_image_version_alias",
                    "CloudFormation's resource spec takes the image version by ARN: set sagemaker_image_version_arn",
                ),
            ],
        ),
        TAGS,
        TAGS_ALL,
        REGION,
    ],
    attributes: &[
        Attribute::get_att("id", "AppArn"),
        Attribute::get_att("arn", "AppArn"),
        Attribute::argument("app_name", "app_name"),
        Attribute::argument("domain_id", "domain_id"),
    ],
    companions: &[],
};

const STUDIO_LIFECYCLE_CONFIG: ResourceMapping = ResourceMapping {
    terraform: "aws_sagemaker_studio_lifecycle_config",
    cloudformation: "AWS::SageMaker::StudioLifecycleConfig",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("studio_lifecycle_config_name", "StudioLifecycleConfigName"),
        Argument::property("studio_lifecycle_config_app_type", "StudioLifecycleConfigAppType"),
        // Base64-encoded in both.
        Argument::property("studio_lifecycle_config_content", "StudioLifecycleConfigContent"),
        TAGS,
        TAGS_ALL,
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::get_att("arn", "StudioLifecycleConfigArn"),
        Attribute::argument("studio_lifecycle_config_name", "studio_lifecycle_config_name"),
    ],
    companions: &[],
};

#[cfg(test)]
mod tests {
    use super::MAPPINGS;
    use crate::aws::rows::tests::check_table;

    #[test]
    fn table_is_well_formed() {
        check_table(MAPPINGS);
    }
}

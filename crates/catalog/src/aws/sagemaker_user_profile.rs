//! Amazon SageMaker user profiles.
//!
//! Terraform's `id` of a user profile is its ARN, `Fn::GetAtt UserProfileArn`.

use super::rows::TAGS;
use super::shared::{REGION, TAGS_ALL};
use crate::model::{Argument, Attribute, Placement, ResourceMapping};

/// The table of SageMaker user profile types.
pub const MAPPINGS: &[ResourceMapping] = &[USER_PROFILE];

const USER_PROFILE: ResourceMapping = ResourceMapping {
    terraform: "aws_sagemaker_user_profile",
    cloudformation: "AWS::SageMaker::UserProfile",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("domain_id", "DomainId"),
        Argument::property("single_sign_on_user_identifier", "SingleSignOnUserIdentifier"),
        Argument::property("single_sign_on_user_value", "SingleSignOnUserValue"),
        Argument::property("user_profile_name", "UserProfileName"),
        Argument::block("user_settings", "UserSettings", false, &[
            Argument::property("auto_mount_home_efs", "AutoMountHomeEFS"),
            Argument::property("default_landing_uri", "DefaultLandingUri"),
            Argument::property("execution_role", "ExecutionRole"),
            Argument::property("security_groups", "SecurityGroups"),
            Argument::property("studio_web_portal", "StudioWebPortal"),
            Argument::dropped("canvas_app_settings", "CloudFormation's user profile has no Canvas app settings"),
            Argument::block("code_editor_app_settings", "CodeEditorAppSettings", false, &[
                Argument::property("built_in_lifecycle_config_arn", "BuiltInLifecycleConfigArn"),
                Argument::property("lifecycle_config_arns", "LifecycleConfigArns"),
                Argument::dropped("app_lifecycle_management", "CloudFormation's user profile app settings have no idle shutdown settings; set them on the space"),
                Argument::block("custom_image", "CustomImages", true, &[
                    Argument::property("app_image_config_name", "AppImageConfigName"),
                    Argument::property("image_name", "ImageName"),
                    Argument::property("image_version_number", "ImageVersionNumber"),
                ]),
                Argument::block("default_resource_spec", "DefaultResourceSpec", false, &[
                    Argument::property("instance_type", "InstanceType"),
                    Argument::property("lifecycle_config_arn", "LifecycleConfigArn"),
                    Argument::property("sagemaker_image_arn", "SageMakerImageArn"),
                    Argument::dropped("sagemaker_image_version_alias", "CloudFormation's resource spec takes the image version by ARN: set sagemaker_image_version_arn"),
                    Argument::property("sagemaker_image_version_arn", "SageMakerImageVersionArn"),
                ]),
            ]),
            Argument::block("custom_file_system_config", "CustomFileSystemConfigs", true, &[
                Argument::block("efs_file_system_config", "EFSFileSystemConfig", false, &[
                    Argument::property("file_system_id", "FileSystemId"),
                    Argument::property("file_system_path", "FileSystemPath"),
                ]),
            ]),
            Argument::block("custom_posix_user_config", "CustomPosixUserConfig", false, &[
                Argument::property("gid", "Gid"),
                Argument::property("uid", "Uid"),
            ]),
            Argument::block("jupyter_lab_app_settings", "JupyterLabAppSettings", false, &[
                Argument::property("built_in_lifecycle_config_arn", "BuiltInLifecycleConfigArn"),
                Argument::property("lifecycle_config_arns", "LifecycleConfigArns"),
                Argument::dropped("app_lifecycle_management", "CloudFormation's user profile app settings have no idle shutdown settings; set them on the space"),
                Argument::block("code_repository", "CodeRepositories", true, &[Argument::property("repository_url", "RepositoryUrl")]),
                Argument::block("custom_image", "CustomImages", true, &[
                    Argument::property("app_image_config_name", "AppImageConfigName"),
                    Argument::property("image_name", "ImageName"),
                    Argument::property("image_version_number", "ImageVersionNumber"),
                ]),
                Argument::block("default_resource_spec", "DefaultResourceSpec", false, &[
                    Argument::property("instance_type", "InstanceType"),
                    Argument::property("lifecycle_config_arn", "LifecycleConfigArn"),
                    Argument::property("sagemaker_image_arn", "SageMakerImageArn"),
                    Argument::dropped("sagemaker_image_version_alias", "CloudFormation's resource spec takes the image version by ARN: set sagemaker_image_version_arn"),
                    Argument::property("sagemaker_image_version_arn", "SageMakerImageVersionArn"),
                ]),
                Argument::block("emr_settings", "EmrSettings", false, &[
                    Argument::property("assumable_role_arns", "AssumableRoleArns"),
                    Argument::property("execution_role_arns", "ExecutionRoleArns"),
                ]),
            ]),
            Argument::block("jupyter_server_app_settings", "JupyterServerAppSettings", false, &[
                Argument::property("lifecycle_config_arns", "LifecycleConfigArns"),
                Argument::dropped("code_repository", "CloudFormation's Jupyter server app settings take no code repositories; use JupyterLab app settings"),
                Argument::block("default_resource_spec", "DefaultResourceSpec", false, &[
                    Argument::property("instance_type", "InstanceType"),
                    Argument::property("lifecycle_config_arn", "LifecycleConfigArn"),
                    Argument::property("sagemaker_image_arn", "SageMakerImageArn"),
                    Argument::dropped("sagemaker_image_version_alias", "CloudFormation's resource spec takes the image version by ARN: set sagemaker_image_version_arn"),
                    Argument::property("sagemaker_image_version_arn", "SageMakerImageVersionArn"),
                ]),
            ]),
            Argument::block("kernel_gateway_app_settings", "KernelGatewayAppSettings", false, &[
                Argument::property("lifecycle_config_arns", "LifecycleConfigArns"),
                Argument::block("custom_image", "CustomImages", true, &[
                    Argument::property("app_image_config_name", "AppImageConfigName"),
                    Argument::property("image_name", "ImageName"),
                    Argument::property("image_version_number", "ImageVersionNumber"),
                ]),
                Argument::block("default_resource_spec", "DefaultResourceSpec", false, &[
                    Argument::property("instance_type", "InstanceType"),
                    Argument::property("lifecycle_config_arn", "LifecycleConfigArn"),
                    Argument::property("sagemaker_image_arn", "SageMakerImageArn"),
                    Argument::dropped("sagemaker_image_version_alias", "CloudFormation's resource spec takes the image version by ARN: set sagemaker_image_version_arn"),
                    Argument::property("sagemaker_image_version_arn", "SageMakerImageVersionArn"),
                ]),
            ]),
            Argument::dropped("r_session_app_settings", "CloudFormation's user profile has no RSession app settings"),
            Argument::block("r_studio_server_pro_app_settings", "RStudioServerProAppSettings", false, &[
                Argument::property("access_status", "AccessStatus"),
                Argument::property("user_group", "UserGroup"),
            ]),
            Argument::block("sharing_settings", "SharingSettings", false, &[
                Argument::property("notebook_output_option", "NotebookOutputOption"),
                Argument::property("s3_kms_key_id", "S3KmsKeyId"),
                Argument::property("s3_output_path", "S3OutputPath"),
            ]),
            Argument::block("space_storage_settings", "SpaceStorageSettings", false, &[
                Argument::block("default_ebs_storage_settings", "DefaultEbsStorageSettings", false, &[
                    Argument::property("default_ebs_volume_size_in_gb", "DefaultEbsVolumeSizeInGb"),
                    Argument::property("maximum_ebs_volume_size_in_gb", "MaximumEbsVolumeSizeInGb"),
                ]),
            ]),
            Argument::block("studio_web_portal_settings", "StudioWebPortalSettings", false, &[
                Argument::property("hidden_app_types", "HiddenAppTypes"),
                Argument::property("hidden_instance_types", "HiddenInstanceTypes"),
                Argument::property("hidden_ml_tools", "HiddenMlTools"),
            ]),
            Argument::dropped("tensor_board_app_settings", "CloudFormation's user profile has no TensorBoard app settings"),
        ]),

        TAGS,
        TAGS_ALL,
        REGION,
    ],
    attributes: &[
        Attribute::get_att("id", "UserProfileArn"),
        Attribute::get_att("arn", "UserProfileArn"),
        Attribute::argument("user_profile_name", "user_profile_name"),
        Attribute::argument("domain_id", "domain_id"),
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

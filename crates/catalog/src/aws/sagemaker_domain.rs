//! Amazon SageMaker domains.
//!
//! `Ref` of an `AWS::SageMaker::Domain` returns its ID (`d-...`), Terraform's `id`; `Fn::GetAtt
//! DomainArn` its ARN.

use super::rows::TAGS;
use super::shared::{REGION, TAGS_ALL};
use crate::model::{Argument, Attribute, Placement, ResourceMapping};

/// The table of SageMaker domain types.
pub const MAPPINGS: &[ResourceMapping] = &[DOMAIN];

const DOMAIN: ResourceMapping = ResourceMapping {
    terraform: "aws_sagemaker_domain",
    cloudformation: "AWS::SageMaker::Domain",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("app_network_access_type", "AppNetworkAccessType"),
        Argument::property("app_security_group_management", "AppSecurityGroupManagement"),
        Argument::property("auth_mode", "AuthMode"),
        Argument::property("domain_name", "DomainName"),
        Argument::property("kms_key_id", "KmsKeyId"),
        Argument::property("subnet_ids", "SubnetIds"),
        Argument::property("tag_propagation", "TagPropagation"),
        Argument::property("vpc_id", "VpcId"),
        Argument::block("default_space_settings", "DefaultSpaceSettings", false, &[
            Argument::property("execution_role", "ExecutionRole"),
            Argument::property("security_groups", "SecurityGroups"),
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
                Argument::block("app_lifecycle_management", "AppLifecycleManagement", false, &[
                    Argument::block("idle_settings", "IdleSettings", false, &[
                        Argument::property("idle_timeout_in_minutes", "IdleTimeoutInMinutes"),
                        Argument::property("lifecycle_management", "LifecycleManagement"),
                        Argument::property("max_idle_timeout_in_minutes", "MaxIdleTimeoutInMinutes"),
                        Argument::property("min_idle_timeout_in_minutes", "MinIdleTimeoutInMinutes"),
                    ]),
                ]),
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
                Argument::dropped("emr_settings", "CloudFormation's domain JupyterLab app settings have no EMR settings"),
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
            Argument::block("space_storage_settings", "SpaceStorageSettings", false, &[
                Argument::block("default_ebs_storage_settings", "DefaultEbsStorageSettings", false, &[
                    Argument::property("default_ebs_volume_size_in_gb", "DefaultEbsVolumeSizeInGb"),
                    Argument::property("maximum_ebs_volume_size_in_gb", "MaximumEbsVolumeSizeInGb"),
                ]),
            ]),
        ]),
        Argument::block("default_user_settings", "DefaultUserSettings", false, &[
            Argument::property("auto_mount_home_efs", "AutoMountHomeEFS"),
            Argument::property("default_landing_uri", "DefaultLandingUri"),
            Argument::property("execution_role", "ExecutionRole"),
            Argument::property("security_groups", "SecurityGroups"),
            Argument::property("studio_web_portal", "StudioWebPortal"),
            Argument::dropped("canvas_app_settings", "CloudFormation's domain user settings have no Canvas app settings"),
            Argument::block("code_editor_app_settings", "CodeEditorAppSettings", false, &[
                Argument::property("built_in_lifecycle_config_arn", "BuiltInLifecycleConfigArn"),
                Argument::property("lifecycle_config_arns", "LifecycleConfigArns"),
                Argument::block("app_lifecycle_management", "AppLifecycleManagement", false, &[
                    Argument::block("idle_settings", "IdleSettings", false, &[
                        Argument::property("idle_timeout_in_minutes", "IdleTimeoutInMinutes"),
                        Argument::property("lifecycle_management", "LifecycleManagement"),
                        Argument::property("max_idle_timeout_in_minutes", "MaxIdleTimeoutInMinutes"),
                        Argument::property("min_idle_timeout_in_minutes", "MinIdleTimeoutInMinutes"),
                    ]),
                ]),
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
                Argument::block("app_lifecycle_management", "AppLifecycleManagement", false, &[
                    Argument::block("idle_settings", "IdleSettings", false, &[
                        Argument::property("idle_timeout_in_minutes", "IdleTimeoutInMinutes"),
                        Argument::property("lifecycle_management", "LifecycleManagement"),
                        Argument::property("max_idle_timeout_in_minutes", "MaxIdleTimeoutInMinutes"),
                        Argument::property("min_idle_timeout_in_minutes", "MinIdleTimeoutInMinutes"),
                    ]),
                ]),
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
                Argument::dropped("emr_settings", "CloudFormation's domain JupyterLab app settings have no EMR settings"),
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
            Argument::block("r_session_app_settings", "RSessionAppSettings", false, &[
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
            Argument::dropped("tensor_board_app_settings", "CloudFormation's domain user settings have no TensorBoard app settings"),
        ]),
        Argument::block("domain_settings", "DomainSettings", false, &[
            Argument::property("execution_role_identity_config", "ExecutionRoleIdentityConfig"),
            Argument::property("security_group_ids", "SecurityGroupIds"),
            Argument::dropped(
                "trusted_identity_propagation_settings",
                "CloudFormation's domain settings have no trusted identity propagation (provider 6.x)",
            ),
            Argument::block("docker_settings", "DockerSettings", false, &[
                Argument::property("enable_docker_access", "EnableDockerAccess"),
                Argument::property("vpc_only_trusted_accounts", "VpcOnlyTrustedAccounts"),
            ]),
            Argument::block("r_studio_server_pro_domain_settings", "RStudioServerProDomainSettings", false, &[
                Argument::property("domain_execution_role_arn", "DomainExecutionRoleArn"),
                Argument::property("r_studio_connect_url", "RStudioConnectUrl"),
                Argument::property("r_studio_package_manager_url", "RStudioPackageManagerUrl"),
                Argument::block("default_resource_spec", "DefaultResourceSpec", false, &[
                    Argument::property("instance_type", "InstanceType"),
                    Argument::property("lifecycle_config_arn", "LifecycleConfigArn"),
                    Argument::property("sagemaker_image_arn", "SageMakerImageArn"),
                    Argument::dropped("sagemaker_image_version_alias", "CloudFormation's resource spec takes the image version by ARN: set sagemaker_image_version_arn"),
                    Argument::property("sagemaker_image_version_arn", "SageMakerImageVersionArn"),
                ]),
            ]),
        ]),
        Argument::dropped("retention_policy", "CloudFormation's domain has no retention policy: it keeps the home EFS file system when the domain is deleted"),

        TAGS,
        TAGS_ALL,
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::get_att("arn", "DomainArn"),
        Attribute::get_att("url", "Url"),
        Attribute::get_att("home_efs_file_system_id", "HomeEfsFileSystemId"),
        Attribute::get_att("security_group_id_for_domain_boundary", "SecurityGroupIdForDomainBoundary"),
        Attribute::get_att("single_sign_on_application_arn", "SingleSignOnApplicationArn"),
        Attribute::get_att(
            "single_sign_on_managed_application_instance_id",
            "SingleSignOnManagedApplicationInstanceId",
        ),
        Attribute::argument("domain_name", "domain_name"),
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

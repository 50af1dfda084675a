//! Amazon SageMaker Studio: spaces, and the custom images (with their versions) that Studio apps run.
//!
//! Terraform's `id` of a space is its ARN, `Fn::GetAtt SpaceArn`. `Ref` of an image returns its ARN
//! and of an image version the version's ARN; Terraform's `id` of both is the image's name (since
//! provider 6, an image version's is `NAME,VERSION`), which CloudFormation does not return: it is the
//! configured name.

use super::rows::TAGS;
use super::shared::{REGION, TAGS_ALL};
use crate::model::{Argument, Attribute, Placement, ResourceMapping};

/// The table of SageMaker Studio space and image types.
pub const MAPPINGS: &[ResourceMapping] = &[SPACE, IMAGE, IMAGE_VERSION];

const SPACE: ResourceMapping = ResourceMapping {
    terraform: "aws_sagemaker_space",
    cloudformation: "AWS::SageMaker::Space",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("domain_id", "DomainId"),
        Argument::property("space_name", "SpaceName"),
        Argument::property("space_display_name", "SpaceDisplayName"),
        Argument::block(
            "ownership_settings",
            "OwnershipSettings",
            false,
            &[Argument::property("owner_user_profile_name", "OwnerUserProfileName")],
        ),
        Argument::block(
            "space_sharing_settings",
            "SpaceSharingSettings",
            false,
            &[Argument::property("sharing_type", "SharingType")],
        ),
        Argument::block(
            "space_settings",
            "SpaceSettings",
            false,
            &[
                Argument::property("app_type", "AppType"),
                Argument::block(
                    "code_editor_app_settings",
                    "CodeEditorAppSettings",
                    false,
                    &[
                        Argument::block("default_resource_spec", "DefaultResourceSpec", false, RESOURCE_SPEC),
                        APP_LIFECYCLE_MANAGEMENT,
                    ],
                ),
                Argument::block(
                    "custom_file_system",
                    "CustomFileSystems",
                    true,
                    &[Argument::block(
                        "efs_file_system",
                        "EFSFileSystem",
                        false,
                        &[Argument::property("file_system_id", "FileSystemId")],
                    )],
                ),
                Argument::block(
                    "jupyter_lab_app_settings",
                    "JupyterLabAppSettings",
                    false,
                    &[
                        Argument::block(
                            "code_repository",
                            "CodeRepositories",
                            true,
                            &[Argument::property("repository_url", "RepositoryUrl")],
                        ),
                        Argument::block("default_resource_spec", "DefaultResourceSpec", false, RESOURCE_SPEC),
                        APP_LIFECYCLE_MANAGEMENT,
                    ],
                ),
                Argument::block(
                    "jupyter_server_app_settings",
                    "JupyterServerAppSettings",
                    false,
                    &[
                        Argument::property("lifecycle_config_arns", "LifecycleConfigArns"),
                        Argument::block("default_resource_spec", "DefaultResourceSpec", false, RESOURCE_SPEC),
                        Argument::dropped(
                            "code_repository",
                            "CloudFormation's space Jupyter server app settings take no code repositories; \
                             use jupyter_lab_app_settings",
                        ),
                    ],
                ),
                Argument::block(
                    "kernel_gateway_app_settings",
                    "KernelGatewayAppSettings",
                    false,
                    &[
                        Argument::property("lifecycle_config_arns", "LifecycleConfigArns"),
                        Argument::block("default_resource_spec", "DefaultResourceSpec", false, RESOURCE_SPEC),
                        Argument::block(
                            "custom_image",
                            "CustomImages",
                            true,
                            &[
                                Argument::property("app_image_config_name", "AppImageConfigName"),
                                Argument::property("image_name", "ImageName"),
                                Argument::property("image_version_number", "ImageVersionNumber"),
                            ],
                        ),
                    ],
                ),
                Argument::block(
                    "space_storage_settings",
                    "SpaceStorageSettings",
                    false,
                    &[Argument::block(
                        "ebs_storage_settings",
                        "EbsStorageSettings",
                        false,
                        &[Argument::property("ebs_volume_size_in_gb", "EbsVolumeSizeInGb")],
                    )],
                ),
            ],
        ),
        TAGS,
        TAGS_ALL,
        REGION,
    ],
    attributes: &[
        Attribute::get_att("id", "SpaceArn"),
        Attribute::get_att("arn", "SpaceArn"),
        Attribute::get_att("url", "Url"),
        Attribute::argument("domain_id", "domain_id"),
        Attribute::argument("space_name", "space_name"),
    ],
    companions: &[],
};

/// The image and instance type a space's app runs on.
const RESOURCE_SPEC: &[Argument] = &[
    Argument::property("instance_type", "InstanceType"),
    Argument::property("lifecycle_config_arn", "LifecycleConfigArn"),
    Argument::property("sagemaker_image_arn", "SageMakerImageArn"),
    Argument::property("sagemaker_image_version_arn", "SageMakerImageVersionArn"),
    Argument::dropped(
        "sagemaker_image_version_alias",
        "CloudFormation's resource spec takes the image version by ARN: set sagemaker_image_version_arn",
    ),
];

/// A space app's idle shutdown, which CloudFormation's space does not take.
const APP_LIFECYCLE_MANAGEMENT: Argument = Argument::dropped(
    "app_lifecycle_management",
    "CloudFormation's space app settings have no idle shutdown settings; set them on the domain's \
     default space settings",
);

const IMAGE: ResourceMapping = ResourceMapping {
    terraform: "aws_sagemaker_image",
    cloudformation: "AWS::SageMaker::Image",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("image_name", "ImageName"),
        Argument::property("role_arn", "ImageRoleArn"),
        Argument::property("display_name", "ImageDisplayName"),
        Argument::property("description", "ImageDescription"),
        TAGS,
        TAGS_ALL,
        REGION,
    ],
    attributes: &[
        Attribute::argument("id", "image_name"),
        Attribute::argument("image_name", "image_name"),
        Attribute::reference("arn"),
    ],
    companions: &[],
};

const IMAGE_VERSION: ResourceMapping = ResourceMapping {
    terraform: "aws_sagemaker_image_version",
    cloudformation: "AWS::SageMaker::ImageVersion",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("image_name", "ImageName"),
        Argument::property("base_image", "BaseImage"),
        // Argument of the provider's 6.x releases.
        Argument::property("aliases", "Aliases"),
        Argument::property("horovod", "Horovod"),
        Argument::property("job_type", "JobType"),
        Argument::property("ml_framework", "MLFramework"),
        Argument::property("processor", "Processor"),
        Argument::property("programming_lang", "ProgrammingLang"),
        Argument::property("release_notes", "ReleaseNotes"),
        Argument::property("vendor_guidance", "VendorGuidance"),
        REGION,
    ],
    attributes: &[
        // Provider 5's id; provider 6 writes `NAME,VERSION`, which no CloudFormation value spells.
        Attribute::argument("id", "image_name"),
        Attribute::argument("image_name", "image_name"),
        Attribute::reference("arn"),
        Attribute::get_att("image_arn", "ImageArn"),
        Attribute::get_att("container_image", "ContainerImage"),
        Attribute::get_att("version", "Version"),
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

//! CodeCommit: repositories.

use super::rows::TAGS;
use super::shared::{REGION, TAGS_ALL};
use crate::model::{Argument, Attribute, Placement, ResourceMapping};

/// The CodeCommit table.
pub const MAPPINGS: &[ResourceMapping] = &[REPOSITORY];

/// `Ref` is the repository ID; Terraform's `id` is the repository's name (`GetAtt Name`).
const REPOSITORY: ResourceMapping = ResourceMapping {
    terraform: "aws_codecommit_repository",
    cloudformation: "AWS::CodeCommit::Repository",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("repository_name", "RepositoryName"),
        Argument::property("description", "RepositoryDescription"),
        Argument::property("kms_key_id", "KmsKeyId"),
        Argument::dropped(
            "default_branch",
            "AWS::CodeCommit::Repository names a branch only for its initial Code from S3; the \
             first branch pushed becomes the default",
        ),
        TAGS,
        TAGS_ALL,
        REGION,
    ],
    attributes: &[
        Attribute::get_att("id", "Name"),
        Attribute::get_att("repository_name", "Name"),
        Attribute::reference("repository_id"),
        Attribute::get_att("arn", "Arn"),
        Attribute::get_att("clone_url_http", "CloneUrlHttp"),
        Attribute::get_att("clone_url_ssh", "CloneUrlSsh"),
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

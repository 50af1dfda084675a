//! AWS Signer signing profiles.
//!
//! `Ref` of a signing profile is its ARN; Terraform's `id` is the profile's name, which CloudFormation
//! returns as `ProfileName`.

use super::rows::TAGS;
use super::shared::{NAME_PREFIX, REGION, TAGS_ALL};
use crate::model::{Argument, Attribute, Placement, ResourceMapping};

/// The Signer table.
pub const MAPPINGS: &[ResourceMapping] = &[SIGNING_PROFILE];

const SIGNING_PROFILE: ResourceMapping = ResourceMapping {
    terraform: "aws_signer_signing_profile",
    cloudformation: "AWS::Signer::SigningProfile",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "ProfileName"),
        NAME_PREFIX,
        Argument::property("platform_id", "PlatformId"),
        Argument::block(
            "signature_validity_period",
            "SignatureValidityPeriod",
            false,
            &[Argument::property("type", "Type"), Argument::property("value", "Value")],
        ),
        Argument::dropped(
            "signing_material",
            "AWS::Signer::SigningProfile has no signing material: CloudFormation profiles sign with AWS Signer's \
             own certificates",
        ),
        Argument::dropped("signing_parameters", "AWS::Signer::SigningProfile has no signing parameters"),
        TAGS,
        TAGS_ALL,
        REGION,
    ],
    attributes: &[
        Attribute::get_att("id", "ProfileName"),
        Attribute::get_att("name", "ProfileName"),
        Attribute::get_att("arn", "Arn"),
        Attribute::get_att("version", "ProfileVersion"),
        Attribute::get_att("version_arn", "ProfileVersionArn"),
        Attribute::argument("platform_id", "platform_id"),
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

//! DynamoDB resource policies, merged into the table whose ARN `resource_arn` gives as its
//! `ResourcePolicy`. A policy on a table's stream (a `stream_arn`) is the table's
//! `StreamSpecification.ResourcePolicy` in CloudFormation; the merge follows the reference to the
//! table either way, so a stream policy must be written on the table by hand.

use super::shared::REGION;
use crate::model::{Argument, Attribute, Placement, ResourceMapping};

/// The table of further DynamoDB types.
pub const MAPPINGS: &[ResourceMapping] = &[RESOURCE_POLICY];

const RESOURCE_POLICY: ResourceMapping = ResourceMapping {
    terraform: "aws_dynamodb_resource_policy",
    cloudformation: "AWS::DynamoDB::Table",
    when: None,
    placement: Placement::MergeInto { parent: "aws_dynamodb_table", link: "resource_arn" },
    arguments: &[
        Argument::link("resource_arn"),
        Argument::json("policy", "ResourcePolicy.PolicyDocument"),
        Argument::dropped(
            "confirm_remove_self_resource_access",
            "CloudFormation has no such confirmation; check that the policy keeps your own access",
        ),
        REGION,
    ],
    attributes: &[
        // Terraform's id is the table's ARN.
        Attribute::get_att("id", "Arn"),
        Attribute::get_att("resource_arn", "Arn"),
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

//! EventBridge Schemas: schema discoverers.

use super::rows::TAGS;
use super::shared::{REGION, TAGS_ALL};
use crate::model::{Argument, Attribute, Placement, ResourceMapping};

/// The EventBridge Schemas table.
pub const MAPPINGS: &[ResourceMapping] = &[DISCOVERER];

/// `Ref` is the discoverer's ARN; Terraform's `id` is its ID (`GetAtt DiscovererId`).
const DISCOVERER: ResourceMapping = ResourceMapping {
    terraform: "aws_schemas_discoverer",
    cloudformation: "AWS::EventSchemas::Discoverer",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("source_arn", "SourceArn"),
        Argument::property("description", "Description"),
        TAGS,
        TAGS_ALL,
        REGION,
    ],
    attributes: &[Attribute::get_att("id", "DiscovererId"), Attribute::reference("arn")],
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

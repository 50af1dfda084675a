//! Redshift: cluster subnet groups.

use super::rows::TAGS;
use super::shared::{REGION, TAGS_ALL};
use crate::model::{Argument, Attribute, Placement, ResourceMapping};

/// The Redshift table.
pub const MAPPINGS: &[ResourceMapping] = &[SUBNET_GROUP];

/// `Ref` is the group's name, as Terraform's `id` is.
const SUBNET_GROUP: ResourceMapping = ResourceMapping {
    terraform: "aws_redshift_subnet_group",
    cloudformation: "AWS::Redshift::ClusterSubnetGroup",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::dropped(
            "name",
            "AWS::Redshift::ClusterSubnetGroup names the group itself (its name is read-only); \
             references to the group use the generated name",
        ),
        // Required by CloudFormation; the frontend supplies Terraform's default when it is absent.
        Argument::property("description", "Description"),
        Argument::property("subnet_ids", "SubnetIds"),
        TAGS,
        TAGS_ALL,
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::reference("name"),
        Attribute::sub("arn", "arn:${AWS::Partition}:redshift:${AWS::Region}:${AWS::AccountId}:subnetgroup:${Self}"),
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

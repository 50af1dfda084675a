//! AWS Key Management Service, beyond keys and aliases: replicas of multi-Region keys.

use super::rows::TAGS;
use super::shared::{REGION, TAGS_ALL};
use crate::model::{Argument, Attribute, Placement, ResourceMapping};

/// The table.
pub const MAPPINGS: &[ResourceMapping] = &[REPLICA_KEY];

const REPLICA_KEY: ResourceMapping = ResourceMapping {
    terraform: "aws_kms_replica_key",
    cloudformation: "AWS::KMS::ReplicaKey",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("primary_key_arn", "PrimaryKeyArn"),
        Argument::property("description", "Description"),
        Argument::property("enabled", "Enabled"),
        Argument::json("policy", "KeyPolicy"),
        Argument::property("deletion_window_in_days", "PendingWindowInDays"),
        Argument::dropped(
            "bypass_policy_lockout_safety_check",
            "AWS::KMS::ReplicaKey always runs the policy lockout safety check",
        ),
        TAGS,
        TAGS_ALL,
        // A replica lives in the stack's region; deploy the stack in the replica's region.
        REGION,
    ],
    attributes: &[
        // A replica key's Ref is its key ID, which is also Terraform's ID.
        Attribute::reference("id"),
        Attribute::reference("key_id"),
        Attribute::get_att("arn", "Arn"),
        Attribute::argument("primary_key_arn", "primary_key_arn"),
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

//! AWS Key Management Service: keys and their aliases.

use super::rows::{TAGS, TIMEOUTS};
use super::shared::{NAME_PREFIX, REGION, TAGS_ALL};
use crate::model::{Argument, Attribute, Placement, ResourceMapping};

/// The KMS table.
pub const MAPPINGS: &[ResourceMapping] = &[KEY, ALIAS];

const EXTERNAL_STORE: &str = "AWS::KMS::Key cannot create keys in a custom key store; create the key outside the stack";

const KEY: ResourceMapping = ResourceMapping {
    terraform: "aws_kms_key",
    cloudformation: "AWS::KMS::Key",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("description", "Description"),
        Argument::property("key_usage", "KeyUsage"),
        Argument::property("customer_master_key_spec", "KeySpec"),
        Argument::json("policy", "KeyPolicy"),
        Argument::property("bypass_policy_lockout_safety_check", "BypassPolicyLockoutSafetyCheck"),
        Argument::property("is_enabled", "Enabled"),
        Argument::property("enable_key_rotation", "EnableKeyRotation"),
        Argument::property("rotation_period_in_days", "RotationPeriodInDays"),
        Argument::property("multi_region", "MultiRegion"),
        Argument::property("deletion_window_in_days", "PendingWindowInDays"),
        Argument::dropped("custom_key_store_id", EXTERNAL_STORE),
        Argument::dropped("xks_key_id", EXTERNAL_STORE),
        TAGS,
        TAGS_ALL,
        TIMEOUTS,
        REGION,
    ],
    attributes: &[Attribute::reference("id"), Attribute::reference("key_id"), Attribute::get_att("arn", "Arn")],
    companions: &[],
};

const ALIAS: ResourceMapping = ResourceMapping {
    terraform: "aws_kms_alias",
    cloudformation: "AWS::KMS::Alias",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "AliasName"),
        NAME_PREFIX,
        Argument::property("target_key_id", "TargetKeyId"),
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::reference("name"),
        // An alias ARN is the account's KMS ARN prefix and the alias name (`alias/...`).
        Attribute::sub("arn", "arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:${Self}"),
        Attribute::argument("target_key_id", "target_key_id"),
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

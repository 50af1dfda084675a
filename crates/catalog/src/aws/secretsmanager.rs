//! AWS Secrets Manager secrets.
//!
//! A secret's own `policy` is a separate `AWS::SecretsManager::ResourcePolicy`, made as a companion.

use super::rows::TAGS;
use super::shared::{NAME_PREFIX, REGION, TAGS_ALL};
use crate::model::{Argument, Attribute, Companion, CompanionValue, Placement, ResourceMapping, Shape, Target};

/// The Secrets Manager table.
pub const MAPPINGS: &[ResourceMapping] = &[SECRET];

const REPLICA: &[Argument] = &[Argument::property("region", "Region"), Argument::property("kms_key_id", "KmsKeyId")];

const SECRET: ResourceMapping = ResourceMapping {
    terraform: "aws_secretsmanager_secret",
    cloudformation: "AWS::SecretsManager::Secret",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "Name"),
        NAME_PREFIX,
        Argument::property("description", "Description"),
        Argument::property("kms_key_id", "KmsKeyId"),
        Argument::property("type", "Type"),
        Argument::block("replica", "ReplicaRegions", true, REPLICA),
        Argument::new("policy", Shape::JsonDocument, Target::Companion),
        Argument::dropped(
            "recovery_window_in_days",
            "AWS::SecretsManager::Secret has no recovery window setting; CloudFormation chooses it on deletion",
        ),
        Argument::dropped(
            "force_overwrite_replica_secret",
            "CloudFormation never overwrites a secret of the same name in a replica region",
        ),
        TAGS,
        TAGS_ALL,
        REGION,
    ],
    attributes: &[
        // A secret's Ref is its ARN, which is also Terraform's ID.
        Attribute::reference("id"),
        Attribute::reference("arn"),
        Attribute::argument("name", "name"),
    ],
    companions: &[Companion {
        cloudformation: "AWS::SecretsManager::ResourcePolicy",
        suffix: "Policy",
        when_argument: "policy",
        properties: &[("SecretId", CompanionValue::MainRef), ("ResourcePolicy", CompanionValue::Argument("policy"))],
        dependents_wait: false,
    }],
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

//! AWS Secrets Manager, beyond the secret: its value (the secret's `SecretString`, merged through
//! `secret_id`), its rotation (`AWS::SecretsManager::RotationSchedule`) and its resource policy
//! (`AWS::SecretsManager::ResourcePolicy`).

use super::shared::REGION;
use crate::model::{Argument, Attribute, Placement, ResourceMapping, Shape, Target, Transform};

/// The table.
pub const MAPPINGS: &[ResourceMapping] = &[SECRET_VERSION, SECRET_ROTATION, SECRET_POLICY];

const SECRET_VERSION: ResourceMapping = ResourceMapping {
    terraform: "aws_secretsmanager_secret_version",
    cloudformation: "AWS::SecretsManager::Secret",
    when: None,
    placement: Placement::MergeInto { parent: "aws_secretsmanager_secret", link: "secret_id" },
    arguments: &[
        Argument::link("secret_id"),
        Argument::property("secret_string", "SecretString"),
        // Write-only in Terraform (kept out of its state); CloudFormation takes it as the same value.
        Argument::property("secret_string_wo", "SecretString"),
        Argument::new(
            "secret_string_wo_version",
            Shape::Value(Transform::None),
            Target::Implied(
                "it only tells Terraform when to send secret_string_wo again; CloudFormation sends it on change",
            ),
        ),
        Argument::dropped(
            "secret_binary",
            "AWS::SecretsManager::Secret takes only a string value; store the binary base64-encoded in secret_string",
        ),
        Argument::dropped(
            "version_stages",
            "CloudFormation keeps one version of the secret, labelled AWSCURRENT; stage labels are set by rotation",
        ),
        REGION,
    ],
    attributes: &[
        // The secret's Ref is its ARN. Terraform's ID adds `|<version id>`, which CloudFormation does
        // not return.
        Attribute::reference("id"),
        Attribute::reference("arn"),
        Attribute::argument("secret_id", "secret_id"),
        Attribute::argument("secret_string", "secret_string"),
    ],
    companions: &[],
};

const ROTATION_RULES: &[Argument] = &[
    Argument::property("automatically_after_days", "AutomaticallyAfterDays"),
    Argument::property("duration", "Duration"),
    Argument::property("schedule_expression", "ScheduleExpression"),
];

const SECRET_ROTATION: ResourceMapping = ResourceMapping {
    terraform: "aws_secretsmanager_secret_rotation",
    cloudformation: "AWS::SecretsManager::RotationSchedule",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("secret_id", "SecretId"),
        Argument::property("rotation_lambda_arn", "RotationLambdaARN"),
        Argument::property("rotate_immediately", "RotateImmediatelyOnUpdate"),
        Argument::block("rotation_rules", "RotationRules", false, ROTATION_RULES),
        Argument::property("external_secret_rotation_role_arn", "ExternalSecretRotationRoleArn"),
        Argument::new(
            "external_secret_rotation_metadata",
            Shape::Block {
                list: true,
                arguments: &[Argument::property("key", "Key"), Argument::property("value", "Value")],
            },
            Target::Property("ExternalSecretRotationMetadata"),
        ),
        REGION,
    ],
    attributes: &[
        // A rotation schedule's Ref is the secret's ARN, which is also Terraform's ID.
        Attribute::reference("id"),
        Attribute::argument("secret_id", "secret_id"),
        Attribute::argument("rotation_lambda_arn", "rotation_lambda_arn"),
    ],
    companions: &[],
};

const SECRET_POLICY: ResourceMapping = ResourceMapping {
    terraform: "aws_secretsmanager_secret_policy",
    cloudformation: "AWS::SecretsManager::ResourcePolicy",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("secret_arn", "SecretId"),
        Argument::json("policy", "ResourcePolicy"),
        Argument::property("block_public_policy", "BlockPublicPolicy"),
        REGION,
    ],
    attributes: &[
        // Terraform's ID is the secret's ARN.
        Attribute::argument("id", "secret_arn"),
        Attribute::argument("secret_arn", "secret_arn"),
        Attribute::argument("policy", "policy"),
    ],
    companions: &[],
};

#[cfg(test)]
mod tests {
    use super::MAPPINGS;
    use crate::aws::rows::tests::{blocks, check_table, source, value};
    use crate::aws::shared::tests::{codes, map, props, row, s};
    use crate::{attribute_expr, lower_arguments};
    use iac2cfn_ir::Expr;

    #[test]
    fn table_is_well_formed() {
        check_table(MAPPINGS);
    }

    #[test]
    fn a_version_sets_the_secrets_string_and_reports_binaries() {
        let version = row("aws_secretsmanager_secret_version");
        let body =
            source(vec![("secret_id", value(Expr::reference("Db"))), ("secret_string", value(s(r#"{"user":"app"}"#)))]);
        let lowered = lower_arguments(version, &body);
        assert!(lowered.diagnostics.is_empty());
        assert_eq!(lowered.properties, props(vec![("SecretString", s(r#"{"user":"app"}"#))]));
        let binary = source(vec![("secret_id", value(Expr::reference("Db"))), ("secret_binary", value(s("AAE=")))]);
        assert_eq!(codes(&lower_arguments(version, &binary)), vec!["catalog::dropped-argument"]);
        // Merged into the secret: its ARN is the secret's Ref.
        assert_eq!(attribute_expr(version, "Db", "arn", &|_| None), Some(Expr::reference("Db")));
    }

    #[test]
    fn a_rotation_is_a_schedule() {
        let body = source(vec![
            ("secret_id", value(Expr::reference("Db"))),
            ("rotation_lambda_arn", value(Expr::get_att("Rotator", "Arn"))),
            ("rotation_rules", blocks(vec![source(vec![("automatically_after_days", value(Expr::int(30)))])])),
        ]);
        let lowered = lower_arguments(row("aws_secretsmanager_secret_rotation"), &body);
        assert_eq!(
            lowered.properties,
            props(vec![
                ("SecretId", Expr::reference("Db")),
                ("RotationLambdaARN", Expr::get_att("Rotator", "Arn")),
                ("RotationRules", map(vec![("AutomaticallyAfterDays", Expr::int(30))])),
            ])
        );
    }
}

//! AWS Identity and Access Management: roles, their policies and attachments, managed policies and
//! instance profiles.

use super::rows::TAGS;
use super::shared::{NAME_PREFIX, TAGS_ALL};
use crate::model::{Argument, Attribute, Placement, ResourceMapping, Transform};

const NO_TAGS: &str = "this CloudFormation type has no Tags property";

const INLINE_POLICY: &[Argument] =
    &[Argument::property("name", "PolicyName"), Argument::json("policy", "PolicyDocument")];

const ROLE: &[Argument] = &[
    Argument::property("name", "RoleName"),
    NAME_PREFIX,
    Argument::property("description", "Description"),
    Argument::json("assume_role_policy", "AssumeRolePolicyDocument"),
    Argument::property("path", "Path"),
    Argument::property("max_session_duration", "MaxSessionDuration"),
    Argument::property("permissions_boundary", "PermissionsBoundary"),
    // Appended, so that `aws_iam_role_policy_attachment`s merged into the role add to the list.
    Argument::append("managed_policy_arns", "ManagedPolicyArns"),
    Argument::block("inline_policy", "Policies", true, INLINE_POLICY),
    TAGS,
    Argument::dropped(
        "force_detach_policies",
        "CloudFormation detaches only the policies it manages; detach others before deleting the stack",
    ),
    TAGS_ALL,
];

const POLICY: &[Argument] = &[
    Argument::property("name", "ManagedPolicyName"),
    NAME_PREFIX,
    Argument::property("description", "Description"),
    Argument::property("path", "Path"),
    Argument::json("policy", "PolicyDocument"),
    Argument::dropped("tags", NO_TAGS),
    Argument::dropped("tags_all", NO_TAGS),
    Argument::dropped(
        "delay_after_policy_creation_in_ms",
        "CloudFormation waits for the policy itself before creating what depends on it",
    ),
];

const ROLE_POLICY: &[Argument] = &[
    Argument::property("name", "PolicyName"),
    NAME_PREFIX,
    Argument::json("policy", "PolicyDocument"),
    Argument::property("role", "RoleName"),
];

const ROLE_POLICY_ATTACHMENT: &[Argument] =
    &[Argument::link("role"), Argument::append("policy_arn", "ManagedPolicyArns")];

const INSTANCE_PROFILE: &[Argument] = &[
    Argument::property("name", "InstanceProfileName"),
    NAME_PREFIX,
    Argument::property("path", "Path"),
    Argument::transformed("role", Transform::WrapInList, "Roles"),
    Argument::dropped("tags", NO_TAGS),
    Argument::dropped("tags_all", NO_TAGS),
];

/// The IAM table.
pub const MAPPINGS: &[ResourceMapping] = &[
    ResourceMapping {
        terraform: "aws_iam_role",
        cloudformation: "AWS::IAM::Role",
        when: None,
        placement: Placement::Standalone,
        arguments: ROLE,
        attributes: &[
            Attribute::reference("id"),
            Attribute::reference("name"),
            Attribute::get_att("arn", "Arn"),
            Attribute::get_att("unique_id", "RoleId"),
        ],
        companions: &[],
    },
    ResourceMapping {
        terraform: "aws_iam_policy",
        cloudformation: "AWS::IAM::ManagedPolicy",
        when: None,
        placement: Placement::Standalone,
        arguments: POLICY,
        attributes: &[
            // A managed policy's Ref is its ARN, which is also Terraform's ID.
            Attribute::reference("id"),
            Attribute::reference("arn"),
            Attribute::get_att("policy_id", "PolicyId"),
            Attribute::get_att("attachment_count", "AttachmentCount"),
            Attribute::argument("name", "name"),
            Attribute::argument("path", "path"),
            Attribute::argument("policy", "policy"),
        ],
        companions: &[],
    },
    ResourceMapping {
        terraform: "aws_iam_role_policy",
        cloudformation: "AWS::IAM::RolePolicy",
        when: None,
        placement: Placement::Standalone,
        arguments: ROLE_POLICY,
        attributes: &[
            // CloudFormation's identifier of the policy (Terraform's is `role:name`).
            Attribute::reference("id"),
            Attribute::argument("name", "name"),
            Attribute::argument("role", "role"),
            Attribute::argument("policy", "policy"),
        ],
        companions: &[],
    },
    ResourceMapping {
        terraform: "aws_iam_role_policy_attachment",
        cloudformation: "AWS::IAM::Role",
        when: None,
        placement: Placement::MergeInto { parent: "aws_iam_role", link: "role" },
        arguments: ROLE_POLICY_ATTACHMENT,
        // Terraform's ID is generated; the role's name is what identifies the attachment here.
        attributes: &[
            Attribute::argument("id", "role"),
            Attribute::argument("role", "role"),
            Attribute::argument("policy_arn", "policy_arn"),
        ],
        companions: &[],
    },
    ResourceMapping {
        terraform: "aws_iam_instance_profile",
        cloudformation: "AWS::IAM::InstanceProfile",
        when: None,
        placement: Placement::Standalone,
        arguments: INSTANCE_PROFILE,
        attributes: &[
            Attribute::reference("id"),
            Attribute::reference("name"),
            Attribute::get_att("arn", "Arn"),
            Attribute::argument("role", "role"),
        ],
        companions: &[],
    },
];

#[cfg(test)]
mod tests {
    use super::MAPPINGS;
    use crate::aws::rows::tests::{blocks, check_table, source, value};
    use crate::aws::shared::tests::{codes, map, props, row, s};
    use crate::{attribute_expr, lower_arguments, merge_properties};
    use iac2cfn_ir::Expr;

    const TRUST: &str = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#;

    fn trust() -> Expr {
        map(vec![
            ("Version", s("2012-10-17")),
            (
                "Statement",
                Expr::List(vec![map(vec![
                    ("Effect", s("Allow")),
                    ("Principal", map(vec![("Service", s("lambda.amazonaws.com"))])),
                    ("Action", s("sts:AssumeRole")),
                ])]),
            ),
        ])
    }

    #[test]
    fn table_is_well_formed() {
        check_table(MAPPINGS);
    }

    #[test]
    fn a_role_takes_documents_inline_policies_and_attachments() {
        let body = source(vec![
            ("name", value(s("worker"))),
            ("assume_role_policy", value(s(TRUST))),
            ("managed_policy_arns", value(Expr::List(vec![s("arn:aws:iam::aws:policy/ReadOnlyAccess")]))),
            (
                "inline_policy",
                blocks(vec![source(vec![("name", value(s("inline"))), ("policy", value(s(r#"{"Statement":[]}"#)))])]),
            ),
            ("force_detach_policies", value(Expr::Bool(true))),
        ]);
        let lowered = lower_arguments(row("aws_iam_role"), &body);
        assert_eq!(codes(&lowered), vec!["catalog::dropped-argument"]);
        let mut properties = lowered.properties;
        assert_eq!(
            properties,
            props(vec![
                ("RoleName", s("worker")),
                ("AssumeRolePolicyDocument", trust()),
                ("ManagedPolicyArns", Expr::List(vec![s("arn:aws:iam::aws:policy/ReadOnlyAccess")])),
                (
                    "Policies",
                    Expr::List(vec![map(vec![
                        ("PolicyName", s("inline")),
                        ("PolicyDocument", map(vec![("Statement", Expr::List(vec![]))])),
                    ])]),
                ),
            ])
        );

        // An attachment adds its ARN to the role's list when the frontend merges it.
        let attachment =
            source(vec![("role", value(Expr::reference("Worker"))), ("policy_arn", value(Expr::reference("Extra")))]);
        let merged = lower_arguments(row("aws_iam_role_policy_attachment"), &attachment);
        assert!(merged.diagnostics.is_empty());
        assert_eq!(merged.properties, props(vec![("ManagedPolicyArns", Expr::List(vec![Expr::reference("Extra")]))]));
        merge_properties(&mut properties, merged.properties);
        assert_eq!(
            properties["ManagedPolicyArns"],
            Expr::List(vec![s("arn:aws:iam::aws:policy/ReadOnlyAccess"), Expr::reference("Extra")])
        );
    }

    #[test]
    fn role_and_policy_attributes_match_cloudformation() {
        let role = row("aws_iam_role");
        assert_eq!(attribute_expr(role, "Worker", "name", &|_| None), Some(Expr::reference("Worker")));
        assert_eq!(attribute_expr(role, "Worker", "arn", &|_| None), Some(Expr::get_att("Worker", "Arn")));
        assert_eq!(attribute_expr(role, "Worker", "unique_id", &|_| None), Some(Expr::get_att("Worker", "RoleId")));
        let policy = row("aws_iam_policy");
        // A managed policy's Ref is its ARN.
        assert_eq!(attribute_expr(policy, "Read", "arn", &|_| None), Some(Expr::reference("Read")));
        assert_eq!(attribute_expr(policy, "Read", "policy_id", &|_| None), Some(Expr::get_att("Read", "PolicyId")));
    }

    #[test]
    fn role_policies_and_instance_profiles_convert() {
        let body = source(vec![
            ("name", value(s("inline"))),
            ("role", value(Expr::reference("Worker"))),
            ("policy", value(s(r#"{"Statement":[]}"#))),
        ]);
        let lowered = lower_arguments(row("aws_iam_role_policy"), &body);
        assert_eq!(
            lowered.properties,
            props(vec![
                ("PolicyName", s("inline")),
                ("PolicyDocument", map(vec![("Statement", Expr::List(vec![]))])),
                ("RoleName", Expr::reference("Worker")),
            ])
        );
        let profile = source(vec![("role", value(Expr::reference("Worker"))), ("name", value(s("worker")))]);
        let lowered = lower_arguments(row("aws_iam_instance_profile"), &profile);
        assert_eq!(
            lowered.properties,
            props(vec![("InstanceProfileName", s("worker")), ("Roles", Expr::List(vec![Expr::reference("Worker")]))])
        );
    }
}

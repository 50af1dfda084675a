//! AWS Identity and Access Management, beyond roles: users and groups with their policies,
//! attachments and memberships, access keys, and the OIDC and SAML identity providers.
//!
//! CloudFormation attaches managed policies through the `ManagedPolicyArns` list of the role, user or
//! group, so each `aws_iam_*_policy_attachment` is merged into its principal and appends its ARN.
//! IAM is global: these types have no 6.x `region` argument.

use super::rows::TAGS;
use super::shared::{NAME_PREFIX, TAGS_ALL};
use crate::model::{Argument, Attribute, Placement, ResourceMapping, Shape, Target, Transform};

/// The IAM users, groups and identity providers table.
pub const MAPPINGS: &[ResourceMapping] = &[
    USER,
    GROUP,
    USER_POLICY,
    USER_POLICY_ATTACHMENT,
    GROUP_POLICY_ATTACHMENT,
    POLICY_ATTACHMENT,
    GROUP_MEMBERSHIP,
    ACCESS_KEY,
    OPENID_CONNECT_PROVIDER,
    SAML_PROVIDER,
];

const FORCE_DESTROY: &str =
    "CloudFormation deletes only what it manages; remove keys, profiles and devices made outside the stack first";

const USER: ResourceMapping = ResourceMapping {
    terraform: "aws_iam_user",
    cloudformation: "AWS::IAM::User",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "UserName"),
        Argument::property("path", "Path"),
        Argument::property("permissions_boundary", "PermissionsBoundary"),
        TAGS,
        Argument::dropped("force_destroy", FORCE_DESTROY),
        TAGS_ALL,
    ],
    attributes: &[
        // A user's Ref is its name, which is also Terraform's ID.
        Attribute::reference("id"),
        Attribute::reference("name"),
        Attribute::get_att("arn", "Arn"),
        Attribute::argument("path", "path"),
    ],
    companions: &[],
};

const GROUP: ResourceMapping = ResourceMapping {
    terraform: "aws_iam_group",
    cloudformation: "AWS::IAM::Group",
    when: None,
    placement: Placement::Standalone,
    arguments: &[Argument::property("name", "GroupName"), Argument::property("path", "Path")],
    attributes: &[
        // A group's Ref is its name, which is also Terraform's ID.
        Attribute::reference("id"),
        Attribute::reference("name"),
        Attribute::get_att("arn", "Arn"),
        Attribute::argument("path", "path"),
    ],
    companions: &[],
};

const USER_POLICY: ResourceMapping = ResourceMapping {
    terraform: "aws_iam_user_policy",
    cloudformation: "AWS::IAM::UserPolicy",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "PolicyName"),
        NAME_PREFIX,
        Argument::json("policy", "PolicyDocument"),
        Argument::property("user", "UserName"),
    ],
    attributes: &[
        // CloudFormation's identifier of the policy (Terraform's is `user:name`).
        Attribute::reference("id"),
        Attribute::argument("name", "name"),
        Attribute::argument("user", "user"),
        Attribute::argument("policy", "policy"),
    ],
    companions: &[],
};

/// Terraform's ID of an attachment is generated; the principal identifies it here.
const USER_POLICY_ATTACHMENT: ResourceMapping = ResourceMapping {
    terraform: "aws_iam_user_policy_attachment",
    cloudformation: "AWS::IAM::User",
    when: None,
    placement: Placement::MergeInto { parent: "aws_iam_user", link: "user" },
    arguments: &[Argument::link("user"), Argument::append("policy_arn", "ManagedPolicyArns")],
    attributes: &[
        Attribute::argument("id", "user"),
        Attribute::argument("user", "user"),
        Attribute::argument("policy_arn", "policy_arn"),
    ],
    companions: &[],
};

const GROUP_POLICY_ATTACHMENT: ResourceMapping = ResourceMapping {
    terraform: "aws_iam_group_policy_attachment",
    cloudformation: "AWS::IAM::Group",
    when: None,
    placement: Placement::MergeInto { parent: "aws_iam_group", link: "group" },
    arguments: &[Argument::link("group"), Argument::append("policy_arn", "ManagedPolicyArns")],
    attributes: &[
        Attribute::argument("id", "group"),
        Attribute::argument("group", "group"),
        Attribute::argument("policy_arn", "policy_arn"),
    ],
    companions: &[],
};

/// `aws_iam_policy_attachment` attaches one policy to roles, users and groups at once (and
/// exclusively). CloudFormation attaches through each principal's `ManagedPolicyArns`; the row
/// merges into the one role of `roles`.
const POLICY_ATTACHMENT: ResourceMapping = ResourceMapping {
    terraform: "aws_iam_policy_attachment",
    cloudformation: "AWS::IAM::Role",
    when: None,
    placement: Placement::MergeInto { parent: "aws_iam_role", link: "roles" },
    arguments: &[
        Argument::link("roles"),
        Argument::append("policy_arn", "ManagedPolicyArns"),
        Argument::new(
            "name",
            Shape::Value(Transform::None),
            Target::Implied("the attachment's name is Terraform's own label; IAM has no attachment object to name"),
        ),
        Argument::dropped(
            "users",
            "the attachment is merged into the role in `roles`; attach the policy to users with \
             aws_iam_user_policy_attachment, which converts to the user's ManagedPolicyArns",
        ),
        Argument::dropped(
            "groups",
            "the attachment is merged into the role in `roles`; attach the policy to groups with \
             aws_iam_group_policy_attachment, which converts to the group's ManagedPolicyArns",
        ),
    ],
    attributes: &[
        // Terraform's ID is the attachment's name.
        Attribute::argument("id", "name"),
        Attribute::argument("name", "name"),
        Attribute::argument("policy_arn", "policy_arn"),
        Attribute::argument("roles", "roles"),
    ],
    companions: &[],
};

const GROUP_MEMBERSHIP: ResourceMapping = ResourceMapping {
    terraform: "aws_iam_group_membership",
    cloudformation: "AWS::IAM::UserToGroupAddition",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("group", "GroupName"),
        Argument::property("users", "Users"),
        Argument::new(
            "name",
            Shape::Value(Transform::None),
            Target::Implied("the membership's name is Terraform's own label; IAM has no membership object to name"),
        ),
    ],
    attributes: &[
        // Terraform's ID is the membership's name.
        Attribute::argument("id", "name"),
        Attribute::argument("name", "name"),
        Attribute::argument("group", "group"),
        Attribute::argument("users", "users"),
    ],
    companions: &[],
};

const ACCESS_KEY: ResourceMapping = ResourceMapping {
    terraform: "aws_iam_access_key",
    cloudformation: "AWS::IAM::AccessKey",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("user", "UserName"),
        Argument::property("status", "Status"),
        Argument::dropped(
            "pgp_key",
            "CloudFormation returns the secret unencrypted (Fn::GetAtt SecretAccessKey); store it in a secret \
             rather than in outputs",
        ),
    ],
    attributes: &[
        // An access key's Ref is its access key ID, which is also Terraform's ID.
        Attribute::reference("id"),
        Attribute::get_att("secret", "SecretAccessKey"),
        Attribute::argument("user", "user"),
        Attribute::argument("status", "status"),
    ],
    companions: &[],
};

const OPENID_CONNECT_PROVIDER: ResourceMapping = ResourceMapping {
    terraform: "aws_iam_openid_connect_provider",
    cloudformation: "AWS::IAM::OIDCProvider",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("url", "Url"),
        Argument::property("client_id_list", "ClientIdList"),
        Argument::property("thumbprint_list", "ThumbprintList"),
        TAGS,
        TAGS_ALL,
    ],
    attributes: &[
        // A provider's Ref is its ARN, which is also Terraform's ID.
        Attribute::reference("id"),
        Attribute::reference("arn"),
        Attribute::argument("url", "url"),
        Attribute::argument("client_id_list", "client_id_list"),
    ],
    companions: &[],
};

const SAML_PROVIDER: ResourceMapping = ResourceMapping {
    terraform: "aws_iam_saml_provider",
    cloudformation: "AWS::IAM::SAMLProvider",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "Name"),
        Argument::property("saml_metadata_document", "SamlMetadataDocument"),
        TAGS,
        TAGS_ALL,
    ],
    attributes: &[
        // A provider's Ref is its ARN, which is also Terraform's ID.
        Attribute::reference("id"),
        Attribute::reference("arn"),
        Attribute::argument("name", "name"),
    ],
    companions: &[],
};

#[cfg(test)]
mod tests {
    use super::MAPPINGS;
    use crate::aws::rows::tests::{check_table, source, value};
    use crate::aws::shared::tests::{codes, map, props, row, s};
    use crate::{attribute_expr, lower_arguments, merge_properties, Placement};
    use iac2cfn_ir::Expr;

    #[test]
    fn table_is_well_formed() {
        check_table(MAPPINGS);
    }

    #[test]
    fn attachments_merge_into_their_principal_of_the_right_type() {
        for (terraform, parent, cloudformation) in [
            ("aws_iam_user_policy_attachment", "aws_iam_user", "AWS::IAM::User"),
            ("aws_iam_group_policy_attachment", "aws_iam_group", "AWS::IAM::Group"),
            ("aws_iam_policy_attachment", "aws_iam_role", "AWS::IAM::Role"),
        ] {
            let attachment = row(terraform);
            let Placement::MergeInto { parent: found, link } = attachment.placement else { panic!("{terraform}") };
            assert_eq!((found, attachment.cloudformation), (parent, cloudformation), "{terraform}");
            assert_eq!(row(parent).cloudformation, cloudformation);
            let body = source(vec![
                (link, value(Expr::List(vec![Expr::reference("Principal")]))),
                ("policy_arn", value(Expr::reference("Policy"))),
            ]);
            let lowered = lower_arguments(attachment, &body);
            assert!(lowered.diagnostics.is_empty(), "{terraform}: {:?}", lowered.diagnostics);
            assert_eq!(
                lowered.properties,
                props(vec![("ManagedPolicyArns", Expr::List(vec![Expr::reference("Policy")]))])
            );
        }
    }

    #[test]
    fn a_user_collects_its_attachments_and_a_policy_attachment_warns_about_users() {
        let user = lower_arguments(
            row("aws_iam_user"),
            &source(vec![("name", value(s("deploy"))), ("force_destroy", value(Expr::Bool(true)))]),
        );
        assert_eq!(codes(&user), vec!["catalog::dropped-argument"]);
        let mut properties = user.properties;
        for arn in ["arn:aws:iam::aws:policy/ReadOnlyAccess", "arn:aws:iam::aws:policy/PowerUserAccess"] {
            let attachment = source(vec![("user", value(Expr::reference("Deploy"))), ("policy_arn", value(s(arn)))]);
            merge_properties(
                &mut properties,
                lower_arguments(row("aws_iam_user_policy_attachment"), &attachment).properties,
            );
        }
        assert_eq!(
            properties,
            props(vec![
                ("UserName", s("deploy")),
                (
                    "ManagedPolicyArns",
                    Expr::List(vec![
                        s("arn:aws:iam::aws:policy/ReadOnlyAccess"),
                        s("arn:aws:iam::aws:policy/PowerUserAccess"),
                    ]),
                ),
            ])
        );
        let shared = source(vec![
            ("name", value(s("shared"))),
            ("roles", value(Expr::List(vec![Expr::reference("Worker")]))),
            ("users", value(Expr::List(vec![Expr::reference("Deploy")]))),
            ("policy_arn", value(Expr::reference("Read"))),
        ]);
        let lowered = lower_arguments(row("aws_iam_policy_attachment"), &shared);
        assert_eq!(codes(&lowered), vec!["catalog::dropped-argument"]);
        assert!(lowered.diagnostics[0].message.contains("users"));
    }

    #[test]
    fn keys_and_providers_resolve_as_cloudformation_returns_them() {
        let key = row("aws_iam_access_key");
        assert_eq!(attribute_expr(key, "Key", "id", &|_| None), Some(Expr::reference("Key")));
        assert_eq!(attribute_expr(key, "Key", "secret", &|_| None), Some(Expr::get_att("Key", "SecretAccessKey")));
        let oidc = row("aws_iam_openid_connect_provider");
        assert_eq!(attribute_expr(oidc, "Github", "arn", &|_| None), Some(Expr::reference("Github")));
        let user = row("aws_iam_user");
        assert_eq!(attribute_expr(user, "Deploy", "arn", &|_| None), Some(Expr::get_att("Deploy", "Arn")));
        let body = source(vec![
            ("url", value(s("https://token.actions.githubusercontent.com"))),
            ("client_id_list", value(Expr::List(vec![s("sts.amazonaws.com")]))),
            ("tags", value(map(vec![("team", s("ci"))]))),
        ]);
        let lowered = lower_arguments(oidc, &body);
        assert_eq!(
            lowered.properties,
            props(vec![
                ("Url", s("https://token.actions.githubusercontent.com")),
                ("ClientIdList", Expr::List(vec![s("sts.amazonaws.com")])),
                ("Tags", Expr::List(vec![map(vec![("Key", s("team")), ("Value", s("ci"))])])),
            ])
        );
    }
}

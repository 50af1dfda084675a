//! Amazon Cognito user pools: the pool, its app clients and its domain.
//!
//! `Ref` returns what Terraform's `id` is: the user pool ID, the client ID, the domain prefix (or
//! custom domain name).

use super::shared::{REGION, TAGS_ALL};
use crate::model::{Argument, Attribute, Placement, ResourceMapping, Shape, Target, Transform};

/// The Cognito table.
pub const MAPPINGS: &[ResourceMapping] = &[USER_POOL, USER_POOL_CLIENT, USER_POOL_DOMAIN];

/// A Lambda trigger given as a function ARN and a version of the event it receives.
const LAMBDA_VERSIONED: &[Argument] =
    &[Argument::property("lambda_arn", "LambdaArn"), Argument::property("lambda_version", "LambdaVersion")];

const LAMBDA_CONFIG: &[Argument] = &[
    Argument::property("create_auth_challenge", "CreateAuthChallenge"),
    Argument::property("custom_message", "CustomMessage"),
    Argument::property("define_auth_challenge", "DefineAuthChallenge"),
    Argument::property("kms_key_id", "KMSKeyID"),
    Argument::property("post_authentication", "PostAuthentication"),
    Argument::property("post_confirmation", "PostConfirmation"),
    Argument::property("pre_authentication", "PreAuthentication"),
    Argument::property("pre_sign_up", "PreSignUp"),
    Argument::property("pre_token_generation", "PreTokenGeneration"),
    Argument::property("user_migration", "UserMigration"),
    Argument::property("verify_auth_challenge_response", "VerifyAuthChallengeResponse"),
    Argument::block("custom_email_sender", "CustomEmailSender", false, LAMBDA_VERSIONED),
    Argument::block("custom_sms_sender", "CustomSMSSender", false, LAMBDA_VERSIONED),
    Argument::block("pre_token_generation_config", "PreTokenGenerationConfig", false, LAMBDA_VERSIONED),
];

/// A custom attribute. Its constraints are strings in both schemas; a number written in the
/// configuration is spelled out, as Terraform does.
const SCHEMA_ATTRIBUTE: &[Argument] = &[
    Argument::property("name", "Name"),
    Argument::property("attribute_data_type", "AttributeDataType"),
    Argument::property("developer_only_attribute", "DeveloperOnlyAttribute"),
    Argument::property("mutable", "Mutable"),
    Argument::property("required", "Required"),
    Argument::block(
        "number_attribute_constraints",
        "NumberAttributeConstraints",
        false,
        &[
            Argument::transformed("max_value", Transform::ToString, "MaxValue"),
            Argument::transformed("min_value", Transform::ToString, "MinValue"),
        ],
    ),
    Argument::block(
        "string_attribute_constraints",
        "StringAttributeConstraints",
        false,
        &[
            Argument::transformed("max_length", Transform::ToString, "MaxLength"),
            Argument::transformed("min_length", Transform::ToString, "MinLength"),
        ],
    ),
];

const PASSWORD_POLICY: &[Argument] = &[
    Argument::property("minimum_length", "MinimumLength"),
    Argument::property("password_history_size", "PasswordHistorySize"),
    Argument::property("require_lowercase", "RequireLowercase"),
    Argument::property("require_numbers", "RequireNumbers"),
    Argument::property("require_symbols", "RequireSymbols"),
    Argument::property("require_uppercase", "RequireUppercase"),
    Argument::property("temporary_password_validity_days", "TemporaryPasswordValidityDays"),
];

const VERIFICATION_MESSAGE_TEMPLATE: &[Argument] = &[
    Argument::property("default_email_option", "DefaultEmailOption"),
    Argument::property("email_message", "EmailMessage"),
    Argument::property("email_message_by_link", "EmailMessageByLink"),
    Argument::property("email_subject", "EmailSubject"),
    Argument::property("email_subject_by_link", "EmailSubjectByLink"),
    Argument::property("sms_message", "SmsMessage"),
];

const USER_POOL: ResourceMapping = ResourceMapping {
    terraform: "aws_cognito_user_pool",
    cloudformation: "AWS::Cognito::UserPool",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "UserPoolName"),
        Argument::property("user_pool_tier", "UserPoolTier"),
        Argument::property("deletion_protection", "DeletionProtection"),
        Argument::property("alias_attributes", "AliasAttributes"),
        Argument::property("username_attributes", "UsernameAttributes"),
        Argument::property("auto_verified_attributes", "AutoVerifiedAttributes"),
        Argument::property("mfa_configuration", "MfaConfiguration"),
        Argument::property("email_verification_message", "EmailVerificationMessage"),
        Argument::property("email_verification_subject", "EmailVerificationSubject"),
        Argument::property("sms_authentication_message", "SmsAuthenticationMessage"),
        Argument::property("sms_verification_message", "SmsVerificationMessage"),
        Argument::block(
            "account_recovery_setting",
            "AccountRecoverySetting",
            false,
            &[Argument::block(
                "recovery_mechanism",
                "RecoveryMechanisms",
                true,
                &[Argument::property("name", "Name"), Argument::property("priority", "Priority")],
            )],
        ),
        Argument::block(
            "admin_create_user_config",
            "AdminCreateUserConfig",
            false,
            &[
                Argument::property("allow_admin_create_user_only", "AllowAdminCreateUserOnly"),
                Argument::block(
                    "invite_message_template",
                    "InviteMessageTemplate",
                    false,
                    &[
                        Argument::property("email_message", "EmailMessage"),
                        Argument::property("email_subject", "EmailSubject"),
                        Argument::property("sms_message", "SMSMessage"),
                    ],
                ),
            ],
        ),
        Argument::block(
            "device_configuration",
            "DeviceConfiguration",
            false,
            &[
                Argument::property("challenge_required_on_new_device", "ChallengeRequiredOnNewDevice"),
                Argument::property("device_only_remembered_on_user_prompt", "DeviceOnlyRememberedOnUserPrompt"),
            ],
        ),
        Argument::block(
            "email_configuration",
            "EmailConfiguration",
            false,
            &[
                Argument::property("configuration_set", "ConfigurationSet"),
                Argument::property("email_sending_account", "EmailSendingAccount"),
                Argument::property("from_email_address", "From"),
                Argument::property("reply_to_email_address", "ReplyToEmailAddress"),
                Argument::property("source_arn", "SourceArn"),
            ],
        ),
        // The email one-time password's message is two properties of the pool itself.
        Argument::flatten(
            "email_mfa_configuration",
            &[
                Argument::property("message", "EmailAuthenticationMessage"),
                Argument::property("subject", "EmailAuthenticationSubject"),
            ],
        ),
        Argument::block("lambda_config", "LambdaConfig", false, LAMBDA_CONFIG),
        Argument::block("password_policy", "Policies.PasswordPolicy", false, PASSWORD_POLICY),
        Argument::block(
            "sign_in_policy",
            "Policies.SignInPolicy",
            false,
            &[Argument::property("allowed_first_auth_factors", "AllowedFirstAuthFactors")],
        ),
        Argument::block("schema", "Schema", true, SCHEMA_ATTRIBUTE),
        Argument::block(
            "sms_configuration",
            "SmsConfiguration",
            false,
            &[
                Argument::property("external_id", "ExternalId"),
                Argument::property("sns_caller_arn", "SnsCallerArn"),
                Argument::property("sns_region", "SnsRegion"),
            ],
        ),
        // TOTP authenticator apps are one of the pool's enabled MFA methods.
        Argument::flatten(
            "software_token_mfa_configuration",
            &[Argument::new(
                "enabled",
                Shape::Value(Transform::ConstantIfTrue("SOFTWARE_TOKEN_MFA")),
                Target::Append("EnabledMfas"),
            )],
        ),
        Argument::block(
            "user_attribute_update_settings",
            "UserAttributeUpdateSettings",
            false,
            &[Argument::property(
                "attributes_require_verification_before_update",
                "AttributesRequireVerificationBeforeUpdate",
            )],
        ),
        Argument::block(
            "user_pool_add_ons",
            "UserPoolAddOns",
            false,
            &[
                Argument::property("advanced_security_mode", "AdvancedSecurityMode"),
                Argument::block(
                    "advanced_security_additional_flows",
                    "AdvancedSecurityAdditionalFlows",
                    false,
                    &[Argument::property("custom_auth_mode", "CustomAuthMode")],
                ),
            ],
        ),
        Argument::block(
            "username_configuration",
            "UsernameConfiguration",
            false,
            &[Argument::property("case_sensitive", "CaseSensitive")],
        ),
        Argument::block(
            "verification_message_template",
            "VerificationMessageTemplate",
            false,
            VERIFICATION_MESSAGE_TEMPLATE,
        ),
        // Passkeys: two properties of the pool itself.
        Argument::flatten(
            "web_authn_configuration",
            &[
                Argument::property("relying_party_id", "WebAuthnRelyingPartyID"),
                Argument::property("user_verification", "WebAuthnUserVerification"),
            ],
        ),
        Argument::new("tags", Shape::TagMap, Target::Property("UserPoolTags")),
        TAGS_ALL,
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::get_att("arn", "Arn"),
        // Terraform's endpoint is `cognito-idp.<region>.amazonaws.com/<pool id>`.
        Attribute::sub("endpoint", "cognito-idp.${AWS::Region}.${AWS::URLSuffix}/${Self}"),
    ],
    companions: &[],
};

const USER_POOL_CLIENT: ResourceMapping = ResourceMapping {
    terraform: "aws_cognito_user_pool_client",
    cloudformation: "AWS::Cognito::UserPoolClient",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("user_pool_id", "UserPoolId"),
        Argument::property("name", "ClientName"),
        Argument::property("generate_secret", "GenerateSecret"),
        Argument::property("explicit_auth_flows", "ExplicitAuthFlows"),
        Argument::property("allowed_oauth_flows", "AllowedOAuthFlows"),
        Argument::property("allowed_oauth_flows_user_pool_client", "AllowedOAuthFlowsUserPoolClient"),
        Argument::property("allowed_oauth_scopes", "AllowedOAuthScopes"),
        Argument::property("callback_urls", "CallbackURLs"),
        Argument::property("logout_urls", "LogoutURLs"),
        Argument::property("default_redirect_uri", "DefaultRedirectURI"),
        Argument::property("supported_identity_providers", "SupportedIdentityProviders"),
        Argument::property("read_attributes", "ReadAttributes"),
        Argument::property("write_attributes", "WriteAttributes"),
        Argument::property("access_token_validity", "AccessTokenValidity"),
        Argument::property("id_token_validity", "IdTokenValidity"),
        Argument::property("refresh_token_validity", "RefreshTokenValidity"),
        Argument::property("auth_session_validity", "AuthSessionValidity"),
        Argument::property("enable_token_revocation", "EnableTokenRevocation"),
        Argument::property("enable_propagate_additional_user_context_data", "EnablePropagateAdditionalUserContextData"),
        Argument::property("prevent_user_existence_errors", "PreventUserExistenceErrors"),
        // Repeatable in Terraform's schema (the provider validates one), one object in CloudFormation.
        Argument::block(
            "token_validity_units",
            "TokenValidityUnits",
            false,
            &[
                Argument::property("access_token", "AccessToken"),
                Argument::property("id_token", "IdToken"),
                Argument::property("refresh_token", "RefreshToken"),
            ],
        ),
        Argument::block(
            "analytics_configuration",
            "AnalyticsConfiguration",
            false,
            &[
                Argument::property("application_arn", "ApplicationArn"),
                Argument::property("application_id", "ApplicationId"),
                Argument::property("external_id", "ExternalId"),
                Argument::property("role_arn", "RoleArn"),
                Argument::property("user_data_shared", "UserDataShared"),
            ],
        ),
        Argument::block(
            "refresh_token_rotation",
            "RefreshTokenRotation",
            false,
            &[
                Argument::property("feature", "Feature"),
                Argument::property("retry_grace_period_seconds", "RetryGracePeriodSeconds"),
            ],
        ),
        REGION,
    ],
    attributes: &[Attribute::reference("id"), Attribute::get_att("client_secret", "ClientSecret")],
    companions: &[],
};

const USER_POOL_DOMAIN: ResourceMapping = ResourceMapping {
    terraform: "aws_cognito_user_pool_domain",
    cloudformation: "AWS::Cognito::UserPoolDomain",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("domain", "Domain"),
        Argument::property("user_pool_id", "UserPoolId"),
        Argument::property("certificate_arn", "CustomDomainConfig.CertificateArn"),
        Argument::property("managed_login_version", "ManagedLoginVersion"),
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::get_att("cloudfront_distribution", "CloudFrontDistribution"),
        // The hosted zone of every CloudFront distribution (in the `aws` partition), which Terraform
        // also returns as a constant: the zone of a Route 53 alias to the domain.
        Attribute::sub("cloudfront_distribution_zone_id", "Z2FDTNDATAQYW2"),
        Attribute::sub("aws_account_id", "${AWS::AccountId}"),
    ],
    companions: &[],
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::aws::rows::tests::{blocks, check_table, source, value};
    use crate::aws::shared::tests::{codes, props, s};
    use crate::lower_arguments;
    use iac2cfn_ir::Expr;

    #[test]
    fn table_is_well_formed() {
        check_table(MAPPINGS);
    }

    #[test]
    fn software_token_mfa_enables_the_method_only_when_true() {
        let body = |enabled: Expr| {
            source(vec![
                ("name", value(s("pool"))),
                ("software_token_mfa_configuration", blocks(vec![source(vec![("enabled", value(enabled))])])),
            ])
        };
        let on = lower_arguments(&USER_POOL, &body(Expr::Bool(true)));
        let mfas = Expr::List(vec![s("SOFTWARE_TOKEN_MFA")]);
        assert_eq!(on.properties, props(vec![("UserPoolName", s("pool")), ("EnabledMfas", mfas)]));
        let off = lower_arguments(&USER_POOL, &body(Expr::Bool(false)));
        assert_eq!(off.properties, props(vec![("UserPoolName", s("pool"))]));
        let unknown = lower_arguments(&USER_POOL, &body(Expr::reference("Mfa")));
        assert_eq!(codes(&unknown), ["catalog::value-not-known"]);
    }

    #[test]
    fn password_and_sign_in_policies_share_one_object() {
        let body = source(vec![
            ("password_policy", blocks(vec![source(vec![("minimum_length", value(Expr::int(12)))])])),
            (
                "sign_in_policy",
                blocks(vec![source(vec![("allowed_first_auth_factors", value(Expr::List(vec![s("PASSWORD")])))])]),
            ),
        ]);
        let lowered = lower_arguments(&USER_POOL, &body);
        let policies = lowered.properties.get("Policies").expect("policies");
        let Expr::Map(entries) = policies else { panic!("{policies:?}") };
        assert_eq!(entries.keys().collect::<Vec<_>>(), ["PasswordPolicy", "SignInPolicy"]);
    }
}

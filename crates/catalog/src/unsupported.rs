//! Terraform resource types that have no CloudFormation counterpart, each with why and, where one
//! exists, the alternative. A frontend that meets one of these types reports the reason instead of a
//! plain "cannot be converted yet".
//!
//! A type belongs here only when no CloudFormation resource type (nor a property of one) can do what
//! it does; a type CloudFormation supports but the catalog does not map yet does not.

/// `(terraform type, why it has no counterpart and what to do instead)`, sorted by type.
pub const NO_COUNTERPART: &[(&str, &str)] = &[
    (
        "aws_cognito_managed_user_pool_client",
        "it adopts a user pool client that another AWS service (such as OpenSearch) created; \
         CloudFormation only manages clients it creates itself: use aws_cognito_user_pool_client",
    ),
    (
        "aws_default_network_acl",
        "it adopts the network ACL AWS creates with each VPC and replaces its allow-all rules; \
         CloudFormation cannot remove those rules (GetAtt DefaultNetworkAcl of an AWS::EC2::VPC gives \
         its ID, and an AWS::EC2::NetworkAclEntry only adds to it): create an aws_network_acl with \
         aws_network_acl_rule and aws_network_acl_association resources instead",
    ),
    (
        "aws_default_route_table",
        "it adopts the main route table AWS creates with each VPC, which CloudFormation neither \
         exposes nor manages; create an aws_route_table with aws_route and \
         aws_route_table_association resources for the subnets instead",
    ),
    (
        "aws_default_security_group",
        "it adopts the security group AWS creates with each VPC and replaces its rules; \
         CloudFormation cannot revoke that group's default rules (GetAtt DefaultSecurityGroup of an \
         AWS::EC2::VPC gives its ID, and rule resources only add to it): create an aws_security_group \
         instead",
    ),
    (
        "aws_default_subnet",
        "it adopts a default subnet of the account's default VPC, which CloudFormation cannot manage; \
         pass the subnet ID in as a parameter, or create an aws_subnet",
    ),
    (
        "aws_default_vpc",
        "it adopts the account's default VPC, which CloudFormation cannot manage; pass the VPC ID in \
         as a parameter, or create an aws_vpc",
    ),
    (
        "aws_ec2_tag",
        "it tags one EC2 resource that is managed elsewhere, which CloudFormation cannot do; tag the \
         resource where it is created (its Tags property), or with `aws ec2 create-tags` outside the \
         stack",
    ),
    (
        "aws_iam_account_alias",
        "the account alias is an account-wide setting, not a resource: CloudFormation has no type for \
         it; set it once with `aws iam create-account-alias`",
    ),
    (
        "aws_iam_account_password_policy",
        "the password policy is an account-wide setting: CloudFormation has no type for it; set it once \
         with `aws iam update-account-password-policy`",
    ),
    (
        "aws_iam_user_login_profile",
        "Terraform generates the console password (encrypted with pgp_key); AWS::IAM::User's \
         LoginProfile needs the password given, for example as a Secrets Manager dynamic reference",
    ),
    (
        "aws_iam_user_ssh_key",
        "CloudFormation has no type for a user's SSH public key (for CodeCommit); upload it with `aws \
         iam upload-ssh-public-key`",
    ),
    (
        "aws_kms_external_key",
        "CloudFormation cannot import key material: AWS::KMS::Key with Origin EXTERNAL stays pending \
         import; create the key and import its material outside the stack",
    ),
    (
        "aws_kms_grant",
        "CloudFormation has no KMS grant type; allow the grantee in the key's policy (KeyPolicy of \
         AWS::KMS::Key) instead",
    ),
    (
        "aws_kms_replica_external_key",
        "CloudFormation cannot import key material into a replica; AWS::KMS::ReplicaKey only replicates \
         keys with AWS_KMS origin",
    ),
    (
        "aws_route53_vpc_association_authorization",
        "CloudFormation has no resource that authorizes another account's VPC to be associated with a \
         private hosted zone; run `aws route53 create-vpc-association-authorization` outside the stack",
    ),
    (
        "aws_route53domains_registered_domain",
        "CloudFormation cannot register, transfer or configure a domain name registration; manage the \
         domain in Route 53 Domains outside the stack and create its hosted zone with aws_route53_zone",
    ),
    (
        "aws_s3_account_public_access_block",
        "the account's public access block is an account-wide setting: CloudFormation has no type for \
         it; set PublicAccessBlockConfiguration on each AWS::S3::Bucket, or run `aws s3control \
         put-public-access-block`",
    ),
    (
        "aws_s3_bucket_request_payment_configuration",
        "AWS::S3::Bucket has no request payment setting (the bucket owner pays); run `aws s3api \
         put-bucket-request-payment` after the stack creates the bucket",
    ),
    (
        "aws_s3_object",
        "CloudFormation cannot upload objects into a bucket; upload them after deployment (`aws s3 cp`), \
         or with a custom resource such as the CDK's BucketDeployment",
    ),
    (
        "aws_signer_signing_job",
        "a signing job is an action that runs once, not a resource: CloudFormation has no type for it; \
         run `aws signer start-signing-job`",
    ),
    (
        "aws_spot_instance_request",
        "CloudFormation has no Spot instance request; write an aws_launch_template with \
         instance_market_options { market_type = \"spot\" } and an aws_instance that uses it, or an \
         AWS::EC2::SpotFleet",
    ),
    (
        "aws_vpc_ipam_preview_next_cidr",
        "it only previews the CIDR an IPAM pool would allocate next and creates nothing; allocate it \
         with an aws_vpc_ipam_pool_cidr_allocation, or give the VPC its ipv4_ipam_pool_id and \
         ipv4_netmask_length",
    ),
];

/// Types of [`NO_COUNTERPART`] that adopt a resource AWS creates by itself (the default VPC, and the
/// default security group, network ACL and route table of every VPC). Nothing is created for them,
/// so a conversion leaves them out with a warning instead of failing; references to them stay errors.
pub const ADOPTING: &[&str] = &[
    "aws_default_network_acl",
    "aws_default_route_table",
    "aws_default_security_group",
    "aws_default_subnet",
    "aws_default_vpc",
];

/// Whether a type adopts a resource AWS created by itself (see [`ADOPTING`]).
pub fn is_adopting(terraform_type: &str) -> bool {
    ADOPTING.contains(&terraform_type)
}

/// Why a Terraform type has no CloudFormation counterpart, if the table lists it.
pub fn no_counterpart(terraform_type: &str) -> Option<&'static str> {
    NO_COUNTERPART.iter().find(|(name, _)| *name == terraform_type).map(|(_, reason)| *reason)
}

/// The AWS provider's ephemeral resources (`ephemeral "aws_..."` blocks, Terraform 1.10+), each with
/// what CloudFormation offers instead, sorted by type. An ephemeral resource is opened during each
/// Terraform run and never stored; its values may only reach write-only arguments (`*_wo`), provider
/// settings and other ephemeral resources. A stack has no run-time step of that kind: where
/// CloudFormation makes or reads such a value at deployment, the alternative says how.
pub const EPHEMERAL: &[(&str, &str)] = &[
    (
        "aws_bedrockruntime_apply_guardrail",
        "it runs a Bedrock guardrail on some text during the Terraform run; a stack has no such step: \
         apply the guardrail where the text is produced",
    ),
    (
        "aws_cognito_identity_openid_token_for_developer_identity",
        "it fetches an OpenID token during the Terraform run, for another provider's settings; a stack has \
         no such step: fetch the token where it is used",
    ),
    (
        "aws_ecr_authorization_token",
        "it fetches a registry login token during the Terraform run, for another provider's settings; \
         CloudFormation does not log in to registries: get the token where images are pushed",
    ),
    (
        "aws_ecrpublic_authorization_token",
        "it fetches a public registry login token during the Terraform run, for another provider's settings; \
         CloudFormation does not log in to registries: get the token where images are pushed",
    ),
    (
        "aws_eks_cluster_auth",
        "it fetches a Kubernetes token during the Terraform run, for the kubernetes or helm provider; \
         CloudFormation manages the cluster itself, and access to it through AWS::EKS::AccessEntry",
    ),
    (
        "aws_kms_secrets",
        "it decrypts ciphertext during the Terraform run, and CloudFormation cannot decrypt: keep the value \
         in Secrets Manager or as an SSM SecureString parameter and read it with a dynamic reference \
         (`{{resolve:secretsmanager:...}}`, `{{resolve:ssm-secure:...}}`)",
    ),
    (
        "aws_lambda_invocation",
        "it invokes a function during the Terraform run; in a stack, an AWS::CloudFormation::CustomResource \
         whose ServiceToken is the function's ARN invokes it at deployment",
    ),
    (
        "aws_secretsmanager_random_password",
        "CloudFormation generates a secret's value itself: instead of passing the password to \
         `secret_string_wo`, give the AWS::SecretsManager::Secret a GenerateSecretString with the same \
         settings (PasswordLength, ExcludeCharacters, ExcludePunctuation, ...), and read the value with a \
         `{{resolve:secretsmanager:...}}` dynamic reference where it is needed",
    ),
    (
        "aws_secretsmanager_secret_version",
        "it reads a secret during the Terraform run; in a stack, a `{{resolve:secretsmanager:SECRET:SecretString}}` \
         dynamic reference reads it at deployment, in the property that needs it",
    ),
    (
        "aws_ssm_parameter",
        "it reads a parameter during the Terraform run; in a stack, a `{{resolve:ssm-secure:NAME}}` (or \
         `{{resolve:ssm:NAME}}`) dynamic reference reads it at deployment, in the property that needs it",
    ),
    (
        "aws_sts_web_identity_token",
        "it fetches a web identity token during the Terraform run, for another provider's settings; a stack \
         has no such step: fetch the token where it is used",
    ),
];

/// What CloudFormation offers instead of an AWS ephemeral resource type, if the table lists it.
pub fn ephemeral_alternative(terraform_type: &str) -> Option<&'static str> {
    EPHEMERAL.iter().find(|(name, _)| *name == terraform_type).map(|(_, alternative)| *alternative)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_sorted_and_disjoint_from_the_mappings() {
        let names: Vec<&str> = NO_COUNTERPART.iter().map(|(name, _)| *name).collect();
        let mut sorted = names.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(names, sorted, "sorted, without duplicates");
        for (name, reason) in NO_COUNTERPART {
            assert!(name.starts_with("aws_"), "{name}");
            assert!(crate::mappings_for(name).is_empty(), "{name} is mapped, so it has a counterpart");
            assert!(reason.len() >= 20 && !reason.ends_with('.'), "{name}: reason");
        }
        for name in ADOPTING {
            assert!(no_counterpart(name).is_some(), "{name} must say why it has no counterpart");
        }
    }

    #[test]
    fn the_ephemeral_table_is_sorted() {
        let names: Vec<&str> = EPHEMERAL.iter().map(|(name, _)| *name).collect();
        let mut sorted = names.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(names, sorted, "sorted, without duplicates");
        assert!(EPHEMERAL.iter().all(|(name, why)| name.starts_with("aws_") && why.len() >= 20 && !why.ends_with('.')));
        assert!(ephemeral_alternative("aws_secretsmanager_random_password")
            .is_some_and(|a| a.contains("GenerateSecretString")));
        assert_eq!(ephemeral_alternative("aws_s3_bucket"), None);
    }

    #[test]
    fn lookups_find_listed_types_only() {
        assert!(no_counterpart("aws_route53domains_registered_domain").is_some());
        assert_eq!(no_counterpart("aws_s3_bucket"), None);
    }
}

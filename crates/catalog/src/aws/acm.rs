//! AWS Certificate Manager: certificates and the wait for their validation.
//!
//! CloudFormation requests a certificate and, with `ValidationMethod: DNS`, keeps the resource in
//! `CREATE_IN_PROGRESS` until ACM issues it: the wait Terraform spells as a separate
//! `aws_acm_certificate_validation` resource is part of the certificate itself, so that type merges
//! into its certificate and its attributes are the certificate's. CloudFormation does not return the
//! DNS records ACM asks for (Terraform's `domain_validation_options`); it creates them itself where a
//! `DomainValidationOption` names the `HostedZoneId`. ACM cannot import a certificate through
//! CloudFormation either.

use super::rows::{TAGS, TIMEOUTS};
use super::shared::{REGION, TAGS_ALL};
use crate::model::{Argument, Attribute, Placement, ResourceMapping, Shape, Target, Transform};

/// The ACM table.
pub const MAPPINGS: &[ResourceMapping] = &[CERTIFICATE, CERTIFICATE_VALIDATION];

/// Why an imported certificate's material has no CloudFormation form.
const IMPORT_REASON: &str = "CloudFormation cannot import a certificate into ACM, it only requests one; import the \
                             certificate outside the stack and pass its ARN in as a parameter";

const CERTIFICATE: ResourceMapping = ResourceMapping {
    terraform: "aws_acm_certificate",
    cloudformation: "AWS::CertificateManager::Certificate",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("domain_name", "DomainName"),
        Argument::property("subject_alternative_names", "SubjectAlternativeNames"),
        Argument::property("validation_method", "ValidationMethod"),
        Argument::property("key_algorithm", "KeyAlgorithm"),
        // A private certificate, issued by an AWS Private CA.
        Argument::property("certificate_authority_arn", "CertificateAuthorityArn"),
        Argument::flatten(
            "options",
            &[
                Argument::property(
                    "certificate_transparency_logging_preference",
                    "CertificateTransparencyLoggingPreference",
                ),
                // Argument of the provider's 6.x releases.
                Argument::property("export", "CertificateExport"),
            ],
        ),
        // Email validation sent to another domain than the one certified.
        Argument::block(
            "validation_option",
            "DomainValidationOptions",
            true,
            &[
                Argument::property("domain_name", "DomainName"),
                Argument::property("validation_domain", "ValidationDomain"),
            ],
        ),
        Argument::dropped(
            "early_renewal_duration",
            "CloudFormation has no setting for renewing a private certificate early; ACM renews it on its own \
             schedule",
        ),
        Argument::dropped("certificate_body", IMPORT_REASON),
        Argument::dropped("certificate_chain", IMPORT_REASON),
        Argument::dropped("private_key", IMPORT_REASON),
        // Write-only arguments of the provider's 6.x releases.
        Argument::dropped("private_key_wo", IMPORT_REASON),
        Argument::dropped("private_key_wo_version", IMPORT_REASON),
        TAGS,
        TAGS_ALL,
        REGION,
    ],
    // `Ref` is the certificate's ARN, which is also Terraform's `id`.
    attributes: &[Attribute::reference("id"), Attribute::reference("arn")],
    companions: &[],
};

/// Merged into the certificate: CloudFormation waits for the certificate to be issued before the
/// resources that refer to it are created, which is all this type does.
const CERTIFICATE_VALIDATION: ResourceMapping = ResourceMapping {
    terraform: "aws_acm_certificate_validation",
    cloudformation: "AWS::CertificateManager::Certificate",
    when: None,
    placement: Placement::MergeInto { parent: "aws_acm_certificate", link: "certificate_arn" },
    arguments: &[
        Argument::link("certificate_arn"),
        Argument::new(
            "validation_record_fqdns",
            Shape::Value(Transform::None),
            Target::Implied(
                "the records only tell Terraform which DNS names to check; CloudFormation waits until ACM \
                 issues the certificate, whichever records validate it",
            ),
        ),
        TIMEOUTS,
        REGION,
    ],
    // Terraform's `id` is the issue time; the certificate's ARN is the value configurations read.
    attributes: &[Attribute::reference("certificate_arn"), Attribute::reference("id")],
    companions: &[],
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::aws::rows::tests::{blocks, check_table, source, value};
    use crate::aws::shared::tests::{codes, map, props, s};
    use crate::lower_arguments;
    use iac2cfn_ir::Expr;

    #[test]
    fn table_is_well_formed() {
        check_table(MAPPINGS);
    }

    #[test]
    fn options_become_properties_of_the_certificate() {
        let options = source(vec![("certificate_transparency_logging_preference", value(s("DISABLED")))]);
        let body = source(vec![
            ("domain_name", value(s("example.com"))),
            ("validation_method", value(s("EMAIL"))),
            ("options", blocks(vec![options])),
            (
                "validation_option",
                blocks(vec![source(vec![
                    ("domain_name", value(s("example.com"))),
                    ("validation_domain", value(s("example.org"))),
                ])]),
            ),
        ]);
        let lowered = lower_arguments(&CERTIFICATE, &body);
        assert!(lowered.diagnostics.is_empty(), "{:?}", lowered.diagnostics);
        let validation =
            Expr::List(vec![map(vec![("DomainName", s("example.com")), ("ValidationDomain", s("example.org"))])]);
        let expected = props(vec![
            ("DomainName", s("example.com")),
            ("ValidationMethod", s("EMAIL")),
            ("CertificateTransparencyLoggingPreference", s("DISABLED")),
            ("DomainValidationOptions", validation),
        ]);
        assert_eq!(lowered.properties, expected);
    }

    #[test]
    fn an_imported_certificate_is_reported() {
        let body = source(vec![("private_key", value(s("key"))), ("certificate_body", value(s("body")))]);
        let lowered = lower_arguments(&CERTIFICATE, &body);
        assert_eq!(codes(&lowered), vec!["catalog::dropped-argument"; 2]);
        assert!(lowered.properties.is_empty());
    }
}

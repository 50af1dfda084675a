//! The last check before writing: every resource's properties against CloudFormation's own schema
//! ([`iac2cfn_catalog::cfn_schema::check_properties`]).
//!
//! It runs here, after lowering and simplification, rather than in a frontend or in the IR: every
//! frontend's output passes through it the same way, whatever produced the properties (a catalog
//! row, `aws-native:`, `awscc_`), and the IR stays free of the catalog (which depends on the IR).
//!
//! A problem is reported at the resource's source span with the property's path in the message.
//! Unknown properties, values of the wrong shape, missing required properties and read-only
//! properties are errors: CloudFormation (or cfn-lint) rejects the template. A resource type the
//! schema does not know is a warning: it may be newer than the table, or a registry type.

use iac2cfn_catalog::cfn_schema::{check_properties, ProblemKind};
use iac2cfn_diagnostics::{Code, Diagnostic, Diagnostics};
use iac2cfn_ir::Template;

/// A property CloudFormation's schema rejects.
pub const INVALID_PROPERTY: Code = Code("cfn::invalid-property");
/// A resource type CloudFormation's schema does not know.
pub const UNKNOWN_TYPE: Code = Code("cfn::unknown-resource-type");

/// Checks every resource of `template` against the schema; reports into `diagnostics`.
pub fn check(template: &Template, diagnostics: &mut Diagnostics) {
    for (logical_id, resource) in &template.resources {
        let span = resource.origin.span;
        let owner = if resource.origin.address.is_empty() {
            format!("`{logical_id}` ({})", resource.resource_type)
        } else {
            format!("`{}` ({logical_id}, {})", resource.origin.address, resource.resource_type)
        };
        for problem in check_properties(&resource.resource_type, &resource.properties) {
            let diagnostic = match &problem.kind {
                ProblemKind::UnknownResourceType(_) => Diagnostic::warning(UNKNOWN_TYPE, format!("{owner}: {problem}"))
                    .with_help("its properties cannot be checked; make sure the type exists in the stack's region"),
                _ => Diagnostic::error(INVALID_PROPERTY, format!("{owner}: {problem}"))
                    .with_note("CloudFormation's resource schema for this type rejects the property"),
            };
            diagnostics.push(diagnostic.with_label(span, "in this resource"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use iac2cfn_diagnostics::Severity;
    use iac2cfn_ir::{Expr, Origin, Resource};

    fn template(resource_type: &str, properties: &[(&str, Expr)]) -> Template {
        let mut resource = Resource::new(resource_type, Origin::generated());
        resource.properties = properties.iter().map(|(key, value)| ((*key).to_string(), value.clone())).collect();
        let mut template = Template::default();
        template.resources.insert("Thing".to_string(), resource);
        template
    }

    #[test]
    fn unknown_properties_are_errors_with_their_path() {
        let versioning = Expr::Map([("Statuss".to_string(), Expr::string("Enabled"))].into_iter().collect());
        let template = template("AWS::S3::Bucket", &[("VersioningConfiguration", versioning)]);
        let mut diagnostics = Diagnostics::new();
        check(&template, &mut diagnostics);
        let found: Vec<&Diagnostic> = diagnostics.iter().collect();
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].code, INVALID_PROPERTY);
        assert!(found[0].message.contains("VersioningConfiguration.Statuss"), "{}", found[0].message);
        assert!(found[0].message.contains("`Status`"), "{}", found[0].message);
    }

    #[test]
    fn unknown_types_are_warnings() {
        let template = template("AWS::Nope::Thing", &[]);
        let mut diagnostics = Diagnostics::new();
        check(&template, &mut diagnostics);
        let found: Vec<&Diagnostic> = diagnostics.iter().collect();
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].code, found[0].severity), (UNKNOWN_TYPE, Severity::Warning));
    }

    #[test]
    fn valid_properties_pass() {
        let template = template("AWS::SQS::Queue", &[("QueueName", Expr::string("q"))]);
        let mut diagnostics = Diagnostics::new();
        check(&template, &mut diagnostics);
        assert_eq!(diagnostics.iter().count(), 0);
    }
}

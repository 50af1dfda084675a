//! How Terraform's AWS provider resources map to CloudFormation, as declarative per-service tables
//! ([`aws`]), and the one engine ([`lower_arguments`]) that applies a table row to a resource's
//! arguments. Both frontends use it: Pulumi's `aws:` package is the Terraform provider underneath.
//!
//! # Invariants
//!
//! - Tables are data: a resource type is supported by adding a [`ResourceMapping`] row to its service's
//!   table, never by adding a match arm elsewhere.
//! - Every argument a table lists is accounted for: written to a property, consumed by a merge, or
//!   reported as dropped with a reason. An argument a table does not list is an error with a
//!   did-you-mean suggestion; nothing is dropped silently.
//! - Attribute references resolve exactly as CloudFormation returns the value (`Ref` where `Ref` gives
//!   that value, `Fn::GetAtt` with CloudFormation's attribute name otherwise).
//! - The engine is frontend-neutral: it sees values as IR expressions with spans, never HCL or YAML.

pub mod aws;
mod lower;
pub mod model;

pub use lower::{lower_arguments, LoweredArguments, SourceObject, SourceValue};
pub use model::*;

/// Every mapping row, service by service in table order.
pub fn all_mappings() -> impl Iterator<Item = &'static ResourceMapping> {
    aws::SERVICES.iter().flat_map(|service| service.iter())
}

/// The mapping rows of a Terraform type (several when `when` selects among them).
pub fn mappings_for(terraform_type: &str) -> Vec<&'static ResourceMapping> {
    all_mappings().filter(|mapping| mapping.terraform == terraform_type).collect()
}

/// Every Terraform type the catalog knows, sorted and without duplicates.
pub fn terraform_types() -> Vec<&'static str> {
    let mut types: Vec<&'static str> = all_mappings().map(|mapping| mapping.terraform).collect();
    types.sort_unstable();
    types.dedup();
    types
}

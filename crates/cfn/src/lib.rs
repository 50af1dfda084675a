//! Writes the stack model as CloudFormation templates, in JSON and in YAML with the short-form tags.
//!
//! Both writers go through one document tree ([`Node`]) built from the IR by [`document`], so the two
//! formats can never disagree on content or order; each writer only decides the spelling.
//!
//! # Invariants
//!
//! - Sections come in the conventional order: `AWSTemplateFormatVersion`, `Description`, `Metadata`,
//!   `Transform`, `Parameters`, `Rules`, `Mappings`, `Conditions`, `Resources`, `Outputs`; empty sections are left out.
//! - Output is a pure function of the template: same template, same bytes.
//! - YAML output means the same to a YAML 1.1 reader (CloudFormation, cfn-lint) as the JSON output: every
//!   string a 1.1 reader could take for a boolean, null, number, date or structure is quoted.

mod document;
mod json;
mod yaml;

pub use document::{document, Node};
pub use json::to_json;
pub use yaml::to_yaml;

/// The output formats of the template writer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// JSON, indented by two spaces.
    Json,
    /// YAML with short-form intrinsic tags (`!Ref`, `!Sub`, ...).
    Yaml,
}

/// Writes a template in the given format.
pub fn write(template: &iac2cfn_ir::Template, format: Format) -> String {
    match format {
        Format::Json => to_json(template),
        Format::Yaml => to_yaml(template),
    }
}

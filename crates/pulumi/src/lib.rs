//! The Pulumi YAML frontend: reads a Pulumi YAML program (a folder with `Pulumi.yaml`, whose program is
//! the project file itself or a `Main.yaml` beside it), evaluates it the way Pulumi does, and lowers it
//! into the stack IR.
//!
//! The stages:
//!
//! 1. [`yaml`]: a bounded YAML reader that keeps a span for every node (nesting depth and alias
//!    expansion are limited, so a hostile file ends in a diagnostic).
//! 2. `program`: finds the project and its program file, and indexes the sections (`config`,
//!    `variables`, `resources`, `outputs`).
//! 3. `convert` and its companions: config becomes parameters; variables are evaluated at conversion
//!    time where their values are known and become intrinsic functions where they are not; resources
//!    go through the catalog (`aws:` tokens, which are the Terraform provider underneath) or the
//!    CloudFormation schema (`aws-native:` tokens, which are CloudFormation's own types); outputs
//!    become outputs.
//!
//! # Invariants
//!
//! - No I/O except through the [`FileSystem`] handed in; no panic on any input.
//! - Every problem is a diagnostic with a stable `pulumi::` code, labelled at the key or value it
//!   concerns. Nothing is dropped silently: what has no CloudFormation form is a warning or an error.
//! - Output is deterministic: resources, parameters and outputs follow the program's order.

mod classic;
mod convert;
mod diagnostics;
mod eval;
mod interpolate;
mod invoke;
mod names;
mod native;
mod program;
pub mod yaml;

use iac2cfn_diagnostics::{Diagnostics, FileSystem, SourceMap};
use iac2cfn_ir::Lowered;
use std::path::Path;

/// How to convert. Construct it with `Options::default()` and set what you need: fields may be added.
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct Options {
    /// The Pulumi stack whose configuration file (`Pulumi.<stack>.yaml`) supplies parameter defaults.
    /// Without one, defaults come from the program's `config` declarations only.
    pub stack: Option<String>,
}

/// Converts the Pulumi YAML program at `path` (a project directory or its `Pulumi.yaml`), reading files
/// through `fs`, adding them to `sources` and reporting problems to `diagnostics`. `None` when an error
/// was reported.
pub fn convert(
    fs: &dyn FileSystem,
    path: &Path,
    options: &Options,
    sources: &mut SourceMap,
    diagnostics: &mut Diagnostics,
) -> Option<Lowered> {
    let mut problems = Vec::new();
    let program = program::load(fs, path, options, sources, &mut problems);
    let lowered = program.and_then(|program| convert::Converter::run(fs, sources, program, &mut problems));
    let failed = problems.iter().any(|d| d.is_error());
    dedup(&mut problems);
    diagnostics.extend(problems);
    if failed {
        None
    } else {
        lowered
    }
}

/// Removes repeated diagnostics (a value evaluated twice reports its problem once).
fn dedup(problems: &mut Vec<iac2cfn_diagnostics::Diagnostic>) {
    let mut seen = std::collections::HashSet::new();
    problems.retain(|d| {
        let span = d.labels.first().map(|label| label.span);
        seen.insert((d.code, d.message.clone(), span))
    });
}

#[cfg(test)]
mod tests;

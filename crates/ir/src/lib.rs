//! The stack model: what every frontend lowers into and every backend reads.
//!
//! A [`Template`] mirrors a CloudFormation template: parameters, rules, mappings, conditions, resources
//! and outputs, whose values are [`Expr`] trees of literals and CloudFormation intrinsic functions.
//!
//! # Invariants
//!
//! - **Order is data.** Every collection that reaches output is an [`IndexMap`] or a `Vec`; nothing
//!   iterates in hash order, so identical input gives byte-identical output.
//! - **Intrinsics are structured.** A `Ref` is [`Expr::Ref`], never a map with a `"Ref"` key; backends
//!   choose the spelling (`!Ref`, `{"Ref": ...}`, `.reference()`). Maps whose keys look like intrinsics
//!   are still plain data.
//! - **Numbers keep their spelling.** [`Number`] holds the decimal text of a finite number, so values
//!   written by the source survive without float rounding.
//! - **Every resource knows where it came from**: [`Origin`] carries the source span and the source
//!   address (`aws_subnet.private[0]`), which the address map and diagnostics use.
//! - A template that passed [`validate()`] has no dangling `Ref`/`GetAtt`/condition names, no dependency
//!   cycles, conditions built only from parameters, mappings and other conditions, string-valued outputs,
//!   and stays within CloudFormation's quotas. Backends may rely on that.
//! - [`simplify()`] preserves meaning: the template it returns deploys identically.

mod expr;
mod names;
mod simplify;
mod template;
mod validate;

pub use expr::{parse_sub_template, pseudo, render_sub_template, Expr, Number, SubPart};
pub use names::pascal_case;
pub use simplify::simplify;
pub use template::{
    Assertion, DeletionPolicy, ForEachLoop, Mapping, Origin, Output, Parameter, ParameterType, Resource, Rule, Template,
};
pub use validate::{validate, Quotas};

pub use indexmap::IndexMap;

/// What a frontend hands to the backends: the template and where each source resource went.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Lowered {
    /// The stack.
    pub template: Template,
    /// Source resource instance address (`aws_subnet.private[0]`, a Pulumi resource name) -> the logical
    /// IDs it became, in order. Sub-resources merged into a parent map to the parent's ID.
    pub addresses: IndexMap<String, Vec<String>>,
}

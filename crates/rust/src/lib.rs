//! Writes the stack model as Rust code in the style of the AWS CDK's L1 constructs, on top of the
//! `iac2cfn-cdk` runtime: one `pub fn stack() -> Stack` and a `fn main()` that prints the template as
//! JSON.
//!
//! # Invariants
//!
//! - **Round trip.** Running the generated program prints exactly what the JSON writer of
//!   `iac2cfn-cfn` prints for the same template: same keys, same order, same values, same bytes.
//!   The code keeps every order of the template (resources and conditions used before their
//!   definition are declared at their place first), spells numbers as the template does, and writes a
//!   resource as a typed struct literal only when the struct writes its properties in the template's
//!   order.
//! - **Formatted.** The output is already formatted as `rustfmt` formats it with its default
//!   configuration, in the 2021 and 2024 style editions (the `layout` module ports rustfmt's layout
//!   rules for the constructs the code uses), and compiles without warnings under
//!   `clippy -D warnings`.
//! - **Total.** Any template gives code, whatever its names and strings hold: names become unique
//!   snake_case identifiers (keywords as raw identifiers), strings and comments escape what would
//!   not read back or would hide in the source.
//! - **Deterministic.** Same template, same bytes.
//!
//! [`codegen`] generates the typed structs of `iac2cfn-cdk` from the catalog; the code this crate
//! writes uses them where they fit and the untyped `Resource` builder elsewhere, saying why in a
//! comment.

pub mod codegen;
mod emit;
mod layout;
mod names;

use iac2cfn_ir::Template;

/// The Rust source of a program that builds `template` with `iac2cfn-cdk` and prints it as JSON.
pub fn to_rust(template: &Template) -> String {
    emit::Emitter::new(template).file()
}

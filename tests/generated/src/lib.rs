//! The Rust program of every golden case, compiled as one crate: each `expected.rs` is a module
//! (see `build.rs`), and [`CASES`] lists each case's `stack()` with its `expected.json`, which the
//! `round_trip` test compares byte for byte with what `stack()` prints. Programs generated from
//! random templates join them, with the JSON template of each.

/// A golden case's program.
#[derive(Debug, Clone, Copy)]
pub struct Case {
    /// `group/case`, such as `ir/intrinsics`.
    pub name: &'static str,
    /// The program's `stack()`.
    pub stack: fn() -> iac2cfn_cdk::Stack,
    /// The absolute path of the case's JSON template (`expected.json` for a golden case).
    pub expected_json: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/cases.rs"));

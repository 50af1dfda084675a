//! `crates/cdk/src/aws.rs` is generated from the catalog and checked in: this test regenerates it
//! and fails when the checked-in file differs. `UPDATE_EXPECT=1` rewrites it (refused under
//! `CI=true`, like the golden files).

use std::path::Path;

#[test]
fn the_typed_structs_of_iac2cfn_cdk_are_current() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../cdk/src/aws.rs");
    let generated = iac2cfn_rust::codegen::aws_module(iac2cfn_catalog::all_mappings());
    let current = std::fs::read_to_string(&path).unwrap_or_default();
    if current == generated {
        return;
    }
    let update = std::env::var("UPDATE_EXPECT").is_ok_and(|v| v == "1");
    let ci = std::env::var("CI").is_ok_and(|v| v == "true" || v == "1");
    if update && !ci {
        std::fs::write(&path, generated).unwrap();
        return;
    }
    let first_difference = current
        .lines()
        .zip(generated.lines())
        .position(|(a, b)| a != b)
        .unwrap_or_else(|| current.lines().count().min(generated.lines().count()));
    panic!(
        "{} is out of date with the catalog (first difference at line {}); regenerate it with \
         `UPDATE_EXPECT=1 cargo test -p iac2cfn-rust --test codegen`",
        path.display(),
        first_difference + 1
    );
}

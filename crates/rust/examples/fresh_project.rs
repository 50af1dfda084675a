//! The contract end to end, outside this workspace: the code generated for random templates, each
//! as a program of its own in a fresh cargo project that depends on `iac2cfn-cdk` by path, compiles
//! without warnings under `clippy -D warnings`, and running it prints exactly the JSON template.
//!
//! It builds a project of many binaries, so it is a tool to run by hand rather than a test (the golden
//! round trip in `tests/generated` is the fast check that always runs):
//! `cargo run -p iac2cfn-rust --example fresh_project` (`FRESH_CASES=n` cases from seed `FRESH_FIRST`,
//! in edition `FRESH_EDITION`, 2021 by default). It panics with the first difference it finds.

#![allow(clippy::unwrap_used, clippy::print_stdout)]

#[path = "../tests/random/mod.rs"]
mod random;

use std::path::Path;
use std::process::Command;

fn main() {
    let cases: u64 = std::env::var("FRESH_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(40);
    let first: u64 = std::env::var("FRESH_FIRST").ok().and_then(|n| n.parse().ok()).unwrap_or(0);
    let edition = std::env::var("FRESH_EDITION").unwrap_or_else(|_| "2021".into());
    let project = tempfile::tempdir().unwrap();
    let cdk = Path::new(env!("CARGO_MANIFEST_DIR")).join("../cdk").canonicalize().unwrap();
    let manifest = format!(
        "[package]\nname = \"fresh\"\nversion = \"0.1.0\"\nedition = {edition:?}\npublish = false\n\n\
         [dependencies]\niac2cfn-cdk = {{ path = {:?} }}\n\n[workspace]\n",
        cdk.display().to_string()
    );
    std::fs::write(project.path().join("Cargo.toml"), manifest).unwrap();
    let bin = project.path().join("src/bin");
    std::fs::create_dir_all(&bin).unwrap();
    let mut expected = Vec::new();
    for seed in first..first + cases {
        let template = random::template(seed);
        std::fs::write(bin.join(format!("case{seed}.rs")), iac2cfn_rust::to_rust(&template)).unwrap();
        expected.push(iac2cfn_cfn::to_json(&template));
    }
    let target = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/fresh-project");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let clippy = Command::new(&cargo)
        .args(["clippy", "--quiet", "--bins", "--", "-D", "warnings"])
        .current_dir(project.path())
        .env("CARGO_TARGET_DIR", &target)
        .output()
        .unwrap();
    assert!(clippy.status.success(), "clippy:\n{}", String::from_utf8_lossy(&clippy.stderr));
    for (seed, expected) in (first..).zip(&expected) {
        let run = Command::new(&cargo)
            .args(["run", "--quiet", "--bin", &format!("case{seed}")])
            .current_dir(project.path())
            .env("CARGO_TARGET_DIR", &target)
            .output()
            .unwrap();
        assert!(run.status.success(), "case{seed}: {}", String::from_utf8_lossy(&run.stderr));
        let printed = String::from_utf8(run.stdout).unwrap();
        assert!(&printed == expected, "case{seed} prints another template:\n{printed}\nexpected:\n{expected}");
    }
    println!("{} generated programs compiled clippy-clean and printed their JSON templates", expected.len());
}

//! Finds every golden case's `expected.rs` (under `testdata/{ir,terraform,pulumi}` and
//! `docs/examples`) and writes `cases.rs` into `OUT_DIR`: one module per case, included from the
//! case directory by absolute path, and the list of cases.
//!
//! It also converts random templates (the generator of the backend's own differential tests: every
//! intrinsic, keyword and non-ASCII names, every escape, resources and conditions used before they
//! are defined) into programs and JSON templates in `OUT_DIR`, as further cases: the goldens alone
//! do not reach every construct.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

#[path = "../../crates/rust/tests/random/mod.rs"]
mod random;

/// How many random templates become cases.
const RANDOM_CASES: u64 = 40;

fn main() {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let workspace = manifest.join("..").join("..");
    let roots = [
        ("ir", workspace.join("testdata").join("ir")),
        ("terraform", workspace.join("testdata").join("terraform")),
        ("pulumi", workspace.join("testdata").join("pulumi")),
        ("examples", workspace.join("docs").join("examples")),
    ];
    let mut cases = Vec::new();
    for (group, root) in &roots {
        // A directory is scanned recursively for changes: new, removed and edited cases.
        println!("cargo:rerun-if-changed={}", root.display());
        let Ok(entries) = std::fs::read_dir(root) else { continue };
        let mut dirs: Vec<PathBuf> = entries.filter_map(Result::ok).map(|e| e.path()).filter(|p| p.is_dir()).collect();
        dirs.sort();
        for dir in dirs {
            let program = dir.join("expected.rs");
            if program.is_file() {
                let name = dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                cases.push((
                    format!("{group}/{name}"),
                    module_name(group, &name),
                    absolute(&program),
                    absolute(&dir.join("expected.json")),
                ));
            }
        }
    }
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default());
    println!("cargo:rerun-if-changed=../../crates/rust/tests/random/mod.rs");
    for seed in 0..RANDOM_CASES {
        let template = random::template(seed);
        let program = out_dir.join(format!("random{seed}.rs"));
        let json = out_dir.join(format!("random{seed}.json"));
        write(&program, &iac2cfn_rust::to_rust(&template));
        write(&json, &iac2cfn_cfn::to_json(&template));
        cases.push((format!("random/{seed}"), format!("random_{seed}"), absolute(&program), absolute(&json)));
    }
    let mut out = String::new();
    for (_, module, program, _) in &cases {
        // `main` is the entry point of the program as a crate of its own; as a module it is unused.
        // It prints, which the workspace lints flag outside tests.
        let _ = writeln!(out, "#[allow(dead_code, clippy::print_stdout)]\n#[path = {program:?}]\npub mod {module};");
    }
    out.push_str("\n/// Every case.\n");
    out.push_str("pub const CASES: &[Case] = &[\n");
    for (name, module, _, json) in &cases {
        let _ = writeln!(out, "    Case {{ name: {name:?}, stack: {module}::stack, expected_json: {json:?} }},");
    }
    out.push_str("];\n");
    write(&out_dir.join("cases.rs"), &out);
}

fn write(path: &Path, text: &str) {
    if let Err(error) = std::fs::write(path, text) {
        panic!("cannot write {}: {error}", path.display());
    }
}

/// `group_case` with every character that cannot be in an identifier replaced by `_`.
fn module_name(group: &str, case: &str) -> String {
    format!("{group}_{case}")
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '_' })
        .collect()
}

fn absolute(path: &Path) -> String {
    std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf()).display().to_string()
}

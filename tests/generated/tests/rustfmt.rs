//! Every golden case's `expected.rs` is formatted as `rustfmt` formats it in a project without a
//! `rustfmt.toml` (default configuration), in the 2021 and the 2024 style editions: `cargo fmt`
//! leaves a converted program unchanged. One named test per file and edition.
//!
//! Without `rustfmt` on the machine the tests fail under `CI=true` and are ignored otherwise.

use iac2cfn_generated_tests::{Case, CASES};
use libtest_mimic::{Arguments, Failed, Trial};
use std::path::{Path, PathBuf};
use std::process::Command;

fn main() {
    let arguments = Arguments::from_args();
    let available = Command::new("rustfmt").arg("--version").output().is_ok_and(|o| o.status.success());
    let ci = std::env::var("CI").is_ok_and(|v| v == "true" || v == "1");
    let mut trials = Vec::new();
    for &Case { name, expected_json: json, .. } in CASES {
        // The goldens; the backend's own tests check the formatting of random programs.
        if name.starts_with("random/") {
            continue;
        }
        let program = Path::new(json).with_file_name("expected.rs");
        for edition in ["2021", "2024"] {
            let program = program.clone();
            let trial = Trial::test(format!("{name}::edition{edition}"), move || {
                if !available {
                    return Err("rustfmt is not installed".into());
                }
                check(&program, edition)
            });
            trials.push(trial.with_ignored_flag(!available && !ci));
        }
    }
    libtest_mimic::run(&arguments, trials).exit();
}

/// `rustfmt --check` with an empty configuration file, so that the workspace's `rustfmt.toml` does
/// not apply.
fn check(program: &PathBuf, edition: &str) -> Result<(), Failed> {
    let config = tempfile::tempdir().map_err(|e| e.to_string())?;
    let config_file = config.path().join("rustfmt.toml");
    std::fs::write(&config_file, "").map_err(|e| e.to_string())?;
    let output = Command::new("rustfmt")
        .args(["--check", "--edition", edition, "--config-path"])
        .arg(&config_file)
        .arg(program)
        .output()
        .map_err(|e| e.to_string())?;
    if output.status.success() {
        Ok(())
    } else {
        Err(format!(
            "rustfmt would change {}:\n{}{}",
            program.display(),
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        )
        .into())
    }
}

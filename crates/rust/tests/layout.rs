//! Differential tests of the layout against rustfmt itself: the Rust code of hundreds of random
//! templates (every construct the backend writes, long and short, nested and flat) must come out of
//! `rustfmt --check` unchanged, in the 2021 and the 2024 style editions, with rustfmt's default
//! configuration. Skipped (with a note) where rustfmt is not installed, except under `CI=true`.

mod random;

use std::path::PathBuf;
use std::process::Command;

fn rustfmt_available() -> bool {
    let available = Command::new("rustfmt").arg("--version").output().is_ok_and(|o| o.status.success());
    let ci = std::env::var("CI").is_ok_and(|v| v == "true" || v == "1");
    assert!(available || !ci, "rustfmt is required under CI");
    available
}

/// Runs `rustfmt --check` over the files and returns the files it would change, with its diff.
fn unformatted(files: &[PathBuf], edition: &str, config: &std::path::Path) -> Vec<(PathBuf, String)> {
    let output = Command::new("rustfmt")
        .args(["--check", "--edition", edition, "--config-path"])
        .arg(config)
        .args(files)
        .output()
        .expect("rustfmt runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    files
        .iter()
        .filter(|file| stdout.contains(&format!("Diff in {}", file.display())))
        .map(|file| (file.clone(), stdout.to_string()))
        .collect()
}

#[test]
fn generated_code_is_what_rustfmt_would_write() {
    if !rustfmt_available() {
        eprintln!("rustfmt is not installed: layout differential test skipped");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("rustfmt.toml");
    std::fs::write(&config, "").unwrap();
    let cases: u64 = std::env::var("LAYOUT_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(400);
    let files: Vec<PathBuf> = (0..cases)
        .map(|seed| {
            let path = dir.path().join(format!("case{seed}.rs"));
            std::fs::write(&path, iac2cfn_rust::to_rust(&random::template(seed))).unwrap();
            path
        })
        .collect();
    for edition in ["2021", "2024"] {
        let failures = unformatted(&files, edition, &config);
        if let Some((file, diff)) = failures.first() {
            let source = std::fs::read_to_string(file).unwrap();
            panic!(
                "{} of {} files are not rustfmt-clean in edition {edition}; the first, {}:\n{source}\n\nrustfmt's diff:\n{}",
                failures.len(),
                files.len(),
                file.display(),
                diff.chars().take(6000).collect::<String>()
            );
        }
    }
}

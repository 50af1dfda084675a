//! The CLI contract, driven in-process through `iac2cfn::cli::run`.

use iac2cfn::cli::{run, Environment, EXIT_FAILURE, EXIT_SUCCESS, EXIT_USAGE};

/// What one invocation printed and returned.
struct Outcome {
    code: u8,
    stdout: String,
    stderr: String,
}

fn iac2cfn(args: &[&str], stdin: &str) -> Outcome {
    let mut input = stdin.as_bytes();
    let mut stdout = Vec::new();
    let mut stderr = Vec::new();
    let mut env =
        Environment { stdin: &mut input, stdout: &mut stdout, stderr: &mut stderr, stderr_supports_color: false };
    let code = run(std::iter::once("iac2cfn").chain(args.iter().copied()), &mut env);
    Outcome {
        code,
        stdout: String::from_utf8_lossy(&stdout).into_owned(),
        stderr: String::from_utf8_lossy(&stderr).into_owned(),
    }
}

#[test]
fn help_and_version_go_to_stdout_with_success() {
    let help = iac2cfn(&["--help"], "");
    assert_eq!(help.code, EXIT_SUCCESS);
    assert!(help.stdout.contains("convert"), "{}", help.stdout);
    let convert_help = iac2cfn(&["convert", "--help"], "");
    for flag in ["--output", "--format", "--from", "--address-map", "--check", "--strict", "--message-format"] {
        assert!(convert_help.stdout.contains(flag), "{flag} missing from:\n{}", convert_help.stdout);
    }
    let version = iac2cfn(&["--version"], "");
    assert_eq!(version.code, EXIT_SUCCESS);
    assert!(version.stdout.starts_with("iac2cfn "), "{}", version.stdout);
}

#[test]
fn usage_errors_exit_2_with_a_message() {
    for args in [
        &["convert"][..],
        &["convert", "x", "--format", "xml"],
        &["convert", "x", "--check"],
        &["frobnicate"],
        &["convert", "-"],
    ] {
        let outcome = iac2cfn(args, "");
        assert_eq!(outcome.code, EXIT_USAGE, "{args:?}: {}", outcome.stderr);
        assert!(outcome.stderr.contains("error"), "{args:?}: {}", outcome.stderr);
        assert!(outcome.stdout.is_empty());
    }
}

#[test]
fn a_missing_input_fails_with_a_diagnostic() {
    let outcome = iac2cfn(&["convert", "no/such/dir"], "");
    assert_eq!(outcome.code, EXIT_FAILURE);
    assert!(outcome.stderr.contains("`no/such/dir` does not exist"), "{}", outcome.stderr);
    assert!(outcome.stdout.is_empty());
}

#[test]
fn json_diagnostics_are_one_object_per_line() {
    let outcome = iac2cfn(&["convert", "no/such/dir", "--message-format", "json"], "");
    assert_eq!(outcome.code, EXIT_FAILURE);
    let lines: Vec<&str> = outcome.stderr.lines().collect();
    assert_eq!(lines.len(), 1, "{}", outcome.stderr);
    let value: serde_json::Value = serde_json::from_str(lines[0]).unwrap();
    assert_eq!(value["severity"], "error");
    assert_eq!(value["code"], "input::unrecognised");
    for key in ["file", "line", "column", "message"] {
        assert!(value.get(key).is_some(), "{key} missing in {value}");
    }
}

#[test]
fn a_failed_conversion_leaves_an_existing_output_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let output = dir.path().join("stack.yaml");
    std::fs::write(&output, "previous\n").unwrap();
    let outcome = iac2cfn(&["convert", "no/such/dir", "-o", output.to_str().unwrap()], "");
    assert_eq!(outcome.code, EXIT_FAILURE);
    assert_eq!(std::fs::read_to_string(&output).unwrap(), "previous\n");
    let leftovers: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(leftovers.len(), 1, "a temporary file was left behind");
}

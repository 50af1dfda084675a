//! The CLI contract, driven in-process through `iac2cfn::cli::run`.

// Helpers outside #[test] functions unwrap too: in a test a panic is a failure with its message.
#![allow(clippy::unwrap_used)]

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
    for flag in [
        "--output",
        "--format",
        "--from",
        "--address-map",
        "--check",
        "--strict",
        "--message-format",
        "--var",
        "--var-file",
        "--inline-variables",
        "--skip-unsupported",
    ] {
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

/// A small Terraform root module in a fresh directory.
fn module() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("main.tf"),
        r#"
variable "name" {
  type    = string
  default = "logs"
}

resource "aws_s3_bucket" "logs" {
  bucket = "${var.name}-bucket"
}

resource "aws_sqs_queue" "jobs" {
  count = 2
  name  = "jobs-${count.index}"
}

output "bucket_arn" {
  value = aws_s3_bucket.logs.arn
}
"#,
    )
    .unwrap();
    dir
}

fn path(dir: &tempfile::TempDir, name: &str) -> String {
    dir.path().join(name).to_str().unwrap().to_string()
}

#[test]
fn converts_to_stdout_as_yaml_and_to_a_file_by_extension() {
    let dir = module();
    let input = dir.path().to_str().unwrap();
    let printed = iac2cfn(&["convert", input], "");
    assert_eq!(printed.code, EXIT_SUCCESS, "{}", printed.stderr);
    assert!(printed.stdout.starts_with("AWSTemplateFormatVersion: '2010-09-09'\n"), "{}", printed.stdout);
    assert!(printed.stdout.contains("BucketName: !Sub ${Name}-bucket"), "{}", printed.stdout);

    let json_path = path(&dir, "stack.json");
    let written = iac2cfn(&["convert", input, "-o", &json_path], "");
    assert_eq!(written.code, EXIT_SUCCESS, "{}", written.stderr);
    assert!(written.stdout.is_empty());
    let template: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&json_path).unwrap()).unwrap();
    assert_eq!(template["Resources"]["LogsBucket"]["Type"], "AWS::S3::Bucket");

    let forced = iac2cfn(&["convert", input, "--format", "json"], "");
    assert_eq!(forced.stdout, std::fs::read_to_string(&json_path).unwrap(), "--format json and -o x.json differ");
}

#[test]
fn output_is_byte_identical_across_runs() {
    let dir = module();
    let input = dir.path().to_str().unwrap();
    let first = iac2cfn(&["convert", input, "--format", "json"], "");
    for _ in 0..3 {
        assert_eq!(iac2cfn(&["convert", input, "--format", "json"], "").stdout, first.stdout);
    }
}

#[test]
fn address_map_names_terraform_instance_addresses() {
    let dir = module();
    let map_path = path(&dir, "addresses.json");
    let outcome = iac2cfn(&["convert", dir.path().to_str().unwrap(), "--address-map", &map_path], "");
    assert_eq!(outcome.code, EXIT_SUCCESS, "{}", outcome.stderr);
    let map: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&map_path).unwrap()).unwrap();
    let object = map.as_object().unwrap();
    let keys: Vec<&str> = object.keys().map(String::as_str).collect();
    assert_eq!(keys, ["aws_s3_bucket.logs", "aws_sqs_queue.jobs[0]", "aws_sqs_queue.jobs[1]"]);
    assert_eq!(map["aws_s3_bucket.logs"], "LogsBucket");
}

#[test]
fn check_passes_when_current_and_fails_with_a_diff_without_writing() {
    let dir = module();
    let input = dir.path().to_str().unwrap();
    let target = path(&dir, "stack.yaml");
    assert_eq!(iac2cfn(&["convert", input, "-o", &target], "").code, EXIT_SUCCESS);
    let current = iac2cfn(&["convert", input, "-o", &target, "--check"], "");
    assert_eq!(current.code, EXIT_SUCCESS, "{}{}", current.stdout, current.stderr);
    assert!(current.stdout.is_empty());

    let stale = std::fs::read_to_string(&target).unwrap().replace("${Name}-bucket", "${Name}-old");
    std::fs::write(&target, &stale).unwrap();
    let outdated = iac2cfn(&["convert", input, "-o", &target, "--check"], "");
    assert_eq!(outdated.code, EXIT_FAILURE);
    assert!(outdated.stdout.contains("-      BucketName: !Sub ${Name}-old"), "{}", outdated.stdout);
    assert!(outdated.stdout.contains("+      BucketName: !Sub ${Name}-bucket"), "{}", outdated.stdout);
    assert!(outdated.stderr.contains("out of date"), "{}", outdated.stderr);
    assert_eq!(std::fs::read_to_string(&target).unwrap(), stale, "--check must never modify the file");

    let missing = iac2cfn(&["convert", input, "-o", &path(&dir, "absent.yaml"), "--check"], "");
    assert_eq!(missing.code, EXIT_FAILURE);
    assert!(!dir.path().join("absent.yaml").exists());
}

#[test]
fn standard_input_needs_from_and_then_converts() {
    let source = "resource \"aws_sns_topic\" \"alerts\" {\n  name = \"alerts\"\n}\n";
    let outcome = iac2cfn(&["convert", "-", "--from", "terraform", "--format", "json"], source);
    assert_eq!(outcome.code, EXIT_SUCCESS, "{}", outcome.stderr);
    let template: serde_json::Value = serde_json::from_str(&outcome.stdout).unwrap();
    assert_eq!(template["Resources"]["AlertsTopic"]["Properties"]["TopicName"], "alerts");
}

#[test]
fn errors_point_at_file_line_and_column_and_write_nothing() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("main.tf"), "resource \"aws_s3_bucket\" \"b\" {\n  buckt = \"x\"\n}\n").unwrap();
    let target = path(&dir, "out.yaml");
    let outcome = iac2cfn(&["convert", dir.path().to_str().unwrap(), "-o", &target, "--message-format", "json"], "");
    assert_eq!(outcome.code, EXIT_FAILURE);
    let first: serde_json::Value = serde_json::from_str(outcome.stderr.lines().next().unwrap()).unwrap();
    assert_eq!(first["code"], "catalog::unknown-argument");
    assert_eq!((first["line"].as_u64(), first["column"].as_u64()), (Some(2), Some(3)));
    assert!(first["file"].as_str().unwrap().ends_with("main.tf"));
    assert_eq!(first["help"], "did you mean `bucket`?");
    assert!(!dir.path().join("out.yaml").exists());
}

#[test]
fn strict_turns_warnings_into_a_failure() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("main.tf"),
        "resource \"aws_s3_bucket\" \"b\" {\n  bucket = \"x\"\n  lifecycle {\n    ignore_changes = [tags]\n  }\n}\n",
    )
    .unwrap();
    let input = dir.path().to_str().unwrap();
    let lenient = iac2cfn(&["convert", input], "");
    assert_eq!(lenient.code, EXIT_SUCCESS, "{}", lenient.stderr);
    assert!(lenient.stderr.contains("warning"), "{}", lenient.stderr);
    let strict = iac2cfn(&["convert", input, "--strict"], "");
    assert_eq!(strict.code, EXIT_FAILURE, "{}", strict.stderr);
    assert!(strict.stdout.is_empty());
}

#[test]
fn resources_lists_the_catalog_as_table_and_json() {
    let table = iac2cfn(&["resources"], "");
    assert_eq!(table.code, EXIT_SUCCESS);
    assert!(table.stdout.lines().any(|l| l.starts_with("aws_s3_bucket ") && l.contains("AWS::S3::Bucket")));
    let json = iac2cfn(&["resources", "--format", "json"], "");
    let entries: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    let bucket = entries.as_array().unwrap().iter().find(|e| e["terraform"] == "aws_s3_bucket").unwrap();
    assert_eq!(bucket["cloudformation"][0], "AWS::S3::Bucket");
    assert!(bucket.get("pulumi").is_some());
}

#[test]
fn the_supported_resources_page_is_current() {
    let page = iac2cfn(&["resources", "--format", "markdown"], "");
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/SUPPORTED_RESOURCES.md");
    let current = std::fs::read_to_string(&path).unwrap_or_default();
    let ci = std::env::var("CI").is_ok_and(|v| v == "true" || v == "1");
    if current != page.stdout && std::env::var("UPDATE_EXPECT").is_ok_and(|v| v == "1") && !ci {
        std::fs::write(&path, &page.stdout).unwrap();
        return;
    }
    pretty_assertions::assert_eq!(
        current,
        page.stdout,
        "docs/SUPPORTED_RESOURCES.md is stale: bless it with UPDATE_EXPECT=1"
    );
}

#[test]
fn variable_values_become_defaults_or_inlined_values_in_command_line_order() {
    let dir = module();
    let input = path(&dir, "");
    std::fs::write(dir.path().join("first.tfvars"), "name = \"from-file\"\n").unwrap();
    std::fs::write(dir.path().join("terraform.tfvars"), "name = \"automatic\"\n").unwrap();
    let automatic = iac2cfn(&["convert", &input], "");
    assert_eq!(automatic.code, EXIT_SUCCESS, "{}", automatic.stderr);
    assert!(automatic.stdout.contains("Default: automatic"), "{}", automatic.stdout);
    let file_then_var =
        iac2cfn(&["convert", &input, "--var-file", &path(&dir, "first.tfvars"), "--var", "name=from-flag"], "");
    assert!(file_then_var.stdout.contains("Default: from-flag"), "{}", file_then_var.stdout);
    let var_then_file =
        iac2cfn(&["convert", &input, "--var", "name=from-flag", "--var-file", &path(&dir, "first.tfvars")], "");
    assert!(var_then_file.stdout.contains("Default: from-file"), "{}", var_then_file.stdout);
    let inlined = iac2cfn(&["convert", &input, "--inline-variables", "--var", "name=x"], "");
    assert_eq!(inlined.code, EXIT_SUCCESS, "{}", inlined.stderr);
    assert!(!inlined.stdout.contains("Parameters:"), "{}", inlined.stdout);
    assert!(inlined.stdout.contains("BucketName: x-bucket"), "{}", inlined.stdout);
}

#[test]
fn bad_variable_flags_are_usage_errors_or_diagnostics() {
    let dir = module();
    let input = path(&dir, "");
    let no_equals = iac2cfn(&["convert", &input, "--var", "name"], "");
    assert_eq!(no_equals.code, EXIT_USAGE, "{}", no_equals.stderr);
    assert!(no_equals.stderr.contains("NAME=VALUE"), "{}", no_equals.stderr);
    let missing_file = iac2cfn(&["convert", &input, "--var-file", &path(&dir, "nowhere.tfvars")], "");
    assert_eq!(missing_file.code, EXIT_USAGE, "{}", missing_file.stderr);
    let undeclared = iac2cfn(&["convert", &input, "--var", "nmae=x"], "");
    assert_eq!(undeclared.code, EXIT_FAILURE, "{}", undeclared.stderr);
    assert!(undeclared.stderr.contains("did you mean `name`"), "{}", undeclared.stderr);
}

#[test]
fn skip_unsupported_leaves_other_providers_out_and_converts_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("main.tf"),
        "resource \"random_id\" \"suffix\" {\n  byte_length = 4\n}\n\nresource \"aws_sqs_queue\" \"jobs\" {\n  name = \"jobs\"\n}\n",
    )
    .unwrap();
    let input = dir.path().to_str().unwrap();
    let failed = iac2cfn(&["convert", input], "");
    assert_eq!(failed.code, EXIT_FAILURE, "{}", failed.stderr);
    assert!(failed.stderr.contains("`random_id.suffix` belongs to the `random` provider"), "{}", failed.stderr);
    assert!(failed.stderr.contains("--skip-unsupported"), "{}", failed.stderr);
    assert!(failed.stdout.is_empty());
    let skipped = iac2cfn(&["convert", input, "--skip-unsupported"], "");
    assert_eq!(skipped.code, EXIT_SUCCESS, "{}", skipped.stderr);
    assert!(skipped.stderr.contains("left out of the template (--skip-unsupported)"), "{}", skipped.stderr);
    assert!(skipped.stdout.contains("AWS::SQS::Queue"), "{}", skipped.stdout);
    // Leaving something out is lossy: --strict refuses it.
    let strict = iac2cfn(&["convert", input, "--skip-unsupported", "--strict"], "");
    assert_eq!(strict.code, EXIT_FAILURE, "{}", strict.stderr);
}

//! Repository chores that need more than cargo, run as `cargo run -p xtask -- <task>`.
//!
//! Tasks:
//!
//! - `cfn-schema [--cfn-lint-data DIR] [--check] [--output FILE]`: regenerates `crates/catalog/data/cfn-schema.txt`,
//!   the catalog's table of CloudFormation resource schemas, from the schemas the cfn-lint Python
//!   package ships (see [`cfn_schema`]). `--check` regenerates into memory and compares instead of
//!   writing: exit status 1 when the checked-in table differs, 0 (with a message saying why) when
//!   cfn-lint is not installed or is another version than the table was made from.
//! - `provider-types --bindings DIR [--check]`: regenerates `crates/catalog/data/aws-provider-types.txt`,
//!   the names of the AWS provider's resource types, data sources and ephemeral resources, from the
//!   unpacked `cdktn_provider_aws` Python package (see [`provider_types`]).

// This is a command-line tool for developers: its output is what it is for.
#![allow(clippy::print_stdout, clippy::print_stderr)]

mod cfn_schema;
mod provider_types;
mod python;

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "\
usage: cargo run -p xtask -- <task>

tasks:
  cfn-schema [--cfn-lint-data DIR] [--check] [--output FILE]
      Regenerate crates/catalog/data/cfn-schema.txt from the resource schemas of the cfn-lint
      Python package: DIR is its package directory (the one holding `data/schemas`); without it,
      the package `$PYTHON` (default `python3`) imports is used. With --check, compare the table
      that would be written with the checked-in one instead: exit 1 when they differ, 0 with a
      message when cfn-lint is missing or is not the version the table records. --output writes
      (or checks) another file.
  provider-types --bindings DIR [--check]
      Regenerate crates/catalog/data/aws-provider-types.txt from the unpacked cdktn_provider_aws
      Python package DIR (pip download cdktn-provider-aws; unzip the wheel). With --check, compare
      instead of writing: exit 1 when they differ.
  help
      Print this message.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("cfn-schema") => match parse_cfn_schema_args(&args[1..]) {
            Ok(options) => cfn_schema::main(&options),
            Err(message) => usage_error(&message),
        },
        Some("provider-types") => match parse_provider_types_args(&args[1..]) {
            Ok(options) => provider_types::main(&options),
            Err(message) => usage_error(&message),
        },
        Some("help" | "--help" | "-h") => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        Some(other) => usage_error(&format!("unknown task `{other}`")),
        None => usage_error("no task given"),
    }
}

fn usage_error(message: &str) -> ExitCode {
    eprintln!("xtask: {message}\n\n{USAGE}");
    ExitCode::from(2)
}

fn parse_cfn_schema_args(args: &[String]) -> Result<cfn_schema::Options, String> {
    let mut options = cfn_schema::Options { cfn_lint_data: None, check: false, output: None };
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--check" => options.check = true,
            "--cfn-lint-data" => {
                let dir = args.next().ok_or("--cfn-lint-data needs a directory")?;
                options.cfn_lint_data = Some(PathBuf::from(dir));
            }
            "--output" => {
                let file = args.next().ok_or("--output needs a file")?;
                options.output = Some(PathBuf::from(file));
            }
            other => match other.strip_prefix("--cfn-lint-data=") {
                Some(dir) => options.cfn_lint_data = Some(PathBuf::from(dir)),
                None => return Err(format!("unknown argument `{other}` for cfn-schema")),
            },
        }
    }
    Ok(options)
}

fn parse_provider_types_args(args: &[String]) -> Result<provider_types::Options, String> {
    let mut bindings = None;
    let mut check = false;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--check" => check = true,
            "--bindings" => bindings = Some(PathBuf::from(args.next().ok_or("--bindings needs a directory")?)),
            other => return Err(format!("unknown argument `{other}` for provider-types")),
        }
    }
    Ok(provider_types::Options { bindings: bindings.ok_or("provider-types needs --bindings DIR")?, check })
}

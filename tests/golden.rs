//! Golden tests: every case directory under `testdata/terraform` and `testdata/pulumi` is converted
//! and compared with its `expected.*` files, each case as its own named test; `testdata/ir` cases are
//! stack models built in `ir_cases` and written through the same back end; `docs/examples` are cases too.
//!
//! A Terraform case may hold an `args` file: command-line flags for the conversion, separated by
//! whitespace (`--skip-unsupported`, `--inline-variables`, `--var NAME=VALUE`).
//!
//! Bless with `UPDATE_EXPECT=1 cargo test -p iac2cfn-tests --test golden`.

mod harness;
mod ir_cases;

use harness::{case_dirs, check_case, file_name, testdata, RootedFileSystem};
use iac2cfn::{convert, convert_lowered, Request, SourceLanguage};
use libtest_mimic::{Arguments, Failed, Trial};
use std::path::{Path, PathBuf};

fn main() {
    let arguments = Arguments::from_args();
    let mut trials = Vec::new();
    for (language, folder) in [(SourceLanguage::Terraform, "terraform"), (SourceLanguage::Pulumi, "pulumi")] {
        let root = testdata().join(folder);
        for dir in case_dirs(&root) {
            let name = file_name(&dir);
            let root = root.clone();
            trials.push(Trial::test(format!("{folder}::{name}"), move || source_case(&root, &name, language)));
        }
    }
    // The documented examples are goldens too, so the docs can never show stale output.
    let examples = testdata().join("..").join("docs").join("examples");
    for dir in case_dirs(&examples) {
        let name = file_name(&dir);
        let language =
            if dir.join("Pulumi.yaml").exists() { SourceLanguage::Pulumi } else { SourceLanguage::Terraform };
        let root = examples.clone();
        trials.push(Trial::test(format!("examples::{name}"), move || source_case(&root, &name, language)));
    }
    let ir_root = testdata().join("ir");
    for dir in case_dirs(&ir_root) {
        let name = file_name(&dir);
        let trial = match ir_cases::CASES.iter().find(|(case, _)| *case == name) {
            Some(&(_, build)) => Trial::test(format!("ir::{name}"), move || {
                check_case(&dir, |format| convert_lowered(build(), format, false))
            }),
            None => Trial::test(format!("ir::{name}"), move || {
                Err(format!("{} has expected files but ir_cases.rs builds no case named `{name}`", dir.display())
                    .into())
            }),
        };
        trials.push(trial);
    }
    for (name, _) in ir_cases::CASES {
        if !ir_root.join(name).is_dir() {
            let missing = ir_root.join(name);
            trials.push(Trial::test(format!("ir::{name}"), move || {
                std::fs::create_dir_all(&missing).map_err(|e| Failed::from(e.to_string()))?;
                Err(format!("created {}: run with UPDATE_EXPECT=1 to bless its expected files", missing.display())
                    .into())
            }));
        }
    }
    libtest_mimic::run(&arguments, trials).exit();
}

/// Whether a directory holds input files of the language.
fn has_input(dir: &Path, language: SourceLanguage) -> bool {
    let Ok(entries) = std::fs::read_dir(dir) else { return false };
    entries.filter_map(Result::ok).any(|entry| {
        let name = entry.file_name().to_string_lossy().into_owned();
        match language {
            SourceLanguage::Terraform => name.ends_with(".tf") || name.ends_with(".tf.json"),
            SourceLanguage::Pulumi => name == "Pulumi.yaml" || name == "Pulumi.yml",
        }
    })
}

fn source_case(root: &Path, name: &str, language: SourceLanguage) -> Result<(), Failed> {
    let dir = root.join(name);
    if !has_input(&dir, language) {
        return Err(format!("{} has expected files but no {} input", dir.display(), language.as_str()).into());
    }
    let terraform = case_options(&dir)?;
    let fs = RootedFileSystem::new(root.to_path_buf());
    check_case(&dir, |format| {
        let request = Request {
            input: PathBuf::from(name),
            from: Some(language),
            format,
            strict: false,
            terraform: terraform.clone(),
        };
        convert(&fs, &request)
    })
}

/// The Terraform options a case's `args` file gives (the defaults when it has none).
fn case_options(dir: &Path) -> Result<iac2cfn_terraform::Options, Failed> {
    let mut options = iac2cfn_terraform::Options::default();
    let text = match std::fs::read_to_string(dir.join("args")) {
        Ok(text) => text,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(options),
        Err(error) => return Err(format!("cannot read {}/args: {error}", dir.display()).into()),
    };
    let mut words = text.split_whitespace();
    while let Some(word) = words.next() {
        match word {
            "--skip-unsupported" => options.skip_unsupported = true,
            "--inline-variables" => options.inline_variables = true,
            "--var" => match words.next() {
                Some(assignment) => {
                    options.variables.push(iac2cfn_terraform::VariableValue::Assignment(assignment.to_string()))
                }
                None => return Err(format!("{}/args: --var needs NAME=VALUE", dir.display()).into()),
            },
            other => return Err(format!("{}/args: unsupported flag `{other}`", dir.display()).into()),
        }
    }
    Ok(options)
}

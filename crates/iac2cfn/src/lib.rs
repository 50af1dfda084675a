//! iac2cfn translates infrastructure code into AWS CloudFormation: Terraform HCL and Pulumi YAML
//! programs in, CloudFormation templates out.
//!
//! This crate is the library entry point, `input -> IR -> artifact + diagnostics`, and the `iac2cfn`
//! binary ([`cli`]). Below [`convert`] nothing does I/O: frontends read through the
//! [`FileSystem`](iac2cfn_diagnostics::FileSystem) they are handed, and the artifact comes back as a string.
//!
//! ```text
//! Terraform HCL ─┐                         ┌─> CloudFormation YAML / JSON   (iac2cfn-cfn)
//!                ├─> stack IR (iac2cfn-ir) ┤
//! Pulumi YAML  ──┘   validate, simplify    └─> CDK-style Rust on iac2cfn-cdk (iac2cfn-rust)
//! ```

pub mod cli;
pub mod rules;
pub mod schema_check;
pub mod support;

use iac2cfn_diagnostics::{Code, Diagnostic, Diagnostics, FileSystem, SourceMap};
use iac2cfn_ir::{IndexMap, Lowered, Quotas};
use std::path::{Path, PathBuf};

/// The source languages iac2cfn reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceLanguage {
    /// A Terraform root module (`*.tf`, `*.tf.json`).
    Terraform,
    /// A Pulumi YAML program (`Pulumi.yaml`).
    Pulumi,
}

impl SourceLanguage {
    /// The name used on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            SourceLanguage::Terraform => "terraform",
            SourceLanguage::Pulumi => "pulumi",
        }
    }
}

/// The artifact formats iac2cfn writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutputFormat {
    /// A CloudFormation template in YAML.
    Yaml,
    /// A CloudFormation template in JSON.
    Json,
    /// Rust source that builds the stack with `iac2cfn-cdk` and prints the JSON template when run.
    Rust,
}

/// What to convert and how.
#[derive(Debug, Clone)]
pub struct Request {
    /// A directory (a Terraform root module, or a folder holding `Pulumi.yaml`) or a single file.
    pub input: PathBuf,
    /// The source language; detected from the input when `None`.
    pub from: Option<SourceLanguage>,
    /// The artifact's format.
    pub format: OutputFormat,
    /// Whether warnings about lossy conversions fail the conversion.
    pub strict: bool,
    /// Terraform settings: variable values, inlining, leaving out other providers' resources
    /// (`skip_unsupported`).
    pub terraform: iac2cfn_terraform::Options,
}

/// The outcome of a conversion.
#[derive(Debug)]
pub struct Conversion {
    /// Every file read, for rendering diagnostics.
    pub sources: SourceMap,
    /// Everything reported, sorted by position.
    pub diagnostics: Diagnostics,
    /// The artifact, present exactly when no error was reported.
    pub artifact: Option<String>,
    /// Source resource address -> logical IDs, present with the artifact.
    pub addresses: Option<IndexMap<String, Vec<String>>>,
}

impl Conversion {
    /// Whether the conversion produced an artifact.
    pub fn succeeded(&self) -> bool {
        self.artifact.is_some()
    }
}

const UNKNOWN_INPUT: Code = Code("input::unrecognised");

/// Converts the program at `request.input`, reading files through `fs`.
pub fn convert(fs: &dyn FileSystem, request: &Request) -> Conversion {
    let mut sources = SourceMap::new();
    let mut diagnostics = Diagnostics::new();
    let language = match request.from.or_else(|| detect_language(fs, &request.input)) {
        Some(language) => language,
        None => {
            diagnostics.push(unrecognised_input(fs, &request.input));
            return finish(sources, diagnostics, None, request);
        }
    };
    let lowered = lower(fs, language, request, &mut sources, &mut diagnostics);
    finish(sources, diagnostics, lowered, request)
}

/// Converts a stack model that was built directly (tests, other tools) through the same passes and
/// writer as [`convert`].
pub fn convert_lowered(lowered: Lowered, format: OutputFormat, strict: bool) -> Conversion {
    let request = Request { input: PathBuf::new(), from: None, format, strict, terraform: Default::default() };
    finish(SourceMap::new(), Diagnostics::new(), Some(lowered), &request)
}

fn lower(
    fs: &dyn FileSystem,
    language: SourceLanguage,
    request: &Request,
    sources: &mut SourceMap,
    diagnostics: &mut Diagnostics,
) -> Option<Lowered> {
    let input = request.input.as_path();
    match language {
        SourceLanguage::Terraform => iac2cfn_terraform::convert(fs, input, &request.terraform, sources, diagnostics),
        SourceLanguage::Pulumi => {
            iac2cfn_pulumi::convert(fs, input, &iac2cfn_pulumi::Options::default(), sources, diagnostics)
        }
    }
}

/// The shared back half of every conversion: transforms, simplification, validation, writing.
fn finish(sources: SourceMap, mut diagnostics: Diagnostics, lowered: Option<Lowered>, request: &Request) -> Conversion {
    let mut output = None;
    if let Some(Lowered { mut template, addresses }) = lowered {
        template.add_required_transforms();
        iac2cfn_ir::simplify(&mut template);
        // Rules come before validation, which checks that they only use what rules may.
        rules::add_rules(&mut template, &mut diagnostics);
        diagnostics.extend(iac2cfn_ir::validate(&template, &Quotas::CLOUDFORMATION));
        schema_check::check(&template, &mut diagnostics);
        let artifact = match request.format {
            OutputFormat::Yaml => iac2cfn_cfn::to_yaml(&template),
            OutputFormat::Json => iac2cfn_cfn::to_json(&template),
            OutputFormat::Rust => iac2cfn_rust::to_rust(&template),
        };
        // The quota applies to the body CloudFormation receives; JSON and YAML differ in size, so the
        // written artifact is what is measured. The Rust program's body is the JSON it prints.
        let (body_size, body_format) = match request.format {
            OutputFormat::Rust => (iac2cfn_cfn::to_json(&template).len(), "JSON"),
            OutputFormat::Json => (artifact.len(), "JSON"),
            OutputFormat::Yaml => (artifact.len(), "YAML"),
        };
        diagnostics.extend(Quotas::CLOUDFORMATION.check_body_size(body_size, body_format));
        output = Some((artifact, addresses));
    }
    if request.strict {
        diagnostics.promote_warnings();
    }
    diagnostics.sort_by_position();
    let (artifact, addresses) = match output {
        Some((artifact, addresses)) if !diagnostics.has_errors() => (Some(artifact), Some(addresses)),
        _ => (None, None),
    };
    Conversion { sources, diagnostics, artifact, addresses }
}

/// Guesses the source language from the input's name or contents.
pub fn detect_language(fs: &dyn FileSystem, input: &Path) -> Option<SourceLanguage> {
    let file_language = |path: &Path| {
        let name = path.file_name()?.to_str()?;
        if name.ends_with(".tf") || name.ends_with(".tf.json") {
            Some(SourceLanguage::Terraform)
        } else if matches!(name, "Pulumi.yaml" | "Pulumi.yml" | "Main.yaml" | "Main.yml") {
            Some(SourceLanguage::Pulumi)
        } else {
            None
        }
    };
    if fs.is_dir(input) {
        let entries = fs.read_dir(input).ok()?;
        let languages: Vec<SourceLanguage> =
            entries.iter().filter(|p| fs.is_file(p)).filter_map(|p| file_language(p)).collect();
        // A Pulumi project may carry stray .tf files (and the reverse is rare): the project file decides.
        if languages.contains(&SourceLanguage::Pulumi) {
            return Some(SourceLanguage::Pulumi);
        }
        return languages.first().copied();
    }
    file_language(input)
}

#[cold]
fn unrecognised_input(fs: &dyn FileSystem, input: &Path) -> Diagnostic {
    let shown = input.display();
    if fs.is_dir(input) {
        Diagnostic::error(
            UNKNOWN_INPUT,
            format!("`{shown}` holds neither Terraform files (*.tf, *.tf.json) nor a Pulumi.yaml"),
        )
        .with_help(
            "point iac2cfn at a Terraform root module or a Pulumi YAML project, or name the language with --from",
        )
    } else if fs.is_file(input) {
        Diagnostic::error(UNKNOWN_INPUT, format!("cannot tell which language `{shown}` is written in"))
            .with_help("name it with --from terraform or --from pulumi")
    } else {
        Diagnostic::error(UNKNOWN_INPUT, format!("`{shown}` does not exist"))
            .with_help("give the path of a Terraform root module, a .tf file, a Pulumi.yaml, or - for standard input")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use iac2cfn_diagnostics::MemoryFileSystem;

    #[test]
    fn languages_are_detected_from_files() {
        let mut fs = MemoryFileSystem::new();
        fs.insert("tf/main.tf", "");
        fs.insert("pu/Pulumi.yaml", "");
        fs.insert("pu/extra.tf", "");
        assert_eq!(detect_language(&fs, Path::new("tf")), Some(SourceLanguage::Terraform));
        assert_eq!(detect_language(&fs, Path::new("pu")), Some(SourceLanguage::Pulumi));
        assert_eq!(detect_language(&fs, Path::new("tf/main.tf")), Some(SourceLanguage::Terraform));
        assert_eq!(detect_language(&fs, Path::new("x.txt")), None);
    }

    #[test]
    fn a_missing_input_is_a_diagnostic_not_a_panic() {
        let fs = MemoryFileSystem::new();
        let request = Request {
            input: "nowhere".into(),
            from: None,
            format: OutputFormat::Yaml,
            strict: false,
            terraform: Default::default(),
        };
        let conversion = convert(&fs, &request);
        assert!(!conversion.succeeded());
        assert_eq!(conversion.diagnostics.iter().next().map(|d| d.code), Some(UNKNOWN_INPUT));
    }
}

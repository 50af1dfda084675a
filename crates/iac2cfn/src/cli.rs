//! The command line: argument parsing, reading inputs, writing artifacts atomically, and reporting.
//!
//! [`run`] takes its streams as arguments, so tests drive the whole CLI in-process.

use crate::{convert, Conversion, OutputFormat, Request, SourceLanguage};
use clap::{ArgMatches, Args, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use iac2cfn_diagnostics::{render_human, render_json, FileSystem, MemoryFileSystem, OsFileSystem, RenderOptions};
use std::ffi::OsString;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

/// Exit code: success (warnings allowed).
pub const EXIT_SUCCESS: u8 = 0;
/// Exit code: the conversion failed, or `--check` found a difference.
pub const EXIT_FAILURE: u8 = 1;
/// Exit code: the command line was wrong.
pub const EXIT_USAGE: u8 = 2;

/// Translate Terraform and Pulumi YAML into AWS CloudFormation.
#[derive(Debug, Parser)]
#[command(name = "iac2cfn", version, about, long_about = None, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Convert a Terraform root module or a Pulumi YAML program into a CloudFormation template.
    #[command(after_help = "Examples:\n  \
        iac2cfn convert ./infra                     print the template as YAML\n  \
        iac2cfn convert ./infra -o stack.json       write JSON (the format follows the extension)\n  \
        iac2cfn convert ./infra -o stack.yaml --check   exit 1 with a diff when stack.yaml is out of date\n  \
        cat main.tf | iac2cfn convert - --from terraform")]
    Convert(ConvertArgs),
    /// List every supported source resource type and the CloudFormation type(s) it becomes.
    Resources(ResourcesArgs),
}

#[derive(Debug, Args)]
struct ResourcesArgs {
    /// How to print the list.
    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    format: ListFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ListFormat {
    /// Aligned columns for reading.
    Table,
    /// A JSON array of objects with `terraform`, `pulumi`, `cloudformation` and `notes`.
    Json,
    /// The Markdown page checked in as docs/SUPPORTED_RESOURCES.md.
    Markdown,
}

#[derive(Debug, Args)]
struct ConvertArgs {
    /// A Terraform root module directory, a .tf file, a Pulumi project directory or Pulumi.yaml, or `-`
    /// for standard input (then --from is required).
    #[arg(value_name = "INPUT")]
    input: PathBuf,

    /// Write the artifact to FILE (atomically) instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,

    /// The artifact's format [default: the extension of --output, else yaml].
    #[arg(long, value_enum)]
    format: Option<FormatArg>,

    /// The source language [default: detected from the input].
    #[arg(long, value_enum)]
    from: Option<LanguageArg>,

    /// Also write a JSON object from each source resource address to the logical ID(s) it became.
    #[arg(long, value_name = "FILE")]
    address_map: Option<PathBuf>,

    /// Compare with --output instead of writing it: exit 0 when it is up to date, 1 with a diff when not.
    #[arg(long, requires = "output")]
    check: bool,

    /// Treat warnings about lossy conversions as errors.
    #[arg(long)]
    strict: bool,

    /// How diagnostics are printed on standard error.
    #[arg(long, value_enum, default_value_t = MessageFormat::Human)]
    message_format: MessageFormat,

    /// When to colour diagnostics.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,

    /// Terraform: set variable NAME (its parameter's default, or its inlined value); repeatable.
    /// Literal text for string, number and bool variables, an HCL expression for other types.
    #[arg(long = "var", value_name = "NAME=VALUE")]
    var: Vec<String>,

    /// Terraform: read variable values from a .tfvars (or .tfvars.json) file; repeatable. Later --var
    /// and --var-file values override earlier ones, and all override terraform.tfvars and *.auto.tfvars.
    #[arg(long = "var-file", value_name = "FILE")]
    var_file: Vec<PathBuf>,

    /// Terraform: inline every variable's value instead of making CloudFormation parameters.
    #[arg(long)]
    inline_variables: bool,

    /// Terraform: leave out resources and data sources of providers other than aws and awscc (random,
    /// null, tls, archive, ...) with a warning each, instead of failing. References to them remain errors.
    #[arg(long)]
    skip_unsupported: bool,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum FormatArg {
    /// CloudFormation YAML with short-form tags.
    Yaml,
    /// CloudFormation JSON.
    Json,
    /// Rust code that builds the stack with the iac2cfn-cdk crate and prints it as JSON.
    Rust,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum LanguageArg {
    /// Terraform HCL.
    Terraform,
    /// Pulumi YAML.
    Pulumi,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum MessageFormat {
    /// Rendered for people: snippet, labels, help.
    Human,
    /// One JSON object per line, for tools.
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ColorChoice {
    /// Colour when standard error is a terminal and NO_COLOR is not set.
    Auto,
    /// Always colour.
    Always,
    /// Never colour.
    Never,
}

/// The process's surroundings that the CLI depends on, passed in so tests control them.
pub struct Environment<'a> {
    /// Standard input.
    pub stdin: &'a mut dyn Read,
    /// Standard output.
    pub stdout: &'a mut dyn Write,
    /// Standard error.
    pub stderr: &'a mut dyn Write,
    /// Whether standard error is a terminal that shows colour (and NO_COLOR is unset).
    pub stderr_supports_color: bool,
}

/// Runs the CLI with the given arguments (the first being the program name) and returns the exit code.
pub fn run(args: impl IntoIterator<Item = impl Into<OsString> + Clone>, env: &mut Environment<'_>) -> u8 {
    // Parsed in two steps so the positions of --var and --var-file are known: Terraform applies them
    // in command-line order.
    let parsed = Cli::command().try_get_matches_from(args).and_then(|matches| {
        let cli = Cli::from_arg_matches(&matches)?;
        Ok((cli, matches))
    });
    let (cli, matches) = match parsed {
        Ok(parsed) => parsed,
        Err(error) => {
            let text = error.render().to_string();
            return if error.use_stderr() {
                let _ = env.stderr.write_all(text.as_bytes());
                EXIT_USAGE
            } else {
                let _ = env.stdout.write_all(text.as_bytes());
                EXIT_SUCCESS
            };
        }
    };
    match cli.command {
        Command::Convert(args) => {
            let order = matches.subcommand_matches("convert").map(variable_order).unwrap_or_default();
            run_convert(args, &order, env)
        }
        Command::Resources(args) => {
            let text = match args.format {
                ListFormat::Table => crate::support::table(),
                ListFormat::Json => crate::support::json(),
                ListFormat::Markdown => crate::support::markdown(),
            };
            match env.stdout.write_all(text.as_bytes()) {
                Ok(()) => EXIT_SUCCESS,
                Err(_) => EXIT_FAILURE,
            }
        }
    }
}

fn usage_error(env: &mut Environment<'_>, message: &str) -> u8 {
    let _ = writeln!(env.stderr, "error: {message}\n\nFor more information, try '--help'.");
    EXIT_USAGE
}

/// Which of the `--var` (false) and `--var-file` (true) occurrences come first: (position, is file,
/// index among its kind), in command-line order.
fn variable_order(matches: &ArgMatches) -> Vec<(bool, usize)> {
    let mut order: Vec<(usize, bool, usize)> = Vec::new();
    for (id, is_file) in [("var", false), ("var_file", true)] {
        if let Some(indices) = matches.indices_of(id) {
            order.extend(indices.enumerate().map(|(nth, position)| (position, is_file, nth)));
        }
    }
    order.sort_unstable();
    order.into_iter().map(|(_, is_file, nth)| (is_file, nth)).collect()
}

/// The Terraform options from the command line: var files are read here, since nothing below
/// `convert` does I/O.
fn terraform_options(args: &ConvertArgs, order: &[(bool, usize)]) -> Result<iac2cfn_terraform::Options, String> {
    let mut options = iac2cfn_terraform::Options::default();
    options.inline_variables = args.inline_variables;
    options.skip_unsupported = args.skip_unsupported;
    for &(is_file, nth) in order {
        if is_file {
            let Some(path) = args.var_file.get(nth) else { continue };
            let text = std::fs::read_to_string(path)
                .map_err(|error| format!("could not read the variables file `{}`: {error}", path.display()))?;
            options.variables.push(iac2cfn_terraform::VariableValue::File { path: path.clone(), text });
        } else {
            let Some(assignment) = args.var.get(nth) else { continue };
            if !assignment.contains('=') {
                return Err(format!("invalid value `{assignment}` for --var: expected NAME=VALUE"));
            }
            options.variables.push(iac2cfn_terraform::VariableValue::Assignment(assignment.clone()));
        }
    }
    Ok(options)
}

fn run_convert(args: ConvertArgs, order: &[(bool, usize)], env: &mut Environment<'_>) -> u8 {
    let terraform = match terraform_options(&args, order) {
        Ok(options) => options,
        Err(message) => return usage_error(env, &message),
    };
    let format = match (args.format, &args.output) {
        (Some(FormatArg::Yaml), _) => OutputFormat::Yaml,
        (Some(FormatArg::Json), _) => OutputFormat::Json,
        (Some(FormatArg::Rust), _) => OutputFormat::Rust,
        (None, Some(output)) => format_from_extension(output),
        (None, None) => OutputFormat::Yaml,
    };
    let from = args.from.map(|language| match language {
        LanguageArg::Terraform => SourceLanguage::Terraform,
        LanguageArg::Pulumi => SourceLanguage::Pulumi,
    });
    let reading_stdin = args.input.as_os_str() == "-";
    let mut memory = MemoryFileSystem::new();
    let (fs, input): (&dyn FileSystem, PathBuf) = if reading_stdin {
        let Some(language) = from else {
            return usage_error(env, "reading standard input (`-`) needs --from terraform or --from pulumi");
        };
        let mut text = String::new();
        if let Err(error) = env.stdin.read_to_string(&mut text) {
            return usage_error(env, &format!("could not read standard input: {error}"));
        }
        let name = match language {
            SourceLanguage::Terraform => "stdin.tf",
            SourceLanguage::Pulumi => "Pulumi.yaml",
        };
        memory.insert(name, text);
        (&memory, PathBuf::from(name))
    } else {
        (&OsFileSystem, args.input.clone())
    };
    let request = Request { input, from, format, strict: args.strict, terraform };
    let conversion = convert(fs, &request);
    let color = match args.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => env.stderr_supports_color,
    };
    report(&conversion, args.message_format, color, &args.input, env);
    let (Some(artifact), Some(addresses)) = (&conversion.artifact, &conversion.addresses) else {
        return EXIT_FAILURE;
    };
    if args.check {
        // `requires = "output"` guarantees the path.
        let Some(output) = &args.output else { return EXIT_USAGE };
        return check(output, artifact, env);
    }
    if let Some(path) = &args.address_map {
        if let Err(error) = write_atomically(path, address_map_json(addresses).as_bytes()) {
            let _ = writeln!(env.stderr, "error: could not write the address map to {}: {error}", path.display());
            return EXIT_FAILURE;
        }
    }
    match &args.output {
        Some(path) => {
            if let Err(error) = write_atomically(path, artifact.as_bytes()) {
                let _ = writeln!(env.stderr, "error: could not write {}: {error}", path.display());
                return EXIT_FAILURE;
            }
        }
        None => {
            if env.stdout.write_all(artifact.as_bytes()).and_then(|()| env.stdout.flush()).is_err() {
                return EXIT_FAILURE;
            }
        }
    }
    EXIT_SUCCESS
}

fn format_from_extension(path: &Path) -> OutputFormat {
    match path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).as_deref() {
        Some("json") => OutputFormat::Json,
        Some("rs") => OutputFormat::Rust,
        _ => OutputFormat::Yaml,
    }
}

fn report(conversion: &Conversion, format: MessageFormat, color: bool, input: &Path, env: &mut Environment<'_>) {
    let options = RenderOptions { color, width: 100 };
    for diagnostic in &conversion.diagnostics {
        let text = match format {
            MessageFormat::Human => render_human(diagnostic, &conversion.sources, options),
            MessageFormat::Json => render_json(diagnostic, &conversion.sources) + "\n",
        };
        let _ = env.stderr.write_all(text.as_bytes());
    }
    if format == MessageFormat::Human {
        let errors = conversion.diagnostics.error_count();
        let warnings = conversion.diagnostics.warning_count();
        let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
        if errors > 0 {
            let _ = writeln!(
                env.stderr,
                "error: could not convert `{}` ({}, {})",
                input.display(),
                plural(errors, "error"),
                plural(warnings, "warning")
            );
        } else if warnings > 0 {
            let _ =
                writeln!(env.stderr, "warning: `{}` converted with {}", input.display(), plural(warnings, "warning"));
        }
    }
}

fn check(path: &Path, artifact: &str, env: &mut Environment<'_>) -> u8 {
    let current = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(error) => {
            let _ = writeln!(env.stderr, "error: could not read {}: {error}", path.display());
            return EXIT_FAILURE;
        }
    };
    if current == artifact {
        return EXIT_SUCCESS;
    }
    let shown = path.display().to_string();
    let diff = similar::TextDiff::from_lines(current.as_str(), artifact)
        .unified_diff()
        .context_radius(3)
        .header(&shown, &format!("{shown} (converted)"))
        .to_string();
    let _ = env.stdout.write_all(diff.as_bytes());
    let _ = writeln!(env.stderr, "error: {shown} is out of date; run the same command without --check to update it");
    EXIT_FAILURE
}

/// The address map as pretty JSON: a single logical ID as a string, several as a list.
fn address_map_json(addresses: &iac2cfn_ir::IndexMap<String, Vec<String>>) -> String {
    let object: serde_json::Map<String, serde_json::Value> = addresses
        .iter()
        .map(|(address, ids)| {
            let value = match ids.as_slice() {
                [single] => serde_json::Value::from(single.clone()),
                many => serde_json::Value::from(many.to_vec()),
            };
            (address.clone(), value)
        })
        .collect();
    let mut text = serde_json::to_string_pretty(&serde_json::Value::Object(object)).unwrap_or_default();
    text.push('\n');
    text
}

/// Writes a file by writing a temporary file beside it and renaming it over the target, so a reader
/// never sees half a file and a failure leaves the old file untouched.
fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let directory = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let mut file = tempfile::NamedTempFile::new_in(directory)?;
    file.write_all(bytes)?;
    file.as_file().sync_all()?;
    file.persist(path).map_err(|error| error.error)?;
    Ok(())
}

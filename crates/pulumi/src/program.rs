//! Finds the project and its program, reads them, and indexes the program's sections.

use crate::diagnostics as diag;
use crate::yaml::{self, Limits, Node, Value};
use crate::Options;
use iac2cfn_diagnostics::{did_you_mean, Diagnostic, FileSystem, SourceMap, Span};
use indexmap::IndexMap;
use std::path::{Path, PathBuf};

/// One `key: value` entry of a section.
#[derive(Debug, Clone)]
pub(crate) struct Entry {
    /// The key.
    pub key: String,
    /// Where the key is written.
    pub key_span: Span,
    /// The value.
    pub value: Node,
}

/// A program, indexed.
#[derive(Debug, Clone, Default)]
pub(crate) struct Program {
    /// The project's `name`.
    pub project_name: Option<String>,
    /// The program's `description`.
    pub description: Option<String>,
    /// Config declarations: the project's `config`, the program's `configuration` and `config`.
    pub config: Vec<Entry>,
    /// `variables`.
    pub variables: Vec<Entry>,
    /// `resources`.
    pub resources: Vec<Entry>,
    /// `outputs`.
    pub outputs: Vec<Entry>,
    /// The directory `fn::readFile` paths are relative to.
    pub dir: PathBuf,
    /// Values of the selected stack's configuration file, by key without the project namespace.
    pub stack_values: IndexMap<String, Node>,
}

/// Keys of a project file (`Pulumi.yaml`) that configure the project, not the program.
const PROJECT_KEYS: &[&str] = &[
    "name",
    "runtime",
    "description",
    "main",
    "config",
    "stackConfigDir",
    "backend",
    "options",
    "template",
    "plugins",
    "author",
    "website",
    "license",
    "packages",
];

/// Keys of a program.
const PROGRAM_KEYS: &[&str] =
    &["name", "runtime", "description", "configuration", "config", "variables", "resources", "outputs", "packages"];

/// Reads the project at `path` and indexes its program.
pub(crate) fn load(
    fs: &dyn FileSystem,
    path: &Path,
    options: &Options,
    sources: &mut SourceMap,
    problems: &mut Vec<Diagnostic>,
) -> Option<Program> {
    let (project_path, dir) = locate(fs, path, problems)?;
    let project = read_yaml(fs, &project_path, Span::DETACHED, sources, problems)?;
    let project_is_main = project_path.file_name().is_some_and(|n| n == "Main.yaml" || n == "Main.yml");
    let project_entries = as_section(&project, "the project file", problems)?;
    let mut program = Program { dir: dir.clone(), ..Program::default() };
    let mut main_dir = dir.clone();
    for (key, value) in &project_entries {
        match key.key() {
            "name" => program.project_name = value.as_str().map(str::to_string),
            "runtime" => check_runtime(value, problems)?,
            "main" => match value.as_str() {
                Some(main) => main_dir = dir.join(main),
                None => problems.push(diag::type_mismatch(value.span, "`main`", "a path", value.kind())),
            },
            _ => {}
        }
    }
    let main_path = ["Main.yaml", "Main.yml"].iter().map(|name| main_dir.join(name)).find(|p| fs.is_file(p));
    let separate_main = match &main_path {
        Some(main) if !project_is_main && *main != project_path => Some(main.clone()),
        _ => None,
    };
    if let Some(main) = &separate_main {
        // The project file holds settings only; its `config` still declares configuration.
        check_keys(&project_entries, PROJECT_KEYS, "the project file", problems);
        for (key, value) in &project_entries {
            if key.key() == "config" {
                program.config.extend(entries(value, "`config`", problems));
            }
            if key.key() == "description" {
                program.description = value.as_str().map(str::to_string);
            }
        }
        program.dir = main_dir.clone();
        let main_node = read_yaml(fs, main, Span::DETACHED, sources, problems)?;
        let main_entries = as_section(&main_node, "Main.yaml", problems)?;
        index_program(&mut program, &main_entries, false, problems);
    } else {
        index_program(&mut program, &project_entries, true, problems);
    }
    if let Some(stack) = &options.stack {
        let stack_path = dir.join(format!("Pulumi.{stack}.yaml"));
        let node = read_yaml(fs, &stack_path, Span::DETACHED, sources, problems)?;
        read_stack_values(&mut program, &node, problems);
    }
    Some(program)
}

/// The project file and the project directory for a path that names either.
fn locate(fs: &dyn FileSystem, path: &Path, problems: &mut Vec<Diagnostic>) -> Option<(PathBuf, PathBuf)> {
    if fs.is_file(path) {
        let dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
        return Some((path.to_path_buf(), dir));
    }
    if fs.is_dir(path) {
        for name in ["Pulumi.yaml", "Pulumi.yml", "Main.yaml", "Main.yml"] {
            let candidate = path.join(name);
            if fs.is_file(&candidate) {
                return Some((candidate, path.to_path_buf()));
            }
        }
    }
    problems.push(diag::no_project(&path.display().to_string()));
    None
}

/// Reads and parses one YAML file, adding it to the source map.
pub(crate) fn read_yaml(
    fs: &dyn FileSystem,
    path: &Path,
    needed_at: Span,
    sources: &mut SourceMap,
    problems: &mut Vec<Diagnostic>,
) -> Option<Node> {
    let shown = path.display().to_string();
    let text = match fs.read_to_string(path) {
        Ok(text) => text,
        Err(error) => {
            problems.push(diag::read_failed(&shown, &error, needed_at));
            return None;
        }
    };
    let file = sources.add(shown, text.as_str());
    match yaml::parse(&text, file, Limits::DEFAULT, problems) {
        Ok(Some(node)) => Some(node),
        // An empty file is an empty program.
        Ok(None) => Some(Node { value: Value::Map(Vec::new()), span: Span::new(file, 0..0) }),
        Err(error) => {
            problems.push(error);
            None
        }
    }
}

fn check_runtime(value: &Node, problems: &mut Vec<Diagnostic>) -> Option<()> {
    let name = match &value.value {
        Value::String(name) => Some((name.as_str(), value.span)),
        Value::Map(entries) => entries
            .iter()
            .find(|(key, _)| key.key() == "name")
            .and_then(|(_, name)| name.as_str().map(|text| (text, name.span))),
        _ => None,
    };
    match name {
        Some(("yaml", _)) => Some(()),
        Some((other, span)) => {
            problems.push(diag::unsupported_runtime(span, other));
            None
        }
        None => {
            problems.push(diag::type_mismatch(value.span, "`runtime`", "`yaml` or `{name: yaml}`", value.kind()));
            None
        }
    }
}

/// The entries of a top-level document, which must be a mapping.
fn as_section(node: &Node, what: &str, problems: &mut Vec<Diagnostic>) -> Option<Vec<(Node, Node)>> {
    match &node.value {
        Value::Map(entries) => Some(entries.clone()),
        _ => {
            problems.push(diag::type_mismatch(node.span, what, "an object", node.kind()));
            None
        }
    }
}

/// Reports keys that are not in `known`: an error when it looks like a misspelt known key (a typo
/// in `resources` would otherwise convert nothing), a warning otherwise.
fn check_keys(entries: &[(Node, Node)], known: &[&str], place: &str, problems: &mut Vec<Diagnostic>) {
    for (key, _) in entries {
        if !known.iter().any(|k| k.eq_ignore_ascii_case(key.key())) {
            let suggestion = did_you_mean(key.key(), known.iter().copied());
            problems.push(diag::unknown_key(key.span, key.key(), place, suggestion, suggestion.is_some()));
        }
    }
}

fn index_program(program: &mut Program, entries: &[(Node, Node)], is_project: bool, problems: &mut Vec<Diagnostic>) {
    let mut known: Vec<&str> = PROGRAM_KEYS.to_vec();
    if is_project {
        known.extend(PROJECT_KEYS.iter().copied().filter(|key| !PROGRAM_KEYS.contains(key)));
    }
    check_keys(entries, &known, "the program", problems);
    for (key, value) in entries {
        // Pulumi reads the section names without regard to case.
        match key.key().to_ascii_lowercase().as_str() {
            "name" if program.project_name.is_none() => program.project_name = value.as_str().map(str::to_string),
            "description" => match value.as_str() {
                Some(text) => program.description = Some(text.to_string()),
                None => problems.push(diag::type_mismatch(value.span, "`description`", "a string", value.kind())),
            },
            "configuration" | "config" => program.config.extend(entries_of(value, key.key(), problems)),
            "variables" => program.variables.extend(entries_of(value, "variables", problems)),
            "resources" => program.resources.extend(entries_of(value, "resources", problems)),
            "outputs" => program.outputs.extend(entries_of(value, "outputs", problems)),
            _ => {}
        }
    }
}

fn entries_of(value: &Node, section: &str, problems: &mut Vec<Diagnostic>) -> Vec<Entry> {
    entries(value, &format!("`{section}`"), problems)
}

/// The entries of a section, which must be a mapping (or empty).
pub(crate) fn entries(value: &Node, what: &str, problems: &mut Vec<Diagnostic>) -> Vec<Entry> {
    match &value.value {
        Value::Map(entries) => entries
            .iter()
            .map(|(key, value)| Entry { key: key.key().to_string(), key_span: key.span, value: value.clone() })
            .collect(),
        Value::Null => Vec::new(),
        _ => {
            problems.push(diag::type_mismatch(value.span, what, "an object", value.kind()));
            Vec::new()
        }
    }
}

fn read_stack_values(program: &mut Program, node: &Node, problems: &mut Vec<Diagnostic>) {
    let Some(entries) = node.as_map() else { return };
    for (key, value) in entries {
        if key.key() != "config" {
            continue;
        }
        for entry in self::entries(value, "`config`", problems) {
            let short = match (&program.project_name, entry.key.split_once(':')) {
                (Some(project), Some((namespace, rest))) if namespace == project => rest.to_string(),
                (_, Some(_)) => continue,
                (_, None) => entry.key.clone(),
            };
            if entry.value.as_map().is_some_and(|m| m.iter().any(|(k, _)| k.key() == "secure")) {
                problems.push(
                    Diagnostic::note(diag::CONFIG, format!("the value of `{}` is encrypted by Pulumi", entry.key))
                        .with_label(entry.key_span, "not used as a default")
                        .with_help("give the parameter its value when you create the stack"),
                );
                continue;
            }
            program.stack_values.insert(short, entry.value);
        }
    }
}

//! The golden-file harness shared by the data-driven tests: discovers cases under `testdata/`, compares
//! outputs with the expected files, and re-blesses them with `UPDATE_EXPECT=1` (never under `CI=true`).

#![allow(dead_code)]

use iac2cfn::{Conversion, OutputFormat};
use iac2cfn_diagnostics::{render_human, FileSystem, OsFileSystem, RenderOptions};
use libtest_mimic::Failed;
use std::io;
use std::path::{Path, PathBuf};

/// The workspace's `testdata` directory.
pub fn testdata() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join("testdata")
}

/// Whether expected files are rewritten instead of compared.
fn blessing() -> Result<bool, Failed> {
    let update = std::env::var("UPDATE_EXPECT").is_ok_and(|v| v == "1");
    let ci = std::env::var("CI").is_ok_and(|v| v == "true" || v == "1");
    if update && ci {
        return Err("UPDATE_EXPECT=1 is refused under CI=true: goldens are blessed by people, not by CI".into());
    }
    Ok(update)
}

/// Compares `actual` with the expected file; `None` means the file must not exist.
pub fn check_file(path: &Path, actual: Option<&str>) -> Result<(), Failed> {
    let expected = match std::fs::read_to_string(path) {
        Ok(text) => Some(text),
        Err(error) if error.kind() == io::ErrorKind::NotFound => None,
        Err(error) => return Err(format!("cannot read {}: {error}", path.display()).into()),
    };
    if expected.as_deref() == actual {
        return Ok(());
    }
    if blessing()? {
        match actual {
            Some(text) => std::fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?,
            None => std::fs::remove_file(path).map_err(|e| format!("cannot remove {}: {e}", path.display()))?,
        }
        return Ok(());
    }
    let name = path.display();
    Err(match (expected, actual) {
        (Some(expected), Some(actual)) => format!(
            "{name} differs (left: expected, right: actual); run with UPDATE_EXPECT=1 to bless\n{}",
            pretty_assertions::StrComparison::new(&expected, actual)
        ),
        (None, Some(actual)) => format!("{name} is missing; run with UPDATE_EXPECT=1 to create it. Actual:\n{actual}"),
        (Some(_), None) => format!("{name} exists but nothing was produced; run with UPDATE_EXPECT=1 to remove it"),
        (None, None) => unreachable!("equal options return early"),
    }
    .into())
}

/// The diagnostics as the goldens store them: human rendering, no colour, 100 columns.
pub fn rendered_diagnostics(conversion: &Conversion) -> Option<String> {
    if conversion.diagnostics.is_empty() {
        return None;
    }
    let options = RenderOptions { color: false, width: 100 };
    let rendered: Vec<String> =
        conversion.diagnostics.iter().map(|d| render_human(d, &conversion.sources, options)).collect();
    Some(rendered.join("\n"))
}

/// Checks every expected file of a case directory against a conversion in each format: the YAML and
/// JSON templates, the Rust program (`expected.rs`, present exactly when `expected.json` is; the
/// `iac2cfn-generated-tests` crate compiles each and checks it prints `expected.json`), and the
/// diagnostics.
pub fn check_case(dir: &Path, convert: impl Fn(OutputFormat) -> Conversion) -> Result<(), Failed> {
    let yaml = convert(OutputFormat::Yaml);
    let json = convert(OutputFormat::Json);
    let rust = convert(OutputFormat::Rust);
    let mut failures = Vec::new();
    let checks = [
        ("expected.yaml", yaml.artifact.clone()),
        ("expected.json", json.artifact.clone()),
        ("expected.rs", rust.artifact.clone()),
        ("expected.diagnostics", rendered_diagnostics(&yaml)),
    ];
    for (file, actual) in checks {
        if let Err(failure) = check_file(&dir.join(file), actual.as_deref()) {
            failures.push(failure.message().map(str::to_string).unwrap_or_default());
        }
    }
    if failures.is_empty() {
        Ok(())
    } else {
        Err(failures.join("\n\n").into())
    }
}

/// The sub-directories of a directory, sorted; none when it does not exist.
pub fn case_dirs(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    let mut dirs: Vec<PathBuf> = entries.filter_map(Result::ok).map(|e| e.path()).filter(|p| p.is_dir()).collect();
    dirs.sort();
    dirs
}

/// The name of the last path component.
pub fn file_name(path: &Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
}

/// A file system whose relative paths resolve under a root, so that diagnostics name files as
/// `<case>/main.tf` whatever directory the tests run in.
pub struct RootedFileSystem {
    root: PathBuf,
}

impl RootedFileSystem {
    /// Paths resolve under `root`.
    pub fn new(root: PathBuf) -> Self {
        RootedFileSystem { root }
    }

    fn full(&self, path: &Path) -> PathBuf {
        self.root.join(path)
    }
}

impl FileSystem for RootedFileSystem {
    fn read_to_string(&self, path: &Path) -> io::Result<String> {
        OsFileSystem.read_to_string(&self.full(path))
    }

    fn read_dir(&self, path: &Path) -> io::Result<Vec<PathBuf>> {
        let entries = OsFileSystem.read_dir(&self.full(path))?;
        Ok(entries.into_iter().filter_map(|e| e.file_name().map(|name| path.join(name))).collect())
    }

    fn is_dir(&self, path: &Path) -> bool {
        OsFileSystem.is_dir(&self.full(path))
    }

    fn is_file(&self, path: &Path) -> bool {
        OsFileSystem.is_file(&self.full(path))
    }
}

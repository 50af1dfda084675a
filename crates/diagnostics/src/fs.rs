//! The file system seen by frontends: the library does no I/O of its own, so the CLI hands it the real
//! one and tests or standard input hand it files in memory.

use std::collections::BTreeMap;
use std::io;
use std::path::{Path, PathBuf};

/// Read-only access to input files.
pub trait FileSystem {
    /// The whole file as UTF-8 text.
    fn read_to_string(&self, path: &Path) -> io::Result<String>;
    /// The entries of a directory, sorted by name so every caller sees one order.
    fn read_dir(&self, path: &Path) -> io::Result<Vec<PathBuf>>;
    /// Whether the path is a directory.
    fn is_dir(&self, path: &Path) -> bool;
    /// Whether the path is a file.
    fn is_file(&self, path: &Path) -> bool;
}

/// The operating system's file system.
#[derive(Debug, Default, Clone, Copy)]
pub struct OsFileSystem;

impl FileSystem for OsFileSystem {
    fn read_to_string(&self, path: &Path) -> io::Result<String> {
        std::fs::read_to_string(path)
    }

    fn read_dir(&self, path: &Path) -> io::Result<Vec<PathBuf>> {
        let mut entries =
            std::fs::read_dir(path)?.map(|entry| entry.map(|e| e.path())).collect::<io::Result<Vec<_>>>()?;
        entries.sort();
        Ok(entries)
    }

    fn is_dir(&self, path: &Path) -> bool {
        path.is_dir()
    }

    fn is_file(&self, path: &Path) -> bool {
        path.is_file()
    }
}

/// Files held in memory (standard input, tests). Directories are implied by the files' paths.
#[derive(Debug, Default, Clone)]
pub struct MemoryFileSystem {
    files: BTreeMap<PathBuf, String>,
}

impl MemoryFileSystem {
    /// An empty file system.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds or replaces a file.
    pub fn insert(&mut self, path: impl Into<PathBuf>, text: impl Into<String>) {
        self.files.insert(path.into(), text.into());
    }
}

impl FileSystem for MemoryFileSystem {
    fn read_to_string(&self, path: &Path) -> io::Result<String> {
        self.files
            .get(path)
            .cloned()
            .ok_or_else(|| io::Error::new(io::ErrorKind::NotFound, format!("{} not found", path.display())))
    }

    fn read_dir(&self, path: &Path) -> io::Result<Vec<PathBuf>> {
        let mut entries: Vec<PathBuf> = Vec::new();
        for file in self.files.keys() {
            if let Ok(rest) = file.strip_prefix(path) {
                if let Some(first) = rest.components().next() {
                    let entry = path.join(first);
                    if !entries.contains(&entry) {
                        entries.push(entry);
                    }
                }
            }
        }
        if entries.is_empty() && !self.is_dir(path) {
            return Err(io::Error::new(io::ErrorKind::NotFound, format!("{} not found", path.display())));
        }
        entries.sort();
        Ok(entries)
    }

    fn is_dir(&self, path: &Path) -> bool {
        self.files.keys().any(|file| file != path && file.starts_with(path))
    }

    fn is_file(&self, path: &Path) -> bool {
        self.files.contains_key(path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn memory_directories_list_their_direct_entries_in_order() {
        let mut fs = MemoryFileSystem::new();
        fs.insert("root/b.tf", "");
        fs.insert("root/a.tf", "");
        fs.insert("root/modules/x/main.tf", "");
        let entries = fs.read_dir(Path::new("root")).expect("listed");
        assert_eq!(entries, [PathBuf::from("root/a.tf"), PathBuf::from("root/b.tf"), PathBuf::from("root/modules")]);
        assert!(fs.is_dir(Path::new("root/modules")));
        assert!(fs.is_file(Path::new("root/a.tf")));
        assert!(fs.read_dir(Path::new("nowhere")).is_err());
    }
}

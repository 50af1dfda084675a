//! Indexes the CloudFormation schema table (`data/cfn-schema.txt`) at compile time: each type's name
//! and the byte range of its record, sorted by name, as a Rust array in `OUT_DIR`.
//!
//! Indexing at run time would read the whole table on the first lookup; with the index compiled in,
//! a first lookup touches only the index and the one record it parses. See `src/cfn_schema.rs`.

// Build scripts talk to cargo through standard output.
#![allow(clippy::print_stdout)]

use std::fmt::Write as _;
use std::path::Path;

const TABLE: &str = "data/cfn-schema.txt";

fn main() {
    println!("cargo::rerun-if-changed={TABLE}");
    println!("cargo::rerun-if-changed=build.rs");
    // A missing table is reported by the `include_str!` that embeds it; index nothing here.
    let table = std::fs::read_to_string(TABLE).unwrap_or_default();
    let mut records = index(&table);
    records.sort_by(|a, b| a.0.cmp(b.0));
    records.dedup_by(|a, b| a.0 == b.0);
    let mut code = String::new();
    let _ = writeln!(code, "/// How many records the table has.");
    let _ = writeln!(code, "pub(super) const COUNT: usize = {};", records.len());
    let _ = writeln!(code, "/// Each type's name and the byte range of its record, sorted by name.");
    let _ = writeln!(code, "pub(super) static RECORDS: [(&str, usize, usize); COUNT] = [");
    for (name, start, end) in &records {
        let _ = writeln!(code, "    ({name:?}, {start}, {end}),");
    }
    code.push_str("];\n");
    let out_dir = std::env::var_os("OUT_DIR").unwrap_or_default();
    let target = Path::new(&out_dir).join("cfn_schema_index.rs");
    if let Err(error) = std::fs::write(&target, code) {
        println!("cargo::error=cannot write {}: {error}", target.display());
    }
}

/// The records of the table: a record starts at a line beginning `type ` and runs to the next.
fn index(table: &str) -> Vec<(&str, usize, usize)> {
    let mut starts: Vec<usize> = table.match_indices("\ntype ").map(|(at, _)| at + 1).collect();
    if table.starts_with("type ") {
        starts.insert(0, 0);
    }
    let mut records = Vec::with_capacity(starts.len());
    for (position, &start) in starts.iter().enumerate() {
        let end = starts.get(position + 1).copied().unwrap_or(table.len());
        let header = table[start..end].lines().next().unwrap_or_default();
        if let Some(name) = header.strip_prefix("type ").and_then(|rest| rest.split(' ').next()) {
            records.push((name, start, end));
        }
    }
    records
}

//! Converts a Terraform root module and prints the template as YAML, the address map, and the
//! diagnostics: a quick way to look at what the frontend makes of a configuration.
//!
//! `cargo run -p iac2cfn-terraform --example convert -- DIR [--json]`

#![allow(clippy::print_stdout, clippy::print_stderr)]

use iac2cfn_diagnostics::{render_human, Diagnostics, OsFileSystem, RenderOptions, SourceMap};
use std::path::PathBuf;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next().map(PathBuf::from) else {
        eprintln!("usage: convert DIR [--json]");
        std::process::exit(2);
    };
    let json = args.next().as_deref() == Some("--json");
    let mut sources = SourceMap::new();
    let mut diagnostics = Diagnostics::new();
    let options = iac2cfn_terraform::Options::default();
    let lowered = iac2cfn_terraform::convert(&OsFileSystem, &path, &options, &mut sources, &mut diagnostics);
    for diagnostic in &diagnostics {
        eprint!("{}", render_human(diagnostic, &sources, RenderOptions::default()));
    }
    if let Some(lowered) = lowered {
        let text = if json { iac2cfn_cfn::to_json(&lowered.template) } else { iac2cfn_cfn::to_yaml(&lowered.template) };
        println!("{text}");
        for (address, ids) in &lowered.addresses {
            eprintln!("{address} -> {}", ids.join(", "));
        }
    } else {
        std::process::exit(1);
    }
}

//! Start-up cost of the CloudFormation schema table in a fresh process:
//! `cargo run --release -p iac2cfn-catalog --example cfn_schema_startup -- [none|first|all]`.
//!
//! `none` links the table but never touches it (what every run of the CLI pays), `first` times the
//! first lookup (index plus one record), `steps` the same in two steps, `all` parses every type. Run it under `time` or hyperfine
//! to see the whole process.

#![allow(clippy::print_stdout)] // Printing the timing is what this example is for.

use iac2cfn_catalog::cfn_schema;
use std::time::Instant;

fn main() {
    let mode = std::env::args().nth(1).unwrap_or_else(|| "first".to_string());
    let start = Instant::now();
    let found = match mode.as_str() {
        "none" => 0,
        "first" => usize::from(cfn_schema::resource_type("AWS::S3::Bucket").is_some()),
        "steps" => {
            let types = cfn_schema::all_types().len();
            let indexed = start.elapsed();
            let found = cfn_schema::resource_type("AWS::S3::Bucket").is_some();
            println!("all_types: {types} types in {:.1} µs", indexed.as_secs_f64() * 1e6);
            usize::from(found)
        }
        "all" => cfn_schema::all_types().filter(|name| cfn_schema::resource_type(name).is_some()).count(),
        other => {
            println!("unknown mode `{other}`: none, first, steps or all");
            return;
        }
    };
    let elapsed = start.elapsed();
    // Keeps the table linked in `none` mode without reading it.
    if mode == "none" && std::env::var_os("CFN_SCHEMA_NEVER").is_some() {
        println!("{}", cfn_schema::source());
    }
    println!("{mode}: {found} types in {:.1} µs", elapsed.as_secs_f64() * 1e6);
}

//! Every golden case's Rust program prints exactly its `expected.json`: one named test per case.

use iac2cfn_generated_tests::{Case, CASES};
use libtest_mimic::{Arguments, Failed, Trial};

fn main() {
    let arguments = Arguments::from_args();
    let trials = CASES
        .iter()
        .map(|&Case { name, stack, expected_json: json }| {
            Trial::test(name, move || {
                let expected = std::fs::read_to_string(json).map_err(|e| Failed::from(format!("{json}: {e}")))?;
                let printed = stack().to_json();
                if printed == expected {
                    return Ok(());
                }
                let line = printed.lines().zip(expected.lines()).position(|(a, b)| a != b).unwrap_or(0) + 1;
                Err(format!(
                    "stack() of {name} prints something else than {json} (first difference at line {line}):\n{printed}"
                )
                .into())
            })
        })
        .collect();
    libtest_mimic::run(&arguments, trials).exit();
}

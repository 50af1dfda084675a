//! The `iac2cfn` binary: see [`iac2cfn::cli`].

use std::io::IsTerminal;
use std::process::ExitCode;

fn main() -> ExitCode {
    let stderr_supports_color = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let mut stdin = std::io::stdin().lock();
    let mut stdout = std::io::stdout().lock();
    let mut stderr = std::io::stderr().lock();
    let mut env = iac2cfn::cli::Environment {
        stdin: &mut stdin,
        stdout: &mut stdout,
        stderr: &mut stderr,
        stderr_supports_color,
    };
    ExitCode::from(iac2cfn::cli::run(std::env::args_os(), &mut env))
}

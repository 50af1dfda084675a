//! The evaluator on a large configuration: parsing alone against the whole conversion (parse, index,
//! evaluate, lower through the catalog). The bar: converting costs little more than parsing.
//!
//! The configuration is generated here (about 1 MB of units dense with expressions: variables,
//! locals with for expressions and conditionals, count, for_each, dynamic blocks, templates and the
//! common built-in functions). `IAC2CFN_BENCH_TF=FILE` benchmarks a file of your own instead, such as
//! the output of `shared/tools/gen-large-tf`.

#![allow(missing_docs)]

use iac2cfn_diagnostics::{Diagnostics, MemoryFileSystem, SourceMap};
use std::fmt::Write as _;
use std::path::Path;
use std::sync::OnceLock;

fn main() {
    divan::main();
}

/// One unit of the generated configuration; `i` makes its names unique.
fn unit(i: usize, out: &mut String) {
    let _ = write!(
        out,
        r#"
variable "env_{i}" {{
  type    = string
  default = "dev"
}}

variable "enabled_{i}" {{
  type    = bool
  default = true
}}

locals {{
  name_{i}    = "app-{i}-${{var.env_{i}}}"
  zones_{i}   = ["a", "b", "c"]
  ports_{i}   = {{ http = 80, https = 443, admin = 8443 }}
  subnets_{i} = [for index, zone in local.zones_{i} : cidrsubnet("10.{m}.0.0/16", 8, index) if zone != "c"]
  tags_{i}    = merge({{ Unit = "{i}", Env = var.env_{i} }}, {{ Name = local.name_{i} }})
  size_{i}    = lookup({{ dev = 1, prod = 3 }}, "dev", 2)
  doc_{i} = jsonencode({{
    Version   = "2012-10-17"
    Statement = [for action in ["s3:GetObject", "s3:PutObject"] : {{ Effect = "Allow", Action = action, Resource = "*" }}]
  }})
}}

resource "aws_s3_bucket" "data_{i}" {{
  bucket = "${{local.name_{i}}}-data"
  tags   = local.tags_{i}
}}

resource "aws_sqs_queue" "work_{i}" {{
  count                      = local.size_{i} + 1
  name                       = format("%s-work-%02d", local.name_{i}, count.index)
  visibility_timeout_seconds = try(local.ports_{i}.missing, 30) * (count.index + 1)
  tags                       = {{ Zone = element(local.zones_{i}, count.index), Doc = length(local.doc_{i}) > 10 ? "long" : "short" }}
}}

resource "aws_sns_topic" "alerts_{i}" {{
  for_each = toset(local.zones_{i})
  name     = "${{local.name_{i}}}-${{upper(each.key)}}"
}}

resource "aws_sns_topic" "optional_{i}" {{
  count = var.enabled_{i} ? 1 : 0
  name  = "${{local.name_{i}}}-optional"
}}

resource "aws_security_group" "web_{i}" {{
  name = "web-{i}"
  dynamic "ingress" {{
    for_each = local.ports_{i}
    content {{
      from_port   = ingress.value
      to_port     = ingress.value
      protocol    = "tcp"
      cidr_blocks = [coalesce(try(one(local.subnets_{i}), local.subnets_{i}[0]), "10.0.0.0/8")]
      description = "${{ingress.key}} for ${{join(",", keys(local.ports_{i}))}}"
    }}
  }}
}}

output "topics_{i}" {{
  value = join(",", values(aws_sns_topic.alerts_{i})[*].arn)
}}
"#,
        m = i % 256
    );
}

/// The configuration text, generated once.
fn configuration() -> &'static str {
    static TEXT: OnceLock<String> = OnceLock::new();
    TEXT.get_or_init(|| {
        if let Some(path) = std::env::var_os("IAC2CFN_BENCH_TF") {
            if let Ok(text) = std::fs::read_to_string(path) {
                return text;
            }
        }
        let mut text = String::new();
        let mut i = 0;
        while text.len() < 1_000_000 {
            unit(i, &mut text);
            i += 1;
        }
        text
    })
}

#[divan::bench]
fn parse(bencher: divan::Bencher<'_, '_>) {
    let text = configuration();
    bencher
        .counter(divan::counter::BytesCount::new(text.len()))
        .bench(|| hcl_edit::parser::parse_body(divan::black_box(text)).is_ok());
}

#[divan::bench]
fn convert(bencher: divan::Bencher<'_, '_>) {
    let text = configuration();
    let mut fs = MemoryFileSystem::new();
    fs.insert("module/main.tf", text);
    bencher.counter(divan::counter::BytesCount::new(text.len())).bench(|| {
        let mut sources = SourceMap::new();
        let mut diagnostics = Diagnostics::new();
        let options = iac2cfn_terraform::Options::default();
        let lowered = iac2cfn_terraform::convert(&fs, Path::new("module"), &options, &mut sources, &mut diagnostics);
        (lowered.is_some(), diagnostics.error_count())
    });
}

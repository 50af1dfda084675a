//! Tests of the whole frontend: configuration text in, template (as YAML) or diagnostics out.

use crate::{convert, Options};
use iac2cfn_diagnostics::{Diagnostics, MemoryFileSystem, SourceMap};
use iac2cfn_ir::Lowered;
use std::path::Path;

struct Run {
    lowered: Option<Lowered>,
    diagnostics: Diagnostics,
    sources: SourceMap,
}

impl Run {
    /// `code line:column message` of every diagnostic.
    fn report(&self) -> Vec<String> {
        self.diagnostics
            .iter()
            .map(|d| {
                let place = d.primary_span().and_then(|span| self.sources.locate(span)).map_or_else(
                    || "-".to_string(),
                    |(name, at)| format!("{}:{}:{}", name.rsplit('/').next().unwrap_or(name), at.line, at.column),
                );
                format!("{} {} {}", d.code, place, d.message)
            })
            .collect()
    }

    fn yaml(&self) -> String {
        match &self.lowered {
            Some(lowered) => iac2cfn_cfn::to_yaml(&lowered.template),
            None => panic!("conversion failed:\n{}", self.report().join("\n")),
        }
    }

    fn codes(&self) -> Vec<&'static str> {
        self.diagnostics.iter().map(|d| d.code.0).collect()
    }
}

fn run_files(files: &[(&str, &str)]) -> Run {
    let mut fs = MemoryFileSystem::new();
    for (name, text) in files {
        fs.insert(format!("module/{name}"), *text);
    }
    let mut sources = SourceMap::new();
    let mut diagnostics = Diagnostics::new();
    let lowered = convert(&fs, Path::new("module"), &Options::default(), &mut sources, &mut diagnostics);
    Run { lowered, diagnostics, sources }
}

fn run(text: &str) -> Run {
    run_files(&[("main.tf", text)])
}

/// The YAML of a successful conversion, without the header lines.
fn yaml(text: &str) -> String {
    let run = run(text);
    assert!(!run.diagnostics.has_errors(), "{:#?}", run.report());
    run.yaml()
}

/// The value of output `Out` of a configuration whose output `out` holds `expression`.
fn output(locals: &str, expression: &str) -> String {
    let text = format!("locals {{\n{locals}\n}}\noutput \"out\" {{\n  value = {expression}\n}}\n");
    let run = run(&text);
    assert!(!run.diagnostics.has_errors(), "{:#?}", run.report());
    let lowered = run.lowered.expect("converted");
    let value = &lowered.template.outputs["Out"].value;
    match value {
        iac2cfn_ir::Expr::String(text) => text.clone(),
        other => format!("{other:?}"),
    }
}

#[test]
fn locals_evaluate_operators_conditionals_and_for_expressions() {
    assert_eq!(output("a = 2\nb = 3", "local.a * local.b + 1"), "7");
    assert_eq!(output("names = [\"a\", \"b\"]", "join(\",\", [for n in local.names : upper(n) if n != \"b\"])"), "A");
    assert_eq!(output("m = { x = 1, y = 2 }", "jsonencode({ for k, v in local.m : v => k })"), r#"{"1":"x","2":"y"}"#);
    assert_eq!(output("e = \"prod\"", "local.e == \"prod\" ? \"big\" : \"small\""), "big");
    assert_eq!(output("l = [{ n = \"a\" }, { n = \"b\" }]", "join(\"-\", local.l[*].n)"), "a-b");
    assert_eq!(output("x = null", "try(local.x.y, \"fallback\")"), "fallback");
    assert_eq!(output("x = \"abc\"", "can(regex(\"^a\", local.x))"), "true");
    assert_eq!(output("", "format(\"%s-%03d\", \"web\", 7)"), "web-007");
    assert_eq!(output("", "cidrsubnet(\"10.0.0.0/16\", 8, 3)"), "10.0.3.0/24");
    assert_eq!(output("", "jsonencode(merge({ a = 1 }, { b = [true, null] }))"), r#"{"a":1,"b":[true,null]}"#);
}

#[test]
fn string_templates_escape_and_strip() {
    assert_eq!(output("", "\"$${literal} %%{x}\""), "${literal} %{x}");
    assert_eq!(output("xs = [1, 2]", "\"%{ for x in local.xs ~}\n[${x}]\n%{ endfor ~}\""), "[1]\n[2]\n");
    assert_eq!(output("xs = [1, 2]", "\"%{ for x in local.xs ~}\n[${x}]\n%{~ endfor ~}\""), "[1][2]");
    assert_eq!(output("on = true", "\"a %{ if local.on }yes%{ else }no%{ endif }\""), "a yes");
}

#[test]
fn parameters_flow_into_sub_and_conditions() {
    let text = r#"
variable "environment" {
  type    = string
  default = "dev"
  validation {
    condition     = contains(["dev", "prod"], var.environment)
    error_message = "Use dev or prod."
  }
}
output "name" {
  value = "app-${var.environment}-${"$"}{x}"
}
output "size" {
  value = var.environment == "prod" ? "large" : "small"
}
"#;
    let yaml = yaml(text);
    assert!(yaml.contains("AllowedValues:\n      - dev\n      - prod"), "{yaml}");
    assert!(yaml.contains("ConstraintDescription: Use dev or prod."), "{yaml}");
    assert!(yaml.contains("EnvironmentIsProd: !Equals"), "{yaml}");
    assert!(yaml.contains("!Sub app-${Environment}-${!x}"), "{yaml}");
    assert!(yaml.contains("!If"), "{yaml}");
}

#[test]
fn bad_input_is_reported_at_its_line() {
    let cycle = run("locals {\n  a = local.b\n  b = local.a\n}\noutput \"x\" {\n  value = var.nope\n}\n");
    assert_eq!(cycle.codes(), ["tf::reference-cycle", "tf::undefined-reference"], "{:#?}", cycle.report());
    let mismatch = run("variable \"n\" {\n  type = number\n  default = \"abc\"\n}\n");
    assert_eq!(mismatch.report(), ["tf::default-type-mismatch main.tf:3:13 the default does not fit the type `number`: a number is required, but `abc` is not one"]);
}

#[test]
fn policy_documents_render_as_the_provider_renders_them() {
    let run = run(r#"
data "aws_iam_policy_document" "assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["lambda.amazonaws.com", "edgelambda.amazonaws.com"]
    }
  }
}
resource "aws_ssm_parameter" "doc" {
  name  = "doc"
  type  = "String"
  value = data.aws_iam_policy_document.assume.json
}
"#);
    let lowered = run.lowered.expect("converted");
    // Terraform's exact text: indented, Effect written, identifiers sorted in reverse.
    let expected = "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n      \"Action\": \"sts:AssumeRole\",\n      \"Principal\": {\n        \"Service\": [\n          \"lambda.amazonaws.com\",\n          \"edgelambda.amazonaws.com\"\n        ]\n      }\n    }\n  ]\n}";
    assert_eq!(lowered.template.resources["DocParameter"].properties["Value"], iac2cfn_ir::Expr::string(expected));
}

#[test]
fn sub_resources_merge_and_companions_split() {
    let yaml = yaml(
        r#"
resource "aws_s3_bucket" "b" { bucket = "b" }
resource "aws_s3_bucket_versioning" "b" {
  bucket = aws_s3_bucket.b.id
  versioning_configuration { status = "Enabled" }
}
resource "aws_vpc" "v" { cidr_block = "10.0.0.0/16" }
resource "aws_internet_gateway" "g" { vpc_id = aws_vpc.v.id }
resource "aws_route_table" "r" { vpc_id = aws_vpc.v.id }
resource "aws_route" "out" {
  route_table_id         = aws_route_table.r.id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.g.id
}
"#,
    );
    assert!(yaml.contains("VersioningConfiguration:\n        Status: Enabled"), "{yaml}");
    assert!(!yaml.contains("AWS::S3::BucketVersioning"), "{yaml}");
    assert!(yaml.contains("GInternetGatewayAttachment:\n    Type: AWS::EC2::VPCGatewayAttachment"), "{yaml}");
    assert!(yaml.contains("OutRoute:\n    Type: AWS::EC2::Route\n    DependsOn: GInternetGatewayAttachment"), "{yaml}");
}

#[test]
fn a_merge_needs_a_parent_of_this_configuration() {
    let run = run("resource \"aws_s3_bucket_versioning\" \"v\" {\n  bucket = \"elsewhere\"\n  versioning_configuration { status = \"Enabled\" }\n}\n");
    assert_eq!(run.codes(), ["tf::merge-parent-missing"], "{:#?}", run.report());
}

#[test]
fn a_merge_link_may_read_a_name_cloudformation_does_not_return() {
    // The group's name is its configured value (no reference): the link names its group by syntax,
    // with an index the sub-resource's own scope gives.
    let yaml = yaml(
        r#"
resource "aws_sagemaker_model_package_group" "g" {
  count                    = 2
  model_package_group_name = "group-${count.index}"
}
resource "aws_sagemaker_model_package_group_policy" "p" {
  count                    = 2
  model_package_group_name = aws_sagemaker_model_package_group.g[count.index].model_package_group_name
  resource_policy          = jsonencode({ Version = "2012-10-17", Statement = [] })
}
"#,
    );
    assert_eq!(yaml.matches("ModelPackageGroupPolicy:").count(), 2, "{yaml}");
    let second = yaml.split("GModelPackageGroup1:").nth(1).unwrap_or_default();
    assert!(second.contains("ModelPackageGroupName: group-1\n      ModelPackageGroupPolicy:"), "{yaml}");
}

#[test]
fn a_replication_takes_its_region_from_the_resource_or_its_provider_alias() {
    let text = |replication: &str| {
        format!(
            r#"
provider "aws" {{ region = "us-east-1" }}
provider "aws" {{
  alias  = "west"
  region = "us-west-2"
}}
resource "aws_db_instance" "db" {{
  identifier        = "db"
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
}}
resource "aws_db_instance_automated_backups_replication" "r" {{
  source_db_instance_arn = aws_db_instance.db.arn
  retention_period       = 14
  {replication}
}}
"#
        )
    };
    for replication in ["provider = aws.west", "region = \"us-west-2\""] {
        let run = run(&text(replication));
        assert_eq!(run.codes(), ["tf::provider-region"], "{:#?}", run.report());
        let yaml = run.yaml();
        assert!(yaml.contains("AutomaticBackupReplicationRegion: us-west-2"), "{yaml}");
        assert!(yaml.contains("AutomaticBackupReplicationRetentionPeriod: 14"), "{yaml}");
    }
    let run = run(&text("provider = aws.nowhere"));
    assert_eq!(run.codes(), ["tf::provider-region", "tf::destination-region"], "{:#?}", run.report());
}

#[test]
fn count_and_for_each_unroll_with_readable_ids() {
    let run = run(r#"
resource "aws_sqs_queue" "q" {
  for_each = toset(["b", "a"])
  name     = "q-${each.key}"
}
resource "aws_sns_topic" "t" {
  count = 2
  name  = "t-${count.index}"
}
output "names" { value = join(",", [for q in aws_sqs_queue.q : q.name]) }
output "first" { value = aws_sns_topic.t[0].name }
"#);
    assert!(!run.diagnostics.has_errors(), "{:#?}", run.report());
    let lowered = run.lowered.expect("converted");
    let ids: Vec<&String> = lowered.template.resources.keys().collect();
    assert_eq!(ids, ["QQueueA", "QQueueB", "TTopic0", "TTopic1"]);
    assert_eq!(lowered.addresses["aws_sqs_queue.q[\"a\"]"], ["QQueueA"]);
    assert_eq!(
        lowered.template.outputs["Names"].value,
        iac2cfn_ir::Expr::sub("${QQueueA.QueueName},${QQueueB.QueueName}")
    );
}

#[test]
fn json_syntax_reads_templates_blocks_and_depends_on() {
    let run = run_files(&[(
        "main.tf.json",
        r#"{"variable": {"env": {"type": "string", "default": "dev"}},
            "resource": {"aws_sqs_queue": {"a": {"name": "a-${var.env}"},
                                           "b": {"name": "b", "depends_on": ["aws_sqs_queue.a"]}}}}"#,
    )]);
    let yaml = run.yaml();
    assert!(yaml.contains("QueueName: !Sub a-${Env}"), "{yaml}");
    assert!(yaml.contains("DependsOn: AQueue"), "{yaml}");
}

#[test]
fn heredocs_follow_hcl_indentation_rules() {
    let text = "locals {\n  names = [\"x\", \"y\"]\n}\noutput \"out\" {\n  value = <<-EOT\n    %{ for u in local.names ~}\n    u=${u}\n    %{ endfor }\n  EOT\n}\n";
    let run = run(text);
    let value = &run.lowered.expect("converted").template.outputs["Out"].value;
    assert_eq!(*value, iac2cfn_ir::Expr::string("    u=x\n    u=y\n\n"));
}

#[test]
fn unconvertible_values_say_why() {
    let run = run(
        "variable \"n\" {\n  type = number\n}\nresource \"aws_sqs_queue\" \"q\" {\n  name = \"q\"\n  delay_seconds = var.n + 1\n}\n",
    );
    assert_eq!(run.codes(), ["tf::no-cloudformation-form"], "{:#?}", run.report());
    assert!(run.report()[0].contains("main.tf:6:19"), "{:#?}", run.report());
}

#[test]
fn nothing_panics_on_odd_input() {
    for text in [
        "",
        "resource {}",
        "resource \"aws_s3_bucket\" {}",
        "locals { a = [for x in 1 : x] }",
        "output \"o\" { value = local }",
        "output \"o\" { value = var.x[0][\"y\"].z }",
        "locals { a = substr(\"abc\", -5, 100) }",
        "locals { b = element([], 3) }\noutput \"o\" { value = local.b }",
        "locals { c = cidrsubnet(\"10.0.0.0/30\", 40, 1) }",
        "locals { d = format(\"%\") }",
        "locals { e = jsondecode(\"{\") }",
        "locals { f = 1 / 0 }",
        "locals { g = range(1, 100000) }",
        "variable \"v\" { type = list(object({ a = string })) }",
        "data \"aws_iam_policy_document\" \"d\" { statement { principals { } } }\noutput \"o\" { value = data.aws_iam_policy_document.d.json }",
        "resource \"aws_sqs_queue\" \"q\" { count = -1 }",
        "resource \"aws_sqs_queue\" \"q\" { for_each = 3 }",
        "locals { y = yamldecode(\"*a\") }",
        "locals { y = yamldecode(\"{[}\") }",
        "locals { y = yamlencode(aws_sqs_queue.q) }\nresource \"aws_sqs_queue\" \"q\" {}",
        "locals { f = fileset(\"\", \"\") }",
        "locals { f = fileset(\".\", \"**/**/[\\\\\") }",
        "locals { t = templatestring(local.t, {}) }",
        "locals { e = textdecodebase64(\"=\", \"UTF-16\") }",
    ] {
        let _ = run(text);
    }
    let _ = run_files(&[("main.tf.json", "[1, 2]")]);
    let _ = run_files(&[("main.tf.json", "{\"resource\": 3}")]);
}

#[test]
fn references_to_conditional_resources_follow_their_condition() {
    let text = r#"
variable "on" {
  type    = bool
  default = false
}
resource "aws_sns_topic" "t" {
  count = var.on ? 1 : 0
  name  = "t"
}
locals {
  arn = one(aws_sns_topic.t[*].arn)
}
resource "aws_sqs_queue" "q" {
  name                      = "q"
  delay_seconds             = length(aws_sns_topic.t)
  message_retention_seconds = var.on ? 60 : 120
}
resource "aws_sns_topic" "guarded" {
  count        = var.on ? 1 : 0
  name         = "g"
  display_name = aws_sns_topic.t[0].name
}
output "arn" {
  value = local.arn
}
"#;
    let yaml = yaml(text);
    // The length of a toggled resource's list is decided by its condition.
    assert!(yaml.contains("DelaySeconds: !If\n        - OnIsTrue\n        - 1\n        - 0"), "{yaml}");
    // Under the same condition, the reference stands as it is.
    assert!(yaml.contains("DisplayName: !GetAtt TTopic.TopicName"), "{yaml}");
    // An output that is null without the resource exists under its condition.
    assert!(yaml.contains("  Arn:\n    Condition: OnIsTrue\n    Value: !Ref TTopic"), "{yaml}");

    // A value that has no meaning without the resource makes its condition's variable inlined, and
    // with the default (false) Terraform itself fails: the index is out of range.
    let run = run(&text.replace("one(aws_sns_topic.t[*].arn)", "aws_sns_topic.t[0].arn"));
    assert_eq!(run.codes(), ["tf::variable-inlined", "tf::invalid-index"], "{:#?}", run.report());
}

#[test]
fn for_each_over_a_list_parameter_is_a_loop() {
    let text = r#"
variable "names" {
  type    = list(string)
  default = ["A", "B"]
}
resource "aws_sqs_queue" "q" {
  for_each = toset(var.names)
  name     = "${each.key}-q"
}
"#;
    let run = run(text);
    assert_eq!(run.codes(), ["tf::for-each-loop"], "{:#?}", run.report());
    let lowered = run.lowered.as_ref().expect("converted");
    let loops = &lowered.template.resource_loops;
    assert_eq!(loops.len(), 1);
    assert_eq!(loops[0].identifier, "QKey");
    assert_eq!(loops[0].resources.keys().collect::<Vec<_>>(), ["QQueue${QKey}"]);
    assert!(lowered.template.resources.is_empty());
}

#[test]
fn yaml_functions_match_terraform() {
    // Outputs of Terraform 1.11 for the same expressions.
    assert_eq!(
        output("", "yamlencode({ b = [1, { c = \"x\\ny\" }], a = null, \"k k\" = {}, d = 1.5 })"),
        "\"a\": null\n\"b\":\n- 1\n- \"c\": |-\n    x\n    y\n\"d\": 1.5\n\"k k\": {}\n"
    );
    assert_eq!(output("", "yamlencode(\"plain\")"), "\"plain\"\n");
    assert_eq!(output("", "yamlencode(10)"), "10\n...\n");
    assert_eq!(
        output(
            "doc = \"a: yes\\nb: [1.0, '2', 2024-01-02]\\nc: &x {d: ~}\\ne: *x\\n\"",
            "jsonencode(yamldecode(local.doc))"
        ),
        r#"{"a":true,"b":[1,"2","2024-01-02T00:00:00Z"],"c":{"d":null},"e":{"d":null}}"#
    );
    assert_eq!(output("", "try(yamldecode(\"a: 1\\n---\\nb: 2\"), \"two documents\")"), "two documents");
    assert_eq!(output("", "can(yamldecode(\"[1\"))"), "false");
    let run = run("output \"o\" {\n  value = yamldecode(\"{a: [1}\")\n}\n");
    assert_eq!(run.codes(), ["tf::function-failed"], "{:#?}", run.report());
    assert!(run.report()[0].contains("main.tf:2:22"), "{:#?}", run.report());
}

#[test]
fn yaml_of_a_parameter_inlines_the_variable() {
    let text = "variable \"team\" {\n  type    = string\n  default = \"core\"\n}\noutput \"o\" {\n  value = yamlencode({ team = var.team })\n}\n";
    let run = run(text);
    assert_eq!(run.codes(), ["tf::variable-inlined"], "{:#?}", run.report());
    assert!(run.yaml().contains("Value: |\n      \"team\": \"core\""), "{}", run.yaml());
}

#[test]
fn encodings_match_terraform() {
    assert_eq!(output("", "textencodebase64(\"Hello ü €\", \"UTF-16LE\")"), "SABlAGwAbABvACAA/AAgAKwg");
    assert_eq!(output("", "textdecodebase64(\"/v8ASA==\", \"UTF-16\")"), "H");
    assert_eq!(output("", "try(textencodebase64(\"€\", \"latin1\"), \"no\")"), "no");
    assert_eq!(output("", "base64decode(\"aGVs\\nbG8=\")"), "hello");
    let run = run("output \"o\" {\n  value = textencodebase64(\"x\", \"Shift_JIS\")\n}\n");
    assert_eq!(run.codes(), ["tf::function-failed"], "{:#?}", run.report());
    assert!(run.report()[0].contains("\"Shift_JIS\" is not a supported encoding"), "{:#?}", run.report());
    // In UTF-8 the function is base64encode, which CloudFormation has for a parameter.
    let yaml =
        yaml("variable \"s\" {\n  type = string\n}\noutput \"o\" {\n  value = textencodebase64(var.s, \"UTF-8\")\n}\n");
    assert!(yaml.contains("Value:\n      Fn::Base64: !Ref S"), "{yaml}");
}

#[test]
fn base64gzip_warns_that_its_bytes_are_not_terraforms() {
    let run = run("output \"o\" {\n  value = base64gzip(\"hello\")\n}\n");
    assert_eq!(run.codes(), ["tf::base64gzip-bytes"], "{:#?}", run.report());
    let repeated = super::tests::run(
        "resource \"aws_ssm_parameter\" \"p\" {\n  count = 2\n  name  = \"p${count.index}\"\n  type  = \"String\"\n  value = base64gzip(\"x\")\n}\n",
    );
    assert_eq!(repeated.codes(), ["tf::base64gzip-bytes"], "{:#?}", repeated.report());
    assert!(run.report()[0].contains("main.tf:2:11"), "{:#?}", run.report());
    let lowered = run.lowered.expect("converted");
    let iac2cfn_ir::Expr::String(value) = &lowered.template.outputs["O"].value else { panic!("not a string") };
    // A gzip stream holding the text, stored.
    assert_eq!(value, "H4sIAAAAAAAA/wEFAPr/aGVsbG+GphA2BQAAAA==");
}

#[test]
fn templatestring_renders_references_only() {
    let locals = "tpl = \"Hi $${name}%%{ for x in xs }, $${x}%%{ endfor }\"\nall = { t = \"$${n + 1}\" }";
    assert_eq!(output(locals, "templatestring(local.tpl, { name = \"Ann\", xs = [1, 2] })"), "Hi Ann, 1, 2");
    assert_eq!(output(locals, "templatestring(local.all[\"t\"], { n = 1 })"), "2");
    assert_eq!(output(locals, "try(templatestring(local.tpl, {}), \"missing\")"), "missing");
    for (expression, message) in [
        ("templatestring(\"x\", {})", "does not support providing a literal template"),
        ("templatestring(\"${local.tpl}\", {})", "without any template interpolation syntax"),
        ("templatestring(\"a ${local.tpl}\", {})", "to render an inline template"),
        ("templatestring(lower(local.tpl), {})", "must be a direct reference"),
        ("templatestring(local.tpl, { \"a b\" = 1 })", "invalid template variable name \"a b\""),
        ("templatestring(local.n, {})", "needs a string holding the template"),
        ("templatestring(local.file, {})", "cannot use file functions like `file`"),
        ("templatestring(local.nested, {})", "cannot recursively call `templatestring`"),
        ("templatestring(local.outside, {})", "the template's variables have no `local`"),
    ] {
        let text = format!(
            "locals {{\n  tpl = \"$${{x}}\"\n  n = 1\n  file = \"$${{file(\\\"a\\\")}}\"\n  nested = \"$${{templatestring(x, {{}})}}\"\n  outside = \"$${{local.n}}\"\n}}\noutput \"o\" {{\n  value = {expression}\n}}\n"
        );
        let run = run(&text);
        assert!(run.report().iter().any(|line| line.contains(message)), "{expression}: {:#?}", run.report());
    }
}

#[test]
fn templatefile_sees_only_its_variables() {
    let run = run_files(&[
        ("main.tf", "locals {\n  n = 1\n}\noutput \"o\" {\n  value = templatefile(\"t.tpl\", { a = 2 })\n}\n"),
        ("t.tpl", "${a} ${local.n}"),
    ]);
    assert_eq!(run.codes(), ["tf::function-failed"], "{:#?}", run.report());
    assert!(run.report()[0].contains("t.tpl:1:8"), "{:#?}", run.report());
}

#[test]
fn fileset_globs_inside_the_module() {
    let main = r#"
output "txt" {
  value = join(",", fileset(path.module, "**/*.txt"))
}
output "sub" {
  value = join(",", fileset("files", "{a,c}*"))
}
output "none" {
  value = length(fileset(".", "nothing/*"))
}
"#;
    let files = [("main.tf", main), ("a.txt", ""), ("files/a.json", ""), ("files/b.txt", ""), ("files/deep/c.txt", "")];
    let run = run_files(&files);
    assert!(!run.diagnostics.has_errors(), "{:#?}", run.report());
    let outputs = &run.lowered.as_ref().expect("converted").template.outputs;
    assert_eq!(outputs["Txt"].value, iac2cfn_ir::Expr::string("a.txt,files/b.txt,files/deep/c.txt"));
    assert_eq!(outputs["Sub"].value, iac2cfn_ir::Expr::string("a.json"));
    assert_eq!(outputs["None"].value, iac2cfn_ir::Expr::string("0"));
    for expression in ["fileset(\"..\", \"*\")", "fileset(\".\", \"../*\")", "fileset(\"/etc\", \"*\")"] {
        let text = format!("output \"o\" {{\n  value = {expression}\n}}\n");
        let run = run_files(&[("main.tf", &text)]);
        assert_eq!(run.codes(), ["tf::file-outside-module"], "{expression}: {:#?}", run.report());
    }
    let run = run_files(&[("main.tf", "output \"o\" {\n  value = fileset(\".\", \"[\")\n}\n"), ("x", "")]);
    assert!(run.report()[0].contains("syntax error in pattern"), "{:#?}", run.report());
}

#[test]
fn pathexpand_needs_no_home_directory_to_be_known() {
    assert_eq!(output("", "pathexpand(\"a/b\")"), "a/b");
    let run = run("output \"o\" {\n  value = pathexpand(\"~/.ssh/id_rsa.pub\")\n}\n");
    assert_eq!(run.codes(), ["tf::home-directory"], "{:#?}", run.report());
    // A `~` path cannot be known here, so `try` passes the problem on instead of choosing a fallback.
    let tried = super::tests::run("output \"o\" {\n  value = try(pathexpand(\"~\"), \"x\")\n}\n");
    assert_eq!(tried.codes(), ["tf::home-directory"], "{:#?}", tried.report());
}

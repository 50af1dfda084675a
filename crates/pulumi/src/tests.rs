//! Frontend tests over programs in memory: robustness on malformed input, stack configuration, the
//! address map.

use super::*;
use crate::diagnostics as diag;
use iac2cfn_diagnostics::MemoryFileSystem;

const PROGRAM: &str = r#"name: demo
runtime: yaml
config:
  size:
    type: integer
    default: 3
variables:
  zones:
    fn::invoke:
      function: aws:getAvailabilityZones
      return: names
  doc:
    fn::toJSON:
      Version: "2012-10-17"
      Statement: [{Effect: Allow, Action: "s3:*", Resource: "${bucket.arn}/*"}]
resources:
  bucket:
    type: aws:s3:BucketV2
    options:
      protect: true
  versioning:
    type: aws:s3:BucketVersioningV2
    properties:
      bucket: ${bucket.id}
      versioningConfiguration: {status: Enabled}
  queue:
    type: aws-native:sqs:Queue
    properties:
      delaySeconds: ${size}
      redrivePolicy: {deadLetterTargetArn: "${dlq.arn}", maxReceiveCount: 3}
  dlq:
    type: aws:sqs:Queue
    properties:
      tags: {zone: "${zones[0]}", doc: "${doc}", escaped: "$${literal}"}
outputs:
  bucket: ${bucket.bucket}
  queue: ${queue.queueUrl}
"#;

fn run(files: &[(&str, &str)], options: &Options) -> (Option<Lowered>, Diagnostics) {
    let mut fs = MemoryFileSystem::new();
    for (path, text) in files {
        fs.insert(*path, *text);
    }
    let mut sources = SourceMap::new();
    let mut diagnostics = Diagnostics::new();
    let lowered = convert(&fs, Path::new("project"), options, &mut sources, &mut diagnostics);
    (lowered, diagnostics)
}

#[test]
fn a_program_converts_with_its_address_map() {
    let (lowered, diagnostics) = run(&[("project/Pulumi.yaml", PROGRAM)], &Options::default());
    let lowered = lowered.unwrap_or_else(|| panic!("{diagnostics:#?}"));
    let ids: Vec<&str> = lowered.template.resources.keys().map(String::as_str).collect();
    assert_eq!(ids, ["Bucket", "Queue", "Dlq"]);
    assert_eq!(lowered.addresses["versioning"], ["Bucket"]);
    assert_eq!(lowered.addresses["queue"], ["Queue"]);
    assert!(lowered.template.resources["Bucket"].properties.contains_key("VersioningConfiguration"));
}

/// Every prefix of a valid program (cut anywhere, as an editor or a truncated upload would) ends in
/// a template or in diagnostics, never in a panic.
#[test]
fn every_truncation_of_a_program_is_handled() {
    let cuts: Vec<usize> = PROGRAM.char_indices().map(|(i, _)| i).step_by(3).collect();
    for cut in cuts {
        let (lowered, diagnostics) = run(&[("project/Pulumi.yaml", &PROGRAM[..cut])], &Options::default());
        assert!(lowered.is_some() || diagnostics.has_errors(), "cut at {cut}: no template and no error");
    }
}

#[test]
fn malformed_values_are_diagnostics() {
    let snippets = [
        "resources: 3",
        "resources: {a: {type: 5}}",
        "resources: {a: {type: 'aws:s3:Bucket', properties: {tags: {fn::join: 5}}}}",
        "variables: {a: {fn::select: [x, y]}}\nresources: {}",
        "variables: {a: '${'}\noutputs: {o: '${a}'}",
        "variables: {a: {fn::invoke: {function: 7}}}\noutputs: {o: '${a}'}",
        "variables: {a: {fn::invoke: {function: 'aws:ec2:getVpc'}}}\noutputs: {o: '${a}'}",
        "outputs: {o: '${pulumi}'}",
        "outputs: {o: '${pulumi.nothing}'}",
        "config: {a: {type: 'List<Object>'}}",
        "- just\n- a list",
        "runtime: 42",
        "a: &x [*x]",
        "outputs: {o: !!binary aGVsbG8=}",
        "outputs: {o: {éé:x: 1, fn::é: 2}, p: {fn::ü: 1}}",
        "resources: {r: {type: 'aws:iam:Role', properties: {assumeRolePolicy: {fn::toJSON: [1, {a: '${r.nope}'}]}}}}",
    ];
    for snippet in snippets {
        let text = format!("name: demo\nruntime: yaml\n{snippet}\n");
        let (_, diagnostics) = run(&[("project/Pulumi.yaml", &text)], &Options::default());
        assert!(diagnostics.has_errors(), "{snippet}: {diagnostics:#?}");
    }
}

#[test]
fn stack_configuration_supplies_parameter_defaults() {
    let project = "name: demo\nruntime: yaml\nconfig:\n  size:\n    type: integer\n    default: 1\nresources: {}\n";
    let stack = "config:\n  demo:size: 5\n  aws:region: eu-west-1\n";
    let options = Options { stack: Some("prod".into()) };
    let (lowered, diagnostics) =
        run(&[("project/Pulumi.yaml", project), ("project/Pulumi.prod.yaml", stack)], &options);
    let lowered = lowered.unwrap_or_else(|| panic!("{diagnostics:#?}"));
    let default = lowered.template.parameters["Size"].default.clone();
    assert_eq!(default, Some(iac2cfn_ir::Expr::int(5)));
}

#[test]
fn a_missing_project_is_one_clear_error() {
    let (lowered, diagnostics) = run(&[("elsewhere/Pulumi.yaml", "")], &Options::default());
    assert!(lowered.is_none());
    let codes: Vec<&str> = diagnostics.iter().map(|d| d.code.0).collect();
    assert_eq!(codes, ["pulumi::no-project"]);
}

/// A long chain of variables ends in a diagnostic, not a stack overflow.
#[test]
fn long_reference_chains_are_bounded() {
    let mut text = String::from("name: demo\nruntime: yaml\nvariables:\n");
    for index in 0..5000 {
        text.push_str(&format!("  v{index}: ${{v{}}}\n", index + 1));
    }
    text.push_str("  v5000: end\noutputs:\n  o: ${v0}\n");
    let (lowered, diagnostics) = run(&[("project/Pulumi.yaml", &text)], &Options::default());
    assert!(lowered.is_none());
    assert!(diagnostics.iter().any(|d| d.code == diag::TOO_DEEP), "{diagnostics:#?}");
}

//! What the CloudFormation schema table costs: `cargo bench -p iac2cfn-catalog --bench cfn_schema`.
//!
//! A first lookup of a type is a binary search of the compiled-in index plus parsing that type's
//! record; later lookups are the binary search. `examples/cfn_schema_startup.rs` measures a first
//! lookup in a fresh process, where page faults and cold caches add to it.

use iac2cfn_catalog::cfn_schema::{self, uncached};
use iac2cfn_ir::{Expr, IndexMap};

fn main() {
    divan::main();
}

/// Parsing one record: what a first lookup of a type costs beyond a repeated one (the index is
/// compiled in).
#[divan::bench(args = ["AWS::SQS::Queue", "AWS::S3::Bucket", "AWS::EC2::Instance"])]
fn parse_record(name: &str) -> Option<cfn_schema::ResourceSchema> {
    uncached::parse(divan::black_box(name))
}

/// Parsing every record: the worst case, a process that asks about every type.
#[divan::bench(sample_count = 10)]
fn parse_all() -> usize {
    cfn_schema::all_types().filter_map(uncached::parse).count()
}

/// A repeated lookup: the type is already parsed.
#[divan::bench]
fn repeated_lookup() -> bool {
    cfn_schema::resource_type(divan::black_box("AWS::S3::Bucket")).is_some()
}

/// A repeated lookup and a nested property and attribute check.
#[divan::bench]
fn repeated_property_and_get_att() -> bool {
    let bucket = cfn_schema::resource_type(divan::black_box("AWS::S3::Bucket"));
    bucket.is_some_and(|bucket| {
        bucket.lookup("VersioningConfiguration.Status").is_some()
            && bucket.get_att(divan::black_box("RegionalDomainName"))
    })
}

/// Checking a typical bucket's properties.
#[divan::bench]
fn check_bucket(bencher: divan::Bencher) {
    let tag = Expr::map([("Key", Expr::string("team")), ("Value", Expr::string("data"))]);
    let properties: IndexMap<String, Expr> = [
        ("BucketName", Expr::string("logs")),
        ("VersioningConfiguration", Expr::map([("Status", Expr::string("Enabled"))])),
        ("Tags", Expr::List(vec![tag])),
    ]
    .into_iter()
    .map(|(key, value)| (key.to_string(), value))
    .collect();
    bencher.bench(|| cfn_schema::check_properties("AWS::S3::Bucket", divan::black_box(&properties)).len());
}

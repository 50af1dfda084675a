use super::*;

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/cfnlint")
}

fn generated() -> String {
    let source = CfnLint::open(&fixture()).expect("the fixture opens");
    generate(&source).expect("the fixture generates").text
}

/// The records of the fixture, without the header.
fn records(text: &str) -> String {
    text.lines().filter(|line| !line.starts_with('#')).map(|line| format!("{line}\n")).collect()
}

#[test]
fn output_is_deterministic() {
    assert_eq!(generated(), generated());
}

#[test]
fn header_records_the_source() {
    let text = generated();
    assert!(text.contains("\n# format: 1\n"));
    assert!(text.contains(
        "\n# source: cfn-lint 9.9.9, schemas 2030-01-01T00:00:00Z, data/schemas/providers/us-east-1.json, 3 types\n"
    ));
    assert_eq!(recorded_version(&text), Some("9.9.9"));
    assert_eq!(recorded_version("type A\n"), None);
}

/// Everything the generator does to a schema, on a fixture made to exercise it: types sorted
/// (the index lists them unsorted); `$ref`s to objects named, to other shapes inlined; inline
/// objects named by path; `oneOf` objects merged with only the object's own `required`; an
/// object's own `additionalProperties: false` winning over alternatives that only refine it;
/// recursion (through objects, and a list of itself); maps; unions; unused definitions dropped; GetAtt attributes as cfn-lint computes
/// them, without read-only properties inside lists; tags.
#[test]
fn records_of_the_fixture() {
    let expected = "\
type AWS::CloudFormation::Stack
primary StackId
read-only StackId
get-att Outputs.*
taggable
tags map Tags
 StackId string
 Tags {string}
 TemplateURL string
type AWS::Test::AllProperties
primary Id Endpoint.Address
get-att Endpoint.Address Endpoint.Port Id Names Refs
 Endpoint @Endpoint
 Id string
 Names [string]
 Refs [@Endpoint]
 Rules [@$.Rules.*]
def $.Rules.* open
 X string
def Endpoint
 Address string
 Port integer
type AWS::Test::Thing
primary Arn
create-only Name Settings.Mode
read-only Arn Items.*.Id
get-att Arn Name
taggable
tags list Tags
 Arn string
 Choice string|@$.Choice
 Count string|integer
 Items [@Item]
 Labels {string}
 Loose @$.Loose
 Name string required
 Name2 string
 Nested [any]
 Node @Node
 Policy string|json
 Refined @$.Refined
 Settings @$.Settings
 Tags [@Tag]
 Untyped any
def $.Choice
 A string
 B integer
def $.Loose open
 Known string
def $.Refined
 Kind string required
def $.Settings
 Extra @$.Settings.Extra
 Mode string
def $.Settings.Extra open
 Deep boolean
def Item
 Id string required
def Node
 Children [@Node]
 Value string
def Tag
 Key string required
 Value string required
";
    let actual = records(&generated());
    assert_eq!(actual, expected, "\n--- actual ---\n{actual}");
}

#[test]
fn getatt_rules_are_read_from_cfn_lint_source() {
    let source = std::fs::read_to_string(fixture().join("schema/_getatts.py")).unwrap();
    let rules = GetAttRules::parse(&source).unwrap();
    assert_eq!(rules.all_properties.iter().collect::<Vec<_>>(), ["AWS::Test::AllProperties"]);
    assert_eq!(rules.extra.get("AWS::Test::Thing").map(Vec::as_slice), Some(&["Name".to_string()][..]));
    assert!(GetAttRules::parse("_all_property_types = []\n").is_err(), "`_exceptions` is missing");
    assert!(GetAttRules::parse("_all_property_types = {}\n_exceptions = {}\n").is_err());
}

#[test]
fn locate_takes_the_package_or_its_schema_directory() {
    let package = fixture();
    assert_eq!(locate(Some(&package)).unwrap(), Some(package.clone()));
    let schemas = package.join("data/schemas");
    let located = locate(Some(&schemas)).unwrap().unwrap();
    assert_eq!(located.canonicalize().unwrap(), package.canonicalize().unwrap());
    assert!(locate(Some(&package.join("schema"))).is_err());
}

#[test]
fn opening_something_that_is_not_cfn_lint_fails_clearly() {
    let error = CfnLint::open(&fixture().join("schema")).err().unwrap();
    assert!(error.contains("version.py"), "{error}");
}

#[test]
fn unions_are_normalized() {
    let object = || Shape::Object("A".into());
    assert_eq!(union(vec![]), Shape::Any);
    assert_eq!(union(vec![Shape::String, Shape::Any]), Shape::Any);
    assert_eq!(union(vec![Shape::Json, Shape::String, Shape::String]).to_string(), "string|json");
    assert_eq!(
        union(vec![Shape::Array(Box::new(Shape::String)), object(), Shape::Array(Box::new(object()))]).to_string(),
        "[string|@A]|@A"
    );
    assert_eq!(
        union(vec![Shape::Union(vec![Shape::Integer, Shape::String]), Shape::Integer]).to_string(),
        "string|integer"
    );
}

#[test]
fn pointers_become_paths_and_names() {
    assert_eq!(pointer_path("/properties/A/B"), Some("A.B".into()));
    assert_eq!(pointer_path("/properties/A/*/B"), Some("A.*.B".into()));
    assert_eq!(pointer_path("/definitions/A"), None);
    assert_eq!(attribute_of("/properties/A/*/B"), None);
    assert_eq!(attribute_of("/properties/Endpoint/Address"), Some("Endpoint.Address".into()));
    assert_eq!(pointer_hint("#/properties/Foo"), "$.Foo");
    assert_eq!(pointer_hint("#/definitions/Rule/properties/Filter/items"), "Rule.Filter.*");
    assert_eq!(first_difference("a\nb\n", "a\nc\n"), 2);
    assert_eq!(first_difference("a\n", "a\nb\n"), 2);
}

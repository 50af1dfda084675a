use super::*;
use iac2cfn_ir::{Number, SubPart};

fn props<const N: usize>(entries: [(&str, Expr); N]) -> IndexMap<String, Expr> {
    entries.into_iter().map(|(key, value)| (key.to_string(), value)).collect()
}

fn map<const N: usize>(entries: [(&str, Expr); N]) -> Expr {
    Expr::Map(props(entries))
}

fn s(text: &str) -> Expr {
    Expr::string(text)
}

fn number(text: &str) -> Expr {
    Expr::Number(Number::parse(text).unwrap())
}

fn sub(text: &str) -> Expr {
    Expr::Sub { parts: vec![SubPart::Text(text.into())], variables: IndexMap::new() }
}

fn split() -> Expr {
    Expr::Split { delimiter: ",".into(), source: Box::new(Expr::reference("Names")) }
}

fn if_(then: Expr, otherwise: Expr) -> Expr {
    Expr::If { condition: "C".into(), then: Box::new(then), otherwise: Box::new(otherwise) }
}

/// The problems as `path: kind` lines, for compact assertions.
fn check(resource_type: &str, properties: IndexMap<String, Expr>) -> Vec<String> {
    check_properties(resource_type, &properties)
        .iter()
        .map(|problem| format!("{}: {:?}", problem.path, problem.kind))
        .collect()
}

fn role(extra: IndexMap<String, Expr>) -> IndexMap<String, Expr> {
    let mut properties = props([("AssumeRolePolicyDocument", map([("Version", s("2012-10-17"))]))]);
    properties.extend(extra);
    properties
}

#[test]
fn a_valid_resource_has_no_problems() {
    let properties = props([
        ("BucketName", s("logs")),
        ("VersioningConfiguration", map([("Status", s("Enabled"))])),
        (
            "LifecycleConfiguration",
            map([(
                "Rules",
                Expr::List(vec![map([
                    ("Id", s("expire")),
                    ("Status", s("Enabled")),
                    ("ExpirationInDays", number("30")),
                    ("NoncurrentVersionExpiration", map([("NoncurrentDays", s("7"))])),
                ])]),
            )]),
        ),
        ("ObjectLockEnabled", s("true")),
        ("Tags", Expr::List(vec![map([("Key", s("team")), ("Value", number("42"))])])),
    ]);
    assert_eq!(check("AWS::S3::Bucket", properties), Vec::<String>::new());
}

#[test]
fn unknown_properties_at_any_depth_with_suggestions() {
    let properties = props([
        ("BucketNme", s("logs")),
        ("VersioningConfiguration", map([("Statu", s("Enabled"))])),
        (
            "LifecycleConfiguration",
            map([("Rules", Expr::List(vec![map([("Status", s("Enabled")), ("Zzzzz", s("x"))])]))]),
        ),
    ]);
    let problems = check_properties("AWS::S3::Bucket", &properties);
    let found: Vec<(&str, &ProblemKind)> =
        problems.iter().map(|problem| (problem.path.as_str(), &problem.kind)).collect();
    assert_eq!(
        found,
        [
            ("BucketNme", &ProblemKind::UnknownProperty { suggestion: Some("BucketName") }),
            ("VersioningConfiguration.Statu", &ProblemKind::UnknownProperty { suggestion: Some("Status") }),
            ("LifecycleConfiguration.Rules[0].Zzzzz", &ProblemKind::UnknownProperty { suggestion: None }),
        ]
    );
    assert_eq!(problems[0].to_string(), "unknown property `BucketNme`; did you mean `BucketName`?");
    assert_eq!(problems[2].to_string(), "unknown property `LifecycleConfiguration.Rules[0].Zzzzz`");
}

#[test]
fn wrong_literal_shapes() {
    let properties = props([
        // A list where an object goes.
        ("VersioningConfiguration", Expr::List(vec![map([("Status", s("Enabled"))])])),
        // A string where a list goes.
        ("Tags", s("team=data")),
        // An object where a string goes.
        ("BucketName", map([("Name", s("x"))])),
        // A boolean where an integer goes, and a string that is not a number.
        (
            "LifecycleConfiguration",
            map([(
                "Rules",
                Expr::List(vec![map([
                    ("Status", s("Enabled")),
                    ("ExpirationInDays", Expr::Bool(true)),
                    ("NoncurrentVersionExpirationInDays", s("thirty")),
                ])]),
            )]),
        ),
        // Not a boolean.
        ("ObjectLockEnabled", s("yes")),
    ]);
    assert_eq!(
        check("AWS::S3::Bucket", properties),
        [
            r#"VersioningConfiguration: WrongShape { expected: "an object", found: "a list" }"#,
            r#"Tags: WrongShape { expected: "a list", found: "a string" }"#,
            r#"BucketName: WrongShape { expected: "a string", found: "an object" }"#,
            r#"LifecycleConfiguration.Rules[0].ExpirationInDays: WrongShape { expected: "an integer", found: "a boolean" }"#,
            r#"LifecycleConfiguration.Rules[0].NoncurrentVersionExpirationInDays: WrongShape { expected: "an integer", found: "a string" }"#,
            r#"ObjectLockEnabled: WrongShape { expected: "a boolean", found: "a string" }"#,
        ]
    );
    let problems = check_properties("AWS::S3::Bucket", &props([("VersioningConfiguration", Expr::List(Vec::new()))]));
    assert_eq!(problems[0].to_string(), "`VersioningConfiguration` must be an object, not a list");
}

#[test]
fn scalars_convert_as_cloudformation_converts_them() {
    let properties = props([
        ("BucketName", number("12")),
        ("ObjectLockEnabled", Expr::Bool(false)),
        ("Tags", Expr::List(vec![map([("Key", s("on")), ("Value", Expr::Bool(true))])])),
    ]);
    assert!(check("AWS::S3::Bucket", properties).is_empty());
    let queue = props([("DelaySeconds", s("5")), ("MaximumMessageSize", number("2048.0")), ("FifoQueue", s("True"))]);
    assert!(check("AWS::SQS::Queue", queue).is_empty());
    let fraction = props([("DelaySeconds", number("1.5"))]);
    assert_eq!(
        check("AWS::SQS::Queue", fraction),
        [r#"DelaySeconds: WrongShape { expected: "an integer", found: "a number" }"#]
    );
}

#[test]
fn intrinsics_are_accepted_where_they_can_give_the_shape() {
    let valid = props([
        ("BucketName", sub("${AWS::StackName}-logs")),
        ("VersioningConfiguration", Expr::get_att("Other", "Config")),
        ("ObjectLockEnabled", Expr::reference("LockParameter")),
        ("Tags", if_(Expr::List(Vec::new()), Expr::no_value())),
        ("AccelerateConfiguration", Expr::no_value()),
        (
            "CorsConfiguration",
            map([(
                "CorsRules",
                Expr::List(vec![map([
                    ("AllowedMethods", split()),
                    ("AllowedOrigins", Expr::reference("Origins")),
                    ("MaxAge", Expr::Select { index: Box::new(number("0")), list: Box::new(Expr::reference("Ages")) }),
                ])]),
            )]),
        ),
        ("AccessControl", Expr::Null),
    ]);
    assert_eq!(check("AWS::S3::Bucket", valid), Vec::<String>::new());
    let invalid = props([
        ("VersioningConfiguration", sub("Enabled")),
        ("BucketName", split()),
        ("LoggingConfiguration", Expr::reference("Parameter")),
        // One branch of an `Fn::If` is wrong.
        ("Tags", if_(Expr::List(Vec::new()), s("oops"))),
    ]);
    assert_eq!(
        check("AWS::S3::Bucket", invalid),
        [
            r#"VersioningConfiguration: WrongShape { expected: "an object", found: "Fn::Sub (which gives a string)" }"#,
            r#"BucketName: WrongShape { expected: "a string", found: "Fn::Split (which gives a list)" }"#,
            r#"LoggingConfiguration: WrongShape { expected: "an object", found: "Ref (which gives a string or a list)" }"#,
            r#"Tags: WrongShape { expected: "a list", found: "a string" }"#,
        ]
    );
}

#[test]
fn maps_that_cloudformation_reads_as_functions_are_accepted() {
    let include = map([("Fn::Transform", map([("Name", s("AWS::Include"))]))]);
    let output = map([("Fn::GetStackOutput", map([("StackName", s("producer")), ("OutputName", s("Name"))]))]);
    let properties = props([("VersioningConfiguration", include), ("BucketName", output)]);
    assert!(check("AWS::S3::Bucket", properties).is_empty());
    // Two keys are data.
    let data = map([("Fn::Transform", s("x")), ("Other", s("y"))]);
    assert_eq!(check("AWS::S3::Bucket", props([("BucketName", data)])).len(), 1);
}

#[test]
fn free_form_json_takes_any_object_or_its_text() {
    let document = map([("Version", s("2012-10-17")), ("Statement", Expr::List(vec![map([("Anything", s("goes"))])]))]);
    let policy = props([
        ("PolicyName", s("p")),
        ("PolicyDocument", document),
        ("Roles", Expr::List(vec![Expr::reference("Role")])),
    ]);
    assert!(check("AWS::IAM::Policy", policy).is_empty());
    assert!(check("AWS::IAM::Role", role(props([]))).is_empty());
    let text = props([("AssumeRolePolicyDocument", s("{\"Version\": \"2012-10-17\"}"))]);
    assert!(check("AWS::IAM::Role", text).is_empty());
    let listed = props([("AssumeRolePolicyDocument", Expr::List(Vec::new()))]);
    assert_eq!(
        check("AWS::IAM::Role", listed),
        [r#"AssumeRolePolicyDocument: WrongShape { expected: "a string or a JSON object", found: "a list" }"#]
    );
    // SQS's RedrivePolicy is JSON text or an object of its two documented keys.
    let queue = props([(
        "RedrivePolicy",
        map([("deadLetterTargetArn", Expr::get_att("Dlq", "Arn")), ("maxReceiveCount", number("5"))]),
    )]);
    assert!(check("AWS::SQS::Queue", queue).is_empty());
    assert!(check("AWS::SQS::Queue", props([("RedrivePolicy", s("{}"))])).is_empty());
}

#[test]
fn missing_required_top_level_properties() {
    assert_eq!(check("AWS::IAM::Role", props([("RoleName", s("r"))])), ["AssumeRolePolicyDocument: MissingRequired"]);
    let problems = check_properties("AWS::IAM::Role", &IndexMap::new());
    assert_eq!(problems[0].to_string(), "required property `AssumeRolePolicyDocument` is missing");
    // Any value supplies it, even one only known at deployment.
    assert!(check("AWS::IAM::Role", props([("AssumeRolePolicyDocument", Expr::reference("Doc"))])).is_empty());
    // A macro may add it.
    assert!(check("AWS::IAM::Role", props([("Fn::Transform", map([("Name", s("AWS::Include"))]))])).is_empty());
    // Nested required properties are not checked.
    assert!(check("AWS::S3::Bucket", props([("VersioningConfiguration", map([]))])).is_empty());
}

#[test]
fn read_only_properties() {
    let problems = check_properties("AWS::S3::Bucket", &props([("Arn", s("arn:aws:s3:::x"))]));
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].kind, ProblemKind::ReadOnly);
    assert_eq!(problems[0].to_string(), "`Arn` is read-only: CloudFormation sets it, a template cannot");
    let nested = props([("MetadataConfiguration", map([("Destination", map([]))]))]);
    assert_eq!(check("AWS::S3::Bucket", nested), ["MetadataConfiguration.Destination: ReadOnly"]);
}

#[test]
fn open_objects_and_custom_resources() {
    let custom = props([("ServiceToken", Expr::get_att("Function", "Arn")), ("AnyKey", map([("Nested", s("x"))]))]);
    assert!(check("Custom::Thing", custom).is_empty());
    assert_eq!(check("Custom::Thing", props([("AnyKey", s("x"))])), ["ServiceToken: MissingRequired"]);
}

#[test]
fn maps_check_their_values() {
    let tags = props([("Tags", map([("team", s("data")), ("bad", Expr::List(Vec::new()))]))]);
    let problems = check("AWS::Batch::ComputeEnvironment", tags);
    assert!(problems.iter().any(|problem| problem.starts_with("Tags.bad: WrongShape")), "{problems:?}");
}

#[test]
fn unknown_resource_types() {
    let problems = check_properties("AWS::Nope::Nope", &IndexMap::new());
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].kind, ProblemKind::UnknownResourceType("AWS::Nope::Nope".into()));
    assert!(problems[0].to_string().starts_with("`AWS::Nope::Nope` is not a resource type"));
}

#[test]
fn deep_values_end_without_overflowing() {
    let mut value = s("leaf");
    let mut shape = ValueShape::String;
    for _ in 0..500 {
        value = Expr::List(vec![value]);
        shape = ValueShape::List(Box::new(shape));
    }
    let schema = resource_type("AWS::S3::Bucket").unwrap();
    let mut checker = Checker { schema, problems: Vec::new(), path: String::new(), schema_path: String::new() };
    checker.value(&value, &shape, 0);
    assert!(checker.problems.is_empty());
    // Past the depth limit nothing more is looked at, however wrong.
    checker.value(&value, &ValueShape::String, MAX_DEPTH + 1);
    assert!(checker.problems.is_empty());
}

#[test]
fn lists_shorter_than_their_minimum() {
    let config = |variants: Expr| props([("ProductionVariants", variants)]);
    let problems = check_properties("AWS::SageMaker::EndpointConfig", &config(Expr::List(Vec::new())));
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].kind, ProblemKind::TooFewItems { min: 1, found: 0 });
    assert_eq!(problems[0].to_string(), "`ProductionVariants` needs at least 1 element, but has 0");
    // Either branch may be deployed; a list only known at deployment is not counted.
    let variant = map([("VariantName", s("a")), ("ModelName", s("m"))]);
    let branches = config(if_(Expr::List(vec![variant.clone()]), Expr::List(Vec::new())));
    assert_eq!(
        check("AWS::SageMaker::EndpointConfig", branches),
        ["ProductionVariants: TooFewItems { min: 1, found: 0 }"]
    );
    assert!(check("AWS::SageMaker::EndpointConfig", config(Expr::List(vec![variant]))).is_empty());
    assert!(check("AWS::SageMaker::EndpointConfig", config(split())).is_empty());
    // A list with no minimum may be empty.
    assert!(check("AWS::S3::Bucket", props([("Tags", Expr::List(Vec::new()))])).is_empty());
}

//! Tests of the engine, each over a small table of its own so that a rule is tested in isolation.

use super::*;
use crate::model::{
    Argument, Attribute, AttributeValue, Companion, CompanionValue, Placement, ResourceMapping, Shape, Target,
    TemplateField, Transform,
};
use crate::{attribute_expr, attribute_value, companion_resources};
use iac2cfn_diagnostics::{FileId, Severity};
use iac2cfn_ir::SubPart;

/// A span at `offset` in file 0, so that each test value has a place of its own.
fn at(offset: usize) -> Span {
    Span::new(FileId(0), offset..offset + 1)
}

fn s(text: &str) -> Expr {
    Expr::string(text)
}

fn n(value: i64) -> Expr {
    Expr::int(value)
}

fn list(items: Vec<Expr>) -> Expr {
    Expr::List(items)
}

fn map(entries: Vec<(&str, Expr)>) -> Expr {
    Expr::map(entries)
}

/// A body from `(name, value)` pairs; names sit at offsets 0, 10, 20..., values one further.
fn body(entries: Vec<(&str, SourceValue)>) -> SourceObject {
    SourceObject {
        span: at(1000),
        entries: entries
            .into_iter()
            .enumerate()
            .map(|(index, (name, value))| (name.to_string(), (at(index * 10), value)))
            .collect(),
        guard: None,
    }
}

fn value(expr: Expr) -> SourceValue {
    SourceValue::Value { value: expr, span: at(500) }
}

fn blocks(objects: Vec<SourceObject>) -> SourceValue {
    SourceValue::Blocks(objects)
}

fn row(arguments: &'static [Argument]) -> ResourceMapping {
    ResourceMapping {
        terraform: "test_thing",
        cloudformation: "AWS::Test::Thing",
        when: None,
        placement: Placement::Standalone,
        arguments,
        attributes: &[],
        companions: &[],
    }
}

fn lower(arguments: &'static [Argument], source: SourceObject) -> LoweredArguments {
    lower_arguments(&row(arguments), &source)
}

fn props(entries: Vec<(&str, Expr)>) -> IndexMap<String, Expr> {
    entries.into_iter().map(|(key, value)| (key.to_string(), value)).collect()
}

fn codes(lowered: &LoweredArguments) -> Vec<&'static str> {
    lowered.diagnostics.iter().map(|diagnostic| diagnostic.code.0).collect()
}

#[test]
fn unknown_arguments_are_errors_at_the_name_with_a_suggestion() {
    static ARGS: &[Argument] = &[Argument::property("bucket", "BucketName")];
    let lowered = lower(ARGS, body(vec![("bucket", value(s("b"))), ("buckt", value(s("x")))]));
    assert_eq!(lowered.properties, props(vec![("BucketName", s("b"))]));
    let [diagnostic] = lowered.diagnostics.as_slice() else { panic!("{:?}", lowered.diagnostics) };
    assert_eq!(diagnostic.severity, Severity::Error);
    assert_eq!(diagnostic.code.0, "catalog::unknown-argument");
    assert_eq!(diagnostic.message, "unknown argument `buckt` of test_thing");
    assert_eq!(diagnostic.primary_span(), Some(at(10)));
    assert_eq!(diagnostic.help.as_deref(), Some("did you mean `bucket`?"));
}

#[test]
fn dropped_arguments_warn_with_the_reason_and_links_say_nothing() {
    static ARGS: &[Argument] = &[
        Argument::link("bucket"),
        Argument::dropped("force_destroy", "empty the bucket first"),
        Argument::new("stream_enabled", Shape::Value(Transform::None), Target::Implied("stream_view_type says it")),
    ];
    let lowered = lower(
        ARGS,
        body(vec![
            ("bucket", value(Expr::reference("B"))),
            ("force_destroy", value(Expr::Bool(true))),
            ("stream_enabled", value(Expr::Bool(true))),
        ]),
    );
    assert!(lowered.properties.is_empty());
    let [diagnostic] = lowered.diagnostics.as_slice() else { panic!("{:?}", lowered.diagnostics) };
    assert_eq!(diagnostic.severity, Severity::Warning);
    assert_eq!(diagnostic.code.0, "catalog::dropped-argument");
    assert_eq!(diagnostic.message, "`force_destroy` of test_thing has no CloudFormation equivalent and is left out");
    assert_eq!(diagnostic.labels[0].message, "empty the bucket first");
    assert_eq!(diagnostic.primary_span(), Some(at(10)));
}

#[test]
fn nulls_are_unset_even_for_dropped_arguments() {
    static ARGS: &[Argument] = &[Argument::property("a", "A"), Argument::dropped("b", "no")];
    let lowered = lower(ARGS, body(vec![("a", value(Expr::Null)), ("b", value(Expr::Null))]));
    assert!(lowered.properties.is_empty());
    assert!(lowered.diagnostics.is_empty());
}

#[test]
fn properties_follow_table_order_and_nest_dotted_paths() {
    static ARGS: &[Argument] = &[
        Argument::property("name", "TableName"),
        Argument::property("read_capacity", "ProvisionedThroughput.ReadCapacityUnits"),
        Argument::property("write_capacity", "ProvisionedThroughput.WriteCapacityUnits"),
        Argument::property("billing_mode", "BillingMode"),
    ];
    // Source order is the reverse of table order.
    let lowered = lower(
        ARGS,
        body(vec![
            ("billing_mode", value(s("PROVISIONED"))),
            ("write_capacity", value(n(2))),
            ("read_capacity", value(n(1))),
            ("name", value(s("t"))),
        ]),
    );
    assert!(lowered.diagnostics.is_empty());
    assert_eq!(
        lowered.properties,
        props(vec![
            ("TableName", s("t")),
            ("ProvisionedThroughput", map(vec![("ReadCapacityUnits", n(1)), ("WriteCapacityUnits", n(2))])),
            ("BillingMode", s("PROVISIONED")),
        ])
    );
}

#[test]
fn append_flattens_lists_and_appends_symbolic_scalars() {
    static ARGS: &[Argument] = &[
        Argument::new("managed", Shape::Value(Transform::None), Target::Append("Arns")),
        Argument::new("extra", Shape::Value(Transform::None), Target::Append("Arns")),
    ];
    let lowered =
        lower(ARGS, body(vec![("managed", value(list(vec![s("a"), s("b")]))), ("extra", value(Expr::reference("P")))]));
    assert!(lowered.diagnostics.is_empty());
    assert_eq!(lowered.properties, props(vec![("Arns", list(vec![s("a"), s("b"), Expr::reference("P")]))]));
}

#[test]
fn append_takes_a_deploy_time_list_whole_but_cannot_add_to_it() {
    static ARGS: &[Argument] = &[
        Argument::new("first", Shape::Value(Transform::None), Target::Append("Arns")),
        Argument::new("second", Shape::Value(Transform::None), Target::Append("Arns")),
    ];
    let split = Expr::Split { delimiter: ",".into(), source: Box::new(Expr::reference("Csv")) };
    let alone = lower(ARGS, body(vec![("first", value(split.clone()))]));
    assert!(alone.diagnostics.is_empty());
    assert_eq!(alone.properties, props(vec![("Arns", split.clone())]));

    let both = lower(ARGS, body(vec![("first", value(split.clone())), ("second", value(s("x")))]));
    assert_eq!(codes(&both), vec!["catalog::append-conflict"]);
    assert_eq!(both.properties, props(vec![("Arns", split.clone())]));

    let after = lower(ARGS, body(vec![("first", value(s("x"))), ("second", value(split))]));
    assert_eq!(codes(&after), vec!["catalog::append-conflict"]);
    assert_eq!(after.properties, props(vec![("Arns", list(vec![s("x")]))]));
}

#[test]
fn flatten_writes_a_block_into_the_enclosing_object() {
    static INNER: &[Argument] =
        &[Argument::property("days", "ExpirationInDays"), Argument::property("date", "ExpirationDate")];
    static ARGS: &[Argument] = &[Argument::property("id", "Id"), Argument::flatten("expiration", INNER)];
    let lowered = lower(
        ARGS,
        body(vec![("expiration", blocks(vec![body(vec![("days", value(n(30)))])])), ("id", value(s("r")))]),
    );
    assert!(lowered.diagnostics.is_empty());
    assert_eq!(lowered.properties, props(vec![("Id", s("r")), ("ExpirationInDays", n(30))]));
}

#[test]
fn lookup_compares_string_forms_and_passes_symbolic_values() {
    static TABLE: &[(&str, &str)] = &[("true", "Enabled"), ("false", "Suspended")];
    static ARGS: &[Argument] = &[Argument::transformed("enabled", Transform::Lookup(TABLE), "Status")];
    let literal = lower(ARGS, body(vec![("enabled", value(Expr::Bool(true)))]));
    assert_eq!(literal.properties, props(vec![("Status", s("Enabled"))]));
    let string = lower(ARGS, body(vec![("enabled", value(s("false")))]));
    assert_eq!(string.properties, props(vec![("Status", s("Suspended"))]));
    let symbolic = lower(ARGS, body(vec![("enabled", value(Expr::reference("Flag")))]));
    assert_eq!(symbolic.properties, props(vec![("Status", Expr::reference("Flag"))]));
    let listed = lower(ARGS, body(vec![("enabled", value(list(vec![Expr::Bool(false), Expr::Bool(true)])))]));
    assert_eq!(listed.properties, props(vec![("Status", list(vec![s("Suspended"), s("Enabled")]))]));
}

#[test]
fn lookup_misses_are_errors_listing_the_accepted_values() {
    static TABLE: &[(&str, &str)] = &[("Enabled", "Enabled"), ("Suspended", "Suspended")];
    static ARGS: &[Argument] = &[Argument::transformed("status", Transform::Lookup(TABLE), "Status")];
    let lowered = lower(ARGS, body(vec![("status", value(s("Enabld")))]));
    assert!(lowered.properties.is_empty());
    let [diagnostic] = lowered.diagnostics.as_slice() else { panic!("{:?}", lowered.diagnostics) };
    assert_eq!(diagnostic.code.0, "catalog::invalid-value");
    assert_eq!(diagnostic.message, "`status` of test_thing has no CloudFormation equivalent for `Enabld`");
    assert_eq!(diagnostic.labels[0].message, "expected one of: Enabled, Suspended");
    assert_eq!(diagnostic.primary_span(), Some(at(500)));
    assert_eq!(diagnostic.help.as_deref(), Some("did you mean `Enabled`?"));
}

#[test]
fn to_string_spells_numbers_and_bools_deeply() {
    static ARGS: &[Argument] = &[
        Argument::transformed("rate", Transform::ToString, "Rate"),
        Argument::transformed("variables", Transform::ToString, "Variables"),
    ];
    let lowered = lower(
        ARGS,
        body(vec![
            ("rate", value(Expr::Number(Number::parse("0.50").unwrap()))),
            ("variables", value(map(vec![("PORT", n(80)), ("DEBUG", Expr::Bool(false)), ("X", Expr::reference("P"))]))),
        ]),
    );
    assert_eq!(
        lowered.properties,
        props(vec![
            ("Rate", s("0.50")),
            ("Variables", map(vec![("PORT", s("80")), ("DEBUG", s("false")), ("X", Expr::reference("P"))])),
        ])
    );
}

#[test]
fn wrap_in_list_wraps_scalars_only() {
    static ARGS: &[Argument] = &[
        Argument::transformed("role", Transform::WrapInList, "Roles"),
        Argument::transformed("queues", Transform::WrapInList, "Queues"),
    ];
    let lowered =
        lower(ARGS, body(vec![("role", value(Expr::reference("R"))), ("queues", value(list(vec![s("q1"), s("q2")])))]));
    assert_eq!(
        lowered.properties,
        props(vec![("Roles", list(vec![Expr::reference("R")])), ("Queues", list(vec![s("q1"), s("q2")]))])
    );
}

#[test]
fn tag_lists_keep_map_order_and_need_known_keys() {
    static ARGS: &[Argument] = &[Argument::tag_list("tags", "Tags")];
    let lowered =
        lower(ARGS, body(vec![("tags", value(map(vec![("Name", s("web")), ("Cost", n(7)), ("Gone", Expr::Null)])))]));
    assert!(lowered.diagnostics.is_empty());
    assert_eq!(
        lowered.properties,
        props(vec![(
            "Tags",
            list(vec![
                map(vec![("Key", s("Name")), ("Value", s("web"))]),
                map(vec![("Key", s("Cost")), ("Value", s("7"))]),
            ])
        )])
    );

    let symbolic = lower(ARGS, body(vec![("tags", value(Expr::reference("TagParam")))]));
    assert!(symbolic.properties.is_empty());
    let [diagnostic] = symbolic.diagnostics.as_slice() else { panic!("{:?}", symbolic.diagnostics) };
    assert_eq!(diagnostic.code.0, "catalog::value-not-known");
    assert!(diagnostic.message.contains("must be known at conversion time"), "{}", diagnostic.message);
    assert!(diagnostic.message.contains("tags"), "{}", diagnostic.message);
}

#[test]
fn tag_maps_stay_maps_with_string_values() {
    static ARGS: &[Argument] = &[Argument::new("tags", Shape::TagMap, Target::Property("Tags"))];
    let lowered = lower(ARGS, body(vec![("tags", value(map(vec![("Tier", n(1))])))]));
    assert_eq!(lowered.properties, props(vec![("Tags", map(vec![("Tier", s("1"))]))]));
}

#[test]
fn json_documents_parse_strings_in_key_order_and_keep_the_rest() {
    static ARGS: &[Argument] = &[Argument::json("policy", "PolicyDocument")];
    let text = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*","Max":1.50}]}"#;
    let lowered = lower(ARGS, body(vec![("policy", value(s(text)))]));
    assert!(lowered.diagnostics.is_empty());
    let expected = map(vec![
        ("Version", s("2012-10-17")),
        (
            "Statement",
            list(vec![map(vec![
                ("Effect", s("Allow")),
                ("Action", s("s3:*")),
                ("Resource", s("*")),
                // serde_json (without `arbitrary_precision`) keeps the value, not the spelling.
                ("Max", Expr::Number(Number::parse("1.5").unwrap())),
            ])]),
        ),
    ]);
    assert_eq!(lowered.properties, props(vec![("PolicyDocument", expected.clone())]));

    let built = lower(ARGS, body(vec![("policy", value(expected.clone()))]));
    assert_eq!(built.properties, props(vec![("PolicyDocument", expected)]));

    let symbolic = Expr::sub("${Doc}");
    let kept = lower(ARGS, body(vec![("policy", value(symbolic.clone()))]));
    assert_eq!(kept.properties, props(vec![("PolicyDocument", symbolic)]));

    let broken = lower(ARGS, body(vec![("policy", value(s("{not json")))]));
    assert!(broken.properties.is_empty());
    assert_eq!(codes(&broken), vec!["catalog::invalid-json"]);
    assert_eq!(broken.diagnostics[0].primary_span(), Some(at(500)));
}

#[test]
fn json_text_serializes_known_documents_compactly() {
    static ARGS: &[Argument] = &[Argument::new("policy", Shape::JsonText, Target::Property("Text"))];
    let known = lower(ARGS, body(vec![("policy", value(map(vec![("b", n(1)), ("a", list(vec![Expr::Bool(true)]))])))]));
    assert_eq!(known.properties, props(vec![("Text", s(r#"{"b":1,"a":[true]}"#))]));
    let partly = map(vec![("arn", Expr::reference("Q"))]);
    let deferred = lower(ARGS, body(vec![("policy", value(partly.clone()))]));
    assert_eq!(deferred.properties, props(vec![("Text", Expr::ToJsonString(Box::new(partly)))]));
    let text = lower(ARGS, body(vec![("policy", value(s("{ }")))]));
    assert_eq!(text.properties, props(vec![("Text", s("{ }"))]));
}

static RULE_ARGS: &[Argument] = &[Argument::property("id", "Id"), Argument::property("status", "Status")];

#[test]
fn list_blocks_become_lists_of_objects_in_block_order() {
    static ARGS: &[Argument] = &[Argument::block("rule", "Config.Rules", true, RULE_ARGS)];
    let lowered = lower(
        ARGS,
        body(vec![(
            "rule",
            blocks(vec![
                body(vec![("status", value(s("Enabled"))), ("id", value(s("one")))]),
                body(vec![("id", value(s("two")))]),
            ]),
        )]),
    );
    assert!(lowered.diagnostics.is_empty());
    assert_eq!(
        lowered.properties,
        props(vec![(
            "Config",
            map(vec![(
                "Rules",
                list(vec![map(vec![("Id", s("one")), ("Status", s("Enabled"))]), map(vec![("Id", s("two"))])])
            )])
        )])
    );
}

#[test]
fn single_blocks_reject_a_second_block() {
    static ARGS: &[Argument] = &[Argument::block("rule", "Rule", false, RULE_ARGS)];
    let lowered = lower(
        ARGS,
        body(vec![("rule", blocks(vec![body(vec![("id", value(s("a")))]), body(vec![("id", value(s("b")))])]))]),
    );
    assert!(lowered.properties.is_empty());
    let [diagnostic] = lowered.diagnostics.as_slice() else { panic!("{:?}", lowered.diagnostics) };
    assert_eq!(diagnostic.code.0, "catalog::too-many-blocks");
    assert_eq!(diagnostic.message, "test_thing takes at most one `rule` block; found 2");
}

#[test]
fn nested_blocks_report_unknown_arguments_with_their_path() {
    static ARGS: &[Argument] = &[Argument::block("rule", "Rule", false, RULE_ARGS)];
    let lowered = lower(ARGS, body(vec![("rule", blocks(vec![body(vec![("idd", value(s("a")))])]))]));
    assert_eq!(lowered.properties, props(vec![("Rule", map(vec![]))]));
    let [diagnostic] = lowered.diagnostics.as_slice() else { panic!("{:?}", lowered.diagnostics) };
    assert_eq!(diagnostic.message, "unknown argument `idd` of block `rule` of test_thing");
    assert_eq!(diagnostic.help.as_deref(), Some("did you mean `id`?"));
}

#[test]
fn blocks_can_be_written_with_attribute_syntax() {
    static ARGS: &[Argument] =
        &[Argument::block("single", "Single", false, RULE_ARGS), Argument::block("many", "Many", true, RULE_ARGS)];
    let lowered = lower(
        ARGS,
        body(vec![
            ("single", value(map(vec![("id", s("a")), ("status", Expr::Null)]))),
            ("many", value(list(vec![map(vec![("id", s("b"))]), map(vec![("status", s("Disabled"))])]))),
        ]),
    );
    assert!(lowered.diagnostics.is_empty(), "{:?}", lowered.diagnostics);
    assert_eq!(
        lowered.properties,
        props(vec![
            ("Single", map(vec![("Id", s("a"))])),
            ("Many", list(vec![map(vec![("Id", s("b"))]), map(vec![("Status", s("Disabled"))])])),
        ])
    );

    let wrong = lower(ARGS, body(vec![("single", value(s("nope")))]));
    assert_eq!(codes(&wrong), vec!["catalog::shape-mismatch"]);
}

#[test]
fn a_block_where_a_value_belongs_is_a_shape_mismatch() {
    static ARGS: &[Argument] = &[Argument::property("name", "Name")];
    let lowered = lower(ARGS, body(vec![("name", blocks(vec![body(vec![])]))]));
    assert!(lowered.properties.is_empty());
    assert_eq!(codes(&lowered), vec!["catalog::shape-mismatch"]);
    assert_eq!(lowered.diagnostics[0].message, "`name` of test_thing is an argument, not a block");
}

#[test]
fn templates_build_objects_and_read_the_root() {
    static HASH: &[(&str, TemplateField)] =
        &[("AttributeName", TemplateField::Value), ("KeyType", TemplateField::Text("HASH"))];
    static RANGE: &[(&str, TemplateField)] =
        &[("AttributeName", TemplateField::Value), ("KeyType", TemplateField::Text("RANGE"))];
    static TABLE_HASH: &[(&str, TemplateField)] =
        &[("AttributeName", TemplateField::Root("hash_key")), ("KeyType", TemplateField::Text("HASH"))];
    static INDEX: &[Argument] = &[
        Argument::new("range_key", Shape::Value(Transform::Template(TABLE_HASH)), Target::Append("KeySchema")),
        Argument::new("range_key", Shape::Value(Transform::Template(RANGE)), Target::Append("KeySchema")),
    ];
    static ARGS: &[Argument] = &[
        Argument::new("hash_key", Shape::Value(Transform::Template(HASH)), Target::Append("KeySchema")),
        Argument::new("range_key", Shape::Value(Transform::Template(RANGE)), Target::Append("KeySchema")),
        Argument::block("local_secondary_index", "LocalSecondaryIndexes", true, INDEX),
    ];
    let lowered = lower(
        ARGS,
        body(vec![
            ("range_key", value(s("sk"))),
            ("hash_key", value(s("pk"))),
            ("local_secondary_index", blocks(vec![body(vec![("range_key", value(s("other")))])])),
        ]),
    );
    assert!(lowered.diagnostics.is_empty(), "{:?}", lowered.diagnostics);
    let key = |name: &str, kind: &str| map(vec![("AttributeName", s(name)), ("KeyType", s(kind))]);
    assert_eq!(
        lowered.properties,
        props(vec![
            ("KeySchema", list(vec![key("pk", "HASH"), key("sk", "RANGE")])),
            (
                "LocalSecondaryIndexes",
                list(vec![map(vec![("KeySchema", list(vec![key("pk", "HASH"), key("other", "RANGE")]))])])
            ),
        ])
    );
}

#[test]
fn entry_lists_turn_maps_into_name_value_objects() {
    static ARGS: &[Argument] =
        &[Argument::transformed("dimensions", Transform::EntryList { key: "Name", value: "Value" }, "Dimensions")];
    let lowered = lower(
        ARGS,
        body(vec![("dimensions", value(map(vec![("InstanceId", Expr::reference("I")), ("Port", n(80))])))]),
    );
    assert_eq!(
        lowered.properties,
        props(vec![(
            "Dimensions",
            list(vec![
                map(vec![("Name", s("InstanceId")), ("Value", Expr::reference("I"))]),
                map(vec![("Name", s("Port")), ("Value", s("80"))]),
            ])
        )])
    );
    let symbolic = lower(ARGS, body(vec![("dimensions", value(Expr::reference("M")))]));
    assert_eq!(codes(&symbolic), vec!["catalog::value-not-known"]);
}

#[test]
fn one_argument_can_fill_several_properties() {
    static ARGS: &[Argument] = &[
        Argument::property("kms_key_arn", "KMSMasterKeyId"),
        Argument::transformed("kms_key_arn", Transform::Constant("KMS"), "SSEType"),
    ];
    let lowered = lower(ARGS, body(vec![("kms_key_arn", value(Expr::reference("Key")))]));
    assert!(lowered.diagnostics.is_empty());
    assert_eq!(lowered.properties, props(vec![("KMSMasterKeyId", Expr::reference("Key")), ("SSEType", s("KMS"))]));
}

#[test]
fn keyed_targets_share_one_list_element_per_key() {
    static ARGS: &[Argument] = &[
        Argument::new(
            "lambda_failure",
            Shape::Value(Transform::None),
            Target::Keyed { list: "Logging", key: "Protocol", key_value: "lambda", property: "Failure" },
        ),
        Argument::new(
            "sqs_success",
            Shape::Value(Transform::None),
            Target::Keyed { list: "Logging", key: "Protocol", key_value: "sqs", property: "Success" },
        ),
        Argument::new(
            "lambda_success",
            Shape::Value(Transform::None),
            Target::Keyed { list: "Logging", key: "Protocol", key_value: "lambda", property: "Success" },
        ),
    ];
    let lowered = lower(
        ARGS,
        body(vec![
            ("lambda_success", value(s("ls"))),
            ("sqs_success", value(s("ss"))),
            ("lambda_failure", value(s("lf"))),
        ]),
    );
    assert_eq!(
        lowered.properties,
        props(vec![(
            "Logging",
            list(vec![
                map(vec![("Protocol", s("lambda")), ("Failure", s("lf")), ("Success", s("ls"))]),
                map(vec![("Protocol", s("sqs")), ("Success", s("ss"))]),
            ])
        )])
    );
}

static NOTIFICATION: &[(&str, TemplateField)] =
    &[("Name", TemplateField::Text("prefix")), ("Value", TemplateField::Value)];
static QUEUE_ARGS: &[Argument] = &[
    Argument::new("events", Shape::Value(Transform::None), Target::Explode("Event")),
    Argument::new(
        "filter_prefix",
        Shape::Value(Transform::Template(NOTIFICATION)),
        Target::Append("Filter.S3Key.Rules"),
    ),
    Argument::property("queue_arn", "Queue"),
];

#[test]
fn explode_repeats_a_block_object_per_element_keeping_table_order() {
    static ARGS: &[Argument] = &[Argument::block("queue", "QueueConfigurations", true, QUEUE_ARGS)];
    let lowered = lower(
        ARGS,
        body(vec![(
            "queue",
            blocks(vec![body(vec![
                ("queue_arn", value(Expr::get_att("Q", "Arn"))),
                ("events", value(list(vec![s("s3:ObjectCreated:*"), s("s3:ObjectRemoved:*")]))),
                ("filter_prefix", value(s("logs/"))),
            ])]),
        )]),
    );
    assert!(lowered.diagnostics.is_empty(), "{:?}", lowered.diagnostics);
    let one = |event: &str| {
        map(vec![
            ("Event", s(event)),
            (
                "Filter",
                map(vec![(
                    "S3Key",
                    map(vec![("Rules", list(vec![map(vec![("Name", s("prefix")), ("Value", s("logs/"))])]))]),
                )]),
            ),
            ("Queue", Expr::get_att("Q", "Arn")),
        ])
    };
    assert_eq!(
        lowered.properties,
        props(vec![("QueueConfigurations", list(vec![one("s3:ObjectCreated:*"), one("s3:ObjectRemoved:*")]))])
    );
    assert!(lowered.exploded.is_empty());
}

#[test]
fn explode_at_the_top_level_makes_several_resources() {
    static ARGS: &[Argument] = &[
        Argument::property("port", "FromPort"),
        Argument::new("cidr_blocks", Shape::Value(Transform::None), Target::Explode("CidrIp")),
        Argument::new("self", Shape::Value(Transform::ArgumentIfTrue("group")), Target::Explode("SourceGroup")),
        Argument::property("group", "GroupId"),
    ];
    let lowered = lower(
        ARGS,
        body(vec![
            ("port", value(n(443))),
            ("group", value(Expr::reference("G"))),
            ("cidr_blocks", value(list(vec![s("10.0.0.0/8"), s("192.168.0.0/16")]))),
            ("self", value(Expr::Bool(true))),
        ]),
    );
    assert!(lowered.diagnostics.is_empty(), "{:?}", lowered.diagnostics);
    let copy = |key: &str, value: Expr| {
        let mut entries = vec![("FromPort", n(443))];
        if key == "CidrIp" {
            entries.push(("CidrIp", value));
        } else {
            entries.push(("SourceGroup", value));
        }
        entries.push(("GroupId", Expr::reference("G")));
        props(entries)
    };
    assert_eq!(
        lowered.exploded,
        vec![
            copy("CidrIp", s("10.0.0.0/8")),
            copy("CidrIp", s("192.168.0.0/16")),
            copy("SourceGroup", Expr::reference("G")),
        ]
    );
    assert_eq!(lowered.properties, lowered.exploded[0]);

    let none = lower(ARGS, body(vec![("port", value(n(22))), ("self", value(Expr::Bool(false)))]));
    assert_eq!(none.properties, props(vec![("FromPort", n(22))]));
    assert!(none.exploded.is_empty());
}

#[test]
fn wrap_and_base64_build_their_forms() {
    static ARGS: &[Argument] = &[
        Argument::new("files", Shape::Value(Transform::Wrap("Content")), Target::Append("OnCreate")),
        Argument::transformed("user_data", Transform::Base64, "UserData"),
    ];
    let lowered =
        lower(ARGS, body(vec![("files", value(list(vec![s("a"), s("b")]))), ("user_data", value(s("#!/bin/sh")))]));
    assert_eq!(
        lowered.properties,
        props(vec![
            ("OnCreate", list(vec![map(vec![("Content", s("a"))]), map(vec![("Content", s("b"))])])),
            ("UserData", Expr::Base64(Box::new(s("#!/bin/sh")))),
        ])
    );
}

#[test]
fn merge_properties_merges_maps_and_appends_lists() {
    let mut into =
        props(vec![("BucketName", s("b")), ("Config", map(vec![("A", n(1))])), ("Arns", list(vec![s("x")]))]);
    merge_properties(
        &mut into,
        props(vec![("Config", map(vec![("B", n(2))])), ("Arns", list(vec![s("y")])), ("New", Expr::Bool(true))]),
    );
    assert_eq!(
        into,
        props(vec![
            ("BucketName", s("b")),
            ("Config", map(vec![("A", n(1)), ("B", n(2))])),
            ("Arns", list(vec![s("x"), s("y")])),
            ("New", Expr::Bool(true)),
        ])
    );
}

static ATTRIBUTES: &[Attribute] = &[
    Attribute::reference("id"),
    Attribute::get_att("arn", "Arn"),
    Attribute::sub("log_arn", "arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:${Self}"),
    Attribute::sub("id_dot", "${Self.Arn}/x"),
    Attribute::argument("name", "name"),
    Attribute { name: "endpoint", value: AttributeValue::Part { attribute: "WebsiteURL", delimiter: "//", index: 1 } },
    Attribute { name: "first", value: AttributeValue::GetAttElement("Cidrs", 0) },
];

static COMPANIONS: &[Companion] = &[Companion {
    cloudformation: "AWS::SQS::QueuePolicy",
    suffix: "Policy",
    when_argument: "policy",
    properties: &[
        ("Queues", CompanionValue::List(&[CompanionValue::MainRef])),
        ("PolicyDocument", CompanionValue::Argument("policy")),
        ("Arn", CompanionValue::MainAttribute("Arn")),
        ("Kind", CompanionValue::Text("fixed")),
    ],
    dependents_wait: false,
}];

static COMPANION_ARGS: &[Argument] =
    &[Argument::property("name", "QueueName"), Argument::new("policy", Shape::JsonDocument, Target::Companion)];

fn full_row() -> ResourceMapping {
    ResourceMapping { attributes: ATTRIBUTES, companions: COMPANIONS, arguments: COMPANION_ARGS, ..row(&[]) }
}

#[test]
fn attribute_expressions_follow_the_table() {
    let mapping = full_row();
    let argument = |name: &str| (name == "name").then(|| s("given"));
    let expr = |attribute: &str| attribute_expr(&mapping, "Logs", attribute, &argument);
    assert!(matches!(attribute_value(&mapping, "arn"), Some(AttributeValue::GetAtt("Arn"))));
    assert!(attribute_value(&mapping, "nope").is_none());
    assert_eq!(expr("id"), Some(Expr::reference("Logs")));
    assert_eq!(expr("arn"), Some(Expr::get_att("Logs", "Arn")));
    assert_eq!(
        expr("log_arn"),
        Some(Expr::sub("arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:${Logs}"))
    );
    let Some(Expr::Sub { parts, .. }) = expr("id_dot") else { panic!() };
    assert_eq!(parts, vec![SubPart::Var("Logs.Arn".into()), SubPart::Text("/x".into())]);
    assert_eq!(expr("name"), Some(s("given")));
    assert_eq!(
        expr("endpoint"),
        Some(Expr::Select {
            index: Box::new(n(1)),
            list: Box::new(Expr::Split {
                delimiter: "//".into(),
                source: Box::new(Expr::get_att("Logs", "WebsiteURL"))
            }),
        })
    );
    assert_eq!(
        expr("first"),
        Some(Expr::Select { index: Box::new(n(0)), list: Box::new(Expr::get_att("Logs", "Cidrs")) })
    );
    assert_eq!(expr("nope"), None);
    assert_eq!(attribute_expr(&mapping, "Logs", "name", &|_| None), None);
}

#[test]
fn companions_are_made_when_their_argument_is_set() {
    let mapping = full_row();
    let source = body(vec![("name", value(s("q"))), ("policy", value(s(r#"{"Version":"2012-10-17"}"#)))]);
    let lowered = lower_arguments(&mapping, &source);
    assert!(lowered.diagnostics.is_empty());
    assert_eq!(lowered.properties, props(vec![("QueueName", s("q"))]));
    let companions = companion_resources(&mapping, "Jobs", &source);
    let [(suffix, resource)] = companions.as_slice() else { panic!("{companions:?}") };
    assert_eq!(suffix, "Policy");
    assert_eq!(resource.resource_type, "AWS::SQS::QueuePolicy");
    assert_eq!(
        resource.properties,
        props(vec![
            ("Queues", list(vec![Expr::reference("Jobs")])),
            ("PolicyDocument", map(vec![("Version", s("2012-10-17"))])),
            ("Arn", Expr::get_att("Jobs", "Arn")),
            ("Kind", s("fixed")),
        ])
    );
    assert_eq!(resource.origin.span, at(1000));

    assert!(companion_resources(&mapping, "Jobs", &body(vec![("name", value(s("q")))])).is_empty());
    assert!(companion_resources(&mapping, "Jobs", &body(vec![("policy", value(Expr::Null))])).is_empty());
    // Companion arguments are still checked once, by lower_arguments.
    let broken = lower_arguments(&mapping, &body(vec![("policy", value(s("{")))]));
    assert_eq!(codes(&broken), vec!["catalog::invalid-json"]);
}

#[test]
fn element_fields_merge_a_block_into_the_objects_own_element() {
    static FILTER: &[Argument] = &[
        Argument::property("prefix", "Prefix"),
        Argument::new("tags", Shape::TagList, Target::Property("TagFilters")),
    ];
    static ARGS: &[Argument] = &[
        Argument::new("name", Shape::Value(Transform::None), Target::Element { list: "Metrics", property: "Id" }),
        Argument::new("filter", Shape::Block { list: false, arguments: FILTER }, Target::ElementFields("Metrics")),
        Argument::new(
            "days",
            Shape::Value(Transform::ToString),
            Target::Element { list: "Metrics", property: "Export.Days" },
        ),
        Argument::property("status", "Status"),
    ];
    let filter = body(vec![("prefix", value(s("logs/"))), ("tags", value(map(vec![("team", s("a"))])))]);
    let lowered = lower(
        ARGS,
        body(vec![
            ("days", value(n(7))),
            ("filter", SourceValue::Blocks(vec![filter])),
            ("name", value(s("all"))),
            ("status", value(s("on"))),
        ]),
    );
    assert!(lowered.diagnostics.is_empty(), "{:?}", lowered.diagnostics);
    let element = map(vec![
        ("Id", s("all")),
        ("Prefix", s("logs/")),
        ("TagFilters", list(vec![map(vec![("Key", s("team")), ("Value", s("a"))])])),
        ("Export", map(vec![("Days", s("7"))])),
    ]);
    assert_eq!(lowered.properties, props(vec![("Metrics", list(vec![element.clone()])), ("Status", s("on"))]));

    // Merged into a parent that already has an element, the object's element is appended.
    let mut parent = props(vec![("Metrics", list(vec![map(vec![("Id", s("first"))])]))]);
    merge_properties(&mut parent, lowered.properties);
    assert_eq!(parent["Metrics"], list(vec![map(vec![("Id", s("first"))]), element]));

    // Only a block (or an object) can be merged into the element.
    let broken = lower(ARGS, body(vec![("filter", value(s("text")))]));
    assert_eq!(codes(&broken), vec!["catalog::shape-mismatch"]);
    assert!(broken.properties.is_empty());
}

#[test]
fn rename_replaces_listed_literals_and_passes_the_rest() {
    static ARGS: &[Argument] =
        &[Argument::transformed("protocol", Transform::Rename(&[("tcp", "6"), ("all", "-1")]), "Protocol")];
    let renamed = |expr: Expr| lower(ARGS, body(vec![("protocol", value(expr))]));
    let tcp = renamed(s("tcp"));
    assert!(tcp.diagnostics.is_empty(), "{:?}", tcp.diagnostics);
    assert_eq!(tcp.properties, props(vec![("Protocol", s("6"))]));
    // Unlisted literals, numbers and symbolic values pass unchanged, without a diagnostic.
    assert_eq!(renamed(s("50")).properties, props(vec![("Protocol", s("50"))]));
    assert_eq!(renamed(n(17)).properties, props(vec![("Protocol", n(17))]));
    let symbolic = renamed(Expr::reference("Param"));
    assert!(symbolic.diagnostics.is_empty());
    assert_eq!(symbolic.properties, props(vec![("Protocol", Expr::reference("Param"))]));
    assert_eq!(
        renamed(list(vec![s("all"), s("1")])).properties,
        props(vec![("Protocol", list(vec![s("-1"), s("1")]))])
    );
}

#[test]
fn a_fixed_property_is_always_written_and_its_name_is_no_argument() {
    static ARGS: &[Argument] = &[
        Argument::new("kind", Shape::Value(Transform::Constant("ipsec.1")), Target::Fixed("Type")),
        Argument::property("asn", "Asn"),
    ];
    let empty = lower(ARGS, body(vec![]));
    assert!(empty.diagnostics.is_empty());
    assert_eq!(empty.properties, props(vec![("Type", s("ipsec.1"))]));
    let set = lower(ARGS, body(vec![("asn", value(n(64512)))]));
    assert_eq!(set.properties, props(vec![("Type", s("ipsec.1")), ("Asn", n(64512))]));
    // The label is not an argument: writing it is an error, and the fixed value stays.
    let labelled = lower(ARGS, body(vec![("kind", value(s("other")))]));
    assert_eq!(codes(&labelled), vec!["catalog::unknown-argument"]);
    assert_eq!(labelled.properties, props(vec![("Type", s("ipsec.1"))]));
}

#[test]
fn element_targets_share_one_element_of_the_list() {
    static ARGS: &[Argument] = &[
        Argument::new("name", Shape::Value(Transform::None), Target::Element { list: "Actions", property: "Name" }),
        Argument::new(
            "window",
            Shape::Block { list: false, arguments: &[Argument::property("min", "Min")] },
            Target::Element { list: "Actions", property: "Window" },
        ),
    ];
    let window = body(vec![("min", value(n(1)))]);
    let lowered = lower(ARGS, body(vec![("name", value(s("a"))), ("window", SourceValue::Blocks(vec![window]))]));
    assert!(lowered.diagnostics.is_empty(), "{:?}", lowered.diagnostics);
    let element = map(vec![("Name", s("a")), ("Window", map(vec![("Min", n(1))]))]);
    assert_eq!(lowered.properties, props(vec![("Actions", list(vec![element]))]));
    // Nothing set, no element.
    assert!(lower(ARGS, body(vec![])).properties.is_empty());
}

#[test]
fn a_pascal_case_document_keeps_user_keys_and_values() {
    static ARGS: &[Argument] = &[Argument::new("doc", Shape::PascalCaseDocument(&["labels"]), Target::Property("Doc"))];
    let text = r#"[{"portMappings":[{"containerPort":80}],"labels":{"team.name":"x"},"name":"web"}]"#;
    let lowered = lower(ARGS, body(vec![("doc", value(s(text)))]));
    assert!(lowered.diagnostics.is_empty(), "{:?}", lowered.diagnostics);
    let container = map(vec![
        ("PortMappings", list(vec![map(vec![("ContainerPort", n(80))])])),
        ("Labels", map(vec![("team.name", s("x"))])),
        ("Name", s("web")),
    ]);
    assert_eq!(lowered.properties, props(vec![("Doc", list(vec![container.clone()]))]));
    // A document built in the configuration is converted the same way, intrinsics kept.
    let built = list(vec![map(vec![("name", Expr::reference("Name"))])]);
    let lowered = lower(ARGS, body(vec![("doc", value(built))]));
    assert_eq!(lowered.properties, props(vec![("Doc", list(vec![map(vec![("Name", Expr::reference("Name"))])]))]));
    // Not JSON.
    assert_eq!(codes(&lower(ARGS, body(vec![("doc", value(s("{")))]))), vec!["catalog::invalid-json"]);
}

#[test]
fn a_block_present_writes_its_constant() {
    static ARGS: &[Argument] = &[
        Argument::block("source", "Source", false, &[Argument::property("arn", "Arn")]),
        Argument::transformed("source", Transform::Constant("FromSource"), "Type"),
    ];
    let block = body(vec![("arn", value(s("arn:aws:kinesis:::stream/a")))]);
    let lowered = lower(ARGS, body(vec![("source", SourceValue::Blocks(vec![block]))]));
    assert!(lowered.diagnostics.is_empty(), "{:?}", lowered.diagnostics);
    assert_eq!(
        lowered.properties,
        props(vec![("Source", map(vec![("Arn", s("arn:aws:kinesis:::stream/a"))])), ("Type", s("FromSource"))])
    );
    // No block (a `dynamic` block that expanded to nothing): no constant either.
    let none = lower(ARGS, body(vec![("source", SourceValue::Blocks(Vec::new()))]));
    assert!(none.properties.is_empty() && none.diagnostics.is_empty(), "{none:?}");
}

#[test]
fn blocks_keyed_by_an_argument_can_make_a_map_of_scalars() {
    static ARGS: &[Argument] = &[Argument::new(
        "parameter",
        Shape::Block {
            list: true,
            arguments: &[
                Argument::new("name", Shape::Value(Transform::None), Target::Implied("names the entry of the map")),
                Argument::property("value", "Value"),
                Argument::dropped("apply_method", "applied as the service decides"),
            ],
        },
        Target::MapByKeyValue { path: "Parameters", key: "name", value: "Value" },
    )];
    let parameter = |name: &str, text: Option<&str>| {
        let mut entries = vec![("name", value(s(name)))];
        if let Some(text) = text {
            entries.push(("value", value(s(text))));
        }
        body(entries)
    };
    let lowered = lower(
        ARGS,
        body(vec![(
            "parameter",
            blocks(vec![
                parameter("max_connections", Some("100")),
                parameter("unset", None),
                parameter("b", Some("2")),
            ]),
        )]),
    );
    assert_eq!(
        lowered.properties,
        props(vec![("Parameters", map(vec![("max_connections", s("100")), ("b", s("2"))]))])
    );
    assert!(lowered.diagnostics.is_empty(), "{:?}", lowered.diagnostics);
    // A name only known at deployment cannot name an entry.
    let unknown = lower(
        ARGS,
        body(vec![(
            "parameter",
            blocks(vec![body(vec![("name", value(Expr::reference("X"))), ("value", value(s("1")))])]),
        )]),
    );
    assert!(unknown.properties.is_empty());
    assert_eq!(codes(&unknown), vec!["catalog::value-not-known"]);
}

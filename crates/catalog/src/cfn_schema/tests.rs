use super::*;

fn schema(name: &str) -> &'static ResourceSchema {
    resource_type(name).unwrap_or_else(|| panic!("{name} is not in the table"))
}

#[test]
fn the_table_records_its_source_and_knows_every_type() {
    assert!(source().starts_with("cfn-lint "), "{}", source());
    assert!(all_types().len() > 1500, "{} types", all_types().len());
    let types: Vec<&str> = all_types().collect();
    assert!(types.is_sorted(), "types are not sorted");
    assert!(types.windows(2).all(|pair| pair[0] != pair[1]), "a type is listed twice");
    assert!(types.contains(&"AWS::S3::Bucket"));
}

/// Every record reads without loss: every property line has a well-formed shape that prints back
/// the same, every `@NAME` names a definition of the same record, and lists are sorted.
#[test]
fn every_record_is_well_formed() {
    for (position, type_name) in all_types().enumerate() {
        let schema = schema(type_name);
        assert_eq!(schema.type_name(), type_name);
        let (_, text) = record_text(position).unwrap();
        for line in text.lines().filter_map(|line| line.strip_prefix(' ')) {
            let shape_text = line.split(' ').nth(1).unwrap_or_default();
            let shape = ValueShape::parse(shape_text).unwrap_or_else(|| panic!("{type_name}: bad shape in `{line}`"));
            assert_eq!(shape.to_string(), shape_text, "{type_name}: `{line}` does not print back");
        }
        for object in std::iter::once(schema.root()).chain(schema.definitions()) {
            assert!(object.properties().is_sorted_by(|a, b| a.name < b.name), "{type_name}: {}", object.name());
            for property in object.properties() {
                let list = matches!(property.shape, ValueShape::List(_));
                assert!(property.min_items == 0 || list, "{type_name}: `{}` has a minimum but no list", property.name);
                for_each_object(&property.shape, &mut |name| {
                    assert!(schema.definition(name).is_some(), "{type_name}: `@{name}` is not defined");
                });
            }
        }
        assert!(schema.attributes().is_sorted(), "{type_name}: attributes are not sorted");
    }
}

fn for_each_object(shape: &ValueShape, visit: &mut impl FnMut(&'static str)) {
    match shape {
        ValueShape::Object(name) => visit(name),
        ValueShape::List(inner) | ValueShape::Map(inner) => for_each_object(inner, visit),
        ValueShape::OneOf(alternatives) => alternatives.iter().for_each(|shape| for_each_object(shape, visit)),
        _ => {}
    }
}

#[test]
fn s3_bucket() {
    let bucket = schema("AWS::S3::Bucket");
    assert_eq!(bucket.property("BucketName").map(|p| &p.shape), Some(&ValueShape::String));
    assert_eq!(bucket.property("Tags").map(|p| &p.shape), Some(&ValueShape::List(Box::new(ValueShape::Object("Tag")))));
    let status = bucket.lookup("VersioningConfiguration.Status").expect("VersioningConfiguration.Status");
    assert_eq!((status.shape.clone(), status.required), (ValueShape::String, true));
    // Through a list, with or without an index.
    assert!(bucket.lookup("LifecycleConfiguration.Rules.Status").is_some());
    assert!(bucket.lookup("LifecycleConfiguration.Rules[0].Status").is_some());
    assert!(bucket.lookup("VersioningConfiguration.Nope").is_none());
    assert!(bucket.lookup("BucketName.Nope").is_none());
    let versioning = bucket.object(&bucket.property("VersioningConfiguration").unwrap().shape).unwrap();
    assert_eq!(versioning.name(), "VersioningConfiguration");
    assert_eq!(versioning.required().collect::<Vec<_>>(), ["Status"]);
    for attribute in ["Arn", "DomainName", "RegionalDomainName", "DualStackDomainName", "WebsiteURL"] {
        assert!(bucket.get_att(attribute), "{attribute}");
    }
    assert!(!bucket.get_att("BucketName"));
    assert!(!bucket.get_att("Arn.Foo"));
    assert_eq!(bucket.ref_value(), RefValue::Property("BucketName"));
    assert!(bucket.create_only().contains(&"BucketName"));
    assert!(bucket.is_read_only("Arn"));
    assert!(!bucket.is_read_only("BucketName"));
    assert!(bucket.taggable());
    assert_eq!(bucket.tag_style(), TagStyle::KeyValueList("Tags"));
    assert!(!bucket.root().is_open());
}

#[test]
fn get_att_follows_cfn_lint() {
    // Read-only properties, nested ones included.
    assert!(schema("AWS::ECR::Repository").get_att("RepositoryUri"));
    assert!(schema("AWS::Logs::LogGroup").get_att("Arn"));
    // Types whose every property is an attribute.
    let db = schema("AWS::RDS::DBInstance");
    assert!(db.get_att("Endpoint.Address") && db.get_att("Endpoint.Port"));
    assert!(!db.get_att("Endpoint"));
    // cfn-lint's exceptions: attributes CloudFormation has beyond the read-only properties.
    assert!(schema("AWS::SageMaker::Model").get_att("ModelName"));
    // Stacks: any output.
    let stack = schema("AWS::CloudFormation::Stack");
    assert!(stack.get_att("Outputs.BucketName"));
    assert!(!stack.get_att("Outputs.") && !stack.get_att("Outputs") && !stack.get_att("StackId.Foo"));
}

#[test]
fn custom_resources_are_open_and_have_any_attribute() {
    let custom = schema("Custom::Anything");
    assert_eq!(custom.type_name(), "AWS::CloudFormation::CustomResource");
    assert!(custom.root().is_open());
    assert!(custom.get_att("Whatever.You.Like"));
    assert_eq!(custom.root().required().collect::<Vec<_>>(), ["ServiceToken"]);
}

#[test]
fn exact_property_names_for_aws_native() {
    assert!(schema("AWS::QuickSight::VPCConnection").property("VPCId").is_some());
    assert!(schema("AWS::QuickSight::VPCConnection").property("VpcId").is_none());
    assert!(schema("AWS::BedrockAgentCore::Dataset").lookup("Source.S3Source.S3Uri").is_some());
    assert!(schema("AWS::BedrockAgentCore::Dataset").lookup("Source.S3Source.S3URI").is_none());
}

#[test]
fn free_form_json_and_unions() {
    let role = schema("AWS::IAM::Role");
    let document = &role.property("AssumeRolePolicyDocument").unwrap().shape;
    assert_eq!(document, &ValueShape::OneOf(vec![ValueShape::String, ValueShape::Json]));
    assert_eq!(document.to_string(), "string|json");
    assert!(role.object(document).is_none());
}

#[test]
fn tag_styles() {
    assert_eq!(schema("AWS::IAM::Policy").tag_style(), TagStyle::None);
    assert!(!schema("AWS::IAM::Policy").taggable());
    assert_eq!(schema("AWS::Batch::ComputeEnvironment").tag_style(), TagStyle::Map("Tags"));
    assert_eq!(schema("AWS::EC2::CapacityReservation").tag_style(), TagStyle::Other("TagSpecifications.*.Tags"));
}

#[test]
fn composite_identifiers() {
    let certificate = schema("AWS::ACMPCA::Certificate");
    assert_eq!(certificate.ref_value(), RefValue::Composite(&["Arn", "CertificateAuthorityArn"]));
    assert_eq!(certificate.primary_identifier(), ["Arn", "CertificateAuthorityArn"]);
}

#[test]
fn unknown_types_are_none() {
    assert!(resource_type("AWS::S3::Buckett").is_none());
    assert!(resource_type("").is_none());
    assert!(resource_type("aws::s3::bucket").is_none());
}

#[test]
fn lookups_are_cached() {
    let first = schema("AWS::SQS::Queue");
    let second = schema("AWS::SQS::Queue");
    assert!(std::ptr::eq(first, second));
}

#[test]
fn malformed_shapes_are_rejected_without_panicking() {
    for text in ["", "[", "[string", "{string", "@", "@|", "string|", "|string", "strin", "[string]]", "String", "a b"]
    {
        assert_eq!(ValueShape::parse(text), None, "{text:?}");
    }
    let deep: &'static str = Box::leak(format!("{}string{}", "[".repeat(100), "]".repeat(100)).into_boxed_str());
    assert_eq!(ValueShape::parse(deep), None);
    assert_eq!(
        ValueShape::parse("[@A.*|{integer}]|json"),
        Some(ValueShape::OneOf(vec![
            ValueShape::List(Box::new(ValueShape::OneOf(vec![
                ValueShape::Object("A.*"),
                ValueShape::Map(Box::new(ValueShape::Integer)),
            ]))),
            ValueShape::Json,
        ]))
    );
}

#[test]
fn damaged_records_lose_precision_not_the_process() {
    let record = "type X::Y::Z open extra\n Good string required\n Bad [[\n \n NoShape\nbogus line\ntags list\ndef\n Inner @Nowhere\ndef B\n";
    let schema = parse_record("X::Y::Z", record);
    assert!(schema.root().is_open());
    assert_eq!(schema.property("Good").map(|p| p.required), Some(true));
    assert_eq!(schema.property("Bad").map(|p| &p.shape), Some(&ValueShape::Any));
    assert_eq!(schema.property("NoShape").map(|p| &p.shape), Some(&ValueShape::Any));
    assert_eq!(schema.tag_style(), TagStyle::None);
    assert_eq!(schema.definitions().len(), 2);
    assert!(schema.lookup("Good.Deeper").is_none());
}

/// The compiled-in index is the table's records, sorted, each starting with its own `type` line.
#[test]
fn the_compiled_index_matches_the_table() {
    assert!(readable());
    let mut expected: Vec<(&str, usize)> = TABLE
        .match_indices("\ntype ")
        .map(|(at, _)| {
            let start = at + 1;
            let name = TABLE[start + 5..].split([' ', '\n']).next().unwrap();
            (name, start)
        })
        .collect();
    expected.sort();
    let actual: Vec<(&str, usize)> = generated::RECORDS.iter().map(|(name, start, _)| (*name, *start)).collect();
    assert_eq!(actual, expected);
    for (position, (name, _, end)) in generated::RECORDS.iter().enumerate() {
        let (_, text) = record_text(position).unwrap();
        assert!(text.starts_with(&format!("type {name}")) && text.ends_with('\n'), "{name}");
        assert!(*end == TABLE.len() || TABLE[*end..].starts_with("type "), "{name}");
    }
}

#[test]
fn header_fields() {
    assert_eq!(header_field(TABLE, "format"), Some(FORMAT));
    assert_eq!(header_field(TABLE, "nope"), None);
    assert_eq!(header_field("# format: 2\ntype A::B::C\n", "format"), Some("2"));
    assert_eq!(header_field("type A::B::C\n# format: 1\n", "format"), None, "only the header counts");
}

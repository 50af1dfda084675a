//! Stack models built directly in code: they exercise the IR -> CloudFormation path (YAML 1.1 hazards,
//! every intrinsic, parameters, conditions, outputs, validation) independently of any frontend.

use iac2cfn_ir::{
    parse_sub_template, pseudo, DeletionPolicy, Expr, ForEachLoop, IndexMap, Lowered, Number, Origin, Output,
    Parameter, ParameterType, Resource, Template,
};

/// Builds one case's stack model.
pub type Builder = fn() -> Lowered;

/// Each case's name (its directory under `testdata/ir`) and builder.
pub const CASES: &[(&str, Builder)] = &[
    ("yaml-hazards", yaml_hazards),
    ("intrinsics", intrinsics),
    ("parameters-conditions-outputs", parameters_conditions_outputs),
    ("language-extensions", language_extensions),
    ("simplification", simplification),
    ("invalid-references", invalid_references),
    ("dependency-cycle", dependency_cycle),
    ("invalid-conditions", invalid_conditions),
    ("quota-exceeded", quota_exceeded),
];

fn resource(resource_type: &str, properties: impl IntoIterator<Item = (&'static str, Expr)>) -> Resource {
    let mut resource = Resource::new(resource_type, Origin::generated());
    for (name, value) in properties {
        resource.properties.insert(name.to_string(), value);
    }
    resource
}

fn s(value: &str) -> Expr {
    Expr::string(value)
}

fn list(items: impl IntoIterator<Item = Expr>) -> Expr {
    Expr::List(items.into_iter().collect())
}

fn lowered(template: Template) -> Lowered {
    Lowered { template, addresses: IndexMap::new() }
}

/// Strings that YAML 1.1 readers would take for something else, as values and as keys.
fn yaml_hazards() -> Lowered {
    let mut template = Template {
        description: Some("yes: strings that YAML 1.1 would misread stay strings".into()),
        ..Template::default()
    };
    let hazards = [
        "yes",
        "No",
        "ON",
        "off",
        "y",
        "N",
        "true",
        "False",
        "null",
        "~",
        "",
        "0777",
        "0x1F",
        "0b1010",
        "1_000",
        "1e3",
        "3.14",
        ".5",
        "-1",
        "+1",
        ".inf",
        "-.Inf",
        ".NaN",
        "190:20:30",
        "2001-12-14",
        "2001-12-14t21:59:43.10-05:00",
        "<<",
        "=",
        " leading space",
        "trailing space ",
        "key: value",
        "value #comment",
        "ends with colon:",
        "- dash",
        "[bracket",
        "{brace",
        "#hash",
        "&anchor",
        "*alias",
        "!tag",
        "|pipe",
        ">fold",
        "'single'",
        "\"double\"",
        "%percent",
        "@at",
        "`tick",
        ",comma",
        "tab\there",
        "bell\u{7}",
        "it's",
        "üñíçødé",
        "line one\nline two",
        "ends with newline\n",
        "two trailing newlines\n\n",
        " indented first line\nsecond",
    ];
    let tag_list = list(
        hazards
            .iter()
            .enumerate()
            .map(|(index, hazard)| Expr::map([("Key", s(&format!("Hazard{index}"))), ("Value", s(hazard))])),
    );
    let mut bucket = resource("AWS::S3::Bucket", [("Tags", tag_list)]);
    let mut odd_keys = IndexMap::new();
    for key in ["yes", "no", "null", "1e3", "2001-12-14", "on", "key: value", "<<"] {
        odd_keys.insert(key.to_string(), s(key));
    }
    bucket.metadata.insert("Hazards".into(), Expr::Map(odd_keys));
    bucket.metadata.insert(
        "Numbers".into(),
        list([
            Expr::int(0),
            Expr::int(-12),
            Expr::Number(Number::parse("3.50").unwrap_or_else(|| Number::from(3_i64))),
        ]),
    );
    bucket.metadata.insert("Booleans".into(), list([Expr::Bool(true), Expr::Bool(false)]));
    bucket.metadata.insert("Empty".into(), Expr::map([("List", list([])), ("Map", Expr::Map(IndexMap::new()))]));
    template.resources.insert("HazardsBucket".into(), bucket);
    let script = "#!/bin/bash\nset -euo pipefail\necho \"${HOME}\" > /tmp/home\n";
    template.resources.insert(
        "ScriptParameter".into(),
        resource("AWS::SSM::Parameter", [("Type", s("String")), ("Value", s(script)), ("Description", s("on"))]),
    );
    template.outputs.insert("Off".into(), Output { description: Some("no".into()), ..Output::new(s("off")) });
    lowered(template)
}

/// Every intrinsic function in the places CloudFormation accepts it.
fn intrinsics() -> Lowered {
    let mut template = Template { description: Some("Every intrinsic function".into()), ..Template::default() };
    let mut environment = Parameter::new(ParameterType::String);
    environment.allowed_values = vec![s("dev"), s("prod")];
    environment.default = Some(s("dev"));
    template.parameters.insert("Environment".into(), environment);
    let mut cidr = Parameter::new(ParameterType::String);
    cidr.default = Some(s("10.0.0.0/16"));
    template.parameters.insert("VpcCidr".into(), cidr);
    let mut mapping = IndexMap::new();
    mapping.insert("dev".to_string(), IndexMap::from([("InstanceType".to_string(), s("t3.micro"))]));
    mapping.insert("prod".to_string(), IndexMap::from([("InstanceType".to_string(), s("m5.large"))]));
    template.mappings.insert("SizeByEnvironment".into(), mapping);
    let is_prod = Expr::Equals(Box::new(Expr::reference("Environment")), Box::new(s("prod")));
    template.conditions.insert("IsProd".into(), is_prod);
    template.conditions.insert("IsNotProd".into(), Expr::Not(Box::new(Expr::Condition("IsProd".into()))));
    let in_us_east_1 = Expr::Equals(Box::new(Expr::reference(pseudo::REGION)), Box::new(s("us-east-1")));
    template
        .conditions
        .insert("ProdInUsEast1".into(), Expr::And(vec![Expr::Condition("IsProd".into()), in_us_east_1.clone()]));
    template.conditions.insert("ProdOrUsEast1".into(), Expr::Or(vec![Expr::Condition("IsProd".into()), in_us_east_1]));

    template.resources.insert(
        "Vpc".into(),
        resource("AWS::EC2::VPC", [("CidrBlock", Expr::reference("VpcCidr")), ("EnableDnsSupport", Expr::Bool(true))]),
    );
    let first_cidr = Expr::Select {
        index: Box::new(Expr::int(0)),
        list: Box::new(Expr::Cidr {
            ip_block: Box::new(Expr::get_att("Vpc", "CidrBlock")),
            count: Box::new(Expr::int(4)),
            cidr_bits: Box::new(Expr::int(8)),
        }),
    };
    let first_zone = Expr::Select { index: Box::new(Expr::int(0)), list: Box::new(Expr::GetAzs(Box::new(s("")))) };
    template.resources.insert(
        "Subnet".into(),
        resource(
            "AWS::EC2::Subnet",
            [("VpcId", Expr::reference("Vpc")), ("CidrBlock", first_cidr), ("AvailabilityZone", first_zone)],
        ),
    );
    let mut variables = IndexMap::new();
    variables.insert(
        "Zones".to_string(),
        Expr::Join { delimiter: ",".into(), values: Box::new(Expr::GetAzs(Box::new(Expr::reference(pseudo::REGION)))) },
    );
    let user_data = Expr::Base64(Box::new(Expr::Sub {
        parts: parse_sub_template("#!/bin/bash\necho ${AWS::StackName} ${Zones} ${!Literal}\n"),
        variables,
    }));
    let instance_type = Expr::FindInMap {
        map: "SizeByEnvironment".into(),
        top: Box::new(Expr::reference("Environment")),
        second: Box::new(s("InstanceType")),
        default: None,
    };
    template.resources.insert(
        "Instance".into(),
        resource(
            "AWS::EC2::Instance",
            [
                ("ImageId", s("{{resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64}}")),
                ("InstanceType", instance_type),
                ("SubnetId", Expr::reference("Subnet")),
                ("UserData", user_data),
                (
                    "Monitoring",
                    Expr::If {
                        condition: "IsProd".into(),
                        then: Box::new(Expr::Bool(true)),
                        otherwise: Box::new(Expr::no_value()),
                    },
                ),
            ],
        ),
    );
    let mut topic = resource("AWS::SNS::Topic", [("TopicName", Expr::sub("${AWS::StackName}-alerts"))]);
    topic.condition = Some("ProdInUsEast1".into());
    template.resources.insert("AlertTopic".into(), topic);
    let imported_vpc = Expr::ImportValue(Box::new(Expr::sub("${Environment}-shared-vpc-id")));
    template.resources.insert(
        "SharedSubnetsParameter".into(),
        resource(
            "AWS::SSM::Parameter",
            [
                ("Type", s("String")),
                ("Value", imported_vpc),
                (
                    "Description",
                    Expr::Select {
                        index: Box::new(Expr::int(1)),
                        list: Box::new(Expr::Split {
                            delimiter: "-".into(),
                            source: Box::new(Expr::reference(pseudo::REGION)),
                        }),
                    },
                ),
            ],
        ),
    );
    template.outputs.insert(
        "SubnetId".into(),
        Output {
            description: Some("The subnet".into()),
            export: Some(Expr::sub("${AWS::StackName}-subnet")),
            ..Output::new(Expr::reference("Subnet"))
        },
    );
    template.outputs.insert("InstanceAddress".into(), Output::new(Expr::get_att("Instance", "PrivateIp")));
    template.outputs.insert(
        "AlertTopicArn".into(),
        Output { condition: Some("ProdInUsEast1".into()), ..Output::new(Expr::reference("AlertTopic")) },
    );
    template.outputs.insert(
        "Placement".into(),
        Output::new(Expr::If {
            condition: "ProdOrUsEast1".into(),
            then: Box::new(Expr::get_att("Instance", "AvailabilityZone")),
            otherwise: Box::new(Expr::reference(pseudo::ACCOUNT_ID)),
        }),
    );
    template.outputs.insert(
        "NotProd".into(),
        Output::new(Expr::If {
            condition: "IsNotProd".into(),
            then: Box::new(s("true")),
            otherwise: Box::new(s("false")),
        }),
    );
    lowered(template)
}

/// Parameters with every constraint, resource attributes, and outputs with exports and conditions.
fn parameters_conditions_outputs() -> Lowered {
    let mut template = Template {
        description: Some("Parameters, conditions, resource attributes and outputs".into()),
        ..Template::default()
    };
    template.metadata.insert("Generator".into(), s("iac2cfn tests"));
    let mut name = Parameter::new(ParameterType::String);
    name.description = Some("The bucket's name prefix".into());
    name.allowed_pattern = Some("^[a-z0-9-]+$".into());
    name.min_length = Some(3);
    name.max_length = Some(40);
    name.constraint_description = Some("lowercase letters, digits and hyphens".into());
    template.parameters.insert("BucketPrefix".into(), name);
    let mut retention = Parameter::new(ParameterType::Number);
    retention.default = Some(Expr::int(30));
    retention.min_value = Some(Number::from(1_i64));
    retention.max_value = Some(Number::from(3653_i64));
    template.parameters.insert("RetentionDays".into(), retention);
    let mut versioning = Parameter::new(ParameterType::String);
    versioning.default = Some(s("true"));
    versioning.allowed_values = vec![s("true"), s("false")];
    template.parameters.insert("EnableVersioning".into(), versioning);
    let mut secret = Parameter::new(ParameterType::String);
    secret.no_echo = true;
    secret.description = Some("Not shown by CloudFormation".into());
    template.parameters.insert("ApiToken".into(), secret);
    let mut zones = Parameter::new(ParameterType::CommaDelimitedList);
    zones.default = Some(s("us-east-1a,us-east-1b"));
    template.parameters.insert("Zones".into(), zones);
    template.parameters.insert("VpcId".into(), Parameter::new(ParameterType::Other("AWS::EC2::VPC::Id".into())));

    template.conditions.insert(
        "VersioningEnabled".into(),
        Expr::Equals(Box::new(Expr::reference("EnableVersioning")), Box::new(s("true"))),
    );
    let mut logs = resource("AWS::Logs::LogGroup", [("RetentionInDays", Expr::reference("RetentionDays"))]);
    logs.deletion_policy = Some(DeletionPolicy::Retain);
    logs.update_replace_policy = Some(DeletionPolicy::Retain);
    template.resources.insert("Logs".into(), logs);
    let versioning_status = Expr::If {
        condition: "VersioningEnabled".into(),
        then: Box::new(s("Enabled")),
        otherwise: Box::new(s("Suspended")),
    };
    let mut bucket = resource(
        "AWS::S3::Bucket",
        [
            ("BucketName", Expr::sub("${BucketPrefix}-${AWS::AccountId}-${AWS::Region}")),
            ("VersioningConfiguration", Expr::map([("Status", versioning_status)])),
        ],
    );
    bucket.depends_on = vec!["Logs".into()];
    bucket.metadata.insert("Source".into(), s("aws_s3_bucket.data"));
    template.resources.insert("DataBucket".into(), bucket);
    let mut token = resource(
        "AWS::SSM::Parameter",
        [("Type", s("String")), ("Value", Expr::reference("ApiToken")), ("Name", Expr::sub("/${BucketPrefix}/token"))],
    );
    token.depends_on = vec!["DataBucket".into(), "Logs".into()];
    template.resources.insert("TokenParameter".into(), token);
    template.resources.insert(
        "ZoneList".into(),
        resource(
            "AWS::SSM::Parameter",
            [
                ("Type", s("StringList")),
                ("Value", Expr::Join { delimiter: ",".into(), values: Box::new(Expr::reference("Zones")) }),
            ],
        ),
    );
    template.outputs.insert(
        "BucketArn".into(),
        Output {
            description: Some("ARN of the data bucket".into()),
            export: Some(Expr::sub("${AWS::StackName}-BucketArn")),
            ..Output::new(Expr::get_att("DataBucket", "Arn"))
        },
    );
    template.outputs.insert(
        "VersionedBucket".into(),
        Output { condition: Some("VersioningEnabled".into()), ..Output::new(Expr::reference("DataBucket")) },
    );
    template.outputs.insert("LogGroupArn".into(), Output::new(Expr::get_att("Logs", "Arn")));
    template.outputs.insert("Vpc".into(), Output::new(Expr::reference("VpcId")));
    lowered(template)
}

/// Functions of the `AWS::LanguageExtensions` transform, which the writer adds by itself.
fn language_extensions() -> Lowered {
    let mut template = Template::default();
    let mut names = Parameter::new(ParameterType::CommaDelimitedList);
    names.default = Some(s("Alpha,Beta"));
    template.parameters.insert("QueueNames".into(), names);
    let mut sizes = IndexMap::new();
    sizes.insert("us-east-1".to_string(), IndexMap::from([("Retention".to_string(), Expr::int(345600))]));
    template.mappings.insert("RetentionByRegion".into(), sizes);
    let policy =
        Expr::map([("maxReceiveCount", Expr::int(5)), ("deadLetterTargetArn", Expr::get_att("DeadLetters", "Arn"))]);
    template.resources.insert("DeadLetters".into(), resource("AWS::SQS::Queue", []));
    template.resources.insert(
        "Work".into(),
        resource(
            "AWS::SQS::Queue",
            [
                ("RedrivePolicy", policy.clone()),
                ("DelaySeconds", Expr::Length(Box::new(Expr::reference("QueueNames")))),
                (
                    "MessageRetentionPeriod",
                    Expr::FindInMap {
                        map: "RetentionByRegion".into(),
                        top: Box::new(Expr::reference(pseudo::REGION)),
                        second: Box::new(s("Retention")),
                        default: Some(Box::new(Expr::int(86400))),
                    },
                ),
            ],
        ),
    );
    template.resources.insert(
        "PolicyCopy".into(),
        resource("AWS::SSM::Parameter", [("Type", s("String")), ("Value", Expr::ToJsonString(Box::new(policy)))]),
    );
    let queue = resource("AWS::SQS::Queue", [("QueueName", Expr::sub("${AWS::StackName}-${Name}"))]);
    template.resource_loops.push(ForEachLoop {
        name: "Queues".into(),
        identifier: "Name".into(),
        collection: Expr::reference("QueueNames"),
        resources: IndexMap::from([("Queue${Name}".to_string(), queue)]),
    });
    template.outputs.insert(
        "FirstQueueName".into(),
        Output::new(Expr::Select { index: Box::new(Expr::int(0)), list: Box::new(Expr::reference("QueueNames")) }),
    );
    lowered(template)
}

/// Joins and Subs that fold into plain strings or read better as Sub.
fn simplification() -> Lowered {
    let mut template = Template::default();
    template.resources.insert("Topic".into(), resource("AWS::SNS::Topic", []));
    let literal_join = Expr::Join { delimiter: "-".into(), values: Box::new(list([s("a"), s("b"), Expr::int(3)])) };
    let arn_join = Expr::Join {
        delimiter: String::new(),
        values: Box::new(list([
            s("arn:"),
            Expr::reference(pseudo::PARTITION),
            s(":sns:::"),
            Expr::get_att("Topic", "TopicName"),
        ])),
    };
    let mut variables = IndexMap::new();
    variables.insert("Name".to_string(), s("fixed"));
    variables.insert("Arn".to_string(), Expr::reference("Topic"));
    let sub_with_literal_variables = Expr::Sub { parts: parse_sub_template("${Name}:${Arn}:${!Kept}"), variables };
    template.resources.insert(
        "Folded".into(),
        resource(
            "AWS::SSM::Parameter",
            [
                ("Type", s("String")),
                ("Value", literal_join),
                ("Description", arn_join),
                ("Name", sub_with_literal_variables),
            ],
        ),
    );
    lowered(template)
}

/// References to things that do not exist, with suggestions.
fn invalid_references() -> Lowered {
    let mut template = Template::default();
    template.parameters.insert("Environment".into(), Parameter::new(ParameterType::String));
    let mut bucket = resource("AWS::S3::Bucket", [("BucketName", Expr::sub("${Enviroment}-data"))]);
    bucket.depends_on = vec!["Missing".into()];
    bucket.condition = Some("NoSuchCondition".into());
    template.resources.insert("Data".into(), bucket);
    template.outputs.insert("Arn".into(), Output::new(Expr::get_att("Dta", "Arn")));
    template.outputs.insert("Zones".into(), Output::new(Expr::GetAzs(Box::new(s("")))));
    lowered(template)
}

/// Resources that wait for each other.
fn dependency_cycle() -> Lowered {
    let mut template = Template::default();
    template
        .resources
        .insert("Role".into(), resource("AWS::SNS::Topic", [("DisplayName", Expr::get_att("Queue", "QueueName"))]));
    template
        .resources
        .insert("Queue".into(), resource("AWS::SQS::Queue", [("QueueName", Expr::sub("${Role.TopicName}-q"))]));
    lowered(template)
}

/// Conditions that use what only exists after deployment.
fn invalid_conditions() -> Lowered {
    let mut template = Template::default();
    template.resources.insert("Topic".into(), resource("AWS::SNS::Topic", []));
    template
        .conditions
        .insert("UsesResource".into(), Expr::Equals(Box::new(Expr::reference("Topic")), Box::new(s("x"))));
    template
        .conditions
        .insert("UsesGetAtt".into(), Expr::Equals(Box::new(Expr::get_att("Topic", "TopicName")), Box::new(s("x"))));
    template.conditions.insert("Loop".into(), Expr::Not(Box::new(Expr::Condition("Loop".into()))));
    lowered(template)
}

/// More resources than CloudFormation allows in one stack.
fn quota_exceeded() -> Lowered {
    let mut template = Template::default();
    for index in 0..501 {
        template.resources.insert(format!("Topic{index}"), resource("AWS::SNS::Topic", []));
    }
    lowered(template)
}

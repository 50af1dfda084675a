//! Random templates for the differential tests: every intrinsic, nested values of every kind, names
//! that are keywords or collide, strings with every escape, long strings that no line fits, resources
//! and conditions that refer to later ones, and typed resource types with properties that fit their
//! structs (so struct literals, nested structs, lists and tags appear).

#![allow(dead_code)]

use iac2cfn_cdk::typed::{PropertyKind, StructSchema};
use iac2cfn_ir::{
    parse_sub_template, DeletionPolicy, Expr, ForEachLoop, IndexMap, Number, Origin, Output, Parameter, ParameterType,
    Resource, Template,
};

/// A small deterministic generator (xorshift64*), so failures reproduce from the seed.
pub struct Random(u64);

impl Random {
    pub fn new(seed: u64) -> Self {
        Random(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const WORDS: &[&str] = &[
    "a",
    "x",
    "dev",
    "prod",
    "t3.micro",
    "us-east-1",
    "bucket",
    "Name",
    "value",
    "10.0.0.0/16",
    "arn:aws:s3:::b/*",
    "yes",
    "",
    "0777",
    "it's",
    "say \"hi\"",
    "back\\slash",
    "tab\there",
    "line\nbreak",
    "bell\u{7}",
    "üñíçødé",
    "日本語",
    "\u{202e}rtl",
    "nbsp\u{a0}",
    "${literal}",
    "{}",
    "*/ comment",
    "// not a comment",
    "emoji 🚀",
];

const IDS: &[&str] = &[
    "Vpc",
    "Subnet",
    "Bucket",
    "Type",
    "Self",
    "Crate",
    "Stack",
    "Main",
    "Sub",
    "Map",
    "List",
    "Join",
    "Select",
    "A",
    "B",
    "Queue",
    "Topic",
    "Role",
    "Fn",
    "Match",
    "Gen",
    "Async",
    "VeryLongLogicalIdentifierForAResourceThatGoesOnAndOn",
    "Data1",
    "Data2",
    "X1",
    "Ipv6Thing",
    "KMSKey",
    "Default",
    "Value",
    "Some",
    "Option",
];

/// A string: short, long, or with escapes.
pub fn text(random: &mut Random) -> String {
    match random.below(10) {
        0 => "x".repeat(random.below(120)),
        1 => format!("{} {}", random.pick(WORDS), "long words ".repeat(random.below(12))),
        2 => (0..random.below(6)).map(|_| *random.pick(WORDS)).collect::<Vec<_>>().join(""),
        _ => random.pick(WORDS).to_string(),
    }
}

fn number(random: &mut Random) -> Expr {
    const SPELLINGS: &[&str] = &[
        "0",
        "1",
        "-12",
        "443",
        "3.50",
        "1e3",
        "-0",
        "2147483647",
        "2147483648",
        "-2147483648",
        "9007199254740993",
        "99999999999999999999",
    ];
    let spelling = SPELLINGS[random.below(SPELLINGS.len())];
    Expr::Number(Number::parse(spelling).unwrap_or_else(|| Number::from(1_i64)))
}

/// Names the generated template knows, for references.
#[derive(Default, Clone)]
pub struct Names {
    pub parameters: Vec<String>,
    pub resources: Vec<String>,
    pub conditions: Vec<String>,
    pub mappings: Vec<String>,
}

/// A value of depth at most `depth`.
pub fn value(random: &mut Random, names: &Names, depth: usize) -> Expr {
    let leaf = depth == 0 || random.chance(35);
    if leaf {
        return match random.below(7) {
            0 => Expr::Bool(random.chance(50)),
            1 => number(random),
            2 if !names.parameters.is_empty() => Expr::reference(random.pick(&names.parameters).clone()),
            3 if !names.resources.is_empty() => {
                Expr::get_att(random.pick(&names.resources).clone(), *random.pick(&["Arn", "Endpoint.Address", "Id"]))
            }
            4 => Expr::reference(*random.pick(&["AWS::Region", "AWS::AccountId", "AWS::NoValue", "AWS::StackName"])),
            5 if random.chance(20) => Expr::Null,
            _ => Expr::String(text(random)),
        };
    }
    let d = depth - 1;
    let boxed = |random: &mut Random| Box::new(value(random, names, d));
    match random.below(22) {
        // Many short elements: rustfmt packs them several to a line.
        20 => Expr::List((0..random.below(40)).map(|i| Expr::int(i as i64 * 7 - 20)).collect()),
        21 => Expr::List(
            (0..random.below(30))
                .map(|_| Expr::String(random.pick(&["a", "bb", "ccc", "dddddd", "0777"]).to_string()))
                .collect(),
        ),
        0 | 1 => Expr::List((0..random.below(5)).map(|_| value(random, names, d)).collect()),
        2 | 3 => Expr::Map((0..random.below(5)).map(|_| (text(random), value(random, names, d))).collect()),
        4 => {
            let mut template = String::new();
            for _ in 0..random.below(4) {
                template.push_str(&text(random).replace("${", "").replace('}', ""));
                if !names.parameters.is_empty() && random.chance(60) {
                    template.push_str(&format!("${{{}}}", random.pick(&names.parameters)));
                }
            }
            let variables: IndexMap<String, Expr> =
                (0..random.below(3)).map(|i| (format!("Var{i}"), value(random, names, d))).collect();
            Expr::Sub { parts: parse_sub_template(&template), variables }
        }
        5 => Expr::Join { delimiter: text(random), values: boxed(random) },
        6 => Expr::Select { index: Box::new(Expr::int(random.below(3) as i64)), list: boxed(random) },
        7 => Expr::Split { delimiter: text(random), source: boxed(random) },
        8 if !names.conditions.is_empty() => Expr::If {
            condition: random.pick(&names.conditions).clone(),
            then: boxed(random),
            otherwise: boxed(random),
        },
        9 => Expr::Equals(boxed(random), boxed(random)),
        10 => Expr::FindInMap {
            map: if names.mappings.is_empty() { "Missing".into() } else { random.pick(&names.mappings).clone() },
            top: boxed(random),
            second: boxed(random),
            default: random.chance(30).then(|| boxed(random)),
        },
        11 => Expr::GetAzs(boxed(random)),
        12 => Expr::Base64(boxed(random)),
        13 => Expr::Cidr { ip_block: boxed(random), count: boxed(random), cidr_bits: boxed(random) },
        14 => Expr::ImportValue(boxed(random)),
        15 => Expr::ToJsonString(boxed(random)),
        16 => Expr::Length(boxed(random)),
        17 => Expr::And((0..2 + random.below(2)).map(|_| value(random, names, d)).collect()),
        18 => Expr::Not(boxed(random)),
        _ => Expr::Or((0..2).map(|_| value(random, names, d)).collect()),
    }
}

/// A condition over parameters and earlier or later conditions.
fn condition(random: &mut Random, names: &Names, all_conditions: &[String]) -> Expr {
    let operand = |random: &mut Random| -> Expr {
        if !names.parameters.is_empty() && random.chance(50) {
            Expr::reference(random.pick(&names.parameters).clone())
        } else {
            Expr::String(text(random))
        }
    };
    match random.below(4) {
        0 if !all_conditions.is_empty() => Expr::Not(Box::new(Expr::Condition(random.pick(all_conditions).clone()))),
        1 if !all_conditions.is_empty() => Expr::And(vec![
            Expr::Condition(random.pick(all_conditions).clone()),
            Expr::Equals(Box::new(operand(random)), Box::new(operand(random))),
        ]),
        _ => Expr::Equals(Box::new(operand(random)), Box::new(operand(random))),
    }
}

/// Properties that fit a typed struct: a random subset of its fields, in its order.
fn typed_object(random: &mut Random, names: &Names, schema: &StructSchema, depth: usize) -> IndexMap<String, Expr> {
    let mut object = IndexMap::new();
    for property in schema.properties {
        if !random.chance(25) {
            continue;
        }
        let value = match property.kind {
            PropertyKind::Value => value(random, names, depth),
            PropertyKind::Object(nested) if depth > 0 => Expr::Map(typed_object(random, names, nested, depth - 1)),
            PropertyKind::List(nested) if depth > 0 => Expr::List(
                (0..random.below(3)).map(|_| Expr::Map(typed_object(random, names, nested, depth - 1))).collect(),
            ),
            PropertyKind::Tags => Expr::List(
                (0..random.below(4))
                    .map(|_| Expr::map([("Key", Expr::String(text(random))), ("Value", value(random, names, 0))]))
                    .collect(),
            ),
            _ => continue,
        };
        object.insert(property.name.to_string(), value);
    }
    object
}

/// A random template.
pub fn template(seed: u64) -> Template {
    let mut random = Random::new(seed);
    let random = &mut random;
    let mut template = Template::default();
    if random.chance(50) {
        template.description = Some(text(random));
    }
    let mut names = Names::default();
    for _ in 0..random.below(4) {
        let name = format!("{}{}", random.pick(IDS), random.below(3));
        let mut parameter = Parameter::new(
            random
                .pick(&[
                    ParameterType::String,
                    ParameterType::Number,
                    ParameterType::CommaDelimitedList,
                    ParameterType::Other("AWS::EC2::VPC::Id".into()),
                ])
                .clone(),
        );
        if random.chance(50) {
            parameter.description = Some(text(random));
        }
        if random.chance(50) {
            parameter.default = Some(if random.chance(50) { Expr::String(text(random)) } else { number(random) });
        }
        if random.chance(30) {
            parameter.allowed_values = (0..1 + random.below(4)).map(|_| Expr::String(text(random))).collect();
        }
        if random.chance(20) {
            parameter.min_value = Number::parse("1.5");
            parameter.max_length = Some(64);
            parameter.no_echo = true;
        }
        template.parameters.insert(name.clone(), parameter);
        names.parameters.push(name);
    }
    for _ in 0..random.below(2) {
        let name = format!("{}Map", random.pick(IDS));
        let mut mapping = IndexMap::new();
        for _ in 0..1 + random.below(3) {
            let seconds: IndexMap<String, Expr> =
                (0..random.below(3)).map(|_| (text(random), value(random, &Names::default(), 1))).collect();
            mapping.insert(text(random), seconds);
        }
        template.mappings.insert(name.clone(), mapping);
        names.mappings.push(name);
    }
    let condition_names: Vec<String> = (0..random.below(4)).map(|i| format!("{}{i}", random.pick(IDS))).collect();
    for name in &condition_names {
        let value = condition(random, &names, &condition_names);
        template.conditions.insert(name.clone(), value);
    }
    names.conditions = condition_names;
    let resource_names: Vec<String> = (0..random.below(6)).map(|i| format!("{}{i}", random.pick(IDS))).collect();
    names.resources = resource_names.clone();
    let typed: Vec<&'static iac2cfn_cdk::typed::ResourceSchema> = iac2cfn_cdk::aws::RESOURCES.to_vec();
    for name in &resource_names {
        let mut resource = if !typed.is_empty() && random.chance(60) {
            let schema = *random.pick(&typed);
            let mut resource = Resource::new(schema.cloudformation, Origin::generated());
            resource.properties = typed_object(random, &names, &schema.structure, 2);
            resource
        } else {
            let mut resource = Resource::new("AWS::Custom::Thing", Origin::generated());
            for _ in 0..random.below(5) {
                resource.properties.insert(text(random), value(random, &names, 3));
            }
            resource
        };
        if random.chance(20) {
            resource.origin.address = format!("aws_thing.{}[\"{}\"]", name, text(random));
        }
        if random.chance(20) && !names.conditions.is_empty() {
            resource.condition = Some(random.pick(&names.conditions).clone());
        }
        if random.chance(20) {
            resource.depends_on = vec![random.pick(&resource_names).clone()];
        }
        if random.chance(15) {
            resource.deletion_policy = Some(DeletionPolicy::Retain);
            resource.update_replace_policy = Some(DeletionPolicy::Snapshot);
        }
        if random.chance(15) {
            resource.metadata.insert(text(random), value(random, &names, 2));
        }
        template.resources.insert(name.clone(), resource);
    }
    if random.chance(20) {
        let mut body = Resource::new("AWS::SQS::Queue", Origin::generated());
        body.properties.insert("QueueName".into(), Expr::sub("${AWS::StackName}-${Name}"));
        if random.chance(50) {
            body.depends_on = vec!["Other".into()];
        }
        template.resource_loops.push(ForEachLoop {
            name: "Queues".into(),
            identifier: "Name".into(),
            collection: Expr::List(vec![Expr::string("A"), Expr::string("B")]),
            resources: IndexMap::from([("Queue${Name}".to_string(), body)]),
        });
    }
    for _ in 0..random.below(4) {
        let mut output = Output::new(value(random, &names, 2));
        if random.chance(50) {
            output.description = Some(text(random));
        }
        if random.chance(30) {
            output.export = Some(value(random, &names, 1));
        }
        if random.chance(30) && !names.conditions.is_empty() {
            output.condition = Some(random.pick(&names.conditions).clone());
        }
        template.outputs.insert(format!("{}Out", random.pick(IDS)), output);
    }
    template.add_required_transforms();
    template
}

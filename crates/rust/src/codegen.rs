//! Generates `crates/cdk/src/aws.rs`: the typed property structs of `iac2cfn-cdk`, one per
//! CloudFormation resource type the catalog maps, with a struct per nested property type.
//!
//! The sources are the catalog's own: its mapping tables say which types exist and in what order the
//! converter writes their properties, and its copy of CloudFormation's resource schemas says what
//! every property is called and holds. A struct's fields come in the order the tables write them,
//! then the schema's remaining properties by name, because a struct writes its fields in declaration
//! order and the Rust backend uses a struct literal only when that order is the template's.
//!
//! The file is checked in; the test `tests/codegen.rs` regenerates it and fails when it differs
//! (`UPDATE_EXPECT=1 cargo test -p iac2cfn-rust --test codegen` rewrites it).

use crate::names::{identifier, snake_case, upper_camel_case, Namer};
use iac2cfn_catalog::cfn_schema::{self, ObjectSchema, PropertySchema, ResourceSchema, TagStyle, ValueShape};
use iac2cfn_catalog::{Argument, Placement, ResourceMapping, Shape, Target, Transform};
use iac2cfn_ir::IndexMap;
use std::collections::BTreeMap;

/// The order in which the tables write the properties of one object, with the order of the objects
/// nested in them.
#[derive(Debug, Default)]
struct Order {
    children: IndexMap<String, Order>,
}

impl Order {
    /// The node of a dotted path below this one, created on the way. Every key on the path moves to
    /// the end of its object: when several arguments write one property (a deprecated one and its
    /// replacement), the later one places it, which favours the replacement.
    fn at(&mut self, path: &str) -> &mut Order {
        path.split('.').filter(|segment| !segment.is_empty()).fold(self, Order::last_child)
    }

    fn last_child(&mut self, key: &str) -> &mut Order {
        let index = match self.children.get_index_of(key) {
            Some(index) => index,
            None => self.children.insert_full(key.to_string(), Order::default()).0,
        };
        let last = self.children.len() - 1;
        self.children.move_index(index, last);
        &mut self.children[last]
    }

    fn walk(&mut self, arguments: &[Argument]) {
        for argument in arguments {
            match argument.target {
                Target::Property(path) | Target::Append(path) | Target::Explode(path) => {
                    self.at(path).shape(&argument.shape);
                }
                Target::Keyed { list, key, property, .. } => {
                    let element = self.at(list);
                    element.at(key);
                    element.at(property).shape(&argument.shape);
                }
                Target::Flatten => {
                    if let Shape::Block { arguments, .. } = argument.shape {
                        self.walk(arguments);
                    }
                }
                // Arguments that write nothing to this object.
                _ => {}
            }
        }
    }

    /// The keys an argument's shape writes inside the property it targets.
    fn shape(&mut self, shape: &Shape) {
        match *shape {
            Shape::Block { arguments, .. } => self.walk(arguments),
            Shape::TagList => {
                self.at("Key");
                self.at("Value");
            }
            Shape::Value(Transform::Template(fields)) => {
                for (key, _) in fields {
                    self.at(key);
                }
            }
            Shape::Value(Transform::EntryList { key, value }) => {
                self.at(key);
                self.at(value);
            }
            Shape::Value(Transform::Wrap(key)) => {
                self.at(key);
            }
            _ => {}
        }
    }
}

/// One field of a generated struct.
struct Field {
    rust: String,
    property: &'static str,
    /// `value`, `tags`, `object(Type)` or `list(Type)`.
    kind: String,
}

/// One generated struct.
struct Struct {
    name: String,
    /// The doc line.
    doc: String,
    fields: Vec<Field>,
}

/// One resource type's structs.
struct TypeStructs {
    cloudformation: &'static str,
    name: String,
    module: String,
    resource: Struct,
    nested: Vec<Struct>,
}

/// Builds the structs of one resource type from its schema.
struct Builder<'a> {
    schema: &'a ResourceSchema,
    namer: Namer,
    /// Definition name -> struct name, for definitions already generated.
    done: BTreeMap<&'static str, String>,
    nested: Vec<Struct>,
    /// Definitions being expanded: a definition nested in itself becomes a plain value.
    stack: Vec<&'static str>,
}

impl Builder<'_> {
    fn fields(&mut self, object: &ObjectSchema, order: Option<&Order>, path: &str) -> Vec<Field> {
        let properties: Vec<&PropertySchema> = object
            .properties()
            .iter()
            .filter(|property| !self.schema.is_read_only(&format!("{path}{}", property.name)))
            .collect();
        let mut ordered: Vec<&PropertySchema> = Vec::new();
        if let Some(order) = order {
            for name in order.children.keys() {
                if let Some(property) = properties.iter().find(|property| property.name == name.as_str()) {
                    ordered.push(property);
                }
            }
        }
        for property in &properties {
            if !ordered.iter().any(|known| known.name == property.name) {
                ordered.push(property);
            }
        }
        let mut namer = Namer::default();
        ordered
            .into_iter()
            .map(|property| {
                let child_order = order.and_then(|order| order.children.get(property.name));
                let kind = self.kind(property, child_order, &format!("{path}{}", property.name), path.is_empty());
                Field { rust: namer.name(&snake_case(property.name), ""), property: property.name, kind }
            })
            .collect()
    }

    fn kind(&mut self, property: &PropertySchema, order: Option<&Order>, path: &str, top_level: bool) -> String {
        match &property.shape {
            ValueShape::Object(name) => match self.nested_struct(name, order, &format!("{path}.")) {
                Some(nested) => format!("object({nested})"),
                None => "value".to_string(),
            },
            ValueShape::List(element) => {
                let ValueShape::Object(name) = element.as_ref() else { return "value".to_string() };
                let is_tags = top_level
                    && self.schema.tag_style() == TagStyle::KeyValueList(property.name)
                    && self
                        .schema
                        .definition(name)
                        .is_some_and(|definition| definition.properties().iter().map(|p| p.name).eq(["Key", "Value"]));
                if is_tags {
                    return "tags".to_string();
                }
                match self.nested_struct(name, order, &format!("{path}.*.")) {
                    Some(nested) => format!("list({nested})"),
                    None => "value".to_string(),
                }
            }
            _ => "value".to_string(),
        }
    }

    /// The struct of a definition, generated on first use; `None` for a definition that is missing or
    /// nested in itself.
    fn nested_struct(&mut self, definition: &str, order: Option<&Order>, path: &str) -> Option<String> {
        let object = self.schema.definition(definition)?;
        if let Some(name) = self.done.get(object.name()) {
            return Some(name.clone());
        }
        if self.stack.contains(&object.name()) {
            return None;
        }
        let wanted = upper_camel_case(object.name());
        let name = self.namer.name(if wanted.is_empty() { "Property" } else { &wanted }, "Type");
        self.done.insert(object.name(), name.clone());
        self.stack.push(object.name());
        let position = self.nested.len();
        self.nested.push(Struct {
            name: name.clone(),
            doc: format!("`{}` of `{}`.", object.name(), self.schema.type_name()),
            fields: Vec::new(),
        });
        let fields = self.fields(object, order, path);
        self.nested[position].fields = fields;
        self.stack.pop();
        Some(name)
    }
}

/// The order the tables write a type's top-level properties in: its own rows, then the rows merged
/// into it, then the companions of that type.
fn table_order(cloudformation: &str, mappings: &[&ResourceMapping]) -> Order {
    let mut order = Order::default();
    let standalone =
        mappings.iter().filter(|m| m.cloudformation == cloudformation && m.placement == Placement::Standalone);
    let merged = mappings.iter().filter(|m| m.cloudformation == cloudformation && m.placement != Placement::Standalone);
    for mapping in standalone.chain(merged) {
        order.walk(mapping.arguments);
    }
    for mapping in mappings {
        for companion in mapping.companions.iter().filter(|c| c.cloudformation == cloudformation) {
            for (property, _) in companion.properties {
                order.at(property);
            }
        }
    }
    order
}

/// The Rust source of `crates/cdk/src/aws.rs` for these mapping rows.
pub fn aws_module<'a>(mappings: impl IntoIterator<Item = &'a ResourceMapping>) -> String {
    let mappings: Vec<&ResourceMapping> = mappings.into_iter().collect();
    let mut types: IndexMap<&'static str, Vec<&'static str>> = IndexMap::new();
    for mapping in &mappings {
        types.entry(mapping.cloudformation).or_default().push(mapping.terraform);
        for companion in mapping.companions {
            types.entry(companion.cloudformation).or_default();
        }
    }
    // Service module -> its types, both by name.
    let mut services: BTreeMap<String, Vec<TypeStructs>> = BTreeMap::new();
    let mut sorted: Vec<(&'static str, Vec<&'static str>)> = types.into_iter().collect();
    sorted.sort_by_key(|(cloudformation, _)| *cloudformation);
    let mut service_namers: BTreeMap<String, Namer> = BTreeMap::new();
    for (cloudformation, mut terraform) in sorted {
        let segments: Vec<&str> = cloudformation.split("::").collect();
        let [namespace, service, type_name] = segments.as_slice() else { continue };
        if *namespace != "AWS" {
            continue;
        }
        let Some(schema) = cfn_schema::resource_type(cloudformation) else { continue };
        terraform.sort_unstable();
        terraform.dedup();
        let service_module = identifier(&service.to_ascii_lowercase());
        let namer = service_namers.entry(service_module.clone()).or_default();
        let name = namer.name(&upper_camel_case(type_name), "Resource");
        let module = namer.name(&snake_case(&name), "types");
        let order = table_order(cloudformation, &mappings);
        let mut builder =
            Builder { schema, namer: Namer::default(), done: BTreeMap::new(), nested: Vec::new(), stack: Vec::new() };
        let fields = builder.fields(schema.root(), Some(&order), "");
        let from = if terraform.is_empty() {
            String::new()
        } else {
            let names: Vec<String> = terraform.iter().map(|t| format!("`{t}`")).collect();
            format!(" (Terraform's {})", names.join(", "))
        };
        let resource =
            Struct { name: name.clone(), doc: format!("The properties of `{cloudformation}`{from}."), fields };
        services.entry(service_module).or_default().push(TypeStructs {
            cloudformation,
            name,
            module,
            resource,
            nested: builder.nested,
        });
    }
    render(&services)
}

fn render(services: &BTreeMap<String, Vec<TypeStructs>>) -> String {
    let mut out = String::new();
    out.push_str(
        "//! Typed property structs for every CloudFormation resource type the catalog maps, one module per\n\
         //! service: `s3::Bucket` holds the properties of `AWS::S3::Bucket`, and `s3::bucket` the property\n\
         //! types nested in them. Fields are `Option`s; set what you need and take the rest from\n\
         //! `Default::default()`.\n\
         //!\n\
         //! Generated by `iac2cfn_rust::codegen` from the mapping tables and CloudFormation schemas of\n\
         //! `iac2cfn-catalog`; do not edit. Regenerate with\n\
         //! `UPDATE_EXPECT=1 cargo test -p iac2cfn-rust --test codegen`.\n",
    );
    let mut registry = Vec::new();
    for (service, types) in services {
        let service_name = types.first().and_then(|t| t.cloudformation.split("::").nth(1)).unwrap_or(service.as_str());
        out.push_str(&format!("\npub mod {service} {{\n    //! `AWS::{service_name}::*` resource types.\n"));
        for structs in types {
            out.push('\n');
            render_struct(
                &mut out,
                &structs.resource,
                Some(structs.cloudformation),
                &format!("{service}::{}", structs.name),
                &structs.module,
                1,
            );
            if !structs.nested.is_empty() {
                out.push_str(&format!(
                    "\n    /// The property types nested in [`{}`].\n    pub mod {} {{\n",
                    structs.name, structs.module
                ));
                for (index, nested) in structs.nested.iter().enumerate() {
                    if index > 0 {
                        out.push('\n');
                    }
                    let path = format!("{service}::{}::{}", structs.module, nested.name);
                    render_struct(&mut out, nested, None, &path, "", 2);
                }
                out.push_str("    }\n");
            }
            registry.push(format!("{service}::{}", structs.name));
        }
        out.push_str("}\n");
    }
    out.push_str("\ncrate::typed::cfn_registry! {\n");
    for path in registry {
        out.push_str(&format!("    {path},\n"));
    }
    out.push_str("}\n");
    out
}

/// One `cfn_resource!` (with `cloudformation`) or `cfn_property_type!` invocation at `depth` levels of
/// module nesting. `module` is the property-types module a resource's nested types live in.
fn render_struct(
    out: &mut String,
    item: &Struct,
    cloudformation: Option<&str>,
    path: &str,
    module: &str,
    depth: usize,
) {
    let indent = "    ".repeat(depth);
    let macro_name = if cloudformation.is_some() { "cfn_resource" } else { "cfn_property_type" };
    out.push_str(&format!("{indent}crate::typed::{macro_name}! {{\n"));
    out.push_str(&format!("{indent}    /// {}\n", item.doc));
    match cloudformation {
        Some(cloudformation) => {
            out.push_str(&format!("{indent}    {} = \"{cloudformation}\" at \"{path}\" {{", item.name))
        }
        None => out.push_str(&format!("{indent}    {} at \"{path}\" {{", item.name)),
    }
    if item.fields.is_empty() {
        out.push_str("}\n");
    } else {
        out.push('\n');
        for field in &item.fields {
            let kind = match field.kind.split_once('(') {
                Some((kind, rest)) if !module.is_empty() => format!("{kind}({module}::{rest}"),
                _ => field.kind.clone(),
            };
            out.push_str(&format!("{indent}        {}: \"{}\" => {kind},\n", field.rust, field.property));
        }
        out.push_str(&format!("{indent}    }}\n"));
    }
    out.push_str(&format!("{indent}}}\n"));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_order_follows_arguments_blocks_and_keyed_targets() {
        const INNER: &[Argument] = &[Argument::property("days", "Days"), Argument::property("status", "Status")];
        const ARGUMENTS: &[Argument] = &[
            Argument::property("name", "Name"),
            Argument::block("rule", "Rules", true, INNER),
            Argument::property("read", "Throughput.Read"),
            Argument::tag_list("tags", "Tags"),
        ];
        let mut order = Order::default();
        order.walk(ARGUMENTS);
        assert_eq!(order.children.keys().collect::<Vec<_>>(), ["Name", "Rules", "Throughput", "Tags"]);
        assert_eq!(order.children["Rules"].children.keys().collect::<Vec<_>>(), ["Days", "Status"]);
        assert_eq!(order.children["Throughput"].children.keys().collect::<Vec<_>>(), ["Read"]);
        assert_eq!(order.children["Tags"].children.keys().collect::<Vec<_>>(), ["Key", "Value"]);
    }

    #[test]
    fn nested_objects_get_structs_in_the_property_types_module() {
        const VERSIONING: &[Argument] = &[Argument::property("status", "Status")];
        const ARGUMENTS: &[Argument] = &[
            Argument::property("bucket", "BucketName"),
            Argument::block("versioning", "VersioningConfiguration", false, VERSIONING),
        ];
        const MAPPING: ResourceMapping = ResourceMapping {
            terraform: "aws_s3_bucket",
            cloudformation: "AWS::S3::Bucket",
            when: None,
            placement: Placement::Standalone,
            arguments: ARGUMENTS,
            attributes: &[],
            companions: &[],
        };
        let source = aws_module([&MAPPING]);
        assert!(
            source.contains(
                "versioning_configuration: \"VersioningConfiguration\" => object(bucket::VersioningConfiguration),"
            ),
            "{source}"
        );
        assert!(source.contains("VersioningConfiguration at \"s3::bucket::VersioningConfiguration\" {\n                status: \"Status\" => value,"), "{source}");
    }

    #[test]
    fn a_mapped_type_gets_schema_fields_in_table_order() {
        const ARGUMENTS: &[Argument] = &[
            Argument::property("visibility_timeout_seconds", "VisibilityTimeout"),
            Argument::property("name", "QueueName"),
            Argument::tag_list("tags", "Tags"),
        ];
        const MAPPING: ResourceMapping = ResourceMapping {
            terraform: "aws_sqs_queue",
            cloudformation: "AWS::SQS::Queue",
            when: None,
            placement: Placement::Standalone,
            arguments: ARGUMENTS,
            attributes: &[],
            companions: &[],
        };
        let source = aws_module([&MAPPING]);
        let fields: Vec<&str> = source.lines().map(str::trim).filter(|line| line.contains("\" => ")).collect();
        assert_eq!(
            fields[..3],
            [
                "visibility_timeout: \"VisibilityTimeout\" => value,",
                "queue_name: \"QueueName\" => value,",
                "tags: \"Tags\" => tags,"
            ]
        );
        // Read-only properties (Arn, QueueUrl) are not fields.
        assert!(!source.contains("\"Arn\""), "{source}");
        assert!(source.contains("Queue = \"AWS::SQS::Queue\" at \"sqs::Queue\""), "{source}");
        // `RedrivePolicy` may be a string or an object: a plain value, no struct.
        assert!(source.contains("redrive_policy: \"RedrivePolicy\" => value,"), "{source}");
        assert!(source.contains("sqs::Queue,\n}"), "{source}");
    }
}

//! CloudFormation's own resource schemas: for every resource type, its properties and their shapes,
//! its `Fn::GetAtt` attributes, what `Ref` returns, its create-only and read-only properties and how
//! it takes tags. The source of truth for exact property names (`S3Uri`, `VPCId`) and for checking
//! what a converter emits ([`check_properties`]).
//!
//! # Where the data comes from
//!
//! `data/cfn-schema.txt` is generated from the resource provider schemas the cfn-lint Python package
//! ships (region us-east-1), and checked in; its header records the cfn-lint version. Regenerate it
//! with `cargo run -p xtask -- cfn-schema [--cfn-lint-data DIR]`; `--check` verifies it is current.
//! GetAtt attributes follow cfn-lint's own computation (read-only properties, plus its exceptions),
//! except that attributes inside lists are left out because `Fn::GetAtt` cannot reach them.
//!
//! # Cost
//!
//! The table is embedded in the binary, and `build.rs` compiles in an index of it (each type's name
//! and byte range). Nothing is read until the first lookup, which binary-searches the index and
//! parses that one type's record; each record is parsed the first time its type is asked for and
//! kept. Unused types cost nothing beyond the embedded bytes.
//!
//! # Format (version 1)
//!
//! Lines starting with `#` are comments (the header). Every other line belongs to the record of the
//! `type` line above it:
//!
//! ```text
//! type NAME [open]            a resource type; `open`: keys beyond the listed properties are allowed
//! primary PATH...             primaryIdentifier, in order
//! create-only PATH...         createOnlyProperties   (PATH: names joined by `.`, `*` for list items)
//! read-only PATH...           readOnlyProperties
//! get-att NAME...             valid Fn::GetAtt attributes (`X.*`: any under X; `*`: any at all)
//! taggable                    the type takes tags
//! tags list|map|other PATH    the property holding tags: [{Key, Value}], a map, another form
//! def NAME [open]             a nested object type, referred to as @NAME
//!  NAME SHAPE [required]      (one leading space) a property of the type, or of the def above it
//! SHAPE := string | integer | number | boolean | json | any | [SHAPE] | {SHAPE} | @NAME | SHAPE|SHAPE
//! ```
//!
//! Records, properties and definitions are sorted by name, so lookups are binary searches.

use std::fmt;
use std::sync::OnceLock;

mod check;
mod values;

pub use check::{check_properties, ProblemKind, PropertyProblem};
pub use values::{json_expr, json_shaped};

/// The embedded table.
static TABLE: &str = include_str!("../data/cfn-schema.txt");

/// The format version this reader understands; a table of another version reads as empty.
const FORMAT: &str = "1";

/// The type every `Custom::` type is an instance of.
const CUSTOM_RESOURCE: &str = "AWS::CloudFormation::CustomResource";

/// The index `build.rs` makes of the table: `COUNT`, and `RECORDS` of (name, start, end).
mod generated {
    include!(concat!(env!("OUT_DIR"), "/cfn_schema_index.rs"));
}

/// Each type's record once parsed, in the order of [`generated::RECORDS`] (boxed: most are never
/// parsed, and a small slot keeps this array small).
static PARSED: [OnceLock<Box<ResourceSchema>>; generated::COUNT] = [const { OnceLock::new() }; generated::COUNT];

/// Whether the embedded table is in the format this reader understands; a table of another
/// version reads as empty, so a reader never misreads data it does not understand.
fn readable() -> bool {
    static READABLE: OnceLock<bool> = OnceLock::new();
    *READABLE.get_or_init(|| header_field(TABLE, "format") == Some(FORMAT))
}

/// The position of a type in [`generated::RECORDS`].
fn position(name: &str) -> Option<usize> {
    if !readable() {
        return None;
    }
    generated::RECORDS.binary_search_by(|(record, _, _)| (*record).cmp(name)).ok()
}

/// A record's text (its `type` line and the lines after it).
fn record_text(position: usize) -> Option<(&'static str, &'static str)> {
    let (name, start, end) = generated::RECORDS.get(position)?;
    Some((name, TABLE.get(*start..*end)?))
}

/// A `# key: value` line of the table's header.
fn header_field(table: &'static str, key: &str) -> Option<&'static str> {
    table.lines().take_while(|line| line.starts_with('#')).find_map(|line| {
        let rest = line.strip_prefix("# ")?.strip_prefix(key)?.strip_prefix(": ")?;
        Some(rest.trim())
    })
}

/// Where the table comes from: `cfn-lint 1.58.0, schemas 2026-...`, as its header says.
pub fn source() -> &'static str {
    header_field(TABLE, "source").unwrap_or("unknown")
}

/// The schema of a CloudFormation resource type (`AWS::S3::Bucket`); `Custom::` types are custom
/// resources. `None` for a type the table does not know.
pub fn resource_type(name: &str) -> Option<&'static ResourceSchema> {
    let name = if name.starts_with("Custom::") { CUSTOM_RESOURCE } else { name };
    let position = position(name)?;
    let (name, text) = record_text(position)?;
    Some(PARSED.get(position)?.get_or_init(|| Box::new(parse_record(name, text))))
}

/// Every resource type the table knows, sorted.
pub fn all_types() -> impl ExactSizeIterator<Item = &'static str> {
    let records: &'static [(&'static str, usize, usize)] = if readable() { &generated::RECORDS } else { &[] };
    records.iter().map(|(name, _, _)| *name)
}

/// The shape of a property's value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ValueShape {
    /// A string.
    String,
    /// An integer (CloudFormation also takes its decimal string).
    Integer,
    /// A number (CloudFormation also takes its decimal string).
    Number,
    /// `true` or `false` (CloudFormation also takes `"true"` and `"false"`).
    Boolean,
    /// Any JSON object (a policy document, a free-form configuration).
    Json,
    /// Anything: the schema does not say.
    Any,
    /// A list of values of a shape.
    List(Box<ValueShape>),
    /// An object with string keys of the caller's choosing and values of a shape.
    Map(Box<ValueShape>),
    /// An object with named properties: the definition of that name
    /// ([`ResourceSchema::definition`]).
    Object(&'static str),
    /// Any one of these shapes (at most one list and one map among them).
    OneOf(Vec<ValueShape>),
}

impl ValueShape {
    /// The alternatives of a [`ValueShape::OneOf`], or the shape itself.
    pub fn alternatives(&self) -> &[ValueShape] {
        match self {
            ValueShape::OneOf(alternatives) => alternatives,
            shape => std::slice::from_ref(shape),
        }
    }

    /// The definition name of the object this shape is, or holds in a list or map.
    pub fn object_name(&self) -> Option<&'static str> {
        self.alternatives().iter().find_map(|alternative| match alternative {
            ValueShape::Object(name) => Some(*name),
            ValueShape::List(inner) | ValueShape::Map(inner) => inner.object_name(),
            _ => None,
        })
    }

    /// Parses the table's spelling of a shape; `None` when it is malformed.
    fn parse(text: &'static str) -> Option<ValueShape> {
        let mut parser = ShapeParser { text, position: 0 };
        let shape = parser.union(0)?;
        (parser.position == text.len()).then_some(shape)
    }
}

impl fmt::Display for ValueShape {
    /// The table's spelling: `[@Tag]`, `string|json`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ValueShape::String => f.write_str("string"),
            ValueShape::Integer => f.write_str("integer"),
            ValueShape::Number => f.write_str("number"),
            ValueShape::Boolean => f.write_str("boolean"),
            ValueShape::Json => f.write_str("json"),
            ValueShape::Any => f.write_str("any"),
            ValueShape::List(item) => write!(f, "[{item}]"),
            ValueShape::Map(value) => write!(f, "{{{value}}}"),
            ValueShape::Object(name) => write!(f, "@{name}"),
            ValueShape::OneOf(alternatives) => {
                for (position, alternative) in alternatives.iter().enumerate() {
                    if position > 0 {
                        f.write_str("|")?;
                    }
                    write!(f, "{alternative}")?;
                }
                Ok(())
            }
        }
    }
}

/// Reads the shape grammar; nesting is bounded so that no input can exhaust the stack.
struct ShapeParser {
    text: &'static str,
    position: usize,
}

impl ShapeParser {
    const MAX_DEPTH: usize = 32;

    fn union(&mut self, depth: usize) -> Option<ValueShape> {
        if depth > Self::MAX_DEPTH {
            return None;
        }
        let mut alternatives = vec![self.alternative(depth)?];
        while self.text.as_bytes().get(self.position) == Some(&b'|') {
            self.position += 1;
            alternatives.push(self.alternative(depth)?);
        }
        Some(if alternatives.len() == 1 { alternatives.pop()? } else { ValueShape::OneOf(alternatives) })
    }

    fn alternative(&mut self, depth: usize) -> Option<ValueShape> {
        let rest = self.text.get(self.position..)?;
        match rest.as_bytes().first()? {
            b'[' => {
                self.position += 1;
                let item = self.union(depth + 1)?;
                self.expect(b']')?;
                Some(ValueShape::List(Box::new(item)))
            }
            b'{' => {
                self.position += 1;
                let value = self.union(depth + 1)?;
                self.expect(b'}')?;
                Some(ValueShape::Map(Box::new(value)))
            }
            b'@' => {
                let name_length = rest[1..].find(['|', ']', '}']).unwrap_or(rest.len() - 1);
                let name = rest.get(1..1 + name_length).filter(|name| !name.is_empty())?;
                self.position += 1 + name_length;
                Some(ValueShape::Object(name))
            }
            _ => {
                let word_length = rest.find(|c: char| !c.is_ascii_lowercase()).unwrap_or(rest.len());
                self.position += word_length;
                match &rest[..word_length] {
                    "string" => Some(ValueShape::String),
                    "integer" => Some(ValueShape::Integer),
                    "number" => Some(ValueShape::Number),
                    "boolean" => Some(ValueShape::Boolean),
                    "json" => Some(ValueShape::Json),
                    "any" => Some(ValueShape::Any),
                    _ => None,
                }
            }
        }
    }

    fn expect(&mut self, byte: u8) -> Option<()> {
        (self.text.as_bytes().get(self.position) == Some(&byte)).then(|| self.position += 1)
    }
}

/// One property of a resource type or of a nested object.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PropertySchema {
    /// The property's name, as CloudFormation spells it.
    pub name: &'static str,
    /// What its value looks like.
    pub shape: ValueShape,
    /// Whether the enclosing object must have it.
    pub required: bool,
    /// The fewest elements a list value may have (the schema's `minItems`; 0 when it sets none).
    pub min_items: u32,
}

/// An object with named properties: a resource type's `Properties`, or a nested definition.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ObjectSchema {
    name: &'static str,
    open: bool,
    properties: Vec<PropertySchema>,
}

impl ObjectSchema {
    /// The definition's name (`VersioningConfiguration`; inline objects are named by their path,
    /// `$.Options`), or the resource type's name for its top-level properties.
    pub fn name(&self) -> &'static str {
        self.name
    }

    /// Whether keys beyond the listed properties are allowed.
    pub fn is_open(&self) -> bool {
        self.open
    }

    /// The properties, sorted by name.
    pub fn properties(&self) -> &[PropertySchema] {
        &self.properties
    }

    /// A property by its exact name.
    pub fn property(&self, name: &str) -> Option<&PropertySchema> {
        let position = self.properties.binary_search_by(|property| property.name.cmp(name)).ok()?;
        self.properties.get(position)
    }

    /// The names of the required properties.
    pub fn required(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.properties.iter().filter(|property| property.required).map(|property| property.name)
    }
}

/// What `Ref` of a resource returns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefValue<'a> {
    /// The value of this property (the primary identifier).
    Property(&'a str),
    /// The values of these properties joined with `|` (a composite primary identifier). Some older
    /// types document a different `Ref` (`AWS::EC2::EIP` returns its public IP): the catalog's rows
    /// are authoritative for attributes they list.
    Composite(&'a [&'static str]),
    /// The schema names no identifier.
    Unknown,
}

/// Where and how a resource type takes tags.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TagStyle {
    /// No property holds tags.
    None,
    /// A list of `{Key, Value}` objects in this top-level property.
    KeyValueList(&'static str),
    /// An object of tag names to values in this top-level property.
    Map(&'static str),
    /// Another form, or a nested property (`TagSpecifications.*.Tags`): see its schema.
    Other(&'static str),
}

/// The schema of one resource type.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ResourceSchema {
    type_name: &'static str,
    root: ObjectSchema,
    definitions: Vec<ObjectSchema>,
    primary_identifier: Vec<&'static str>,
    create_only: Vec<&'static str>,
    read_only: Vec<&'static str>,
    attributes: Vec<&'static str>,
    taggable: bool,
    tags: Option<(&'static str, &'static str)>,
}

impl ResourceSchema {
    /// The type's name, `AWS::S3::Bucket`.
    pub fn type_name(&self) -> &'static str {
        self.type_name
    }

    /// The type's top-level properties as an object (whether it is open, which are required).
    pub fn root(&self) -> &ObjectSchema {
        &self.root
    }

    /// The top-level properties, sorted by name (read-only ones included).
    pub fn properties(&self) -> &[PropertySchema] {
        &self.root.properties
    }

    /// A top-level property by its exact name.
    pub fn property(&self, name: &str) -> Option<&PropertySchema> {
        self.root.property(name)
    }

    /// The property at a dotted path, stepping through objects, lists and maps:
    /// `VersioningConfiguration.Status`, `LifecycleConfiguration.Rules.Status` (list indices such as
    /// `Rules[0]` are accepted and ignored).
    pub fn lookup(&self, path: &str) -> Option<&PropertySchema> {
        let mut object = &self.root;
        let mut segments = path.split('.').map(|segment| segment.split('[').next().unwrap_or(segment)).peekable();
        while let Some(segment) = segments.next() {
            let property = object.property(segment)?;
            if segments.peek().is_none() {
                return Some(property);
            }
            object = self.definition(property.shape.object_name()?)?;
        }
        None
    }

    /// A nested object's definition, by the name in [`ValueShape::Object`].
    pub fn definition(&self, name: &str) -> Option<&ObjectSchema> {
        let position = self.definitions.binary_search_by(|definition| definition.name.cmp(name)).ok()?;
        self.definitions.get(position)
    }

    /// Every nested object's definition, sorted by name.
    pub fn definitions(&self) -> &[ObjectSchema] {
        &self.definitions
    }

    /// The object a shape is (the first object alternative of a union); `None` for lists, maps,
    /// scalars and free-form JSON.
    pub fn object(&self, shape: &ValueShape) -> Option<&ObjectSchema> {
        shape.alternatives().iter().find_map(|alternative| match alternative {
            ValueShape::Object(name) => self.definition(name),
            _ => None,
        })
    }

    /// The valid `Fn::GetAtt` attribute names, sorted. `Outputs.*` stands for any name under
    /// `Outputs.`, `*` for any name at all (custom resources).
    pub fn attributes(&self) -> &[&'static str] {
        &self.attributes
    }

    /// Whether `Fn::GetAtt` takes this attribute name (`Arn`, `Endpoint.Address`, `Outputs.Url`).
    pub fn get_att(&self, name: &str) -> bool {
        self.attributes.binary_search(&name).is_ok()
            || self.attributes.iter().any(|attribute| match attribute.strip_suffix('*') {
                Some("") => true,
                Some(prefix) => prefix.ends_with('.') && name.len() > prefix.len() && name.starts_with(prefix),
                None => false,
            })
    }

    /// The `primaryIdentifier` property paths, in order.
    pub fn primary_identifier(&self) -> &[&'static str] {
        &self.primary_identifier
    }

    /// What `Ref` returns: the primary identifier.
    pub fn ref_value(&self) -> RefValue<'_> {
        match self.primary_identifier.as_slice() {
            [] => RefValue::Unknown,
            [single] => RefValue::Property(single),
            several => RefValue::Composite(several),
        }
    }

    /// The properties (dotted paths) that cannot change without replacing the resource, sorted.
    pub fn create_only(&self) -> &[&'static str] {
        &self.create_only
    }

    /// The properties (dotted paths, `*` for list items) CloudFormation sets and a template must
    /// not, sorted.
    pub fn read_only(&self) -> &[&'static str] {
        &self.read_only
    }

    /// Whether the property at a dotted path (`*` for list items) is read-only.
    pub fn is_read_only(&self, path: &str) -> bool {
        self.read_only.binary_search(&path).is_ok()
    }

    /// Whether the type takes tags.
    pub fn taggable(&self) -> bool {
        self.taggable
    }

    /// Which property holds the type's tags, and in what form.
    pub fn tag_style(&self) -> TagStyle {
        match self.tags {
            None => TagStyle::None,
            Some(("list", path)) => TagStyle::KeyValueList(path),
            Some(("map", path)) => TagStyle::Map(path),
            Some((_, path)) => TagStyle::Other(path),
        }
    }
}

/// Parses one record. Lines it does not understand are skipped, and a malformed shape reads as
/// [`ValueShape::Any`], so that a damaged table loses precision rather than failing.
fn parse_record(name: &'static str, text: &'static str) -> ResourceSchema {
    let mut schema = ResourceSchema { type_name: name, ..ResourceSchema::default() };
    schema.root.name = name;
    // The object whose properties the indented lines are: the root until the first `def`.
    let mut current: Option<ObjectSchema> = None;
    for line in text.lines() {
        if let Some(property) = line.strip_prefix(' ') {
            let object = current.as_mut().unwrap_or(&mut schema.root);
            if let Some(property) = parse_property(property) {
                object.properties.push(property);
            }
            continue;
        }
        let (keyword, rest) = line.split_once(' ').unwrap_or((line, ""));
        let words = || rest.split(' ').filter(|word| !word.is_empty());
        match keyword {
            "type" => schema.root.open = words().nth(1) == Some("open"),
            "primary" => schema.primary_identifier = words().collect(),
            "create-only" => schema.create_only = words().collect(),
            "read-only" => schema.read_only = words().collect(),
            "get-att" => schema.attributes = words().collect(),
            "taggable" => schema.taggable = true,
            "tags" => {
                let mut words = words();
                if let (Some(form), Some(path)) = (words.next(), words.next()) {
                    schema.tags = Some((form, path));
                }
            }
            "def" => {
                let mut words = words();
                let definition_name = words.next().unwrap_or_default();
                let open = words.next() == Some("open");
                if let Some(done) =
                    current.replace(ObjectSchema { name: definition_name, open, properties: Vec::new() })
                {
                    schema.definitions.push(done);
                }
            }
            _ => {}
        }
    }
    schema.definitions.extend(current);
    // Binary searches need sorted lists; the generator sorts, this only guards against a table
    // edited by hand.
    let by_name = |a: &PropertySchema, b: &PropertySchema| a.name <= b.name;
    for object in std::iter::once(&mut schema.root).chain(schema.definitions.iter_mut()) {
        if !object.properties.is_sorted_by(by_name) {
            object.properties.sort_by(|a, b| a.name.cmp(b.name));
        }
    }
    if !schema.definitions.is_sorted_by(|a, b| a.name <= b.name) {
        schema.definitions.sort_by(|a, b| a.name.cmp(b.name));
    }
    for list in [&mut schema.create_only, &mut schema.read_only, &mut schema.attributes] {
        if !list.is_sorted() {
            list.sort_unstable();
        }
    }
    schema
}

/// ` NAME SHAPE [required] [min-items N]`, without its leading space.
fn parse_property(line: &'static str) -> Option<PropertySchema> {
    let mut words = line.split(' ');
    let name = words.next().filter(|name| !name.is_empty())?;
    let shape = words.next().and_then(ValueShape::parse).unwrap_or(ValueShape::Any);
    let (mut required, mut min_items) = (false, 0);
    while let Some(word) = words.next() {
        match word {
            "required" => required = true,
            "min-items" => min_items = words.next().and_then(|count| count.parse().ok()).unwrap_or(0),
            _ => {}
        }
    }
    Some(PropertySchema { name, shape, required, min_items })
}

/// The uncached steps behind [`resource_type`], so that benchmarks can measure what a first lookup
/// costs in a process that has already made one. Not part of the API.
#[doc(hidden)]
pub mod uncached {
    /// Parses a type's record afresh.
    pub fn parse(name: &str) -> Option<super::ResourceSchema> {
        let (name, text) = super::record_text(super::position(name)?)?;
        Some(super::parse_record(name, text))
    }
}

#[cfg(test)]
mod tests;

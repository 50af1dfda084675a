//! `cfn-schema`: writes the catalog's table of CloudFormation resource schemas.
//!
//! The source is the resource provider schemas the cfn-lint Python package ships: the region file
//! `data/schemas/providers/us-east-1.json` names, for each resource type, a schema file under
//! `data/schemas/resources/`. cfn-lint keeps these schemas current and patches known errors in
//! them, so they are the best machine-readable statement of what CloudFormation accepts.
//!
//! The table is plain text, one record per type, sorted, with everything in it sorted too, so that
//! the same cfn-lint always gives the same bytes and a new cfn-lint gives a reviewable diff. Its
//! grammar is in the file's header and in `crates/catalog/src/cfn_schema.rs`, which reads it.
//!
//! What the table keeps of a schema, and how:
//!
//! - **Properties** with their shape. `$ref`s are resolved; a definition that is an object becomes a
//!   named `def` record, one that is not (a string with a pattern, a list) is written in place.
//!   Objects written inline get a name from their path (`$.Options` for a top-level property,
//!   `Rule.Filter` inside definition `Rule`, `.*` for list items, `.+` for map values).
//! - **`oneOf`/`anyOf`/`allOf`** are folded conservatively: objects among the alternatives are merged
//!   into one object that has every property any of them has (only the enclosing object's own
//!   `required` counts), and other alternatives become a union. The table may accept more than
//!   CloudFormation does, never less.
//! - **Open objects**: an object is `open` when keys beyond its listed properties are allowed
//!   (`additionalProperties` not `false`, or `patternProperties` alongside properties).
//! - **GetAtt attributes** exactly as cfn-lint computes them (`cfnlint/schema/_getatts.py`, whose
//!   lists this reads from the installed package): `readOnlyProperties`, plus cfn-lint's exceptions,
//!   every property for the types it lists, `Outputs.*` for stacks, `*` for custom resources. The one
//!   deviation: read-only properties inside lists (`Items/*/Id`) are left out, as `Fn::GetAtt` cannot
//!   reach into a list.
//! - **Identifiers and tags**: `primaryIdentifier` (what `Ref` returns), `createOnlyProperties`,
//!   `readOnlyProperties`, and `tagging`: whether the type is taggable and where and how its tags go.

use crate::python;
use serde_json::{Map, Value};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::{self, Write as _};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

/// The checked-in table, relative to the workspace root.
pub const TABLE: &str = "crates/catalog/data/cfn-schema.txt";

/// The region whose schemas the table describes. Types differ little between commercial regions,
/// and us-east-1 gets every type first.
const REGION: &str = "us-east-1";

/// The version of the table's format; the runtime reader checks it.
const FORMAT: u32 = 1;

/// Command-line options of `cfn-schema`.
#[derive(Debug, Clone)]
pub struct Options {
    /// cfn-lint's package directory (holding `data/schemas`), or `data/schemas` itself.
    pub cfn_lint_data: Option<PathBuf>,
    /// Compare instead of writing.
    pub check: bool,
    /// Write here instead of the checked-in table.
    pub output: Option<PathBuf>,
}

/// Runs the task and reports on the terminal.
pub fn main(options: &Options) -> ExitCode {
    let root = workspace_root();
    let table = options.output.clone().unwrap_or_else(|| root.join(TABLE));
    let package = match locate(options.cfn_lint_data.as_deref()) {
        Ok(Some(package)) => package,
        Ok(None) if options.check => {
            println!("cfn-schema --check: skipped: cfn-lint is not installed (no `--cfn-lint-data DIR`, and `{}` cannot import cfnlint)", python());
            return ExitCode::SUCCESS;
        }
        Ok(None) => {
            eprintln!(
                "cfn-schema: cfn-lint is not installed: `{}` cannot import cfnlint. Install it (`pip install cfn-lint`) \
                 or pass --cfn-lint-data DIR",
                python()
            );
            return ExitCode::FAILURE;
        }
        Err(message) => {
            eprintln!("cfn-schema: {message}");
            return ExitCode::FAILURE;
        }
    };
    if options.check {
        // A table can only be checked against the cfn-lint it was made from; another version (such
        // as whatever release CI installs) is a reason to skip, not a failure.
        let existing = std::fs::read_to_string(&table).unwrap_or_default();
        match (recorded_version(&existing), CfnLint::version(&package)) {
            (_, Err(message)) => {
                println!("cfn-schema --check: skipped: {message}");
                return ExitCode::SUCCESS;
            }
            (Some(recorded), Ok(installed)) if recorded != installed => {
                println!(
                    "cfn-schema --check: skipped: {} was generated from cfn-lint {recorded}, but {} is cfn-lint \
                     {installed}; install cfn-lint=={recorded} to check it, or regenerate it",
                    table.display(),
                    package.display(),
                );
                return ExitCode::SUCCESS;
            }
            _ => {}
        }
    }
    let source = match CfnLint::open(&package) {
        Ok(source) => source,
        Err(message) => {
            eprintln!("cfn-schema: {message}");
            return ExitCode::FAILURE;
        }
    };
    let generated = match generate(&source) {
        Ok(generated) => generated,
        Err(message) => {
            eprintln!("cfn-schema: {message}");
            return ExitCode::FAILURE;
        }
    };
    if options.check {
        let existing = std::fs::read_to_string(&table).unwrap_or_default();
        if existing == generated.text {
            println!(
                "cfn-schema --check: {} is up to date ({} types, cfn-lint {})",
                table.display(),
                generated.types,
                source.version
            );
            return ExitCode::SUCCESS;
        }
        let line = first_difference(&existing, &generated.text);
        println!(
            "cfn-schema --check: {} differs from what cfn-lint {} gives, first at line {line}; regenerate it with \
             `cargo run -p xtask -- cfn-schema`",
            table.display(),
            source.version
        );
        return ExitCode::FAILURE;
    }
    if let Some(parent) = table.parent() {
        if let Err(error) = std::fs::create_dir_all(parent) {
            eprintln!("cfn-schema: cannot create {}: {error}", parent.display());
            return ExitCode::FAILURE;
        }
    }
    // Written beside and renamed over, so an interrupted run never leaves half a table.
    let temporary = table.with_extension("txt.partial");
    let written = std::fs::write(&temporary, &generated.text).and_then(|()| std::fs::rename(&temporary, &table));
    match written {
        Ok(()) => {
            println!(
                "cfn-schema: wrote {} ({} types, {} bytes) from cfn-lint {} at {}",
                table.display(),
                generated.types,
                generated.text.len(),
                source.version,
                package.display()
            );
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("cfn-schema: cannot write {}: {error}", table.display());
            ExitCode::FAILURE
        }
    }
}

fn workspace_root() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().map_or_else(|| manifest.to_path_buf(), Path::to_path_buf)
}

fn python() -> String {
    std::env::var("PYTHON").unwrap_or_else(|_| "python3".to_string())
}

/// The 1-based number of the first line where two texts differ.
fn first_difference(a: &str, b: &str) -> usize {
    let mut a_lines = a.lines();
    let mut b_lines = b.lines();
    let mut number = 1;
    loop {
        match (a_lines.next(), b_lines.next()) {
            (Some(x), Some(y)) if x == y => number += 1,
            (None, None) => return number,
            _ => return number,
        }
    }
}

/// The cfn-lint version a table's header records.
fn recorded_version(table: &str) -> Option<&str> {
    table
        .lines()
        .take_while(|line| line.starts_with('#'))
        .find_map(|line| line.strip_prefix("# source: cfn-lint "))
        .and_then(|rest| rest.split([',', ' ']).next())
}

/// Finds cfn-lint's package directory: the one given, or the one Python imports. `Ok(None)` when
/// none is given and Python cannot import cfnlint.
fn locate(explicit: Option<&Path>) -> Result<Option<PathBuf>, String> {
    if let Some(dir) = explicit {
        if dir.join("data/schemas/providers").is_dir() {
            return Ok(Some(dir.to_path_buf()));
        }
        // `data/schemas` itself: the package is two levels up.
        if dir.join("providers").is_dir() && dir.join("resources").is_dir() {
            if let Some(package) = dir.parent().and_then(Path::parent) {
                return Ok(Some(package.to_path_buf()));
            }
        }
        return Err(format!(
            "{} is not cfn-lint's package directory (no data/schemas/providers under it)",
            dir.display()
        ));
    }
    let output =
        Command::new(python()).args(["-c", "import cfnlint, os; print(os.path.dirname(cfnlint.__file__))"]).output();
    match output {
        Ok(output) if output.status.success() => {
            let dir = String::from_utf8_lossy(&output.stdout).trim().to_string();
            Ok((!dir.is_empty()).then(|| PathBuf::from(dir)))
        }
        _ => Ok(None),
    }
}

/// An installed cfn-lint: where it is, its version, and the GetAtt rules from its source.
pub struct CfnLint {
    schemas: PathBuf,
    version: String,
    schema_date: Option<String>,
    getatts: GetAttRules,
}

impl CfnLint {
    /// The version of the cfn-lint at `package`.
    pub fn version(package: &Path) -> Result<String, String> {
        let version_file = package.join("version.py");
        let version_source = std::fs::read_to_string(&version_file)
            .map_err(|error| format!("cannot read {}: {error}", version_file.display()))?;
        match python::assignment(&version_source, "__version__") {
            Ok(python::Literal::Str(version)) => Ok(version),
            _ => Err(format!("no `__version__ = \"...\"` in {}", version_file.display())),
        }
    }

    /// Reads the version and GetAtt rules of the cfn-lint at `package`.
    pub fn open(package: &Path) -> Result<CfnLint, String> {
        let version = CfnLint::version(package)?;
        let schemas = package.join("data/schemas");
        if !schemas.join("providers").join(format!("{REGION}.json")).is_file() {
            return Err(format!(
                "cfn-lint {version} at {} has no data/schemas/providers/{REGION}.json (older cfn-lint releases kept \
                 their region index as Python modules); install a newer cfn-lint",
                package.display()
            ));
        }
        let schema_date = std::fs::read_to_string(schemas.join("version.json"))
            .ok()
            .and_then(|text| serde_json::from_str::<Value>(&text).ok())
            .and_then(|json| json.get("schema_date").and_then(Value::as_str).map(str::to_string));
        let getatts_file = package.join("schema/_getatts.py");
        let getatts_source = std::fs::read_to_string(&getatts_file)
            .map_err(|error| format!("cannot read {}: {error}", getatts_file.display()))?;
        let getatts = GetAttRules::parse(&getatts_source)
            .map_err(|error| format!("cannot read cfn-lint's GetAtt rules in {}: {error}", getatts_file.display()))?;
        Ok(CfnLint { schemas, version, schema_date, getatts })
    }
}

/// cfn-lint's exceptions to "the GetAtt attributes are the read-only properties".
#[derive(Debug, Default)]
struct GetAttRules {
    /// Types where every property (to any depth, not into lists of objects) is an attribute.
    all_properties: BTreeSet<String>,
    /// Types with attributes beyond their read-only properties.
    extra: BTreeMap<String, Vec<String>>,
}

impl GetAttRules {
    fn parse(source: &str) -> Result<GetAttRules, String> {
        let all_properties = python::assignment(source, "_all_property_types")?
            .strings()
            .ok_or("`_all_property_types` is not a list of strings")?
            .into_iter()
            .collect();
        let python::Literal::Dict(entries) = python::assignment(source, "_exceptions")? else {
            return Err("`_exceptions` is not a dict".into());
        };
        let mut extra = BTreeMap::new();
        for (key, value) in entries {
            let (python::Literal::Str(type_name), Some(names)) = (&key, value.strings()) else {
                return Err("`_exceptions` is not a dict of type name -> list of strings".into());
            };
            extra.insert(type_name.clone(), names);
        }
        Ok(GetAttRules { all_properties, extra })
    }
}

/// A generated table.
pub struct Generated {
    /// The file's text.
    pub text: String,
    /// How many types it describes.
    pub types: usize,
}

/// Generates the table from an installed cfn-lint.
pub fn generate(source: &CfnLint) -> Result<Generated, String> {
    let index_file = source.schemas.join("providers").join(format!("{REGION}.json"));
    let index: BTreeMap<String, Value> = match read_json(&index_file)? {
        // Sorted here: the file's own order is not a promise.
        Value::Object(entries) => entries.into_iter().collect(),
        _ => return Err(format!("{}: not a JSON object", index_file.display())),
    };
    let mut text = String::new();
    let date = source.schema_date.as_deref().map(|date| format!(", schemas {date}")).unwrap_or_default();
    let _ = write!(
        text,
        "\
# iac2cfn: CloudFormation resource schemas, one record per type. Generated: do not edit.
# format: {FORMAT}
# source: cfn-lint {version}{date}, data/schemas/providers/{REGION}.json, {count} types
# regenerate: cargo run -p xtask -- cfn-schema    verify: cargo run -p xtask -- cfn-schema --check
#
# type NAME [open]            a resource type; its lines follow, up to the next `type`
# primary PATH...             primaryIdentifier (what Ref returns; several are joined with `|`)
# create-only PATH...         createOnlyProperties
# read-only PATH...           readOnlyProperties (PATH: names joined with `.`, `*` for list items)
# get-att NAME...             valid Fn::GetAtt attributes (`X.*`: any under X; `*`: any at all)
# taggable                    the type takes tags
# tags list|map|other PATH    the property holding tags: [{{Key, Value}}], a map, or another form
# def NAME [open]             a nested object type, referred to as @NAME
#  NAME SHAPE [required]      (one leading space) a property of the type or of the def above it,
#    [min-items N]            and the fewest elements N its list may have
# `open`: keys beyond the listed properties are allowed.
# SHAPE: string | integer | number | boolean | json (any object) | any | [SHAPE] (list)
#        | {{SHAPE}} (map with string keys) | @DEF (object) | SHAPE|SHAPE (either)
",
        version = source.version,
        count = index.len(),
    );
    let mut types = 0;
    for (type_name, entry) in &index {
        let Some(hash) = entry.as_str() else {
            return Err(format!("{}: the entry of {type_name} is not a file name", index_file.display()));
        };
        let file = source.schemas.join("resources").join(format!("{hash}.json"));
        let schema = read_json(&file)?;
        let record = TypeRecord::build(type_name, &schema, &source.getatts);
        record.write(&mut text);
        types += 1;
    }
    Ok(Generated { text, types })
}

fn read_json(file: &Path) -> Result<Value, String> {
    let text = std::fs::read_to_string(file).map_err(|error| format!("cannot read {}: {error}", file.display()))?;
    serde_json::from_str(&text).map_err(|error| format!("{}: {error}", file.display()))
}

/// The shape of a value, as written in the table.
///
/// The variant order is the canonical order of a union's alternatives.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Shape {
    String,
    Integer,
    Number,
    Boolean,
    Array(Box<Shape>),
    Map(Box<Shape>),
    Object(String),
    /// Any JSON object.
    Json,
    /// Anything: the schema says nothing about the type.
    Any,
    /// One of several; built only by [`union`].
    Union(Vec<Shape>),
}

impl fmt::Display for Shape {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Shape::String => f.write_str("string"),
            Shape::Integer => f.write_str("integer"),
            Shape::Number => f.write_str("number"),
            Shape::Boolean => f.write_str("boolean"),
            Shape::Array(item) => write!(f, "[{item}]"),
            Shape::Map(value) => write!(f, "{{{value}}}"),
            Shape::Object(name) => write!(f, "@{name}"),
            Shape::Json => f.write_str("json"),
            Shape::Any => f.write_str("any"),
            Shape::Union(alternatives) => {
                for (index, alternative) in alternatives.iter().enumerate() {
                    if index > 0 {
                        f.write_str("|")?;
                    }
                    write!(f, "{alternative}")?;
                }
                Ok(())
            }
        }
    }
}

/// The union of shapes, normalized: flat, sorted, without duplicates, lists and maps merged (so a
/// union has at most one list and one map alternative), `any` absorbing everything.
fn union(shapes: Vec<Shape>) -> Shape {
    let mut flat = Vec::new();
    for shape in shapes {
        match shape {
            Shape::Union(alternatives) => flat.extend(alternatives),
            shape => flat.push(shape),
        }
    }
    if flat.is_empty() || flat.contains(&Shape::Any) {
        return Shape::Any;
    }
    let mut items = Vec::new();
    let mut values = Vec::new();
    let mut rest = Vec::new();
    for shape in flat {
        match shape {
            Shape::Array(item) => items.push(*item),
            Shape::Map(value) => values.push(*value),
            shape => rest.push(shape),
        }
    }
    if !items.is_empty() {
        rest.push(Shape::Array(Box::new(union(items))));
    }
    if !values.is_empty() {
        rest.push(Shape::Map(Box::new(union(values))));
    }
    rest.sort();
    rest.dedup();
    if rest.len() == 1 {
        rest.pop().unwrap_or(Shape::Any)
    } else {
        Shape::Union(rest)
    }
}

impl Shape {
    fn for_each_object_name(&self, visit: &mut impl FnMut(&str)) {
        match self {
            Shape::Array(inner) | Shape::Map(inner) => inner.for_each_object_name(visit),
            Shape::Object(name) => visit(name),
            Shape::Union(alternatives) => alternatives.iter().for_each(|shape| shape.for_each_object_name(visit)),
            _ => {}
        }
    }

    /// The shape without its object alternatives (records, maps, `json`); `None` if nothing is left.
    fn without_objects(self) -> Option<Shape> {
        match self {
            Shape::Object(_) | Shape::Map(_) | Shape::Json => None,
            Shape::Union(alternatives) => {
                let rest: Vec<Shape> = alternatives.into_iter().filter_map(Shape::without_objects).collect();
                (!rest.is_empty()).then(|| union(rest))
            }
            shape => Some(shape),
        }
    }

    /// The shape with references to objects that were never defined replaced by `any`: a
    /// definition reached through recursion that turned out not to be an object with properties
    /// (a list of itself). `any`, because nothing more is known of it.
    fn without_dangling(self, defined: &BTreeMap<String, ObjectDef>) -> Shape {
        match self {
            Shape::Object(name) if !defined.contains_key(&name) => Shape::Any,
            Shape::Array(inner) => Shape::Array(Box::new(inner.without_dangling(defined))),
            Shape::Map(inner) => Shape::Map(Box::new(inner.without_dangling(defined))),
            Shape::Union(alternatives) => {
                union(alternatives.into_iter().map(|s| s.without_dangling(defined)).collect())
            }
            shape => shape,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
struct Property {
    shape: Shape,
    required: bool,
    /// The property's own `minItems` (0 when it has none): the fewest elements a list may have.
    min_items: u64,
}

#[derive(Debug, Clone, Default, PartialEq)]
struct ObjectDef {
    open: bool,
    properties: BTreeMap<String, Property>,
}

/// An object's properties as they are gathered from the object and its alternatives.
#[derive(Default)]
struct ObjectAcc {
    /// Each property, and whether the object itself (not an alternative) declares it.
    properties: BTreeMap<String, (Property, bool)>,
    /// Whether some part allows keys beyond the listed properties.
    open: bool,
    /// Whether the object itself says `additionalProperties: false`: then no alternative can open
    /// it (JSON Schema applies both).
    closed: bool,
    /// Shapes of values under keys not listed (`patternProperties`, `additionalProperties: {...}`).
    values: Vec<Shape>,
}

impl ObjectAcc {
    fn insert(&mut self, name: &str, shape: Shape, required: bool, min_items: u64, own: bool) {
        match self.properties.get_mut(name) {
            None => {
                self.properties.insert(name.to_string(), (Property { shape, required, min_items }, own));
            }
            Some((existing, existing_own)) => {
                existing.required |= required;
                // A bound only the object itself states holds whichever alternative is chosen; two
                // alternatives keep the looser one.
                if own && !*existing_own {
                    existing.min_items = min_items;
                } else if !*existing_own {
                    existing.min_items = existing.min_items.min(min_items);
                }
                if own && !*existing_own {
                    existing.shape = shape;
                    *existing_own = true;
                } else if !*existing_own {
                    // Two alternatives declare the property: either may be used.
                    existing.shape = union(vec![existing.shape.clone(), shape]);
                }
                // An alternative restating a property the object declares only narrows it (an
                // `enum`, a `required`): the object's declaration stands.
            }
        }
    }
}

enum DefState {
    InProgress,
    Done(Shape),
}

/// Converts one resource schema into its record.
struct Builder<'a> {
    schema: &'a Value,
    /// Object records by name (definitions and inline objects).
    objects: BTreeMap<String, ObjectDef>,
    definitions: HashMap<String, DefState>,
    depth: usize,
}

/// How deep `$ref`s and nesting are followed before giving up with `any`: deeper than any real
/// schema, shallow enough to stop a cycle that does not go through an object.
const MAX_DEPTH: usize = 48;

impl<'a> Builder<'a> {
    fn new(schema: &'a Value) -> Builder<'a> {
        Builder { schema, objects: BTreeMap::new(), definitions: HashMap::new(), depth: 0 }
    }

    fn resolve(&self, pointer: &str) -> Option<&'a Value> {
        let schema: &'a Value = self.schema;
        schema.pointer(pointer.strip_prefix('#')?)
    }

    fn shape_of(&mut self, node: &'a Value, hint: &str) -> Shape {
        if self.depth > MAX_DEPTH {
            return Shape::Any;
        }
        self.depth += 1;
        let shape = self.shape_of_inner(node, hint);
        self.depth -= 1;
        shape
    }

    fn shape_of_inner(&mut self, node: &'a Value, hint: &str) -> Shape {
        let Some(object) = node.as_object() else { return Shape::Any };
        if let Some(pointer) = object.get("$ref").and_then(Value::as_str) {
            return self.ref_shape(pointer);
        }
        let types = type_list(object);
        if !types.is_empty() {
            let shapes = types
                .iter()
                .map(|kind| match *kind {
                    "string" => Shape::String,
                    "integer" => Shape::Integer,
                    "number" => Shape::Number,
                    "boolean" => Shape::Boolean,
                    "array" => Shape::Array(Box::new(self.items_shape(object, hint))),
                    "object" => self.object_shape(object, hint),
                    _ => Shape::Any,
                })
                .collect();
            return union(shapes);
        }
        if has_object_keywords(object) {
            return self.object_shape(object, hint);
        }
        if object.contains_key("items") {
            return Shape::Array(Box::new(self.items_shape(object, hint)));
        }
        // No type of its own: the alternatives say what it may be.
        let alternatives: Vec<&'a Value> =
            alternatives(object).filter(|alternative| has_typing(alternative, 0)).collect();
        if alternatives.is_empty() {
            return Shape::Any;
        }
        let mut shapes = Vec::new();
        let mut objects = false;
        for alternative in alternatives {
            let shape = self.shape_of(alternative, hint);
            if self.is_objectish(alternative, 0) {
                // Its object part is merged with the other objects below; keep the rest (the
                // `string` of `type: [object, string]`).
                objects = true;
                if let Some(rest) = shape.without_objects() {
                    shapes.push(rest);
                }
            } else {
                shapes.push(shape);
            }
        }
        if objects {
            shapes.push(self.object_shape(object, hint));
        }
        union(shapes)
    }

    fn items_shape(&mut self, object: &'a Map<String, Value>, hint: &str) -> Shape {
        match object.get("items") {
            Some(items @ Value::Object(_)) => self.shape_of(items, &format!("{hint}.*")),
            // Tuples (`items: [...]`, `prefixItems`) or no items: any element.
            _ => Shape::Any,
        }
    }

    fn ref_shape(&mut self, pointer: &str) -> Shape {
        if let Some(name) = pointer.strip_prefix("#/definitions/").filter(|name| !name.contains('/')) {
            return self.definition_shape(name);
        }
        match self.resolve(pointer) {
            Some(node) => {
                let hint = pointer_hint(pointer);
                self.shape_of(node, &hint)
            }
            None => Shape::Any,
        }
    }

    fn definition_shape(&mut self, name: &str) -> Shape {
        match self.definitions.get(name) {
            Some(DefState::Done(shape)) => return shape.clone(),
            // A definition that contains itself: only an object can (a list of itself would be
            // infinite), and its record is being built; `without_dangling` fixes this up if not.
            Some(DefState::InProgress) => return Shape::Object(name.to_string()),
            None => {}
        }
        let Some(node) = self.schema.get("definitions").and_then(|definitions| definitions.get(name)) else {
            return Shape::Any;
        };
        self.definitions.insert(name.to_string(), DefState::InProgress);
        let shape = self.shape_of(node, name);
        self.definitions.insert(name.to_string(), DefState::Done(shape.clone()));
        shape
    }

    /// Whether a schema node describes an object (following `$ref`s and alternatives).
    fn is_objectish(&self, node: &'a Value, depth: usize) -> bool {
        node.as_object().is_some_and(|object| self.is_objectish_map(object, depth))
    }

    fn is_objectish_map(&self, object: &'a Map<String, Value>, depth: usize) -> bool {
        if depth > MAX_DEPTH {
            return false;
        }
        if let Some(pointer) = object.get("$ref").and_then(Value::as_str) {
            return self.resolve(pointer).is_some_and(|target| self.is_objectish(target, depth + 1));
        }
        let types = type_list(object);
        if !types.is_empty() {
            return types.contains(&"object");
        }
        has_object_keywords(object) || alternatives(object).any(|alternative| self.is_objectish(alternative, depth + 1))
    }

    /// The shape of an object node: a named record when it lists properties, else a map or `json`.
    fn object_shape(&mut self, object: &'a Map<String, Value>, hint: &str) -> Shape {
        let mut acc = ObjectAcc::default();
        self.absorb(object, hint, true, &mut acc, 0);
        if acc.properties.is_empty() {
            if acc.values.is_empty() {
                return Shape::Json;
            }
            return Shape::Map(Box::new(union(acc.values)));
        }
        let open = (acc.open && !acc.closed) || !acc.values.is_empty();
        let properties = acc.properties.into_iter().map(|(name, (property, _))| (name, property)).collect();
        self.define(hint, ObjectDef { open, properties });
        Shape::Object(hint.to_string())
    }

    /// Records an object; a second record of one name (alternatives declaring the same inline
    /// object) is merged into the first.
    fn define(&mut self, name: &str, object: ObjectDef) {
        match self.objects.get_mut(name) {
            None => {
                self.objects.insert(name.to_string(), object);
            }
            Some(existing) => {
                existing.open |= object.open;
                let object_names: BTreeSet<String> = object.properties.keys().cloned().collect();
                for (property_name, mut property) in object.properties {
                    match existing.properties.get_mut(&property_name) {
                        None => {
                            property.required = false;
                            property.min_items = 0;
                            existing.properties.insert(property_name, property);
                        }
                        Some(current) => {
                            current.required &= property.required;
                            current.min_items = current.min_items.min(property.min_items);
                            current.shape = union(vec![current.shape.clone(), property.shape]);
                        }
                    }
                }
                // Required (and bounded) only if every record of the name requires it.
                for (property_name, property) in &mut existing.properties {
                    if !object_names.contains(property_name) {
                        property.required = false;
                        property.min_items = 0;
                    }
                }
            }
        }
    }

    /// Gathers an object node's properties into `acc`: its own (`own`: with its `required`) and,
    /// conservatively, those of every object among its `oneOf`/`anyOf`/`allOf` alternatives.
    fn absorb(&mut self, object: &'a Map<String, Value>, hint: &str, own: bool, acc: &mut ObjectAcc, depth: usize) {
        if depth > MAX_DEPTH {
            acc.open = true;
            return;
        }
        if let Some(pointer) = object.get("$ref").and_then(Value::as_str) {
            let shape = self.ref_shape(pointer);
            self.absorb_shape(&shape, acc);
            return;
        }
        let required: BTreeSet<&str> = if own {
            object.get("required").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str).collect()
        } else {
            BTreeSet::new()
        };
        if let Some(properties) = object.get("properties").and_then(Value::as_object) {
            for (name, node) in properties {
                let shape = self.shape_of(node, &format!("{hint}.{name}"));
                // Only a list's own bound is kept: one stated inside alternatives or behind a `$ref`
                // may not apply to every value.
                let min_items = match shape {
                    Shape::Array(_) if own => node.get("minItems").and_then(Value::as_u64).unwrap_or(0),
                    _ => 0,
                };
                acc.insert(name, shape, required.contains(name.as_str()), min_items, own);
            }
        }
        let contributing: Vec<&'a Map<String, Value>> = alternatives(object)
            .filter_map(Value::as_object)
            .filter(|alternative| alternative.contains_key("properties") || self.is_objectish_map(alternative, 0))
            .collect();
        match object.get("additionalProperties") {
            Some(Value::Bool(false)) => acc.closed |= own,
            Some(node @ Value::Object(_)) => {
                let shape = self.shape_of(node, &format!("{hint}.+"));
                acc.values.push(shape);
            }
            // JSON Schema allows any further key unless told otherwise; but when the object is a
            // choice among object alternatives, those say which keys there are.
            None if !contributing.is_empty() => {}
            _ => acc.open = true,
        }
        if let Some(patterns) = object.get("patternProperties").and_then(Value::as_object) {
            for node in patterns.values() {
                let shape = self.shape_of(node, &format!("{hint}.+"));
                acc.values.push(shape);
            }
        }
        for alternative in contributing {
            self.absorb(alternative, hint, false, acc, depth + 1);
        }
    }

    /// Adds what a referenced alternative allows to an object being gathered.
    fn absorb_shape(&mut self, shape: &Shape, acc: &mut ObjectAcc) {
        match shape {
            Shape::Object(name) => match self.objects.get(name) {
                Some(object) => {
                    acc.open |= object.open;
                    // The alternative's own `required` applies only when it is the one chosen.
                    for (property_name, property) in &object.properties {
                        acc.insert(property_name, property.shape.clone(), false, 0, false);
                    }
                }
                // Still being built (a definition containing itself): nothing is known of its keys.
                None => acc.open = true,
            },
            Shape::Map(value) => acc.values.push((**value).clone()),
            Shape::Union(alternatives) => {
                for alternative in alternatives {
                    self.absorb_shape(alternative, acc);
                }
            }
            // Only objects matter here: `json` allows any key; scalars and lists are not objects.
            Shape::Json | Shape::Any => acc.open = true,
            _ => {}
        }
    }

    /// The root object: the resource's properties.
    fn root(&mut self) -> ObjectDef {
        let mut acc = ObjectAcc::default();
        if let Some(object) = self.schema.as_object() {
            self.absorb(object, "$", true, &mut acc, 0);
        }
        let open = (acc.open && !acc.closed) || !acc.values.is_empty();
        ObjectDef {
            open,
            properties: acc.properties.into_iter().map(|(name, (property, _))| (name, property)).collect(),
        }
    }
}

/// The `type` of a schema node as a list, without `null`.
fn type_list(object: &Map<String, Value>) -> Vec<&str> {
    match object.get("type") {
        Some(Value::String(kind)) => vec![kind.as_str()],
        Some(Value::Array(kinds)) => kinds.iter().filter_map(Value::as_str).filter(|kind| *kind != "null").collect(),
        _ => Vec::new(),
    }
}

fn has_object_keywords(object: &Map<String, Value>) -> bool {
    object.contains_key("properties")
        || object.contains_key("patternProperties")
        || matches!(object.get("additionalProperties"), Some(Value::Object(_)))
}

fn alternatives(object: &Map<String, Value>) -> impl Iterator<Item = &Value> {
    ["oneOf", "anyOf", "allOf"]
        .into_iter()
        .filter_map(|keyword| object.get(keyword).and_then(Value::as_array))
        .flatten()
}

/// Whether a node says anything about the type of a value (not only `required` or `format`).
fn has_typing(node: &Value, depth: usize) -> bool {
    let Some(object) = node.as_object() else { return false };
    if depth > MAX_DEPTH {
        return false;
    }
    ["$ref", "type", "properties", "patternProperties", "items"].iter().any(|key| object.contains_key(*key))
        || matches!(object.get("additionalProperties"), Some(Value::Object(_)))
        || alternatives(object).any(|alternative| has_typing(alternative, depth + 1))
}

/// A name for an object reached through a `$ref` to somewhere other than a definition
/// (`#/properties/Foo` -> `$.Foo`), consistent with the names inline objects get.
fn pointer_hint(pointer: &str) -> String {
    let mut segments = pointer.trim_start_matches('#').split('/').filter(|segment| !segment.is_empty()).peekable();
    let mut hint = String::new();
    if segments.peek() == Some(&"definitions") {
        segments.next();
        hint.push_str(segments.next().unwrap_or("$"));
    } else {
        hint.push('$');
    }
    while let Some(segment) = segments.next() {
        match segment {
            "properties" => {
                if let Some(name) = segments.next() {
                    hint.push('.');
                    hint.push_str(name);
                }
            }
            "items" => hint.push_str(".*"),
            "additionalProperties" | "patternProperties" => {
                if segment == "patternProperties" {
                    segments.next();
                }
                hint.push_str(".+");
            }
            other => {
                hint.push('.');
                hint.push_str(other);
            }
        }
    }
    hint
}

/// `/properties/A/B` -> `A.B` (and `/properties/A/*/B` -> `A.*.B`); `None` for other pointers.
fn pointer_path(pointer: &str) -> Option<String> {
    let rest = pointer.strip_prefix("/properties/")?;
    let path = rest.replace('/', ".");
    (!path.is_empty()).then_some(path)
}

fn pointer_list(schema: &Value, key: &str) -> Vec<String> {
    let mut paths: Vec<String> = schema
        .get(key)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .filter_map(pointer_path)
        .collect();
    paths.sort();
    paths.dedup();
    paths
}

/// How a type takes tags.
#[derive(Debug, PartialEq)]
struct Tags {
    taggable: bool,
    /// The form (`list`, `map`, `other`) and the path of the property holding tags.
    property: Option<(&'static str, String)>,
}

/// One resource type's record.
struct TypeRecord {
    name: String,
    root: ObjectDef,
    objects: BTreeMap<String, ObjectDef>,
    primary: Vec<String>,
    create_only: Vec<String>,
    read_only: Vec<String>,
    get_att: BTreeSet<String>,
    tags: Tags,
}

impl TypeRecord {
    fn build(name: &str, schema: &Value, rules: &GetAttRules) -> TypeRecord {
        let mut builder = Builder::new(schema);
        let mut root = builder.root();
        let mut objects = std::mem::take(&mut builder.objects);
        // Fix up references to records that were never made, then keep only reachable records.
        let defined = objects.clone();
        for property in root.properties.values_mut() {
            property.shape = std::mem::replace(&mut property.shape, Shape::Any).without_dangling(&defined);
        }
        for object in objects.values_mut() {
            for property in object.properties.values_mut() {
                property.shape = std::mem::replace(&mut property.shape, Shape::Any).without_dangling(&defined);
            }
        }
        let objects = reachable(&root, objects);
        // `primaryIdentifier` keeps its order: it is the order of a composite Ref's parts.
        let primary = schema
            .get("primaryIdentifier")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .filter_map(pointer_path)
            .collect();
        let tags = tags(schema, &root, &objects);
        TypeRecord {
            name: name.to_string(),
            get_att: get_atts(name, schema, rules),
            create_only: pointer_list(schema, "createOnlyProperties"),
            read_only: pointer_list(schema, "readOnlyProperties"),
            primary,
            root,
            objects,
            tags,
        }
    }

    fn write(&self, out: &mut String) {
        let _ = writeln!(out, "type {}{}", self.name, if self.root.open { " open" } else { "" });
        for (keyword, items) in
            [("primary", &self.primary), ("create-only", &self.create_only), ("read-only", &self.read_only)]
        {
            if !items.is_empty() {
                let _ = writeln!(out, "{keyword} {}", items.join(" "));
            }
        }
        if !self.get_att.is_empty() {
            let _ = writeln!(out, "get-att {}", self.get_att.iter().map(String::as_str).collect::<Vec<_>>().join(" "));
        }
        if self.tags.taggable {
            out.push_str("taggable\n");
        }
        if let Some((form, path)) = &self.tags.property {
            let _ = writeln!(out, "tags {form} {path}");
        }
        write_properties(out, &self.root);
        for (name, object) in &self.objects {
            let _ = writeln!(out, "def {name}{}", if object.open { " open" } else { "" });
            write_properties(out, object);
        }
    }
}

fn write_properties(out: &mut String, object: &ObjectDef) {
    for (name, property) in &object.properties {
        let _ = write!(out, " {name} {}{}", property.shape, if property.required { " required" } else { "" });
        if property.min_items > 0 {
            let _ = write!(out, " min-items {}", property.min_items);
        }
        out.push('\n');
    }
}

/// The records reachable from the root, so that nothing unused is written.
fn reachable(root: &ObjectDef, mut objects: BTreeMap<String, ObjectDef>) -> BTreeMap<String, ObjectDef> {
    let mut kept = BTreeMap::new();
    let mut pending: Vec<String> = Vec::new();
    let visit = |object: &ObjectDef, pending: &mut Vec<String>| {
        for property in object.properties.values() {
            property.shape.for_each_object_name(&mut |name| pending.push(name.to_string()));
        }
    };
    visit(root, &mut pending);
    while let Some(name) = pending.pop() {
        if let Some(object) = objects.remove(&name) {
            visit(&object, &mut pending);
            kept.insert(name, object);
        }
    }
    kept
}

/// The valid `Fn::GetAtt` attributes, as cfn-lint's `GetAtts` class computes them.
fn get_atts(type_name: &str, schema: &Value, rules: &GetAttRules) -> BTreeSet<String> {
    let mut attributes = BTreeSet::new();
    let read_only =
        || schema.get("readOnlyProperties").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str);
    if rules.all_properties.contains(type_name) {
        if let Some(properties) = schema.get("properties").and_then(Value::as_object) {
            for (name, node) in properties {
                all_property_attributes(schema, node, name, &mut attributes, 0);
            }
        }
        return attributes;
    }
    if let Some(extra) = rules.extra.get(type_name) {
        attributes.extend(extra.iter().cloned());
    }
    if type_name == "AWS::CloudFormation::Stack" || type_name == "AWS::Serverless::Application" {
        attributes.insert("Outputs.*".to_string());
        return attributes;
    }
    if type_name == "AWS::ServiceCatalog::CloudFormationProvisionedProduct" {
        for pointer in read_only() {
            if pointer == "/properties/Outputs" {
                attributes.insert("Outputs.*".to_string());
            } else if let Some(attribute) = attribute_of(pointer) {
                attributes.insert(attribute);
            }
        }
        return attributes;
    }
    if ["Custom::", "AWS::CloudFormation::CustomResource", "Module"].iter().any(|prefix| type_name.starts_with(prefix))
    {
        attributes.insert("*".to_string());
    }
    attributes.extend(read_only().filter_map(attribute_of));
    attributes
}

/// `/properties/Endpoint/Address` -> `Endpoint.Address`; `None` inside a list (`A/*/B`), which
/// `Fn::GetAtt` cannot reach.
fn attribute_of(pointer: &str) -> Option<String> {
    pointer_path(pointer).filter(|path| !path.split('.').any(|segment| segment == "*"))
}

/// cfn-lint's `GetAtts._process_schema`: every scalar (or list of scalars) under a property.
fn all_property_attributes(schema: &Value, node: &Value, path: &str, out: &mut BTreeSet<String>, depth: usize) {
    if depth > MAX_DEPTH {
        return;
    }
    let Some(object) = node.as_object() else { return };
    let types: Vec<&str> = match object.get("type") {
        Some(Value::String(kind)) => vec![kind.as_str()],
        Some(Value::Array(kinds)) => kinds.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    };
    if types.contains(&"object") {
        for (name, child) in object.get("properties").and_then(Value::as_object).into_iter().flatten() {
            all_property_attributes(schema, child, &format!("{path}.{name}"), out, depth + 1);
        }
    } else if types.contains(&"array") {
        // GetAtt cannot go into a list of objects or of lists; a list of scalars is one attribute.
        let item_type = object.get("items").and_then(|items| items.get("type")).and_then(Value::as_str);
        if !matches!(item_type, Some("object" | "array")) {
            out.insert(path.to_string());
        }
    } else if let Some(pointer) = object.get("$ref").and_then(Value::as_str).filter(|pointer| !pointer.is_empty()) {
        if let Some(target) = pointer.strip_prefix('#').and_then(|pointer| schema.pointer(pointer)) {
            all_property_attributes(schema, target, path, out, depth + 1);
        }
    } else {
        out.insert(path.to_string());
    }
}

fn tags(schema: &Value, root: &ObjectDef, objects: &BTreeMap<String, ObjectDef>) -> Tags {
    let tagging = schema.get("tagging");
    let pointer = match tagging.and_then(|tagging| tagging.get("tagProperty")).and_then(Value::as_str) {
        Some(pointer) => Some(pointer.to_string()),
        None => root.properties.contains_key("Tags").then(|| "/properties/Tags".to_string()),
    };
    let property = pointer.and_then(|pointer| {
        let path = pointer_path(&pointer)?;
        let form = match root.properties.get(&path) {
            Some(property) => tag_form(&property.shape, objects),
            // Nested (`TagSpecifications/*/Tags`) or not a property at all.
            None if path.contains('.') => "other",
            None => return None,
        };
        Some((form, path))
    });
    let taggable = tagging
        .and_then(|tagging| tagging.get("taggable"))
        .or_else(|| schema.get("taggable"))
        .and_then(Value::as_bool)
        .unwrap_or(property.is_some());
    Tags { taggable, property }
}

/// `list` for `[{Key, Value}]`, `map` for an object of tag values, `other` otherwise.
fn tag_form(shape: &Shape, objects: &BTreeMap<String, ObjectDef>) -> &'static str {
    let alternatives = match shape {
        Shape::Union(alternatives) => alternatives.as_slice(),
        shape => std::slice::from_ref(shape),
    };
    let key_value = |name: &str| {
        objects
            .get(name)
            .is_some_and(|object| object.properties.contains_key("Key") && object.properties.contains_key("Value"))
    };
    for alternative in alternatives {
        match alternative {
            Shape::Array(item) if matches!(&**item, Shape::Object(name) if key_value(name)) => return "list",
            Shape::Map(_) | Shape::Json => return "map",
            _ => {}
        }
    }
    "other"
}

#[cfg(test)]
mod tests;

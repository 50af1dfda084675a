//! Checking a resource's properties against its type's schema.
//!
//! The check is conservative: it reports only what CloudFormation (or cfn-lint, for read-only
//! properties) would reject whatever the parameters and resources turn out to be. Literal values are
//! checked against the shape; an intrinsic function is accepted wherever the kind of value it can
//! produce is (`Fn::Sub` where a string, integer or boolean goes, `Fn::Split` where a list goes,
//! `Fn::GetAtt` and `Fn::Select` anywhere); `Fn::If` is checked branch by branch; `Ref` to
//! `AWS::NoValue`, `null`, and a map whose one key is `Fn::...` (`Fn::Transform`, or a function newer
//! than the IR) are accepted anywhere. Where a value could match several alternatives of a shape,
//! only the shallow match is checked.
//!
//! Run over the 2,000 resources of aws-cloudformation/aws-cloudformation-templates and cfn-lint's
//! "good" test templates, it reports only real mistakes (and tool directives such as
//! `Rain::Embed` that a preprocessor replaces).

use super::{resource_type, ObjectSchema, ResourceSchema, ValueShape};
use iac2cfn_diagnostics::did_you_mean;
use iac2cfn_ir::Expr;
use indexmap::IndexMap;
use std::fmt::{self, Write as _};

/// Nesting deeper than this is not looked into: no real template comes close, and it bounds the
/// recursion whatever the input.
const MAX_DEPTH: usize = 64;

/// The key that splices a macro's output into any object; what it adds cannot be known here.
const TRANSFORM: &str = "Fn::Transform";

/// A problem with a resource's properties.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PropertyProblem {
    /// Where: `LifecycleConfiguration.Rules[0].Status`; list elements by index, map entries by key.
    /// Empty for a problem with the resource type itself.
    pub path: String,
    /// What is wrong.
    pub kind: ProblemKind,
}

/// What is wrong with a property.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemKind {
    /// The resource type is not in the schema table (a new type, or a private registry type): a
    /// caller should warn rather than fail.
    UnknownResourceType(String),
    /// The object has no property of this name.
    UnknownProperty {
        /// A property of the object with a similar name.
        suggestion: Option<&'static str>,
    },
    /// The value cannot have the shape the schema asks for.
    WrongShape {
        /// What the schema asks for: `a list`, `a string or a JSON object`.
        expected: String,
        /// What the value is: `an object`, `Fn::Split (a list)`.
        found: String,
    },
    /// A required top-level property is not set.
    MissingRequired,
    /// The property is read-only: CloudFormation sets it and ignores a value in the template
    /// (cfn-lint's E3040 rejects it).
    ReadOnly,
    /// A list with fewer elements than the schema's `minItems` (cfn-lint's E3032).
    TooFewItems {
        /// The fewest the schema allows.
        min: u32,
        /// How many the list has.
        found: usize,
    },
}

impl fmt::Display for PropertyProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = &self.path;
        match &self.kind {
            ProblemKind::UnknownResourceType(name) => {
                write!(f, "`{name}` is not a resource type CloudFormation's schemas ({}) know", super::source())
            }
            ProblemKind::UnknownProperty { suggestion: Some(suggestion) } => {
                write!(f, "unknown property `{path}`; did you mean `{suggestion}`?")
            }
            ProblemKind::UnknownProperty { suggestion: None } => write!(f, "unknown property `{path}`"),
            ProblemKind::WrongShape { expected, found } => write!(f, "`{path}` must be {expected}, not {found}"),
            ProblemKind::MissingRequired => write!(f, "required property `{path}` is missing"),
            ProblemKind::ReadOnly => write!(f, "`{path}` is read-only: CloudFormation sets it, a template cannot"),
            ProblemKind::TooFewItems { min, found } => {
                let elements = if *min == 1 { "element" } else { "elements" };
                write!(f, "`{path}` needs at least {min} {elements}, but has {found}")
            }
        }
    }
}

/// Checks a resource's `Properties` against its type's schema: unknown property names at any depth
/// (with a did-you-mean), values of the wrong shape, lists shorter than their `minItems`, missing
/// required top-level properties, and read-only properties. Problems come in the order of the properties.
pub fn check_properties(resource_type: &str, properties: &IndexMap<String, Expr>) -> Vec<PropertyProblem> {
    let Some(schema) = self::resource_type(resource_type) else {
        return vec![PropertyProblem {
            path: String::new(),
            kind: ProblemKind::UnknownResourceType(resource_type.to_string()),
        }];
    };
    let mut checker = Checker { schema, problems: Vec::new(), path: String::new(), schema_path: String::new() };
    checker.object(schema.root(), properties, 0);
    // A macro may add any property.
    if !properties.contains_key(TRANSFORM) {
        for name in schema.root().required() {
            if !properties.contains_key(name) {
                checker.problems.push(PropertyProblem { path: name.to_string(), kind: ProblemKind::MissingRequired });
            }
        }
    }
    checker.problems
}

struct Checker {
    schema: &'static ResourceSchema,
    problems: Vec<PropertyProblem>,
    /// The path of the value being checked, as reported (`Rules[0].Status`).
    path: String,
    /// The same path as the schema spells it (`Rules.*.Status`), for read-only properties.
    schema_path: String,
}

/// What an intrinsic function can produce.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Produces {
    /// Anything, as far as can be told before deployment.
    Anything,
    /// A string.
    String,
    /// A number.
    Number,
    /// A list.
    List,
    /// A string or a list (`Ref` to a parameter or a resource).
    StringOrList,
}

impl Checker {
    fn problem(&mut self, kind: ProblemKind) {
        self.problems.push(PropertyProblem { path: self.path.clone(), kind });
    }

    /// Runs `check` with `key` appended to both paths.
    fn nested(&mut self, key: Segment<'_>, check: impl FnOnce(&mut Self)) {
        let (path_length, schema_path_length) = (self.path.len(), self.schema_path.len());
        match key {
            Segment::Key(key) => {
                if !self.path.is_empty() {
                    self.path.push('.');
                    self.schema_path.push('.');
                }
                self.path.push_str(key);
                self.schema_path.push_str(key);
            }
            Segment::Index(index) => {
                let _ = write!(self.path, "[{index}]");
                self.schema_path.push_str(".*");
            }
        }
        check(self);
        self.path.truncate(path_length);
        self.schema_path.truncate(schema_path_length);
    }

    fn object(&mut self, object: &'static ObjectSchema, entries: &IndexMap<String, Expr>, depth: usize) {
        for (key, value) in entries {
            if key == TRANSFORM {
                continue;
            }
            self.nested(Segment::Key(key), |checker| match object.property(key) {
                Some(property) => {
                    if checker.schema.is_read_only(&checker.schema_path) {
                        checker.problem(ProblemKind::ReadOnly);
                    }
                    if property.min_items > 0 {
                        checker.count(value, property.min_items, depth + 1);
                    }
                    checker.value(value, &property.shape, depth + 1);
                }
                None if object.is_open() => {}
                None => {
                    let suggestion = did_you_mean(key, object.properties().iter().map(|property| property.name));
                    checker.problem(ProblemKind::UnknownProperty { suggestion });
                }
            });
        }
    }

    fn value(&mut self, value: &Expr, shape: &ValueShape, depth: usize) {
        if depth > MAX_DEPTH {
            return;
        }
        match value {
            Expr::Null => {}
            Expr::Ref(name) if name == "AWS::NoValue" => {}
            // Either branch may be the one deployed: both must fit.
            Expr::If { then, otherwise, .. } => {
                self.value(then, shape, depth + 1);
                self.value(otherwise, shape, depth + 1);
            }
            // A map of one `Fn::` key is a function to CloudFormation, whatever the IR calls it:
            // `Fn::Transform` (a macro), or one newer than the IR (`Fn::GetStackOutput`).
            Expr::Map(entries) if looks_like_function(entries) => {}
            Expr::Bool(_) | Expr::Number(_) | Expr::String(_) | Expr::List(_) | Expr::Map(_) => {
                self.literal(value, shape, depth);
            }
            intrinsic => {
                let produces = produces(intrinsic);
                if !shape.alternatives().iter().any(|alternative| accepts_produced(alternative, produces)) {
                    self.problem(ProblemKind::WrongShape {
                        expected: describe(shape),
                        found: describe_intrinsic(intrinsic),
                    });
                }
            }
        }
    }

    /// Checks that a literal list (in either branch of an `Fn::If`) has at least `min` elements.
    fn count(&mut self, value: &Expr, min: u32, depth: usize) {
        if depth > MAX_DEPTH {
            return;
        }
        match value {
            Expr::List(items) if items.len() < min as usize => {
                self.problem(ProblemKind::TooFewItems { min, found: items.len() });
            }
            Expr::If { then, otherwise, .. } => {
                self.count(then, min, depth + 1);
                self.count(otherwise, min, depth + 1);
            }
            _ => {}
        }
    }

    fn literal(&mut self, value: &Expr, shape: &ValueShape, depth: usize) {
        let mut candidates = shape.alternatives().iter().filter(|alternative| accepts_literal(alternative, value));
        let Some(first) = candidates.next() else {
            self.problem(ProblemKind::WrongShape { expected: describe(shape), found: describe_literal(value).into() });
            return;
        };
        // Several alternatives take it (`@Policy|json`): checking it against one of them could
        // report what another allows.
        if candidates.next().is_some() {
            return;
        }
        match (first, value) {
            (ValueShape::List(item), Expr::List(items)) => {
                for (index, element) in items.iter().enumerate() {
                    self.nested(Segment::Index(index), |checker| checker.value(element, item, depth + 1));
                }
            }
            (ValueShape::Map(value_shape), Expr::Map(entries)) => {
                for (key, element) in entries {
                    if key != TRANSFORM {
                        self.nested(Segment::Key(key), |checker| checker.value(element, value_shape, depth + 1));
                    }
                }
            }
            (ValueShape::Object(name), Expr::Map(entries)) => {
                if let Some(object) = self.schema.definition(name) {
                    self.object(object, entries, depth + 1);
                }
            }
            _ => {}
        }
    }
}

fn looks_like_function(entries: &IndexMap<String, Expr>) -> bool {
    entries.len() == 1 && entries.keys().all(|key| key == "Ref" || key.starts_with("Fn::"))
}

enum Segment<'a> {
    Key(&'a str),
    Index(usize),
}

/// Whether a literal can be a value of a shape (not looking inside lists and objects). Strings that
/// spell a number or a boolean are taken where those go, as CloudFormation converts them.
fn accepts_literal(shape: &ValueShape, value: &Expr) -> bool {
    match (shape, value) {
        (ValueShape::Any, _) => true,
        (ValueShape::String, Expr::String(_) | Expr::Number(_) | Expr::Bool(_)) => true,
        (ValueShape::Integer, Expr::Number(number)) => number.as_f64().fract() == 0.0,
        (ValueShape::Integer, Expr::String(text)) => {
            text.trim().parse::<f64>().is_ok_and(|value| value.is_finite() && value.fract() == 0.0)
        }
        (ValueShape::Number, Expr::Number(_)) => true,
        (ValueShape::Number, Expr::String(text)) => text.trim().parse::<f64>().is_ok_and(f64::is_finite),
        (ValueShape::Boolean, Expr::Bool(_)) => true,
        (ValueShape::Boolean, Expr::String(text)) => {
            text.eq_ignore_ascii_case("true") || text.eq_ignore_ascii_case("false")
        }
        (ValueShape::List(_), Expr::List(_)) => true,
        (ValueShape::Map(_) | ValueShape::Object(_) | ValueShape::Json, Expr::Map(_)) => true,
        // A free-form JSON property also takes the document as JSON text.
        (ValueShape::Json, Expr::String(_)) => true,
        (ValueShape::OneOf(alternatives), _) => {
            alternatives.iter().any(|alternative| accepts_literal(alternative, value))
        }
        _ => false,
    }
}

fn produces(intrinsic: &Expr) -> Produces {
    match intrinsic {
        Expr::Ref(_) => Produces::StringOrList,
        Expr::Sub { .. } | Expr::Join { .. } | Expr::Base64(_) | Expr::ToJsonString(_) => Produces::String,
        Expr::Length(_) => Produces::Number,
        Expr::Split { .. } | Expr::GetAzs(_) | Expr::Cidr { .. } => Produces::List,
        // An attribute, a list element, a mapping value or an import may be of any shape.
        _ => Produces::Anything,
    }
}

fn accepts_produced(shape: &ValueShape, produces: Produces) -> bool {
    let takes_string = matches!(
        shape,
        ValueShape::String | ValueShape::Integer | ValueShape::Number | ValueShape::Boolean | ValueShape::Json
    );
    match produces {
        _ if *shape == ValueShape::Any => true,
        Produces::Anything => true,
        Produces::String => takes_string,
        Produces::Number => matches!(shape, ValueShape::String | ValueShape::Integer | ValueShape::Number),
        Produces::List => matches!(shape, ValueShape::List(_)),
        Produces::StringOrList => takes_string || matches!(shape, ValueShape::List(_)),
    }
}

/// How a message names a shape: `a list`, `a string or a JSON object`.
fn describe(shape: &ValueShape) -> String {
    let one = |shape: &ValueShape| match shape {
        ValueShape::String => "a string",
        ValueShape::Integer => "an integer",
        ValueShape::Number => "a number",
        ValueShape::Boolean => "a boolean",
        ValueShape::Json => "a JSON object",
        ValueShape::Any => "any value",
        ValueShape::List(_) => "a list",
        ValueShape::Map(_) => "a map",
        ValueShape::Object(_) => "an object",
        ValueShape::OneOf(_) => "one of several shapes",
    };
    let names: Vec<&str> = shape.alternatives().iter().map(one).collect();
    match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
        _ => names.concat(),
    }
}

fn describe_literal(value: &Expr) -> &'static str {
    match value {
        Expr::Bool(_) => "a boolean",
        Expr::Number(_) => "a number",
        Expr::String(_) => "a string",
        Expr::List(_) => "a list",
        Expr::Map(_) => "an object",
        _ => "a value",
    }
}

fn describe_intrinsic(intrinsic: &Expr) -> String {
    let name = match intrinsic {
        Expr::Ref(_) => "Ref",
        Expr::Sub { .. } => "Fn::Sub",
        Expr::Join { .. } => "Fn::Join",
        Expr::Base64(_) => "Fn::Base64",
        Expr::ToJsonString(_) => "Fn::ToJsonString",
        Expr::Length(_) => "Fn::Length",
        Expr::Split { .. } => "Fn::Split",
        Expr::GetAzs(_) => "Fn::GetAZs",
        Expr::Cidr { .. } => "Fn::Cidr",
        _ => "an intrinsic function",
    };
    let what = match produces(intrinsic) {
        Produces::String => "a string",
        Produces::Number => "a number",
        Produces::List => "a list",
        Produces::StringOrList => "a string or a list",
        Produces::Anything => "a value",
    };
    format!("{name} (which gives {what})")
}

#[cfg(test)]
mod tests;

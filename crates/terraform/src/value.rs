//! The values of the partial evaluator: known Terraform values, and symbolic ones (known only once
//! CloudFormation deploys the stack) that carry the intrinsic expression producing them.

use iac2cfn_ir::{Expr, IndexMap, Number, SubPart};
use std::fmt::Write as _;

/// What a symbolic value is known to be.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum SymType {
    /// A string (most attributes, string parameters).
    String,
    /// A number parameter.
    Number,
    /// A boolean: a bool parameter (`"true"`/`"false"`) or a comparison of parameters.
    Bool,
    /// A list of strings (a list parameter, `Fn::Split`, `Fn::GetAZs`).
    List,
    /// Unknown shape (an attribute whose type the catalog does not state).
    Any,
}

/// A value only known at deployment: the intrinsic expression that produces it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Sym {
    /// The intrinsic.
    pub expr: Expr,
    /// What it is known to be.
    pub ty: SymType,
    /// For booleans whose inputs are all parameters: the condition (`Fn::Equals` ...) that is true when
    /// the value is true, usable in the `Conditions` section.
    pub condition: Option<Expr>,
    /// The resource addresses (`aws_s3_bucket.b`) it depends on, in order of first appearance.
    pub resources: Vec<String>,
    /// What Terraform knows of the value at plan time, when the configuration sets it (a VPC's
    /// `cidr_block`): used where CloudFormation has no form for an operation on the intrinsic.
    pub known: Option<Box<Value>>,
}

impl Sym {
    /// A symbolic value that depends on no resource (a parameter or pseudo parameter).
    pub(crate) fn new(expr: Expr, ty: SymType) -> Sym {
        Sym { expr, ty, condition: None, resources: Vec::new(), known: None }
    }
}

/// A reference to a whole resource or data source instance, whose attributes are resolved on access.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ObjectRef {
    /// `aws_s3_bucket.b` or `data.aws_region.current`.
    pub address: String,
    /// The instance key for `count` / `for_each` resources.
    pub key: Option<InstanceKey>,
}

impl ObjectRef {
    /// The instance address (`aws_subnet.private[0]`).
    pub(crate) fn instance_address(&self) -> String {
        match &self.key {
            None => self.address.clone(),
            Some(key) => format!("{}{}", self.address, key.suffix()),
        }
    }
}

/// The key of one instance of a resource with `count` or `for_each`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum InstanceKey {
    /// `count.index`.
    Index(usize),
    /// `each.key`.
    Key(String),
}

impl InstanceKey {
    /// The address suffix: `[0]` or `["a"]`.
    pub(crate) fn suffix(&self) -> String {
        match self {
            InstanceKey::Index(index) => format!("[{index}]"),
            InstanceKey::Key(key) => format!("[{}]", serde_json::Value::String(key.clone())),
        }
    }
}

/// A value of the partial evaluator.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Value {
    /// `null`: the absence of a value.
    Null,
    /// A bool.
    Bool(bool),
    /// A number.
    Number(f64),
    /// A string.
    String(String),
    /// A list, tuple or set (sets keep the order Terraform gives them: sorted for strings).
    List(Vec<Value>),
    /// A map or object. Terraform orders their attributes by name; constructors sort.
    Map(IndexMap<String, Value>),
    /// A string that is the JSON encoding of a structure (`jsonencode`, a policy document's `json`),
    /// kept as the structure so that JSON-document arguments can be written as objects and symbolic
    /// leaves survive.
    Json(Box<Value>, JsonStyle),
    /// A resource or data source instance.
    Object(ObjectRef),
    /// Known only at deployment.
    Sym(Sym),
}

/// How a JSON string is laid out when it has to become text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum JsonStyle {
    /// `jsonencode`: no whitespace.
    Compact,
    /// The policy document data source: two-space indentation.
    Indented,
}

impl Value {
    /// A string value.
    pub(crate) fn string(text: impl Into<String>) -> Value {
        Value::String(text.into())
    }

    /// A map with Terraform's attribute order (sorted by name).
    pub(crate) fn sorted_map(entries: impl IntoIterator<Item = (String, Value)>) -> Value {
        let mut map: IndexMap<String, Value> = entries.into_iter().collect();
        map.sort_keys();
        Value::Map(map)
    }

    /// The name of the value's type, for messages.
    pub(crate) fn type_name(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "bool",
            Value::Number(_) => "number",
            Value::String(_) | Value::Json(..) => "string",
            Value::List(_) => "list",
            Value::Map(_) => "object",
            Value::Object(_) => "resource object",
            Value::Sym(sym) => match sym.ty {
                SymType::String => "string",
                SymType::Number => "number",
                SymType::Bool => "bool",
                SymType::List => "list",
                SymType::Any => "value",
            },
        }
    }

    /// Whether no part of the value is symbolic.
    pub(crate) fn is_known(&self) -> bool {
        match self {
            Value::Sym(_) | Value::Object(_) => false,
            Value::List(items) => items.iter().all(Value::is_known),
            Value::Map(entries) => entries.values().all(Value::is_known),
            Value::Json(inner, _) => inner.is_known(),
            _ => true,
        }
    }

    /// The resources any symbolic part depends on.
    pub(crate) fn resources(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        self.collect_resources(&mut out, false);
        out
    }

    /// The resources of the values in this one that [`crate::eval::settle`] replaces by what the
    /// configuration sets (`aws_x.g.name` where `name` is configured): settling keeps the value and
    /// loses the reference, so whatever reads it must still wait for these.
    pub(crate) fn settled_resources(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        self.collect_resources(&mut out, true);
        out
    }

    fn collect_resources(&self, out: &mut Vec<String>, settled_only: bool) {
        match self {
            Value::Sym(sym) if !settled_only || sym.known.is_some() => {
                for resource in &sym.resources {
                    if !out.contains(resource) {
                        out.push(resource.clone());
                    }
                }
                if let (true, Some(known)) = (settled_only, &sym.known) {
                    known.collect_resources(out, settled_only);
                }
            }
            Value::Object(object)
                if !settled_only && !object.address.starts_with("data.") && !out.contains(&object.address) =>
            {
                out.push(object.address.clone());
            }
            Value::List(items) => items.iter().for_each(|item| item.collect_resources(out, settled_only)),
            Value::Map(entries) => entries.values().for_each(|item| item.collect_resources(out, settled_only)),
            Value::Json(inner, _) => inner.collect_resources(out, settled_only),
            _ => {}
        }
    }

    /// Terraform's string form of a known primitive (numbers as Terraform prints them).
    pub(crate) fn as_text(&self) -> Option<String> {
        match self {
            Value::String(text) => Some(text.clone()),
            Value::Number(number) => Some(format_number(*number)),
            Value::Bool(value) => Some(value.to_string()),
            Value::Json(inner, style) if inner.is_known() => Some(to_json_text(inner, *style)),
            _ => None,
        }
    }
}

/// Prints a number as Terraform does: integers without a fraction, others in shortest form.
pub(crate) fn format_number(number: f64) -> String {
    if number.fract() == 0.0 && number.abs() < 1e21 {
        format!("{number:.0}")
    } else {
        format!("{number}")
    }
}

/// Text for a JSON string, escaped as Go's encoder (and so Terraform) escapes it: `<`, `>`, `&` and the
/// line and paragraph separators as `\u` sequences.
fn json_string(text: &str, out: &mut String) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '<' | '>' | '&' | '\u{2028}' | '\u{2029}' => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// The JSON text of a known value, laid out as Terraform lays it out.
pub(crate) fn to_json_text(value: &Value, style: JsonStyle) -> String {
    let mut out = String::new();
    write_json(value, style, 0, &mut out);
    out
}

fn write_json(value: &Value, style: JsonStyle, depth: usize, out: &mut String) {
    let newline = |out: &mut String, depth: usize| {
        if style == JsonStyle::Indented {
            out.push('\n');
            out.push_str(&"  ".repeat(depth));
        }
    };
    match value {
        Value::Null | Value::Sym(_) | Value::Object(_) => out.push_str("null"),
        Value::Bool(value) => out.push_str(if *value { "true" } else { "false" }),
        Value::Number(number) => out.push_str(&format_number(*number)),
        Value::String(text) => json_string(text, out),
        Value::Json(inner, inner_style) => json_string(&to_json_text(inner, *inner_style), out),
        Value::List(items) => {
            if items.is_empty() {
                out.push_str("[]");
                return;
            }
            out.push('[');
            for (index, item) in items.iter().enumerate() {
                if index > 0 {
                    out.push(',');
                }
                newline(out, depth + 1);
                write_json(item, style, depth + 1, out);
            }
            newline(out, depth);
            out.push(']');
        }
        Value::Map(entries) => {
            if entries.is_empty() {
                out.push_str("{}");
                return;
            }
            out.push('{');
            for (index, (key, item)) in entries.iter().enumerate() {
                if index > 0 {
                    out.push(',');
                }
                newline(out, depth + 1);
                json_string(key, out);
                out.push(':');
                if style == JsonStyle::Indented {
                    out.push(' ');
                }
                write_json(item, style, depth + 1, out);
            }
            newline(out, depth);
            out.push('}');
        }
    }
}

/// A known value from JSON (`jsondecode`, `file` of a JSON document).
pub(crate) fn from_json(value: &serde_json::Value) -> Value {
    match value {
        serde_json::Value::Null => Value::Null,
        serde_json::Value::Bool(value) => Value::Bool(*value),
        serde_json::Value::Number(number) => Value::Number(number.as_f64().unwrap_or(0.0)),
        serde_json::Value::String(text) => Value::String(text.clone()),
        serde_json::Value::Array(items) => Value::List(items.iter().map(from_json).collect()),
        serde_json::Value::Object(entries) => {
            Value::sorted_map(entries.iter().map(|(key, item)| (key.clone(), from_json(item))))
        }
    }
}

/// An IR number from a Terraform number.
pub(crate) fn ir_number(number: f64) -> Expr {
    match Number::parse(&format_number(number)) {
        Some(parsed) => Expr::Number(parsed),
        // Infinities and NaN have no JSON form: Terraform cannot produce them from valid input either.
        None => Expr::String(format_number(number)),
    }
}

/// Pieces of a string that is being built from known text and symbolic values.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct StringParts {
    parts: Vec<Piece>,
}

#[derive(Debug, Clone, PartialEq)]
enum Piece {
    Text(String),
    Expr(Expr),
}

impl StringParts {
    /// Appends literal text.
    pub(crate) fn text(&mut self, text: &str) {
        if text.is_empty() {
            return;
        }
        if let Some(Piece::Text(last)) = self.parts.last_mut() {
            last.push_str(text);
        } else {
            self.parts.push(Piece::Text(text.to_string()));
        }
    }

    /// Appends a value computed at deployment (a scalar).
    pub(crate) fn expr(&mut self, expr: Expr) {
        match expr {
            Expr::String(text) => self.text(&text),
            Expr::Sub { parts, variables } if variables.is_empty() => {
                for part in parts {
                    match part {
                        SubPart::Text(text) => self.text(&text),
                        SubPart::Var(name) => self.parts.push(Piece::Expr(var_expr(&name))),
                    }
                }
            }
            other => self.parts.push(Piece::Expr(other)),
        }
    }

    /// The string: a literal when nothing is symbolic, otherwise `Fn::Sub` (or `Fn::Join` when a
    /// piece cannot be a Sub placeholder).
    pub(crate) fn finish(self) -> Expr {
        if self.parts.iter().all(|piece| matches!(piece, Piece::Text(_))) {
            let mut text = String::new();
            for piece in self.parts {
                if let Piece::Text(piece) = piece {
                    text.push_str(&piece);
                }
            }
            return Expr::String(text);
        }
        let mut sub_parts = Vec::new();
        let mut variables = IndexMap::new();
        for piece in &self.parts {
            match piece {
                Piece::Text(text) => sub_parts.push(SubPart::Text(text.clone())),
                Piece::Expr(Expr::Ref(name)) => sub_parts.push(SubPart::Var(name.clone())),
                Piece::Expr(Expr::GetAtt { resource, attribute }) => {
                    sub_parts.push(SubPart::Var(format!("{resource}.{attribute}")))
                }
                Piece::Expr(other) => {
                    // A Sub variable of its own: `Fn::Sub: [template, {Value1: expr}]`.
                    let name = format!("Value{}", variables.len() + 1);
                    variables.insert(name.clone(), other.clone());
                    sub_parts.push(SubPart::Var(name));
                }
            }
        }
        Expr::Sub { parts: sub_parts, variables }
    }
}

/// The expression a Sub placeholder stands for.
fn var_expr(name: &str) -> Expr {
    match name.split_once('.') {
        Some((resource, attribute)) if !name.starts_with("AWS::") => Expr::get_att(resource, attribute),
        _ => Expr::reference(name),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_print_as_terraform_prints_them() {
        assert_eq!(format_number(10.0), "10");
        assert_eq!(format_number(2.5), "2.5");
        assert_eq!(format_number(-3.0), "-3");
        assert_eq!(format_number(2e20), "200000000000000000000");
        assert_eq!(format_number(123_456_789_012.0), "123456789012");
    }

    #[test]
    fn json_text_escapes_like_go_and_indents_like_the_policy_data_source() {
        let value = Value::sorted_map([
            ("b".to_string(), Value::Number(1.0)),
            ("a".to_string(), Value::List(vec![Value::string("<>&"), Value::Null, Value::Bool(true)])),
        ]);
        assert_eq!(to_json_text(&value, JsonStyle::Compact), r#"{"a":["\u003c\u003e\u0026",null,true],"b":1}"#);
        assert_eq!(
            to_json_text(&value, JsonStyle::Indented),
            "{\n  \"a\": [\n    \"\\u003c\\u003e\\u0026\",\n    null,\n    true\n  ],\n  \"b\": 1\n}"
        );
    }

    #[test]
    fn string_parts_become_a_literal_or_a_sub() {
        let mut parts = StringParts::default();
        parts.text("a-");
        parts.text("b");
        assert_eq!(parts.clone().finish(), Expr::string("a-b"));
        parts.expr(Expr::get_att("Bucket", "Arn"));
        parts.text("/*");
        assert_eq!(parts.finish(), Expr::sub("a-b${Bucket.Arn}/*"));
    }
}

//! Values: literals and CloudFormation's intrinsic functions.

use indexmap::IndexMap;
use std::fmt;

/// The decimal spelling of a finite number, kept verbatim so no precision is lost on the way through.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Number(String);

impl Number {
    /// Parses a JSON-style decimal number (`-12`, `3.5`, `1e3`); `None` for anything else.
    pub fn parse(text: &str) -> Option<Number> {
        let bytes = text.as_bytes();
        let mut index = 0;
        if bytes.first() == Some(&b'-') {
            index += 1;
        }
        let digits_start = index;
        while bytes.get(index).is_some_and(u8::is_ascii_digit) {
            index += 1;
        }
        if index == digits_start || (bytes[digits_start] == b'0' && index - digits_start > 1) {
            return None;
        }
        if bytes.get(index) == Some(&b'.') {
            index += 1;
            let fraction_start = index;
            while bytes.get(index).is_some_and(u8::is_ascii_digit) {
                index += 1;
            }
            if index == fraction_start {
                return None;
            }
        }
        if matches!(bytes.get(index), Some(b'e' | b'E')) {
            index += 1;
            if matches!(bytes.get(index), Some(b'+' | b'-')) {
                index += 1;
            }
            let exponent_start = index;
            while bytes.get(index).is_some_and(u8::is_ascii_digit) {
                index += 1;
            }
            if index == exponent_start {
                return None;
            }
        }
        (index == bytes.len()).then(|| Number(text.to_string()))
    }

    /// The decimal text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The value as an `f64`, for comparisons that tolerate rounding.
    pub fn as_f64(&self) -> f64 {
        self.0.parse().unwrap_or(f64::NAN)
    }

    /// The value as an integer, when it is one exactly.
    pub fn as_i64(&self) -> Option<i64> {
        self.0.parse().ok()
    }
}

impl From<i64> for Number {
    fn from(value: i64) -> Self {
        Number(value.to_string())
    }
}

impl From<u32> for Number {
    fn from(value: u32) -> Self {
        Number(value.to_string())
    }
}

impl fmt::Display for Number {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A piece of an `Fn::Sub` template: literal text or a `${Name}` placeholder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SubPart {
    /// Text as it should appear in the result (not escaped: writers add `${!` where needed).
    Text(String),
    /// A `${Name}` placeholder: a parameter, resource, `Resource.Attribute`, pseudo parameter or one of
    /// the Sub's own variables.
    Var(String),
}

/// A CloudFormation value: a literal or an intrinsic function.
///
/// Strings, lists and maps are plain data even when they look like intrinsics: a map whose only key is
/// `"Ref"` is written as such but is never interpreted by the passes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expr {
    /// `null`: CloudFormation treats it as absent in most places.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number.
    Number(Number),
    /// A string.
    String(String),
    /// A list.
    List(Vec<Expr>),
    /// A map with keys in source order.
    Map(IndexMap<String, Expr>),
    /// `Ref`: a parameter, a resource's primary value, or a pseudo parameter such as `AWS::Region`.
    Ref(String),
    /// `Fn::GetAtt`: an attribute of a resource (`Endpoint.Address` for nested attributes).
    GetAtt {
        /// Logical ID of the resource.
        resource: String,
        /// Attribute name as CloudFormation spells it.
        attribute: String,
    },
    /// `Fn::Sub` with its template as parts and its own variables.
    Sub {
        /// The template, as literal text and placeholders.
        parts: Vec<SubPart>,
        /// Variables local to this Sub (`Fn::Sub: [template, {Name: value}]`).
        variables: IndexMap<String, Expr>,
    },
    /// `Fn::Join`.
    Join {
        /// The delimiter.
        delimiter: String,
        /// The values joined: a list, or an intrinsic that returns one.
        values: Box<Expr>,
    },
    /// `Fn::Select`.
    Select {
        /// The zero-based index.
        index: Box<Expr>,
        /// The list to pick from.
        list: Box<Expr>,
    },
    /// `Fn::Split`.
    Split {
        /// The delimiter.
        delimiter: String,
        /// The string split.
        source: Box<Expr>,
    },
    /// `Fn::If` on a named condition.
    If {
        /// The condition's name.
        condition: String,
        /// Value when true.
        then: Box<Expr>,
        /// Value when false.
        otherwise: Box<Expr>,
    },
    /// `Fn::Equals`.
    Equals(Box<Expr>, Box<Expr>),
    /// `Fn::And` (2 to 10 conditions).
    And(Vec<Expr>),
    /// `Fn::Or` (2 to 10 conditions).
    Or(Vec<Expr>),
    /// `Fn::Not`.
    Not(Box<Expr>),
    /// `Condition`: a named condition used inside another condition.
    Condition(String),
    /// `Fn::FindInMap`, with the optional default of the language extensions.
    FindInMap {
        /// Mapping name.
        map: String,
        /// Top-level key.
        top: Box<Expr>,
        /// Second-level key.
        second: Box<Expr>,
        /// `DefaultValue` (needs `AWS::LanguageExtensions`).
        default: Option<Box<Expr>>,
    },
    /// `Fn::GetAZs` for a region (`""` means the stack's region).
    GetAzs(Box<Expr>),
    /// `Fn::Base64`.
    Base64(Box<Expr>),
    /// `Fn::Cidr`.
    Cidr {
        /// The CIDR block divided.
        ip_block: Box<Expr>,
        /// How many CIDRs to generate.
        count: Box<Expr>,
        /// Host bits per CIDR (32 minus the prefix length, for IPv4).
        cidr_bits: Box<Expr>,
    },
    /// `Fn::ImportValue`.
    ImportValue(Box<Expr>),
    /// `Fn::ToJsonString` (needs `AWS::LanguageExtensions`).
    ToJsonString(Box<Expr>),
    /// `Fn::Length` (needs `AWS::LanguageExtensions`).
    Length(Box<Expr>),
}

/// Names of CloudFormation's pseudo parameters, for `Expr::Ref`.
pub mod pseudo {
    /// `AWS::AccountId`.
    pub const ACCOUNT_ID: &str = "AWS::AccountId";
    /// `AWS::NotificationARNs`.
    pub const NOTIFICATION_ARNS: &str = "AWS::NotificationARNs";
    /// `AWS::NoValue`: removes the property it is the value of.
    pub const NO_VALUE: &str = "AWS::NoValue";
    /// `AWS::Partition`.
    pub const PARTITION: &str = "AWS::Partition";
    /// `AWS::Region`.
    pub const REGION: &str = "AWS::Region";
    /// `AWS::StackId`.
    pub const STACK_ID: &str = "AWS::StackId";
    /// `AWS::StackName`.
    pub const STACK_NAME: &str = "AWS::StackName";
    /// `AWS::URLSuffix`.
    pub const URL_SUFFIX: &str = "AWS::URLSuffix";

    /// All pseudo parameters.
    pub const ALL: [&str; 8] =
        [ACCOUNT_ID, NOTIFICATION_ARNS, NO_VALUE, PARTITION, REGION, STACK_ID, STACK_NAME, URL_SUFFIX];

    /// Whether `name` is a pseudo parameter.
    pub fn is_pseudo(name: &str) -> bool {
        ALL.contains(&name)
    }
}

impl Expr {
    /// A string literal.
    pub fn string(value: impl Into<String>) -> Expr {
        Expr::String(value.into())
    }

    /// An integer literal.
    pub fn int(value: i64) -> Expr {
        Expr::Number(Number::from(value))
    }

    /// `Ref`.
    pub fn reference(name: impl Into<String>) -> Expr {
        Expr::Ref(name.into())
    }

    /// `Fn::GetAtt`.
    pub fn get_att(resource: impl Into<String>, attribute: impl Into<String>) -> Expr {
        Expr::GetAtt { resource: resource.into(), attribute: attribute.into() }
    }

    /// `Ref AWS::NoValue`.
    pub fn no_value() -> Expr {
        Expr::Ref(pseudo::NO_VALUE.to_string())
    }

    /// `Fn::Sub` from a template string in CloudFormation's syntax (`${Name}`, `${!Literal}`), with no
    /// variables of its own.
    pub fn sub(template: &str) -> Expr {
        Expr::Sub { parts: parse_sub_template(template), variables: IndexMap::new() }
    }

    /// A map from key-value pairs.
    pub fn map<K: Into<String>>(entries: impl IntoIterator<Item = (K, Expr)>) -> Expr {
        Expr::Map(entries.into_iter().map(|(key, value)| (key.into(), value)).collect())
    }

    /// Whether the value is a literal all the way down (no intrinsic anywhere).
    pub fn is_literal(&self) -> bool {
        match self {
            Expr::Null | Expr::Bool(_) | Expr::Number(_) | Expr::String(_) => true,
            Expr::List(items) => items.iter().all(Expr::is_literal),
            Expr::Map(entries) => entries.values().all(Expr::is_literal),
            _ => false,
        }
    }

    /// The string, if this is a string literal.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Expr::String(value) => Some(value),
            _ => None,
        }
    }

    /// Whether the value certainly evaluates to a list (a list literal or a list-returning intrinsic).
    pub fn is_list_valued(&self) -> bool {
        matches!(self, Expr::List(_) | Expr::Split { .. } | Expr::GetAzs(_) | Expr::Cidr { .. })
    }

    /// Calls `visit` on this expression and every expression inside it, parents first.
    pub fn walk<'a>(&'a self, visit: &mut impl FnMut(&'a Expr)) {
        visit(self);
        self.for_each_child(|child| child.walk(visit));
    }

    /// Calls `visit` on each direct child.
    pub fn for_each_child<'a>(&'a self, mut visit: impl FnMut(&'a Expr)) {
        match self {
            Expr::Null | Expr::Bool(_) | Expr::Number(_) | Expr::String(_) => {}
            Expr::Ref(_) | Expr::GetAtt { .. } | Expr::Condition(_) => {}
            Expr::List(items) | Expr::And(items) | Expr::Or(items) => items.iter().for_each(visit),
            Expr::Map(entries) => entries.values().for_each(visit),
            Expr::Sub { variables, .. } => variables.values().for_each(visit),
            Expr::Join { values, .. } => visit(values),
            Expr::Select { index, list } => {
                visit(index);
                visit(list);
            }
            Expr::Split { source, .. } => visit(source),
            Expr::If { then, otherwise, .. } => {
                visit(then);
                visit(otherwise);
            }
            Expr::Equals(left, right) => {
                visit(left);
                visit(right);
            }
            Expr::Not(inner)
            | Expr::GetAzs(inner)
            | Expr::Base64(inner)
            | Expr::ImportValue(inner)
            | Expr::ToJsonString(inner)
            | Expr::Length(inner) => visit(inner),
            Expr::FindInMap { top, second, default, .. } => {
                visit(top);
                visit(second);
                if let Some(default) = default {
                    visit(default);
                }
            }
            Expr::Cidr { ip_block, count, cidr_bits } => {
                visit(ip_block);
                visit(count);
                visit(cidr_bits);
            }
        }
    }

    /// The names this expression refers to, in order of first appearance: `Ref` targets, `GetAtt`
    /// resources, and the names a Sub template mentions (the part before any `.`), less the Sub's own
    /// variables.
    pub fn references(&self) -> Vec<String> {
        let mut names: Vec<String> = Vec::new();
        let mut add = |name: &str| {
            if !names.iter().any(|known| known == name) {
                names.push(name.to_string());
            }
        };
        self.walk(&mut |expr| match expr {
            Expr::Ref(name) => add(name),
            Expr::GetAtt { resource, .. } => add(resource),
            Expr::Sub { parts, variables } => {
                for part in parts {
                    if let SubPart::Var(var) = part {
                        let target = var.split('.').next().unwrap_or(var);
                        if !variables.contains_key(var.as_str()) && !variables.contains_key(target) {
                            add(target);
                        }
                    }
                }
            }
            _ => {}
        });
        names
    }

    /// The named conditions this expression uses (`Fn::If` and `Condition`).
    pub fn condition_names(&self) -> Vec<String> {
        let mut names: Vec<String> = Vec::new();
        self.walk(&mut |expr| {
            if let Expr::If { condition: name, .. } | Expr::Condition(name) = expr {
                if !names.contains(name) {
                    names.push(name.clone());
                }
            }
        });
        names
    }

    /// Whether `Fn::ToJsonString`, `Fn::Length` or a `FindInMap` default appears: those need the
    /// `AWS::LanguageExtensions` transform.
    pub fn needs_language_extensions(&self) -> bool {
        let mut needed = false;
        self.walk(&mut |expr| {
            needed |=
                matches!(expr, Expr::ToJsonString(_) | Expr::Length(_) | Expr::FindInMap { default: Some(_), .. });
        });
        needed
    }
}

/// Splits a CloudFormation Sub template into parts: `${Name}` placeholders, and text in which `${!x}`
/// stands for the literal `${x}`.
pub fn parse_sub_template(template: &str) -> Vec<SubPart> {
    let mut parts = Vec::new();
    let mut text = String::new();
    let mut rest = template;
    while let Some(start) = rest.find("${") {
        text.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        if let Some(literal) = after.strip_prefix('!') {
            text.push_str("${");
            rest = literal;
            continue;
        }
        match after.find('}') {
            Some(end) => {
                if !text.is_empty() {
                    parts.push(SubPart::Text(std::mem::take(&mut text)));
                }
                parts.push(SubPart::Var(after[..end].trim().to_string()));
                rest = &after[end + 1..];
            }
            None => {
                text.push_str("${");
                rest = after;
            }
        }
    }
    text.push_str(rest);
    if !text.is_empty() {
        parts.push(SubPart::Text(text));
    }
    parts
}

/// Writes Sub parts back as a CloudFormation template string, escaping literal `${` as `${!`.
pub fn render_sub_template(parts: &[SubPart]) -> String {
    let mut out = String::new();
    for part in parts {
        match part {
            SubPart::Text(text) => out.push_str(&text.replace("${", "${!")),
            SubPart::Var(name) => {
                out.push_str("${");
                out.push_str(name);
                out.push('}');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_keep_their_spelling_and_reject_non_numbers() {
        assert_eq!(Number::parse("3.50").map(|n| n.to_string()), Some("3.50".into()));
        assert!(Number::parse("1e-3").is_some());
        for bad in ["", "-", "01", "1.", ".5", "1e", "0x10", "NaN", "1 "] {
            assert_eq!(Number::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn sub_templates_round_trip_with_escapes() {
        let parts = parse_sub_template("arn:${AWS::Partition}:s3:::${Bucket}/${!literal}");
        assert_eq!(
            parts,
            vec![
                SubPart::Text("arn:".into()),
                SubPart::Var("AWS::Partition".into()),
                SubPart::Text(":s3:::".into()),
                SubPart::Var("Bucket".into()),
                SubPart::Text("/${literal}".into()),
            ]
        );
        assert_eq!(render_sub_template(&parts), "arn:${AWS::Partition}:s3:::${Bucket}/${!literal}");
    }

    #[test]
    fn references_skip_sub_variables_and_attribute_suffixes() {
        let mut variables = IndexMap::new();
        variables.insert("Local".to_string(), Expr::reference("Param"));
        let expr = Expr::Sub { parts: parse_sub_template("${Local}-${Db.Endpoint.Address}-${AWS::Region}"), variables };
        assert_eq!(expr.references(), vec!["Db", "AWS::Region", "Param"]);
    }
}

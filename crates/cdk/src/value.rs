//! Values: literals, lists, maps and intrinsic function calls, all of one type.

use iac2cfn_ir::{Expr, IndexMap};
use std::fmt;

/// A CloudFormation value: a literal (string, number, boolean, null), a list, a map, or an intrinsic
/// function call such as `Ref` or `Fn::Sub`.
///
/// Everything that takes a value takes `impl Into<Value>`, so literals are written as plain Rust
/// literals: `"t3.micro"`, `443`, `true`. Intrinsics are built with the functions of [`crate::fns`]
/// and the handles' [`reference`](crate::ResourceRef::reference) and
/// [`get_att`](crate::ResourceRef::get_att).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Value(pub(crate) Expr);

impl Value {
    /// `null`, which CloudFormation treats as absent in most places.
    pub fn null() -> Value {
        Value(Expr::Null)
    }

    /// A value from the stack model of `iac2cfn-ir`, for interoperation with the converter.
    pub fn from_expr(expr: Expr) -> Value {
        Value(expr)
    }

    /// The value in the stack model of `iac2cfn-ir`.
    pub fn as_expr(&self) -> &Expr {
        &self.0
    }

    /// The value in the stack model of `iac2cfn-ir`.
    pub fn into_expr(self) -> Expr {
        self.0
    }
}

impl From<Expr> for Value {
    fn from(expr: Expr) -> Value {
        Value(expr)
    }
}

impl From<Value> for Expr {
    fn from(value: Value) -> Expr {
        value.0
    }
}

impl From<&str> for Value {
    fn from(text: &str) -> Value {
        Value(Expr::String(text.to_string()))
    }
}

impl From<String> for Value {
    fn from(text: String) -> Value {
        Value(Expr::String(text))
    }
}

impl From<&String> for Value {
    fn from(text: &String) -> Value {
        Value(Expr::String(text.clone()))
    }
}

impl From<bool> for Value {
    fn from(flag: bool) -> Value {
        Value(Expr::Bool(flag))
    }
}

impl From<Number> for Value {
    fn from(number: Number) -> Value {
        Value(Expr::Number(number.0))
    }
}

impl<T: Into<Value>> From<Vec<T>> for Value {
    fn from(items: Vec<T>) -> Value {
        list(items)
    }
}

impl<T: Into<Value>, const N: usize> From<[T; N]> for Value {
    fn from(items: [T; N]) -> Value {
        list(items)
    }
}

impl From<Map> for Value {
    fn from(map: Map) -> Value {
        Value(Expr::Map(map.0))
    }
}

/// The decimal spelling of a finite number, kept verbatim: `3.50` stays `3.50` in the template.
///
/// Integers convert with `From`; other numbers are written as text with [`Number::new`] or
/// [`number`](crate::fns::number).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Number(pub(crate) iac2cfn_ir::Number);

impl Number {
    /// Parses a JSON-style decimal number (`-12`, `3.50`, `1e3`); `None` for anything else.
    pub fn parse(text: &str) -> Option<Number> {
        iac2cfn_ir::Number::parse(text).map(Number)
    }

    /// A number from its decimal spelling.
    ///
    /// # Panics
    ///
    /// When `text` is not a JSON-style decimal number: a number literal written in code that is not
    /// a number is a bug in that code. Use [`Number::parse`] for text that comes from elsewhere.
    pub fn new(text: &str) -> Number {
        match Number::parse(text) {
            Some(number) => number,
            None => panic!("`{text}` is not a decimal number"),
        }
    }

    /// The decimal text.
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }
}

impl fmt::Display for Number {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Integer types convert to [`Number`] and [`Value`] exactly.
macro_rules! integer_conversions {
    ($($integer:ty),*) => {
        $(
            impl From<$integer> for Number {
                fn from(integer: $integer) -> Number {
                    // The decimal spelling of an integer is always a valid number.
                    Number::new(&integer.to_string())
                }
            }

            impl From<$integer> for Value {
                fn from(integer: $integer) -> Value {
                    Number::from(integer).into()
                }
            }
        )*
    };
}

integer_conversions!(i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize);

/// A list value.
///
/// ```
/// use iac2cfn_cdk::prelude::*;
/// let zones = list(["us-east-1a", "us-east-1b"]);
/// ```
pub fn list<T: Into<Value>>(items: impl IntoIterator<Item = T>) -> Value {
    Value(Expr::List(items.into_iter().map(|item| item.into().0).collect()))
}

/// The empty list.
pub fn empty_list() -> Value {
    Value(Expr::List(Vec::new()))
}

/// A map value, built entry by entry; keys keep the order they are added in.
///
/// ```
/// use iac2cfn_cdk::prelude::*;
/// let policy = map().entry("maxReceiveCount", 5).entry("deadLetterTargetArn", "arn:aws:sqs:::dlq");
/// ```
pub fn map() -> Map {
    Map::new()
}

/// A map value under construction: see [`map`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Map(pub(crate) IndexMap<String, Expr>);

impl Map {
    /// The empty map.
    pub fn new() -> Map {
        Map(IndexMap::new())
    }

    /// Adds an entry (builder style). A key added twice keeps its first position and its last value.
    pub fn entry(mut self, key: impl Into<String>, value: impl Into<Value>) -> Map {
        self.insert(key, value);
        self
    }

    /// Adds an entry. A key added twice keeps its first position and its last value.
    pub fn insert(&mut self, key: impl Into<String>, value: impl Into<Value>) {
        self.0.insert(key.into(), value.into().0);
    }

    /// Adds an entry when there is a value: how typed property structs write their `Option` fields.
    pub fn insert_opt<V: Into<Value>>(&mut self, key: &str, value: Option<V>) {
        if let Some(value) = value {
            self.insert(key, value);
        }
    }

    /// Whether the map has no entries.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// A resource tag: CloudFormation's `{Key, Value}` object.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tag {
    /// `Key`.
    pub key: Value,
    /// `Value`.
    pub value: Value,
}

impl Tag {
    /// A tag.
    pub fn new(key: impl Into<Value>, value: impl Into<Value>) -> Tag {
        Tag { key: key.into(), value: value.into() }
    }
}

impl From<Tag> for Value {
    fn from(tag: Tag) -> Value {
        map().entry("Key", tag.key).entry("Value", tag.value).into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_convert_to_the_matching_expressions() {
        assert_eq!(Value::from("a").into_expr(), Expr::string("a"));
        assert_eq!(Value::from(true).into_expr(), Expr::Bool(true));
        assert_eq!(Value::from(-12).into_expr(), Expr::int(-12));
        assert_eq!(Value::from(u64::MAX).into_expr().clone(), Value::from(Number::new("18446744073709551615")).0);
        assert_eq!(Value::null().into_expr(), Expr::Null);
    }

    #[test]
    fn numbers_keep_their_spelling() {
        assert_eq!(Number::new("3.50").to_string(), "3.50");
        assert_eq!(Number::parse("1e3").map(|n| n.to_string()), Some("1e3".to_string()));
        assert_eq!(Number::parse("01"), None);
    }

    #[test]
    fn maps_keep_insertion_order_and_tags_are_key_value_maps() {
        let value: Value = map().entry("b", 1).entry("a", 2).entry("b", 3).into();
        let Expr::Map(entries) = value.into_expr() else { panic!("not a map") };
        assert_eq!(entries.keys().collect::<Vec<_>>(), ["b", "a"]);
        assert_eq!(entries["b"], Expr::int(3));
        let tag = Value::from(Tag::new("Name", "web")).into_expr();
        assert_eq!(tag, Expr::map([("Key", Expr::string("Name")), ("Value", Expr::string("web"))]));
    }

    #[test]
    fn lists_accept_arrays_vectors_and_mixed_values() {
        assert_eq!(list(["a", "b"]), Value::from(vec!["a", "b"]));
        assert_eq!(
            list([Value::from(1), Value::from("x")]).into_expr(),
            Expr::List(vec![Expr::int(1), Expr::string("x")])
        );
        assert_eq!(empty_list().into_expr(), Expr::List(Vec::new()));
    }
}

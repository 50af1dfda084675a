//! Terraform type constraints (`type = list(string)`) and the conversions Terraform applies to a value
//! of one type where another is expected.

use crate::parse::object_key_text;
use crate::value::{format_number, SymType, Value};
use hcl_edit::expr::Expression;
use iac2cfn_ir::IndexMap;

/// A type constraint.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Type {
    /// `any`.
    Any,
    /// `string`.
    String,
    /// `number`.
    Number,
    /// `bool`.
    Bool,
    /// `list(T)`.
    List(Box<Type>),
    /// `set(T)`.
    Set(Box<Type>),
    /// `map(T)`.
    Map(Box<Type>),
    /// `object({name = T, ...})`, with each attribute's optional default.
    Object(Vec<ObjectAttribute>),
    /// `tuple([T, ...])`.
    Tuple(Vec<Type>),
}

/// One attribute of an object type.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ObjectAttribute {
    /// The name.
    pub name: String,
    /// Its type.
    pub ty: Type,
    /// Whether it is `optional(...)`.
    pub optional: bool,
    /// The default of `optional(T, default)`.
    pub default: Option<Value>,
}

impl std::fmt::Display for Type {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Type::Any => f.write_str("any"),
            Type::String => f.write_str("string"),
            Type::Number => f.write_str("number"),
            Type::Bool => f.write_str("bool"),
            Type::List(inner) => write!(f, "list({inner})"),
            Type::Set(inner) => write!(f, "set({inner})"),
            Type::Map(inner) => write!(f, "map({inner})"),
            Type::Object(attributes) => {
                f.write_str("object({")?;
                for (index, attribute) in attributes.iter().enumerate() {
                    if index > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{} = {}", attribute.name, attribute.ty)?;
                }
                f.write_str("})")
            }
            Type::Tuple(items) => {
                f.write_str("tuple([")?;
                for (index, item) in items.iter().enumerate() {
                    if index > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{item}")?;
                }
                f.write_str("])")
            }
        }
    }
}

/// Parses a type constraint expression; `Err` holds why it is not one. Defaults of `optional(T, d)` are
/// read when they are literals (`default_value` evaluates anything else).
pub(crate) fn parse_type(
    expression: &Expression,
    default_value: &mut dyn FnMut(&Expression) -> Option<Value>,
) -> Result<Type, String> {
    match expression {
        Expression::Variable(name) => match name.as_str() {
            "any" => Ok(Type::Any),
            "string" => Ok(Type::String),
            "number" => Ok(Type::Number),
            "bool" => Ok(Type::Bool),
            "list" => Ok(Type::List(Box::new(Type::Any))),
            "map" => Ok(Type::Map(Box::new(Type::Any))),
            "set" => Ok(Type::Set(Box::new(Type::Any))),
            other => {
                Err(format!("`{other}` is not a type; use string, number, bool, list(...), map(...), object(...) ..."))
            }
        },
        // Terraform 0.11 wrote types as strings.
        Expression::String(name) => match name.as_str() {
            "string" => Ok(Type::String),
            "list" => Ok(Type::List(Box::new(Type::Any))),
            "map" => Ok(Type::Map(Box::new(Type::Any))),
            other => Err(format!("`\"{other}\"` is not a type")),
        },
        Expression::Parenthesis(inner) => parse_type(inner.inner(), default_value),
        Expression::FuncCall(call) => {
            let name = call.name.name.as_str();
            let args: Vec<&Expression> = call.args.iter().collect();
            let single = |default_value: &mut dyn FnMut(&Expression) -> Option<Value>| match args.as_slice() {
                [inner] => parse_type(inner, default_value),
                _ => Err(format!("`{name}(...)` takes one element type")),
            };
            match name {
                "list" => Ok(Type::List(Box::new(single(default_value)?))),
                "set" => Ok(Type::Set(Box::new(single(default_value)?))),
                "map" => Ok(Type::Map(Box::new(single(default_value)?))),
                "object" => {
                    let Some(Expression::Object(object)) = args.first() else {
                        return Err("`object(...)` takes an object of attribute types".into());
                    };
                    let mut attributes = Vec::new();
                    for (key, value) in object.iter() {
                        let (ty, optional, default) = match value.expr() {
                            Expression::FuncCall(inner) if inner.name.name.as_str() == "optional" => {
                                let inner_args: Vec<&Expression> = inner.args.iter().collect();
                                let Some(first) = inner_args.first() else {
                                    return Err("`optional(...)` takes a type".into());
                                };
                                let default = inner_args.get(1).and_then(|d| default_value(d));
                                (parse_type(first, default_value)?, true, default)
                            }
                            other => (parse_type(other, default_value)?, false, None),
                        };
                        attributes.push(ObjectAttribute { name: object_key_text(key), ty, optional, default });
                    }
                    attributes.sort_by(|a, b| a.name.cmp(&b.name));
                    Ok(Type::Object(attributes))
                }
                "tuple" => {
                    let Some(Expression::Array(items)) = args.first() else {
                        return Err("`tuple(...)` takes a list of element types".into());
                    };
                    Ok(Type::Tuple(items.iter().map(|item| parse_type(item, default_value)).collect::<Result<_, _>>()?))
                }
                other => Err(format!("`{other}(...)` is not a type constructor")),
            }
        }
        other => Err(format!("`{}` is not a type", other.to_string().trim())),
    }
}

/// Converts a value to a type as Terraform does for variable values and defaults; `Err` says why not.
pub(crate) fn convert(value: &Value, ty: &Type) -> Result<Value, String> {
    if matches!(value, Value::Null) {
        return Ok(Value::Null);
    }
    match (ty, value) {
        (Type::Any, _) => Ok(value.clone()),
        (_, Value::Sym(sym)) => match (ty, &sym.ty) {
            (Type::String | Type::Number | Type::Bool, SymType::List) => {
                Err(format!("a {ty} is required, but this is a list"))
            }
            (Type::List(_) | Type::Set(_) | Type::Tuple(_), SymType::String | SymType::Number | SymType::Bool) => {
                Err(format!("a {ty} is required, but this is a {}", value.type_name()))
            }
            _ => Ok(value.clone()),
        },
        (Type::String, Value::String(_) | Value::Json(..)) => Ok(value.clone()),
        (Type::String, Value::Number(number)) => Ok(Value::String(format_number(*number))),
        (Type::String, Value::Bool(flag)) => Ok(Value::String(flag.to_string())),
        (Type::Number, Value::Number(_)) => Ok(value.clone()),
        (Type::Number, Value::String(text)) => match text.trim().parse::<f64>() {
            Ok(number) if number.is_finite() && !text.trim().is_empty() => Ok(Value::Number(number)),
            _ => Err(format!("a number is required, but `{text}` is not one")),
        },
        (Type::Bool, Value::Bool(_)) => Ok(value.clone()),
        (Type::Bool, Value::String(text)) => match text.as_str() {
            "true" => Ok(Value::Bool(true)),
            "false" => Ok(Value::Bool(false)),
            _ => Err(format!("a bool is required, but `{text}` is not one")),
        },
        (Type::List(inner), Value::List(items)) => {
            Ok(Value::List(items.iter().map(|item| convert(item, inner)).collect::<Result<_, _>>()?))
        }
        (Type::Set(inner), Value::List(items)) => {
            let mut converted: Vec<Value> = Vec::new();
            for item in items {
                let item = convert(item, inner)?;
                if !converted.contains(&item) {
                    converted.push(item);
                }
            }
            Ok(Value::List(sort_set(converted)))
        }
        (Type::Tuple(types), Value::List(items)) => {
            if types.len() != items.len() {
                return Err(format!("a tuple of {} elements is required, but this has {}", types.len(), items.len()));
            }
            Ok(Value::List(items.iter().zip(types).map(|(item, ty)| convert(item, ty)).collect::<Result<_, _>>()?))
        }
        (Type::Map(inner), Value::Map(entries)) => {
            let mut converted = IndexMap::new();
            for (key, item) in entries {
                converted.insert(key.clone(), convert(item, inner).map_err(|why| format!("element `{key}`: {why}"))?);
            }
            Ok(Value::Map(converted))
        }
        (Type::Object(attributes), Value::Map(entries)) => {
            let mut converted = IndexMap::new();
            for attribute in attributes {
                let item = match entries.get(&attribute.name) {
                    Some(item) if !matches!(item, Value::Null) => {
                        convert(item, &attribute.ty).map_err(|why| format!("attribute `{}`: {why}", attribute.name))?
                    }
                    _ if attribute.optional => attribute.default.clone().unwrap_or(Value::Null),
                    Some(item) => item.clone(),
                    None => return Err(format!("attribute `{}` is required", attribute.name)),
                };
                converted.insert(attribute.name.clone(), item);
            }
            Ok(Value::Map(converted))
        }
        _ => Err(format!("a {ty} is required, but this is a {}", value.type_name())),
    }
}

/// Orders a set's elements as Terraform does: strings and numbers sorted, others as given.
pub(crate) fn sort_set(mut items: Vec<Value>) -> Vec<Value> {
    if items.iter().all(|item| matches!(item, Value::String(_))) {
        items.sort_by(|a, b| match (a, b) {
            (Value::String(a), Value::String(b)) => a.cmp(b),
            _ => std::cmp::Ordering::Equal,
        });
    } else if items.iter().all(|item| matches!(item, Value::Number(_))) {
        items.sort_by(|a, b| match (a, b) {
            (Value::Number(a), Value::Number(b)) => a.total_cmp(b),
            _ => std::cmp::Ordering::Equal,
        });
    }
    items
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ty(text: &str) -> Type {
        let expression = hcl_edit::parser::parse_expr(text).expect("parses");
        parse_type(&expression, &mut |_| None).expect("a type")
    }

    #[test]
    fn type_constraints_parse() {
        assert_eq!(ty("list(string)"), Type::List(Box::new(Type::String)));
        assert_eq!(ty("map(number)").to_string(), "map(number)");
        assert_eq!(ty("object({ b = string, a = optional(number) })").to_string(), "object({a = number, b = string})");
    }

    #[test]
    fn conversions_follow_terraform() {
        assert_eq!(convert(&Value::string("5"), &Type::Number), Ok(Value::Number(5.0)));
        assert!(convert(&Value::string("abc"), &Type::Number).is_err());
        assert_eq!(convert(&Value::Number(5.0), &Type::String), Ok(Value::string("5")));
        assert_eq!(convert(&Value::string("true"), &Type::Bool), Ok(Value::Bool(true)));
        let set =
            convert(&Value::List(vec![Value::string("b"), Value::string("a"), Value::string("b")]), &ty("set(string)"));
        assert_eq!(set, Ok(Value::List(vec![Value::string("a"), Value::string("b")])));
        assert!(convert(&Value::List(vec![]), &Type::String).is_err());
    }
}

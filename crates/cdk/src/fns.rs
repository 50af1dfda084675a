//! CloudFormation's intrinsic functions, as functions that return [`Value`]s.
//!
//! Arguments that are values take `impl Into<Value>`, so literals need no wrapping:
//! `select(0, get_azs(""))`. Arguments that name a condition, a mapping or a resource take the
//! handle the stack returned for it (`&is_prod`) or its name (`"IsProd"`).

use crate::value::{Map, Number, Value};
use iac2cfn_ir::{parse_sub_template, Expr, IndexMap, SubPart};

fn boxed(value: impl Into<Value>) -> Box<Expr> {
    Box::new(value.into().0)
}

/// `Ref` by name: a parameter, a resource, or a pseudo parameter. Prefer the handles'
/// [`reference`](crate::ResourceRef::reference); this is for names without a handle, such as
/// resources made by an [`Fn::ForEach`](crate::ForEach) loop.
pub fn reference(name: impl AsRef<str>) -> Value {
    Value(Expr::Ref(name.as_ref().to_string()))
}

/// `Fn::GetAtt` by name. Prefer [`ResourceRef::get_att`](crate::ResourceRef::get_att).
pub fn get_att(resource: impl AsRef<str>, attribute: &str) -> Value {
    Value(Expr::get_att(resource.as_ref(), attribute))
}

/// `Fn::Sub` with a template in CloudFormation's syntax: `${Name}` and `${Resource.Attribute}`
/// placeholders, `${!Literal}` for a literal `${Literal}`.
pub fn sub(template: &str) -> Value {
    Value(Expr::Sub { parts: parse_sub_template(template), variables: IndexMap::new() })
}

/// `Fn::Sub` with variables of its own: `sub_with("${Name}-logs", map().entry("Name", name))`.
pub fn sub_with(template: &str, variables: Map) -> Value {
    Value(Expr::Sub { parts: parse_sub_template(template), variables: variables.0 })
}

/// `Fn::Sub` from template parts, for templates whose placeholders CloudFormation's syntax cannot
/// spell back exactly (a placeholder name with surrounding spaces).
pub fn sub_parts(parts: impl IntoIterator<Item = SubPart>, variables: Map) -> Value {
    Value(Expr::Sub { parts: parts.into_iter().collect(), variables: variables.0 })
}

/// `Fn::Join`: `values` is a list, or an intrinsic that returns one.
pub fn join(delimiter: &str, values: impl Into<Value>) -> Value {
    Value(Expr::Join { delimiter: delimiter.to_string(), values: boxed(values) })
}

/// `Fn::Select`: the element at a zero-based index.
pub fn select(index: impl Into<Value>, list: impl Into<Value>) -> Value {
    Value(Expr::Select { index: boxed(index), list: boxed(list) })
}

/// `Fn::Split`.
pub fn split(delimiter: &str, source: impl Into<Value>) -> Value {
    Value(Expr::Split { delimiter: delimiter.to_string(), source: boxed(source) })
}

/// `Fn::If`: `then` when the named condition holds, `otherwise` when not. Use
/// [`no_value`](crate::pseudo::no_value) to leave a property out.
pub fn if_(condition: impl AsRef<str>, then: impl Into<Value>, otherwise: impl Into<Value>) -> Value {
    Value(Expr::If { condition: condition.as_ref().to_string(), then: boxed(then), otherwise: boxed(otherwise) })
}

/// `Fn::Equals`.
pub fn equals(left: impl Into<Value>, right: impl Into<Value>) -> Value {
    Value(Expr::Equals(boxed(left), boxed(right)))
}

/// `Fn::And` (2 to 10 conditions).
pub fn and<T: Into<Value>>(conditions: impl IntoIterator<Item = T>) -> Value {
    Value(Expr::And(conditions.into_iter().map(|c| c.into().0).collect()))
}

/// `Fn::Or` (2 to 10 conditions).
pub fn or<T: Into<Value>>(conditions: impl IntoIterator<Item = T>) -> Value {
    Value(Expr::Or(conditions.into_iter().map(|c| c.into().0).collect()))
}

/// `Fn::Not`.
pub fn not(condition: impl Into<Value>) -> Value {
    Value(Expr::Not(boxed(condition)))
}

/// `Condition`: a named condition used inside another condition.
pub fn condition(name: impl AsRef<str>) -> Value {
    Value(Expr::Condition(name.as_ref().to_string()))
}

/// `Fn::FindInMap`.
pub fn find_in_map(mapping: impl AsRef<str>, top: impl Into<Value>, second: impl Into<Value>) -> Value {
    Value(Expr::FindInMap { map: mapping.as_ref().to_string(), top: boxed(top), second: boxed(second), default: None })
}

/// `Fn::FindInMap` with a `DefaultValue` (the stack gets the `AWS::LanguageExtensions` transform).
pub fn find_in_map_or(
    mapping: impl AsRef<str>,
    top: impl Into<Value>,
    second: impl Into<Value>,
    default: impl Into<Value>,
) -> Value {
    Value(Expr::FindInMap {
        map: mapping.as_ref().to_string(),
        top: boxed(top),
        second: boxed(second),
        default: Some(boxed(default)),
    })
}

/// `Fn::GetAZs` for a region; `""` means the stack's region.
pub fn get_azs(region: impl Into<Value>) -> Value {
    Value(Expr::GetAzs(boxed(region)))
}

/// `Fn::Base64`.
pub fn base64(value: impl Into<Value>) -> Value {
    Value(Expr::Base64(boxed(value)))
}

/// `Fn::Cidr`: `count` blocks of `cidr_bits` host bits each, carved out of `ip_block`.
pub fn cidr(ip_block: impl Into<Value>, count: impl Into<Value>, cidr_bits: impl Into<Value>) -> Value {
    Value(Expr::Cidr { ip_block: boxed(ip_block), count: boxed(count), cidr_bits: boxed(cidr_bits) })
}

/// `Fn::ImportValue`: an output exported by another stack.
pub fn import_value(name: impl Into<Value>) -> Value {
    Value(Expr::ImportValue(boxed(name)))
}

/// `Fn::ToJsonString` (the stack gets the `AWS::LanguageExtensions` transform).
pub fn to_json_string(value: impl Into<Value>) -> Value {
    Value(Expr::ToJsonString(boxed(value)))
}

/// `Fn::Length` (the stack gets the `AWS::LanguageExtensions` transform).
pub fn length(list: impl Into<Value>) -> Value {
    Value(Expr::Length(boxed(list)))
}

/// A number spelled exactly as given: `number("3.50")`. Integers need no helper: `Value::from(3)`.
///
/// # Panics
///
/// When `text` is not a JSON-style decimal number (see [`Number::new`]).
pub fn number(text: &str) -> Value {
    Number::new(text).into()
}

/// CloudFormation's pseudo parameters, as values.
pub mod pseudo {
    use crate::value::Value;
    use iac2cfn_ir::{pseudo, Expr};

    fn pseudo(name: &str) -> Value {
        Value(Expr::Ref(name.to_string()))
    }

    /// `AWS::AccountId`.
    pub fn account_id() -> Value {
        pseudo(pseudo::ACCOUNT_ID)
    }

    /// `AWS::NotificationARNs`.
    pub fn notification_arns() -> Value {
        pseudo(pseudo::NOTIFICATION_ARNS)
    }

    /// `AWS::NoValue`: as the value of a property (usually inside [`if_`](crate::fns::if_)), leaves
    /// the property out.
    pub fn no_value() -> Value {
        pseudo(pseudo::NO_VALUE)
    }

    /// `AWS::Partition`.
    pub fn partition() -> Value {
        pseudo(pseudo::PARTITION)
    }

    /// `AWS::Region`.
    pub fn region() -> Value {
        pseudo(pseudo::REGION)
    }

    /// `AWS::StackId`.
    pub fn stack_id() -> Value {
        pseudo(pseudo::STACK_ID)
    }

    /// `AWS::StackName`.
    pub fn stack_name() -> Value {
        pseudo(pseudo::STACK_NAME)
    }

    /// `AWS::URLSuffix`.
    pub fn url_suffix() -> Value {
        pseudo(pseudo::URL_SUFFIX)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::{list, map};

    #[test]
    fn intrinsics_build_the_matching_expressions() {
        assert_eq!(
            select(0, get_azs("")).into_expr(),
            Expr::Select { index: Box::new(Expr::int(0)), list: Box::new(Expr::GetAzs(Box::new(Expr::string("")))) }
        );
        assert_eq!(
            if_("IsProd", true, pseudo::no_value()).into_expr(),
            Expr::If {
                condition: "IsProd".into(),
                then: Box::new(Expr::Bool(true)),
                otherwise: Box::new(Expr::no_value())
            }
        );
        assert_eq!(
            join(",", list(["a", "b"])).into_expr(),
            Expr::Join {
                delimiter: ",".into(),
                values: Box::new(Expr::List(vec![Expr::string("a"), Expr::string("b")])),
            }
        );
        assert_eq!(condition("A").into_expr(), Expr::Condition("A".into()));
        assert_eq!(pseudo::region().into_expr(), Expr::reference("AWS::Region"));
    }

    #[test]
    fn sub_parses_placeholders_and_escapes() {
        let Expr::Sub { parts, variables } = sub_with("${A}-${!B}", map().entry("A", 1)).into_expr() else {
            panic!("not a Sub")
        };
        assert_eq!(parts, vec![SubPart::Var("A".into()), SubPart::Text("-${B}".into())]);
        assert_eq!(variables.get("A"), Some(&Expr::int(1)));
    }
}

//! Shaping values a frontend has evaluated to what a schema property takes: shared by the frontends
//! that map names through the schema (Pulumi's `aws-native:`, Terraform's `awscc_`).

use super::ValueShape;
use iac2cfn_ir::Expr;

impl ValueShape {
    /// The shape of a list's items, if a list is one of the alternatives.
    pub fn list_item(&self) -> Option<ValueShape> {
        self.alternatives().iter().find_map(|alternative| match alternative {
            ValueShape::List(item) => Some((**item).clone()),
            _ => None,
        })
    }

    /// The shape of a map's values, if a map (or free-form JSON, whose values are anything) is one
    /// of the alternatives. Keys of such maps are the user's and stay verbatim.
    pub fn map_value(&self) -> Option<ValueShape> {
        self.alternatives().iter().find_map(|alternative| match alternative {
            ValueShape::Map(value) => Some((**value).clone()),
            ValueShape::Json | ValueShape::Any => Some(ValueShape::Any),
            _ => None,
        })
    }

    /// Whether free-form JSON or a nested object is one of the alternatives.
    pub fn takes_json(&self) -> bool {
        self.alternatives().iter().any(|alternative| matches!(alternative, ValueShape::Json | ValueShape::Object(_)))
    }

    /// Whether a string is one of the alternatives.
    pub fn takes_string(&self) -> bool {
        self.alternatives().contains(&ValueShape::String)
    }
}

/// A value for a property of a shape: where the property takes free-form JSON (a policy document)
/// and not a string, JSON text (or `Fn::ToJsonString` of a structure) becomes the structure itself,
/// so the template shows the document. Anything else is returned as it is.
pub fn json_shaped(shape: &ValueShape, value: Expr) -> Expr {
    match value {
        Expr::ToJsonString(inner) if shape.takes_json() => *inner,
        Expr::String(text) if shape.takes_json() && !shape.takes_string() => {
            match serde_json::from_str::<serde_json::Value>(&text) {
                Ok(json @ (serde_json::Value::Object(_) | serde_json::Value::Array(_))) => json_expr(&json),
                _ => Expr::String(text),
            }
        }
        other => other,
    }
}

/// The IR form of a JSON value (numbers keep their spelling).
pub fn json_expr(value: &serde_json::Value) -> Expr {
    match value {
        serde_json::Value::Null => Expr::Null,
        serde_json::Value::Bool(flag) => Expr::Bool(*flag),
        serde_json::Value::Number(number) => {
            let text = number.to_string();
            iac2cfn_ir::Number::parse(&text).map_or(Expr::String(text), Expr::Number)
        }
        serde_json::Value::String(text) => Expr::String(text.clone()),
        serde_json::Value::Array(items) => Expr::List(items.iter().map(json_expr).collect()),
        serde_json::Value::Object(entries) => {
            Expr::Map(entries.iter().map(|(key, value)| (key.clone(), json_expr(value))).collect())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_text_becomes_a_document_where_json_goes() {
        let text = Expr::string(r#"{"Version":"2012-10-17","Statement":[]}"#);
        let Expr::Map(document) = json_shaped(&ValueShape::Json, text.clone()) else { panic!("not a map") };
        assert_eq!(document.keys().collect::<Vec<_>>(), ["Version", "Statement"]);
        let either = ValueShape::OneOf(vec![ValueShape::String, ValueShape::Json]);
        assert_eq!(json_shaped(&either, text.clone()), text);
        assert_eq!(json_shaped(&ValueShape::String, text.clone()), text);
        assert_eq!(json_shaped(&ValueShape::Json, Expr::string("not json")), Expr::string("not json"));
    }
}

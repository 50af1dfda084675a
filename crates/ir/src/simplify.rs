//! Meaning-preserving rewrites that make templates read the way a person would write them: literal
//! `Fn::Sub` and `Fn::Join` fold to strings, and joins of scalar pieces become `Fn::Sub`.

use crate::{pseudo, Expr, SubPart, Template};
use indexmap::IndexMap;

/// Simplifies every expression of the template in place.
pub fn simplify(template: &mut Template) {
    let list_parameters: Vec<String> = template
        .parameters
        .iter()
        .filter(|(_, parameter)| parameter.parameter_type.is_list())
        .map(|(name, _)| name.clone())
        .collect();
    let simplifier = Simplifier { list_parameters };
    let resources = template
        .resources
        .values_mut()
        .chain(template.resource_loops.iter_mut().flat_map(|l| l.resources.values_mut()));
    for resource in resources {
        resource
            .properties
            .values_mut()
            .chain(resource.metadata.values_mut())
            .for_each(|value| simplifier.rewrite(value));
    }
    for output in template.outputs.values_mut() {
        simplifier.rewrite(&mut output.value);
        if let Some(export) = &mut output.export {
            simplifier.rewrite(export);
        }
    }
    template.metadata.values_mut().for_each(|value| simplifier.rewrite(value));
}

struct Simplifier {
    list_parameters: Vec<String>,
}

impl Simplifier {
    /// Rewrites bottom-up: children first, then the node itself.
    fn rewrite(&self, expr: &mut Expr) {
        self.rewrite_children(expr);
        let replacement = match expr {
            Expr::Sub { parts, variables } => self.fold_sub(parts, variables),
            Expr::Join { delimiter, values } => self.fold_join(delimiter, values),
            Expr::If { then, otherwise, .. } if then == otherwise => Some((**then).clone()),
            Expr::Select { index, list } => match (index.as_ref(), list.as_ref()) {
                (Expr::Number(number), Expr::List(items)) => {
                    number.as_i64().and_then(|i| usize::try_from(i).ok()).and_then(|i| items.get(i)).cloned()
                }
                _ => None,
            },
            _ => None,
        };
        if let Some(replacement) = replacement {
            *expr = replacement;
        }
    }

    fn rewrite_children(&self, expr: &mut Expr) {
        match expr {
            Expr::Null | Expr::Bool(_) | Expr::Number(_) | Expr::String(_) => {}
            Expr::Ref(_) | Expr::GetAtt { .. } | Expr::Condition(_) => {}
            Expr::List(items) | Expr::And(items) | Expr::Or(items) => items.iter_mut().for_each(|e| self.rewrite(e)),
            Expr::Map(entries) => entries.values_mut().for_each(|e| self.rewrite(e)),
            Expr::Sub { variables, .. } => variables.values_mut().for_each(|e| self.rewrite(e)),
            Expr::Join { values, .. } => self.rewrite(values),
            Expr::Select { index, list } => {
                self.rewrite(index);
                self.rewrite(list);
            }
            Expr::Split { source, .. } => self.rewrite(source),
            Expr::If { then, otherwise, .. } => {
                self.rewrite(then);
                self.rewrite(otherwise);
            }
            Expr::Equals(left, right) => {
                self.rewrite(left);
                self.rewrite(right);
            }
            Expr::Not(inner)
            | Expr::GetAzs(inner)
            | Expr::Base64(inner)
            | Expr::ImportValue(inner)
            | Expr::ToJsonString(inner)
            | Expr::Length(inner) => self.rewrite(inner),
            Expr::FindInMap { top, second, default, .. } => {
                self.rewrite(top);
                self.rewrite(second);
                if let Some(default) = default {
                    self.rewrite(default);
                }
            }
            Expr::Cidr { ip_block, count, cidr_bits } => {
                self.rewrite(ip_block);
                self.rewrite(count);
                self.rewrite(cidr_bits);
            }
        }
    }

    /// The Sub parts an expression can be written as inside a Sub template, if it is a scalar that a
    /// placeholder can stand for.
    fn as_sub_parts(&self, expr: &Expr) -> Option<Vec<SubPart>> {
        match expr {
            Expr::String(text) => Some(vec![SubPart::Text(text.clone())]),
            Expr::Number(number) => Some(vec![SubPart::Text(number.to_string())]),
            Expr::Bool(value) => Some(vec![SubPart::Text(value.to_string())]),
            Expr::Ref(name) if name != pseudo::NO_VALUE && !self.list_parameters.contains(name) => {
                Some(vec![SubPart::Var(name.clone())])
            }
            Expr::GetAtt { resource, attribute } => Some(vec![SubPart::Var(format!("{resource}.{attribute}"))]),
            Expr::Sub { parts, variables } if variables.is_empty() => Some(parts.clone()),
            _ => None,
        }
    }

    fn fold_sub(&self, parts: &[SubPart], variables: &IndexMap<String, Expr>) -> Option<Expr> {
        // Inline the Sub's own variables that are themselves expressible as template text.
        let mut remaining = IndexMap::new();
        let mut inlined: IndexMap<&str, Vec<SubPart>> = IndexMap::new();
        for (name, value) in variables {
            let used = parts.iter().any(|part| matches!(part, SubPart::Var(var) if var == name));
            if !used {
                continue;
            }
            match self.as_sub_parts(value) {
                Some(value_parts) => {
                    inlined.insert(name.as_str(), value_parts);
                }
                None => {
                    remaining.insert(name.clone(), value.clone());
                }
            }
        }
        let mut folded = Vec::new();
        for part in parts {
            match part {
                SubPart::Var(var) if inlined.contains_key(var.as_str()) => {
                    folded.extend(inlined[var.as_str()].iter().cloned())
                }
                other => folded.push(other.clone()),
            }
        }
        let folded = merge_text(folded);
        if remaining.is_empty() {
            if folded.is_empty() {
                return Some(Expr::string(""));
            }
            if let [SubPart::Text(text)] = folded.as_slice() {
                return Some(Expr::String(text.clone()));
            }
        }
        let changed = remaining.len() != variables.len() || folded.as_slice() != parts;
        changed.then_some(Expr::Sub { parts: folded, variables: remaining })
    }

    fn fold_join(&self, delimiter: &str, values: &Expr) -> Option<Expr> {
        let Expr::List(items) = values else {
            return None;
        };
        if items.is_empty() {
            return Some(Expr::string(""));
        }
        if items.len() == 1 && matches!(items[0], Expr::String(_)) {
            return Some(items[0].clone());
        }
        let mut parts = Vec::new();
        for (index, item) in items.iter().enumerate() {
            if index > 0 && !delimiter.is_empty() {
                parts.push(SubPart::Text(delimiter.to_string()));
            }
            parts.extend(self.as_sub_parts(item)?);
        }
        let parts = merge_text(parts);
        Some(match parts.as_slice() {
            [SubPart::Text(text)] => Expr::String(text.clone()),
            _ => Expr::Sub { parts, variables: IndexMap::new() },
        })
    }
}

/// Joins adjacent text parts.
fn merge_text(parts: Vec<SubPart>) -> Vec<SubPart> {
    let mut merged: Vec<SubPart> = Vec::with_capacity(parts.len());
    for part in parts {
        match (merged.last_mut(), part) {
            (_, SubPart::Text(text)) if text.is_empty() => {}
            (Some(SubPart::Text(previous)), SubPart::Text(text)) => previous.push_str(&text),
            (_, part) => merged.push(part),
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Origin, Output, Parameter, ParameterType, Resource};

    fn simplified(value: Expr) -> Expr {
        let mut template = Template::default();
        template.parameters.insert("Subnets".into(), Parameter::new(ParameterType::CommaDelimitedList));
        template
            .resources
            .insert("R".into(), Resource::new("AWS::S3::Bucket", Origin::generated()).with_property("P", value));
        simplify(&mut template);
        template.resources["R"].properties["P"].clone()
    }

    #[test]
    fn literal_joins_and_subs_fold_to_strings() {
        let join =
            Expr::Join { delimiter: "-".into(), values: Box::new(Expr::List(vec![Expr::string("a"), Expr::int(1)])) };
        assert_eq!(simplified(join), Expr::string("a-1"));
        assert_eq!(simplified(Expr::sub("plain ${!text}")), Expr::string("plain ${text}"));
    }

    #[test]
    fn joins_of_references_become_subs() {
        let join = Expr::Join {
            delimiter: String::new(),
            values: Box::new(Expr::List(vec![
                Expr::string("arn:"),
                Expr::reference("AWS::Partition"),
                Expr::get_att("R", "Arn"),
            ])),
        };
        assert_eq!(simplified(join), Expr::sub("arn:${AWS::Partition}${R.Arn}"));
    }

    #[test]
    fn joins_of_list_parameters_and_no_value_stay() {
        let join = Expr::Join { delimiter: ",".into(), values: Box::new(Expr::reference("Subnets")) };
        assert_eq!(simplified(join.clone()), join);
        let with_list =
            Expr::Join { delimiter: ",".into(), values: Box::new(Expr::List(vec![Expr::reference("Subnets")])) };
        assert_eq!(simplified(with_list.clone()), with_list);
    }

    #[test]
    fn sub_variables_that_are_scalars_are_inlined() {
        let mut variables = IndexMap::new();
        variables.insert("Name".to_string(), Expr::get_att("R", "Arn"));
        variables.insert("Fixed".to_string(), Expr::string("x"));
        let sub = Expr::Sub { parts: crate::parse_sub_template("${Fixed}/${Name}"), variables };
        assert_eq!(simplified(sub), Expr::sub("x/${R.Arn}"));
        let mut outputs_template = Template::default();
        outputs_template.outputs.insert("O".into(), Output::new(Expr::sub("no placeholders")));
        simplify(&mut outputs_template);
        assert_eq!(outputs_template.outputs["O"].value, Expr::string("no placeholders"));
    }
}

//! What a converted resource offers the rest of the stack: the expressions its Terraform attributes
//! stand for, and the companion resources it brings along.

use crate::lower::{convert_argument, SourceObject, SourceValue};
use crate::model::{AttributeValue, CompanionValue, ResourceMapping};
use iac2cfn_ir::{parse_sub_template, Expr, IndexMap, Origin, Resource, SubPart};

/// The mapping row of a Terraform type that applies to a resource body: the first row whose `when`
/// argument has the row's value, else the first row without `when`. `None` for an unknown type, or
/// when the selecting argument is not a literal that any row names.
pub fn mapping_for(terraform_type: &str, source: &SourceObject) -> Option<&'static ResourceMapping> {
    let rows = crate::mappings_for(terraform_type);
    let selected = rows.iter().find(|row| {
        row.when.is_some_and(|(argument, wanted)| match source.value(argument) {
            Some(Expr::String(value)) => value == wanted,
            Some(Expr::Bool(value)) => value.to_string() == wanted,
            _ => false,
        })
    });
    selected.or_else(|| rows.iter().find(|row| row.when.is_none())).copied()
}

/// How CloudFormation returns a Terraform attribute of this type, if the table lists it.
pub fn attribute_value(mapping: &ResourceMapping, attribute_name: &str) -> Option<AttributeValue> {
    mapping.attributes.iter().find(|attribute| attribute.name == attribute_name).map(|attribute| attribute.value)
}

/// The argument whose value decides whether the companion with this suffix is made.
pub fn companion_argument(mapping: &ResourceMapping, suffix: &str) -> Option<&'static str> {
    mapping.companions.iter().find(|companion| companion.suffix == suffix).map(|companion| companion.when_argument)
}

/// The expression a reference to `attribute_name` of the resource converted under `logical_id`
/// becomes: `Ref`, `Fn::GetAtt`, an `Fn::Sub` whose `${Self}`/`${Self.Attr}` name the logical ID, a
/// part of an attribute, or the value of an argument (asked of `argument`, which gets the Terraform
/// argument name). `None` when the table does not list the attribute or the argument is not set.
/// An attribute of a companion asks `argument` for the companion's [`companion_argument`]: the
/// companion is made where that is set to something other than `null` or `false`.
pub fn attribute_expr(
    mapping: &ResourceMapping,
    logical_id: &str,
    attribute_name: &str,
    argument: &dyn Fn(&str) -> Option<Expr>,
) -> Option<Expr> {
    let expr = match attribute_value(mapping, attribute_name)? {
        AttributeValue::Ref => Expr::reference(logical_id),
        AttributeValue::GetAtt(attribute) => Expr::get_att(logical_id, attribute),
        AttributeValue::GetAttElement(attribute, index) => Expr::Select {
            index: Box::new(Expr::int(i64::try_from(index).unwrap_or(i64::MAX))),
            list: Box::new(Expr::get_att(logical_id, attribute)),
        },
        AttributeValue::Sub(template) => self_sub(template, &[("Self", logical_id.to_string())]),
        AttributeValue::Companion { suffix, present, absent } => {
            let when = companion_argument(mapping, suffix)?;
            let made = argument(when).is_some_and(|value| !matches!(value, Expr::Null | Expr::Bool(false)));
            let template = if made { present } else { absent };
            self_sub(template, &[("Self", logical_id.to_string()), ("Companion", format!("{logical_id}{suffix}"))])
        }
        AttributeValue::Argument(name) => argument(name)?,
        AttributeValue::Part { attribute, delimiter, index } => Expr::Select {
            index: Box::new(Expr::int(i64::from(index))),
            list: Box::new(Expr::Split {
                delimiter: delimiter.to_string(),
                source: Box::new(Expr::get_att(logical_id, attribute)),
            }),
        },
    };
    Some(expr)
}

/// An `Fn::Sub` of a table's template where each placeholder `${Name}` / `${Name.Attr}` of `names`
/// stands for that logical ID (its Ref / its attribute).
fn self_sub(template: &str, names: &[(&str, String)]) -> Expr {
    let parts: Vec<SubPart> = parse_sub_template(template)
        .into_iter()
        .map(|part| match part {
            SubPart::Var(name) => {
                let replaced = names.iter().find_map(|(placeholder, logical_id)| {
                    if name == *placeholder {
                        return Some(logical_id.clone());
                    }
                    let attribute = name.strip_prefix(placeholder)?.strip_prefix('.')?;
                    Some(format!("{logical_id}.{attribute}"))
                });
                SubPart::Var(replaced.unwrap_or(name))
            }
            text => text,
        })
        .collect();
    // A template that is one placeholder is that Ref or GetAtt.
    if let [SubPart::Var(name)] = parts.as_slice() {
        return match name.split_once('.') {
            Some((logical_id, attribute)) => Expr::get_att(logical_id, attribute),
            None => Expr::reference(name.as_str()),
        };
    }
    Expr::Sub { parts, variables: IndexMap::new() }
}

/// The companion resources of a resource body, each with the suffix that is appended to the main
/// logical ID to name it, in table order. A companion is made only when its `when_argument` is set to
/// something other than `null` or `false`.
///
/// Argument values are converted as the row's arguments say (a policy string becomes an object);
/// their problems were already reported by [`crate::lower_arguments`], so none are reported here.
/// Each resource's origin has the body's span and an empty address, for the frontend to fill in.
pub fn companion_resources(
    mapping: &ResourceMapping,
    main_logical_id: &str,
    source: &SourceObject,
) -> Vec<(String, Resource)> {
    let mut resources = Vec::new();
    for companion in mapping.companions {
        let wanted = match source.entries.get(companion.when_argument) {
            Some((_, SourceValue::Value { value, .. })) => !matches!(value, Expr::Null | Expr::Bool(false)),
            Some((_, SourceValue::Blocks(blocks))) => !blocks.is_empty(),
            None => false,
        };
        if !wanted {
            continue;
        }
        let mut resource =
            Resource::new(companion.cloudformation, Origin { span: source.span, address: String::new() });
        for (property, value) in companion.properties {
            if let Some(expr) = companion_value(mapping, main_logical_id, source, value) {
                resource.properties.insert((*property).to_string(), expr);
            }
        }
        resources.push((companion.suffix.to_string(), resource));
    }
    resources
}

fn companion_value(
    mapping: &ResourceMapping,
    main_logical_id: &str,
    source: &SourceObject,
    value: &CompanionValue,
) -> Option<Expr> {
    Some(match value {
        CompanionValue::Argument(name) => convert_argument(mapping.arguments, name, source)?,
        CompanionValue::MainRef => Expr::reference(main_logical_id),
        CompanionValue::MainAttribute(attribute) => Expr::get_att(main_logical_id, *attribute),
        CompanionValue::Text(text) => Expr::string(*text),
        CompanionValue::List(items) => Expr::List(
            items.iter().filter_map(|item| companion_value(mapping, main_logical_id, source, item)).collect(),
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::mapping_for;
    use crate::{all_mappings, mappings_for, SourceObject, SourceValue};
    use iac2cfn_diagnostics::Span;
    use iac2cfn_ir::Expr;

    #[test]
    fn mapping_for_follows_the_selector() {
        let empty = SourceObject::default();
        assert_eq!(mapping_for("aws_s3_bucket", &empty).map(|row| row.cloudformation), Some("AWS::S3::Bucket"));
        assert!(mapping_for("aws_no_such_thing", &empty).is_none());
        // Every selected row is found by its own selector value.
        for row in all_mappings().filter(|row| row.when.is_some()) {
            let Some((argument, wanted)) = row.when else { continue };
            let mut body = SourceObject::default();
            let value = SourceValue::Value { value: Expr::string(wanted), span: Span::DETACHED };
            body.entries.insert(argument.to_string(), (Span::DETACHED, value));
            let found = mapping_for(row.terraform, &body).expect("selected");
            assert_eq!((found.cloudformation, found.when), (row.cloudformation, row.when));
        }
    }

    #[test]
    fn the_core_service_types_are_listed() {
        let types = [
            "aws_s3_bucket",
            "aws_s3_bucket_versioning",
            "aws_s3_bucket_server_side_encryption_configuration",
            "aws_s3_bucket_public_access_block",
            "aws_s3_bucket_lifecycle_configuration",
            "aws_s3_bucket_logging",
            "aws_s3_bucket_cors_configuration",
            "aws_s3_bucket_website_configuration",
            "aws_s3_bucket_ownership_controls",
            "aws_s3_bucket_notification",
            "aws_s3_bucket_policy",
            "aws_iam_role",
            "aws_iam_policy",
            "aws_iam_role_policy",
            "aws_iam_role_policy_attachment",
            "aws_iam_instance_profile",
            "aws_lambda_function",
            "aws_lambda_permission",
            "aws_dynamodb_table",
            "aws_kms_key",
            "aws_kms_alias",
            "aws_sns_topic",
            "aws_sns_topic_subscription",
            "aws_sqs_queue",
            "aws_sqs_queue_policy",
            "aws_ssm_parameter",
            "aws_secretsmanager_secret",
            "aws_cloudwatch_log_group",
            "aws_cloudwatch_metric_alarm",
        ];
        for terraform in types {
            // The first row is the one used unless a selector or a merge parent picks another.
            let rows = mappings_for(terraform);
            assert!(rows.first().is_some_and(|row| row.when.is_none()), "{terraform}");
        }
    }
}

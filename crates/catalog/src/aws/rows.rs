//! Entries shared by the EC2, SageMaker, ECR, RDS and EFS tables that the model's own constructors
//! ([`Argument::property`] and the like) do not cover, and, for tests, the structural checks each of
//! those tables must pass.

use crate::model::{Argument, Shape, Target, Transform};

/// A list argument over whose elements the enclosing object is split (see [`Target::Explode`]).
pub(super) const fn explode(name: &'static str, path: &'static str) -> Argument {
    Argument::new(name, Shape::Value(Transform::None), Target::Explode(path))
}

/// An argument read only by the row's companions (see [`Target::Companion`]).
pub(super) const fn companion(name: &'static str) -> Argument {
    Argument::new(name, Shape::Value(Transform::None), Target::Companion)
}

/// `tags`, written as CloudFormation's `Tags: [{Key, Value}]`.
pub(super) const TAGS: Argument = Argument::tag_list("tags", "Tags");

/// The `timeouts` block most resources accept: CloudFormation has its own.
pub(super) const TIMEOUTS: Argument =
    Argument::dropped("timeouts", "CloudFormation applies its own timeouts to resource operations; remove the block");

/// Structural checks of a table that hold for every service; each service's tests call
/// [`check_table`](tests::check_table) on its own table.
#[cfg(test)]
pub(super) mod tests {
    use crate::model::{
        Argument, AttributeValue, CompanionValue, Placement, ResourceMapping, Shape, Target, Transform,
    };
    use crate::{SourceObject, SourceValue};
    use iac2cfn_diagnostics::{FileId, Span};
    use iac2cfn_ir::Expr;
    use std::collections::HashSet;

    /// A resource body or block from `(name, value)` pairs, for tests that run a row through the
    /// engine; every span is a distinct place in file 0.
    pub(crate) fn source(entries: Vec<(&str, SourceValue)>) -> SourceObject {
        let at = |offset: usize| Span::new(FileId(0), offset..offset + 1);
        SourceObject {
            span: at(1000),
            entries: entries
                .into_iter()
                .enumerate()
                .map(|(index, (name, value))| (name.to_string(), (at(index * 10), value)))
                .collect(),
            guard: None,
        }
    }

    /// An attribute's value.
    pub(crate) fn value(expr: Expr) -> SourceValue {
        SourceValue::Value { value: expr, span: Span::new(FileId(0), 500..501) }
    }

    /// Nested blocks of one name.
    pub(crate) fn blocks(objects: Vec<SourceObject>) -> SourceValue {
        SourceValue::Blocks(objects)
    }

    /// Checks every invariant below on each row of `table`, panicking with the row and the reason.
    pub(crate) fn check_table(table: &[ResourceMapping]) {
        for row in table {
            let context = format!("{} ({:?})", row.terraform, row.when);
            check_row(row).unwrap_or_else(|problem| panic!("{context}: {problem}"));
        }
        check_selectors(table);
    }

    fn check_row(row: &ResourceMapping) -> Result<(), String> {
        if !row.terraform.starts_with("aws_") || !is_snake_case(row.terraform) {
            return Err("Terraform type is not an aws_ snake_case name".into());
        }
        let parts: Vec<_> = row.cloudformation.split("::").collect();
        if parts.len() != 3 || parts[0] != "AWS" || !parts[1..].iter().all(|part| is_property_path(part)) {
            return Err(format!("{} is not an AWS::Service::Type name", row.cloudformation));
        }
        check_arguments(row.arguments, true)?;
        if let Some((selector, value)) = row.when {
            // The engine reports every argument a row does not list, the selector included: it is
            // listed as implied by the row's choice of CloudFormation type.
            let listed = row.arguments.iter().find(|argument| argument.name == selector);
            if !matches!(listed.map(|argument| argument.target), Some(Target::Implied(_))) || value.is_empty() {
                return Err(format!("selector `{selector}` must be listed with Target::Implied"));
            }
        }
        if let Placement::MergeInto { parent, link } = row.placement {
            let listed = row.arguments.iter().find(|argument| argument.name == link);
            if !matches!(listed.map(|argument| argument.target), Some(Target::Link)) {
                return Err(format!("link `{link}` must be listed with Target::Link"));
            }
            if parent == row.terraform {
                return Err("a row cannot merge into its own type".into());
            }
        }
        check_attributes(row)?;
        check_companions(row)
    }

    /// Names are snake_case and paths dotted PascalCase; an argument listed twice writes two
    /// different places; reasons are phrases a user can act on; a transform that names a sibling
    /// names one of the same object.
    fn check_arguments(arguments: &[Argument], top_level: bool) -> Result<(), String> {
        let mut writes = HashSet::new();
        for argument in arguments {
            // Appending twice to one list is fine: each row adds its own element (a local secondary
            // index's key schema gets the table's hash key and the index's range key).
            let appends = matches!(argument.target, Target::Append(_));
            if !writes.insert((argument.name, format!("{:?}", argument.target))) && !appends {
                return Err(format!("argument `{}` listed twice with the same target", argument.name));
            }
            if !is_snake_case(argument.name) {
                return Err(format!("argument `{}` is not snake_case", argument.name));
            }
            match argument.target {
                Target::Property(path) | Target::Append(path) | Target::Explode(path) => {
                    if !is_property_path(path) {
                        return Err(format!("`{}`: `{path}` is not a property path", argument.name));
                    }
                }
                Target::ElementFields(list) => {
                    if !is_property_path(list) || !matches!(argument.shape, Shape::Block { list: false, .. }) {
                        return Err(format!("`{}`: element fields need a path and a single block", argument.name));
                    }
                }
                Target::Element { list, property } => {
                    if ![list, property].into_iter().all(is_property_path) {
                        return Err(format!("`{}`: element target has a bad path", argument.name));
                    }
                }
                Target::Keyed { list, key, property, .. } => {
                    if ![list, key, property].into_iter().all(is_property_path) {
                        return Err(format!("`{}`: keyed target has a bad path", argument.name));
                    }
                }
                Target::Dropped(reason) | Target::Implied(reason) => {
                    if reason.len() < 20 || reason.ends_with('.') || !reason.is_ascii() {
                        return Err(format!("`{}`: reason too short or ends with a period", argument.name));
                    }
                }
                Target::MapByKey { path, key } | Target::MapByKeyValue { path, key, .. } => {
                    // The key argument names the entry; it is listed in the block and written nowhere.
                    let keyed = match argument.shape {
                        Shape::Block { list: true, arguments: nested } => {
                            nested.iter().any(|inner| inner.name == key && matches!(inner.target, Target::Implied(_)))
                        }
                        _ => false,
                    };
                    if !is_property_path(path) || !keyed {
                        return Err(format!(
                            "`{}`: MapByKey needs a list block listing `{key}` as implied",
                            argument.name
                        ));
                    }
                }
                Target::Fixed(path) => {
                    if !is_property_path(path) || !matches!(argument.shape, Shape::Value(Transform::Constant(_))) {
                        return Err(format!("`{}`: a fixed property needs a path and a constant", argument.name));
                    }
                }
                Target::FixedUnless { path, unless } => {
                    if !is_property_path(path)
                        || !matches!(argument.shape, Shape::Value(Transform::Constant(_)))
                        || unless.is_empty()
                        || !unless.iter().all(|name| is_snake_case(name))
                    {
                        return Err(format!(
                            "`{}`: a default needs a path, a constant and the arguments that leave it out",
                            argument.name
                        ));
                    }
                }
                Target::Companion | Target::Flatten | Target::Link => {}
            }
            if matches!(argument.target, Target::Link | Target::Companion) && !top_level {
                return Err(format!("`{}`: links and companion arguments are top-level", argument.name));
            }
            match argument.shape {
                Shape::Block { list, arguments: nested } => {
                    if nested.is_empty() {
                        return Err(format!("block `{}` lists no arguments", argument.name));
                    }
                    // Splitting a single object into several makes no sense.
                    if !list && nested.iter().any(|inner| matches!(inner.target, Target::Explode(_))) {
                        return Err(format!("single block `{}` has an Explode argument", argument.name));
                    }
                    check_arguments(nested, false)?;
                }
                Shape::Value(Transform::ArgumentIfTrue(sibling))
                    if !arguments.iter().any(|other| other.name == sibling && other.name != argument.name) =>
                {
                    return Err(format!("`{}` names `{sibling}`, not a sibling", argument.name));
                }
                Shape::Value(Transform::Wrap(key)) if !is_property_path(key) || key.contains('.') => {
                    return Err(format!("`{}` wraps under `{key}`", argument.name));
                }
                Shape::Value(Transform::Lookup(pairs) | Transform::Rename(pairs)) => {
                    let keys: HashSet<_> = pairs.iter().map(|(from, _)| from).collect();
                    if pairs.is_empty() || keys.len() != pairs.len() {
                        return Err(format!("`{}` has an empty or ambiguous lookup", argument.name));
                    }
                }
                _ => {}
            }
        }
        Ok(())
    }

    fn check_attributes(row: &ResourceMapping) -> Result<(), String> {
        let mut names = HashSet::new();
        for attribute in row.attributes {
            if !names.insert(attribute.name) || !attribute.name.split('.').all(is_snake_case) {
                return Err(format!("attribute `{}` duplicated or not snake_case", attribute.name));
            }
            match attribute.value {
                AttributeValue::GetAtt(name)
                | AttributeValue::GetAttElement(name, _)
                | AttributeValue::Part { attribute: name, .. } => {
                    if !is_property_path(name) {
                        return Err(format!("attribute `{}`: bad GetAtt `{name}`", attribute.name));
                    }
                    // CloudFormation rejects a template whose Fn::GetAtt names an attribute the type
                    // does not return.
                    let schema = crate::cfn_schema::resource_type(row.cloudformation);
                    if schema.is_some_and(|schema| !schema.get_att(name)) {
                        return Err(format!(
                            "attribute `{}`: {} returns no `{name}`",
                            attribute.name, row.cloudformation
                        ));
                    }
                }
                AttributeValue::Sub(template) => check_sub(template)?,
                AttributeValue::Companion { suffix, present, absent } => {
                    if !row.companions.iter().any(|companion| companion.suffix == suffix) {
                        return Err(format!("attribute `{}` names no companion `{suffix}`", attribute.name));
                    }
                    check_sub(&present.replace("${Companion", "${Self"))?;
                    check_sub(absent)?;
                }
                AttributeValue::Argument(name) => {
                    if !row.arguments.iter().any(|argument| argument.name == name) {
                        return Err(format!("attribute `{}` reads unlisted argument `{name}`", attribute.name));
                    }
                }
                AttributeValue::Ref => {}
            }
        }
        // Every resource can be referenced by its id.
        if !names.contains("id") {
            return Err("no `id` attribute".into());
        }
        Ok(())
    }

    /// `${Self}`, `${Self.Attribute}` and pseudo parameters are the only placeholders.
    fn check_sub(template: &str) -> Result<(), String> {
        let mut rest = template;
        while let Some(start) = rest.find("${") {
            let end = rest[start..].find('}').ok_or(format!("unclosed placeholder in `{template}`"))?;
            let name = &rest[start + 2..start + end];
            let valid = name == "Self"
                || name.strip_prefix("Self.").is_some_and(is_property_path)
                || iac2cfn_ir::pseudo::is_pseudo(name);
            if !valid {
                return Err(format!("placeholder `{name}` in `{template}`"));
            }
            rest = &rest[start + end..];
        }
        Ok(())
    }

    /// Companions are made from listed arguments, and every argument kept for companions is read.
    fn check_companions(row: &ResourceMapping) -> Result<(), String> {
        let listed = |name: &str| row.arguments.iter().any(|argument| argument.name == name);
        let mut read = HashSet::new();
        let mut suffixes = HashSet::new();
        for companion in row.companions {
            if !suffixes.insert(companion.suffix) || !is_property_path(companion.suffix) {
                return Err(format!("companion suffix `{}` duplicated or invalid", companion.suffix));
            }
            if !listed(companion.when_argument) {
                return Err(format!("companion condition `{}` is not an argument", companion.when_argument));
            }
            read.insert(companion.when_argument);
            let mut values: Vec<&CompanionValue> = companion.properties.iter().map(|(_, value)| value).collect();
            while let Some(value) = values.pop() {
                match value {
                    CompanionValue::Argument(name) => {
                        if !listed(name) {
                            return Err(format!("a companion reads unlisted argument `{name}`"));
                        }
                        read.insert(*name);
                    }
                    CompanionValue::List(items) => values.extend(items.iter()),
                    CompanionValue::MainRef | CompanionValue::MainAttribute(_) | CompanionValue::Text(_) => {}
                }
            }
        }
        for argument in row.arguments {
            if matches!(argument.target, Target::Companion) && !read.contains(argument.name) {
                return Err(format!("`{}` is kept for companions that never read it", argument.name));
            }
        }
        Ok(())
    }

    /// Rows of one Terraform type are either a single unconditional row or all selected by the
    /// same argument with distinct values.
    fn check_selectors(table: &[ResourceMapping]) {
        let mut seen = HashSet::new();
        for row in table {
            assert!(seen.insert((row.terraform, row.when)), "{} listed twice", row.terraform);
            let siblings: Vec<_> = table.iter().filter(|other| other.terraform == row.terraform).collect();
            if siblings.len() > 1 {
                let selector = row.when.map(|(argument, _)| argument);
                assert!(
                    selector.is_some()
                        && siblings.iter().all(|other| other.when.map(|(argument, _)| argument) == selector),
                    "{}: several rows need one selecting argument",
                    row.terraform
                );
            }
        }
    }

    fn is_snake_case(name: &str) -> bool {
        name.starts_with(|c: char| c.is_ascii_lowercase())
            && name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
    }

    fn is_property_path(path: &str) -> bool {
        path.split('.').all(|segment| {
            segment.starts_with(|c: char| c.is_ascii_uppercase()) && segment.chars().all(|c| c.is_ascii_alphanumeric())
        })
    }

    #[test]
    fn the_checks_reject_what_they_should() {
        assert!(check_sub("arn:${AWS::Partition}:ec2:${AWS::Region}:${AWS::AccountId}:vpc/${Self}").is_ok());
        assert!(check_sub("${Self.Endpoint.Address}:${Self.Endpoint.Port}").is_ok());
        assert!(check_sub("${Other}").is_err());
        assert!(is_property_path("Ebs.VolumeSize"));
        assert!(!is_property_path("ebs.volumeSize"));
        assert!(!is_property_path("Ebs..VolumeSize"));
        assert!(is_snake_case("aws_vpc_endpoint"));
        assert!(!is_snake_case("awsVpc"));
        let twice = [super::TAGS, super::TAGS];
        assert!(check_arguments(&twice, true).is_err());
    }
}

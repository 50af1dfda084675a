//! Every property path a catalog row writes is a property of its CloudFormation type, as
//! CloudFormation's own schema ([`iac2cfn_catalog::cfn_schema`]) names it.

use iac2cfn_catalog::cfn_schema::{self, ResourceSchema};
use iac2cfn_catalog::{all_mappings, Argument, Shape, Target};

/// Checks the paths `arguments` write under `base`; returns how many it checked.
fn walk(schema: &ResourceSchema, base: &str, arguments: &[Argument], owner: &str, problems: &mut Vec<String>) -> usize {
    let mut checked = 0;
    for argument in arguments {
        let join = |path: &str| if base.is_empty() { path.to_string() } else { format!("{base}.{path}") };
        let written = match argument.target {
            Target::Property(path)
            | Target::Append(path)
            | Target::Explode(path)
            | Target::Fixed(path)
            | Target::FixedUnless { path, .. } => Some(join(path)),
            Target::MapByKey { path, .. } | Target::MapByKeyValue { path, .. } => Some(join(path)),
            Target::Flatten => Some(base.to_string()),
            _ => None,
        };
        let Some(written) = written else { continue };
        checked += 1;
        if !written.is_empty() && schema.lookup(&written).is_none() {
            problems.push(format!("{owner}: `{}` -> {} `{written}`", argument.name, schema.type_name()));
            continue;
        }
        if let Shape::Block { arguments, .. } = argument.shape {
            // Entries of a map written by key are objects of the map's value shape.
            if matches!(argument.target, Target::MapByKey { .. } | Target::MapByKeyValue { .. }) {
                continue;
            }
            checked += walk(schema, &written, arguments, &format!("{owner}.{}", argument.name), problems);
        }
    }
    checked
}

#[test]
fn rows_write_only_schema_properties() {
    let mut problems = Vec::new();
    let mut checked = 0;
    for row in all_mappings() {
        let Some(schema) = cfn_schema::resource_type(row.cloudformation) else {
            problems.push(format!("{}: unknown type {}", row.terraform, row.cloudformation));
            continue;
        };
        checked += walk(schema, "", row.arguments, row.terraform, &mut problems);
    }
    println!("{checked} property paths checked");
    assert!(checked > 1000, "only {checked} property paths checked");
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
}

//! The support matrix: what each supported source type becomes, derived from the tables alone so the
//! listing (`iac2cfn resources`) and the generated docs can never disagree with the converter.

use crate::model::{Argument, Placement, ResourceMapping, Shape, Target};

/// One supported Terraform resource type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SupportEntry {
    /// The Terraform type.
    pub terraform: &'static str,
    /// The Pulumi `aws:` tokens for the same resource (short form), when known.
    pub pulumi: Vec<&'static str>,
    /// The CloudFormation types it becomes, main type first, then companions.
    pub cloudformation: Vec<&'static str>,
    /// How: "merged into ...", "also creates ...", "selected by ...", dropped arguments.
    pub notes: Vec<String>,
}

/// Every supported Terraform type, sorted by name, with rows of one type folded together.
pub fn support_matrix() -> Vec<SupportEntry> {
    let mut entries: Vec<SupportEntry> = Vec::new();
    for terraform in crate::terraform_types() {
        let rows = crate::mappings_for(terraform);
        let mut entry = SupportEntry {
            terraform,
            pulumi: crate::pulumi::tokens_for(terraform).collect(),
            cloudformation: Vec::new(),
            notes: Vec::new(),
        };
        for row in &rows {
            describe(row, &mut entry);
        }
        entries.push(entry);
    }
    entries
}

fn push_unique<T: PartialEq>(list: &mut Vec<T>, item: T) {
    if !list.contains(&item) {
        list.push(item);
    }
}

fn describe(row: &ResourceMapping, entry: &mut SupportEntry) {
    push_unique(&mut entry.cloudformation, row.cloudformation);
    if let Placement::MergeInto { parent, link } = row.placement {
        push_unique(&mut entry.notes, format!("merged into the {parent} that `{link}` refers to"));
    }
    if let Some((argument, value)) = row.when {
        push_unique(&mut entry.notes, format!("{} when {argument} = \"{value}\"", row.cloudformation));
    }
    for companion in row.companions {
        push_unique(&mut entry.cloudformation, companion.cloudformation);
        push_unique(
            &mut entry.notes,
            format!("also creates {} when `{}` is set", companion.cloudformation, companion.when_argument),
        );
    }
    let mut dropped = Vec::new();
    collect_dropped(row.arguments, "", &mut dropped);
    if !dropped.is_empty() {
        push_unique(&mut entry.notes, format!("no CloudFormation form (warning): {}", dropped.join(", ")));
    }
}

/// Dropped arguments, with their block path, skipping the ones every AWS resource has (`region`).
fn collect_dropped(arguments: &[Argument], prefix: &str, out: &mut Vec<String>) {
    for argument in arguments {
        let path = format!("{prefix}{}", argument.name);
        match (&argument.target, &argument.shape) {
            (Target::Dropped(_), _) if argument.name != "region" && argument.name != "tags_all" => {
                push_unique(out, path);
            }
            (_, Shape::Block { arguments, .. }) => collect_dropped(arguments, &format!("{path}."), out),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_matrix_describes_merges_splits_and_selections() {
        let matrix = support_matrix();
        let find = |name: &str| matrix.iter().find(|e| e.terraform == name).cloned().unwrap();
        let versioning = find("aws_s3_bucket_versioning");
        assert_eq!(versioning.cloudformation, ["AWS::S3::Bucket"]);
        assert!(versioning.notes[0].starts_with("merged into the aws_s3_bucket"), "{:?}", versioning.notes);
        let gateway = find("aws_internet_gateway");
        assert_eq!(gateway.cloudformation, ["AWS::EC2::InternetGateway", "AWS::EC2::VPCGatewayAttachment"]);
        let rule = find("aws_security_group_rule");
        assert_eq!(rule.cloudformation, ["AWS::EC2::SecurityGroupIngress", "AWS::EC2::SecurityGroupEgress"]);
        let names: Vec<&str> = matrix.iter().map(|e| e.terraform).collect();
        let mut sorted = names.clone();
        sorted.sort_unstable();
        assert_eq!(names, sorted);
    }
}

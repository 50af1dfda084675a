//! Logical IDs: readable PascalCase names made from Terraform names, unique within the template and
//! stable across runs and unrelated edits (collisions are settled by address order, not file order).

use crate::value::InstanceKey;
use iac2cfn_ir::Expr;
use std::collections::HashSet;

pub(crate) use iac2cfn_ir::pascal_case as pascal;

/// The word a CloudFormation type contributes to IDs: the last segment of `AWS::S3::Bucket`.
pub(crate) fn type_word(cloudformation_type: &str) -> &str {
    cloudformation_type.rsplit("::").next().unwrap_or(cloudformation_type)
}

/// The ID a resource would like: its name, then the type word unless the name already ends with it
/// (`aws_s3_bucket.artifacts` -> `ArtifactsBucket`, `aws_iam_role.execution_role` -> `ExecutionRole`).
pub(crate) fn resource_base(name: &str, cloudformation_type: &str) -> String {
    let name = pascal(name);
    let word = type_word(cloudformation_type);
    if name.to_ascii_lowercase().ends_with(&word.to_ascii_lowercase()) {
        name
    } else {
        format!("{name}{word}")
    }
}

/// The ID of one instance of a repeated resource: the index or the key appended.
pub(crate) fn instance_id(base: &str, key: Option<&InstanceKey>) -> String {
    match key {
        None => base.to_string(),
        Some(InstanceKey::Index(index)) => format!("{base}{index}"),
        Some(InstanceKey::Key(key)) => {
            let key = pascal(key);
            format!("{base}{key}")
        }
    }
}

/// Hands out unique IDs.
#[derive(Debug, Default)]
pub(crate) struct Allocator {
    used: HashSet<String>,
}

impl Allocator {
    /// Claims `wanted`, or `wanted2`, `wanted3`... when taken. An empty name becomes `Resource`.
    pub(crate) fn claim(&mut self, wanted: &str) -> String {
        let wanted = if wanted.is_empty() { "Resource" } else { wanted };
        let wanted: String = wanted.chars().filter(char::is_ascii_alphanumeric).take(240).collect();
        let mut candidate = wanted.clone();
        let mut counter = 2;
        while self.used.contains(&candidate) {
            candidate = format!("{wanted}{counter}");
            counter += 1;
        }
        self.used.insert(candidate.clone());
        candidate
    }
}

/// A readable name for a generated condition: `Fn::Equals [Ref Env, prod]` -> `EnvIsProd`.
pub(crate) fn condition_name(condition: &Expr) -> String {
    let name = describe(condition);
    let name: String = name.chars().filter(char::is_ascii_alphanumeric).take(200).collect();
    if name.is_empty() {
        "Condition".to_string()
    } else {
        name
    }
}

fn describe(expr: &Expr) -> String {
    match expr {
        Expr::Equals(left, right) => {
            let (subject, value) = match (left.as_ref(), right.as_ref()) {
                (Expr::String(_), other) => (other, left.as_ref()),
                _ => (left.as_ref(), right.as_ref()),
            };
            let value = match value {
                Expr::String(text) if text.is_empty() => "Empty".to_string(),
                other => describe(other),
            };
            format!("{}Is{value}", describe(subject))
        }
        Expr::Not(inner) => format!("Not{}", describe(inner)),
        Expr::And(items) => items.iter().map(describe).collect::<Vec<_>>().join("And"),
        Expr::Or(items) => items.iter().map(describe).collect::<Vec<_>>().join("Or"),
        Expr::Condition(name) => name.clone(),
        Expr::Ref(name) => pascal(name.trim_start_matches("AWS::")),
        Expr::String(text) => pascal(text),
        Expr::Number(number) => pascal(number.as_str()),
        Expr::Bool(flag) => pascal(&flag.to_string()),
        // A list joined for a test of its emptiness reads as the list (`SubnetsIsEmpty`).
        Expr::Join { values, .. } => describe(values),
        _ => "Value".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_read_like_the_terraform_names() {
        assert_eq!(resource_base("artifacts", "AWS::S3::Bucket"), "ArtifactsBucket");
        assert_eq!(resource_base("execution_role", "AWS::IAM::Role"), "ExecutionRole");
        assert_eq!(resource_base("main", "AWS::EC2::VPC"), "MainVPC");
        assert_eq!(resource_base("vpc", "AWS::EC2::VPC"), "Vpc");
        assert_eq!(instance_id("PrivateSubnet", Some(&InstanceKey::Index(1))), "PrivateSubnet1");
        assert_eq!(instance_id("PrivateSubnet", Some(&InstanceKey::Key("us-east-1a".into()))), "PrivateSubnetUsEast1a");
    }

    #[test]
    fn collisions_get_numbered_deterministically() {
        let mut ids = Allocator::default();
        assert_eq!(ids.claim("WebBucket"), "WebBucket");
        assert_eq!(ids.claim("WebBucket"), "WebBucket2");
        assert_eq!(ids.claim("Web-Bucket"), "WebBucket3");
    }

    #[test]
    fn condition_names_describe_the_condition() {
        let equals = Expr::Equals(Box::new(Expr::reference("Environment")), Box::new(Expr::string("prod")));
        assert_eq!(condition_name(&equals), "EnvironmentIsProd");
        let joined = Expr::Join { delimiter: ",".into(), values: Box::new(Expr::reference("Subnets")) };
        let empty = Expr::Equals(Box::new(joined), Box::new(Expr::string("")));
        assert_eq!(condition_name(&Expr::Not(Box::new(empty))), "NotSubnetsIsEmpty");
        assert_eq!(condition_name(&Expr::Not(Box::new(equals))), "NotEnvironmentIsProd");
    }
}

//! Logical IDs from Pulumi names: `my-bucket` -> `MyBucket`, unique within the template and stable
//! (they depend only on the names and their order in the program).

use std::collections::HashSet;

/// The PascalCase form of a name: separators dropped, each word capitalised, only ASCII letters and
/// digits kept. A name that starts with a digit is prefixed; an empty one becomes `fallback`.
pub(crate) fn pascal_case(name: &str, fallback: &str) -> String {
    let mut out = iac2cfn_ir::pascal_case(name);
    if out.is_empty() {
        return fallback.to_string();
    }
    if out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert_str(0, fallback);
    }
    out.truncate(200);
    out
}

/// Hands out logical IDs, never the same twice (CloudFormation compares them exactly; parameters and
/// resources share one namespace).
#[derive(Debug, Default)]
pub(crate) struct Ids {
    taken: HashSet<String>,
}

impl Ids {
    /// `wanted`, or `wanted2`, `wanted3`, ... when it is taken.
    pub(crate) fn claim(&mut self, wanted: &str) -> String {
        if self.taken.insert(wanted.to_string()) {
            return wanted.to_string();
        }
        let mut index = 2usize;
        loop {
            let candidate = format!("{wanted}{index}");
            if self.taken.insert(candidate.clone()) {
                return candidate;
            }
            index += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_become_pascal_case_and_unique() {
        assert_eq!(pascal_case("my-bucket", "R"), "MyBucket");
        assert_eq!(pascal_case("artifactBucket", "R"), "ArtifactBucket");
        assert_eq!(pascal_case("subnet_a-1", "R"), "SubnetA1");
        assert_eq!(pascal_case("1st", "Resource"), "Resource1st");
        assert_eq!(pascal_case("---", "Resource"), "Resource");
        let mut ids = Ids::default();
        assert_eq!(ids.claim("A"), "A");
        assert_eq!(ids.claim("A"), "A2");
        assert_eq!(ids.claim("A"), "A3");
    }
}

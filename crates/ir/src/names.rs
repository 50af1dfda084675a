//! Names that are valid logical IDs.

/// The PascalCase form of a source name, the shape of a readable logical ID: separators dropped,
/// each word capitalised, only ASCII letters and digits kept (`execution_role` -> `ExecutionRole`,
/// `my-bucket` -> `MyBucket`, `us-east-1a` -> `UsEast1a`). Both frontends name resources with it, so
/// a Terraform and a Pulumi program with the same names get the same IDs.
pub fn pascal_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut upper_next = true;
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            if upper_next {
                out.push(c.to_ascii_uppercase());
            } else {
                out.push(c);
            }
            upper_next = false;
        } else {
            upper_next = true;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_capitalised_and_separators_dropped() {
        assert_eq!(pascal_case("execution_role"), "ExecutionRole");
        assert_eq!(pascal_case("my-bucket"), "MyBucket");
        assert_eq!(pascal_case("artifactBucket"), "ArtifactBucket");
        assert_eq!(pascal_case("us-east-1a"), "UsEast1a");
        assert_eq!(pascal_case("é--"), "");
    }
}

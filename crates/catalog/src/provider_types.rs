//! The names of every resource type, data source and ephemeral resource of Terraform's AWS provider
//! (`data/aws-provider-types.txt`, generated from the provider's bindings by
//! `cargo run -p xtask -- provider-types`). With it a frontend tells a type that the catalog does not
//! map yet from a name that Terraform itself rejects, a typo or a type the provider removed, as
//! `terraform validate` would.

use std::sync::OnceLock;

/// The embedded table.
static TABLE: &str = include_str!("../data/aws-provider-types.txt");

/// A kind of provider type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A managed resource (`resource "aws_x"`).
    Resource,
    /// A data source (`data "aws_x"`).
    Data,
    /// An ephemeral resource (`ephemeral "aws_x"`).
    Ephemeral,
}

impl Kind {
    /// The block keyword of the kind (`resource`, `data`, `ephemeral`).
    pub fn keyword(self) -> &'static str {
        match self {
            Kind::Resource => "resource",
            Kind::Data => "data",
            Kind::Ephemeral => "ephemeral",
        }
    }

    fn slot(self) -> usize {
        match self {
            Kind::Resource => 0,
            Kind::Data => 1,
            Kind::Ephemeral => 2,
        }
    }
}

/// The provider version the table was made from, as its header records it.
pub fn provider_version() -> &'static str {
    TABLE
        .lines()
        .take_while(|line| line.starts_with('#'))
        .find_map(|line| line.strip_prefix("# provider hashicorp/aws "))
        .unwrap_or("unknown")
}

/// The names of one kind, sorted (the table keeps each kind sorted).
pub fn names(kind: Kind) -> &'static [&'static str] {
    static PARSED: OnceLock<[Vec<&'static str>; 3]> = OnceLock::new();
    let parsed = PARSED.get_or_init(|| {
        let mut kinds: [Vec<&'static str>; 3] = Default::default();
        for line in TABLE.lines().filter(|line| !line.starts_with('#')) {
            let Some((keyword, name)) = line.split_once(' ') else { continue };
            if let Some(kind) =
                [Kind::Resource, Kind::Data, Kind::Ephemeral].into_iter().find(|k| k.keyword() == keyword)
            {
                kinds[kind.slot()].push(name);
            }
        }
        kinds
    });
    &parsed[kind.slot()]
}

/// Whether the AWS provider has a type of this kind and name. Names outside the `aws_` namespace
/// are not the AWS provider's to judge, so they answer `true`.
pub fn exists(kind: Kind, name: &str) -> bool {
    !name.starts_with("aws_") || names(kind).binary_search(&name).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_knows_real_types_and_rejects_invented_ones() {
        assert!(exists(Kind::Resource, "aws_s3_bucket"));
        assert!(exists(Kind::Data, "aws_iam_policy_document"));
        assert!(exists(Kind::Ephemeral, "aws_secretsmanager_random_password"));
        assert!(!exists(Kind::Resource, "aws_sagemaker_experiment"));
        assert!(!exists(Kind::Resource, "aws_iam_policy_document"), "a data source is not a resource");
        assert!(exists(Kind::Resource, "random_string"), "other providers are not judged");
    }

    #[test]
    fn each_kind_is_sorted_and_the_version_is_recorded() {
        for kind in [Kind::Resource, Kind::Data, Kind::Ephemeral] {
            let list = names(kind);
            assert!(!list.is_empty());
            assert!(list.windows(2).all(|pair| pair[0] < pair[1]), "{kind:?} is not sorted");
        }
        assert!(provider_version().starts_with("6."), "{}", provider_version());
    }
}

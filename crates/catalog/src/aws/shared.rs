//! Arguments that many services' tables list the same way, beyond those in `rows`.

use crate::model::Argument;

/// `region` (provider 6.x): a resource in another region than the stack's cannot be in the stack.
pub(super) const REGION: Argument =
    Argument::dropped("region", "a CloudFormation stack creates every resource in the stack's own region");

/// `tags_all`: the provider's union of `default_tags` and `tags`.
pub(super) const TAGS_ALL: Argument = Argument::dropped(
    "tags_all",
    "the provider's union of default_tags and tags, computed by Terraform; tags come from `tags`",
);

/// Why `name_prefix` has no CloudFormation form.
pub(super) const NAME_PREFIX_REASON: &str =
    "CloudFormation cannot add a random suffix to a prefix; without a name it generates a unique one";

/// `name_prefix`.
pub(super) const NAME_PREFIX: Argument = Argument::dropped("name_prefix", NAME_PREFIX_REASON);

/// Helpers for the tests that run rows through the engine and compare exact output.
#[cfg(test)]
pub(super) mod tests {
    use crate::{mappings_for, LoweredArguments, ResourceMapping};
    use iac2cfn_ir::{Expr, IndexMap};

    /// The row of a Terraform type that applies when no selector argument or merge parent picks
    /// another: its first.
    pub(crate) fn row(terraform: &str) -> &'static ResourceMapping {
        let rows = mappings_for(terraform);
        assert!(!rows.is_empty(), "{terraform}");
        rows[0]
    }

    /// A string literal.
    pub(crate) fn s(text: &str) -> Expr {
        Expr::string(text)
    }

    /// A map literal.
    pub(crate) fn map(entries: Vec<(&str, Expr)>) -> Expr {
        Expr::map(entries)
    }

    /// Expected properties.
    pub(crate) fn props(entries: Vec<(&str, Expr)>) -> IndexMap<String, Expr> {
        entries.into_iter().map(|(key, value)| (key.to_string(), value)).collect()
    }

    /// The codes of what the engine reported, in order.
    pub(crate) fn codes(lowered: &LoweredArguments) -> Vec<&'static str> {
        lowered.diagnostics.iter().map(|diagnostic| diagnostic.code.0).collect()
    }
}

//! Rust names from CloudFormation names: word splitting that knows acronyms, snake_case and
//! UpperCamelCase, keywords, and a namer that keeps names unique.

use std::collections::HashSet;

/// Splits a CloudFormation identifier into words: `KMSMasterKeyID` -> `KMS`, `Master`, `Key`, `ID`;
/// `Ipv6CidrBlock` -> `Ipv6`, `Cidr`, `Block`; `IPv6Address` -> `IPv6`, `Address`. Characters that
/// are neither letters nor digits separate words and are dropped.
pub fn words(name: &str) -> Vec<String> {
    let chars: Vec<char> = name.chars().collect();
    let mut words = Vec::new();
    let mut current = String::new();
    for (index, &c) in chars.iter().enumerate() {
        if !c.is_ascii_alphanumeric() {
            if !current.is_empty() {
                words.push(std::mem::take(&mut current));
            }
            continue;
        }
        let previous = index.checked_sub(1).map(|i| chars[i]);
        let next = chars.get(index + 1).copied();
        let after_next = chars.get(index + 2).copied();
        let boundary = match previous {
            Some(p) if c.is_ascii_uppercase() && (p.is_ascii_lowercase() || p.is_ascii_digit()) => true,
            // The last capital of a run starts the next word (`KMSMaster`), unless what follows is a
            // version letter and digit (`IPv6`).
            Some(p) if c.is_ascii_uppercase() && p.is_ascii_uppercase() => {
                next.is_some_and(|n| n.is_ascii_lowercase()) && !after_next.is_some_and(|a| a.is_ascii_digit())
            }
            _ => false,
        };
        if boundary && !current.is_empty() {
            words.push(std::mem::take(&mut current));
        }
        current.push(c);
    }
    if !current.is_empty() {
        words.push(current);
    }
    words
}

/// `snake_case`, not yet checked against keywords.
pub fn snake_case(name: &str) -> String {
    words(name).iter().map(|word| word.to_ascii_lowercase()).collect::<Vec<_>>().join("_")
}

/// `UpperCamelCase`: every word capitalised, acronyms included (`VPCGatewayAttachment` ->
/// `VpcGatewayAttachment`).
pub fn upper_camel_case(name: &str) -> String {
    words(name)
        .iter()
        .map(|word| {
            let lower = word.to_ascii_lowercase();
            let mut chars = lower.chars();
            chars.next().map(|first| first.to_ascii_uppercase().to_string() + chars.as_str()).unwrap_or_default()
        })
        .collect()
}

/// Rust's keywords in every edition up to 2024, strict and reserved.
const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate", "do", "dyn", "else",
    "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "macro", "match", "mod",
    "move", "mut", "override", "priv", "pub", "ref", "return", "self", "Self", "static", "struct", "super", "trait",
    "true", "try", "type", "typeof", "union", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// Keywords that cannot be raw identifiers.
const NOT_RAW: &[&str] = &["crate", "self", "Self", "super", "_"];

/// An identifier as written in code: `r#type` for a keyword, `self_` for the few keywords that cannot
/// be raw, and a leading `_` for a name that starts with a digit or is empty.
pub fn identifier(name: &str) -> String {
    if NOT_RAW.contains(&name) {
        return format!("{name}_");
    }
    if KEYWORDS.contains(&name) {
        return format!("r#{name}");
    }
    if name.is_empty() || name.starts_with(|c: char| c.is_ascii_digit()) {
        return format!("_{name}");
    }
    name.to_string()
}

/// Hands out unique identifiers in one namespace.
#[derive(Debug, Default)]
pub struct Namer {
    taken: HashSet<String>,
}

impl Namer {
    /// A namer with some names taken already (names of the prelude, locals).
    pub fn with_reserved(reserved: &[&str]) -> Self {
        Namer { taken: reserved.iter().map(|name| name.to_string()).collect() }
    }

    /// Takes a name, so that [`Namer::name`] never hands it out.
    pub fn reserve(&mut self, name: &str) {
        self.taken.insert(name.to_string());
    }

    /// A unique identifier for `wanted` (already snake_case or UpperCamelCase): `wanted` itself when
    /// free, else `wanted` with `suffix`, else with `_2`, `_3`, ...
    pub fn name(&mut self, wanted: &str, suffix: &str) -> String {
        let base = if wanted.is_empty() { "unnamed".to_string() } else { wanted.to_string() };
        let mut candidates = vec![base.clone()];
        if !suffix.is_empty() {
            candidates.push(format!("{base}_{suffix}"));
        }
        for candidate in candidates {
            let candidate = identifier(&candidate);
            if self.taken.insert(candidate.clone()) {
                return candidate;
            }
        }
        let mut number = 2;
        loop {
            let candidate = identifier(&format!("{base}_{number}"));
            if self.taken.insert(candidate.clone()) {
                return candidate;
            }
            number += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_split_on_case_changes_and_keep_acronyms_and_versions_together() {
        assert_eq!(words("KMSMasterKeyID"), ["KMS", "Master", "Key", "ID"]);
        assert_eq!(words("Ipv6CidrBlock"), ["Ipv6", "Cidr", "Block"]);
        assert_eq!(words("IPv6Address"), ["IPv6", "Address"]);
        assert_eq!(words("S3Bucket"), ["S3", "Bucket"]);
        assert_eq!(words("VPCGatewayAttachment"), ["VPC", "Gateway", "Attachment"]);
        assert_eq!(words("Queue${Name}"), ["Queue", "Name"]);
        assert_eq!(words(""), Vec::<String>::new());
    }

    #[test]
    fn cases_are_built_from_words() {
        assert_eq!(snake_case("DataBucket"), "data_bucket");
        assert_eq!(snake_case("SSEAlgorithm"), "sse_algorithm");
        assert_eq!(upper_camel_case("VPC"), "Vpc");
        assert_eq!(upper_camel_case("DBInstance"), "DbInstance");
        assert_eq!(upper_camel_case("ElasticLoadBalancingV2"), "ElasticLoadBalancingV2");
    }

    #[test]
    fn keywords_become_raw_or_suffixed_identifiers() {
        assert_eq!(identifier("type"), "r#type");
        assert_eq!(identifier("gen"), "r#gen");
        assert_eq!(identifier("self"), "self_");
        assert_eq!(identifier("Self"), "Self_");
        assert_eq!(identifier("1st"), "_1st");
        assert_eq!(identifier("bucket"), "bucket");
    }

    #[test]
    fn the_namer_resolves_collisions_with_the_suffix_then_numbers() {
        let mut namer = Namer::with_reserved(&["stack"]);
        assert_eq!(namer.name("stack", "resource"), "stack_resource");
        assert_eq!(namer.name("vpc", "condition"), "vpc");
        assert_eq!(namer.name("vpc", "condition"), "vpc_condition");
        assert_eq!(namer.name("vpc", "condition"), "vpc_2");
        assert_eq!(namer.name("type", ""), "r#type");
        assert_eq!(namer.name("type", ""), "type_2");
        assert_eq!(namer.name("", ""), "unnamed");
    }
}

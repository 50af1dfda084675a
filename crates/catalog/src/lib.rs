//! How Terraform's AWS provider resources map to CloudFormation, as declarative per-service tables
//! ([`aws`]), and the one engine ([`lower_arguments`]) that applies a table row to a resource's
//! arguments. Both frontends use it: Pulumi's `aws:` package is the Terraform provider underneath.
//!
//! # Invariants
//!
//! - Tables are data: a resource type is supported by adding a [`ResourceMapping`] row to its service's
//!   table, never by adding a match arm elsewhere.
//! - Every argument a table lists is accounted for: written to a property, consumed by a merge, or
//!   reported as dropped with a reason. An argument a table does not list is an error with a
//!   did-you-mean suggestion; nothing is dropped silently.
//! - Attribute references resolve exactly as CloudFormation returns the value (`Ref` where `Ref` gives
//!   that value, `Fn::GetAtt` with CloudFormation's attribute name otherwise).
//! - The engine is frontend-neutral: it sees values as IR expressions with spans, never HCL or YAML.
//! - Output is deterministic: properties follow the table's argument order, not the source's.
//!
//! # Using the catalog from a frontend
//!
//! 1. Pick the row: [`mappings_for`] lists a type's rows; [`mapping_for`] picks the one whose `when`
//!    selector matches the body.
//! 2. Build a [`SourceObject`] from the evaluated body (meta-arguments removed) and call
//!    [`lower_arguments`]. It returns the properties and the diagnostics; when the row splits the
//!    resource ([`Target::Explode`] at the top level), [`LoweredArguments::exploded`] holds one
//!    property set per CloudFormation resource.
//! 3. Place the result by [`ResourceMapping::placement`]: a resource of its own, or merged into the
//!    parent's properties with [`merge_properties`] (maps merged, lists appended).
//! 4. Add [`companion_resources`] (named by suffix), and resolve references to the resource's
//!    attributes with [`attribute_expr`] (or [`attribute_value`] for the raw table entry).
//!
//! # Engine rules
//!
//! - An argument the row does not list is an error (`catalog::unknown-argument`, with a
//!   did-you-mean); a [`Target::Dropped`] one is a warning (`catalog::dropped-argument`) carrying the
//!   reason; [`Target::Link`] and [`Target::Implied`] ones are consumed silently. A `null` value means
//!   "not set": nothing is written or reported.
//! - A row may list an argument several times: every row of that name applies, in table order.
//! - Lookups compare the literal's string form (`true` -> `"true"`) and report a literal they do not
//!   list (`catalog::invalid-value`); symbolic values pass through every value transform unchanged.
//! - Values that decide the template's shape (tag keys, dimension maps, exploded lists) must be known
//!   at conversion time (`catalog::value-not-known`).
//! - A block-shaped argument may also be given as an object or a list of objects (attribute syntax).
//!
//! # Model extensions
//!
//! Beyond the first model: [`Transform::Template`] (an object built around the value, with
//! [`TemplateField::Root`] reading the resource body, [`TemplateField::RootOrPseudoParameter`] with a
//! pseudo parameter as its default), [`Transform::EntryList`] (map -> list of
//! name/value objects), [`Transform::Constant`], [`Target::Implied`], [`Target::Keyed`] (one list
//! element per key, shared by several arguments), [`AttributeValue::Part`] (a piece of a `GetAtt`),
//! [`CompanionValue::Text`] and [`CompanionValue::List`]; companions are made when their argument is
//! neither `null` nor `false`; [`Target::ElementFields`] (a block's fields merged into the element
//! that [`Target::Element`] arguments fill); [`Transform::Rename`] (a lookup that passes unlisted
//! values), [`Target::Fixed`] (a constant property written whatever the arguments) and
//! [`Target::FixedUnless`] (one written where none of some alternatives is set);
//! [`Target::MapByKey`] (repeatable blocks as one object keyed by an argument of each block),
//! [`Target::MapByKeyValue`] (the same, each entry one value of the block: a map of names to scalars),
//! [`Transform::ConstantIfTrue`] and [`Transform::PseudoParameter`] (a `Ref` of `AWS::Region` and
//! the like, as a default a later row overwrites).

pub mod aws;
pub mod cfn_schema;
pub mod constraints;
pub mod lower;
pub mod model;
pub mod provider_types;
pub mod pulumi;
mod references;
pub mod support;
pub mod unsupported;

pub use lower::{
    lower_arguments, merge_properties, LoweredArguments, SourceObject, SourceValue, SHAPE_MISMATCH, VALUE_NOT_KNOWN,
};
pub use model::*;
pub use references::{attribute_expr, attribute_value, companion_argument, companion_resources, mapping_for};

/// Every mapping row, service by service in table order.
pub fn all_mappings() -> impl Iterator<Item = &'static ResourceMapping> {
    aws::SERVICES.iter().flat_map(|service| service.iter())
}

/// The mapping rows of a Terraform type (several when `when` selects among them).
pub fn mappings_for(terraform_type: &str) -> Vec<&'static ResourceMapping> {
    all_mappings().filter(|mapping| mapping.terraform == terraform_type).collect()
}

/// Every Terraform type the catalog knows, sorted and without duplicates.
pub fn terraform_types() -> Vec<&'static str> {
    let mut types: Vec<&'static str> = all_mappings().map(|mapping| mapping.terraform).collect();
    types.sort_unstable();
    types.dedup();
    types
}

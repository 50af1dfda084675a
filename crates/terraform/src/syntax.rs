//! The configuration as the rest of the frontend sees it: blocks and attributes with spans, whether they
//! came from native HCL (`.tf`) or JSON (`.tf.json`).
//!
//! Expressions stay hcl-edit expressions: JSON values are turned into equivalent hcl-edit expressions
//! (strings become templates, as Terraform's JSON syntax reads them). JSON has no byte spans for values,
//! so every expression of a JSON attribute reports at the attribute's key ([`SpanMap::Anchored`]).

use hcl_edit::expr::Expression;
use iac2cfn_diagnostics::{FileId, Span};
use std::ops::Range;

/// How byte ranges of an hcl-edit node become source spans.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SpanMap {
    /// The node was parsed from this native HCL file: its ranges are file offsets.
    Native(FileId),
    /// The node was built from JSON (or parsed from a JSON string): every node reports at this span.
    Anchored(Span),
}

impl SpanMap {
    /// The span of a node's range; `fallback` when the node has none (a node the converter built).
    pub(crate) fn span(self, range: Option<Range<usize>>, fallback: Span) -> Span {
        match (self, range) {
            (SpanMap::Native(file), Some(range)) => Span::new(file, range),
            (SpanMap::Native(_), None) => fallback,
            (SpanMap::Anchored(anchor), _) => anchor,
        }
    }

    /// The span of an hcl-edit node.
    pub(crate) fn of(self, node: &impl hcl_edit::Span, fallback: Span) -> Span {
        self.span(node.span(), fallback)
    }

    /// Whether ranges are real offsets (JSON-built expressions have none).
    pub(crate) fn is_native(self) -> bool {
        matches!(self, SpanMap::Native(_))
    }
}

/// An attribute: `name = expression`.
#[derive(Debug, Clone)]
pub(crate) struct Attribute {
    /// The name.
    pub name: String,
    /// The span of the name.
    pub name_span: Span,
    /// The value.
    pub value: Expression,
    /// How the value's ranges map to spans.
    pub map: SpanMap,
    /// The span of the value (the name's span for JSON).
    pub value_span: Span,
    /// The whole attribute.
    pub span: Span,
}

/// A block: `type "label" { ... }`.
#[derive(Debug, Clone)]
pub(crate) struct Block {
    /// The block type (`resource`, `statement`).
    pub kind: String,
    /// The span of the block type keyword.
    pub kind_span: Span,
    /// The labels with their spans.
    pub labels: Vec<(String, Span)>,
    /// The body.
    pub body: Body,
    /// The whole block.
    pub span: Span,
}

impl Block {
    /// The label at `index`, or `""`.
    pub(crate) fn label(&self, index: usize) -> &str {
        self.labels.get(index).map_or("", |(label, _)| label.as_str())
    }

    /// The span of the labels (or of the keyword when there are none): what a diagnostic about the
    /// block as a whole points at.
    pub(crate) fn header_span(&self) -> Span {
        self.labels.iter().fold(self.kind_span, |span, (_, label)| span.to(*label))
    }
}

/// The inside of a block or file.
#[derive(Debug, Clone, Default)]
pub(crate) struct Body {
    /// Attributes in source order.
    pub attributes: Vec<Attribute>,
    /// Blocks in source order.
    pub blocks: Vec<Block>,
    /// Whether this body came from JSON, where nested blocks are written as attribute objects.
    pub json: bool,
    /// The whole body.
    pub span: Span,
}

impl Body {
    /// The attribute of this name.
    pub(crate) fn attribute(&self, name: &str) -> Option<&Attribute> {
        self.attributes.iter().find(|attribute| attribute.name == name)
    }

    /// The nested blocks of this type with `labels` labels. For JSON bodies, an attribute of that name
    /// whose value is an object (or a list of objects) is read as the blocks, as Terraform does.
    pub(crate) fn blocks_of(&self, kind: &str, labels: usize) -> Vec<Block> {
        let mut found: Vec<Block> = self.blocks.iter().filter(|block| block.kind == kind).cloned().collect();
        if self.json {
            if let Some(attribute) = self.attribute(kind) {
                found.extend(crate::parse::json_blocks(attribute, labels));
            }
        }
        found
    }

    /// Whether an attribute or block of this name is present.
    pub(crate) fn has(&self, name: &str) -> bool {
        self.attribute(name).is_some() || self.blocks.iter().any(|block| block.kind == name)
    }
}

/// One parsed file.
#[derive(Debug, Clone)]
pub(crate) struct File {
    /// The file name (no directory).
    pub name: String,
    /// Whether it is an override file (`override.tf`, `*_override.tf`, and their `.tf.json` forms).
    pub is_override: bool,
    /// Its top-level body.
    pub body: Body,
}

//! The engine that applies a mapping row to a resource's arguments.
//!
//! The walk is table-driven: for each object (the resource body, then each nested block) the engine
//! reports the source entries the table does not know, then visits the table's arguments in table
//! order and writes each one that is set. Writing in table order, not source order, makes the output
//! deterministic and independent of how the configuration happens to order its arguments.

use crate::model::{Argument, ResourceMapping, Shape, Target, TemplateField, Transform};
use iac2cfn_diagnostics::{did_you_mean, Code, Diagnostic, Span};
use iac2cfn_ir::{Expr, Number};
use indexmap::IndexMap;

/// An argument name the table does not list.
pub const UNKNOWN_ARGUMENT: Code = Code("catalog::unknown-argument");
/// An argument with no CloudFormation form (a warning).
pub const DROPPED_ARGUMENT: Code = Code("catalog::dropped-argument");
/// A literal value the table has no CloudFormation spelling for.
pub const INVALID_VALUE: Code = Code("catalog::invalid-value");
/// A value that must be known at conversion time but is only known at deployment.
pub const VALUE_NOT_KNOWN: Code = Code("catalog::value-not-known");
/// A string that should hold a JSON document and does not.
pub const INVALID_JSON: Code = Code("catalog::invalid-json");
/// More blocks of one name than CloudFormation takes.
pub const TOO_MANY_BLOCKS: Code = Code("catalog::too-many-blocks");
/// A block where a value is expected, or a value that cannot stand for a block.
pub const SHAPE_MISMATCH: Code = Code("catalog::shape-mismatch");
/// A list that cannot be appended to (it is only known at deployment).
pub const APPEND_CONFLICT: Code = Code("catalog::append-conflict");

/// An argument's value as a frontend evaluated it.
#[derive(Debug, Clone, PartialEq)]
pub enum SourceValue {
    /// An attribute's value.
    Value {
        /// The value, literal or symbolic.
        value: Expr,
        /// Where the value is written (the right-hand side).
        span: Span,
    },
    /// The nested blocks of one name, in order (a `dynamic` block already expanded).
    Blocks(Vec<SourceObject>),
}

/// A resource body or a nested block: its arguments by Terraform name (snake_case).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SourceObject {
    /// The whole body or block.
    pub span: Span,
    /// Arguments and blocks in source order; each with the span of its name.
    pub entries: IndexMap<String, (Span, SourceValue)>,
    /// For a block that exists only where a CloudFormation condition has a value (a `dynamic` block
    /// whose `for_each` a condition chooses): the condition's name and that value. The block's
    /// object is then written as `Fn::If` with `AWS::NoValue` for where it does not exist.
    pub guard: Option<(String, bool)>,
}

impl SourceObject {
    /// The value of an attribute (not a block), if it is set.
    pub fn value(&self, name: &str) -> Option<&Expr> {
        match self.entries.get(name) {
            Some((_, SourceValue::Value { value, .. })) => Some(value),
            _ => None,
        }
    }

    /// An object holding the entries of a literal map, all located at `span`: how a nested object
    /// written with attribute syntax (`rule = { ... }`) is read like a block.
    pub fn from_map(map: &IndexMap<String, Expr>, span: Span) -> SourceObject {
        let entries = map
            .iter()
            .map(|(key, value)| (key.clone(), (span, SourceValue::Value { value: value.clone(), span })))
            .collect();
        SourceObject { span, entries, guard: None }
    }
}

/// What the engine made of the arguments.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LoweredArguments {
    /// CloudFormation properties, in the order of the table's arguments.
    pub properties: IndexMap<String, Expr>,
    /// When a top-level argument has [`Target::Explode`] and yields elements, the resource becomes
    /// one CloudFormation resource per element: these are their properties, in order, and
    /// `properties` is the first of them. Empty otherwise.
    pub exploded: Vec<IndexMap<String, Expr>>,
    /// Problems found (unknown arguments, dropped arguments, shape mismatches).
    pub diagnostics: Vec<Diagnostic>,
}

/// Applies a mapping row to a resource's arguments.
pub fn lower_arguments(mapping: &ResourceMapping, source: &SourceObject) -> LoweredArguments {
    let mut lowerer = Lowerer { root: source, diagnostics: Vec::new() };
    let mut copies = lowerer.lower_object(mapping.arguments, source, mapping.terraform);
    for copy in &mut copies {
        strip_nulls(copy);
    }
    let mut copies = copies.into_iter();
    let properties = copies.next().unwrap_or_default();
    let rest: Vec<_> = copies.collect();
    let exploded = if rest.is_empty() { Vec::new() } else { std::iter::once(properties.clone()).chain(rest).collect() };
    LoweredArguments { properties, exploded, diagnostics: lowerer.diagnostics }
}

/// Merges `from` into `into`: maps are merged key by key (recursively), lists are appended, any
/// other value replaces the one before. How a merged sub-resource (`aws_s3_bucket_versioning`) adds
/// its properties to its parent's.
pub fn merge_properties(into: &mut IndexMap<String, Expr>, from: IndexMap<String, Expr>) {
    for (key, value) in from {
        match into.get_mut(&key) {
            Some(existing) => merge_value(existing, value),
            None => {
                into.insert(key, value);
            }
        }
    }
}

/// Converts the value of one argument of `source` the way the table's row of that name says, without
/// writing it anywhere: what companions read ([`crate::CompanionValue::Argument`]). `None` when the
/// argument is not set, is null, or cannot be converted.
pub(crate) fn convert_argument(arguments: &'static [Argument], name: &str, source: &SourceObject) -> Option<Expr> {
    let (name_span, value) = source.entries.get(name)?;
    if is_null(value) {
        return None;
    }
    let mut lowerer = Lowerer { root: source, diagnostics: Vec::new() };
    match arguments.iter().find(|argument| argument.name == name) {
        Some(argument) => lowerer.convert(argument, *name_span, value, source, "").map(strip_nulls_expr),
        None => match value {
            SourceValue::Value { value, .. } => Some(value.clone()),
            SourceValue::Blocks(_) => None,
        },
    }
}

struct Lowerer<'a> {
    /// The resource body, for [`TemplateField::Root`] and [`TemplateField::RootOrPseudoParameter`].
    root: &'a SourceObject,
    diagnostics: Vec<Diagnostic>,
}

impl Lowerer<'_> {
    /// Lowers one object (the body or a block) into one map, or several when [`Target::Explode`]
    /// splits it. `context` names the object in messages (`aws_s3_bucket`, `block rule of ...`).
    fn lower_object(
        &mut self,
        arguments: &'static [Argument],
        source: &SourceObject,
        context: &str,
    ) -> Vec<IndexMap<String, Expr>> {
        self.report_unknown(arguments, source, context);
        let mut base = IndexMap::new();
        // Each exploding argument with the elements it yields, in table order.
        let mut explosions: Vec<(&'static str, Vec<Expr>)> = Vec::new();
        for argument in arguments {
            if let (Target::Fixed(path), Shape::Value(Transform::Constant(text))) = (argument.target, argument.shape) {
                set_path(&mut base, path, Expr::string(text));
                continue;
            }
            if let (Target::FixedUnless { path, unless }, Shape::Value(Transform::Constant(text))) =
                (argument.target, argument.shape)
            {
                if let Some((outer, value)) = default_unless(path, unless, Expr::string(text), source) {
                    set_path(&mut base, outer, value);
                }
                continue;
            }
            let Some((name_span, value)) = source.entries.get(argument.name) else { continue };
            // Terraform's `null` means "not set": no property and no diagnostic.
            if is_null(value) {
                continue;
            }
            let name_span = *name_span;
            match argument.target {
                // A fixed property was written above; a source entry of its name is unknown.
                Target::Link | Target::Implied(_) | Target::Fixed(_) | Target::FixedUnless { .. } => {}
                Target::Dropped(reason) => self.diagnostics.push(
                    Diagnostic::warning(
                        DROPPED_ARGUMENT,
                        format!("`{}` of {context} has no CloudFormation equivalent and is left out", argument.name),
                    )
                    .with_label(name_span, reason),
                ),
                Target::Companion => {
                    // Converted only to report its problems here, once; companions convert it again.
                    let _ = self.convert(argument, name_span, value, source, context);
                }
                Target::Flatten => self.flatten(argument, name_span, value, source, context, &mut base),
                Target::Property(path) => {
                    if let Some(converted) = self.convert(argument, name_span, value, source, context) {
                        set_path(&mut base, path, converted);
                    }
                }
                Target::Append(path) => {
                    if let Some(converted) = self.convert(argument, name_span, value, source, context) {
                        if let Err(message) = append_path(&mut base, path, converted) {
                            self.diagnostics.push(
                                Diagnostic::error(APPEND_CONFLICT, message)
                                    .with_label(value_span(name_span, value), ""),
                            );
                        }
                    }
                }
                Target::MapByKey { path, key } => {
                    if let Some(converted) = self.map_by_key(argument, key, None, name_span, value, context) {
                        set_path(&mut base, path, converted);
                    }
                }
                Target::MapByKeyValue { path, key, value: entry } => {
                    if let Some(converted) = self.map_by_key(argument, key, Some(entry), name_span, value, context) {
                        set_path(&mut base, path, converted);
                    }
                }
                Target::Element { list, property } => {
                    if let Some(converted) = self.convert(argument, name_span, value, source, context) {
                        set_path(own_element(&mut base, list), property, converted);
                    }
                }
                Target::Keyed { list, key, key_value, property } => {
                    if let Some(converted) = self.convert(argument, name_span, value, source, context) {
                        let element = keyed_element(&mut base, list, key, key_value);
                        set_path(element, property, converted);
                    }
                }
                Target::ElementFields(list) => {
                    if let Some(converted) = self.convert(argument, name_span, value, source, context) {
                        match converted {
                            Expr::Map(entries) => merge_properties(own_element(&mut base, list), entries),
                            _ => self.diagnostics.push(
                                Diagnostic::error(
                                    SHAPE_MISMATCH,
                                    format!("`{}` of {context} must be an object", argument.name),
                                )
                                .with_label(value_span(name_span, value), "not an object"),
                            ),
                        }
                    }
                }
                Target::Explode(path) => {
                    // A null placeholder keeps the property at its table position in every copy; it
                    // is removed again when no copy sets it.
                    set_path(&mut base, path, Expr::Null);
                    let elements = match self.convert(argument, name_span, value, source, context) {
                        None => Vec::new(),
                        Some(Expr::List(items)) => items.into_iter().filter(|item| *item != Expr::Null).collect(),
                        Some(list) if list.is_list_valued() => {
                            self.diagnostics.push(
                                Diagnostic::error(
                                    VALUE_NOT_KNOWN,
                                    format!(
                                        "`{}` of {context} must be a list known at conversion time: CloudFormation \
                                         takes one object per element",
                                        argument.name
                                    ),
                                )
                                .with_label(value_span(name_span, value), "only known at deployment"),
                            );
                            Vec::new()
                        }
                        Some(scalar) => vec![scalar],
                    };
                    explosions.push((path, elements));
                }
            }
        }
        if explosions.iter().all(|(_, elements)| elements.is_empty()) {
            return vec![base];
        }
        let mut copies = Vec::new();
        for (path, elements) in explosions {
            for element in elements {
                let mut copy = base.clone();
                set_path(&mut copy, path, element);
                copies.push(copy);
            }
        }
        copies
    }

    fn report_unknown(&mut self, arguments: &'static [Argument], source: &SourceObject, context: &str) {
        for (name, (name_span, _)) in &source.entries {
            let fixed = |target: Target| matches!(target, Target::Fixed(_) | Target::FixedUnless { .. });
            if arguments.iter().any(|argument| argument.name == name && !fixed(argument.target)) {
                continue;
            }
            let mut diagnostic = Diagnostic::error(UNKNOWN_ARGUMENT, format!("unknown argument `{name}` of {context}"))
                .with_label(*name_span, format!("not an argument of {context}"));
            if let Some(suggestion) = did_you_mean(name, arguments.iter().map(|argument| argument.name)) {
                diagnostic = diagnostic.with_help(format!("did you mean `{suggestion}`?"));
            }
            self.diagnostics.push(diagnostic);
        }
    }

    /// Blocks written as one object with an entry per block, named by the block's `key` argument
    /// (see [`Target::MapByKey`]); with `entry`, each entry is the property at that path of the
    /// block's object (see [`Target::MapByKeyValue`]). `None` when no block yields an entry.
    fn map_by_key(
        &mut self,
        argument: &Argument,
        key: &str,
        entry: Option<&str>,
        name_span: Span,
        value: &SourceValue,
        context: &str,
    ) -> Option<Expr> {
        let Shape::Block { arguments, .. } = argument.shape else {
            self.diagnostics.push(
                Diagnostic::error(SHAPE_MISMATCH, format!("`{}` of {context} must be a block", argument.name))
                    .with_label(value_span(name_span, value), "not a block"),
            );
            return None;
        };
        let blocks = self.blocks_of(argument, name_span, value, context)?;
        let inner = block_context(argument.name, context);
        let mut entries = IndexMap::new();
        for block in &blocks {
            let found = block.entries.get(key);
            let Some(name) = found.and_then(|(_, value)| match value {
                SourceValue::Value { value, .. } => literal_text(value),
                SourceValue::Blocks(_) => None,
            }) else {
                let span = found.map_or(block.span, |(span, value)| value_span(*span, value));
                self.diagnostics.push(
                    Diagnostic::error(
                        VALUE_NOT_KNOWN,
                        format!("`{key}` of {inner} must be set to a value known at conversion time: it names the block's entry"),
                    )
                    .with_label(span, "not known at conversion time"),
                );
                continue;
            };
            if let Some(object) = self.lower_object(arguments, block, &inner).into_iter().next() {
                match entry {
                    None => {
                        entries.insert(name, guarded(Expr::Map(object), &block.guard));
                    }
                    Some(path) => {
                        if let Some(found) = get_path(&object, path) {
                            entries.insert(name, guarded(found.clone(), &block.guard));
                        }
                    }
                }
            }
        }
        (!entries.is_empty()).then_some(Expr::Map(entries))
    }

    /// Writes a block's arguments (or a literal map's entries) into the enclosing object.
    fn flatten(
        &mut self,
        argument: &Argument,
        name_span: Span,
        value: &SourceValue,
        source: &SourceObject,
        context: &str,
        into: &mut IndexMap<String, Expr>,
    ) {
        let Shape::Block { arguments, .. } = argument.shape else {
            match self.convert(argument, name_span, value, source, context) {
                Some(Expr::Map(entries)) => merge_properties(into, entries),
                Some(_) => self.diagnostics.push(
                    Diagnostic::error(SHAPE_MISMATCH, format!("`{}` of {context} must be an object", argument.name))
                        .with_label(value_span(name_span, value), "not an object"),
                ),
                None => {}
            }
            return;
        };
        let Some(blocks) = self.blocks_of(argument, name_span, value, context) else { return };
        let inner = block_context(argument.name, context);
        for block in &blocks {
            let mut copies = self.lower_object(arguments, block, &inner).into_iter();
            if let Some(first) = copies.next() {
                // A block that may not exist: each property it writes exists under its condition.
                let first = first.into_iter().map(|(key, value)| (key, guarded(value, &block.guard))).collect();
                merge_properties(into, first);
            }
            if copies.next().is_some() {
                self.diagnostics.push(
                    Diagnostic::error(
                        SHAPE_MISMATCH,
                        format!("{inner} would become several objects, but CloudFormation takes one here"),
                    )
                    .with_label(block.span, ""),
                );
            }
        }
    }

    /// Converts an argument's value by its shape. `None` when nothing is to be written (after an
    /// error, or when the value yields nothing).
    fn convert(
        &mut self,
        argument: &Argument,
        name_span: Span,
        value: &SourceValue,
        source: &SourceObject,
        context: &str,
    ) -> Option<Expr> {
        if let Shape::Block { list, arguments } = argument.shape {
            let blocks = self.blocks_of(argument, name_span, value, context)?;
            let inner = block_context(argument.name, context);
            // Two blocks of which exactly one exists, by a condition: one value chosen by `Fn::If`.
            if !list && exclusive(&blocks) {
                let mut chosen = Vec::new();
                for block in &blocks {
                    let object = self.lower_object(arguments, block, &inner).into_iter().next()?;
                    chosen.push((Expr::Map(object), block.guard.clone()));
                }
                let [(first, Some((condition, holds))), (second, _)] = <[_; 2]>::try_from(chosen).ok()? else {
                    return None;
                };
                let (then, otherwise) = if holds { (first, second) } else { (second, first) };
                return Some(Expr::If { condition, then: Box::new(then), otherwise: Box::new(otherwise) });
            }
            if !list && blocks.len() > 1 {
                self.diagnostics.push(
                    Diagnostic::error(
                        TOO_MANY_BLOCKS,
                        format!("{context} takes at most one `{}` block; found {}", argument.name, blocks.len()),
                    )
                    .with_label(blocks[1].span, "a second block")
                    .with_secondary(blocks[0].span, "the first one"),
                );
                return None;
            }
            let mut objects = Vec::new();
            for block in &blocks {
                let lowered = self.lower_object(arguments, block, &inner);
                objects.extend(lowered.into_iter().map(|object| guarded(Expr::Map(object), &block.guard)));
            }
            if list {
                return (!objects.is_empty()).then_some(Expr::List(objects));
            }
            if objects.len() > 1 {
                self.diagnostics.push(
                    Diagnostic::error(
                        SHAPE_MISMATCH,
                        format!("{inner} would become several objects, but CloudFormation takes one here"),
                    )
                    .with_label(blocks.first().map_or(name_span, |block| block.span), ""),
                );
                return None;
            }
            return objects.into_iter().next();
        }
        let (expr, span) = match value {
            SourceValue::Value { value, span } => (value, *span),
            // A block's presence stands for a constant (see [`Transform::Constant`]).
            SourceValue::Blocks(blocks) if matches!(argument.shape, Shape::Value(Transform::Constant(_))) => {
                let Shape::Value(Transform::Constant(text)) = argument.shape else { return None };
                return match blocks.as_slice() {
                    [] => None,
                    [only] => Some(guarded(Expr::string(text), &only.guard)),
                    _ => Some(Expr::string(text)),
                };
            }
            SourceValue::Blocks(blocks) => {
                let span = blocks.first().map_or(name_span, |block| block.span);
                self.diagnostics.push(
                    Diagnostic::error(
                        SHAPE_MISMATCH,
                        format!("`{}` of {context} is an argument, not a block", argument.name),
                    )
                    .with_label(span, "a block")
                    .with_help(format!("write `{} = ...`", argument.name)),
                );
                return None;
            }
        };
        let result = match argument.shape {
            Shape::Value(transform) => self.transform(transform, expr, source),
            Shape::TagList => tag_list(expr),
            Shape::TagMap => Ok(Some(tag_map(expr))),
            Shape::JsonDocument => json_document(expr).map(Some),
            Shape::JsonText => Ok(Some(json_text(expr))),
            Shape::PascalCaseDocument(verbatim) => {
                json_document(expr).map(|doc| Some(pascal_case_keys(&doc, verbatim)))
            }
            Shape::Block { .. } => Ok(None),
        };
        match result {
            Ok(converted) => converted,
            Err(problem) => {
                let diagnostic = problem.into_diagnostic(argument.name, context, span);
                self.diagnostics.push(diagnostic);
                None
            }
        }
    }

    /// The blocks an argument holds: its nested blocks, or a literal object (or list of objects)
    /// written with attribute syntax. `None` after reporting a value that cannot be a block.
    fn blocks_of(
        &mut self,
        argument: &Argument,
        name_span: Span,
        value: &SourceValue,
        context: &str,
    ) -> Option<Vec<SourceObject>> {
        match value {
            SourceValue::Blocks(blocks) => Some(blocks.clone()),
            SourceValue::Value { value, span } => {
                let objects = match value {
                    Expr::Null => Some(Vec::new()),
                    Expr::Map(map) => Some(vec![SourceObject::from_map(map, *span)]),
                    Expr::List(items) => items
                        .iter()
                        .filter(|item| **item != Expr::Null)
                        .map(|item| match item {
                            Expr::Map(map) => Some(SourceObject::from_map(map, *span)),
                            _ => None,
                        })
                        .collect(),
                    _ => None,
                };
                if objects.is_none() {
                    self.diagnostics.push(
                        Diagnostic::error(
                            SHAPE_MISMATCH,
                            format!(
                                "`{}` of {context} must be a block, or objects known at conversion time",
                                argument.name
                            ),
                        )
                        .with_label(if span.is_detached() { name_span } else { *span }, "not an object"),
                    );
                }
                objects
            }
        }
    }

    fn transform(&mut self, transform: Transform, expr: &Expr, source: &SourceObject) -> Result<Option<Expr>, Problem> {
        let converted = match transform {
            Transform::None => expr.clone(),
            Transform::Lookup(table) => lookup(table, expr)?,
            Transform::WrapInList => {
                if expr.is_list_valued() {
                    expr.clone()
                } else {
                    Expr::List(vec![expr.clone()])
                }
            }
            Transform::ToString => to_string_value(expr),
            Transform::ToNumber => match expr {
                // The provider treats an empty string as not set.
                Expr::String(text) if text.is_empty() => return Ok(None),
                Expr::String(text) => match Number::parse(text.trim()) {
                    Some(number) => Expr::Number(number),
                    None => return Err(Problem::NotKnown(format!("must be a number, not `{text}`"))),
                },
                other => other.clone(),
            },
            Transform::Base64 => match expr {
                Expr::Base64(_) => expr.clone(),
                _ => Expr::Base64(Box::new(expr.clone())),
            },
            Transform::Wrap(key) => map_elements(expr, &|item| Expr::map([(key, item.clone())])),
            Transform::ArgumentIfTrue(other) => {
                let flag = match expr {
                    Expr::Bool(flag) => *flag,
                    Expr::String(text) if text == "true" || text == "false" => text == "true",
                    _ => return Err(Problem::NotKnown("must be `true` or `false` known at conversion time".into())),
                };
                if !flag {
                    return Ok(None);
                }
                match source.value(other) {
                    Some(value) if *value != Expr::Null => value.clone(),
                    _ => return Ok(None),
                }
            }
            Transform::Template(fields) => {
                let root = self.root;
                map_elements(expr, &|item| {
                    let entries = fields.iter().filter_map(|(key, field)| {
                        let value = match field {
                            TemplateField::Value => item.clone(),
                            TemplateField::Text(text) => Expr::string(*text),
                            TemplateField::Root(name) => root.value(name).filter(|v| **v != Expr::Null)?.clone(),
                            TemplateField::RootOrPseudoParameter(name, pseudo) => root
                                .value(name)
                                .filter(|v| **v != Expr::Null)
                                .cloned()
                                .unwrap_or_else(|| Expr::reference(*pseudo)),
                        };
                        Some((*key, value))
                    });
                    Expr::map(entries)
                })
            }
            // An empty map is no entries at all (CloudFormation rejects an empty list for some).
            Transform::EntryList { .. } if matches!(expr, Expr::Map(entries) if entries.values().all(|v| *v == Expr::Null)) => {
                return Ok(None)
            }
            Transform::EntryList { key, value } => entry_list(expr, key, value)?,
            Transform::Constant(text) => Expr::string(text),
            Transform::Rename(table) => rename(table, expr),
            Transform::ConstantIfTrue(text) => match expr {
                Expr::Bool(true) => Expr::string(text),
                Expr::String(flag) if flag == "true" => Expr::string(text),
                Expr::Bool(false) => return Ok(None),
                Expr::String(flag) if flag == "false" => return Ok(None),
                _ => return Err(Problem::NotKnown("must be `true` or `false` known at conversion time".into())),
            },
            Transform::PseudoParameter(name) => Expr::reference(name),
        };
        Ok(Some(converted))
    }
}

/// A block's value where the block may not exist (see [`SourceObject::guard`]): `Fn::If` on the
/// condition, with `AWS::NoValue` where the block does not exist, which CloudFormation drops from a
/// list and from an object alike.
/// The default a [`Target::FixedUnless`] writes into `source`'s object: the outermost property its
/// path creates and that property's value, or `None` where one of the `unless` arguments is set
/// whatever the conditions. Blocks a condition makes leave the default to the outcomes where none of
/// them exists. A value chosen by a condition counts as set: only blocks carry the condition their
/// existence depends on.
fn default_unless(
    path: &'static str,
    unless: &[&str],
    value: Expr,
    source: &SourceObject,
) -> Option<(&'static str, Expr)> {
    let mut guards = Vec::new();
    for name in unless {
        match source.entries.get(*name) {
            None => {}
            Some((_, entry)) if is_null(entry) => {}
            Some((_, SourceValue::Value { .. })) => return None,
            Some((_, SourceValue::Blocks(blocks))) => {
                for block in blocks {
                    let (condition, holds) = block.guard.clone()?;
                    // The default exists where the block does not.
                    let guard = Some((condition, !holds));
                    if !guards.contains(&guard) {
                        guards.push(guard);
                    }
                }
            }
        }
    }
    let (outer, inner) = match path.split_once('.') {
        Some((outer, inner)) => {
            let mut object = IndexMap::new();
            set_path(&mut object, inner, value);
            (outer, Expr::Map(object))
        }
        None => (path, value),
    };
    Some((outer, guards.iter().fold(inner, guarded)))
}

fn guarded(value: Expr, guard: &Option<(String, bool)>) -> Expr {
    match guard {
        None => value,
        Some((condition, true)) => {
            Expr::If { condition: condition.clone(), then: Box::new(value), otherwise: Box::new(Expr::no_value()) }
        }
        Some((condition, false)) => {
            Expr::If { condition: condition.clone(), then: Box::new(Expr::no_value()), otherwise: Box::new(value) }
        }
    }
}

/// Whether exactly one of two blocks exists whatever the outcome: one exists where a condition holds,
/// the other where it does not.
fn exclusive(blocks: &[SourceObject]) -> bool {
    matches!(blocks, [a, b] if matches!((&a.guard, &b.guard), (Some((x, p)), Some((y, q))) if x == y && p != q))
}

/// Why a value could not be converted; turned into a diagnostic with the argument's name.
enum Problem {
    /// A literal with no entry in a lookup table.
    Invalid { found: String, accepted: Vec<&'static str> },
    /// A value that must be known now.
    NotKnown(String),
    /// Not JSON.
    Json(String),
}

impl Problem {
    fn into_diagnostic(self, name: &str, context: &str, span: Span) -> Diagnostic {
        match self {
            Problem::Invalid { found, accepted } => {
                let mut diagnostic = Diagnostic::error(
                    INVALID_VALUE,
                    format!("`{name}` of {context} has no CloudFormation equivalent for `{found}`"),
                )
                .with_label(span, format!("expected one of: {}", accepted.join(", ")));
                if let Some(suggestion) = did_you_mean(&found, accepted.iter().copied()) {
                    diagnostic = diagnostic.with_help(format!("did you mean `{suggestion}`?"));
                }
                diagnostic
            }
            Problem::NotKnown(what) => Diagnostic::error(VALUE_NOT_KNOWN, format!("`{name}` of {context} {what}"))
                .with_label(span, "only known at deployment"),
            Problem::Json(error) => {
                Diagnostic::error(INVALID_JSON, format!("`{name}` of {context} is not a JSON document"))
                    .with_label(span, error)
            }
        }
    }
}

/// The string form a lookup compares: what the literal would print as in Terraform.
fn literal_text(expr: &Expr) -> Option<String> {
    match expr {
        Expr::String(text) => Some(text.clone()),
        Expr::Bool(flag) => Some(flag.to_string()),
        Expr::Number(number) => Some(number.to_string()),
        _ => None,
    }
}

fn lookup(table: &'static [(&'static str, &'static str)], expr: &Expr) -> Result<Expr, Problem> {
    if let Expr::List(items) = expr {
        return items.iter().map(|item| lookup(table, item)).collect::<Result<_, _>>().map(Expr::List);
    }
    // Symbolic values are only known at deployment: they pass unchanged.
    let Some(text) = literal_text(expr) else { return Ok(expr.clone()) };
    match table.iter().find(|(from, _)| *from == text) {
        Some((_, to)) => Ok(Expr::string(*to)),
        None => Err(Problem::Invalid { found: text, accepted: table.iter().map(|(from, _)| *from).collect() }),
    }
}

/// [`Transform::Rename`]: listed literals replaced, each element of a literal list too.
fn rename(table: &'static [(&'static str, &'static str)], expr: &Expr) -> Expr {
    if let Expr::List(items) = expr {
        return Expr::List(items.iter().map(|item| rename(table, item)).collect());
    }
    match literal_text(expr).and_then(|text| table.iter().find(|(from, _)| *from == text)) {
        Some((_, to)) => Expr::string(*to),
        None => expr.clone(),
    }
}

fn to_string_value(expr: &Expr) -> Expr {
    match expr {
        Expr::Number(number) => Expr::String(number.to_string()),
        Expr::Bool(flag) => Expr::String(flag.to_string()),
        Expr::List(items) => Expr::List(items.iter().map(to_string_value).collect()),
        Expr::Map(entries) => Expr::Map(
            entries
                .iter()
                .filter(|(_, value)| **value != Expr::Null)
                .map(|(key, value)| (key.clone(), to_string_value(value)))
                .collect(),
        ),
        _ => expr.clone(),
    }
}

/// Applies `make` to each element of a literal list, or to the value itself.
fn map_elements(expr: &Expr, make: &dyn Fn(&Expr) -> Expr) -> Expr {
    match expr {
        Expr::List(items) => Expr::List(items.iter().map(make).collect()),
        _ => make(expr),
    }
}

fn entry_list(expr: &Expr, key: &str, value: &str) -> Result<Expr, Problem> {
    match expr {
        Expr::Map(entries) => Ok(Expr::List(
            entries
                .iter()
                .filter(|(_, item)| **item != Expr::Null)
                .map(|(name, item)| Expr::map([(key, Expr::string(name)), (value, to_string_value(item))]))
                .collect(),
        )),
        // Already in CloudFormation's form.
        Expr::List(_) => Ok(expr.clone()),
        _ => Err(Problem::NotKnown(format!(
            "must be a map known at conversion time: CloudFormation takes it as a list of {{{key}, {value}}} objects"
        ))),
    }
}

fn tag_list(expr: &Expr) -> Result<Option<Expr>, Problem> {
    match expr {
        Expr::Map(entries) => {
            let tags: Vec<Expr> = entries
                .iter()
                .filter(|(_, value)| **value != Expr::Null)
                .map(|(key, value)| Expr::map([("Key", Expr::string(key)), ("Value", to_string_value(value))]))
                .collect();
            // No tags is no `Tags` (an empty list is what CloudFormation keeps either way, and some
            // types reject one).
            Ok((!tags.is_empty()).then_some(Expr::List(tags)))
        }
        // Already CloudFormation's `[{Key, Value}]` list.
        Expr::List(_) => Ok(Some(expr.clone())),
        _ => Err(Problem::NotKnown(
            "must be known at conversion time: tags are written as a list of {Key, Value} objects, which needs \
             their keys"
                .into(),
        )),
    }
}

fn tag_map(expr: &Expr) -> Expr {
    match expr {
        Expr::Map(_) => to_string_value(expr),
        _ => expr.clone(),
    }
}

fn json_document(expr: &Expr) -> Result<Expr, Problem> {
    match expr {
        Expr::String(text) => serde_json::from_str::<serde_json::Value>(text)
            .map(|value| json_to_expr(&value))
            .map_err(|error| Problem::Json(error.to_string())),
        // A document built in the configuration, or a string only known at deployment.
        _ => Ok(expr.clone()),
    }
}

fn json_text(expr: &Expr) -> Expr {
    match expr {
        Expr::Map(_) | Expr::List(_) => match expr_to_json(expr) {
            Some(json) => Expr::String(json.to_string()),
            // Known shape, parts only known at deployment: CloudFormation serializes it.
            None => Expr::ToJsonString(Box::new(expr.clone())),
        },
        _ => expr.clone(),
    }
}

/// A JSON value as an IR literal, keeping key order. Integers keep their spelling; other numbers are
/// spelled as serde_json prints them (`1.50` -> `1.5`), the same value.
pub(crate) fn json_to_expr(value: &serde_json::Value) -> Expr {
    match value {
        serde_json::Value::Null => Expr::Null,
        serde_json::Value::Bool(flag) => Expr::Bool(*flag),
        serde_json::Value::Number(number) => {
            let text = number.to_string();
            Number::parse(&text).map_or(Expr::String(text), Expr::Number)
        }
        serde_json::Value::String(text) => Expr::String(text.clone()),
        serde_json::Value::Array(items) => Expr::List(items.iter().map(json_to_expr).collect()),
        serde_json::Value::Object(entries) => {
            Expr::Map(entries.iter().map(|(key, value)| (key.clone(), json_to_expr(value))).collect())
        }
    }
}

/// A literal IR value as JSON; `None` when an intrinsic appears anywhere.
fn expr_to_json(expr: &Expr) -> Option<serde_json::Value> {
    Some(match expr {
        Expr::Null => serde_json::Value::Null,
        Expr::Bool(flag) => serde_json::Value::Bool(*flag),
        Expr::Number(number) => match number.as_str().parse::<serde_json::Number>() {
            Ok(json) => serde_json::Value::Number(json),
            Err(_) => serde_json::Value::String(number.to_string()),
        },
        Expr::String(text) => serde_json::Value::String(text.clone()),
        Expr::List(items) => serde_json::Value::Array(items.iter().map(expr_to_json).collect::<Option<_>>()?),
        Expr::Map(entries) => serde_json::Value::Object(
            entries.iter().map(|(key, value)| Some((key.clone(), expr_to_json(value)?))).collect::<Option<_>>()?,
        ),
        _ => return None,
    })
}

fn is_null(value: &SourceValue) -> bool {
    matches!(value, SourceValue::Value { value: Expr::Null, .. })
}

fn value_span(name_span: Span, value: &SourceValue) -> Span {
    match value {
        SourceValue::Value { span, .. } if !span.is_detached() => *span,
        _ => name_span,
    }
}

/// How messages name a nested block: "block `rule` of aws_s3_bucket_lifecycle_configuration".
fn block_context(name: &str, context: &str) -> String {
    format!("block `{name}` of {context}")
}

/// Merges one value into another: maps key by key, lists appended, anything else replaced.
fn merge_value(existing: &mut Expr, value: Expr) {
    match (existing, value) {
        (Expr::Map(existing), Expr::Map(entries)) => merge_properties(existing, entries),
        (Expr::List(existing), Expr::List(items)) => existing.extend(items),
        (existing, value) => *existing = value,
    }
}

/// The map at a dotted path (its parent maps created as needed), and the path's last key.
fn parent_map<'m>(
    object: &'m mut IndexMap<String, Expr>,
    path: &'static str,
) -> (&'m mut IndexMap<String, Expr>, &'static str) {
    let mut keys: Vec<&'static str> = path.split('.').collect();
    let last = keys.pop().unwrap_or(path);
    let mut current = object;
    for key in keys {
        let slot = current.entry(key.to_string()).or_insert_with(|| Expr::Map(IndexMap::new()));
        if !matches!(slot, Expr::Map(_)) {
            // Only a table that writes a scalar and then a nested path to the same key gets here;
            // the nested path wins so that nothing is written to a non-object.
            *slot = Expr::Map(IndexMap::new());
        }
        let Expr::Map(next) = slot else { unreachable!("just made a map") };
        current = next;
    }
    (current, last)
}

/// Writes a value at a dotted path, merging with what is there (see [`merge_value`]).
/// The value at a dotted path of an object, when there is one.
fn get_path<'a>(object: &'a IndexMap<String, Expr>, path: &str) -> Option<&'a Expr> {
    let (first, rest) = match path.split_once('.') {
        Some((first, rest)) => (first, Some(rest)),
        None => (path, None),
    };
    match (object.get(first)?, rest) {
        (found, None) => Some(found),
        (Expr::Map(inner), Some(rest)) => get_path(inner, rest),
        _ => None,
    }
}

fn set_path(object: &mut IndexMap<String, Expr>, path: &'static str, value: Expr) {
    let (map, key) = parent_map(object, path);
    match map.get_mut(key) {
        Some(existing) => merge_value(existing, value),
        None => {
            map.insert(key.to_string(), value);
        }
    }
}

/// Appends a value (each element of a literal list) to the list at a dotted path.
fn append_path(object: &mut IndexMap<String, Expr>, path: &'static str, value: Expr) -> Result<(), String> {
    let (map, key) = parent_map(object, path);
    let list_only_known_later = !matches!(value, Expr::List(_)) && value.is_list_valued();
    match map.get_mut(key) {
        None if list_only_known_later => {
            // The first contribution may be a whole list only known at deployment.
            map.insert(key.to_string(), value);
        }
        None => {
            let items = match value {
                Expr::List(items) => items,
                element => vec![element],
            };
            map.insert(key.to_string(), Expr::List(items));
        }
        Some(Expr::List(_)) if list_only_known_later => {
            return Err(format!(
                "`{path}` collects values from several arguments, so this list must be known at conversion time"
            ))
        }
        Some(Expr::List(existing)) => match value {
            Expr::List(items) => existing.extend(items),
            element => existing.push(element),
        },
        Some(_) => {
            return Err(format!("`{path}` is a list only known at deployment, so nothing more can be added to it"))
        }
    }
    Ok(())
}

/// The one element of the list at `list` that an object contributes (see [`Target::Element`]): its
/// first element, created when the list is missing or empty.
fn own_element<'m>(object: &'m mut IndexMap<String, Expr>, list: &'static str) -> &'m mut IndexMap<String, Expr> {
    let (map, last) = parent_map(object, list);
    let slot = map.entry(last.to_string()).or_insert_with(|| Expr::List(Vec::new()));
    if !matches!(slot, Expr::List(items) if matches!(items.first(), None | Some(Expr::Map(_)))) {
        *slot = Expr::List(Vec::new());
    }
    let Expr::List(items) = slot else { unreachable!("just made a list") };
    if items.is_empty() {
        items.push(Expr::Map(IndexMap::new()));
    }
    match &mut items[0] {
        Expr::Map(entries) => entries,
        _ => unreachable!("checked or made a map"),
    }
}

/// A document with its object keys in PascalCase (see [`Shape::PascalCaseDocument`]), except the
/// entries of the maps under the `verbatim` keys.
fn pascal_case_keys(expr: &Expr, verbatim: &[&str]) -> Expr {
    match expr {
        Expr::List(items) => Expr::List(items.iter().map(|item| pascal_case_keys(item, verbatim)).collect()),
        Expr::Map(entries) => Expr::Map(
            entries
                .iter()
                .map(|(key, value)| {
                    let mut chars = key.chars();
                    let pascal =
                        chars.next().map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect());
                    let value = if verbatim.contains(&key.as_str()) {
                        value.clone()
                    } else {
                        pascal_case_keys(value, verbatim)
                    };
                    (pascal, value)
                })
                .collect(),
        ),
        _ => expr.clone(),
    }
}

/// The element of the list at `list` whose `key` is `key_value`, created when missing.
fn keyed_element<'m>(
    object: &'m mut IndexMap<String, Expr>,
    list: &'static str,
    key: &'static str,
    key_value: &'static str,
) -> &'m mut IndexMap<String, Expr> {
    let (map, last) = parent_map(object, list);
    let slot = map.entry(last.to_string()).or_insert_with(|| Expr::List(Vec::new()));
    if !matches!(slot, Expr::List(_)) {
        *slot = Expr::List(Vec::new());
    }
    let Expr::List(items) = slot else { unreachable!("just made a list") };
    let wanted = Expr::string(key_value);
    let index =
        match items.iter().position(|item| matches!(item, Expr::Map(entries) if entries.get(key) == Some(&wanted))) {
            Some(index) => index,
            None => {
                items.push(Expr::map([(key, wanted)]));
                items.len() - 1
            }
        };
    match &mut items[index] {
        Expr::Map(entries) => entries,
        _ => unreachable!("found or made a map"),
    }
}

/// Removes map entries whose value is `null` (Terraform's "unset"), at any depth.
fn strip_nulls(object: &mut IndexMap<String, Expr>) {
    object.retain(|_, value| *value != Expr::Null);
    for value in object.values_mut() {
        strip_nulls_in(value);
    }
}

fn strip_nulls_in(expr: &mut Expr) {
    match expr {
        Expr::Map(entries) => strip_nulls(entries),
        Expr::List(items) => items.iter_mut().for_each(strip_nulls_in),
        _ => {}
    }
}

fn strip_nulls_expr(mut expr: Expr) -> Expr {
    strip_nulls_in(&mut expr);
    expr
}

#[cfg(test)]
#[path = "lower_tests.rs"]
mod tests;

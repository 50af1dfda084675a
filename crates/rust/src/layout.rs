//! Lays out the generated code exactly as rustfmt (default configuration, block indent) formats it,
//! so the output passes `rustfmt --check` unchanged without rustfmt being installed.
//!
//! The generated code uses a small grammar (literals, paths, calls, method chains, struct literals,
//! arrays, `&` and unary minus; `let` and expression statements), and for that grammar this module
//! is a port of rustfmt's own algorithms: `overflow.rs` (argument lists with the last argument
//! overflowing), `lists.rs` (horizontal, vertical and mixed list tactics), `chains.rs` (block-indented
//! method chains), `expr.rs` (struct literals, assignment right-hand sides) and `utils.rs` (the width
//! checks). Function and variable names follow rustfmt's, so the two can be read side by side; the
//! differential tests in `tests/layout.rs` compare the result with rustfmt itself.
//!
//! Like rustfmt, a layout can fail (`None`) when something does not fit, such as a string literal
//! longer than the line. rustfmt then leaves the whole statement as it was written, so for those
//! statements [`statement`] falls back to a fixed vertical layout of its own, which rustfmt keeps.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;

/// An expression of the generated code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expr {
    /// A literal token as written: `"text"`, `12`, `true`.
    Lit(String),
    /// A path: `stack`, `Default::default`, `r#type`.
    Path(String),
    /// A call of a path: `Some(x)`, `Value::from(1)`.
    Call(String, Vec<Expr>),
    /// A method call: `receiver.method(args)`.
    MethodCall(Box<Expr>, String, Vec<Expr>),
    /// A struct literal with an optional base: `Path { field: value, ..base }`.
    Struct(String, Vec<(String, Expr)>, Option<Box<Expr>>),
    /// An array literal.
    Array(Vec<Expr>),
    /// `&expr`.
    AddrOf(Box<Expr>),
    /// `-expr`.
    Neg(Box<Expr>),
}

impl Expr {
    /// A string literal token for `text`.
    pub fn str(text: &str) -> Expr {
        Expr::Lit(string_literal(text))
    }

    /// A call.
    pub fn call(callee: &str, args: Vec<Expr>) -> Expr {
        Expr::Call(callee.to_string(), args)
    }

    /// A method call on this expression.
    pub fn method(self, method: &str, args: Vec<Expr>) -> Expr {
        Expr::MethodCall(Box::new(self), method.to_string(), args)
    }

    /// A path.
    pub fn path(path: &str) -> Expr {
        Expr::Path(path.to_string())
    }
}

/// A statement of a function body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stmt {
    /// `let pattern = init;`.
    Let(String, Expr),
    /// `expr;`.
    Semi(Expr),
    /// A `//` comment line (without the slashes).
    Comment(String),
    /// An empty line.
    Blank,
}

/// The widths rustfmt derives from its configuration.
#[derive(Debug, Clone, Copy)]
pub struct Config {
    /// `max_width`.
    pub max_width: usize,
    /// `tab_spaces`.
    pub tab_spaces: usize,
    /// `fn_call_width`.
    pub fn_call_width: usize,
    /// `struct_lit_width`.
    pub struct_lit_width: usize,
    /// `array_width`.
    pub array_width: usize,
    /// `chain_width`.
    pub chain_width: usize,
    /// `short_array_element_width_threshold`.
    pub short_array_element_width_threshold: usize,
}

impl Config {
    /// rustfmt's defaults: what `cargo fmt` applies in a project without a `rustfmt.toml`.
    pub const DEFAULT: Config = Config {
        max_width: 100,
        tab_spaces: 4,
        fn_call_width: 60,
        struct_lit_width: 18,
        array_width: 60,
        chain_width: 60,
        short_array_element_width_threshold: 10,
    };
}

/// The text of a string literal: quoted, with every character escaped that would not read back as
/// itself or that rustfmt would measure differently (control characters, invisible and
/// direction-changing characters, and anything wider or narrower than one column).
pub fn string_literal(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            // `\0` is left to the `\u{..}` escape below: followed by a digit it would read as an octal
            // escape (clippy::octal_escapes).
            c if is_plain_char(c) => out.push(c),
            c => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
        }
    }
    out.push('"');
    out
}

/// Characters written as themselves in literals and comments: printable ASCII, and the letters of
/// the Latin, Greek and Cyrillic blocks that every terminal shows one column wide. Everything else is
/// escaped, which keeps widths exact (one column per character) and keeps invisible or
/// direction-changing characters out of the source.
pub fn is_plain_char(c: char) -> bool {
    match c {
        ' '..='~' => true,
        // Latin-1 letters (not the soft hyphen or no-break space), Latin Extended-A and -B, IPA,
        // Greek and Coptic, Cyrillic, without combining marks.
        '\u{c0}'..='\u{24f}' => c != '\u{d7}' && c != '\u{f7}',
        '\u{370}'..='\u{3ff}' => c.is_alphabetic() && !matches!(c, '\u{37a}' | '\u{37e}' | '\u{387}'),
        '\u{400}'..='\u{482}' | '\u{48a}'..='\u{52f}' => c.is_alphabetic(),
        _ => false,
    }
}

/// The number of columns `s` takes: one per character, since [`string_literal`] escapes everything
/// else (rustfmt measures with `unicode-width`).
fn width(s: &str) -> usize {
    s.chars().count()
}

fn first_line_width(s: &str) -> usize {
    width(s.split('\n').next().unwrap_or(""))
}

fn last_line_width(s: &str) -> usize {
    width(s.rsplit('\n').next().unwrap_or(""))
}

fn count_newlines(s: &str) -> usize {
    s.bytes().filter(|&b| b == b'\n').count()
}

fn first_line_ends_with(s: &str, c: char) -> bool {
    s.lines().next().is_some_and(|line| line.ends_with(c))
}

/// `utils::last_line_extendable`: whether the last line holds only closing delimiters.
fn last_line_extendable(s: &str) -> bool {
    if s.ends_with("\"#") {
        return true;
    }
    for c in s.chars().rev() {
        match c {
            '(' | ')' | ']' | '}' | '?' | '>' => continue,
            '\n' => break,
            c if c.is_whitespace() => continue,
            _ => return false,
        }
    }
    true
}

fn spaces(count: usize) -> String {
    " ".repeat(count)
}

/// `shape::Shape` with block indentation only (no visual alignment ever arises in this grammar).
#[derive(Debug, Clone, Copy)]
struct Shape {
    width: usize,
    /// The block indent.
    indent: usize,
    offset: usize,
}

impl Shape {
    fn indented(indent: usize, config: &Config) -> Shape {
        Shape { width: config.max_width.saturating_sub(indent), indent, offset: 0 }
    }

    fn with_max_width(self, config: &Config) -> Shape {
        Shape { width: config.max_width.saturating_sub(self.indent), ..self }
    }

    fn block_indent(self, delta: usize) -> Shape {
        Shape { width: self.width, indent: self.indent + delta, offset: 0 }
    }

    fn sub_width(self, delta: usize) -> Option<Shape> {
        self.width.checked_sub(delta).map(|width| Shape { width, ..self })
    }

    fn offset_left(self, delta: usize) -> Option<Shape> {
        Shape { offset: self.offset + delta, ..self }.sub_width(delta)
    }

    fn used_width(self) -> usize {
        self.indent + self.offset
    }

    fn rhs_overhead(self, config: &Config) -> usize {
        config.max_width.saturating_sub(self.used_width() + self.width)
    }
}

/// `utils::filtered_str_fits` (the code has no comments to filter).
fn filtered_str_fits(s: &str, max_width: usize, shape: Shape) -> bool {
    if s.is_empty() {
        return true;
    }
    if first_line_width(s) > shape.width {
        return false;
    }
    if !s.contains('\n') {
        return true;
    }
    if s.lines().skip(1).any(|line| width(line) > max_width) {
        return false;
    }
    last_line_width(s) <= shape.used_width() + shape.width
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tactic {
    Horizontal,
    Vertical,
    Mixed,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ListTactic {
    HorizontalVertical,
    LimitedHorizontalVertical(usize),
}

/// `lists::ListItem` without comments: the rewrite of one item, `None` when it failed.
#[derive(Debug, Clone)]
struct ListItem {
    item: Option<String>,
}

impl ListItem {
    fn inner(&self) -> &str {
        self.item.as_deref().unwrap_or("")
    }

    fn is_multiline(&self) -> bool {
        self.inner().contains('\n')
    }

    fn total_width(&self) -> usize {
        width(self.inner())
    }
}

/// `lists::definitive_tactic` for comma-separated lists.
fn definitive_tactic(items: &[ListItem], tactic: ListTactic, width_budget: usize) -> Tactic {
    let limit = match tactic {
        ListTactic::LimitedHorizontalVertical(limit) => width_budget.min(limit),
        ListTactic::HorizontalVertical => width_budget,
    };
    let total: usize = items.iter().map(ListItem::total_width).sum::<usize>() + 2 * items.len().saturating_sub(1);
    if total <= limit && !items.iter().any(ListItem::is_multiline) {
        Tactic::Horizontal
    } else {
        Tactic::Vertical
    }
}

/// The parts of `lists::ListFormatting` that vary here. The trailing separator follows rustfmt's
/// default `trailing_comma = "Vertical"` unless `never_trailing` (a struct literal with a base).
struct ListFormatting {
    tactic: Tactic,
    shape: Shape,
    ends_with_newline: bool,
    never_trailing: bool,
}

/// `lists::write_list` without comments.
fn write_list(items: &[ListItem], formatting: &ListFormatting) -> Option<String> {
    let mut trailing_separator = !formatting.never_trailing && formatting.tactic == Tactic::Vertical;
    let mut result = String::new();
    let mut line_len = 0;
    let indent_str = spaces(formatting.shape.indent);
    for (index, item) in items.iter().enumerate() {
        let inner = item.item.as_deref()?;
        let first = index == 0;
        let last = index + 1 == items.len();
        let mut separate = !last || trailing_separator;
        let item_sep_len = usize::from(separate);
        if inner.is_empty() {
            continue;
        }
        match formatting.tactic {
            Tactic::Horizontal if !first => result.push(' '),
            Tactic::Horizontal => {}
            Tactic::Vertical => {
                if !first && !result.is_empty() {
                    result.push('\n');
                    result.push_str(&indent_str);
                }
            }
            Tactic::Mixed => {
                let total_width = item.total_width() + item_sep_len;
                if line_len > 0 && line_len + 1 + total_width > formatting.shape.width {
                    result.push('\n');
                    result.push_str(&indent_str);
                    line_len = 0;
                    if formatting.ends_with_newline {
                        trailing_separator = true;
                    }
                } else if line_len > 0 {
                    result.push(' ');
                    line_len += 1;
                }
                if last && formatting.ends_with_newline {
                    separate = !formatting.never_trailing;
                }
                line_len += total_width;
            }
        }
        result.push_str(inner);
        if separate {
            result.push(',');
        }
    }
    Some(result)
}

/// The formatter: a configuration and rustfmt's `force_one_line_chain` flag.
struct Formatter {
    config: Config,
    force_one_line_chain: Cell<bool>,
    /// Whether text too wide for its place is accepted anyway: for the layout of statements rustfmt
    /// gives up on (and so keeps as written), which then reads like rustfmt's own layout with the
    /// long literal running past the margin.
    lenient: bool,
    /// Rewrites already made, by expression (its address: the tree does not change while it is laid
    /// out), shape and `force_one_line_chain`. rustfmt tries several layouts at every level, which
    /// takes time exponential in the nesting depth without this.
    cache: RefCell<HashMap<CacheKey, Option<String>>>,
}

/// The expression's address, the shape's width, indent and offset, and `force_one_line_chain`.
type CacheKey = (usize, usize, usize, usize, bool);

fn is_simple(expr: &Expr) -> bool {
    match expr {
        Expr::Lit(_) => true,
        Expr::Path(path) => !path.contains("::"),
        Expr::AddrOf(inner) | Expr::Neg(inner) => is_simple(inner),
        _ => false,
    }
}

fn is_nested_call(expr: &Expr) -> bool {
    match expr {
        Expr::Call(..) => true,
        Expr::AddrOf(inner) | Expr::Neg(inner) => is_nested_call(inner),
        _ => false,
    }
}

fn is_method_call(expr: &Expr) -> bool {
    match expr {
        Expr::MethodCall(..) => true,
        Expr::AddrOf(inner) | Expr::Neg(inner) => is_method_call(inner),
        _ => false,
    }
}

/// `expr::can_be_overflowed_expr` with rustfmt's defaults (`overflow_delimited_expr = false`).
fn can_be_overflowed(expr: &Expr, args_len: usize) -> bool {
    match expr {
        Expr::Struct(..) | Expr::Array(_) | Expr::Call(..) | Expr::MethodCall(..) => args_len == 1,
        Expr::AddrOf(inner) | Expr::Neg(inner) => can_be_overflowed(inner, args_len),
        Expr::Lit(_) | Expr::Path(_) => false,
    }
}

/// `utils::is_block_expr` for the root of a chain.
fn is_block_expr(expr: &Expr, repr: &str) -> bool {
    match expr {
        Expr::Call(..) | Expr::MethodCall(..) | Expr::Array(_) | Expr::Struct(..) => repr.contains('\n'),
        Expr::Lit(_) => repr.contains('\n') && width(repr.rsplit('\n').next().unwrap_or("").trim()) <= 4,
        Expr::Neg(inner) => is_block_expr(inner, repr),
        Expr::Path(_) | Expr::AddrOf(_) => false,
    }
}

/// `overflow::Context`: a parenthesised or bracketed list after an identifier.
struct Overflow<'a> {
    items: &'a [Expr],
    ident: &'a str,
    prefix: &'static str,
    suffix: &'static str,
    one_line_shape: Shape,
    nested_shape: Shape,
    item_max_width: usize,
    one_line_width: usize,
}

impl Formatter {
    /// `utils::wrap_str`.
    fn wrap_str(&self, s: String, shape: Shape) -> Option<String> {
        self.fits(&s, shape).then_some(s)
    }

    fn fits(&self, s: &str, shape: Shape) -> bool {
        self.lenient || filtered_str_fits(s, self.config.max_width, shape)
    }

    fn overflow<'a>(
        &self,
        items: &'a [Expr],
        ident: &'a str,
        shape: Shape,
        delimiters: (&'static str, &'static str),
        item_max_width: usize,
    ) -> Overflow<'a> {
        // `extra_offset` of an identifier without newlines is its length.
        let used_width = ident.len();
        let one_line_width = shape.width.saturating_sub(used_width + 2);
        let one_line_shape = shape
            .offset_left(last_line_width(ident) + 1)
            .and_then(|shape| shape.sub_width(1))
            .unwrap_or(Shape { width: 0, ..shape });
        let nested = shape.block_indent(self.config.tab_spaces).with_max_width(&self.config);
        let nested_shape = Shape { width: nested.width.saturating_sub(1), ..nested };
        Overflow {
            items,
            ident,
            prefix: delimiters.0,
            suffix: delimiters.1,
            one_line_shape,
            nested_shape,
            item_max_width,
            one_line_width,
        }
    }

    /// `overflow::rewrite_with_parens` and `rewrite_with_square_brackets`.
    fn rewrite_list(
        &self,
        ident: &str,
        items: &[Expr],
        shape: Shape,
        delimiters: (&'static str, &'static str),
        item_max_width: usize,
    ) -> Option<String> {
        let context = self.overflow(items, ident, shape, delimiters, item_max_width);
        let (extendable, items_str) = self.rewrite_items(&context)?;
        Some(self.wrap_items(&context, &items_str, shape, extendable))
    }

    fn rewrite_items(&self, context: &Overflow<'_>) -> Option<(bool, String)> {
        let mut list_items: Vec<ListItem> =
            context.items.iter().map(|item| ListItem { item: self.rewrite(item, context.nested_shape) }).collect();
        let tactic = self.try_overflow_last_item(context, &mut list_items);
        let formatting = ListFormatting {
            tactic,
            shape: context.nested_shape,
            ends_with_newline: matches!(tactic, Tactic::Vertical | Tactic::Mixed),
            never_trailing: false,
        };
        let items_str = write_list(&list_items, &formatting)?;
        Some((tactic == Tactic::Horizontal, items_str))
    }

    /// `overflow::last_item_shape`.
    fn last_item_shape(context: &Overflow<'_>, list_items: &[ListItem]) -> Option<Shape> {
        if list_items.len() == 1 && !is_nested_call(&context.items[0]) {
            return Some(context.one_line_shape);
        }
        let offset: usize = list_items[..list_items.len() - 1].iter().map(|item| 2 + item.inner().len()).sum();
        Shape { width: context.item_max_width.min(context.one_line_shape.width), ..context.one_line_shape }
            .offset_left(offset)
    }

    /// `overflow::Context::try_overflow_last_item`.
    fn try_overflow_last_item(&self, context: &Overflow<'_>, list_items: &mut [ListItem]) -> Tactic {
        let count = context.items.len();
        let combine_arg_with_callee = count == 1 && context.ident.len() < self.config.tab_spaces;
        let overflow_last =
            combine_arg_with_callee || context.items.last().is_some_and(|last| can_be_overflowed(last, count));
        let placeholder = if overflow_last {
            let old_value = self.force_one_line_chain.get();
            let last = &context.items[count - 1];
            if !combine_arg_with_callee && is_method_call(last) {
                self.force_one_line_chain.set(true);
            }
            let result = Self::last_item_shape(context, list_items).and_then(|shape| {
                let rewrite = self.rewrite(last, shape)?;
                list_items[count - 1].item = Some(rewrite.split('\n').next().unwrap_or("").to_string());
                Some(rewrite)
            });
            self.force_one_line_chain.set(old_value);
            result
        } else {
            None
        };
        let mut tactic = definitive_tactic(
            list_items,
            ListTactic::LimitedHorizontalVertical(context.item_max_width),
            context.one_line_width,
        );
        match (overflow_last, tactic, placeholder) {
            (true, Tactic::Horizontal, Some(overflowed)) if count == 1 => {
                if count_newlines(&overflowed) == 1 {
                    let rewrite = self.rewrite(&context.items[count - 1], context.nested_shape);
                    let no_newline = rewrite.as_ref().is_some_and(|s| !s.contains('\n'));
                    list_items[count - 1].item = if no_newline { rewrite } else { Some(overflowed) };
                } else {
                    list_items[count - 1].item = Some(overflowed);
                }
            }
            (true, Tactic::Horizontal, Some(overflowed)) => list_items[count - 1].item = Some(overflowed),
            _ if count > 0 => {
                list_items[count - 1].item = self.rewrite(&context.items[count - 1], context.nested_shape);
                if count == 1
                    && context.one_line_width != 0
                    && !list_items[0].is_multiline()
                    && list_items[0].total_width() <= context.one_line_width
                {
                    tactic = Tactic::Horizontal;
                } else {
                    tactic = definitive_tactic(
                        list_items,
                        ListTactic::LimitedHorizontalVertical(context.item_max_width),
                        context.one_line_width,
                    );
                    let threshold = self.config.short_array_element_width_threshold;
                    if tactic == Tactic::Vertical
                        && context.items.iter().all(is_simple)
                        && list_items.iter().all(|item| item.inner().len() <= threshold)
                    {
                        tactic = Tactic::Mixed;
                    }
                }
            }
            _ => {}
        }
        tactic
    }

    /// `overflow::Context::wrap_items`.
    fn wrap_items(&self, context: &Overflow<'_>, items_str: &str, shape: Shape, is_extendable: bool) -> String {
        let shape = Shape { width: shape.width.saturating_sub(last_line_width(context.ident)), ..shape };
        let extend_width = if items_str.is_empty() { 2 } else { first_line_width(items_str) + 1 };
        let mut result = format!("{}{}", context.ident, context.prefix);
        if is_extendable && extend_width <= shape.width {
            result.push_str(items_str);
        } else {
            if !items_str.is_empty() {
                result.push('\n');
                result.push_str(&spaces(context.nested_shape.indent));
                result.push_str(items_str);
            }
            result.push('\n');
            result.push_str(&spaces(shape.indent));
        }
        result.push_str(context.suffix);
        result
    }

    /// `Rewrite for ast::Expr` (`format_expr` as a sub-expression).
    fn rewrite(&self, expr: &Expr, shape: Shape) -> Option<String> {
        let key = (
            std::ptr::from_ref(expr) as usize,
            shape.width,
            shape.indent,
            shape.offset,
            self.force_one_line_chain.get(),
        );
        if let Some(cached) = self.cache.borrow().get(&key) {
            return cached.clone();
        }
        let rewrite = self.rewrite_uncached(expr, shape);
        self.cache.borrow_mut().insert(key, rewrite.clone());
        rewrite
    }

    fn rewrite_uncached(&self, expr: &Expr, shape: Shape) -> Option<String> {
        match expr {
            Expr::Lit(text) => self.wrap_str(text.clone(), shape),
            Expr::Path(path) => (self.lenient || path.len() <= shape.width).then(|| path.clone()),
            Expr::AddrOf(inner) => self.rewrite_unary_prefix("&", inner, shape),
            Expr::Neg(inner) => self.rewrite_unary_prefix("-", inner, shape),
            Expr::Call(callee, args) => {
                if callee.len() > shape.width && !self.lenient {
                    return None;
                }
                self.rewrite_list(callee, args, shape, ("(", ")"), self.config.fn_call_width)
            }
            Expr::Array(items) => self.rewrite_list("", items, shape, ("[", "]"), self.config.array_width),
            Expr::MethodCall(..) => self.rewrite_chain(expr, shape),
            Expr::Struct(path, fields, base) => self.rewrite_struct_lit(path, fields, base.as_deref(), shape),
        }
    }

    fn rewrite_unary_prefix(&self, prefix: &str, inner: &Expr, shape: Shape) -> Option<String> {
        let shape = shape.offset_left(prefix.len())?;
        self.rewrite(inner, shape).map(|rewrite| format!("{prefix}{rewrite}"))
    }

    /// `ChainItem::rewrite` of a method call.
    fn rewrite_chain_item(&self, (method, args): (&str, &[Expr]), shape: Shape) -> Option<String> {
        self.rewrite_list(&format!(".{method}"), args, shape, ("(", ")"), self.config.fn_call_width)
    }

    /// `chains::rewrite_chain` with `ChainFormatterBlock`.
    fn rewrite_chain(&self, expr: &Expr, shape: Shape) -> Option<String> {
        let mut children: Vec<(&str, &[Expr])> = Vec::new();
        let mut parent = expr;
        while let Expr::MethodCall(receiver, method, args) = parent {
            children.push((method, args));
            parent = receiver;
        }
        children.reverse();
        let child_count = children.len();

        // format_root: a parent no wider than an indent takes the first children on its line.
        let mut root = self.rewrite(parent, shape)?;
        let mut root_ends_with_block = is_block_expr(parent, &root);
        let tab_width = self.config.tab_spaces.saturating_sub(shape.offset);
        let mut children = &children[..];
        while root.len() <= tab_width && !root.contains('\n') {
            let item_shape = shape.offset_left(root.len())?;
            match self.rewrite_chain_item(children[0], item_shape) {
                Some(rewrite) => root.push_str(&rewrite),
                None => break,
            }
            root_ends_with_block = last_line_extendable(&root);
            children = &children[1..];
            if children.is_empty() {
                break;
            }
        }
        if children.is_empty() {
            return self.wrap_str(root, shape);
        }

        let child_shape =
            if root_ends_with_block { shape.block_indent(0) } else { shape.block_indent(self.config.tab_spaces) }
                .with_max_width(&self.config);
        let mut rewrites = vec![root];
        for &child in &children[..children.len() - 1] {
            rewrites.push(self.rewrite_chain_item(child, child_shape)?);
        }

        // format_last_child
        let last = children[children.len() - 1];
        let extendable = last_line_extendable(&rewrites[0]);
        let almost_total =
            if extendable { last_line_width(&rewrites[0]) } else { rewrites.iter().map(|r| width(r)).sum() };
        let one_line_budget = if child_count == 1 { shape.width } else { shape.width.min(self.config.chain_width) }
            .saturating_sub(almost_total);
        let all_in_one_line = rewrites.iter().all(|r| !r.contains('\n')) && one_line_budget > 0;
        let last_shape = if all_in_one_line {
            shape
        } else if extendable {
            child_shape
        } else {
            child_shape.sub_width(shape.rhs_overhead(&self.config))?
        };
        let mut fits_single_line = false;
        let mut last_subexpr_str = None;
        if all_in_one_line || extendable {
            if let Some(one_line_shape) = last_shape.offset_left(almost_total) {
                if let Some(rewrite) = self.rewrite_chain_item(last, one_line_shape) {
                    let line_count = rewrite.lines().count();
                    let could_fit_single_line = first_line_width(&rewrite) <= one_line_budget;
                    if could_fit_single_line && line_count >= 5 {
                        last_subexpr_str = Some(rewrite);
                        fits_single_line = all_in_one_line;
                    } else {
                        let last_shape = child_shape.sub_width(shape.rhs_overhead(&self.config))?;
                        match self.rewrite_chain_item(last, last_shape) {
                            Some(new_rewrite) if !could_fit_single_line => last_subexpr_str = Some(new_rewrite),
                            Some(new_rewrite) if new_rewrite.lines().count() >= line_count => {
                                last_subexpr_str = Some(rewrite);
                                fits_single_line = could_fit_single_line && all_in_one_line;
                            }
                            Some(new_rewrite) => last_subexpr_str = Some(new_rewrite),
                            None => {
                                last_subexpr_str = Some(rewrite);
                                fits_single_line = could_fit_single_line && all_in_one_line;
                            }
                        }
                    }
                }
            }
        }
        let last_subexpr_str = match last_subexpr_str {
            Some(rewrite) => rewrite,
            None => self.rewrite_chain_item(last, last_shape)?,
        };
        rewrites.push(last_subexpr_str);

        // join_rewrites
        let connector = if fits_single_line {
            String::new()
        } else {
            if self.force_one_line_chain.get() {
                return None;
            }
            format!("\n{}", spaces(child_shape.indent + child_shape.offset))
        };
        let result = rewrites.join(&connector);
        self.wrap_str(result, shape)
    }

    /// `expr::rewrite_struct_lit` (no field alignment, `struct_lit_single_line = true`).
    fn rewrite_struct_lit(
        &self,
        path: &str,
        fields: &[(String, Expr)],
        base: Option<&Expr>,
        shape: Shape,
    ) -> Option<String> {
        let path_shape = shape.sub_width(2)?;
        if path.len() > path_shape.width && !self.lenient {
            return None;
        }
        if fields.is_empty() && base.is_none() {
            return Some(format!("{path} {{}}"));
        }
        // struct_lit_shape: `Foo { ` and ` }`.
        let v_shape = {
            let block = shape.block_indent(self.config.tab_spaces);
            Shape { width: self.config.max_width.saturating_sub(block.indent), ..block }
        };
        let h_shape = shape.width.checked_sub(path.len() + 3 + 2).map(|w| Shape {
            width: w.min(self.config.struct_lit_width),
            indent: shape.indent,
            offset: 0,
        });
        let one_line_width = h_shape.map_or(0, |shape| shape.width);
        let mut items: Vec<ListItem> = fields
            .iter()
            .map(|(name, value)| ListItem {
                item: v_shape.sub_width(1).and_then(|s| self.rewrite_field(name, value, s)),
            })
            .collect();
        if let Some(base) = base {
            let item = v_shape.offset_left(2).and_then(|s| self.rewrite(base, s)).map(|s| format!("..{s}"));
            items.push(ListItem { item });
        }
        let tactic = match h_shape {
            Some(h_shape) => definitive_tactic(&items, ListTactic::HorizontalVertical, h_shape.width),
            None => Tactic::Vertical,
        };
        let nested_shape = match (tactic, h_shape) {
            (Tactic::Horizontal, Some(h_shape)) => h_shape,
            _ => v_shape,
        };
        let formatting = ListFormatting {
            tactic,
            shape: nested_shape,
            ends_with_newline: tactic == Tactic::Vertical,
            never_trailing: base.is_some(),
        };
        let fields_str = write_list(&items, &formatting)?;
        // wrap_struct_field
        let fields_str = if fields_str.contains('\n') || fields_str.len() > one_line_width {
            format!("\n{}{}\n{}", spaces(v_shape.indent), fields_str, spaces(shape.indent))
        } else {
            format!(" {fields_str} ")
        };
        Some(format!("{path} {{{fields_str}}}"))
    }

    /// `expr::rewrite_field`.
    fn rewrite_field(&self, name: &str, value: &Expr, shape: Shape) -> Option<String> {
        let expr_shape = shape.offset_left(name.len() + 2)?;
        match self.rewrite(value, expr_shape) {
            Some(rewrite) => Some(format!("{name}: {rewrite}")),
            None => {
                let expr_offset = shape.indent + self.config.tab_spaces;
                let rewrite = self.rewrite(value, Shape::indented(expr_offset, &self.config))?;
                Some(format!("{name}:\n{}{rewrite}", spaces(expr_offset)))
            }
        }
    }

    /// `expr::rewrite_assign_rhs` followed by `choose_rhs`, for `let pattern = init;`.
    fn rewrite_assign_rhs(&self, lhs: &str, expr: &Expr, shape: Shape) -> Option<String> {
        let lhs_width = last_line_width(lhs);
        let orig_shape = shape.offset_left(lhs_width + 1).unwrap_or(Shape {
            width: 0,
            offset: shape.offset + lhs_width + 1,
            ..shape
        });
        let orig_rhs = self.rewrite(expr, orig_shape);
        if let Some(rhs) = &orig_rhs {
            if rhs.is_empty() {
                return Some(lhs.to_string());
            }
            if !rhs.contains('\n') && width(rhs) <= orig_shape.width {
                return Some(format!("{lhs} {rhs}"));
            }
        }
        let new_shape = Shape::indented(orig_shape.indent + self.config.tab_spaces, &self.config)
            .sub_width(orig_shape.rhs_overhead(&self.config))?;
        let new_rhs = self.rewrite(expr, new_shape);
        let new_indent_str = format!("\n{}", spaces(orig_shape.indent + self.config.tab_spaces));
        let rhs = match (orig_rhs, new_rhs) {
            (Some(orig), Some(new)) if !self.fits(&new, new_shape) => format!(" {orig}"),
            (Some(orig), Some(new)) if prefer_next_line(&orig, &new) => format!("{new_indent_str}{new}"),
            (None, Some(new)) => format!("{new_indent_str}{new}"),
            (None, None) => return None,
            (Some(orig), _) => format!(" {orig}"),
        };
        Some(format!("{lhs}{rhs}"))
    }

    /// A statement at block indent `indent`, as rustfmt formats it; `None` when rustfmt cannot
    /// (and so leaves it as written).
    fn format_statement(&self, statement: &Stmt, indent: usize) -> Option<String> {
        let shape = Shape::indented(indent, &self.config);
        match statement {
            Stmt::Let(pattern, init) => {
                // `let ` and the pattern, then ` =`; 1 = the semicolon.
                shape.offset_left(4)?.sub_width(1)?;
                let lhs = format!("let {pattern} =");
                let nested_shape = shape.sub_width(1)?;
                self.rewrite_assign_rhs(&lhs, init, nested_shape).map(|s| s + ";")
            }
            Stmt::Semi(expr) => {
                let shape = shape.sub_width(1)?;
                self.rewrite(expr, shape).map(|s| s + ";")
            }
            Stmt::Comment(text) => Some(if text.is_empty() { "//".to_string() } else { format!("// {text}") }),
            Stmt::Blank => Some(String::new()),
        }
    }
}

/// `expr::prefer_next_line` with the default tactic.
fn prefer_next_line(orig_rhs: &str, next_line_rhs: &str) -> bool {
    !next_line_rhs.contains('\n')
        || count_newlines(orig_rhs) > count_newlines(next_line_rhs) + 1
        || first_line_ends_with(orig_rhs, '(') && !first_line_ends_with(next_line_rhs, '(')
        || first_line_ends_with(orig_rhs, '{') && !first_line_ends_with(next_line_rhs, '{')
        || first_line_ends_with(orig_rhs, '[') && !first_line_ends_with(next_line_rhs, '[')
}

/// Lays out a statement at block indent `indent`, with no trailing newline; lines after the first
/// carry their own indentation.
pub fn statement(statement: &Stmt, indent: usize, config: Config) -> String {
    let formatter =
        Formatter { config, force_one_line_chain: Cell::new(false), lenient: false, cache: RefCell::default() };
    formatter.format_statement(statement, indent).unwrap_or_else(|| {
        let lenient = Formatter { lenient: true, cache: RefCell::default(), ..formatter };
        lenient.format_statement(statement, indent).unwrap_or_else(|| fallback_statement(statement, indent))
    })
}

/// The layout of a statement rustfmt cannot format (it keeps it as written): every list broken
/// one element per line, every chain one call per line.
fn fallback_statement(statement: &Stmt, indent: usize) -> String {
    match statement {
        Stmt::Let(pattern, init) => format!("let {pattern} = {};", vertical(init, indent)),
        Stmt::Semi(expr) => format!("{};", vertical(expr, indent)),
        Stmt::Comment(text) => format!("// {text}"),
        Stmt::Blank => String::new(),
    }
}

/// `expr` with every list and chain broken vertically; `indent` is the indent of its first line.
fn vertical(expr: &Expr, indent: usize) -> String {
    let inner = indent + 4;
    match expr {
        Expr::Lit(text) | Expr::Path(text) => text.clone(),
        Expr::AddrOf(operand) => format!("&{}", vertical(operand, indent)),
        Expr::Neg(operand) => format!("-{}", vertical(operand, indent)),
        Expr::Call(callee, args) => vertical_list(&format!("{callee}("), args, ")", indent),
        Expr::Array(items) => vertical_list("[", items, "]", indent),
        Expr::MethodCall(..) => {
            let mut calls = Vec::new();
            let mut parent = expr;
            while let Expr::MethodCall(receiver, method, args) = parent {
                calls.push((method, args));
                parent = receiver;
            }
            let mut out = vertical(parent, indent);
            for (method, args) in calls.into_iter().rev() {
                out.push('\n');
                out.push_str(&spaces(inner));
                out.push_str(&vertical_list(&format!(".{method}("), args, ")", inner));
            }
            out
        }
        Expr::Struct(path, fields, base) => {
            let mut out = format!("{path} {{");
            for (name, value) in fields {
                out.push_str(&format!("\n{}{name}: {},", spaces(inner), vertical(value, inner)));
            }
            if let Some(base) = base {
                out.push_str(&format!("\n{}..{}", spaces(inner), vertical(base, inner)));
            }
            out.push_str(&format!("\n{}}}", spaces(indent)));
            out
        }
    }
}

/// `open`, one item per line with a trailing comma, `close`.
fn vertical_list(open: &str, items: &[Expr], close: &str, indent: usize) -> String {
    if items.is_empty() {
        return format!("{open}{close}");
    }
    let inner = indent + 4;
    let mut out = open.to_string();
    for item in items {
        out.push_str(&format!("\n{}{},", spaces(inner), vertical(item, inner)));
    }
    out.push_str(&format!("\n{}{close}", spaces(indent)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lay_out(statement: &Stmt) -> String {
        super::statement(statement, 4, Config::DEFAULT)
    }

    #[test]
    fn short_calls_stay_on_one_line() {
        let stmt = Stmt::Semi(Expr::path("stack").method("set_description", vec![Expr::str("A stack")]));
        assert_eq!(lay_out(&stmt), "stack.set_description(\"A stack\");");
    }

    #[test]
    fn long_argument_lists_break_one_argument_per_line() {
        let args = vec![Expr::str(&"x".repeat(40)), Expr::str(&"y".repeat(40))];
        let stmt = Stmt::Let("handle".into(), Expr::path("stack").method("add", args));
        assert_eq!(
            lay_out(&stmt),
            format!(
                "let handle = stack.add(\n        \"{}\",\n        \"{}\",\n    );",
                "x".repeat(40),
                "y".repeat(40)
            )
        );
    }

    #[test]
    fn a_single_struct_argument_overflows_and_struct_literals_break() {
        let value = Expr::Struct(
            "ec2::vpc::Thing".into(),
            vec![("cidr_block".into(), Expr::call("Some", vec![Expr::str("10.0.0.0/16")]))],
            Some(Box::new(Expr::call("Default::default", vec![]))),
        );
        let stmt = Stmt::Semi(Expr::call("Some", vec![value]));
        assert_eq!(
            lay_out(&stmt),
            "Some(ec2::vpc::Thing {\n        cidr_block: Some(\"10.0.0.0/16\"),\n        ..Default::default()\n    });"
        );
    }

    #[test]
    fn deep_nesting_lays_out_without_exponential_retries() {
        // Without the cache this takes minutes (rustfmt retries layouts at every level).
        let mut value = Expr::str("leaf");
        for _ in 0..40 {
            value = Expr::call("map", vec![])
                .method("entry", vec![Expr::str("Nested"), Expr::Array(vec![Expr::str("x"), value])]);
        }
        let start = std::time::Instant::now();
        let laid_out = lay_out(&Stmt::Semi(value));
        assert!(laid_out.lines().count() > 40);
        assert!(start.elapsed() < std::time::Duration::from_secs(20), "{:?}", start.elapsed());
    }

    #[test]
    fn string_literals_escape_what_would_not_read_back() {
        assert_eq!(string_literal("a\"b\\c\nd\te\u{7}f"), "\"a\\\"b\\\\c\\nd\\te\\u{7}f\"");
        assert_eq!(string_literal("üñíçødé"), "\"üñíçødé\"");
        assert_eq!(string_literal("\u{202e}x\u{a0}"), "\"\\u{202e}x\\u{a0}\"");
        assert_eq!(string_literal("日本"), "\"\\u{65e5}\\u{672c}\"");
        assert_eq!(string_literal("\u{0}1"), "\"\\u{0}1\"");
    }

    #[test]
    fn statements_rustfmt_cannot_format_fall_back_to_a_vertical_layout() {
        let long = "z".repeat(120);
        let stmt = Stmt::Semi(Expr::path("stack").method("add_metadata", vec![Expr::str("Key"), Expr::str(&long)]));
        assert_eq!(lay_out(&stmt), format!("stack.add_metadata(\n        \"Key\",\n        \"{long}\",\n    );"));
        assert_eq!(
            fallback_statement(&stmt, 4),
            format!("stack\n        .add_metadata(\n            \"Key\",\n            \"{long}\",\n        );")
        );
    }
}

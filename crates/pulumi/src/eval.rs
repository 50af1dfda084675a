//! Evaluation of Pulumi YAML expressions into IR values: literals where the value is known when the
//! program is converted, CloudFormation intrinsic functions where it is known only at deployment.

use crate::convert::{Converter, Kind, Name};
use crate::diagnostics as diag;
use crate::interpolate::{self, Access, Accessor, Piece};
use crate::yaml::{Node, Value};
use base64::Engine as _;
use iac2cfn_diagnostics::{did_you_mean, Span};
use iac2cfn_ir::{pseudo, Expr, IndexMap, SubPart, Template};

/// The built-in functions, as Pulumi spells them.
const BUILTINS: &[&str] = &[
    "fn::invoke",
    "fn::join",
    "fn::split",
    "fn::select",
    "fn::toJSON",
    "fn::toBase64",
    "fn::fromBase64",
    "fn::secret",
    "fn::readFile",
    "fn::stringAsset",
    "fn::fileAsset",
    "fn::remoteAsset",
    "fn::fileArchive",
    "fn::remoteArchive",
    "fn::assetArchive",
    "fn::stackReference",
];

/// A function call: a mapping whose single key starts with `fn::`.
pub(crate) fn function_call(node: &Node) -> Option<(&Node, &Node)> {
    match node.as_map()? {
        [(key, args)] if key.key().len() > 4 && key.key().get(..4).is_some_and(|p| p.eq_ignore_ascii_case("fn::")) => {
            Some((key, args))
        }
        _ => None,
    }
}

impl Converter<'_> {
    /// Evaluates a value. `None` when it could not be (the problem is reported).
    pub(crate) fn eval(&mut self, node: &Node) -> Option<Expr> {
        match &node.value {
            Value::Null => Some(Expr::Null),
            Value::Bool(flag) => Some(Expr::Bool(*flag)),
            Value::Number(number) => Some(Expr::Number(number.clone())),
            Value::String(text) => self.eval_string(text, node.span),
            Value::Seq(items) => {
                let values: Vec<Option<Expr>> = items.iter().map(|item| self.eval(item)).collect();
                values.into_iter().collect::<Option<Vec<_>>>().map(Expr::List)
            }
            Value::Map(entries) => {
                if let Some((key, args)) = function_call(node) {
                    return self.eval_call(key, args, node.span);
                }
                let mut map = IndexMap::new();
                let mut failed = false;
                for (key, value) in entries {
                    match self.eval(value) {
                        Some(value) => {
                            map.insert(key.key().to_string(), value);
                        }
                        None => failed = true,
                    }
                }
                (!failed).then_some(Expr::Map(map))
            }
        }
    }

    /// A string, with its `${...}` placeholders evaluated. A string that is exactly one placeholder
    /// keeps the placeholder's type.
    pub(crate) fn eval_string(&mut self, text: &str, span: Span) -> Option<Expr> {
        if !interpolate::has_syntax(text) {
            return Some(Expr::String(text.to_string()));
        }
        let pieces = match interpolate::parse(text) {
            Ok(pieces) => pieces,
            Err(error) => {
                let at = self.inner_span(span, text, error.range);
                self.report(diag::bad_interpolation(at, &error.message));
                return None;
            }
        };
        if let [Piece::Access(access)] = pieces.as_slice() {
            return self.eval_access(access, span, text);
        }
        let mut parts: Vec<Expr> = Vec::new();
        let mut failed = false;
        for piece in &pieces {
            match piece {
                Piece::Text(literal) => parts.push(Expr::String(literal.clone())),
                Piece::Access(access) => match self.eval_access(access, span, text) {
                    Some(value) => match self.interpolated(value, span, text, access) {
                        Some(part) => parts.push(part),
                        None => failed = true,
                    },
                    None => failed = true,
                },
            }
        }
        if failed {
            return None;
        }
        if parts.iter().all(|part| matches!(part, Expr::String(_))) {
            return Some(Expr::String(parts.iter().filter_map(Expr::as_str).collect()));
        }
        Some(Expr::Join { delimiter: String::new(), values: Box::new(Expr::List(parts)) })
    }

    /// A value placed inside a string: scalars as their text; structures are refused.
    fn interpolated(&mut self, value: Expr, span: Span, text: &str, access: &Access) -> Option<Expr> {
        match value {
            Expr::String(_) => Some(value),
            Expr::Number(number) => Some(Expr::String(number.to_string())),
            Expr::Bool(flag) => Some(Expr::String(flag.to_string())),
            Expr::Null => Some(Expr::String(String::new())),
            Expr::ToJsonString(_) => Some(value),
            Expr::List(_) | Expr::Map(_) => {
                let at = self.inner_span(span, text, access.range.clone());
                self.report(diag::bad_access(
                    at,
                    format!("`{}` is a list or an object and cannot be part of a string", render_access(access)),
                    "select one element, or turn it into text with fn::toJSON or fn::join",
                ));
                None
            }
            value if value.is_list_valued() || self.is_list_parameter(&value) => {
                let at = self.inner_span(span, text, access.range.clone());
                self.report(diag::bad_access(
                    at,
                    format!("`{}` is a list and cannot be part of a string", render_access(access)),
                    "select one element with [index], or join the list with fn::join",
                ));
                None
            }
            value => Some(value),
        }
    }

    pub(crate) fn is_list_parameter(&self, value: &Expr) -> bool {
        matches!(value, Expr::Ref(name) if self.template.parameters.get(name).is_some_and(|p| p.parameter_type.is_list()))
    }

    /// Evaluates a `${...}` placeholder.
    pub(crate) fn eval_access(&mut self, access: &Access, span: Span, text: &str) -> Option<Expr> {
        let root_span = self.inner_span(span, text, access.root_range.clone());
        let spans: Vec<Span> =
            access.accessors.iter().map(|(_, range)| self.inner_span(span, text, range.clone())).collect();
        let accessors: Vec<(Accessor, Span)> =
            access.accessors.iter().map(|(accessor, _)| accessor.clone()).zip(spans).collect();
        let name = self.names.get(&access.root).copied();
        match name {
            Some((Name::Config(index), _)) => {
                let id = self.config_parameters.get(index).cloned().flatten()?;
                self.apply_accessors(Expr::Ref(id), &accessors, &access.root)
            }
            Some((Name::Variable(index), _)) => {
                let program = std::rc::Rc::clone(&self.program);
                let node = &program.variables[index].value;
                // `${vpc.id}` of `vpc: fn::invoke ...` without `return` asks the lookup for `id`.
                if self.invoke_call(node).is_some_and(|call| call.ret.is_none()) {
                    match accessors.first() {
                        Some((Accessor::Property(field), field_span)) => {
                            let field = (field.clone(), *field_span);
                            let value = self.eval_invoke_node(node, Some(field), Some(&access.root), false)?;
                            return self.apply_accessors(value, &accessors[1..], &access.root);
                        }
                        None => return self.eval_invoke_node(node, None, Some(&access.root), false),
                        Some(_) => {}
                    }
                }
                let value = self.variable(index)?;
                self.apply_accessors(value, &accessors, &access.root)
            }
            Some((Name::Resource(index), _)) => {
                let id_accessor = [(Accessor::Property("id".to_string()), root_span)];
                let chain: &[(Accessor, Span)] = if accessors.is_empty() { &id_accessor } else { &accessors };
                if let Some((Accessor::Index(_), index_span)) = chain.first() {
                    self.report(diag::bad_access(
                        *index_span,
                        format!("resource `{}` is not a list", access.root),
                        "refer to one of its outputs: `${name.output}`",
                    ));
                    return None;
                }
                let (value, used) = match self.resources[index].kind.clone() {
                    Kind::Native { cfn_type } => self.native_output(index, &cfn_type, chain)?,
                    _ => {
                        let Some((Accessor::Property(attribute), attribute_span)) = chain.first() else { return None };
                        (self.resource_attribute(index, attribute, *attribute_span)?, 1)
                    }
                };
                let consumed: Vec<String> = chain[..used]
                    .iter()
                    .filter_map(|(accessor, _)| match accessor {
                        Accessor::Property(name) => Some(name.clone()),
                        Accessor::Index(_) => None,
                    })
                    .collect();
                let rest = if accessors.is_empty() { &[][..] } else { &accessors[used..] };
                self.apply_accessors(value, rest, &format!("{}.{}", access.root, consumed.join(".")))
            }
            None if access.root == "pulumi" => self.pulumi_builtin(&accessors, root_span),
            None => {
                let candidates: Vec<&str> = self.names.keys().map(String::as_str).collect();
                let suggestion = did_you_mean(&access.root, candidates).map(str::to_string);
                self.report(diag::unknown_name(root_span, &access.root, suggestion.as_deref()));
                None
            }
        }
    }

    /// `${pulumi.stack}`, `${pulumi.project}`, ...
    fn pulumi_builtin(&mut self, accessors: &[(Accessor, Span)], span: Span) -> Option<Expr> {
        let Some((Accessor::Property(field), field_span)) = accessors.first() else {
            self.report(diag::bad_access(
                span,
                "`pulumi` is not a value of its own",
                "use `${pulumi.stack}` or `${pulumi.project}`",
            ));
            return None;
        };
        let value = match field.as_str() {
            "stack" => Expr::reference(pseudo::STACK_NAME),
            "project" => match &self.program.project_name {
                Some(name) => Expr::String(name.clone()),
                None => {
                    self.report(diag::not_known(*field_span, "the project name", "give the project a `name`"));
                    return None;
                }
            },
            "organization" => {
                self.report(diag::not_known(
                    *field_span,
                    "`pulumi.organization`",
                    "write the organization's name, or pass it as config",
                ));
                return None;
            }
            "cwd" | "rootDirectory" => {
                self.report(diag::approximated(
                    *field_span,
                    format!("`pulumi.{field}` becomes `.`"),
                    "paths are relative to where the template is deployed from",
                ));
                Expr::string(".")
            }
            other => {
                let suggestion = did_you_mean(other, ["stack", "project", "organization", "cwd", "rootDirectory"]);
                self.report(diag::unknown_attribute(*field_span, other, "`pulumi`", suggestion));
                return None;
            }
        };
        self.apply_accessors(value, &accessors[1..], "pulumi")
    }

    /// Applies `.name` and `[index]` steps to a value.
    pub(crate) fn apply_accessors(
        &mut self,
        mut value: Expr,
        accessors: &[(Accessor, Span)],
        what: &str,
    ) -> Option<Expr> {
        let mut path = what.to_string();
        for (accessor, span) in accessors {
            value = match (accessor, value) {
                (Accessor::Property(key), Expr::Map(mut entries)) => match entries.shift_remove(key) {
                    Some(inner) => inner,
                    None => {
                        let suggestion = did_you_mean(key, entries.keys().map(String::as_str)).map(str::to_string);
                        let help = match suggestion {
                            Some(s) => format!("did you mean `{s}`?"),
                            None => format!("its keys are {}", list(entries.keys())),
                        };
                        self.report(diag::bad_access(*span, format!("`{path}` has no key `{key}`"), &help));
                        return None;
                    }
                },
                (Accessor::Index(index), Expr::List(mut items)) => {
                    if *index < items.len() {
                        items.swap_remove(*index)
                    } else {
                        self.report(diag::bad_access(
                            *span,
                            format!("`{path}` has {} elements; there is no element {index}", items.len()),
                            "indexes start at 0",
                        ));
                        return None;
                    }
                }
                (Accessor::Index(index), list)
                    if list.is_list_valued() || self.is_list_parameter(&list) || !list.is_literal() =>
                {
                    Expr::Select {
                        index: Box::new(Expr::int(i64::try_from(*index).unwrap_or(i64::MAX))),
                        list: Box::new(list),
                    }
                }
                (Accessor::Property(key), Expr::ToJsonString(inner)) => {
                    self.apply_accessors(*inner, &[(Accessor::Property(key.clone()), *span)], &path)?
                }
                (Accessor::Property(key), other) => {
                    let help = if other.is_literal() {
                        "only objects have keys"
                    } else {
                        "CloudFormation cannot take a key of a value that is only known at deployment; refer to a resource output that holds it"
                    };
                    self.report(diag::bad_access(*span, format!("`{path}` has no key `{key}`"), help));
                    return None;
                }
                (Accessor::Index(index), _) => {
                    self.report(diag::bad_access(
                        *span,
                        format!("`{path}` is not a list, so it has no element {index}"),
                        "only lists have elements",
                    ));
                    return None;
                }
            };
            match accessor {
                Accessor::Property(key) => path = format!("{path}.{key}"),
                Accessor::Index(index) => path = format!("{path}[{index}]"),
            }
        }
        Some(value)
    }

    /// The value of an output (attribute) of a resource.
    pub(crate) fn resource_attribute(&mut self, index: usize, attribute: &str, span: Span) -> Option<Expr> {
        let kind = self.resources[index].kind.clone();
        match kind {
            Kind::Classic { mapping, .. } => self.classic_attribute(index, mapping, attribute, span),
            Kind::Native { cfn_type } => self.native_attribute(index, &cfn_type, attribute, span),
            Kind::Get { parameter } => {
                if attribute == "id" {
                    Some(Expr::Ref(parameter))
                } else {
                    let owner = format!("the existing resource `{}`", self.resources[index].name);
                    self.report(diag::unknown_attribute(span, attribute, &owner, Some("id")));
                    None
                }
            }
            Kind::Provider => {
                let owner = format!("provider `{}`", self.resources[index].name);
                self.report(diag::unknown_attribute(span, attribute, &owner, None));
                None
            }
            Kind::Invalid => None,
        }
    }

    /// The value a resource's property is set to in the program (`Some(None)` when set but not
    /// evaluable); `None` when it is not set.
    pub(crate) fn resource_property(&mut self, index: usize, property: &str) -> Option<Option<Expr>> {
        if let Some(value) = self.resources[index].cache.get(property) {
            return Some(value.clone());
        }
        let node =
            self.resources[index].properties.iter().find(|(k, _)| k.key() == property).map(|(_, v)| v.clone())?;
        let key = (index, property.to_string());
        if self.depth >= crate::convert::MAX_DEPTH {
            self.report(diag::too_deep(node.span, crate::convert::MAX_DEPTH));
            return Some(None);
        }
        if !self.active_properties.insert(key.clone()) {
            let path = format!("{}.{property}", self.resources[index].name);
            self.report(diag::cycle(node.span, &format!("{path} -> {path}")));
            return Some(None);
        }
        self.depth += 1;
        let value = self.eval(&node);
        self.depth -= 1;
        self.active_properties.remove(&key);
        self.resources[index].cache.insert(property.to_string(), value.clone());
        Some(value)
    }

    /// Evaluates a built-in function call.
    fn eval_call(&mut self, key: &Node, args: &Node, span: Span) -> Option<Expr> {
        let name = key.key();
        let canonical = BUILTINS.iter().copied().find(|builtin| builtin.eq_ignore_ascii_case(name));
        let Some(canonical) = canonical else {
            // `fn::aws:ec2:getAmi: {...}` is an invoke of that function.
            if name[4..].contains(':') {
                return self.eval_invoke_node(
                    &Node { value: Value::Map(vec![(key.clone(), args.clone())]), span },
                    None,
                    None,
                    false,
                );
            }
            let suggestion = did_you_mean(name, BUILTINS.iter().copied());
            self.report(diag::unknown_function(key.span, name, suggestion));
            return None;
        };
        match canonical {
            "fn::invoke" => self.eval_invoke_node(
                &Node { value: Value::Map(vec![(key.clone(), args.clone())]), span },
                None,
                None,
                false,
            ),
            "fn::join" => {
                let [delimiter, values] =
                    self.two_arguments(args, canonical, "a list of a delimiter and a list of values")?;
                let delimiter = self.literal_string(&delimiter, "the delimiter of fn::join")?;
                let values_node = &args_list(args)[1];
                match self.eval(values_node)? {
                    Expr::List(items) if items.iter().all(is_scalar_literal) => {
                        Some(Expr::String(items.iter().map(scalar_text).collect::<Vec<_>>().join(&delimiter)))
                    }
                    Expr::List(items) if items.iter().any(|i| matches!(i, Expr::List(_) | Expr::Map(_))) => {
                        self.report(diag::type_mismatch(
                            values.span,
                            "the values of fn::join",
                            "a list of strings",
                            "a list of structures",
                        ));
                        None
                    }
                    Expr::List(items) => Some(Expr::Join {
                        delimiter,
                        values: Box::new(Expr::List(items.into_iter().map(stringify_scalar).collect())),
                    }),
                    list if !list.is_literal() => Some(Expr::Join { delimiter, values: Box::new(list) }),
                    other => {
                        self.report(diag::type_mismatch(
                            values.span,
                            "the values of fn::join",
                            "a list",
                            literal_kind(&other),
                        ));
                        None
                    }
                }
            }
            "fn::split" => {
                let [delimiter, source] = self.two_arguments(args, canonical, "a list of a delimiter and a string")?;
                let delimiter = self.literal_string(&delimiter, "the delimiter of fn::split")?;
                match self.eval(&source)? {
                    Expr::String(text) => Some(Expr::List(text.split(delimiter.as_str()).map(Expr::string).collect())),
                    value if !value.is_literal() => Some(Expr::Split { delimiter, source: Box::new(value) }),
                    other => {
                        self.report(diag::type_mismatch(
                            source.span,
                            "the source of fn::split",
                            "a string",
                            literal_kind(&other),
                        ));
                        None
                    }
                }
            }
            "fn::select" => {
                let [index_node, list_node] = self.two_arguments(args, canonical, "a list of an index and a list")?;
                let index = self.eval(&index_node)?;
                let list = self.eval(&list_node)?;
                match (&index, list) {
                    (Expr::Number(number), Expr::List(mut items)) => {
                        match number.as_i64().and_then(|i| usize::try_from(i).ok()).filter(|i| *i < items.len()) {
                            Some(position) => Some(items.swap_remove(position)),
                            None => {
                                self.report(diag::bad_access(
                                    index_node.span,
                                    format!(
                                        "fn::select index {number} is out of range for a list of {} elements",
                                        items.len()
                                    ),
                                    "indexes start at 0",
                                ));
                                None
                            }
                        }
                    }
                    (Expr::Number(_) | Expr::Ref(_), list) if !list.is_literal() => {
                        Some(Expr::Select { index: Box::new(index), list: Box::new(list) })
                    }
                    (Expr::Ref(_), list @ Expr::List(_)) => {
                        Some(Expr::Select { index: Box::new(index), list: Box::new(list) })
                    }
                    (Expr::Number(_), other) => {
                        self.report(diag::type_mismatch(
                            list_node.span,
                            "the list of fn::select",
                            "a list",
                            literal_kind(&other),
                        ));
                        None
                    }
                    _ => {
                        self.report(diag::type_mismatch(
                            index_node.span,
                            "the index of fn::select",
                            "a number",
                            literal_kind(&index),
                        ));
                        None
                    }
                }
            }
            "fn::toJSON" => {
                let value = self.eval(args)?;
                Some(to_json_string(value))
            }
            "fn::toBase64" => match self.eval(args)? {
                Expr::String(text) => {
                    Some(Expr::String(base64::engine::general_purpose::STANDARD.encode(text.as_bytes())))
                }
                value if value.is_literal() => {
                    self.report(diag::type_mismatch(
                        args.span,
                        "the argument of fn::toBase64",
                        "a string",
                        literal_kind(&value),
                    ));
                    None
                }
                value => Some(Expr::Base64(Box::new(value))),
            },
            "fn::fromBase64" => match self.eval(args)? {
                Expr::String(text) => {
                    let decoded = base64::engine::general_purpose::STANDARD.decode(text.trim().as_bytes()).ok();
                    match decoded.and_then(|bytes| String::from_utf8(bytes).ok()) {
                        Some(text) => Some(Expr::String(text)),
                        None => {
                            self.report(diag::type_mismatch(
                                args.span,
                                "the argument of fn::fromBase64",
                                "base64-encoded UTF-8 text",
                                "something else",
                            ));
                            None
                        }
                    }
                }
                _ => {
                    self.report(diag::not_known(
                        args.span,
                        "the argument of fn::fromBase64",
                        "CloudFormation has no function that decodes base64; decode the value before conversion",
                    ));
                    None
                }
            },
            "fn::secret" => {
                let value = self.eval(args)?;
                if value.is_literal() && value != Expr::Null {
                    self.report(diag::secret_literal(args.span));
                }
                Some(value)
            }
            "fn::readFile" => {
                let path = self.literal_string(args, "the path of fn::readFile")?;
                // Only files of the project are read, as a deployment from another machine could.
                let escapes =
                    std::path::Path::new(&path).components().try_fold(0usize, |depth, component| match component {
                        std::path::Component::Normal(_) => Some(depth + 1),
                        std::path::Component::CurDir => Some(depth),
                        std::path::Component::ParentDir => depth.checked_sub(1),
                        std::path::Component::RootDir | std::path::Component::Prefix(_) => None,
                    });
                if escapes.is_none() {
                    self.report(diag::outside_project(args.span, &path));
                    return None;
                }
                let full = self.program.dir.join(&path);
                match self.fs.read_to_string(&full) {
                    Ok(text) => Some(Expr::String(text)),
                    Err(error) => {
                        self.report(diag::read_failed(&full.display().to_string(), &error, args.span));
                        None
                    }
                }
            }
            "fn::stringAsset" | "fn::fileAsset" | "fn::remoteAsset" | "fn::fileArchive" | "fn::remoteArchive"
            | "fn::assetArchive" => {
                let help = match canonical {
                    "fn::remoteAsset" | "fn::remoteArchive" => "copy the file to an S3 bucket and refer to it by bucket and key (for a Lambda function: `s3Bucket` and `s3Key`)",
                    _ => "upload the file to an S3 bucket before deploying (`aws cloudformation package` does this for Lambda code) and refer to it by bucket and key; a short inline function can use the `ZipFile` code property of an aws-native function",
                };
                self.report(diag::asset(key.span, canonical, help));
                None
            }
            "fn::stackReference" => {
                self.report(diag::stack_reference(key.span));
                None
            }
            _ => None,
        }
    }

    fn two_arguments(&mut self, args: &Node, function: &str, expected: &str) -> Option<[Node; 2]> {
        match &args.value {
            Value::Seq(items) if items.len() == 2 => Some([items[0].clone(), items[1].clone()]),
            _ => {
                self.report(diag::function_arguments(args.span, function, expected));
                None
            }
        }
    }

    /// A value that must be a string known at conversion time.
    pub(crate) fn literal_string(&mut self, node: &Node, what: &str) -> Option<String> {
        match self.eval(node)? {
            Expr::String(text) => Some(text),
            Expr::Number(number) => Some(number.to_string()),
            value if value.is_literal() => {
                self.report(diag::type_mismatch(node.span, what, "a string", literal_kind(&value)));
                None
            }
            _ => {
                self.report(diag::not_known(node.span, what, "write it as a literal string"));
                None
            }
        }
    }
}

fn args_list(args: &Node) -> &[Node] {
    match &args.value {
        Value::Seq(items) => items,
        _ => &[],
    }
}

fn list<'a>(keys: impl Iterator<Item = &'a String>) -> String {
    let keys: Vec<String> = keys.map(|k| format!("`{k}`")).collect();
    if keys.is_empty() {
        "none".into()
    } else {
        keys.join(", ")
    }
}

fn render_access(access: &Access) -> String {
    let mut out = access.root.clone();
    for (accessor, _) in &access.accessors {
        match accessor {
            Accessor::Property(name) => {
                out.push('.');
                out.push_str(name);
            }
            Accessor::Index(index) => out.push_str(&format!("[{index}]")),
        }
    }
    out
}

fn is_scalar_literal(expr: &Expr) -> bool {
    matches!(expr, Expr::String(_) | Expr::Number(_) | Expr::Bool(_) | Expr::Null)
}

fn scalar_text(expr: &Expr) -> String {
    match expr {
        Expr::String(text) => text.clone(),
        Expr::Number(number) => number.to_string(),
        Expr::Bool(flag) => flag.to_string(),
        _ => String::new(),
    }
}

fn stringify_scalar(expr: Expr) -> Expr {
    match expr {
        Expr::Number(_) | Expr::Bool(_) | Expr::Null => Expr::String(scalar_text(&expr)),
        other => other,
    }
}

pub(crate) fn literal_kind(expr: &Expr) -> &'static str {
    match expr {
        Expr::Null => "null",
        Expr::Bool(_) => "a boolean",
        Expr::Number(_) => "a number",
        Expr::String(_) => "a string",
        Expr::List(_) => "a list",
        Expr::Map(_) => "an object",
        _ => "a value known only at deployment",
    }
}

/// `fn::toJSON`: JSON text when the value is known, `Fn::ToJsonString` of its structure otherwise
/// (turned into an `Fn::Sub` where possible by [`finish_json`]).
pub(crate) fn to_json_string(value: Expr) -> Expr {
    match literal_json(&value) {
        Some(json) => Expr::String(json.to_string()),
        None => Expr::ToJsonString(Box::new(value)),
    }
}

/// A literal value as JSON; `None` when an intrinsic appears anywhere.
pub(crate) fn literal_json(expr: &Expr) -> Option<serde_json::Value> {
    Some(match expr {
        Expr::Null => serde_json::Value::Null,
        Expr::Bool(flag) => serde_json::Value::Bool(*flag),
        Expr::Number(number) => serde_json::from_str(number.as_str()).ok()?,
        Expr::String(text) => serde_json::Value::String(text.clone()),
        Expr::List(items) => serde_json::Value::Array(items.iter().map(literal_json).collect::<Option<_>>()?),
        Expr::Map(entries) => serde_json::Value::Object(
            entries.iter().map(|(k, v)| literal_json(v).map(|v| (k.clone(), v))).collect::<Option<_>>()?,
        ),
        Expr::ToJsonString(inner) => serde_json::Value::String(literal_json(inner)?.to_string()),
        _ => return None,
    })
}

/// Rewrites every `Fn::ToJsonString` the program produced: JSON text when the value is known, an
/// `Fn::Sub` that writes the JSON with placeholders when every unknown part is a string, and
/// `Fn::ToJsonString` (with the `AWS::LanguageExtensions` transform) only when neither can.
pub(crate) fn finish_json(template: &mut Template) {
    let list_parameters: Vec<String> =
        template.parameters.iter().filter(|(_, p)| p.parameter_type.is_list()).map(|(k, _)| k.clone()).collect();
    // Parameters whose value is a JSON number or boolean: written without quotes.
    let bare_parameters: Vec<String> = template
        .parameters
        .iter()
        .filter(|(_, p)| {
            p.parameter_type == iac2cfn_ir::ParameterType::Number
                || p.allowed_values == [Expr::string("true"), Expr::string("false")]
        })
        .map(|(k, _)| k.clone())
        .collect();
    let parameters = Parameters { list: &list_parameters, bare: &bare_parameters };
    let rewrite = |expr: &mut Expr| rewrite_json(expr, &parameters);
    for resource in template.resources.values_mut() {
        resource.properties.values_mut().for_each(rewrite);
    }
    for output in template.outputs.values_mut() {
        rewrite(&mut output.value);
    }
}

/// What the JSON writer must know of the template's parameters.
struct Parameters<'a> {
    /// Those whose `Ref` is a list.
    list: &'a [String],
    /// Those whose value is a number or a boolean.
    bare: &'a [String],
}

fn rewrite_json(expr: &mut Expr, list_parameters: &Parameters<'_>) {
    match expr {
        Expr::ToJsonString(inner) => {
            rewrite_json(inner, list_parameters);
            if let Some(json) = literal_json(inner) {
                *expr = Expr::String(json.to_string());
                return;
            }
            let mut writer = SubWriter { parts: Vec::new(), variables: IndexMap::new(), parameters: list_parameters };
            if writer.write(inner) {
                *expr = Expr::Sub { parts: merge_text(writer.parts), variables: writer.variables };
            }
        }
        Expr::List(items) => items.iter_mut().for_each(|item| rewrite_json(item, list_parameters)),
        Expr::Map(entries) => entries.values_mut().for_each(|item| rewrite_json(item, list_parameters)),
        Expr::Join { values, .. } => rewrite_json(values, list_parameters),
        Expr::Select { list, .. } => rewrite_json(list, list_parameters),
        Expr::Split { source, .. } | Expr::Base64(source) => rewrite_json(source, list_parameters),
        Expr::Sub { variables, .. } => variables.values_mut().for_each(|item| rewrite_json(item, list_parameters)),
        _ => {}
    }
}

/// Writes a value as JSON text with `${...}` placeholders for its unknown string parts.
struct SubWriter<'a> {
    parts: Vec<SubPart>,
    variables: IndexMap<String, Expr>,
    parameters: &'a Parameters<'a>,
}

impl SubWriter<'_> {
    fn text(&mut self, text: &str) {
        self.parts.push(SubPart::Text(text.to_string()));
    }

    fn write(&mut self, expr: &Expr) -> bool {
        if let Some(json) = literal_json(expr) {
            self.text(&json.to_string());
            return true;
        }
        match expr {
            Expr::List(items) => {
                self.text("[");
                for (index, item) in items.iter().enumerate() {
                    if index > 0 {
                        self.text(",");
                    }
                    if !self.write(item) {
                        return false;
                    }
                }
                self.text("]");
                true
            }
            Expr::Map(entries) => {
                self.text("{");
                for (index, (key, value)) in entries.iter().enumerate() {
                    if index > 0 {
                        self.text(",");
                    }
                    self.text(&serde_json::Value::String(key.clone()).to_string());
                    self.text(":");
                    if !self.write(value) {
                        return false;
                    }
                }
                self.text("}");
                true
            }
            Expr::Ref(name) if self.parameters.bare.contains(name) => {
                self.parts.push(SubPart::Var(name.clone()));
                true
            }
            Expr::Ref(name) if name != pseudo::NO_VALUE && !self.parameters.list.contains(name) => {
                self.text("\"");
                self.parts.push(SubPart::Var(name.clone()));
                self.text("\"");
                true
            }
            Expr::GetAtt { resource, attribute } => {
                self.text("\"");
                self.parts.push(SubPart::Var(format!("{resource}.{attribute}")));
                self.text("\"");
                true
            }
            Expr::Sub { parts, variables } if variables.is_empty() => {
                self.text("\"");
                for part in parts {
                    match part {
                        SubPart::Text(text) => {
                            let quoted = serde_json::Value::String(text.clone()).to_string();
                            self.text(&quoted[1..quoted.len() - 1]);
                        }
                        var => self.parts.push(var.clone()),
                    }
                }
                self.text("\"");
                true
            }
            // Functions that return one string: a placeholder with a variable of the Sub.
            Expr::Join { .. }
            | Expr::Select { .. }
            | Expr::Base64(_)
            | Expr::ImportValue(_)
            | Expr::If { .. }
            | Expr::FindInMap { .. }
            | Expr::Sub { .. } => self.variable(expr),
            _ => false,
        }
    }

    fn variable(&mut self, expr: &Expr) -> bool {
        let name = format!("Value{}", self.variables.len() + 1);
        self.variables.insert(name.clone(), expr.clone());
        self.text("\"");
        self.parts.push(SubPart::Var(name));
        self.text("\"");
        true
    }
}

fn merge_text(parts: Vec<SubPart>) -> Vec<SubPart> {
    let mut merged: Vec<SubPart> = Vec::new();
    for part in parts {
        match (merged.last_mut(), part) {
            (Some(SubPart::Text(previous)), SubPart::Text(text)) => previous.push_str(&text),
            (_, part) => merged.push(part),
        }
    }
    merged
}

//! Terraform's built-in functions, on known values, with the CloudFormation form where one exists for
//! symbolic arguments (`join` -> `Fn::Join`, `split` -> `Fn::Split`, `element` -> `Fn::Select`,
//! `base64encode` -> `Fn::Base64`, `jsonencode` -> a document with intrinsics inside, `format` ->
//! `Fn::Sub`, `coalesce` of a parameter -> `Fn::If`).

use crate::diagnostics as diag;
use crate::eval::{distinct, string_value, to_set, values_equal, Eval, Evaluator, Fail, Scope, Src};
use crate::value::{from_json, JsonStyle, StringParts, Sym, SymType, Value};
use base64::Engine as _;
use hcl_edit::expr::{Expression, FuncCall};
use iac2cfn_diagnostics::Span;
use iac2cfn_ir::{Expr, IndexMap};

/// Every function this evaluator knows, for did-you-mean help.
const KNOWN: &[&str] = &[
    "abs",
    "abspath",
    "alltrue",
    "anytrue",
    "base64decode",
    "base64encode",
    "base64gzip",
    "base64sha256",
    "base64sha512",
    "basename",
    "can",
    "ceil",
    "chomp",
    "chunklist",
    "cidrhost",
    "cidrnetmask",
    "cidrsubnet",
    "cidrsubnets",
    "coalesce",
    "coalescelist",
    "compact",
    "concat",
    "contains",
    "csvdecode",
    "dirname",
    "distinct",
    "element",
    "endswith",
    "file",
    "filebase64",
    "filebase64sha256",
    "filebase64sha512",
    "fileexists",
    "filemd5",
    "fileset",
    "filesha1",
    "filesha256",
    "filesha512",
    "flatten",
    "floor",
    "format",
    "formatdate",
    "formatlist",
    "indent",
    "index",
    "issensitive",
    "join",
    "jsondecode",
    "jsonencode",
    "keys",
    "length",
    "log",
    "lookup",
    "lower",
    "matchkeys",
    "max",
    "md5",
    "merge",
    "min",
    "nonsensitive",
    "one",
    "parseint",
    "pathexpand",
    "pow",
    "range",
    "regex",
    "regexall",
    "replace",
    "reverse",
    "sensitive",
    "setintersection",
    "setproduct",
    "setsubtract",
    "setunion",
    "sha1",
    "sha256",
    "sha512",
    "signum",
    "slice",
    "sort",
    "split",
    "startswith",
    "strcontains",
    "strrev",
    "substr",
    "sum",
    "templatefile",
    "templatestring",
    "textdecodebase64",
    "textencodebase64",
    "timeadd",
    "timecmp",
    "title",
    "tobool",
    "tolist",
    "tomap",
    "tonumber",
    "toset",
    "tostring",
    "transpose",
    "trim",
    "trimprefix",
    "trimspace",
    "trimsuffix",
    "try",
    "upper",
    "urlencode",
    "uuidv5",
    "values",
    "yamldecode",
    "yamlencode",
    "zipmap",
];

/// Functions Terraform has that cannot be converted: their results differ on every run or need the
/// network.
const NON_DETERMINISTIC: &[&str] = &["timestamp", "uuid", "bcrypt", "plantimestamp", "rsadecrypt"];

/// Functions that read files, which a `templatestring` template may not call (its text may come from
/// anywhere, so Terraform keeps it from reading the file system).
const FILE_FUNCTIONS: &[&str] = &[
    "file",
    "filebase64",
    "filebase64sha256",
    "filebase64sha512",
    "fileexists",
    "filemd5",
    "fileset",
    "filesha1",
    "filesha256",
    "filesha512",
    "templatefile",
];

impl Evaluator<'_> {
    /// Evaluates a function call.
    pub(crate) fn call_function(&mut self, call: &FuncCall, src: Src, scope: &Scope, span: Span) -> Eval {
        let name = call.name.name.as_str();
        let name_span = src.span(&call.name.name);
        if call.name.is_namespaced() {
            return Err(self.fail(
                diag::provider_function(
                    name_span,
                    &call.name.namespace.iter().map(|part| part.as_str()).chain([name]).collect::<Vec<_>>().join("::"),
                ),
                Fail::Static,
            ));
        }
        let arguments: Vec<&Expression> = call.args.iter().collect();
        if let Some(rendering) = scope.template {
            let why = if matches!(name, "templatefile" | "templatestring") {
                Some(format!("cannot recursively call `{name}` from inside `{rendering}`"))
            } else if rendering == "templatestring" && FILE_FUNCTIONS.contains(&name) {
                Some(format!(
                    "cannot use file functions like `{name}` in `templatestring` templates; pass the function's \
                     result as a template variable instead"
                ))
            } else {
                None
            };
            if let Some(why) = why {
                return Err(self.error(diag::function_failed(name_span, rendering, &why)));
            }
        }
        match name {
            "try" => return self.call_try(&arguments, src, scope, span),
            "templatestring" => return self.call_templatestring(&arguments, src, scope, span),
            "can" => {
                let [argument] = arguments.as_slice() else {
                    return Err(self.fail(diag::arity(span, "can", "1"), Fail::Static));
                };
                return match self.speculate(|this| this.eval(argument, src, scope)) {
                    Ok(_) => Ok(Value::Bool(true)),
                    Err(Fail::Dynamic) => Ok(Value::Bool(false)),
                    Err(other) => Err(other),
                };
            }
            _ => {}
        }
        if NON_DETERMINISTIC.contains(&name) {
            return Err(self.fail(diag::non_deterministic_function(name_span, name), Fail::Static));
        }
        if KNOWN.binary_search(&name).is_err() {
            return Err(self.fail(diag::unknown_function(name_span, name, KNOWN), Fail::Static));
        }
        let mut values = Vec::new();
        let mut spans = Vec::new();
        let mut failed = None;
        for argument in &arguments {
            spans.push(src.span(*argument));
            match self.eval(argument, src, scope) {
                Ok(value) => values.push(value),
                Err(fail) => failed = Some(fail),
            }
        }
        if let Some(fail) = failed {
            return Err(fail);
        }
        if call.args.expand_final() {
            match values.pop() {
                Some(Value::List(items)) => {
                    let last = spans.last().copied().unwrap_or(span);
                    spans.extend(std::iter::repeat_n(last, items.len().saturating_sub(1)));
                    values.extend(items);
                }
                Some(other) => {
                    let last = spans.last().copied().unwrap_or(span);
                    return Err(self.error(diag::argument_type(last, name, "a list to expand", &other)));
                }
                None => {}
            }
        }
        let call = Call { name, span, spans };
        let blamed = self.blamed.len();
        let result = self.with_known(values, |this, values| this.builtin(&call, values));
        // A variable inlined because this call needs it is reported with the whole call
        // (`lower(var.team)`), not only the argument.
        for (_, at) in self.blamed.iter_mut().skip(blamed) {
            *at = span;
        }
        result
    }

    /// `templatestring(ref, vars)`: the first argument must be a reference to a string held elsewhere
    /// (Terraform checks the expression itself, before evaluating it), rendered as `templatefile`
    /// renders a file.
    fn call_templatestring(&mut self, arguments: &[&Expression], src: Src, scope: &Scope, span: Span) -> Eval {
        const NAME: &str = "templatestring";
        let [template, variables] = arguments else {
            return Err(self.fail(diag::arity(span, NAME, "2"), Fail::Static));
        };
        let spans = vec![src.span(*template), src.span(*variables)];
        if let Some(why) = template_argument_problem(template) {
            return Err(self.error(diag::function_failed(spans[0], NAME, why)));
        }
        let template = self.eval(template, src, scope);
        let variables = self.eval(variables, src, scope);
        let (template, variables) = (template?, variables?);
        let call = Call { name: NAME, span, spans };
        self.with_known(vec![template, variables], |this, mut values| {
            let variables = values.pop().unwrap_or(Value::Null);
            let template = values.pop().unwrap_or(Value::Null);
            let text = match &template {
                Value::Sym(sym) => {
                    return Err(this.symbolic(sym, diag::symbolic_argument(call.arg_span(0), NAME, sym)));
                }
                Value::String(_) | Value::Json(..) => this.text(&call, std::slice::from_ref(&template), 0)?,
                other => {
                    return Err(this.error(diag::argument_type(
                        call.arg_span(0),
                        NAME,
                        "a string holding the template",
                        other,
                    )));
                }
            };
            let variables = this.map(&call, &[Value::Null, variables], 1)?;
            let rendered =
                this.render_template_text(&call, "<templatestring argument>".to_string(), &text, variables)?;
            // Unlike `templatefile`, the result is always a string.
            match rendered {
                Value::Number(_) | Value::Bool(_) => Ok(Value::String(rendered.as_text().unwrap_or_default())),
                Value::String(_) | Value::Json(..) | Value::Null => Ok(rendered),
                Value::Sym(sym) if sym.ty != SymType::List => Ok(Value::Sym(sym)),
                other => Err(this.error(diag::function_failed(
                    span,
                    NAME,
                    &format!("invalid template result: a string is required, not a {}", other.type_name()),
                ))),
            }
        })
    }

    /// Renders the template `text` (added to the sources as `name`) with only `variables` in scope, as
    /// `templatefile` and `templatestring` do.
    fn render_template_text(
        &mut self,
        call: &Call<'_>,
        name: String,
        text: &str,
        variables: IndexMap<String, Value>,
    ) -> Eval {
        let function: &'static str = if call.name == "templatefile" { "templatefile" } else { "templatestring" };
        if let Some(key) = variables.keys().find(|key| !is_identifier(key)) {
            let why = format!(
                "invalid template variable name \"{key}\": must start with a letter, followed by zero or more \
                 letters, digits, and underscores"
            );
            return Err(self.error(diag::function_failed(call.arg_span(1), function, &why)));
        }
        let file = self.sources.add(name, text);
        let template = match hcl_edit::parser::parse_template(text) {
            Ok(template) => template,
            Err(error) => {
                let offset = error.location().offset().min(text.len());
                return Err(self.error(diag::syntax_error(Span::new(file, offset..offset), error.message())));
            }
        };
        let mut scope = Scope { template: Some(function), ..Scope::default() };
        for (key, value) in variables {
            scope = scope.with(&key, value);
        }
        let src = Src { map: crate::syntax::SpanMap::Native(file), fallback: Span::new(file, 0..0) };
        self.eval(&Expression::StringTemplate(template.into()), src, &scope)
    }

    fn call_try(&mut self, arguments: &[&Expression], src: Src, scope: &Scope, span: Span) -> Eval {
        let Some((last, first)) = arguments.split_last() else {
            return Err(self.fail(diag::arity(span, "try", "at least 1"), Fail::Static));
        };
        for argument in first {
            match self.speculate(|this| this.eval(argument, src, scope)) {
                Ok(value) => return Ok(value),
                Err(Fail::Dynamic) => {}
                Err(other) => return Err(other),
            }
        }
        self.eval(last, src, scope)
    }

    fn builtin(&mut self, call: &Call<'_>, mut args: Vec<Value>) -> Eval {
        let name = call.name;
        let n = args.len();
        let arity = |this: &mut Self, ok: bool, expected: &str| -> Eval<()> {
            if ok {
                Ok(())
            } else {
                Err(this.fail(diag::arity(call.span, name, expected), Fail::Static))
            }
        };
        match name {
            // Strings.
            "format" => {
                arity(self, n >= 1, "at least 1")?;
                let format = self.text(call, &args, 0)?;
                self.format(call, &format, &args[1..])
            }
            "formatlist" => {
                arity(self, n >= 1, "at least 1")?;
                let format = self.text(call, &args, 0)?;
                let mut length: Option<usize> = None;
                for (index, arg) in args.iter().enumerate().skip(1) {
                    if let Value::List(items) = arg {
                        if length.is_some_and(|l| l != items.len()) {
                            return Err(self.error(diag::function_failed(
                                call.arg_span(index),
                                name,
                                "all lists must have the same length",
                            )));
                        }
                        length = Some(items.len());
                    }
                }
                let count = length.unwrap_or(1);
                let mut out = Vec::new();
                for row in 0..count {
                    let row_args: Vec<Value> = args[1..]
                        .iter()
                        .map(|arg| match arg {
                            Value::List(items) => items.get(row).cloned().unwrap_or(Value::Null),
                            other => other.clone(),
                        })
                        .collect();
                    out.push(self.format(call, &format, &row_args)?);
                }
                Ok(Value::List(out))
            }
            "join" => {
                arity(self, n >= 2, "at least 2")?;
                let delimiter = self.text(call, &args, 0)?;
                self.join(call, &delimiter, &args[1..])
            }
            "split" => {
                arity(self, n == 2, "2")?;
                let delimiter = self.text(call, &args, 0)?;
                match &args[1] {
                    Value::Sym(sym) if sym.ty != SymType::List => Ok(Value::Sym(Sym {
                        expr: Expr::Split { delimiter, source: Box::new(sym.expr.clone()) },
                        ty: SymType::List,
                        condition: None,
                        resources: sym.resources.clone(),
                        known: None,
                    })),
                    _ => {
                        let text = self.text(call, &args, 1)?;
                        if text.is_empty() {
                            return Ok(Value::List(vec![Value::string("")]));
                        }
                        Ok(Value::List(text.split(delimiter.as_str()).map(Value::string).collect()))
                    }
                }
            }
            "lower" | "upper" | "title" | "trimspace" | "chomp" | "strrev" => {
                arity(self, n == 1, "1")?;
                let text = self.text(call, &args, 0)?;
                Ok(Value::String(match name {
                    "lower" => text.to_lowercase(),
                    "upper" => text.to_uppercase(),
                    "title" => title_case(&text),
                    "trimspace" => text.trim().to_string(),
                    "chomp" => text.trim_end_matches(['\n', '\r']).to_string(),
                    _ => text.chars().rev().collect(),
                }))
            }
            "trim" | "trimprefix" | "trimsuffix" => {
                arity(self, n == 2, "2")?;
                let text = self.text(call, &args, 0)?;
                let cut = self.text(call, &args, 1)?;
                Ok(Value::String(match name {
                    "trim" => text.trim_matches(|c| cut.contains(c)).to_string(),
                    "trimprefix" => text.strip_prefix(cut.as_str()).unwrap_or(&text).to_string(),
                    _ => text.strip_suffix(cut.as_str()).unwrap_or(&text).to_string(),
                }))
            }
            "startswith" | "endswith" | "strcontains" => {
                arity(self, n == 2, "2")?;
                let text = self.text(call, &args, 0)?;
                let part = self.text(call, &args, 1)?;
                Ok(Value::Bool(match name {
                    "startswith" => text.starts_with(&part),
                    "endswith" => text.ends_with(&part),
                    _ => text.contains(&part),
                }))
            }
            "indent" => {
                arity(self, n == 2, "2")?;
                let spaces = self.integer(call, &args, 0)?;
                let text = self.text(call, &args, 1)?;
                let pad = " ".repeat(usize::try_from(spaces).unwrap_or(0));
                Ok(Value::String(text.replace('\n', &format!("\n{pad}"))))
            }
            "replace" => {
                arity(self, n == 3, "3")?;
                if let Some(replaced) = self.replace_deploy_time(call, &args) {
                    return replaced;
                }
                let text = self.text(call, &args, 0)?;
                let search = self.text(call, &args, 1)?;
                let replacement = self.text(call, &args, 2)?;
                if search.len() > 1 && search.starts_with('/') && search.ends_with('/') {
                    let regex = self.regex(call, 1, &search[1..search.len() - 1])?;
                    Ok(Value::String(regex.replace_all(&text, replacement.as_str()).into_owned()))
                } else {
                    Ok(Value::String(text.replace(&search, &replacement)))
                }
            }
            "substr" => {
                arity(self, n == 3, "3")?;
                let text = self.text(call, &args, 0)?;
                let offset = self.integer(call, &args, 1)?;
                let length = self.integer(call, &args, 2)?;
                let chars: Vec<char> = text.chars().collect();
                let count = chars.len() as i64;
                let start = if offset < 0 { (count + offset).max(0) } else { offset.min(count) };
                let end = if length < 0 { count } else { (start + length).min(count) };
                Ok(Value::String(chars[start as usize..end.max(start) as usize].iter().collect()))
            }
            "regex" | "regexall" => {
                arity(self, n == 2, "2")?;
                let pattern = self.text(call, &args, 0)?;
                let text = self.text(call, &args, 1)?;
                let regex = self.regex(call, 0, &pattern)?;
                let capture = |captures: regex::Captures<'_>| -> Value {
                    let names: Vec<Option<&str>> = regex.capture_names().skip(1).collect();
                    if names.is_empty() {
                        Value::string(captures.get(0).map_or("", |m| m.as_str()))
                    } else if names.iter().all(Option::is_some) {
                        Value::sorted_map(names.iter().flatten().map(|name| {
                            (name.to_string(), captures.name(name).map_or(Value::Null, |m| Value::string(m.as_str())))
                        }))
                    } else {
                        Value::List(
                            (1..captures.len())
                                .map(|i| captures.get(i).map_or(Value::Null, |m| Value::string(m.as_str())))
                                .collect(),
                        )
                    }
                };
                if name == "regexall" {
                    return Ok(Value::List(regex.captures_iter(&text).map(capture).collect()));
                }
                match regex.captures(&text) {
                    Some(captures) => Ok(capture(captures)),
                    None => Err(self.error(diag::function_failed(
                        call.span,
                        name,
                        "the pattern did not match any part of the string",
                    ))),
                }
            }
            "tostring" => {
                arity(self, n == 1, "1")?;
                match args.swap_remove(0) {
                    Value::Sym(sym) if sym.ty != SymType::List => Ok(Value::Sym(sym)),
                    Value::Null => Ok(Value::Null),
                    value => match value.as_text() {
                        Some(text) => Ok(Value::String(text)),
                        None => Err(self.error(diag::argument_type(call.arg_span(0), name, "a string", &value))),
                    },
                }
            }
            "tonumber" => {
                arity(self, n == 1, "1")?;
                match args.swap_remove(0) {
                    Value::Sym(sym) if sym.ty == SymType::Number => Ok(Value::Sym(sym)),
                    Value::Null => Ok(Value::Null),
                    value => crate::types::convert(&value, &crate::types::Type::Number)
                        .map_err(|why| self.error(diag::function_failed(call.arg_span(0), name, &why))),
                }
            }
            "tobool" => {
                arity(self, n == 1, "1")?;
                match args.swap_remove(0) {
                    Value::Sym(sym) if sym.ty == SymType::Bool => Ok(Value::Sym(sym)),
                    Value::Null => Ok(Value::Null),
                    value => crate::types::convert(&value, &crate::types::Type::Bool)
                        .map_err(|why| self.error(diag::function_failed(call.arg_span(0), name, &why))),
                }
            }
            "tolist" | "toset" => {
                arity(self, n == 1, "1")?;
                match args.swap_remove(0) {
                    Value::Sym(sym) if sym.ty == SymType::List => Ok(Value::Sym(sym)),
                    Value::List(items) if name == "toset" => Ok(Value::List(to_set(items))),
                    Value::List(items) => Ok(Value::List(items)),
                    Value::Null => Ok(Value::Null),
                    other => Err(self.error(diag::argument_type(call.arg_span(0), name, "a list or set", &other))),
                }
            }
            "tomap" => {
                arity(self, n == 1, "1")?;
                match args.swap_remove(0) {
                    value @ (Value::Map(_) | Value::Null) => Ok(value),
                    other => Err(self.error(diag::argument_type(call.arg_span(0), name, "a map or object", &other))),
                }
            }
            "length" => {
                arity(self, n == 1, "1")?;
                self.all_elements_present(call, &args[0])?;
                match &args[0] {
                    Value::List(items) => Ok(Value::Number(items.len() as f64)),
                    Value::Map(entries) => Ok(Value::Number(entries.len() as f64)),
                    Value::String(text) => Ok(Value::Number(text.chars().count() as f64)),
                    Value::Json(..) => {
                        let text = self.text(call, &args, 0)?;
                        Ok(Value::Number(text.chars().count() as f64))
                    }
                    Value::Sym(sym) if sym.ty == SymType::List => Ok(Value::Sym(Sym {
                        expr: Expr::Length(Box::new(sym.expr.clone())),
                        ty: SymType::Number,
                        condition: None,
                        resources: sym.resources.clone(),
                        known: None,
                    })),
                    Value::Sym(sym) => Err(self.symbolic(sym, diag::symbolic_argument(call.arg_span(0), name, sym))),
                    other => {
                        Err(self.error(diag::argument_type(call.arg_span(0), name, "a string, list or map", other)))
                    }
                }
            }
            // Encodings.
            "jsonencode" => {
                arity(self, n == 1, "1")?;
                let value = args.swap_remove(0);
                self.check_encodable(&value, call.arg_span(0), name)?;
                Ok(Value::Json(Box::new(value), JsonStyle::Compact))
            }
            "jsondecode" => {
                arity(self, n == 1, "1")?;
                match args.swap_remove(0) {
                    Value::Json(inner, _) => Ok(*inner),
                    Value::Sym(sym) => Err(self.symbolic(&sym, diag::symbolic_argument(call.arg_span(0), name, &sym))),
                    other => {
                        let text = self.text(call, &[other], 0)?;
                        match serde_json::from_str::<serde_json::Value>(&text) {
                            Ok(json) => Ok(from_json(&json)),
                            Err(error) => {
                                Err(self.error(diag::function_failed(call.arg_span(0), name, &error.to_string())))
                            }
                        }
                    }
                }
            }
            "base64encode" => {
                arity(self, n == 1, "1")?;
                match &args[0] {
                    Value::Sym(sym) if sym.ty != SymType::List => Ok(Value::Sym(Sym {
                        expr: Expr::Base64(Box::new(sym.expr.clone())),
                        ty: SymType::String,
                        condition: None,
                        resources: sym.resources.clone(),
                        known: None,
                    })),
                    Value::Json(inner, _) if !inner.is_known() => {
                        let expr = crate::lower::to_expr(&args[0])
                            .map_err(|why| self.error(diag::no_cloudformation_form(call.arg_span(0), &why)))?;
                        Ok(Value::Sym(Sym {
                            expr: Expr::Base64(Box::new(expr)),
                            ty: SymType::String,
                            condition: None,
                            resources: args[0].resources(),
                            known: None,
                        }))
                    }
                    _ => {
                        let text = self.text(call, &args, 0)?;
                        Ok(Value::String(base64::engine::general_purpose::STANDARD.encode(text.as_bytes())))
                    }
                }
            }
            "base64decode" => {
                arity(self, n == 1, "1")?;
                let text = self.text(call, &args, 0)?;
                match crate::encoding::go_base64_decode(&text).map(String::from_utf8) {
                    Some(Ok(decoded)) => Ok(Value::String(decoded)),
                    _ => Err(self.error(diag::function_failed(
                        call.arg_span(0),
                        name,
                        "the string is not base64-encoded UTF-8 text",
                    ))),
                }
            }
            "base64gzip" => {
                arity(self, n == 1, "1")?;
                let text = self.text(call, &args, 0)?;
                // Once per call, however many resource instances evaluate it.
                let warning = diag::gzip_bytes_differ(call.span);
                if !self.diagnostics.iter().any(|d| d.code == warning.code && d.primary_span() == Some(call.span)) {
                    self.diagnostics.push(warning);
                }
                let compressed = crate::encoding::gzip_stored(text.as_bytes());
                Ok(Value::String(base64::engine::general_purpose::STANDARD.encode(compressed)))
            }
            "textencodebase64" => {
                arity(self, n == 2, "2")?;
                let encoding = self.text_encoding(call, &args)?;
                // In UTF-8 the function is `base64encode`, which CloudFormation has.
                if let (crate::encoding::TextEncoding::Utf8, Value::Sym(sym)) = (encoding, &args[0]) {
                    if sym.ty != SymType::List {
                        return Ok(Value::Sym(Sym {
                            expr: Expr::Base64(Box::new(sym.expr.clone())),
                            ty: SymType::String,
                            condition: None,
                            resources: sym.resources.clone(),
                            known: None,
                        }));
                    }
                }
                let text = self.text(call, &args, 0)?;
                match encoding.encode(&text) {
                    Some(bytes) => Ok(Value::String(base64::engine::general_purpose::STANDARD.encode(bytes))),
                    None => Err(self.error(diag::function_failed(
                        call.arg_span(0),
                        name,
                        &format!("the string has characters that cannot be represented in {}", encoding.iana_name()),
                    ))),
                }
            }
            "textdecodebase64" => {
                arity(self, n == 2, "2")?;
                let encoding = self.text_encoding(call, &args)?;
                let text = self.text(call, &args, 0)?;
                let Some(bytes) = crate::encoding::go_base64_decode(&text) else {
                    return Err(self.error(diag::function_failed(
                        call.arg_span(0),
                        name,
                        "the string is not valid base64",
                    )));
                };
                match encoding.decode(&bytes) {
                    Some(decoded) => Ok(Value::String(decoded)),
                    None => Err(self.error(diag::function_failed(
                        call.arg_span(0),
                        name,
                        &format!("the bytes have symbols that are not defined for {}", encoding.iana_name()),
                    ))),
                }
            }
            "yamlencode" => {
                arity(self, n == 1, "1")?;
                self.require_known_deep(call, &args[0], 0)?;
                crate::yaml::encode(&args[0])
                    .map(Value::String)
                    .map_err(|why| self.error(diag::function_failed(call.arg_span(0), name, &why)))
            }
            "yamldecode" => {
                arity(self, n == 1, "1")?;
                if matches!(args[0], Value::Null) {
                    return Err(self.error(diag::function_failed(
                        call.arg_span(0),
                        name,
                        "the YAML source cannot be null",
                    )));
                }
                let text = self.text(call, &args, 0)?;
                crate::yaml::decode(&text)
                    .map_err(|why| self.error(diag::function_failed(call.arg_span(0), name, &why)))
            }
            "urlencode" => {
                arity(self, n == 1, "1")?;
                let text = self.text(call, &args, 0)?;
                Ok(Value::String(url_encode(&text)))
            }
            "md5" | "sha1" | "sha256" | "sha512" | "base64sha256" | "base64sha512" => {
                arity(self, n == 1, "1")?;
                let text = self.text(call, &args, 0)?;
                Ok(Value::String(hash(name, text.as_bytes())))
            }
            "filemd5" | "filesha1" | "filesha256" | "filesha512" | "filebase64sha256" | "filebase64sha512" => {
                arity(self, n == 1, "1")?;
                let path = self.text(call, &args, 0)?;
                let (text, _) = self.read_module_file(&path, call.arg_span(0))?;
                Ok(Value::String(hash(name.trim_start_matches("file"), text.as_bytes())))
            }
            "uuidv5" => {
                arity(self, n == 2, "2")?;
                let namespace = self.text(call, &args, 0)?;
                let name_text = self.text(call, &args, 1)?;
                uuid_v5(&namespace, &name_text)
                    .map(Value::String)
                    .map_err(|why| self.error(diag::function_failed(call.span, name, &why)))
            }
            // Date and time, on known timestamps.
            "formatdate" | "timeadd" | "timecmp" => {
                arity(self, n == 2, "2")?;
                let first = self.text(call, &args, 0)?;
                let second = self.text(call, &args, 1)?;
                let result = match name {
                    "formatdate" => crate::datetime::formatdate(&first, &second).map(Value::String),
                    "timeadd" => crate::datetime::timeadd(&first, &second).map(Value::String),
                    _ => crate::datetime::timecmp(&first, &second).map(|order| Value::Number(order as f64)),
                };
                result.map_err(|why| self.error(diag::function_failed(call.span, name, &why)))
            }
            "matchkeys" => {
                arity(self, n == 3, "3")?;
                let values = self.list(call, &args, 0)?;
                let keys = self.list(call, &args, 1)?;
                let search = self.list(call, &args, 2)?;
                if values.len() != keys.len() {
                    let why = "the values and keys lists must be the same length".to_string();
                    return Err(self.error(diag::function_failed(call.span, name, &why)));
                }
                let kept = values
                    .into_iter()
                    .zip(keys)
                    .filter(|(_, key)| search.iter().any(|wanted| values_equal(wanted, key)))
                    .map(|(value, _)| value)
                    .collect();
                Ok(Value::List(kept))
            }
            "csvdecode" => {
                arity(self, n == 1, "1")?;
                let text = self.text(call, &args, 0)?;
                csv_decode(&text).map_err(|why| self.error(diag::function_failed(call.span, name, &why)))
            }
            "abspath" => {
                arity(self, n == 1, "1")?;
                let path = self.text(call, &args, 0)?;
                // The module directory stands for the working directory, as `path.cwd` does.
                Ok(Value::String(if path.starts_with('/') {
                    path
                } else {
                    self.dir().join(path).display().to_string()
                }))
            }
            "issensitive" => {
                arity(self, n == 1, "1")?;
                Ok(Value::Bool(false))
            }
            // Collections.
            "concat" => {
                let mut out = Vec::new();
                for (index, arg) in args.into_iter().enumerate() {
                    match arg {
                        Value::List(items) => out.extend(items),
                        Value::Sym(sym) => {
                            return Err(self.symbolic(&sym, diag::symbolic_argument(call.arg_span(index), name, &sym)))
                        }
                        other => {
                            return Err(self.error(diag::argument_type(call.arg_span(index), name, "a list", &other)))
                        }
                    }
                }
                Ok(Value::List(out))
            }
            "merge" => {
                let mut out: IndexMap<String, Value> = IndexMap::new();
                for (index, arg) in args.into_iter().enumerate() {
                    match arg {
                        Value::Map(entries) => {
                            for (key, value) in entries {
                                out.insert(key, value);
                            }
                        }
                        Value::Null => {}
                        Value::Sym(sym) => {
                            return Err(self.symbolic(&sym, diag::symbolic_argument(call.arg_span(index), name, &sym)))
                        }
                        other => {
                            return Err(self.error(diag::argument_type(
                                call.arg_span(index),
                                name,
                                "a map or object",
                                &other,
                            )))
                        }
                    }
                }
                Ok(Value::sorted_map(out))
            }
            "lookup" => {
                arity(self, n == 2 || n == 3, "2 or 3")?;
                let key = self.text(call, &args, 1)?;
                let default = if n == 3 { args.pop() } else { None };
                match args.swap_remove(0) {
                    Value::Map(mut entries) => match (entries.swap_remove(&key), default) {
                        (Some(value), _) => Ok(value),
                        (None, Some(default)) => Ok(default),
                        (None, None) => Err(self.error(diag::function_failed(
                            call.arg_span(1),
                            name,
                            &format!("the map has no element `{key}`"),
                        ))),
                    },
                    Value::Sym(sym) => Err(self.symbolic(&sym, diag::symbolic_argument(call.arg_span(0), name, &sym))),
                    other => Err(self.error(diag::argument_type(call.arg_span(0), name, "a map", &other))),
                }
            }
            "element" => {
                arity(self, n == 2, "2")?;
                let index = args.pop().unwrap_or(Value::Null);
                let list = args.pop().unwrap_or(Value::Null);
                match (&list, &index) {
                    (Value::List(items), Value::Number(_) | Value::String(_)) => {
                        if items.is_empty() {
                            return Err(self.error(diag::function_failed(
                                call.arg_span(0),
                                name,
                                "cannot use element function with an empty list",
                            )));
                        }
                        let position = self.integer(call, std::slice::from_ref(&index), 0)?;
                        // `element` wraps around.
                        let position = position.rem_euclid(items.len() as i64) as usize;
                        Ok(items.get(position).cloned().unwrap_or(Value::Null))
                    }
                    (Value::List(_) | Value::Sym(_), _) => self.select(list, index, call.span),
                    _ => Err(self.error(diag::argument_type(call.arg_span(0), name, "a list", &list))),
                }
            }
            "index" => {
                arity(self, n == 2, "2")?;
                let items = self.list(call, &args, 0)?;
                self.require_known(call, &args, 1)?;
                match items.iter().position(|item| values_equal(item, &args[1])) {
                    Some(position) => Ok(Value::Number(position as f64)),
                    None => {
                        Err(self.error(diag::function_failed(call.span, name, "the item was not found in the list")))
                    }
                }
            }
            "contains" => {
                arity(self, n == 2, "2")?;
                let items = self.list(call, &args, 0)?;
                if args[1].is_known() && items.iter().all(Value::is_known) {
                    return Ok(Value::Bool(items.iter().any(|item| values_equal(item, &args[1]))));
                }
                // A parameter against known values: `Fn::Or` of `Fn::Equals`.
                let mut condition: Option<Value> = None;
                for item in items {
                    let equal = self.equals(args[1].clone(), item, call.span)?;
                    condition = Some(match condition {
                        None => equal,
                        Some(previous) => self.or(previous, equal, call.span)?,
                    });
                }
                Ok(condition.unwrap_or(Value::Bool(false)))
            }
            "keys" | "values" => {
                arity(self, n == 1, "1")?;
                self.all_elements_present(call, &args[0])?;
                match args.swap_remove(0) {
                    Value::Map(entries) if name == "keys" => {
                        Ok(Value::List(entries.into_keys().map(Value::String).collect()))
                    }
                    Value::Map(entries) => Ok(Value::List(entries.into_values().collect())),
                    Value::Sym(sym) => Err(self.symbolic(&sym, diag::symbolic_argument(call.arg_span(0), name, &sym))),
                    other => Err(self.error(diag::argument_type(call.arg_span(0), name, "a map or object", &other))),
                }
            }
            "coalesce" => self.coalesce(call, args),
            "coalescelist" => {
                for (index, arg) in args.into_iter().enumerate() {
                    match arg {
                        Value::List(items) if items.is_empty() => {}
                        Value::List(items) => return Ok(Value::List(items)),
                        Value::Null => {}
                        Value::Sym(sym) => {
                            return Err(self.symbolic(&sym, diag::symbolic_argument(call.arg_span(index), name, &sym)))
                        }
                        other => {
                            return Err(self.error(diag::argument_type(call.arg_span(index), name, "a list", &other)))
                        }
                    }
                }
                // Every list is known and empty: Terraform's plan fails here the same way.
                Err(self.error(diag::function_failed(call.span, name, "no non-empty list").with_note(
                    "every list is empty here, so `terraform plan` fails on this call too; give one of them elements, \
                     or guard the call (`count = 0` on the resource, or a conditional)",
                )))
            }
            "compact" => {
                arity(self, n == 1, "1")?;
                let items = self.list(call, &args, 0)?;
                Ok(Value::List(
                    items
                        .into_iter()
                        .filter(|item| !matches!(item, Value::Null) && item != &Value::string(""))
                        .collect(),
                ))
            }
            "distinct" => {
                arity(self, n == 1, "1")?;
                let items = self.list(call, &args, 0)?;
                Ok(Value::List(distinct(items)))
            }
            "flatten" => {
                arity(self, n == 1, "1")?;
                let items = self.list(call, &args, 0)?;
                let mut out = Vec::new();
                flatten_into(items, &mut out);
                // A deploy-time list among the elements: alone, it is the flattened list; with other
                // elements, CloudFormation cannot splice it into them.
                if let Some(sym) = out.iter().find_map(|item| match item {
                    Value::Sym(sym) if sym.ty == SymType::List => Some(sym.clone()),
                    _ => None,
                }) {
                    if out.len() == 1 {
                        return Ok(Value::Sym(sym));
                    }
                    return Err(self.symbolic(&sym, diag::symbolic_argument(call.arg_span(0), name, &sym)));
                }
                Ok(Value::List(out))
            }
            "reverse" => {
                arity(self, n == 1, "1")?;
                if let Value::Sym(sym) = &args[0] {
                    return Err(self.symbolic(sym, diag::reverse_unknown(call.arg_span(0), sym)));
                }
                let mut items = self.list(call, &args, 0)?;
                items.reverse();
                Ok(Value::List(items))
            }
            "sort" => {
                arity(self, n == 1, "1")?;
                let items = self.list(call, &args, 0)?;
                let mut texts = Vec::new();
                for item in &items {
                    match item.as_text() {
                        Some(text) if !matches!(item, Value::Json(..)) => texts.push(text),
                        _ => {
                            return Err(self.error(diag::argument_type(
                                call.arg_span(0),
                                name,
                                "a list of strings",
                                item,
                            )))
                        }
                    }
                }
                texts.sort();
                Ok(Value::List(texts.into_iter().map(Value::String).collect()))
            }
            "slice" => {
                arity(self, n == 3, "3")?;
                // A deploy-time list (`Fn::GetAZs`, a list parameter) sliced at known positions: one
                // `Fn::Select` per element kept.
                if let Value::Sym(sym) = &args[0] {
                    if sym.ty == SymType::List && sym.known.is_none() {
                        let start = self.integer(call, &args, 1)?;
                        let end = self.integer(call, &args, 2)?;
                        if start < 0 || start > end {
                            return Err(self.error(diag::function_failed(
                                call.span,
                                name,
                                &format!("the range {start}..{end} is not a range of list positions"),
                            )));
                        }
                        let list = args[0].clone();
                        let mut items = Vec::new();
                        for index in start..end {
                            items.push(self.select(list.clone(), Value::Number(index as f64), call.span)?);
                        }
                        return Ok(Value::List(items));
                    }
                }
                let items = self.list(call, &args, 0)?;
                let start = self.integer(call, &args, 1)?;
                let end = self.integer(call, &args, 2)?;
                let length = items.len() as i64;
                if start < 0 || end > length || start > end {
                    return Err(self.error(diag::function_failed(
                        call.span,
                        name,
                        &format!("the range {start}..{end} is outside the list of {length} elements"),
                    )));
                }
                Ok(Value::List(items[start as usize..end as usize].to_vec()))
            }
            "range" => {
                arity(self, (1..=3).contains(&n), "1 to 3")?;
                let mut numbers = Vec::new();
                for index in 0..n {
                    numbers.push(self.number(call, &args, index)?);
                }
                let (start, end, step) = match numbers.as_slice() {
                    [end] => (0.0, *end, 1.0),
                    [start, end] => (*start, *end, if end >= start { 1.0 } else { -1.0 }),
                    [start, end, step] => (*start, *end, *step),
                    _ => (0.0, 0.0, 1.0),
                };
                if step == 0.0 || (step > 0.0 && start > end) || (step < 0.0 && start < end) {
                    if step == 0.0 {
                        return Err(self.error(diag::function_failed(call.span, name, "the step must not be zero")));
                    }
                    return Ok(Value::List(Vec::new()));
                }
                let mut out = Vec::new();
                let mut current = start;
                while (step > 0.0 && current < end) || (step < 0.0 && current > end) {
                    out.push(Value::Number(current));
                    current += step;
                    if out.len() > 1024 {
                        return Err(self.error(diag::function_failed(call.span, name, "more than 1024 elements")));
                    }
                }
                Ok(Value::List(out))
            }
            "zipmap" => {
                arity(self, n == 2, "2")?;
                let keys = self.list(call, &args, 0)?;
                let values = self.list(call, &args, 1)?;
                if keys.len() != values.len() {
                    return Err(self.error(diag::function_failed(
                        call.span,
                        name,
                        "the lists of keys and values differ in length",
                    )));
                }
                let mut entries = Vec::new();
                for (key, value) in keys.into_iter().zip(values) {
                    let Some(key) = key.as_text() else {
                        return Err(self.error(diag::argument_type(call.arg_span(0), name, "a list of strings", &key)));
                    };
                    entries.push((key, value));
                }
                Ok(Value::sorted_map(entries))
            }
            "setunion" | "setintersection" | "setsubtract" => {
                arity(self, n >= 1, "at least 1")?;
                let mut sets = Vec::new();
                for index in 0..n {
                    sets.push(self.list(call, &args, index)?);
                }
                let mut iter = sets.into_iter();
                let mut result = iter.next().unwrap_or_default();
                for set in iter {
                    match name {
                        "setunion" => result.extend(set),
                        "setintersection" => result.retain(|item| set.iter().any(|other| values_equal(item, other))),
                        _ => result.retain(|item| !set.iter().any(|other| values_equal(item, other))),
                    }
                }
                Ok(Value::List(to_set(result)))
            }
            "setproduct" => {
                let mut product: Vec<Vec<Value>> = vec![Vec::new()];
                for index in 0..n {
                    let items = self.list(call, &args, index)?;
                    product = product
                        .into_iter()
                        .flat_map(|prefix| {
                            items.iter().map(move |item| {
                                let mut row = prefix.clone();
                                row.push(item.clone());
                                row
                            })
                        })
                        .collect();
                }
                Ok(Value::List(product.into_iter().map(Value::List).collect()))
            }
            "chunklist" => {
                arity(self, n == 2, "2")?;
                let items = self.list(call, &args, 0)?;
                let size = self.integer(call, &args, 1)?;
                if size <= 0 {
                    return Ok(Value::List(vec![Value::List(items)]));
                }
                Ok(Value::List(items.chunks(size as usize).map(|chunk| Value::List(chunk.to_vec())).collect()))
            }
            "one" => {
                arity(self, n == 1, "1")?;
                let items = self.list(call, &args, 0)?;
                match items.len() {
                    0 => Ok(Value::Null),
                    1 => Ok(items.into_iter().next().unwrap_or(Value::Null)),
                    _ => Err(self.error(diag::function_failed(call.span, name, "the list has more than one element"))),
                }
            }
            "alltrue" | "anytrue" => {
                arity(self, n == 1, "1")?;
                let items = self.list(call, &args, 0)?;
                let mut flags = Vec::new();
                for item in &items {
                    match item {
                        Value::Bool(flag) => flags.push(*flag),
                        Value::String(text) if text == "true" || text == "false" => flags.push(text == "true"),
                        other => {
                            return Err(self.error(diag::argument_type(
                                call.arg_span(0),
                                name,
                                "a list of bools",
                                other,
                            )))
                        }
                    }
                }
                Ok(Value::Bool(if name == "alltrue" { flags.iter().all(|f| *f) } else { flags.iter().any(|f| *f) }))
            }
            "transpose" => {
                arity(self, n == 1, "1")?;
                let entries = self.map(call, &args, 0)?;
                let mut out: IndexMap<String, Vec<Value>> = IndexMap::new();
                for (key, values) in entries {
                    let Value::List(values) = values else {
                        return Err(self.error(diag::argument_type(call.arg_span(0), name, "a map of lists", &values)));
                    };
                    for value in values {
                        if let Some(text) = value.as_text() {
                            out.entry(text).or_default().push(Value::String(key.clone()));
                        }
                    }
                }
                Ok(Value::sorted_map(out.into_iter().map(|(key, items)| (key, Value::List(items)))))
            }
            // Numbers.
            "sum" => {
                arity(self, n == 1, "1")?;
                let items = self.list(call, &args, 0)?;
                let mut total = 0.0;
                for (index, _) in items.iter().enumerate() {
                    total += self.number(call, &items, index)?;
                }
                Ok(Value::Number(total))
            }
            "min" | "max" => {
                arity(self, n >= 1, "at least 1")?;
                let mut numbers = Vec::new();
                for index in 0..n {
                    numbers.push(self.number(call, &args, index)?);
                }
                let pick = if name == "min" { f64::min } else { f64::max };
                Ok(Value::Number(numbers.into_iter().reduce(pick).unwrap_or(0.0)))
            }
            "abs" | "ceil" | "floor" | "signum" => {
                arity(self, n == 1, "1")?;
                let number = self.number(call, &args, 0)?;
                Ok(Value::Number(match name {
                    "abs" => number.abs(),
                    "ceil" => number.ceil(),
                    "floor" => number.floor(),
                    _ => {
                        if number == 0.0 {
                            0.0
                        } else {
                            number.signum()
                        }
                    }
                }))
            }
            "pow" | "log" => {
                arity(self, n == 2, "2")?;
                let a = self.number(call, &args, 0)?;
                let b = self.number(call, &args, 1)?;
                Ok(Value::Number(if name == "pow" { a.powf(b) } else { a.ln() / b.ln() }))
            }
            "parseint" => {
                arity(self, n == 2, "2")?;
                let text = self.text(call, &args, 0)?;
                let base = self.integer(call, &args, 1)?;
                match u32::try_from(base)
                    .ok()
                    .filter(|b| (2..=62).contains(b))
                    .and_then(|b| i64::from_str_radix(&text, b).ok())
                {
                    Some(number) => Ok(Value::Number(number as f64)),
                    None => Err(self.error(diag::function_failed(
                        call.span,
                        name,
                        &format!("cannot parse `{text}` in base {base}"),
                    ))),
                }
            }
            // Networks.
            "cidrsubnet" => {
                arity(self, n == 3, "3")?;
                if let Some(Value::Sym(block)) = args.first() {
                    let block = block.clone();
                    let newbits = self.integer(call, &args, 1)?;
                    let netnum = self.integer(call, &args, 2)?;
                    return self.symbolic_cidrsubnet(call, &block, newbits, netnum);
                }
                let prefix = self.text(call, &args, 0)?;
                let newbits = self.integer(call, &args, 1)?;
                let netnum = self.integer(call, &args, 2)?;
                crate::cidr::subnet(&prefix, newbits, netnum)
                    .map(Value::String)
                    .map_err(|why| self.error(diag::function_failed(call.span, name, &why)))
            }
            "cidrsubnets" => {
                arity(self, n >= 1, "at least 1")?;
                let prefix = self.text(call, &args, 0)?;
                let mut newbits = Vec::new();
                for index in 1..n {
                    newbits.push(self.integer(call, &args, index)?);
                }
                crate::cidr::subnets(&prefix, &newbits)
                    .map(|items| Value::List(items.into_iter().map(Value::String).collect()))
                    .map_err(|why| self.error(diag::function_failed(call.span, name, &why)))
            }
            "cidrhost" => {
                arity(self, n == 2, "2")?;
                let prefix = self.text(call, &args, 0)?;
                let host = self.integer(call, &args, 1)?;
                crate::cidr::host(&prefix, host)
                    .map(Value::String)
                    .map_err(|why| self.error(diag::function_failed(call.span, name, &why)))
            }
            "cidrnetmask" => {
                arity(self, n == 1, "1")?;
                let prefix = self.text(call, &args, 0)?;
                crate::cidr::netmask(&prefix)
                    .map(Value::String)
                    .map_err(|why| self.error(diag::function_failed(call.span, name, &why)))
            }
            // Files.
            "file" | "filebase64" | "fileexists" => {
                arity(self, n == 1, "1")?;
                let path = self.text(call, &args, 0)?;
                if name == "fileexists" {
                    return Ok(Value::Bool(self.fs.is_file(&self.dir().join(&path))));
                }
                let (text, _) = self.read_module_file(&path, call.arg_span(0))?;
                Ok(Value::String(if name == "file" {
                    text
                } else {
                    base64::engine::general_purpose::STANDARD.encode(text.as_bytes())
                }))
            }
            "templatefile" => {
                arity(self, n == 2, "2")?;
                let path = self.text(call, &args, 0)?;
                let variables = self.map(call, &args, 1)?;
                let (text, full) = self.read_module_file(&path, call.arg_span(0))?;
                self.render_template_text(call, full.display().to_string(), &text, variables)
            }
            "fileset" => {
                arity(self, n == 2, "2")?;
                let path = self.text(call, &args, 0)?;
                let pattern = self.text(call, &args, 1)?;
                self.fileset(call, &path, &pattern)
            }
            "pathexpand" => {
                arity(self, n == 1, "1")?;
                let path = self.text(call, &args, 0)?;
                // go-homedir expands only a leading `~` alone or followed by a separator.
                match path.strip_prefix('~') {
                    None => Ok(Value::String(path)),
                    Some(rest) if rest.is_empty() || rest.starts_with(['/', '\\']) => {
                        Err(self.fail(diag::home_directory(call.arg_span(0)), Fail::Symbolic))
                    }
                    Some(_) => Err(self.error(diag::function_failed(
                        call.arg_span(0),
                        name,
                        "cannot expand user-specific home dir",
                    ))),
                }
            }
            "basename" | "dirname" => {
                arity(self, n == 1, "1")?;
                let path = self.text(call, &args, 0)?;
                let trimmed = path.trim_end_matches('/');
                Ok(Value::String(match (name, trimmed.rsplit_once('/')) {
                    ("basename", Some((_, base))) => base.to_string(),
                    ("basename", None) => trimmed.to_string(),
                    (_, Some(("", _))) => "/".to_string(),
                    (_, Some((dir, _))) => dir.to_string(),
                    (_, None) => ".".to_string(),
                }))
            }
            "sensitive" | "nonsensitive" => {
                arity(self, n == 1, "1")?;
                Ok(args.swap_remove(0))
            }
            _ => Err(self.fail(diag::unknown_function(call.span, name, KNOWN), Fail::Static)),
        }
    }

    /// `a || b` for conditions.
    fn or(&mut self, left: Value, right: Value, span: Span) -> Eval {
        match (left, right) {
            (Value::Bool(true), _) | (_, Value::Bool(true)) => Ok(Value::Bool(true)),
            (Value::Bool(false), other) | (other, Value::Bool(false)) => Ok(other),
            (Value::Sym(a), Value::Sym(b)) => match (a.condition, b.condition) {
                (Some(x), Some(y)) => {
                    let mut items = match x {
                        Expr::Or(items) if items.len() < 10 => items,
                        other => vec![other],
                    };
                    items.push(y);
                    Ok(self.bool_sym(Expr::Or(items), Vec::new()))
                }
                _ => Err(self.error(diag::function_failed(span, "contains", "the value is not a parameter"))),
            },
            (other, _) => Err(self.error(diag::operand_type(span, "||", "bool", &other))),
        }
    }

    fn coalesce(&mut self, call: &Call<'_>, args: Vec<Value>) -> Eval {
        /// Whether an expression holds an `Fn::If`, which a condition cannot.
        fn holds_if(expr: &Expr) -> bool {
            let mut found = false;
            expr.walk(&mut |inner| found |= matches!(inner, Expr::If { .. }));
            found
        }
        let mut pending: Vec<Sym> = Vec::new();
        let mut fallback = None;
        for (index, arg) in args.into_iter().enumerate() {
            match arg {
                Value::Null => {}
                Value::String(text) if text.is_empty() => {}
                // A parameter's value can be tested in a condition (unless it is already chosen by
                // one: conditions cannot hold Fn::If).
                Value::Sym(sym) if sym.resources.is_empty() && sym.ty != SymType::List => {
                    if holds_if(&sym.expr) {
                        return Err(self.symbolic(&sym, diag::symbolic_argument(call.arg_span(index), call.name, &sym)));
                    }
                    pending.push(sym)
                }
                // A resource attribute cannot be tested in a condition, but it can be the value
                // chosen when every parameter before it is empty.
                Value::Sym(sym) if sym.ty != SymType::List => {
                    fallback = Some(Value::Sym(sym));
                    break;
                }
                Value::Sym(sym) => {
                    return Err(self.symbolic(&sym, diag::symbolic_argument(call.arg_span(index), call.name, &sym)))
                }
                other => {
                    fallback = Some(other);
                    break;
                }
            }
        }
        let mut result = match (fallback, pending.pop()) {
            (Some(fallback), last) => {
                pending.extend(last);
                fallback
            }
            // Nothing known follows: the last parameter stands (an empty string stays empty).
            (None, Some(last)) => Value::Sym(last),
            (None, None) => {
                return Err(self.error(diag::function_failed(call.span, call.name, "no non-null, non-empty argument")))
            }
        };
        for sym in pending.into_iter().rev() {
            let empty = crate::eval::is_empty_text(sym.expr.clone());
            let name = self.condition_name(empty);
            result = self.if_value(&name, result, Value::Sym(sym), call.span)?;
        }
        Ok(result)
    }

    fn join(&mut self, call: &Call<'_>, delimiter: &str, lists: &[Value]) -> Eval {
        if let [Value::Sym(sym)] = lists {
            return Ok(Value::Sym(Sym {
                expr: Expr::Join { delimiter: delimiter.to_string(), values: Box::new(sym.expr.clone()) },
                ty: SymType::String,
                condition: None,
                resources: sym.resources.clone(),
                known: None,
            }));
        }
        let mut items = Vec::new();
        for (index, list) in lists.iter().enumerate() {
            match list {
                Value::List(values) => items.extend(values.iter().cloned()),
                Value::Sym(sym) => {
                    return Err(self.symbolic(sym, diag::symbolic_argument(call.arg_span(index + 1), call.name, sym)))
                }
                other => {
                    return Err(self.error(diag::argument_type(call.arg_span(index + 1), call.name, "a list", other)))
                }
            }
        }
        let mut parts = StringParts::default();
        for (index, item) in items.iter().enumerate() {
            if index > 0 {
                parts.text(delimiter);
            }
            let span = call.arg_span(1);
            match item {
                Value::Null => {
                    return Err(self.error(diag::function_failed(span, call.name, "an element of the list is null")))
                }
                other => self.append_to_string(other, span, &mut parts)?,
            }
        }
        Ok(string_value(parts.finish()))
    }

    fn format(&mut self, call: &Call<'_>, format: &str, args: &[Value]) -> Eval {
        let mut parts = StringParts::default();
        let mut chars = format.chars().peekable();
        let mut next_arg = 0;
        while let Some(c) = chars.next() {
            if c != '%' {
                let mut buffer = [0u8; 4];
                parts.text(c.encode_utf8(&mut buffer));
                continue;
            }
            let mut flags = String::new();
            while let Some(&flag) = chars.peek() {
                if "-+ 0#".contains(flag) {
                    flags.push(flag);
                    chars.next();
                } else {
                    break;
                }
            }
            let mut width = String::new();
            while let Some(&digit) = chars.peek().filter(|c| c.is_ascii_digit()) {
                width.push(digit);
                chars.next();
            }
            let mut precision: Option<usize> = None;
            if chars.peek() == Some(&'.') {
                chars.next();
                let mut digits = String::new();
                while let Some(&digit) = chars.peek().filter(|c| c.is_ascii_digit()) {
                    digits.push(digit);
                    chars.next();
                }
                precision = Some(digits.parse().unwrap_or(0));
            }
            let Some(verb) = chars.next() else {
                return Err(self.error(diag::function_failed(
                    call.arg_span(0),
                    call.name,
                    "the format ends with a lone %",
                )));
            };
            if verb == '%' {
                parts.text("%");
                continue;
            }
            let Some(arg) = args.get(next_arg) else {
                return Err(self.error(diag::function_failed(
                    call.span,
                    call.name,
                    &format!("not enough arguments for the format (verb %{verb})"),
                )));
            };
            let arg_span = call.arg_span(next_arg + 1);
            next_arg += 1;
            if let Value::Sym(sym) = arg {
                if matches!(verb, 's' | 'v' | 'd')
                    && flags.is_empty()
                    && width.is_empty()
                    && precision.is_none()
                    && sym.ty != SymType::List
                {
                    parts.expr(sym.expr.clone());
                    continue;
                }
                return Err(self.symbolic(sym, diag::symbolic_argument(arg_span, call.name, sym)));
            }
            let text = match verb {
                's' => match arg.as_text() {
                    Some(text) if !matches!(arg, Value::Json(..)) || arg.is_known() => text,
                    _ => return Err(self.error(diag::argument_type(arg_span, call.name, "a string for %s", arg))),
                },
                'v' => match arg {
                    Value::List(_) | Value::Map(_) if arg.is_known() => {
                        crate::value::to_json_text(arg, JsonStyle::Compact)
                    }
                    Value::Null => "null".to_string(),
                    other => match other.as_text() {
                        Some(text) => text,
                        None => {
                            return Err(self.error(diag::argument_type(
                                arg_span,
                                call.name,
                                "a value with a text form",
                                other,
                            )))
                        }
                    },
                },
                'q' => match arg.as_text() {
                    Some(text) => crate::value::to_json_text(&Value::String(text), JsonStyle::Compact),
                    None => return Err(self.error(diag::argument_type(arg_span, call.name, "a string for %q", arg))),
                },
                't' => match arg {
                    Value::Bool(flag) => flag.to_string(),
                    other => return Err(self.error(diag::argument_type(arg_span, call.name, "a bool for %t", other))),
                },
                'd' | 'f' | 'e' | 'x' | 'X' | 'o' | 'b' => {
                    let number = match crate::types::convert(arg, &crate::types::Type::Number) {
                        Ok(Value::Number(number)) => number,
                        _ => return Err(self.error(diag::argument_type(arg_span, call.name, "a number", arg))),
                    };
                    let mut text = match verb {
                        'd' => format!("{:.0}", number.trunc()),
                        'f' => format!("{:.*}", precision.unwrap_or(6), number),
                        'e' => format!("{:.*e}", precision.unwrap_or(6), number),
                        'x' => format!("{:x}", number as i64),
                        'X' => format!("{:X}", number as i64),
                        'o' => format!("{:o}", number as i64),
                        _ => format!("{:b}", number as i64),
                    };
                    if flags.contains('+') && number >= 0.0 {
                        text.insert(0, '+');
                    }
                    text
                }
                other => {
                    return Err(self.error(diag::function_failed(
                        call.arg_span(0),
                        call.name,
                        &format!("the verb %{other} is not supported"),
                    )));
                }
            };
            let text = match verb {
                's' | 'v' | 'q' => match precision {
                    Some(limit) => text.chars().take(limit).collect(),
                    None => text,
                },
                _ => text,
            };
            let width: usize = width.parse().unwrap_or(0);
            let length = text.chars().count();
            let padded = if length >= width {
                text
            } else if flags.contains('-') {
                format!("{text}{}", " ".repeat(width - length))
            } else if flags.contains('0') && !matches!(verb, 's' | 'v' | 'q') {
                let (sign, digits) = match text.strip_prefix(['-', '+']) {
                    Some(rest) => (&text[..1], rest.to_string()),
                    None => ("", text.clone()),
                };
                format!("{sign}{}{digits}", "0".repeat(width - length))
            } else {
                format!("{}{text}", " ".repeat(width - length))
            };
            parts.text(&padded);
        }
        Ok(string_value(parts.finish()))
    }

    fn check_encodable(&mut self, value: &Value, span: Span, function: &str) -> Eval<()> {
        match value {
            Value::Object(object) => Err(self.error(diag::whole_object(span, &object.instance_address(), function))),
            Value::List(items) => items.iter().try_for_each(|item| self.check_encodable(item, span, function)),
            Value::Map(entries) => entries.values().try_for_each(|item| self.check_encodable(item, span, function)),
            _ => Ok(()),
        }
    }

    /// Fails, naming the call, when any part of `value` is only known at deployment (or is a whole
    /// resource object): for functions whose result CloudFormation cannot compute.
    fn require_known_deep(&mut self, call: &Call<'_>, value: &Value, index: usize) -> Eval<()> {
        match value {
            Value::Sym(sym) => Err(self.symbolic(sym, diag::symbolic_argument(call.arg_span(index), call.name, sym))),
            Value::Object(object) => {
                Err(self.error(diag::whole_object(call.arg_span(index), &object.instance_address(), call.name)))
            }
            Value::Json(inner, _) => self.require_known_deep(call, inner, index),
            Value::List(items) => items.iter().try_for_each(|item| self.require_known_deep(call, item, index)),
            Value::Map(entries) => entries.values().try_for_each(|item| self.require_known_deep(call, item, index)),
            Value::Null | Value::Bool(_) | Value::Number(_) | Value::String(_) => Ok(()),
        }
    }

    /// The encoding argument (the second) of `textencodebase64` and `textdecodebase64`.
    fn text_encoding(&mut self, call: &Call<'_>, args: &[Value]) -> Eval<crate::encoding::TextEncoding> {
        let name = self.text(call, args, 1)?;
        crate::encoding::TextEncoding::by_name(&name).ok_or_else(|| {
            let why = format!("\"{name}\" is not a supported encoding (supported: {})", crate::encoding::SUPPORTED);
            self.error(diag::function_failed(call.arg_span(1), call.name, &why))
        })
    }

    /// `fileset(path, pattern)`: the files under `path` that `pattern` matches, relative to `path` and
    /// sorted, as Terraform's glob finds them; like the other file functions, only inside the module.
    fn fileset(&mut self, call: &Call<'_>, path: &str, pattern: &str) -> Eval {
        // Terraform joins a relative path to the module's directory; an absolute one stays as it is,
        // outside what the converter reads.
        let base = crate::glob::join(&[".", path]);
        let joined = crate::glob::join(&[&base, pattern]);
        if path.starts_with('/') || joined == ".." || joined.starts_with("../") {
            return Err(self.error(diag::file_outside_module(call.span, &joined)));
        }
        let matches = match crate::glob::glob(self.fs, self.dir(), &joined) {
            Ok(matches) => matches,
            Err(error) => {
                let why = match error {
                    crate::glob::GlobError::BadPattern => {
                        format!("failed to glob pattern {joined}: syntax error in pattern")
                    }
                    crate::glob::GlobError::TooLarge => {
                        format!("matching {joined} takes too many steps (deep directories, or many wildcards)")
                    }
                };
                return Err(self.error(diag::function_failed(call.arg_span(1), call.name, &why)));
            }
        };
        let mut files: Vec<String> = matches
            .into_iter()
            .filter(|found| {
                self.fs.is_file(&if found == "." { self.dir().to_path_buf() } else { self.dir().join(found) })
            })
            .map(|found| crate::glob::relative(&base, &found))
            .collect();
        // A set of strings, which Terraform orders by their bytes.
        files.sort();
        files.dedup();
        Ok(Value::List(files.into_iter().map(Value::String).collect()))
    }

    fn require_known(&mut self, call: &Call<'_>, args: &[Value], index: usize) -> Eval<()> {
        match args.get(index) {
            Some(Value::Sym(sym)) => {
                Err(self.symbolic(sym, diag::symbolic_argument(call.arg_span(index), call.name, sym)))
            }
            _ => Ok(()),
        }
    }

    /// A string argument (numbers and bools converted, as Terraform converts them).
    fn text(&mut self, call: &Call<'_>, args: &[Value], index: usize) -> Eval<String> {
        match args.get(index) {
            Some(Value::Sym(sym)) => {
                Err(self.symbolic(sym, diag::symbolic_argument(call.arg_span(index), call.name, sym)))
            }
            Some(Value::Json(inner, _)) if !inner.is_known() => {
                let sym = Sym::new(Expr::Null, SymType::String);
                Err(self.symbolic(&sym, diag::symbolic_argument(call.arg_span(index), call.name, &sym)))
            }
            Some(value) => match value.as_text() {
                Some(text) => Ok(text),
                None => Err(self.error(diag::argument_type(call.arg_span(index), call.name, "a string", value))),
            },
            None => Err(self.fail(diag::arity(call.span, call.name, &format!("at least {}", index + 1)), Fail::Static)),
        }
    }

    fn number(&mut self, call: &Call<'_>, args: &[Value], index: usize) -> Eval<f64> {
        match args.get(index) {
            Some(Value::Sym(sym)) => {
                Err(self.symbolic(sym, diag::symbolic_argument(call.arg_span(index), call.name, sym)))
            }
            Some(value) => match crate::types::convert(value, &crate::types::Type::Number) {
                Ok(Value::Number(number)) => Ok(number),
                _ => Err(self.error(diag::argument_type(call.arg_span(index), call.name, "a number", value))),
            },
            None => Err(self.fail(diag::arity(call.span, call.name, &format!("at least {}", index + 1)), Fail::Static)),
        }
    }

    /// Fails when a condition on parameters decides whether some element of `value` exists (an
    /// attribute kept by a `for` filter on parameters is `Fn::If [c, v, AWS::NoValue]`): counting or
    /// listing the elements would count those too. The condition's variables are blamed, so that they
    /// are inlined and the elements become known.
    fn all_elements_present(&mut self, call: &Call<'_>, value: &Value) -> Eval<()> {
        match crate::eval::maybe_absent(value).cloned() {
            Some(sym) => Err(self.symbolic(&sym, diag::elements_decided_at_deployment(call.arg_span(0), call.name))),
            None => Ok(()),
        }
    }

    /// `cidrsubnet` of a block only known at deployment: `Fn::Select [netnum, Fn::Cidr [block, netnum + 1,
    /// host bits]]`. The host bits need the block's prefix length, known when the configuration sets
    /// the attribute or when the parameter's pattern fixes it.
    fn symbolic_cidrsubnet(&mut self, call: &Call<'_>, block: &Sym, newbits: i64, netnum: i64) -> Eval {
        let span = call.arg_span(0);
        let prefix = match (&block.known, &block.expr) {
            (Some(known), _) => match known.as_text().map(|text| crate::cidr::length_and_width(&text)) {
                Some(Ok(prefix)) => Some(prefix),
                Some(Err(why)) => return Err(self.error(diag::function_failed(call.span, call.name, &why))),
                None => None,
            },
            (None, Expr::Ref(name)) => self.cidr_prefixes.get(name).copied(),
            // The IPv6 block Amazon gives a VPC (its first `Ipv6CidrBlocks`) is always a /56.
            (None, Expr::Select { list, .. }) if matches!(list.as_ref(), Expr::GetAtt { attribute, .. } if attribute == "Ipv6CidrBlocks") => {
                Some((56, 128))
            }
            _ => None,
        };
        let Some((length, width)) = prefix else {
            let is_parameter = self
                .variables
                .values()
                .any(|binding| matches!(binding, crate::eval::VarBinding::Parameter(sym) if sym.expr == block.expr));
            return Err(self.symbolic(block, diag::cidr_prefix_unknown(span, block, is_parameter)));
        };
        // The arithmetic Terraform checks, on the prefix length alone.
        let probe = if width == 32 { format!("0.0.0.0/{length}") } else { format!("::/{length}") };
        if let Err(why) = crate::cidr::subnet(&probe, newbits, netnum) {
            return Err(self.error(diag::function_failed(call.span, call.name, &why)));
        }
        // Fn::Cidr makes at most 256 blocks.
        if netnum > 255 {
            return Err(self.error(diag::cidr_count_too_large(call.arg_span(2), netnum)));
        }
        let host_bits = i64::from(width) - i64::from(length) - newbits;
        let cidr = Expr::Cidr {
            ip_block: Box::new(block.expr.clone()),
            count: Box::new(Expr::int(netnum + 1)),
            cidr_bits: Box::new(Expr::int(host_bits)),
        };
        Ok(Value::Sym(Sym {
            expr: Expr::Select { index: Box::new(Expr::int(netnum)), list: Box::new(cidr) },
            ty: SymType::String,
            condition: None,
            resources: block.resources.clone(),
            known: None,
        }))
    }

    fn integer(&mut self, call: &Call<'_>, args: &[Value], index: usize) -> Eval<i64> {
        let number = self.number(call, args, index)?;
        if number.fract() != 0.0 {
            let value = Value::Number(number);
            return Err(self.error(diag::argument_type(call.arg_span(index), call.name, "a whole number", &value)));
        }
        Ok(number as i64)
    }

    fn list(&mut self, call: &Call<'_>, args: &[Value], index: usize) -> Eval<Vec<Value>> {
        match args.get(index) {
            Some(Value::List(items)) => Ok(items.clone()),
            Some(Value::Sym(sym)) => {
                Err(self.symbolic(sym, diag::symbolic_argument(call.arg_span(index), call.name, sym)))
            }
            Some(other) => Err(self.error(diag::argument_type(call.arg_span(index), call.name, "a list", other))),
            None => Err(self.fail(diag::arity(call.span, call.name, &format!("at least {}", index + 1)), Fail::Static)),
        }
    }

    fn map(&mut self, call: &Call<'_>, args: &[Value], index: usize) -> Eval<IndexMap<String, Value>> {
        match args.get(index) {
            Some(Value::Map(entries)) => Ok(entries.clone()),
            Some(Value::Sym(sym)) => {
                Err(self.symbolic(sym, diag::symbolic_argument(call.arg_span(index), call.name, sym)))
            }
            Some(other) => {
                Err(self.error(diag::argument_type(call.arg_span(index), call.name, "a map or object", other)))
            }
            None => Err(self.fail(diag::arity(call.span, call.name, &format!("at least {}", index + 1)), Fail::Static)),
        }
    }

    fn regex(&mut self, call: &Call<'_>, index: usize, pattern: &str) -> Eval<regex::Regex> {
        regex::Regex::new(pattern).map_err(|error| {
            self.error(diag::function_failed(
                call.arg_span(index),
                call.name,
                &format!("invalid regular expression: {error}"),
            ))
        })
    }
}

/// A call being evaluated: its name and the spans of the call and its arguments.
struct Call<'n> {
    name: &'n str,
    span: Span,
    spans: Vec<Span>,
}

impl Call<'_> {
    fn arg_span(&self, index: usize) -> Span {
        self.spans.get(index).copied().unwrap_or(self.span)
    }
}

impl Evaluator<'_> {
    /// `replace` where a value is only known at deployment, when CloudFormation can compute it
    /// exactly; `None` when every argument is known (or an argument is not a string), so that the
    /// known-value path computes (or reports) it.
    ///
    /// A search that is a literal string (or a `/regex/` with no metacharacters, once its escapes are
    /// read, and a known replacement without `$`, which a regex replacement would expand) replaces
    /// every occurrence: over a deploy-time value, `Fn::Join [replacement, Fn::Split [search, value]]`;
    /// over a known text with a deploy-time replacement, the text's pieces around each occurrence
    /// with the replacement between them. Any other regex has no CloudFormation form.
    fn replace_deploy_time(&mut self, call: &Call<'_>, args: &[Value]) -> Option<Eval> {
        let [value, search, replacement] = args else { return None };
        if [value, search, replacement].iter().all(|arg| arg.is_known()) {
            return None;
        }
        let Value::String(search_text) = search else { return None };
        let regex = search_text.len() > 1 && search_text.starts_with('/') && search_text.ends_with('/');
        let literal = if regex {
            let pattern = &search_text[1..search_text.len() - 1];
            literal_regex(pattern).filter(|_| matches!(replacement, Value::String(text) if !text.contains('$')))
        } else {
            Some(search_text.clone())
        };
        let unknown = match (value, replacement) {
            (Value::Sym(sym), _) | (_, Value::Sym(sym)) => sym.clone(),
            _ => return None,
        };
        let Some(search) = literal else {
            let diagnostic = diag::regex_on_unknown(call.span, &search_text[1..search_text.len() - 1], &unknown);
            return Some(Err(self.symbolic(&unknown, diagnostic)));
        };
        if search.is_empty() {
            return None;
        }
        match (value, replacement) {
            (Value::Sym(sym), Value::String(replacement)) if sym.ty != SymType::List && sym.known.is_none() => {
                Some(Ok(Value::Sym(Sym {
                    expr: Expr::Join {
                        delimiter: replacement.clone(),
                        values: Box::new(Expr::Split { delimiter: search, source: Box::new(sym.expr.clone()) }),
                    },
                    ty: SymType::String,
                    condition: None,
                    resources: sym.resources.clone(),
                    known: None,
                })))
            }
            (known, Value::Sym(sym)) if known.is_known() && sym.ty != SymType::List => {
                let text = known.as_text()?;
                let mut parts = StringParts::default();
                for (index, piece) in text.split(search.as_str()).enumerate() {
                    if index > 0 {
                        parts.expr(sym.expr.clone());
                    }
                    parts.text(piece);
                }
                let expr = parts.finish();
                Some(Ok(match expr {
                    Expr::String(text) => Value::String(text),
                    expr => Value::Sym(Sym {
                        expr,
                        ty: SymType::String,
                        condition: None,
                        resources: sym.resources.clone(),
                        known: None,
                    }),
                }))
            }
            _ => None,
        }
    }
}

/// The text a regular expression matches when it matches exactly one string: no metacharacters, and
/// escapes only of punctuation (`\.` is a dot). `None` for anything else (classes, anchors,
/// repetition, `\d`).
fn literal_regex(pattern: &str) -> Option<String> {
    let mut text = String::new();
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some(escaped) if escaped.is_ascii_punctuation() => text.push(escaped),
                _ => return None,
            },
            '.' | '+' | '*' | '?' | '(' | ')' | '|' | '[' | ']' | '{' | '}' | '^' | '$' => return None,
            other => text.push(other),
        }
    }
    Some(text)
}

/// Why `templatestring`'s first argument is not the reference to a template that Terraform requires
/// (a reference to a named value, with any attribute, index or splat after it).
fn template_argument_problem(expression: &Expression) -> Option<&'static str> {
    fn is_reference(expression: &Expression) -> bool {
        match expression {
            Expression::Variable(_) => true,
            Expression::Traversal(traversal) => is_reference(&traversal.expr),
            _ => false,
        }
    }
    let literal_only = |template: &hcl_edit::template::Template| {
        template.iter().all(|element| matches!(element, hcl_edit::template::Element::Literal(_)))
    };
    match expression {
        _ if is_reference(expression) => None,
        Expression::StringTemplate(template)
            if matches!(
                template.iter().collect::<Vec<_>>().as_slice(),
                [hcl_edit::template::Element::Interpolation(_)]
            ) =>
        {
            Some(
                "invalid template expression: templatestring is only for rendering templates retrieved dynamically \
                 from elsewhere; to treat the inner expression as template syntax, write the reference expression \
                 directly without any template interpolation syntax",
            )
        }
        Expression::String(_) => Some(LITERAL_TEMPLATE),
        Expression::StringTemplate(template) if literal_only(template) => Some(LITERAL_TEMPLATE),
        Expression::HeredocTemplate(heredoc) if literal_only(&heredoc.template) => Some(LITERAL_TEMPLATE),
        Expression::StringTemplate(_) | Expression::HeredocTemplate(_) => Some(
            "invalid template expression: templatestring is only for rendering templates retrieved dynamically \
             from elsewhere; to render an inline template, consider using a plain template string expression",
        ),
        _ => Some(
            "invalid template expression: must be a direct reference to a single string from elsewhere, containing \
             valid Terraform template syntax",
        ),
    }
}

/// Terraform's message for a literal string passed to `templatestring` as its template.
const LITERAL_TEMPLATE: &str = "invalid template expression: templatestring is only for rendering templates \
                                retrieved dynamically from elsewhere, and so does not support providing a literal \
                                template; consider using a template string expression instead";

/// Whether `name` is an HCL identifier: a letter or `_`, then letters, digits, `_` and `-`.
fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|first| first.is_alphabetic() || first == '_')
        && chars.all(|c| c.is_alphanumeric() || c == '_' || c == '-')
}

fn flatten_into(items: Vec<Value>, out: &mut Vec<Value>) {
    for item in items {
        match item {
            Value::List(inner) => flatten_into(inner, out),
            other => out.push(other),
        }
    }
}

fn title_case(text: &str) -> String {
    let mut out = String::new();
    let mut start = true;
    for c in text.chars() {
        if start && c.is_alphabetic() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
        start = !c.is_alphanumeric();
    }
    out
}

/// Go's `url.QueryEscape`, which Terraform's `urlencode` is: a space becomes `+`.
fn url_encode(text: &str) -> String {
    let mut out = String::new();
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-_.~".contains(&byte) {
            out.push(byte as char);
        } else if byte == b' ' {
            out.push('+');
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

fn hash(function: &str, bytes: &[u8]) -> String {
    use sha2::Digest as _;
    let hex = |digest: &[u8]| digest.iter().map(|b| format!("{b:02x}")).collect::<String>();
    match function {
        "md5" => hex(&md5::Md5::digest(bytes)),
        "sha1" => hex(&sha1::Sha1::digest(bytes)),
        "sha256" => hex(&sha2::Sha256::digest(bytes)),
        "sha512" => hex(&sha2::Sha512::digest(bytes)),
        "base64sha512" => base64::engine::general_purpose::STANDARD.encode(sha2::Sha512::digest(bytes)),
        _ => base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(bytes)),
    }
}

/// A name-based (SHA-1) UUID, as Terraform's `uuidv5` makes it: the namespace is `dns`, `url`,
/// `oid`, `x500` or a UUID.
fn uuid_v5(namespace: &str, name: &str) -> Result<String, String> {
    use sha1::Digest as _;
    let namespace = match namespace {
        "dns" => "6ba7b810-9dad-11d1-80b4-00c04fd430c8",
        "url" => "6ba7b811-9dad-11d1-80b4-00c04fd430c8",
        "oid" => "6ba7b812-9dad-11d1-80b4-00c04fd430c8",
        "x500" => "6ba7b814-9dad-11d1-80b4-00c04fd430c8",
        other => other,
    };
    let hex: String = namespace.chars().filter(|c| *c != '-').collect();
    if hex.len() != 32 || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
        return Err(format!("\"{namespace}\" is not a UUID, nor one of dns, url, oid, x500"));
    }
    let mut bytes = Vec::with_capacity(16 + name.len());
    for index in 0..16 {
        bytes.push(u8::from_str_radix(&hex[index * 2..index * 2 + 2], 16).map_err(|error| error.to_string())?);
    }
    bytes.extend_from_slice(name.as_bytes());
    let digest = sha1::Sha1::digest(&bytes);
    let mut uuid = [0u8; 16];
    uuid.copy_from_slice(&digest[..16]);
    uuid[6] = (uuid[6] & 0x0f) | 0x50;
    uuid[8] = (uuid[8] & 0x3f) | 0x80;
    let text: String = uuid.iter().map(|b| format!("{b:02x}")).collect();
    Ok(format!("{}-{}-{}-{}-{}", &text[..8], &text[8..12], &text[12..16], &text[16..20], &text[20..]))
}

/// `csvdecode`: the first line names the columns; every row becomes an object of strings.
fn csv_decode(text: &str) -> Result<Value, String> {
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut row: Vec<String> = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    let mut any = false;
    while let Some(c) = chars.next() {
        any = true;
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') if field.is_empty() => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') if chars.peek() == Some(&'\n') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
                any = false;
            }
            (false, c) => field.push(c),
        }
    }
    if quoted {
        return Err("a quoted field is not closed".into());
    }
    if any {
        row.push(field);
        rows.push(row);
    }
    let mut rows = rows.into_iter();
    let Some(header) = rows.next() else { return Err("missing header line".into()) };
    let mut out = Vec::new();
    for (line, row) in rows.enumerate() {
        if row.len() != header.len() {
            return Err(format!("line {}: wrong number of fields", line + 2));
        }
        out.push(Value::sorted_map(header.iter().cloned().zip(row.into_iter().map(Value::String))));
    }
    Ok(Value::List(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_functions_are_sorted_for_binary_search() {
        assert!(KNOWN.windows(2).all(|pair| pair[0] < pair[1]));
    }

    #[test]
    fn uuidv5_and_csvdecode_match_terraform() {
        assert_eq!(uuid_v5("dns", "www.terraform.io").as_deref(), Ok("a5008fae-b28c-5ba5-96cd-82b4c53552d6"));
        assert!(uuid_v5("nope", "x").is_err());
        let rows = csv_decode("a,b\n1,\"x,\"\"y\"\"\"\n").unwrap_or(Value::Null);
        assert_eq!(
            rows,
            Value::List(vec![Value::sorted_map([
                ("a".to_string(), Value::string("1")),
                ("b".to_string(), Value::string("x,\"y\"")),
            ])])
        );
        assert!(csv_decode("a,b\n1\n").is_err());
        assert!(csv_decode("a\n\"open\n").is_err());
    }

    #[test]
    fn helpers_match_terraform() {
        assert_eq!(title_case("hello world-wide"), "Hello World-Wide");
        assert_eq!(url_encode("a b/c"), "a+b%2Fc");
        assert_eq!(hash("sha256", b"hello"), "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824");
        assert_eq!(hash("md5", b"hello"), "5d41402abc4b2a76b9719d911017c592");
    }
}

//! Input variables become CloudFormation parameters: the type decides the parameter type, the
//! default, description and sensitivity carry over, and `validation` blocks with a CloudFormation form
//! become parameter constraints. Variables whose type has no parameter form take their default inline.

use crate::diagnostics as diag;
use crate::eval::{Eval, Evaluator, Fail, Scope, Src, VarBinding};
use crate::logical_ids::{pascal, Allocator};
use crate::parse::json_keyword_expression;
use crate::syntax::{Attribute, Block};
use crate::tfvars::Supplied;
use crate::types::{convert, parse_type, Type};
use crate::value::{format_number, Sym, SymType, Value};
use hcl_edit::expr::{BinaryOperator, Expression, TraversalOperator};
use iac2cfn_diagnostics::Span;
use iac2cfn_ir::{Expr, IndexMap, Number, Parameter, ParameterType, Template};

const ARGUMENTS: &[&str] = &["type", "default", "description", "sensitive", "nullable", "ephemeral", "validation"];

/// Which variables take their value inline instead of becoming parameters.
#[derive(Debug, Clone, Default)]
pub(crate) struct Inlining {
    /// `--inline-variables`: every variable.
    pub all: bool,
    /// Variables an expression needs at conversion time, with that expression's span.
    pub needed: IndexMap<String, Span>,
}

/// Declares every variable: a parameter in `template` or an inlined value, bound in the evaluator.
/// `supplied` values (tfvars files, `--var`) replace defaults.
pub(crate) fn declare(
    evaluator: &mut Evaluator<'_>,
    template: &mut Template,
    ids: &mut Allocator,
    supplied: &IndexMap<String, Supplied>,
    inlining: &Inlining,
) {
    let module = evaluator.tree.root();
    for (name, block) in &module.variables {
        let binding = match declare_one(evaluator, name, block, template, ids, supplied.get(name), inlining) {
            Ok(binding) => binding,
            Err(_) => VarBinding::Failed,
        };
        evaluator.variables.insert(name.clone(), binding);
    }
    let declared: Vec<&str> = module.variables.keys().map(String::as_str).collect();
    for (name, value) in supplied {
        if !module.variables.contains_key(name) {
            evaluator.diagnostics.push(diag::undeclared_variable_value(
                value.span(),
                name,
                value.is_command_line(),
                &declared,
            ));
        }
    }
}

fn declare_one(
    evaluator: &mut Evaluator<'_>,
    name: &str,
    block: &Block,
    template: &mut Template,
    ids: &mut Allocator,
    supplied: Option<&Supplied>,
    inlining: &Inlining,
) -> Eval<VarBinding> {
    let body = &block.body;
    evaluator.diagnostics.extend(diag::unknown_arguments(body, "variable", ARGUMENTS));
    let ty = match body.attribute("type") {
        Some(attribute) => Some(read_type(evaluator, attribute)?),
        None => None,
    };
    let default = match (supplied, body.attribute("default")) {
        (Some(supplied), _) => Some((read_supplied(evaluator, supplied, ty.as_ref())?, supplied.span())),
        (None, Some(attribute)) => Some((read_default(evaluator, attribute, ty.as_ref())?, attribute.value_span)),
        (None, None) => None,
    };
    let description = text_argument(evaluator, block, "description")?;
    let sensitive = matches!(
        body.attribute("sensitive").map(|a| evaluator.eval_attribute(a, &Scope::default())),
        Some(Ok(Value::Bool(true)))
    );
    let validations = body.blocks_of("validation", 0);

    // Check the default against the validation rules, as Terraform checks the value it uses.
    if let Some((value, span)) = &default {
        if !matches!(value, Value::Null) {
            for validation in &validations {
                check_default(evaluator, name, value, validation, *span)?;
            }
        }
    }

    if inlining.all || inlining.needed.contains_key(name) {
        match (&default, inlining.needed.get(name)) {
            (Some((value, _)), Some(use_span)) => {
                let shown = match value.as_text() {
                    Some(text) if matches!(value, Value::String(_)) => format!("{:?}", text),
                    Some(text) => text,
                    None => format!("its {} value", value.type_name()),
                };
                let expression = evaluator.sources.snippet(*use_span).to_string();
                evaluator.diagnostics.push(diag::variable_inlined_for(block, name, &shown, *use_span, &expression));
                return Ok(VarBinding::Inline(value.clone()));
            }
            (Some((value, _)), None) => return Ok(VarBinding::Inline(value.clone())),
            (None, _) if inlining.all => {
                return Err(evaluator.fail(diag::variable_without_value(block, name), Fail::Static));
            }
            // No value to inline: the expression's own error stands.
            (None, _) => {}
        }
    }

    let effective = ty.clone().unwrap_or(Type::Any);
    let leaf = Leaf {
        logical_name: name.to_string(),
        span: block.header_span(),
        description,
        sensitive,
        validations: &validations,
        variable: default.is_some().then(|| name.to_string()),
    };
    if let Some(sym) = parameter(evaluator, template, ids, &effective, default.as_ref(), leaf)? {
        return Ok(VarBinding::Parameter(sym));
    }
    // No parameter form: the default is used as is.
    match default {
        Some((value, span)) => {
            evaluator.diagnostics.push(diag::variable_inlined(block, name, &effective, span));
            Ok(VarBinding::Inline(value))
        }
        // An object without a default: one parameter per attribute, the variable an object of them.
        None if matches!(effective, Type::Object(_)) => {
            for validation in &validations {
                if let Some(condition) = validation.body.attribute("condition") {
                    evaluator.diagnostics.push(diag::validation_not_converted(condition.value_span, name));
                }
            }
            let object = ObjectVariable { block, name, description: leaf_description(block, evaluator), sensitive };
            let mut path = vec![name.to_string()];
            let value = object_parameters(evaluator, template, ids, &object, &mut path, &effective, None)?;
            Ok(VarBinding::Inline(value))
        }
        None => Err(evaluator.fail(diag::variable_without_form(block, name, &effective), Fail::Static)),
    }
}

/// What a parameter is made for: a variable, or one attribute of an object variable.
struct Leaf<'b> {
    /// The name its logical ID is made from (`default_user_settings_execution_role`).
    logical_name: String,
    /// Where it is declared.
    span: Span,
    description: Option<String>,
    sensitive: bool,
    /// The variable's `validation` blocks, turned into constraints where they have a form.
    validations: &'b [Block],
    /// The variable an operation that needs the value known may inline (one with a value).
    variable: Option<String>,
}

/// The parameter for a value of type `effective` with `default` (`Some(null)`: none is given, so
/// the parameter may be empty), or `None` when no parameter type holds the type.
fn parameter(
    evaluator: &mut Evaluator<'_>,
    template: &mut Template,
    ids: &mut Allocator,
    effective: &Type,
    default: Option<&(Value, Span)>,
    leaf: Leaf<'_>,
) -> Eval<Option<Sym>> {
    let name = leaf.logical_name.as_str();
    let parameter_type = match (effective, default.map(|(value, _)| value)) {
        (Type::String, _) => Some(ParameterType::String),
        (Type::Number, _) => Some(ParameterType::Number),
        (Type::Bool, _) => Some(ParameterType::String),
        (Type::List(inner) | Type::Set(inner), _) if **inner == Type::String => Some(ParameterType::CommaDelimitedList),
        (Type::List(inner) | Type::Set(inner), _) if **inner == Type::Number => Some(ParameterType::NumberList),
        (Type::Any, None | Some(Value::Null) | Some(Value::String(_))) => Some(ParameterType::String),
        (Type::Any, Some(Value::Number(_))) => Some(ParameterType::Number),
        (Type::Any, Some(Value::Bool(_))) => Some(ParameterType::String),
        (Type::Any, Some(Value::List(items))) if items.iter().all(|item| matches!(item, Value::String(_))) => {
            Some(ParameterType::CommaDelimitedList)
        }
        _ => None,
    };
    let is_bool =
        matches!(effective, Type::Bool) || matches!((effective, default), (Type::Any, Some((Value::Bool(_), _))));
    let Some(parameter_type) = parameter_type else { return Ok(None) };

    // A null default means "not set", which no parameter value can say: the parameter defaults to an
    // empty string, and an argument given the variable is left out while the parameter is empty
    // (see `crate::lower`), as Terraform leaves an argument set to null. A bool parameter is a string
    // of "true" or "false", and may be empty as well.
    let nullable = matches!(default, Some((Value::Null, _)))
        && matches!(parameter_type, ParameterType::String | ParameterType::Number);
    let parameter_type = if nullable { ParameterType::String } else { parameter_type };
    let logical_id = ids.claim(&pascal(name));
    let mut parameter = Parameter::new(parameter_type.clone());
    parameter.span = leaf.span;
    parameter.description = leaf.description;
    parameter.no_echo = leaf.sensitive;
    if is_bool {
        parameter.allowed_values = vec![Expr::string("true"), Expr::string("false")];
        if nullable {
            parameter.allowed_values.insert(0, Expr::string(""));
        }
    }
    if let Some((value, span)) = default {
        match parameter_default(value, &parameter_type) {
            Ok(expr) => parameter.default = expr,
            Err(why) => {
                return Err(evaluator.error(diag::default_without_form(*span, name, &why)));
            }
        }
    }
    let mut descriptions = Vec::new();
    for validation in leaf.validations {
        apply_validation(evaluator, name, validation, &mut parameter, &parameter_type, is_bool, &mut descriptions)?;
    }
    if !descriptions.is_empty() {
        parameter.constraint_description = Some(descriptions.join(" "));
    }
    // A CIDR parameter whose pattern fixes the prefix length: `cidrsubnet` on it has a CloudFormation form.
    if let (Some(pattern), Some(Expr::String(default))) = (&parameter.allowed_pattern, &parameter.default) {
        if let (Some(length), Ok((default_length, width))) =
            (crate::cidr::pattern_prefix_length(pattern), crate::cidr::length_and_width(default))
        {
            if length == default_length {
                evaluator.cidr_prefixes.insert(logical_id.clone(), (length, width));
            }
        }
    }
    if nullable {
        parameter.default = Some(Expr::string(""));
        evaluator.nullable_parameters.insert(logical_id.clone());
    }
    template.parameters.insert(logical_id.clone(), parameter);
    if let Some(variable) = leaf.variable {
        // Only a variable with a value can be inlined when an expression needs it.
        evaluator.parameter_variables.insert(logical_id.clone(), variable);
    }
    let ty = match parameter_type {
        ParameterType::Number => SymType::Number,
        ParameterType::CommaDelimitedList | ParameterType::NumberList => SymType::List,
        _ if is_bool => SymType::Bool,
        _ => SymType::String,
    };
    let reference = Expr::reference(&logical_id);
    let condition = is_bool.then(|| Expr::Equals(Box::new(reference.clone()), Box::new(Expr::string("true"))));
    Ok(Some(Sym { expr: reference, ty, condition, resources: Vec::new(), known: None }))
}

/// An object variable without a default, whose attributes become parameters.
struct ObjectVariable<'b> {
    block: &'b Block,
    name: &'b str,
    /// The variable's description, which each parameter's description starts with.
    description: Option<String>,
    sensitive: bool,
}

fn leaf_description(block: &Block, evaluator: &mut Evaluator<'_>) -> Option<String> {
    text_argument(evaluator, block, "description").ok().flatten()
}

/// The value of the attribute at `path` of an object variable without a default: a parameter for
/// each primitive attribute (and list of strings or numbers), an object of them for an object
/// attribute. `default` is the attribute's own default (`optional(T, default)`; `Some(null)` for an
/// `optional(T)` without one); `None` means the attribute is required. An optional object attribute
/// whose default is null keeps it (its parts then have no value to make parameters of); an attribute
/// no parameter type holds keeps its default, and is an error without one.
fn object_parameters(
    evaluator: &mut Evaluator<'_>,
    template: &mut Template,
    ids: &mut Allocator,
    object: &ObjectVariable<'_>,
    path: &mut Vec<String>,
    ty: &Type,
    default: Option<&Value>,
) -> Eval<Value> {
    let dotted = path.join(".");
    if let Type::Object(attributes) = ty {
        let given = match default {
            None => None,
            Some(Value::Map(entries)) => Some(entries),
            Some(other) => {
                // Null, or a default of another shape: the attribute is fixed to it.
                evaluator.diagnostics.push(diag::object_attribute_inlined(object.block, object.name, &dotted, other));
                return Ok(other.clone());
            }
        };
        let mut entries = IndexMap::new();
        for attribute in attributes {
            let attribute_default = match given {
                Some(entries) => Some(entries.get(&attribute.name).cloned().unwrap_or(Value::Null)),
                None if attribute.optional => Some(attribute.default.clone().unwrap_or(Value::Null)),
                None => None,
            };
            path.push(attribute.name.clone());
            let value =
                object_parameters(evaluator, template, ids, object, path, &attribute.ty, attribute_default.as_ref());
            path.pop();
            entries.insert(attribute.name.clone(), value?);
        }
        return Ok(Value::Map(entries));
    }
    let description = match &object.description {
        Some(text) => format!("{text} (`{dotted}`)"),
        None => format!("`{dotted}`"),
    };
    let leaf = Leaf {
        logical_name: path.join("_"),
        span: object.block.header_span(),
        description: Some(description),
        sensitive: object.sensitive,
        validations: &[],
        // The variable has no value to inline.
        variable: None,
    };
    let with_span = default.map(|value| (value.clone(), object.block.header_span()));
    if let Some(sym) = parameter(evaluator, template, ids, ty, with_span.as_ref(), leaf)? {
        return Ok(Value::Sym(sym));
    }
    match default {
        Some(value) => {
            evaluator.diagnostics.push(diag::object_attribute_inlined(object.block, object.name, &dotted, value));
            Ok(value.clone())
        }
        None => {
            Err(evaluator
                .fail(diag::object_attribute_without_form(object.block, object.name, &dotted, ty), Fail::Static))
        }
    }
}

pub(crate) fn read_type(evaluator: &mut Evaluator<'_>, attribute: &Attribute) -> Eval<Type> {
    let parsed_json;
    let expression = if attribute.map.is_native() {
        &attribute.value
    } else {
        parsed_json = json_keyword_expression(&attribute.value).unwrap_or_else(|| attribute.value.clone());
        &parsed_json
    };
    let mut literal_default = |expression: &Expression| -> Option<Value> {
        let src = Src::of(attribute);
        let reported = evaluator.diagnostics.len();
        let value = evaluator.eval(expression, src, &Scope::default()).ok();
        evaluator.diagnostics.truncate(reported);
        value
    };
    parse_type(expression, &mut literal_default)
        .map_err(|why| evaluator.fail(diag::invalid_type(attribute.value_span, &why), Fail::Static))
}

/// A supplied value, converted to the variable's type. `--var` text is literal for primitive types
/// (and untyped variables), an expression otherwise, as Terraform reads it.
fn read_supplied(evaluator: &mut Evaluator<'_>, supplied: &Supplied, ty: Option<&Type>) -> Eval<Value> {
    let value = match supplied {
        Supplied::Known(value, _) => value.clone(),
        Supplied::CommandLine { text, .. }
            if matches!(ty, None | Some(Type::String | Type::Number | Type::Bool | Type::Any)) =>
        {
            Value::String(text.clone())
        }
        _ => {
            let mut reported = iac2cfn_diagnostics::Diagnostics::new();
            let Some(attribute) = supplied.parsed(&mut reported) else {
                evaluator.diagnostics.extend(reported);
                return Err(Fail::Static);
            };
            if let Some(span) = first_reference(&attribute.value, Src::of(&attribute)) {
                return Err(evaluator.fail(diag::default_not_literal(span), Fail::Static));
            }
            evaluator.eval_attribute(&attribute, &Scope::default())?
        }
    };
    match ty {
        Some(ty) => convert(&value, ty)
            .map_err(|why| evaluator.fail(diag::default_type_mismatch(supplied.span(), ty, &why), Fail::Static)),
        None => Ok(value),
    }
}

fn read_default(evaluator: &mut Evaluator<'_>, attribute: &Attribute, ty: Option<&Type>) -> Eval<Value> {
    if let Some(span) = first_reference(&attribute.value, Src::of(attribute)) {
        return Err(evaluator.fail(diag::default_not_literal(span), Fail::Static));
    }
    let value = evaluator.eval_attribute(attribute, &Scope::default())?;
    match ty {
        Some(ty) => convert(&value, ty)
            .map_err(|why| evaluator.fail(diag::default_type_mismatch(attribute.value_span, ty, &why), Fail::Static)),
        None => Ok(value),
    }
}

/// The span of the first reference or function call: variable defaults must be literal values.
fn first_reference(expression: &Expression, src: Src) -> Option<Span> {
    match expression {
        Expression::Traversal(_) | Expression::Variable(_) | Expression::FuncCall(_) | Expression::ForExpr(_) => {
            Some(src.span(expression))
        }
        Expression::Array(items) => items.iter().find_map(|item| first_reference(item, src)),
        Expression::Object(object) => object.iter().find_map(|(_, value)| first_reference(value.expr(), src)),
        Expression::Parenthesis(inner) => first_reference(inner.inner(), src),
        Expression::StringTemplate(template) => template.iter().find_map(|element| match element {
            hcl_edit::template::Element::Interpolation(interpolation) => first_reference(&interpolation.expr, src),
            _ => None,
        }),
        Expression::UnaryOp(op) => first_reference(&op.expr, src),
        Expression::BinaryOp(op) => first_reference(&op.lhs_expr, src).or_else(|| first_reference(&op.rhs_expr, src)),
        Expression::Conditional(c) => first_reference(&c.cond_expr, src)
            .or_else(|| first_reference(&c.true_expr, src))
            .or_else(|| first_reference(&c.false_expr, src)),
        _ => None,
    }
}

fn text_argument(evaluator: &mut Evaluator<'_>, block: &Block, name: &str) -> Eval<Option<String>> {
    let Some(attribute) = block.body.attribute(name) else { return Ok(None) };
    match evaluator.eval_attribute(attribute, &Scope::default())? {
        Value::Null => Ok(None),
        value => match value.as_text() {
            Some(text) => Ok(Some(text)),
            None => Err(evaluator.error(diag::expected_string(attribute.value_span, name, &value))),
        },
    }
}

/// A parameter's `Default`: bools as `"true"`/`"false"`, lists comma-joined.
fn parameter_default(value: &Value, parameter_type: &ParameterType) -> Result<Option<Expr>, String> {
    Ok(Some(match (value, parameter_type) {
        (Value::Null, _) => return Ok(None),
        (Value::Number(number), _) => crate::value::ir_number(*number),
        (Value::List(items), ParameterType::CommaDelimitedList | ParameterType::NumberList) => {
            let mut texts = Vec::new();
            for item in items {
                let text = item.as_text().ok_or_else(|| format!("a list element is a {}", item.type_name()))?;
                if text.contains(',') {
                    return Err(format!(
                        "the element `{text}` contains a comma, which a comma-delimited list cannot hold"
                    ));
                }
                texts.push(text);
            }
            Expr::String(texts.join(","))
        }
        (other, _) => Expr::String(other.as_text().ok_or_else(|| format!("it is a {}", other.type_name()))?),
    }))
}

fn check_default(
    evaluator: &mut Evaluator<'_>,
    name: &str,
    value: &Value,
    validation: &Block,
    default_span: Span,
) -> Eval<()> {
    let Some(condition) = validation.body.attribute("condition") else {
        return Err(evaluator
            .fail(diag::missing_block_argument(validation.header_span(), "condition", "validation"), Fail::Static));
    };
    let scope = Scope { variable_under_test: Some((name.to_string(), value.clone())), ..Scope::default() };
    match evaluator.eval_attribute(condition, &scope)? {
        Value::Bool(true) => Ok(()),
        Value::Bool(false) => {
            let message = validation
                .body
                .attribute("error_message")
                .and_then(|m| evaluator.eval_attribute(m, &Scope::default()).ok())
                .and_then(|m| m.as_text())
                .unwrap_or_default();
            Err(evaluator.error(diag::invalid_default(default_span, condition.value_span, name, &message)))
        }
        other => Err(evaluator.error(diag::not_a_bool(condition.value_span, &other))),
    }
}

/// A constraint a validation condition expresses.
#[derive(Debug, Clone, PartialEq)]
enum Constraint {
    Allowed(Vec<Value>),
    Pattern(String),
    MinLength(u64),
    MaxLength(u64),
    MinValue(f64),
    MaxValue(f64),
}

fn apply_validation(
    evaluator: &mut Evaluator<'_>,
    name: &str,
    validation: &Block,
    parameter: &mut Parameter,
    parameter_type: &ParameterType,
    is_bool: bool,
    descriptions: &mut Vec<String>,
) -> Eval<()> {
    let Some(condition) = validation.body.attribute("condition") else {
        return Err(evaluator
            .fail(diag::missing_block_argument(validation.header_span(), "condition", "validation"), Fail::Static));
    };
    let expression = if condition.map.is_native() {
        condition.value.clone()
    } else {
        json_keyword_expression(&condition.value).unwrap_or_else(|| condition.value.clone())
    };
    let mut constraints = Vec::new();
    let converted = !is_bool
        && matches!(parameter_type, ParameterType::String | ParameterType::Number)
        && constraints_of(evaluator, &expression, name, Src::of(condition), &mut constraints);
    if !converted {
        evaluator.diagnostics.push(diag::validation_not_converted(condition.value_span, name));
        return Ok(());
    }
    for constraint in constraints {
        let is_number = *parameter_type == ParameterType::Number;
        match constraint {
            Constraint::Allowed(values) => {
                let values: Vec<Expr> = values
                    .iter()
                    .map(|value| match value {
                        Value::Number(number) if is_number => crate::value::ir_number(*number),
                        other => Expr::String(other.as_text().unwrap_or_default()),
                    })
                    .collect();
                parameter.allowed_values = if parameter.allowed_values.is_empty() {
                    values
                } else {
                    parameter.allowed_values.iter().filter(|v| values.contains(v)).cloned().collect()
                };
            }
            Constraint::Pattern(pattern) => parameter.allowed_pattern = Some(pattern),
            Constraint::MinLength(n) if !is_number => {
                parameter.min_length = Some(parameter.min_length.map_or(n, |m| m.max(n)))
            }
            Constraint::MaxLength(n) if !is_number => {
                parameter.max_length = Some(parameter.max_length.map_or(n, |m| m.min(n)))
            }
            Constraint::MinValue(n) if is_number => parameter.min_value = Number::parse(&format_number(n)),
            Constraint::MaxValue(n) if is_number => parameter.max_value = Number::parse(&format_number(n)),
            _ => {
                evaluator.diagnostics.push(diag::validation_not_converted(condition.value_span, name));
                return Ok(());
            }
        }
    }
    if let Some(message) = validation.body.attribute("error_message") {
        if let Ok(text) = evaluator.eval_attribute(message, &Scope::default()) {
            if let Some(text) = text.as_text() {
                descriptions.push(text);
            }
        }
    }
    Ok(())
}

/// Whether `expression` is `var.NAME` (parentheses allowed).
fn is_the_variable(expression: &Expression, name: &str) -> bool {
    match expression {
        Expression::Parenthesis(inner) => is_the_variable(inner.inner(), name),
        Expression::Traversal(traversal) => {
            matches!(&traversal.expr, Expression::Variable(root) if root.as_str() == "var")
                && matches!(traversal.operators.as_slice(), [op] if matches!(op.value(), TraversalOperator::GetAttr(attr) if attr.as_str() == name))
        }
        _ => false,
    }
}

fn unwrap(expression: &Expression) -> &Expression {
    match expression {
        Expression::Parenthesis(inner) => unwrap(inner.inner()),
        other => other,
    }
}

/// A known value from a sub-expression of a condition (a list of allowed values, a pattern, a bound).
fn known(evaluator: &mut Evaluator<'_>, expression: &Expression, src: Src) -> Option<Value> {
    let reported = evaluator.diagnostics.len();
    let value = evaluator.eval(expression, src, &Scope::default()).ok();
    evaluator.diagnostics.truncate(reported);
    value.filter(Value::is_known)
}

/// Reads the constraints a condition expresses; `false` when some part has no CloudFormation form.
fn constraints_of(
    evaluator: &mut Evaluator<'_>,
    expression: &Expression,
    name: &str,
    src: Src,
    out: &mut Vec<Constraint>,
) -> bool {
    let expression = unwrap(expression);
    match expression {
        Expression::BinaryOp(op) => {
            let operator = *op.operator.value();
            let (lhs, rhs) = (unwrap(&op.lhs_expr), unwrap(&op.rhs_expr));
            match operator {
                BinaryOperator::And => {
                    constraints_of(evaluator, lhs, name, src, out) && constraints_of(evaluator, rhs, name, src, out)
                }
                // `var.x == "a" || var.x == "b"`, or a single `var.x == "a"`.
                BinaryOperator::Or | BinaryOperator::Eq => {
                    let mut values = Vec::new();
                    if allowed_values(evaluator, expression, name, src, &mut values) {
                        out.push(Constraint::Allowed(values));
                        true
                    } else {
                        false
                    }
                }
                BinaryOperator::NotEq => {
                    // `var.x != ""` is a minimum length of one.
                    let empty = |e: &Expression| matches!(e, Expression::String(s) if s.is_empty());
                    if (is_the_variable(lhs, name) && empty(rhs)) || (is_the_variable(rhs, name) && empty(lhs)) {
                        out.push(Constraint::MinLength(1));
                        true
                    } else {
                        false
                    }
                }
                BinaryOperator::Less | BinaryOperator::LessEq | BinaryOperator::Greater | BinaryOperator::GreaterEq => {
                    comparison(evaluator, operator, lhs, rhs, name, src, out)
                }
                _ => false,
            }
        }
        Expression::FuncCall(call) => {
            let args: Vec<&Expression> = call.args.iter().collect();
            match (call.name.name.as_str(), args.as_slice()) {
                ("contains", [list, subject]) if is_the_variable(subject, name) => match known(evaluator, list, src) {
                    Some(Value::List(items)) if items.iter().all(|i| i.as_text().is_some()) => {
                        out.push(Constraint::Allowed(items));
                        true
                    }
                    _ => false,
                },
                ("can", [inner]) => match unwrap(inner) {
                    Expression::FuncCall(regex) if regex.name.name.as_str() == "regex" => {
                        let regex_args: Vec<&Expression> = regex.args.iter().collect();
                        match regex_args.as_slice() {
                            [pattern, subject] if is_the_variable(subject, name) => {
                                pattern_constraint(evaluator, pattern, src, out)
                            }
                            _ => false,
                        }
                    }
                    _ => false,
                },
                _ => false,
            }
        }
        _ => false,
    }
}

fn pattern_constraint(
    evaluator: &mut Evaluator<'_>,
    pattern: &Expression,
    src: Src,
    out: &mut Vec<Constraint>,
) -> bool {
    let Some(Value::String(pattern)) = known(evaluator, pattern, src) else { return false };
    // Terraform's regex matches anywhere in the value; CloudFormation's AllowedPattern must match the
    // whole value, so an unanchored pattern is widened on each open side.
    let anchored_start = pattern.starts_with('^');
    let anchored_end = pattern.ends_with('$') && !pattern.ends_with("\\$");
    let pattern = match (anchored_start, anchored_end) {
        (true, true) => pattern,
        (true, false) => format!("{pattern}.*"),
        (false, true) => format!(".*{pattern}"),
        (false, false) => format!(".*(?:{pattern}).*"),
    };
    out.push(Constraint::Pattern(pattern));
    true
}

/// `var.x == "a" || var.x == "b"`: the values allowed.
fn allowed_values(
    evaluator: &mut Evaluator<'_>,
    expression: &Expression,
    name: &str,
    src: Src,
    out: &mut Vec<Value>,
) -> bool {
    match unwrap(expression) {
        Expression::BinaryOp(op) if *op.operator.value() == BinaryOperator::Or => {
            allowed_values(evaluator, &op.lhs_expr, name, src, out)
                && allowed_values(evaluator, &op.rhs_expr, name, src, out)
        }
        Expression::BinaryOp(op) if *op.operator.value() == BinaryOperator::Eq => {
            let (lhs, rhs) = (unwrap(&op.lhs_expr), unwrap(&op.rhs_expr));
            let other = if is_the_variable(lhs, name) {
                rhs
            } else if is_the_variable(rhs, name) {
                lhs
            } else {
                return false;
            };
            match known(evaluator, other, src) {
                Some(value) if value.as_text().is_some() => {
                    out.push(value);
                    true
                }
                _ => false,
            }
        }
        _ => false,
    }
}

/// `length(var.x) <= n`, `var.x >= n` and their mirror images.
fn comparison(
    evaluator: &mut Evaluator<'_>,
    operator: BinaryOperator,
    lhs: &Expression,
    rhs: &Expression,
    name: &str,
    src: Src,
    out: &mut Vec<Constraint>,
) -> bool {
    use BinaryOperator as Op;
    // Normalize to `subject OP bound`.
    let (subject, bound, operator) = if is_subject(lhs, name) {
        (lhs, rhs, operator)
    } else if is_subject(rhs, name) {
        let flipped = match operator {
            Op::Less => Op::Greater,
            Op::LessEq => Op::GreaterEq,
            Op::Greater => Op::Less,
            _ => Op::LessEq,
        };
        (rhs, lhs, flipped)
    } else {
        return false;
    };
    let Some(Value::Number(bound)) = known(evaluator, bound, src) else { return false };
    let is_length = !is_the_variable(subject, name);
    if is_length {
        if bound.fract() != 0.0 || bound < 0.0 {
            return false;
        }
        let bound = bound as u64;
        // Lengths are whole numbers, so strict bounds have exact inclusive forms.
        out.push(match operator {
            Op::GreaterEq => Constraint::MinLength(bound),
            Op::Greater => Constraint::MinLength(bound + 1),
            Op::LessEq => Constraint::MaxLength(bound),
            _ if bound == 0 => return false,
            _ => Constraint::MaxLength(bound - 1),
        });
        true
    } else {
        // Numbers may have fractions: only inclusive bounds have a form.
        match operator {
            Op::GreaterEq => out.push(Constraint::MinValue(bound)),
            Op::LessEq => out.push(Constraint::MaxValue(bound)),
            _ => return false,
        }
        true
    }
}

fn is_subject(expression: &Expression, name: &str) -> bool {
    if is_the_variable(expression, name) {
        return true;
    }
    match unwrap(expression) {
        Expression::FuncCall(call) if call.name.name.as_str() == "length" => {
            let args: Vec<&Expression> = call.args.iter().collect();
            matches!(args.as_slice(), [only] if is_the_variable(only, name))
        }
        _ => false,
    }
}

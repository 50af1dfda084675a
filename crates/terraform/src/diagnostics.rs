//! Every diagnostic this frontend reports, one constructor per kind, each with its stable `tf::` code,
//! a label at the precise place and help where a fix is known.

use crate::syntax::{Attribute, Block};
use crate::types::Type;
use crate::value::{Sym, Value};
use iac2cfn_catalog::provider_types;
use iac2cfn_diagnostics::{did_you_mean, Code, Diagnostic, Span};
use iac2cfn_ir::Expr;
use std::path::Path;

/// What a value is, for messages: "a list", "the string \"x\"".
fn describe(value: &Value) -> String {
    match value {
        Value::String(text) if text.chars().count() <= 40 => format!("the string {text:?}"),
        Value::Number(_) | Value::Bool(_) => {
            format!("the {} {}", value.type_name(), value.as_text().unwrap_or_default())
        }
        Value::Null => "null".to_string(),
        Value::Sym(sym) => format!("a value only known at deployment ({})", short(&sym.expr)),
        other => format!("a {}", other.type_name()),
    }
}

/// A short CloudFormation spelling of an intrinsic.
fn short(expr: &Expr) -> String {
    match expr {
        Expr::Ref(name) => format!("Ref {name}"),
        Expr::GetAtt { resource, attribute } => format!("Fn::GetAtt {resource}.{attribute}"),
        Expr::Sub { .. } => "Fn::Sub".into(),
        Expr::Join { .. } => "Fn::Join".into(),
        Expr::Select { .. } => "Fn::Select".into(),
        Expr::Split { .. } => "Fn::Split".into(),
        Expr::If { condition, .. } => format!("Fn::If {condition}"),
        Expr::GetAzs(_) => "Fn::GetAZs".into(),
        Expr::Base64(_) => "Fn::Base64".into(),
        Expr::Length(_) => "Fn::Length".into(),
        Expr::ToJsonString(_) => "Fn::ToJsonString".into(),
        _ => "an intrinsic function".into(),
    }
}

fn suggestion<'a>(wanted: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<String> {
    did_you_mean(wanted, candidates).map(|close| format!("did you mean `{close}`?"))
}

fn with_suggestion(diagnostic: Diagnostic, help: Option<String>) -> Diagnostic {
    match help {
        Some(help) => diagnostic.with_help(help),
        None => diagnostic,
    }
}

// ---------------------------------------------------------------------------------------------------
// Reading files

/// A path that cannot be read.
#[cold]
pub(crate) fn unreadable(path: &Path, error: &std::io::Error) -> Diagnostic {
    Diagnostic::error(Code("tf::unreadable"), format!("cannot read `{}`: {error}", path.display()))
        .with_help("give a root module directory or a .tf / .tf.json file")
}

/// A directory without configuration files.
#[cold]
pub(crate) fn no_configuration(path: &Path) -> Diagnostic {
    Diagnostic::error(Code("tf::no-configuration"), format!("`{}` holds no .tf or .tf.json files", path.display()))
        .with_help("give the directory of a Terraform root module")
}

/// A syntax error.
#[cold]
pub(crate) fn syntax_error(span: Span, message: &str) -> Diagnostic {
    let message = message.lines().next().unwrap_or(message).trim();
    let message = if message.is_empty() { "invalid syntax" } else { message };
    Diagnostic::error(Code("tf::syntax-error"), format!("syntax error: {message}")).with_label(span, "here")
}

/// An object constructor that sets a key twice: Terraform keeps the last value without a word, which
/// is rarely what the author meant.
#[cold]
pub(crate) fn overridden_object_key(key: &str, overridden: Span, winner: Span) -> Diagnostic {
    Diagnostic::warning(Code("tf::duplicate-object-key"), format!("the object sets `{key}` more than once"))
        .with_label(overridden, "this value is discarded")
        .with_secondary(winner, "Terraform keeps this later value")
        .with_help(format!("remove one of the `{key}` items"))
}

/// A `.tf.json` file whose top level is not an object.
#[cold]
pub(crate) fn json_not_object(span: Span) -> Diagnostic {
    Diagnostic::error(Code("tf::syntax-error"), "a .tf.json file must hold a JSON object")
        .with_label(span, "expected `{`")
}

// ---------------------------------------------------------------------------------------------------
// Declarations

/// A top-level block with the wrong number of labels.
#[cold]
pub(crate) fn wrong_label_count(block: &Block, expected: usize) -> Diagnostic {
    Diagnostic::error(
        Code("tf::invalid-block"),
        format!("a `{}` block takes {expected} label(s), this one has {}", block.kind, block.labels.len()),
    )
    .with_label(block.header_span(), "")
}

/// A top-level block type Terraform does not have.
#[cold]
pub(crate) fn unknown_block(block: &Block) -> Diagnostic {
    let kinds = [
        "variable",
        "locals",
        "resource",
        "data",
        "output",
        "module",
        "provider",
        "terraform",
        "moved",
        "import",
        "check",
        "removed",
    ];
    with_suggestion(
        Diagnostic::error(Code("tf::unknown-block"), format!("unknown block type `{}`", block.kind))
            .with_label(block.kind_span, "not a Terraform block type"),
        suggestion(&block.kind, kinds),
    )
}

/// An attribute at the top level of a file.
#[cold]
pub(crate) fn top_level_attribute(attribute: &Attribute) -> Diagnostic {
    Diagnostic::error(
        Code("tf::unknown-block"),
        format!("`{}` cannot be set at the top level of a file", attribute.name),
    )
    .with_label(attribute.name_span, "arguments belong inside a block")
    .with_help("put local values in a `locals` block")
}

/// A block where none is expected.
#[cold]
pub(crate) fn unexpected_block(block: &Block, inside: &str) -> Diagnostic {
    Diagnostic::error(Code("tf::unexpected-block"), format!("a `{}` block is not allowed in `{inside}`", block.kind))
        .with_label(block.kind_span, "")
}

/// Two declarations of the same object.
#[cold]
pub(crate) fn duplicate_block(block: &Block, first: &Block, key: &str) -> Diagnostic {
    Diagnostic::error(Code("tf::duplicate-declaration"), format!("{} `{key}` is declared twice", block.kind))
        .with_label(block.header_span(), "declared again here")
        .with_secondary(first.header_span(), "first declared here")
        .with_help("rename one of them, or put the change in an override file (`*_override.tf`)")
}

/// Two local values of the same name.
#[cold]
pub(crate) fn duplicate_local(attribute: &Attribute, first: &Attribute) -> Diagnostic {
    Diagnostic::error(Code("tf::duplicate-declaration"), format!("local value `{}` is declared twice", attribute.name))
        .with_label(attribute.name_span, "declared again here")
        .with_secondary(first.name_span, "first declared here")
}

/// An override block with nothing to override.
#[cold]
pub(crate) fn override_without_base(span: Span, what: &str, key: &str) -> Diagnostic {
    Diagnostic::error(
        Code("tf::override-without-base"),
        format!("the override file sets {what} `{key}`, which no other file declares"),
    )
    .with_label(span, "nothing to override")
    .with_help("override files can only change objects declared in the module's other files")
}

/// Every attribute of `body` that a `block` block does not take, each as an error with a suggestion.
pub(crate) fn unknown_arguments(body: &crate::syntax::Body, block: &str, known: &[&str]) -> Vec<Diagnostic> {
    body.attributes
        .iter()
        .filter(|attribute| !known.contains(&attribute.name.as_str()))
        .map(|attribute| unknown_block_argument(attribute.name_span, &attribute.name, block, known))
        .collect()
}

/// An argument a block does not take.
#[cold]
pub(crate) fn unknown_block_argument(span: Span, name: &str, block: &str, known: &[&str]) -> Diagnostic {
    with_suggestion(
        Diagnostic::error(Code("tf::unknown-argument"), format!("`{block}` has no argument `{name}`"))
            .with_label(span, "unknown argument"),
        suggestion(name, known.iter().copied()),
    )
}

/// A required argument that is missing.
#[cold]
pub(crate) fn missing_block_argument(span: Span, name: &str, block: &str) -> Diagnostic {
    Diagnostic::error(Code("tf::missing-argument"), format!("`{block}` needs the argument `{name}`"))
        .with_label(span, format!("`{name}` is missing"))
}

// ---------------------------------------------------------------------------------------------------
// Variables

/// A type constraint that is not one.
#[cold]
pub(crate) fn invalid_type(span: Span, why: &str) -> Diagnostic {
    Diagnostic::error(Code("tf::invalid-type"), format!("invalid type constraint: {why}")).with_label(span, "")
}

/// A default that does not have the variable's type.
#[cold]
pub(crate) fn default_type_mismatch(span: Span, ty: &Type, why: &str) -> Diagnostic {
    Diagnostic::error(Code("tf::default-type-mismatch"), format!("the default does not fit the type `{ty}`: {why}"))
        .with_label(span, format!("not a {ty}"))
        .with_help("change the default or the type so that they agree")
}

/// A default that is not a literal value.
#[cold]
pub(crate) fn default_not_literal(span: Span) -> Diagnostic {
    Diagnostic::error(Code("tf::default-not-literal"), "a variable's default must be a literal value")
        .with_label(span, "references and function calls are not allowed here")
        .with_help("use a local value for computed values")
}

/// A default that fails the variable's own validation.
#[cold]
pub(crate) fn invalid_default(span: Span, condition: Span, name: &str, message: &str) -> Diagnostic {
    let text = if message.is_empty() {
        format!("the default of `{name}` fails its validation")
    } else {
        format!("the default of `{name}` fails its validation: {message}")
    };
    Diagnostic::error(Code("tf::invalid-default"), text)
        .with_label(span, "this default")
        .with_secondary(condition, "is false for this condition")
}

/// A default that a CloudFormation parameter default cannot hold.
#[cold]
pub(crate) fn default_without_form(span: Span, name: &str, why: &str) -> Diagnostic {
    Diagnostic::error(
        Code("tf::default-without-form"),
        format!("the default of `{name}` cannot be a parameter default: {why}"),
    )
    .with_label(span, "")
}

/// A variable whose type has no parameter form, inlined.
#[cold]
pub(crate) fn variable_inlined(block: &Block, name: &str, ty: &Type, default: Span) -> Diagnostic {
    Diagnostic::note(
        Code("tf::variable-inlined"),
        format!("variable `{name}` has type `{ty}`, which no CloudFormation parameter type holds; its default is used as a constant"),
    )
    .with_label(block.header_span(), "no parameter is made for it")
    .with_secondary(default, "this value is used")
}

/// A variable whose type has no parameter form and no default.
#[cold]
pub(crate) fn variable_without_form(block: &Block, name: &str, ty: &Type) -> Diagnostic {
    Diagnostic::error(
        Code("tf::variable-without-form"),
        format!("variable `{name}` has type `{ty}`, which no CloudFormation parameter type holds, and no default"),
    )
    .with_label(block.header_span(), "")
    .with_help(format!(
        "supply its value when converting (`--var '{name}=...'` in Terraform syntax, or `--var-file FILE`, or a \
         terraform.tfvars beside the configuration), or give it a default: the template then holds that value as \
         a constant; or split it into string, number and list(string) variables, which become parameters"
    ))
}

/// An attribute of an object variable without a default that is fixed to its own default (an optional
/// object attribute whose default is null, or a type no parameter holds).
#[cold]
pub(crate) fn object_attribute_inlined(block: &Block, name: &str, path: &str, value: &Value) -> Diagnostic {
    let shown = match value {
        Value::Null => "null".to_string(),
        Value::String(text) => format!("{text:?}"),
        other => other.as_text().unwrap_or_else(|| format!("its {} default", other.type_name())),
    };
    let why = match value {
        // An optional object attribute: whether it is given at all is no parameter's value.
        Value::Null => "no parameter can say whether the object is given, so its default is used",
        _ => "no parameter holds its type, so its default is used",
    };
    Diagnostic::warning(
        Code("tf::variable-inlined"),
        format!("attribute `{path}` of variable `{name}` is fixed to {shown}: {why}"),
    )
    .with_label(block.header_span(), "the other attributes become parameters")
    .with_help(format!(
        "the template is fixed to this value; to set it, supply the whole variable when converting (`--var '{name}=...'` or `--var-file FILE`)"
    ))
}

/// An attribute of an object variable without a default that no parameter type holds and that has no
/// default of its own.
#[cold]
pub(crate) fn object_attribute_without_form(block: &Block, name: &str, path: &str, ty: &Type) -> Diagnostic {
    Diagnostic::error(
        Code("tf::variable-without-form"),
        format!(
            "attribute `{path}` of variable `{name}` has type `{ty}`, which no CloudFormation parameter type holds, and no default"
        ),
    )
    .with_label(block.header_span(), "")
    .with_help(format!(
        "supply the variable's value when converting (`--var '{name}=...'` in Terraform syntax, or `--var-file FILE`), or give the attribute a default with `optional(TYPE, DEFAULT)`"
    ))
}

/// A validation condition with no parameter constraint form.
#[cold]
pub(crate) fn validation_not_converted(span: Span, name: &str) -> Diagnostic {
    Diagnostic::warning(
        Code("tf::validation-not-converted"),
        format!("this validation of `{name}` has no CloudFormation parameter constraint; it is not enforced"),
    )
    .with_label(span, "no AllowedValues, AllowedPattern, length or value bound expresses this")
    .with_help("conditions of the forms contains([...], var.x), can(regex(\"...\", var.x)), length(var.x) <= n and var.x >= n convert")
}

/// An argument that must be a string.
#[cold]
pub(crate) fn expected_string(span: Span, name: &str, value: &Value) -> Diagnostic {
    Diagnostic::error(Code("tf::type-mismatch"), format!("`{name}` must be a string, not {}", describe(value)))
        .with_label(span, "")
}

// ---------------------------------------------------------------------------------------------------
// References

/// A reference to something not declared.
#[cold]
pub(crate) fn undefined_reference(
    span: Span,
    what: &str,
    full: &str,
    name: &str,
    known: &[&str],
    prefix: &str,
) -> Diagnostic {
    let help = did_you_mean(name, known.iter().copied()).map(|close| format!("did you mean `{prefix}{close}`?"));
    with_suggestion(
        Diagnostic::error(Code("tf::undefined-reference"), format!("reference to undeclared {what} `{full}`"))
            .with_label(span, "not declared in this module"),
        help,
    )
}

/// A bare name that is not bound.
#[cold]
pub(crate) fn undefined_name(span: Span, name: &str, in_scope: Vec<String>) -> Diagnostic {
    let mut candidates: Vec<String> = in_scope;
    candidates.extend(["var", "local", "data", "count", "each", "path"].map(String::from));
    let help = suggestion(name, candidates.iter().map(String::as_str));
    with_suggestion(
        Diagnostic::error(Code("tf::undefined-reference"), format!("unknown name `{name}`"))
            .with_label(span, "not defined here"),
        help.or_else(|| Some("references start with var., local., data., or a resource type".into())),
    )
}

/// `var` without a name and the like.
#[cold]
pub(crate) fn incomplete_reference(span: Span, root: &str, form: &str) -> Diagnostic {
    Diagnostic::error(Code("tf::invalid-reference"), format!("`{root}` must be used as `{form}`")).with_label(span, "")
}

/// `count.index` outside a resource with `count`.
#[cold]
pub(crate) fn count_outside(span: Span) -> Diagnostic {
    Diagnostic::error(Code("tf::invalid-reference"), "`count.index` is only available in a block with `count`")
        .with_label(span, "")
}

/// `each` outside a resource with `for_each`.
#[cold]
pub(crate) fn each_outside(span: Span) -> Diagnostic {
    Diagnostic::error(Code("tf::invalid-reference"), "`each` is only available in a block with `for_each`")
        .with_label(span, "")
}

/// `self` outside a provisioner.
#[cold]
pub(crate) fn self_outside(span: Span) -> Diagnostic {
    Diagnostic::error(Code("tf::invalid-reference"), "`self` is only available in provisioner and connection blocks")
        .with_label(span, "")
}

/// An output whose value has no CloudFormation form: left out.
#[cold]
pub(crate) fn output_without_form(span: Span, name: &str, why: &str) -> Diagnostic {
    Diagnostic::warning(
        Code("tf::output-left-out"),
        format!("output `{name}` has no CloudFormation form; it is left out"),
    )
    .with_label(span, why.to_string())
    .with_help("output one of its attributes instead")
}

/// A resource that adopts one AWS created by itself: left out.
#[cold]
pub(crate) fn adopting_left_out(block: &Block, kind: &str) -> Diagnostic {
    let reason = iac2cfn_catalog::unsupported::no_counterpart(kind).unwrap_or("CloudFormation cannot adopt it");
    let span = block.labels.first().map_or(block.header_span(), |(_, span)| *span);
    Diagnostic::warning(
        Code("tf::adopting-resource-left-out"),
        format!("`{kind}` creates nothing, and CloudFormation cannot manage what it adopts; it is left out"),
    )
    .with_label(span, "its settings are not applied")
    .with_note(reason.to_string())
}

/// A reference to a resource that was left out because it adopts one AWS created by itself.
#[cold]
pub(crate) fn adopting_reference(span: Span, address: &str) -> Diagnostic {
    Diagnostic::error(
        Code("tf::adopting-resource-left-out"),
        format!("`{address}` is left out of the stack (CloudFormation cannot manage what it adopts), so nothing can refer to it"),
    )
    .with_label(span, "no CloudFormation value")
    .with_help("pass the value in as a variable instead")
}

/// A security group of the default VPC without egress rules: AWS's allow-all rule stays.
#[cold]
pub(crate) fn default_vpc_egress(block: &Block) -> Diagnostic {
    Diagnostic::warning(
        Code("tf::default-egress-kept"),
        "this security group keeps AWS's allow-all egress rule, which Terraform removes",
    )
    .with_label(block.header_span(), "no `vpc_id` and no `egress` rules")
    .with_help("CloudFormation takes egress rules only for a group given its VPC: set `vpc_id`, or add the egress rules you want")
}

/// A security group rule whose every source is an empty list: no resource is made.
#[cold]
pub(crate) fn rule_without_source(block: &Block, kind: &str, sources: &[&str]) -> Diagnostic {
    Diagnostic::warning(
        Code("tf::rule-without-source"),
        format!("this {kind} has no source or destination, so it makes no resource"),
    )
    .with_label(block.header_span(), "every list of sources is empty")
    .with_note(format!("AWS needs one of {}; Terraform plans such a rule but its apply fails", sources.join(", ")))
}

/// A resource whose value AWS rejects (see [`iac2cfn_catalog::constraints::rejection`]): `at` is
/// where the configuration gives the value, and whether that is a `dynamic` block that makes none.
#[cold]
pub(crate) fn rejected_by_aws(
    block: &Block,
    address: &str,
    cloudformation: &str,
    rejection: &iac2cfn_catalog::constraints::Rejection,
    at: Option<(Span, bool)>,
) -> Diagnostic {
    let property = &rejection.property;
    let diagnostic = Diagnostic::error(
        Code("tf::rejected-by-aws"),
        format!("AWS rejects `{address}` ({cloudformation}): in `{property}`, {}", rejection.reason),
    )
    .with_label(block.header_span(), "this resource could not be created");
    let diagnostic = match at {
        Some((span, true)) => diagnostic.with_secondary(span, "this `dynamic` block makes no blocks"),
        Some((span, false)) => diagnostic.with_secondary(span, "the value comes from here"),
        None => diagnostic,
    };
    diagnostic
        .with_note("Terraform may plan it, but creating it fails, and so would the stack")
        .with_help("give the inputs that fill it a value (--var or a tfvars file), or leave the resource out")
}

/// A list parameter given where CloudFormation takes one resource per element.
#[cold]
pub(crate) fn explode_list_parameter(span: Span, argument: &str, kind: &str) -> Diagnostic {
    Diagnostic::error(
        Code("tf::value-not-known"),
        format!("`{argument}` of {kind} must be a list known at conversion time: CloudFormation takes one resource per element"),
    )
    .with_label(span, "a list parameter")
    .with_help("give the variable a value (--var or a tfvars file) or use --inline-variables")
}

// ---------------------------------------------------------------------------------------------------
// Modules

/// A module that calls itself, directly or through others.
#[cold]
pub(crate) fn recursive_module(block: &Block, name: &str) -> Diagnostic {
    Diagnostic::error(
        Code("tf::recursive-module"),
        format!("module `{name}` calls a module that is already being called"),
    )
    .with_label(block.header_span(), "this call makes the module tree endless")
    .with_help("a module cannot call itself, directly or through other modules")
}

/// A module directory with no configuration in it.
#[cold]
pub(crate) fn module_unreadable(block: &Block, name: &str, dir: &Path) -> Diagnostic {
    Diagnostic::error(
        Code("tf::module-not-found"),
        format!("module `{name}` has no configuration at `{}`", dir.display()),
    )
    .with_label(block.header_span(), "called here")
    .with_help("check the module's `source` path")
}

/// `.terraform/modules/modules.json` that is not the manifest `terraform init` writes.
#[cold]
pub(crate) fn modules_manifest_invalid(file: iac2cfn_diagnostics::FileId, text: &str, why: &str) -> Diagnostic {
    Diagnostic::error(Code("tf::invalid-modules-manifest"), format!("the modules manifest cannot be read: {why}"))
        .with_label(Span::new(file, 0..text.len().min(1)), "")
        .with_help("run `terraform init` again to rewrite it")
}

/// A module `source` that is not a literal string.
#[cold]
pub(crate) fn module_source_not_literal(span: Span) -> Diagnostic {
    Diagnostic::error(Code("tf::invalid-module-source"), "a module's `source` must be a literal string")
        .with_label(span, "not a literal string")
        .with_help("Terraform reads module sources before it evaluates anything, so they cannot refer to values")
}

/// A registry or remote module that `terraform init` has not installed.
#[cold]
pub(crate) fn module_not_installed(attribute: &Attribute, name: &str, source: &str, manifest: &Path) -> Diagnostic {
    Diagnostic::error(Code("tf::module-not-installed"), format!("module `{name}` comes from `{source}`, which is not here"))
        .with_label(attribute.value_span, "not a local path, and not installed")
        .with_help(format!(
            "run `terraform init` in the root module (the converter reads `{}`), or vendor the module into a local directory and use a `./` path",
            manifest.display()
        ))
}

/// `for_each` over a deploy-time list on a module call.
#[cold]
pub(crate) fn module_for_each_loop(span: Span, name: &str) -> Diagnostic {
    Diagnostic::error(
        Code("tf::for-each-unknown"),
        format!("module `{name}` repeats over a list only known at deployment"),
    )
    .with_label(span, "a parameter's value")
    .with_help(
        "give the variable a value (--var or a tfvars file) or use --inline-variables, so that the instances are known",
    )
}

/// A module call whose instances could not be decided, where nothing else said why: its resources
/// would otherwise be missing without a word.
#[cold]
pub(crate) fn module_instances_unknown(block: &Block) -> Diagnostic {
    let name = block.label(0);
    let span = ["for_each", "count"]
        .iter()
        .find_map(|meta| block.body.attribute(meta))
        .map_or(block.header_span(), |attribute| attribute.value_span);
    Diagnostic::error(
        Code("tf::module-instances-unknown"),
        format!("the instances of module `{name}` cannot be decided, so none of its resources are converted"),
    )
    .with_label(span, "this could not be evaluated at conversion time")
    .with_help("write the call's count or for_each from values known at conversion time")
}

/// An argument of a module call that the module does not declare.
#[cold]
pub(crate) fn unknown_module_argument(attribute: &Attribute, name: &str, variables: &[&str]) -> Diagnostic {
    with_suggestion(
        Diagnostic::error(
            Code("tf::unknown-argument"),
            format!("module `{name}` has no variable `{}`", attribute.name),
        )
        .with_label(attribute.name_span, "not a variable of the module"),
        suggestion(&attribute.name, variables.iter().copied()),
    )
}

/// A required variable of a called module that the call leaves out.
#[cold]
pub(crate) fn missing_module_argument(block: &Block, name: &str, variable: &Block) -> Diagnostic {
    Diagnostic::error(Code("tf::missing-argument"), format!("module `{}` needs the argument `{name}`", block.label(0)))
        .with_label(block.header_span(), format!("`{name}` is missing"))
        .with_secondary(variable.header_span(), "declared here without a default")
}

/// A call argument that does not fit the variable's type.
#[cold]
pub(crate) fn module_argument_type(attribute: &Attribute, name: &str, ty: &Type, why: &str) -> Diagnostic {
    Diagnostic::error(
        Code("tf::argument-type-mismatch"),
        format!("the value for the module's variable `{name}` does not fit its type `{ty}`: {why}"),
    )
    .with_label(attribute.value_span, format!("not a {ty}"))
}

/// `providers` on a module call: the stack has one account and region.
#[cold]
pub(crate) fn module_providers(attribute: &Attribute) -> Diagnostic {
    Diagnostic::warning(Code("tf::provider-alias"), "the module's provider configurations are not carried over")
        .with_label(attribute.span, "the module's resources are created in the stack's account and region")
        .with_help("deploy resources for another region or account in a stack of their own")
}

/// `module.x.NAME` where the module has no output `NAME`.
#[cold]
pub(crate) fn unknown_module_output(span: Span, call: &str, name: &str, outputs: &[&str]) -> Diagnostic {
    with_suggestion(
        Diagnostic::error(Code("tf::undefined-reference"), format!("`{call}` has no output `{name}`"))
            .with_label(span, "not an output of the module"),
        suggestion(name, outputs.iter().copied()),
    )
}

/// A cycle among local values and resource arguments. `chain` holds each value with the reference that
/// asked for it; the first reference may come from outside the cycle, so it is not labelled.
#[cold]
pub(crate) fn reference_cycle(chain: &[(String, Span)]) -> Diagnostic {
    let names: Vec<&str> = chain.iter().map(|(name, _)| name.as_str()).collect();
    let mut diagnostic = Diagnostic::error(
        Code("tf::reference-cycle"),
        format!("values refer to each other in a cycle: {}", names.join(" -> ")),
    );
    if let Some((name, span)) = chain.last() {
        diagnostic = diagnostic.with_label(*span, format!("refers to `{name}`, which closes the cycle"));
    }
    for (name, span) in chain.iter().skip(1).take(chain.len().saturating_sub(2)) {
        diagnostic = diagnostic.with_secondary(*span, format!("refers to `{name}`"));
    }
    diagnostic.with_help("break the cycle: one of these values must not depend on the others")
}

/// A cycle among resources.
#[cold]
pub(crate) fn resource_cycle(chain: &[(String, Span)]) -> Diagnostic {
    let mut names: Vec<&str> = chain.iter().map(|(name, _)| name.as_str()).collect();
    if let Some(first) = names.first().copied() {
        names.push(first);
    }
    let mut diagnostic = Diagnostic::error(
        Code("tf::reference-cycle"),
        format!("resources refer to each other in a cycle: {}", names.join(" -> ")),
    );
    for (index, (_, span)) in chain.iter().enumerate() {
        let next = names.get(index + 1).copied().unwrap_or_default();
        diagnostic = diagnostic.with_label(*span, format!("refers to `{next}`"));
    }
    diagnostic.with_help("Terraform and CloudFormation both reject this: break one of the references")
}

/// An attribute a resource type does not have.
#[cold]
pub(crate) fn unknown_attribute<'a>(
    span: Span,
    kind: &str,
    name: &str,
    known: impl Iterator<Item = &'a str>,
) -> Diagnostic {
    let known: Vec<&str> = known.collect();
    let help = suggestion(name, known.iter().copied())
        .or_else(|| (!known.is_empty()).then(|| format!("its attributes are: {}", known.join(", "))));
    with_suggestion(
        Diagnostic::error(
            Code("tf::unknown-attribute"),
            format!("`{kind}` has no attribute `{name}` that CloudFormation can return"),
        )
        .with_label(span, "unknown attribute"),
        help,
    )
}

/// An attribute that is an argument's value when that argument is not set.
#[cold]
pub(crate) fn attribute_not_set(span: Span, address: &str, name: &str, argument: &str) -> Diagnostic {
    Diagnostic::error(
        Code("tf::attribute-not-set"),
        format!("`{address}.{name}` is the value of its `{argument}` argument, which is not set"),
    )
    .with_label(span, "only known to Terraform after apply")
    .with_help(format!("set `{argument}` on the resource"))
}

/// A value that refers to a resource created under a condition, from a place that condition does not
/// govern, and that Terraform cannot evaluate when the resource is absent (`aws_x.y[0].arn`).
#[cold]
pub(crate) fn conditional_resource_absent(
    span: Span,
    address: &str,
    reference: Span,
    condition: &str,
    why: &str,
) -> Diagnostic {
    let mut diagnostic = Diagnostic::error(
        Code("tf::conditional-reference"),
        format!(
            "`{address}` exists only when condition `{condition}` holds, and without it this value cannot be \
             evaluated"
        ),
    )
    .with_label(span, format!("not governed by `{condition}`"));
    // A reference through a local value is elsewhere: show it too.
    let inside = reference.file == span.file && reference.start >= span.start && reference.end <= span.end;
    if !inside {
        diagnostic = diagnostic.with_secondary(reference, "the reference to the conditional resource");
    }
    if !why.is_empty() {
        diagnostic = diagnostic.with_note(format!("when `{address}` is absent, Terraform reports: {why}"));
    }
    diagnostic.with_help(format!(
        "guard the reference with the same condition as its `count` (`cond ? {address}[0].ATTR : null`), or use \
         `one({address}[*].ATTR)`, which is null when the resource is absent"
    ))
}

/// A reference to a resource made in an `Fn::ForEach` loop, from outside that loop.
#[cold]
pub(crate) fn loop_resource_reference(span: Span, address: &str) -> Diagnostic {
    Diagnostic::error(
        Code("tf::loop-resource-reference"),
        format!("`{address}` is made by an Fn::ForEach loop, whose resources cannot be referred to from outside it"),
    )
    .with_label(span, "")
    .with_note("its `for_each` iterates a list parameter, so its instances' logical IDs are only known at deployment")
    .with_help("make the variable's values known (`--var`, or --inline-variables) to get one resource per value")
}

/// `for_each` over a list parameter: an `Fn::ForEach` loop whose values become logical IDs.
#[cold]
pub(crate) fn for_each_loop(span: Span, identifier: &str) -> Diagnostic {
    Diagnostic::warning(
        Code("tf::for-each-loop"),
        format!("`for_each` over a list parameter becomes an Fn::ForEach loop over `{identifier}`"),
    )
    .with_label(span, "each value becomes part of a logical ID")
    .with_note("logical IDs take only letters and digits: deploying with any other character, or a value twice, fails")
}

/// A reference to an instance that does not exist.
#[cold]
pub(crate) fn missing_instance(span: Span, address: &str) -> Diagnostic {
    Diagnostic::error(Code("tf::invalid-index"), format!("`{address}` does not exist"))
        .with_label(span, "no such instance")
        .with_help("with count or for_each, refer to an instance by index or key: aws_x.y[0], aws_x.y[\"key\"]")
}

/// An attribute of an object that lacks it.
#[cold]
pub(crate) fn missing_attribute(span: Span, name: &str, known: &[&str]) -> Diagnostic {
    with_suggestion(
        Diagnostic::error(Code("tf::missing-attribute"), format!("the object has no attribute `{name}`"))
            .with_label(span, ""),
        suggestion(name, known.iter().copied()),
    )
}

/// An attribute of null.
#[cold]
pub(crate) fn attribute_of_null(span: Span, name: &str) -> Diagnostic {
    Diagnostic::error(Code("tf::null-value"), format!("cannot read `{name}` of a null value"))
        .with_label(span, "this is null")
}

/// An attribute of a list.
#[cold]
pub(crate) fn attribute_of_list(span: Span, name: &str) -> Diagnostic {
    Diagnostic::error(Code("tf::type-mismatch"), format!("cannot read `{name}` of a list"))
        .with_label(span, "")
        .with_help(format!("use an index (`[0].{name}`) or a splat (`[*].{name}`)"))
}

/// An attribute of a scalar.
#[cold]
pub(crate) fn attribute_of_scalar(span: Span, name: &str, value: &Value) -> Diagnostic {
    Diagnostic::error(Code("tf::type-mismatch"), format!("cannot read `{name}` of {}", describe(value)))
        .with_label(span, "")
}

/// An attribute of a value only known at deployment.
#[cold]
pub(crate) fn attribute_of_unknown(span: Span, name: &str, sym: &Sym) -> Diagnostic {
    Diagnostic::error(
        Code("tf::no-cloudformation-form"),
        format!("cannot read `{name}` of a value only known at deployment ({})", short(&sym.expr)),
    )
    .with_label(span, "CloudFormation cannot read attributes of this value")
}

/// An index that is not one.
#[cold]
pub(crate) fn bad_index(span: Span, key: &Value) -> Diagnostic {
    Diagnostic::error(Code("tf::invalid-index"), format!("{} is not a valid index", describe(key))).with_label(span, "")
}

/// An index past the end.
#[cold]
pub(crate) fn index_out_of_range(span: Span, index: usize, length: usize) -> Diagnostic {
    Diagnostic::error(
        Code("tf::invalid-index"),
        format!("index {index} is out of range for a list of {length} elements"),
    )
    .with_label(span, "")
}

/// An index into null.
#[cold]
pub(crate) fn index_of_null(span: Span) -> Diagnostic {
    Diagnostic::error(Code("tf::null-value"), "cannot index a null value").with_label(span, "this is null")
}

/// An index into a scalar.
#[cold]
pub(crate) fn index_of_scalar(span: Span, value: &Value) -> Diagnostic {
    Diagnostic::error(Code("tf::type-mismatch"), format!("cannot index {}", describe(value))).with_label(span, "")
}

/// A splat over a list only known at deployment.
#[cold]
pub(crate) fn splat_unknown(span: Span, sym: &Sym) -> Diagnostic {
    Diagnostic::error(
        Code("tf::no-cloudformation-form"),
        format!("cannot take attributes of each element of a list only known at deployment ({})", short(&sym.expr)),
    )
    .with_label(span, "")
}

/// A reference to a whole resource where a value is needed.
#[cold]
pub(crate) fn whole_object(span: Span, address: &str, function: &str) -> Diagnostic {
    Diagnostic::error(
        Code("tf::no-cloudformation-form"),
        format!("`{function}` cannot encode the whole resource `{address}`"),
    )
    .with_label(span, "")
    .with_help("refer to the attributes you need")
}

/// A provider-defined function.
#[cold]
pub(crate) fn provider_function(span: Span, name: &str) -> Diagnostic {
    Diagnostic::error(Code("tf::unknown-function"), format!("provider function `{name}` is not supported"))
        .with_label(span, "")
}

// ---------------------------------------------------------------------------------------------------
// Values

/// A value that CloudFormation cannot express.
#[cold]
pub(crate) fn no_cloudformation_form(span: Span, why: &str) -> Diagnostic {
    Diagnostic::error(Code("tf::no-cloudformation-form"), format!("this value has no CloudFormation form: {why}"))
        .with_label(span, "")
}

/// `cidrsubnet` of a block only known at deployment whose prefix length is not known either.
#[cold]
pub(crate) fn cidr_prefix_unknown(span: Span, block: &Sym, is_parameter: bool) -> Diagnostic {
    let diagnostic = Diagnostic::error(
        Code("tf::cidr-prefix-unknown"),
        format!(
            "`cidrsubnet` needs the prefix length of this block, which is only known at deployment ({})",
            short(&block.expr)
        ),
    )
    .with_label(span, "prefix length unknown")
    .with_note("Fn::Cidr takes the subnets' host bits, which are the address width minus the block's prefix length and newbits");
    if is_parameter {
        diagnostic.with_help(
            "give the variable a default and a validation that fixes the prefix length, such as \
             `can(regex(\"^([0-9]{1,3}\\\\.){3}[0-9]{1,3}/16$\", var.NAME))`",
        )
    } else {
        diagnostic.with_help("set the block in the configuration, or use a variable whose prefix length is fixed")
    }
}

/// `cidrsubnet` on a block only known at deployment with a subnet number `Fn::Cidr` cannot reach.
#[cold]
pub(crate) fn cidr_count_too_large(span: Span, netnum: i64) -> Diagnostic {
    Diagnostic::error(
        Code("tf::cidr-count-too-large"),
        format!("subnet number {netnum} is beyond the 256 blocks Fn::Cidr can make"),
    )
    .with_label(span, "at most 255 here")
}

/// A condition that depends on something other than parameters.
#[cold]
pub(crate) fn condition_not_parameter(span: Span, sym: &Sym) -> Diagnostic {
    Diagnostic::error(
        Code("tf::condition-not-convertible"),
        format!("this decision depends on a value only known at deployment ({})", short(&sym.expr)),
    )
    .with_label(span, "CloudFormation conditions can only test parameters with equality")
    .with_help("decide on a variable (a parameter) compared with ==, or on values known at conversion time")
}

/// A null condition.
#[cold]
pub(crate) fn null_condition(span: Span) -> Diagnostic {
    Diagnostic::error(Code("tf::null-value"), "the condition is null").with_label(span, "")
}

/// A condition that is not a bool.
#[cold]
pub(crate) fn not_a_bool(span: Span, value: &Value) -> Diagnostic {
    Diagnostic::error(Code("tf::type-mismatch"), format!("a bool is required, not {}", describe(value)))
        .with_label(span, "")
}

/// An argument that must be a literal bool.
#[cold]
pub(crate) fn not_a_literal_bool(span: Span, name: &str, value: &Value) -> Diagnostic {
    Diagnostic::error(Code("tf::type-mismatch"), format!("`{name}` must be true or false, not {}", describe(value)))
        .with_label(span, "")
}

/// An operator on operands of the wrong type.
#[cold]
pub(crate) fn operand_type(span: Span, operator: &str, expected: &str, value: &Value) -> Diagnostic {
    Diagnostic::error(Code("tf::type-mismatch"), format!("`{operator}` needs a {expected}, not {}", describe(value)))
        .with_label(span, "")
}

/// Arithmetic or ordering on a value only known at deployment.
#[cold]
pub(crate) fn arithmetic_on_unknown(span: Span, sym: &Sym) -> Diagnostic {
    Diagnostic::error(
        Code("tf::no-cloudformation-form"),
        format!("CloudFormation cannot compute with a value only known at deployment ({})", short(&sym.expr)),
    )
    .with_label(span, "no intrinsic function does arithmetic or ordering")
}

/// A deploy-time list's length compared with a number that does more than tell "none" from "some".
#[cold]
pub(crate) fn length_compared(span: Span, list: &Sym) -> Diagnostic {
    Diagnostic::error(
        Code("tf::no-cloudformation-form"),
        format!("CloudFormation cannot count the elements of a list only known at deployment ({})", short(&list.expr)),
    )
    .with_label(span, "a condition can only test whether the list is empty")
    .with_help("compare the length with 0 (`length(x) > 0`, `length(x) == 0`), or use a list known at conversion time")
}

/// A deploy-time list whose emptiness no CloudFormation condition can test.
#[cold]
pub(crate) fn emptiness_not_testable(span: Span, list: &Sym) -> Diagnostic {
    Diagnostic::error(
        Code("tf::condition-not-convertible"),
        format!("whether this list is empty is only known at deployment ({})", short(&list.expr)),
    )
    .with_label(span, "CloudFormation conditions cannot refer to resources or computed lists")
    .with_help("decide on a list variable (a CommaDelimitedList parameter), or on a list known at conversion time")
}

/// Division by zero.
#[cold]
pub(crate) fn division_by_zero(span: Span) -> Diagnostic {
    Diagnostic::error(Code("tf::division-by-zero"), "division by zero").with_label(span, "")
}

/// An object key that is not a string.
#[cold]
pub(crate) fn invalid_object_key(span: Span, key: &Value) -> Diagnostic {
    Diagnostic::error(
        Code("tf::invalid-key"),
        format!("an object key must be a string known at conversion time, not {}", describe(key)),
    )
    .with_label(span, "")
}

/// A duplicate key in a `for` expression.
#[cold]
pub(crate) fn duplicate_for_key(span: Span, key: &str) -> Diagnostic {
    Diagnostic::error(Code("tf::invalid-key"), format!("the `for` expression produces the key `{key}` twice"))
        .with_label(span, "")
        .with_help("use `...` after the value to group values by key")
}

/// Null in a string template.
#[cold]
pub(crate) fn null_in_template(span: Span) -> Diagnostic {
    Diagnostic::error(Code("tf::null-value"), "a string template cannot include a null value")
        .with_label(span, "this is null")
}

/// A collection in a string template.
#[cold]
pub(crate) fn list_in_template(span: Span, value: &Value) -> Diagnostic {
    Diagnostic::error(Code("tf::type-mismatch"), format!("a string template cannot include {}", describe(value)))
        .with_label(span, "a string is required")
        .with_help("use join() or jsonencode() to turn it into a string")
}

/// Iterating over null.
#[cold]
pub(crate) fn iterate_null(span: Span) -> Diagnostic {
    Diagnostic::error(Code("tf::null-value"), "cannot iterate over a null value").with_label(span, "")
}

/// Iterating over a scalar.
#[cold]
pub(crate) fn iterate_scalar(span: Span, value: &Value) -> Diagnostic {
    Diagnostic::error(Code("tf::type-mismatch"), format!("cannot iterate over {}", describe(value)))
        .with_label(span, "")
}

/// Iterating over (or filtering by) a value only known at deployment.
#[cold]
pub(crate) fn iterate_unknown(span: Span, sym: &Sym) -> Diagnostic {
    Diagnostic::error(
        Code("tf::value-not-known"),
        format!("this must be known at conversion time, but it is only known at deployment ({})", short(&sym.expr)),
    )
    .with_label(span, "")
    .with_help("CloudFormation cannot repeat values over a list it only learns at deployment; use values known in the configuration")
}

/// A function that counts or lists elements, some of which a condition on parameters may leave out.
#[cold]
pub(crate) fn elements_decided_at_deployment(span: Span, function: &str) -> Diagnostic {
    Diagnostic::error(
        Code("tf::value-not-known"),
        format!("`{function}` needs to know which elements this holds, but a condition decided at deployment may leave some out"),
    )
    .with_label(span, "some elements exist only where a condition on parameters holds")
    .with_help("CloudFormation cannot count or list the elements a condition leaves out; give the variables the condition tests values known at conversion time")
}

/// A function call with the wrong number of arguments.
#[cold]
pub(crate) fn arity(span: Span, function: &str, expected: &str) -> Diagnostic {
    Diagnostic::error(Code("tf::function-arguments"), format!("`{function}` takes {expected} argument(s)"))
        .with_label(span, "")
}

/// A function argument of the wrong type.
#[cold]
pub(crate) fn argument_type(span: Span, function: &str, expected: &str, value: &Value) -> Diagnostic {
    Diagnostic::error(Code("tf::function-arguments"), format!("`{function}` needs {expected}, not {}", describe(value)))
        .with_label(span, "")
}

/// A function that failed on its arguments.
#[cold]
pub(crate) fn function_failed(span: Span, function: &str, why: &str) -> Diagnostic {
    Diagnostic::error(Code("tf::function-failed"), format!("`{function}` failed: {why}")).with_label(span, "")
}

/// A function argument only known at deployment, where the function has no CloudFormation form.
#[cold]
pub(crate) fn symbolic_argument(span: Span, function: &str, sym: &Sym) -> Diagnostic {
    Diagnostic::error(
        Code("tf::no-cloudformation-form"),
        format!("`{function}` cannot be applied to a value only known at deployment ({})", short(&sym.expr)),
    )
    .with_label(span, "CloudFormation has no intrinsic function for this")
}

/// `replace` with a regular expression where a value is only known at deployment.
#[cold]
pub(crate) fn regex_on_unknown(span: Span, pattern: &str, sym: &Sym) -> Diagnostic {
    // A pattern that only anchors a literal (`^prefix`, `suffix$`) says what the exact alternative is.
    let anchored = pattern
        .strip_prefix('^')
        .or_else(|| pattern.strip_suffix('$'))
        .filter(|rest| !rest.is_empty() && rest.chars().all(|c| c.is_ascii_alphanumeric() || "-_:/@ ".contains(c)));
    let help = match anchored {
        Some(literal) => format!(
            "CloudFormation has no regular expressions, and replacing `{literal}` everywhere (Fn::Split and \
             Fn::Join) is not the same as only at one end; if `{literal}` can only occur there, write the \
             search as the plain string \"{literal}\", which converts"
        ),
        None => "CloudFormation has no regular expressions; a plain-string search (without /slashes/) and a \
                 replacement without `$` convert to Fn::Split and Fn::Join, or give the value at conversion time \
                 (--var)"
            .to_string(),
    };
    Diagnostic::error(
        Code("tf::no-cloudformation-form"),
        format!(
            "`replace` with the pattern /{pattern}/ cannot be applied to a value only known at deployment ({})",
            short(&sym.expr)
        ),
    )
    .with_label(span, "a regular expression")
    .with_help(help)
}

/// `reverse` of a list only known at deployment.
#[cold]
pub(crate) fn reverse_unknown(span: Span, sym: &Sym) -> Diagnostic {
    Diagnostic::error(
        Code("tf::no-cloudformation-form"),
        format!("`reverse` cannot be applied to a list only known at deployment ({})", short(&sym.expr)),
    )
    .with_label(span, "its length is not known when converting")
    .with_help(
        "Fn::Select picks an element by a position counted from the start; where the value's format fixes \
         the number of parts (an ARN without a path), write that position: `split(\"/\", arn)[1]`",
    )
}

/// A `dynamic` block whose `for_each` a deploy-time condition chooses, where its blocks cannot be
/// written under that condition (a data source's document, such as a policy document's statements).
#[cold]
pub(crate) fn conditional_dynamic_block(span: Span, kind: &str, condition: &str) -> Diagnostic {
    Diagnostic::error(
        Code("tf::value-not-known"),
        format!("whether these `{kind}` blocks exist depends on the condition {condition}, only known at deployment"),
    )
    .with_label(span, "its `for_each` is chosen by a condition")
    .with_help("only a resource's own nested blocks can exist under a CloudFormation condition; decide the condition on values known at conversion time")
}

/// A function Terraform does not have (or that is not supported).
#[cold]
pub(crate) fn unknown_function(span: Span, name: &str, known: &[&str]) -> Diagnostic {
    with_suggestion(
        Diagnostic::error(Code("tf::unknown-function"), format!("unknown or unsupported function `{name}`"))
            .with_label(span, ""),
        suggestion(name, known.iter().copied()),
    )
}

/// A function whose result changes on every run.
#[cold]
pub(crate) fn non_deterministic_function(span: Span, name: &str) -> Diagnostic {
    Diagnostic::error(
        Code("tf::non-deterministic"),
        format!("`{name}` gives a different result on every run; it has no CloudFormation form"),
    )
    .with_label(span, "")
    .with_help("use a fixed value or a parameter")
}

/// `file()` outside the module.
#[cold]
pub(crate) fn file_outside_module(span: Span, path: &str) -> Diagnostic {
    Diagnostic::error(Code("tf::file-outside-module"), format!("`{path}` is outside the module's directory"))
        .with_label(span, "")
        .with_help("only files inside the module are read")
}

/// A file that cannot be read.
#[cold]
pub(crate) fn file_unreadable(span: Span, path: &str, error: &std::io::Error) -> Diagnostic {
    Diagnostic::error(Code("tf::unreadable"), format!("cannot read `{path}`: {error}")).with_label(span, "")
}

/// A name in a `templatefile` or `templatestring` template that its variables do not give.
#[cold]
pub(crate) fn template_variable_missing(span: Span, function: &str, name: &str) -> Diagnostic {
    Diagnostic::error(
        Code("tf::function-failed"),
        format!("`{function}` failed: the template's variables have no `{name}`"),
    )
    .with_label(span, "")
    .with_help(format!("a template sees only the variables passed to `{function}`; add `{name}` to them"))
}

/// `base64gzip`, whose compressed bytes cannot be Terraform's.
#[cold]
pub(crate) fn gzip_bytes_differ(span: Span) -> Diagnostic {
    Diagnostic::warning(
        Code("tf::base64gzip-bytes"),
        "`base64gzip` gives different bytes than Terraform's, which decompress to the same text",
    )
    .with_label(span, "stored without compression, so the encoded string is longer and not Terraform's")
    .with_note("a consumer that compares or hashes the encoded string sees a different value")
}

/// `pathexpand` of a path in the home directory of whoever runs Terraform.
#[cold]
pub(crate) fn home_directory(span: Span) -> Diagnostic {
    Diagnostic::error(
        Code("tf::home-directory"),
        "`pathexpand` of a `~` path depends on the home directory of the machine that runs Terraform",
    )
    .with_label(span, "")
    .with_help("write the path relative to the module, or pass it as a variable")
}

// ---------------------------------------------------------------------------------------------------
// Data sources

/// A data source type with no CloudFormation form.
#[cold]
pub(crate) fn unsupported_data_source(block: &Block, kind: &str, supported: &[&str]) -> Diagnostic {
    Diagnostic::warning(
        Code("tf::unsupported-data-source"),
        format!("data source `{kind}` cannot be converted; it is left out"),
    )
    .with_label(
        block.header_span(),
        "it reads existing infrastructure, which CloudFormation cannot; references to it are errors",
    )
    .with_help(format!("supported data sources: {}; pass other values as variables", supported.join(", ")))
}

/// `for_each` over a deploy-time list on a data source.
#[cold]
pub(crate) fn data_source_loop(span: Span) -> Diagnostic {
    Diagnostic::error(Code("tf::for-each-unknown"), "a data source cannot repeat over a list only known at deployment")
        .with_label(span, "a parameter's value")
        .with_help("give the variable a value (--var or a tfvars file) or use --inline-variables")
}

/// A reference to a data source that cannot be converted.
#[cold]
pub(crate) fn unsupported_data_source_reference(span: Span, kind: &str, address: &str) -> Diagnostic {
    Diagnostic::error(
        Code("tf::unsupported-data-source"),
        format!("`{address}` reads existing infrastructure with `{kind}`, which CloudFormation cannot"),
    )
    .with_label(span, "no CloudFormation value")
    .with_help("pass the value in as a variable instead")
}

/// An attribute of a lookup data source that became a parameter of its own.
#[cold]
pub(crate) fn data_attribute_parameter(block: &Block, attribute: &str, parameter: &str) -> Diagnostic {
    Diagnostic::warning(
        Code("tf::data-source-parameter"),
        format!(
            "`{attribute}` of data source `{}.{}` becomes the parameter `{parameter}`",
            block.label(0),
            block.label(1)
        ),
    )
    .with_label(block.header_span(), "CloudFormation looks nothing up")
    .with_help(format!("give `{parameter}` its value when deploying the stack"))
}

/// A lookup data source that became a parameter whose value must be supplied at deployment.
#[cold]
pub(crate) fn data_source_parameter(block: &Block, address: &str, parameter: &str) -> Diagnostic {
    Diagnostic::warning(
        Code("tf::data-source-parameter"),
        format!(
            "data source `data.{address}` becomes parameter `{parameter}`: its value must be supplied at deployment"
        ),
    )
    .with_label(block.header_span(), "")
    .with_note("Terraform looks it up by its arguments; CloudFormation can only take it as a parameter")
}

/// `aws_ssm_parameter` with `with_decryption`: SecureString values cannot be parameters.
#[cold]
pub(crate) fn ssm_secure_string(attribute: &Attribute) -> Diagnostic {
    Diagnostic::warning(
        Code("tf::ssm-secure-string"),
        "a SecureString SSM parameter cannot be a CloudFormation parameter: deployment fails if it is one",
    )
    .with_label(attribute.span, "the parameter becomes AWS::SSM::Parameter::Value<String>")
    .with_help("for a secret, refer to it where it is used with a `{{resolve:ssm-secure:NAME}}` dynamic reference")
}

/// An argument of a lookup data source that must be known at conversion time.
#[cold]
pub(crate) fn data_argument_not_known(span: Span, name: &str, value: &Value) -> Diagnostic {
    Diagnostic::error(
        Code("tf::value-not-known"),
        format!("`{name}` must be a string known at conversion time, not {}", describe(value)),
    )
    .with_label(span, "it becomes the parameter's default")
}

/// An `aws_ami` data source that does not select a well-known image with a public SSM parameter.
#[cold]
pub(crate) fn ami_not_well_known(block: &Block, why: &str) -> Diagnostic {
    Diagnostic::error(Code("tf::ami-not-well-known"), format!("this image lookup has no CloudFormation form: {why}"))
        .with_label(block.header_span(), "")
        .with_help(
            "declare a variable for the image ID (it becomes a parameter), or filter by the name pattern of Amazon \
             Linux 2023/2 or Ubuntu 22.04/24.04 with their publisher as owner",
        )
}

/// A data source attribute with no CloudFormation value.
#[cold]
pub(crate) fn data_attribute_unavailable(span: Span, reference: &str, why: &str) -> Diagnostic {
    Diagnostic::error(Code("tf::no-cloudformation-form"), format!("`{reference}` has no CloudFormation form: {why}"))
        .with_label(span, "")
}

/// An attribute a data source does not have.
#[cold]
pub(crate) fn unknown_data_attribute(span: Span, address: &str, name: &str, known: &[&str]) -> Diagnostic {
    with_suggestion(
        Diagnostic::error(Code("tf::unknown-attribute"), format!("`data.{address}` has no attribute `{name}`"))
            .with_label(span, ""),
        suggestion(name, known.iter().copied()),
    )
}

/// Statements with the same `Sid`.
#[cold]
pub(crate) fn duplicate_sid(span: Span, sid: &str) -> Diagnostic {
    Diagnostic::error(Code("tf::duplicate-sid"), format!("two statements have the Sid `{sid}`")).with_label(span, "")
}

/// A policy effect other than Allow or Deny.
#[cold]
pub(crate) fn invalid_effect(span: Span, effect: &str) -> Diagnostic {
    Diagnostic::error(Code("tf::invalid-value"), format!("`{effect}` is not a policy effect"))
        .with_label(span, "")
        .with_help("use \"Allow\" or \"Deny\"")
}

/// Policy documents that are not a list.
#[cold]
pub(crate) fn policy_documents_not_list(span: Span, value: &Value) -> Diagnostic {
    Diagnostic::error(
        Code("tf::type-mismatch"),
        format!("a list of JSON policy documents is required, not {}", describe(value)),
    )
    .with_label(span, "")
}

/// A policy document that is not valid JSON.
#[cold]
pub(crate) fn invalid_policy_json(span: Span, why: &str) -> Diagnostic {
    Diagnostic::error(Code("tf::invalid-json"), format!("invalid policy document: {why}")).with_label(span, "")
}

/// A policy list only known at deployment.
#[cold]
pub(crate) fn policy_list_unknown(span: Span, name: &str, sym: &Sym) -> Diagnostic {
    Diagnostic::error(
        Code("tf::no-cloudformation-form"),
        format!(
            "`{name}` must be a list written in the configuration, not a list only known at deployment ({})",
            short(&sym.expr)
        ),
    )
    .with_label(span, "")
}

/// A policy argument of the wrong type.
#[cold]
pub(crate) fn policy_value_type(span: Span, name: &str, value: &Value) -> Diagnostic {
    Diagnostic::error(Code("tf::type-mismatch"), format!("`{name}` must be a list of strings, not {}", describe(value)))
        .with_label(span, "")
}

// ---------------------------------------------------------------------------------------------------
// Resources

/// A resource type the catalog does not know.
#[cold]
pub(crate) fn unknown_resource_type(block: &Block, kind: &str, known: &[&str]) -> Diagnostic {
    let span = block.labels.first().map_or(block.header_span(), |(_, span)| *span);
    if let Some(reason) = iac2cfn_catalog::unsupported::no_counterpart(kind) {
        return Diagnostic::error(
            Code("tf::unknown-resource-type"),
            format!("resource type `{kind}` has no CloudFormation counterpart"),
        )
        .with_label(span, "no CloudFormation resource does what this type does")
        .with_help(reason);
    }
    if !provider_types::exists(provider_types::Kind::Resource, kind) {
        return not_a_provider_type(span, provider_types::Kind::Resource, kind);
    }
    // Every type shares the `aws_` prefix, which would make any two names look alike.
    let wanted = kind.strip_prefix("aws_").unwrap_or(kind);
    let help = did_you_mean(wanted, known.iter().map(|k| k.strip_prefix("aws_").unwrap_or(k)))
        .map(|close| format!("did you mean `aws_{close}`?"));
    with_suggestion(
        Diagnostic::error(Code("tf::unknown-resource-type"), format!("resource type `{kind}` cannot be converted yet"))
            .with_label(span, "no CloudFormation mapping for this type"),
        help,
    )
}

/// A type name the AWS provider does not have: Terraform rejects the configuration.
#[cold]
pub(crate) fn not_a_provider_type(span: Span, kind: provider_types::Kind, name: &str) -> Diagnostic {
    let keyword = kind.keyword();
    let what = match kind {
        provider_types::Kind::Resource => "resource type",
        provider_types::Kind::Data => "data source",
        provider_types::Kind::Ephemeral => "ephemeral resource type",
    };
    let wanted = name.strip_prefix("aws_").unwrap_or(name);
    let close = did_you_mean(wanted, provider_types::names(kind).iter().map(|k| k.strip_prefix("aws_").unwrap_or(k)))
        .map(|close| format!("did you mean `aws_{close}`?"));
    with_suggestion(
        Diagnostic::error(
            Code("tf::invalid-resource-type"),
            format!("the AWS provider has no {what} `{name}` (hashicorp/aws {})", provider_types::provider_version()),
        )
        .with_label(span, format!("Terraform rejects this `{keyword}` block too"))
        .with_note("a misspelt name, or a type the provider removed or never had"),
        close,
    )
}

/// No mapping row matches the selector argument.
#[cold]
pub(crate) fn no_matching_row(block: &Block, kind: &str, selector: &str) -> Diagnostic {
    Diagnostic::error(
        Code("tf::invalid-value"),
        format!("`{kind}` needs `{selector}` set to a value known at conversion time that CloudFormation supports"),
    )
    .with_label(block.header_span(), "")
}

/// `count` and `for_each` together.
#[cold]
pub(crate) fn count_and_for_each(span: Span) -> Diagnostic {
    Diagnostic::error(Code("tf::invalid-meta-argument"), "`count` and `for_each` cannot both be set")
        .with_label(span, "")
}

/// `count`/`for_each` only known at deployment.
#[cold]
pub(crate) fn count_unknown(span: Span, sym: &Sym) -> Diagnostic {
    Diagnostic::error(
        Code("tf::value-not-known"),
        format!(
            "the number of instances must be known at conversion time, but this is only known at deployment ({})",
            short(&sym.expr)
        ),
    )
    .with_label(span, "")
    .with_help(
        "use values written in the configuration; `condition ? 1 : 0` on a variable becomes a CloudFormation condition",
    )
}

/// `count` that is not a whole number.
#[cold]
pub(crate) fn invalid_count(span: Span, value: &Value) -> Diagnostic {
    Diagnostic::error(
        Code("tf::invalid-meta-argument"),
        format!("`count` must be a whole number, not {}", describe(value)),
    )
    .with_label(span, "")
}

/// `for_each` that is not a map or a set of strings.
#[cold]
pub(crate) fn invalid_for_each(span: Span, value: &Value) -> Diagnostic {
    Diagnostic::error(
        Code("tf::invalid-meta-argument"),
        format!("`for_each` must be a map or a set of strings, not {}", describe(value)),
    )
    .with_label(span, "")
}

/// A dynamic block's iterator that is not a name.
#[cold]
pub(crate) fn invalid_iterator(span: Span) -> Diagnostic {
    Diagnostic::error(Code("tf::invalid-meta-argument"), "`iterator` must be a name").with_label(span, "")
}

/// `depends_on` that is not a list.
#[cold]
pub(crate) fn depends_on_not_list(span: Span) -> Diagnostic {
    Diagnostic::error(Code("tf::invalid-meta-argument"), "`depends_on` must be a list of references")
        .with_label(span, "")
}

/// A `depends_on` entry that is not a resource reference.
#[cold]
pub(crate) fn invalid_dependency(span: Span) -> Diagnostic {
    Diagnostic::error(Code("tf::invalid-meta-argument"), "a `depends_on` entry must refer to a resource or data source")
        .with_label(span, "")
        .with_help("write the address without quotes: depends_on = [aws_s3_bucket.logs]")
}

/// A dependency on a data source.
#[cold]
pub(crate) fn data_dependency(span: Span, address: &str) -> Diagnostic {
    Diagnostic::note(
        Code("tf::data-dependency"),
        format!(
            "the dependency on `data.{address}` is dropped: it becomes values CloudFormation knows before deployment"
        ),
    )
    .with_label(span, "")
}

/// A provider alias on a resource.
#[cold]
pub(crate) fn provider_alias(attribute: &Attribute) -> Diagnostic {
    Diagnostic::warning(Code("tf::provider-alias"), "the resource's provider configuration is not carried over")
        .with_label(attribute.span, "the resource is created in the stack's account and region")
        .with_help("deploy resources for another region or account in a stack of their own")
}

/// A lifecycle argument with no CloudFormation form.
#[cold]
pub(crate) fn lifecycle_ignored(attribute: &Attribute) -> Diagnostic {
    let why = match attribute.name.as_str() {
        "ignore_changes" => "CloudFormation applies every change to the template; it cannot ignore some",
        "create_before_destroy" => "CloudFormation decides the order of replacement itself",
        _ => "CloudFormation has no such setting",
    };
    Diagnostic::warning(
        Code("tf::lifecycle-ignored"),
        format!("`lifecycle {{ {} }}` is dropped: {why}", attribute.name),
    )
    .with_label(attribute.span, "")
}

/// A precondition or postcondition.
#[cold]
pub(crate) fn condition_block_ignored(block: &Block) -> Diagnostic {
    Diagnostic::warning(
        Code("tf::check-ignored"),
        format!("the `{}` block is not checked by CloudFormation", block.kind),
    )
    .with_label(block.kind_span, "dropped")
}

/// A provisioner or connection: dropped, since CloudFormation runs no commands on what it creates.
#[cold]
pub(crate) fn provisioner(block: &Block) -> Diagnostic {
    let (message, label) = match block.labels.first() {
        Some((kind, _)) if block.kind == "provisioner" => (
            format!("CloudFormation cannot run provisioners: the `{kind}` provisioner is dropped"),
            "the commands it runs are lost",
        ),
        _ => {
            (format!("the `{}` block is dropped: CloudFormation runs no provisioners to use it", block.kind), "dropped")
        }
    };
    Diagnostic::warning(Code("tf::provisioner"), message).with_label(block.header_span(), label).with_help(
        "run the commands from EC2 user data (`user_data`), or from a custom resource backed by a Lambda \
             function",
    )
}

/// A merged sub-resource without its link argument.
#[cold]
pub(crate) fn merge_link_missing(block: &Block, kind: &str, link: &str, parent: &str) -> Diagnostic {
    Diagnostic::error(Code("tf::merge-parent-missing"), format!("`{kind}` needs `{link}` to refer to an `{parent}`"))
        .with_label(block.header_span(), "")
}

/// A merged sub-resource whose link does not refer to a parent of this module; `maker` is the resource
/// whose attribute the link reads instead, when it reads one.
#[cold]
pub(crate) fn merge_parent_missing(
    attribute: &Attribute,
    kind: &str,
    link: &str,
    parent: &str,
    maker: Option<&str>,
) -> Diagnostic {
    match maker {
        Some(maker) => Diagnostic::error(
            Code("tf::merge-parent-missing"),
            format!(
                "`{kind}` becomes part of its `{parent}`, but `{link}` names one that `{maker}` makes, not an \
                 `{parent}` declared in this configuration"
            ),
        )
        .with_label(attribute.value_span, format!("an attribute of `{maker}`"))
        .with_help(format!(
            "CloudFormation sets `{kind}` only as properties of an `{parent}` the stack itself creates, so it \
             cannot configure one that `{maker}` makes; configure it outside the stack, or declare the `{parent}` \
             here and refer to it"
        )),
        None => Diagnostic::error(
            Code("tf::merge-parent-missing"),
            format!(
                "`{kind}` becomes part of its `{parent}`, so `{link}` must refer to an `{parent}` of this \
                 configuration"
            ),
        )
        .with_label(attribute.value_span, format!("not a reference to an `{parent}` declared here"))
        .with_help(format!("write `{link} = {parent}.NAME.id`")),
    }
}

/// A merged sub-resource whose value refers to the parent it becomes part of: the parent would refer to
/// itself, which CloudFormation rejects.
#[cold]
pub(crate) fn merged_self_reference(
    span: Span,
    kind: &str,
    parent_address: &str,
    parent_id: &str,
    cloudformation: &str,
) -> Diagnostic {
    Diagnostic::error(
        Code("tf::merged-self-reference"),
        format!(
            "`{kind}` becomes part of `{parent_address}` ({parent_id}, {cloudformation}), but this value refers to \
             `{parent_address}` itself"
        ),
    )
    .with_label(span, format!("refers to {parent_id}, which would then refer to itself"))
    .with_help(format!(
        "CloudFormation writes `{kind}` into the properties of {parent_id}, and a resource's properties cannot \
         use its own ID, ARN or other attributes; write the value without referring to `{parent_address}` (for \
         a resource policy attached to it, check whether the service lets the statement leave out `Resource`)"
    ))
}

/// A merged sub-resource whose link refers to a resource of another type than any parent its rows
/// merge into (a bucket's versioning linked to a directory bucket): CloudFormation has no place for it
/// on that resource.
#[cold]
pub(crate) fn merge_parent_unsupported(
    attribute: &Attribute,
    kind: &str,
    link: &str,
    found: &str,
    parents: &[&str],
) -> Diagnostic {
    let parents = parents.iter().map(|parent| format!("`{parent}`")).collect::<Vec<_>>().join(" or ");
    Diagnostic::error(
        Code("tf::merge-parent-missing"),
        format!("`{kind}` has no CloudFormation counterpart for a `{found}`: it only becomes part of an {parents}"),
    )
    .with_label(attribute.value_span, format!("`{link}` refers to a `{found}`"))
    .with_help(format!(
        "the CloudFormation type of `{found}` has no property for what `{kind}` sets; leave it out, or set it \
         after deployment"
    ))
}

/// Lifecycle settings on a merged sub-resource.
#[cold]
pub(crate) fn merged_lifecycle(block: &Block, kind: &str) -> Diagnostic {
    Diagnostic::warning(
        Code("tf::lifecycle-ignored"),
        format!("`prevent_destroy` on `{kind}` is dropped: it becomes part of its parent; set it on the parent"),
    )
    .with_label(block.header_span(), "")
}

/// A merged sub-resource setting a property its parent already sets.
#[cold]
pub(crate) fn merge_conflict(span: Span, property: &str, parent: &str) -> Diagnostic {
    Diagnostic::warning(
        Code("tf::merge-conflict"),
        format!("`{property}` of `{parent}` is set both by the resource and by this sub-resource; the sub-resource's value is used"),
    )
    .with_label(span, "")
    .with_help("set it in one place only")
}

// ---------------------------------------------------------------------------------------------------
// Other providers, and blocks with no CloudFormation form

/// The code of a reference to a block that `--skip-unsupported` left out.
pub(crate) const SKIPPED_REFERENCE: Code = Code("tf::skipped-reference");

/// How a provider is named in messages.
fn provider_phrase(provider: &str) -> String {
    if provider == "terraform" {
        "Terraform's built-in `terraform` provider".to_string()
    } else {
        format!("the `{provider}` provider")
    }
}

/// A resource or data source of a provider that is not converted: an error, or under
/// `--skip-unsupported` a warning that it is left out. `alternative` says what CloudFormation offers
/// instead, where something does.
#[cold]
pub(crate) fn unsupported_provider(
    span: Span,
    address: &str,
    provider: &str,
    alternative: Option<&str>,
    skipped: bool,
) -> Diagnostic {
    let belongs = format!("`{address}` belongs to {}, which has no CloudFormation form", provider_phrase(provider));
    if skipped {
        let diagnostic = Diagnostic::warning(Code("tf::unsupported-provider"), format!("{belongs}; it is skipped"))
            .with_label(span, "left out of the template (--skip-unsupported)");
        return match alternative {
            Some(alternative) => diagnostic.with_help(alternative),
            None => diagnostic,
        };
    }
    let skip = "pass --skip-unsupported to leave it out and convert the rest of the configuration";
    let help = match alternative {
        Some(alternative) => format!("{alternative}; or {skip}"),
        None => skip.to_string(),
    };
    Diagnostic::error(Code("tf::unsupported-provider"), belongs)
        .with_label(span, "only the aws and awscc providers are converted")
        .with_help(help)
}

/// An AWS `ephemeral` block: its values exist only during a Terraform run, which a stack does not
/// have. An error, or under `--skip-unsupported` a warning that it is left out. `alternative` says
/// what CloudFormation offers instead, where the catalog knows.
#[cold]
pub(crate) fn ephemeral_resource(span: Span, address: &str, alternative: Option<&str>, skipped: bool) -> Diagnostic {
    let why = format!(
        "`{address}` is an ephemeral resource: Terraform opens it during each run and never stores it, and a \
         CloudFormation stack has no such step"
    );
    let alternative = alternative.unwrap_or(
        "its values may only reach write-only arguments (`*_wo`) and provider settings; give the value to the \
         stack another way, such as a parameter or a dynamic reference (`{{resolve:...}}`)",
    );
    if skipped {
        return Diagnostic::warning(Code("tf::ephemeral-resource"), format!("{why}; it is skipped"))
            .with_label(span, "left out of the template (--skip-unsupported)")
            .with_help(alternative);
    }
    Diagnostic::error(Code("tf::ephemeral-resource"), why).with_label(span, "no CloudFormation form").with_help(
        format!("{alternative}; or pass --skip-unsupported to leave it out and convert the rest of the configuration"),
    )
}

/// A reference to a block that `--skip-unsupported` left out; `what` is the reference as written
/// (`random_password.db.result`) or `depends_on`, and none when it is the bare address. The block's
/// own warning says where it is.
#[cold]
pub(crate) fn skipped_reference(
    span: Span,
    what: Option<&str>,
    address: &str,
    alternative: Option<&str>,
) -> Diagnostic {
    let message = match what {
        Some(what) => format!("{what} refers to `{address}`, which was skipped (--skip-unsupported)"),
        None => format!("`{address}` was skipped (--skip-unsupported), so nothing converted can refer to it"),
    };
    Diagnostic::error(SKIPPED_REFERENCE, message)
        .with_label(span, "not in the template")
        .with_help(alternative.unwrap_or("give the value another way, such as a variable"))
}

/// A `moved` block: logical IDs follow the addresses in the configuration, which are the `to` ones.
#[cold]
pub(crate) fn moved_ignored(block: &Block, to: Option<(&str, Span)>, logical_id: Option<&str>) -> Diagnostic {
    let message = match (to, logical_id) {
        (Some((to, _)), Some(id)) => format!(
            "`moved` blocks have no CloudFormation form: logical IDs come from addresses, so `{to}` becomes `{id}`"
        ),
        (Some((to, _)), None) => {
            format!("`moved` blocks have no CloudFormation form: logical IDs come from addresses, here `{to}`")
        }
        (None, _) => "`moved` blocks have no CloudFormation form: logical IDs come from addresses".to_string(),
    };
    let span = to.map_or(block.kind_span, |(_, span)| span);
    Diagnostic::warning(Code("tf::block-ignored"), message)
        .with_label(span, "the logical ID follows this address")
        .with_note("Terraform moves the resource's state; CloudFormation replaces a deployed resource whose logical ID changes")
        .with_help("to rename the logical ID of a resource a deployed stack holds, use a stack refactor (`aws cloudformation create-stack-refactor`)")
}

/// An `import` block: the template cannot adopt an existing resource.
#[cold]
pub(crate) fn import_ignored(block: &Block, to: Option<&str>, logical_id: Option<&str>) -> Diagnostic {
    let label = match to {
        Some(to) => format!("the stack would create `{to}` anew"),
        None => "the stack would create the resource anew".to_string(),
    };
    let target = match logical_id {
        Some(id) => format!("logical ID `{id}`"),
        None => "the resource's logical ID".to_string(),
    };
    Diagnostic::warning(
        Code("tf::block-ignored"),
        "`import` blocks have no CloudFormation form: a template cannot adopt an existing resource",
    )
    .with_label(block.header_span(), label)
    .with_help(format!(
        "import the existing resource with a change set: `aws cloudformation create-change-set \
         --change-set-type IMPORT --resources-to-import ...` naming {target} and the resource's identifier; \
         a resource to import needs a DeletionPolicy in the template"
    ))
}

/// A top-level `check` block: its assertions are not evaluated.
#[cold]
pub(crate) fn check_ignored(block: &Block) -> Diagnostic {
    let name = block.labels.first().map_or(String::new(), |(name, _)| format!(" `{name}`"));
    Diagnostic::warning(
        Code("tf::block-ignored"),
        format!("the `check` block{name} is not evaluated: CloudFormation has no assertions"),
    )
    .with_label(block.header_span(), "dropped")
    .with_help("verify it after deployment, in the pipeline or with a CloudWatch alarm")
}

/// A `removed` block: the resource is simply absent from the template.
#[cold]
pub(crate) fn removed_ignored(block: &Block, from: Option<(&str, Span)>) -> Diagnostic {
    let (message, span) = match from {
        Some((from, span)) => (format!("the `removed` block is ignored: `{from}` is simply not in the template"), span),
        None => ("the `removed` block is ignored".to_string(), block.kind_span),
    };
    Diagnostic::warning(Code("tf::block-ignored"), message).with_label(span, "").with_help(
        "to take a resource out of a deployed stack without deleting it, set its DeletionPolicy to Retain and \
         update the stack before removing it from the template",
    )
}

/// Terraform's state settings (`backend`, `cloud`), reported once.
#[cold]
pub(crate) fn state_settings_ignored(block: &Block) -> Diagnostic {
    let what = match block.labels.first() {
        Some((label, _)) => format!("{} \"{label}\"", block.kind),
        None => block.kind.clone(),
    };
    Diagnostic::note(
        Code("tf::state-settings-ignored"),
        format!(
            "Terraform's state settings (`{what}`) have no meaning for CloudFormation: the stack holds its own state"
        ),
    )
    .with_label(block.header_span(), "ignored")
}

/// `required_providers` listing providers that are not converted.
#[cold]
pub(crate) fn other_required_providers(block: &Block, names: &[&str]) -> Diagnostic {
    let listed: Vec<String> = names.iter().map(|name| format!("`{name}`")).collect();
    Diagnostic::note(
        Code("tf::other-providers"),
        format!(
            "only the aws and awscc providers are converted; this configuration also requires {}",
            listed.join(", ")
        ),
    )
    .with_label(block.kind_span, "")
    .with_help(
        "their resources and data sources are reported where they are declared; --skip-unsupported leaves them out",
    )
}

// ---------------------------------------------------------------------------------------------------
// Outputs

/// An output whose value is null.
#[cold]
pub(crate) fn null_output(span: Span, name: &str) -> Diagnostic {
    Diagnostic::note(
        Code("tf::null-output"),
        format!("output `{name}` is null, so it is left out, as Terraform leaves it out"),
    )
    .with_label(span, "")
}

/// A list output joined into a string.
#[cold]
pub(crate) fn list_output(span: Span, name: &str) -> Diagnostic {
    Diagnostic::warning(Code("tf::list-output"), format!("output `{name}` is a list; it is joined with commas"))
        .with_label(span, "CloudFormation outputs are strings")
        .with_help("split it with Fn::Split where it is imported")
}

/// A structured output written as JSON.
#[cold]
pub(crate) fn structured_output(span: Span, name: &str) -> Diagnostic {
    Diagnostic::warning(
        Code("tf::structured-output"),
        format!("output `{name}` is a structure; it is written as JSON text"),
    )
    .with_label(span, "CloudFormation outputs are strings")
}

/// A sensitive output.
#[cold]
pub(crate) fn sensitive_output(attribute: &Attribute, name: &str) -> Diagnostic {
    Diagnostic::warning(
        Code("tf::sensitive-output"),
        format!(
            "output `{name}` is sensitive, but CloudFormation outputs are visible to anyone who can describe the stack"
        ),
    )
    .with_label(attribute.span, "not hidden in CloudFormation")
    .with_help("keep secrets in Secrets Manager or SSM and output their names")
}

/// `depends_on` on an output.
#[cold]
pub(crate) fn output_depends_on(attribute: &Attribute) -> Diagnostic {
    Diagnostic::warning(
        Code("tf::output-depends-on"),
        "`depends_on` on an output is dropped: outputs are read after the whole stack is created",
    )
    .with_label(attribute.span, "")
}

/// `--var` without `=`.
#[cold]
pub(crate) fn bad_var_assignment(span: Span) -> Diagnostic {
    Diagnostic::error(Code("tf::var-assignment"), "a variable value must be given as NAME=VALUE")
        .with_label(span, "no `=` here")
}

/// A block in a `.tfvars` file, which holds only attributes.
#[cold]
pub(crate) fn tfvars_block(span: Span) -> Diagnostic {
    Diagnostic::error(Code("tf::tfvars-block"), "a variable definitions file holds only `name = value` lines")
        .with_label(span, "blocks are not allowed here")
}

/// A value for a variable the module does not declare: an error on the command line, a warning in a
/// file (as Terraform does).
#[cold]
pub(crate) fn undeclared_variable_value(span: Span, name: &str, command_line: bool, declared: &[&str]) -> Diagnostic {
    let message = format!("a value is given for variable `{name}`, which the module does not declare");
    let diagnostic = if command_line {
        Diagnostic::error(Code("tf::undeclared-variable"), message)
    } else {
        Diagnostic::warning(Code("tf::undeclared-variable"), message)
    };
    let diagnostic = diagnostic.with_label(span, "");
    match did_you_mean(name, declared.iter().copied()) {
        Some(suggestion) => diagnostic.with_help(format!("did you mean `{suggestion}`?")),
        None => diagnostic,
    }
}

/// A variable inlined because an expression needs its value at conversion time.
#[cold]
pub(crate) fn variable_inlined_for(
    block: &Block,
    name: &str,
    value: &str,
    use_span: Span,
    expression: &str,
) -> Diagnostic {
    Diagnostic::warning(
        Code("tf::variable-inlined"),
        format!(
            "variable `{name}` is inlined as {value}: `{expression}` needs it at conversion time, and CloudFormation cannot compute it from a parameter"
        ),
    )
    .with_label(use_span, "needs the variable's value")
    .with_secondary(block.header_span(), "no parameter is made for it")
    .with_help("the template is fixed to this value; pass another with --var when converting")
}

/// `--inline-variables` on a variable that has no value.
#[cold]
pub(crate) fn variable_without_value(block: &Block, name: &str) -> Diagnostic {
    Diagnostic::error(Code("tf::variable-without-value"), format!("variable `{name}` has no value to inline"))
        .with_label(block.header_span(), "no default, and no value was given")
        .with_help(format!("give it a value with --var {name}=VALUE, --var-file, or a terraform.tfvars file"))
}

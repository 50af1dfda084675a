//! Every diagnostic the Pulumi frontend reports, each with a stable `pulumi::` code. Constructors are
//! `#[cold]`: they run only when something is wrong.

use iac2cfn_diagnostics::{Code, Diagnostic, Span};

/// The project file is missing.
pub const NO_PROJECT: Code = Code("pulumi::no-project");
/// A file could not be read.
pub const READ_FAILED: Code = Code("pulumi::read-failed");
/// The project is not a YAML program.
pub const UNSUPPORTED_RUNTIME: Code = Code("pulumi::unsupported-runtime");
/// The YAML is malformed.
pub const YAML_SYNTAX: Code = Code("pulumi::yaml-syntax");
/// A file holds more than one YAML document.
pub const MULTIPLE_DOCUMENTS: Code = Code("pulumi::multiple-documents");
/// Nesting deeper than the reader allows.
pub const YAML_TOO_DEEP: Code = Code("pulumi::yaml-too-deep");
/// More nodes (after alias expansion) than the reader allows.
pub const YAML_TOO_LARGE: Code = Code("pulumi::yaml-too-large");
/// An alias to an unknown or unfinished anchor.
pub const YAML_BAD_ALIAS: Code = Code("pulumi::yaml-bad-alias");
/// A YAML tag (`!Ref`) that Pulumi YAML does not use.
pub const YAML_TAG: Code = Code("pulumi::yaml-tag");
/// A mapping key written twice.
pub const DUPLICATE_KEY: Code = Code("pulumi::duplicate-key");
/// A mapping key that is a list or a map.
pub const COMPLEX_KEY: Code = Code("pulumi::complex-key");
/// A value of the wrong kind.
pub const TYPE_MISMATCH: Code = Code("pulumi::type-mismatch");
/// A key the program's format does not have.
pub const UNKNOWN_KEY: Code = Code("pulumi::unknown-key");
/// A name declared twice across config, variables and resources.
pub const DUPLICATE_NAME: Code = Code("pulumi::duplicate-name");
/// A configuration declaration CloudFormation cannot take as a parameter.
pub const CONFIG: Code = Code("pulumi::config");
/// Configuration of a provider, which CloudFormation has no form for.
pub const PROVIDER_CONFIG: Code = Code("pulumi::provider-config");
/// A malformed `${...}` interpolation.
pub const BAD_INTERPOLATION: Code = Code("pulumi::bad-interpolation");
/// A reference to a name that is not declared.
pub const UNKNOWN_NAME: Code = Code("pulumi::unknown-name");
/// A property a resource type does not have.
pub const UNKNOWN_PROPERTY: Code = Code("pulumi::unknown-property");
/// An output attribute a resource type does not have (or has no CloudFormation form for).
pub const UNKNOWN_ATTRIBUTE: Code = Code("pulumi::unknown-attribute");
/// A property access or index that the value does not have.
pub const BAD_ACCESS: Code = Code("pulumi::bad-access");
/// A built-in function that does not exist.
pub const UNKNOWN_FUNCTION: Code = Code("pulumi::unknown-function");
/// A built-in function called with the wrong arguments.
pub const FUNCTION_ARGUMENTS: Code = Code("pulumi::function-arguments");
/// A value needed at conversion time that is only known at deployment.
pub const NOT_KNOWN: Code = Code("pulumi::not-known");
/// Variables that refer to each other in a cycle.
pub const CYCLE: Code = Code("pulumi::cycle");
/// A resource type token nobody knows.
pub const UNKNOWN_RESOURCE_TYPE: Code = Code("pulumi::unknown-resource-type");
/// A resource type that has no CloudFormation form (yet).
pub const UNSUPPORTED_RESOURCE_TYPE: Code = Code("pulumi::unsupported-resource-type");
/// A provider resource, which CloudFormation has no form for.
pub const PROVIDER_RESOURCE: Code = Code("pulumi::provider-resource");
/// A resource option CloudFormation has no form for.
pub const RESOURCE_OPTION: Code = Code("pulumi::resource-option");
/// A resource option Pulumi does not have.
pub const UNKNOWN_OPTION: Code = Code("pulumi::unknown-option");
/// `import`: the resource exists and must be imported into the stack.
pub const IMPORT: Code = Code("pulumi::import");
/// `protect`: kept on deletion, but not refused.
pub const PROTECT: Code = Code("pulumi::protect");
/// A lookup (invoke) that becomes a template parameter.
pub const INVOKE_PARAMETER: Code = Code("pulumi::invoke-parameter");
/// An invoke with no CloudFormation form.
pub const UNSUPPORTED_INVOKE: Code = Code("pulumi::unsupported-invoke");
/// An invoke argument CloudFormation's equivalent cannot express.
pub const INVOKE_ARGUMENT: Code = Code("pulumi::invoke-argument");
/// An asset or archive, which needs an upload.
pub const ASSET: Code = Code("pulumi::asset");
/// A literal marked secret, which the template shows in plain text.
pub const SECRET_LITERAL: Code = Code("pulumi::secret-literal");
/// A sub-resource whose parent is not in the program.
pub const MERGE_TARGET: Code = Code("pulumi::merge-target");
/// A sub-resource merged into its parent refers to that parent, which cannot refer to itself.
pub const MERGED_SELF_REFERENCE: Code = Code("pulumi::merged-self-reference");
/// A resource read with `get`, which becomes a parameter.
pub const GET_RESOURCE: Code = Code("pulumi::get-resource");
/// A reference to another stack's outputs.
pub const STACK_REFERENCE: Code = Code("pulumi::stack-reference");
/// A required name filled in the way Pulumi's autonaming would.
pub const AUTONAMED: Code = Code("pulumi::autonamed");
/// Values that refer to values more deeply than the converter follows.
pub const TOO_DEEP: Code = Code("pulumi::too-deep");
/// An output that shows a secret.
pub const SECRET_OUTPUT: Code = Code("pulumi::secret-output");
/// A file outside the project.
pub const OUTSIDE_PROJECT: Code = Code("pulumi::outside-project");
/// A Pulumi value with no exact CloudFormation form, converted approximately.
pub const APPROXIMATED: Code = Code("pulumi::approximated");

#[cold]
pub fn no_project(shown: &str) -> Diagnostic {
    Diagnostic::error(NO_PROJECT, format!("`{shown}` holds no Pulumi.yaml"))
        .with_help("point iac2cfn at a Pulumi YAML project: a folder with a Pulumi.yaml, or the Pulumi.yaml itself")
}

#[cold]
pub fn read_failed(shown: &str, error: &std::io::Error, span: Span) -> Diagnostic {
    Diagnostic::error(READ_FAILED, format!("cannot read `{shown}`: {error}")).with_label(span, "needed here")
}

#[cold]
pub fn unsupported_runtime(span: Span, runtime: &str) -> Diagnostic {
    Diagnostic::error(UNSUPPORTED_RUNTIME, format!("the `{runtime}` runtime is not Pulumi YAML"))
        .with_label(span, "only `runtime: yaml` programs can be converted")
        .with_help("convert a Pulumi YAML program; programs in general-purpose languages can be exported with `pulumi convert --language yaml` first")
}

#[cold]
pub fn yaml_syntax(span: Span, info: &str) -> Diagnostic {
    Diagnostic::error(YAML_SYNTAX, format!("invalid YAML: {info}")).with_label(span, "here")
}

#[cold]
pub fn multiple_documents(span: Span) -> Diagnostic {
    Diagnostic::error(MULTIPLE_DOCUMENTS, "a Pulumi YAML file holds one YAML document")
        .with_label(span, "a second document starts here")
        .with_help("remove the `---` and merge the documents into one")
}

#[cold]
pub fn yaml_too_deep(span: Span, limit: usize) -> Diagnostic {
    Diagnostic::error(YAML_TOO_DEEP, format!("the YAML nests more than {limit} levels deep"))
        .with_label(span, "the limit is reached here")
        .with_help("no Pulumi program nests this deep; check that the file is the program you meant")
}

#[cold]
pub fn yaml_too_large(span: Span, limit: usize) -> Diagnostic {
    Diagnostic::error(YAML_TOO_LARGE, format!("the YAML expands to more than {limit} values"))
        .with_label(span, "the limit is reached here")
        .with_help(
            "aliases (`*name`) copy their anchor's whole value each time; a file that multiplies them is refused",
        )
}

#[cold]
pub fn yaml_bad_alias(span: Span) -> Diagnostic {
    Diagnostic::error(YAML_BAD_ALIAS, "this alias refers to no finished anchor")
        .with_label(span, "alias")
        .with_help("an alias (`*name`) can only repeat a value anchored (`&name`) and completed before it")
}

#[cold]
pub fn yaml_tag(span: Span, tag: &str) -> Diagnostic {
    Diagnostic::error(YAML_TAG, format!("the YAML tag `{tag}` has no meaning in Pulumi YAML"))
        .with_label(span, "tagged value")
        .with_help("write references as `${resource.property}` and functions as `fn::name:` keys")
}

#[cold]
pub fn duplicate_key(span: Span, first: Span, key: &str) -> Diagnostic {
    Diagnostic::error(DUPLICATE_KEY, format!("the key `{key}` is written twice"))
        .with_label(span, "written again here")
        .with_secondary(first, "first written here")
        .with_help("remove one of them")
}

#[cold]
pub fn complex_key(span: Span) -> Diagnostic {
    Diagnostic::error(COMPLEX_KEY, "a mapping key must be a string").with_label(span, "a list or map used as a key")
}

#[cold]
pub fn type_mismatch(span: Span, what: &str, expected: &str, found: &str) -> Diagnostic {
    Diagnostic::error(TYPE_MISMATCH, format!("{what} must be {expected}, not {found}"))
        .with_label(span, format!("this is {found}"))
}

#[cold]
pub fn unknown_key(span: Span, key: &str, place: &str, suggestion: Option<&str>, error: bool) -> Diagnostic {
    let message = format!("unknown key `{key}` in {place}");
    let diagnostic = if error {
        Diagnostic::error(UNKNOWN_KEY, message)
    } else {
        Diagnostic::warning(UNKNOWN_KEY, message).with_note("it is left out of the conversion")
    };
    let diagnostic = diagnostic.with_label(span, format!("not a key of {place}"));
    match suggestion {
        Some(suggestion) => diagnostic.with_help(format!("did you mean `{suggestion}`?")),
        None => diagnostic,
    }
}

#[cold]
pub fn duplicate_name(span: Span, first: Span, name: &str) -> Diagnostic {
    Diagnostic::error(DUPLICATE_NAME, format!("`{name}` is declared twice"))
        .with_label(span, "declared again here")
        .with_secondary(first, "first declared here")
        .with_help("config keys, variables and resources share one namespace; rename one of them")
}

#[cold]
pub fn config(span: Span, message: impl Into<String>, help: &str) -> Diagnostic {
    Diagnostic::error(CONFIG, message).with_label(span, "").with_help(help)
}

#[cold]
pub fn provider_config(span: Span, key: &str) -> Diagnostic {
    let help = if key.ends_with(":region") {
        "a CloudFormation stack is created in the region you deploy it to; choose the region when you create the stack"
    } else {
        "set the equivalent when you deploy the stack (its region, account and credentials), or on each resource"
    };
    Diagnostic::warning(PROVIDER_CONFIG, format!("provider configuration `{key}` has no CloudFormation form"))
        .with_label(span, "left out")
        .with_help(help)
}

#[cold]
pub fn bad_interpolation(span: Span, problem: &str) -> Diagnostic {
    Diagnostic::error(BAD_INTERPOLATION, format!("invalid interpolation: {problem}"))
        .with_label(span, "here")
        .with_help(
        "write `${name}`, `${name.property}`, `${name.list[0]}` or `${name[\"key\"]}`; write `$$` for a literal `$`",
    )
}

#[cold]
pub fn unknown_name(span: Span, name: &str, suggestion: Option<&str>) -> Diagnostic {
    let diagnostic = Diagnostic::error(UNKNOWN_NAME, format!("`{name}` is not declared"))
        .with_label(span, "not a config key, variable or resource of this program");
    match suggestion {
        Some(suggestion) => diagnostic.with_help(format!("did you mean `{suggestion}`?")),
        None => diagnostic.with_help("declare it under `config`, `variables` or `resources`"),
    }
}

#[cold]
pub fn unknown_property(span: Span, property: &str, owner: &str, suggestion: Option<&str>) -> Diagnostic {
    let diagnostic = Diagnostic::error(UNKNOWN_PROPERTY, format!("`{property}` is not a property of {owner}"))
        .with_label(span, "unknown property");
    match suggestion {
        Some(suggestion) => diagnostic.with_help(format!("did you mean `{suggestion}`?")),
        None => diagnostic.with_help(format!("see the properties of {owner} in the provider's documentation")),
    }
}

#[cold]
pub fn unknown_attribute(span: Span, attribute: &str, owner: &str, suggestion: Option<&str>) -> Diagnostic {
    let diagnostic = Diagnostic::error(
        UNKNOWN_ATTRIBUTE,
        format!("`{attribute}` is not an output of {owner} that CloudFormation returns"),
    )
    .with_label(span, "unknown output");
    match suggestion {
        Some(suggestion) => diagnostic.with_help(format!("did you mean `{suggestion}`?")),
        None => diagnostic
            .with_help("refer to an output CloudFormation returns (`id`, `arn`, ...), or set the value yourself"),
    }
}

#[cold]
pub fn bad_access(span: Span, message: impl Into<String>, help: &str) -> Diagnostic {
    Diagnostic::error(BAD_ACCESS, message).with_label(span, "").with_help(help)
}

#[cold]
pub fn unknown_function(span: Span, name: &str, suggestion: Option<&str>) -> Diagnostic {
    let diagnostic = Diagnostic::error(UNKNOWN_FUNCTION, format!("`{name}` is not a Pulumi YAML built-in function"))
        .with_label(span, "unknown function");
    match suggestion {
        Some(suggestion) => diagnostic.with_help(format!("did you mean `{suggestion}`?")),
        None => diagnostic.with_help("call a provider function with `fn::invoke`"),
    }
}

#[cold]
pub fn function_arguments(span: Span, function: &str, expected: &str) -> Diagnostic {
    Diagnostic::error(FUNCTION_ARGUMENTS, format!("`{function}` takes {expected}")).with_label(span, "these arguments")
}

#[cold]
pub fn not_known(span: Span, what: &str, help: &str) -> Diagnostic {
    Diagnostic::error(NOT_KNOWN, format!("{what} must be known when the program is converted"))
        .with_label(span, "only known at deployment")
        .with_help(help)
}

#[cold]
pub fn cycle(span: Span, path: &str) -> Diagnostic {
    Diagnostic::error(CYCLE, format!("these values refer to each other in a cycle: {path}"))
        .with_label(span, "the cycle closes here")
        .with_help("break the cycle: a value cannot depend on itself")
}

#[cold]
pub fn unknown_resource_type(span: Span, token: &str, suggestion: Option<&str>) -> Diagnostic {
    let diagnostic = Diagnostic::error(UNKNOWN_RESOURCE_TYPE, format!("unknown resource type `{token}`"))
        .with_label(span, "not a resource type of the aws or aws-native package");
    match suggestion {
        Some(suggestion) => diagnostic.with_help(format!("did you mean `{suggestion}`?")),
        None => diagnostic.with_help("write a type token such as `aws:s3:Bucket` or `aws-native:s3:Bucket`"),
    }
}

#[cold]
pub fn unsupported_resource_type(span: Span, token: &str, why: &str, help: &str) -> Diagnostic {
    Diagnostic::error(UNSUPPORTED_RESOURCE_TYPE, format!("`{token}` cannot be converted: {why}"))
        .with_label(span, "this resource type")
        .with_help(help)
}

#[cold]
pub fn provider_resource(span: Span, token: &str) -> Diagnostic {
    Diagnostic::warning(PROVIDER_RESOURCE, format!("the provider resource `{token}` has no CloudFormation form"))
        .with_label(span, "left out")
        .with_help("a stack deploys into one account and region; resources that used this provider use the stack's")
}

#[cold]
pub fn resource_option(span: Span, option: &str, help: &str) -> Diagnostic {
    Diagnostic::warning(RESOURCE_OPTION, format!("the resource option `{option}` has no CloudFormation form"))
        .with_label(span, "left out")
        .with_help(help)
}

#[cold]
pub fn unknown_option(span: Span, option: &str, suggestion: Option<&str>) -> Diagnostic {
    let diagnostic = Diagnostic::error(UNKNOWN_OPTION, format!("`{option}` is not a resource option"))
        .with_label(span, "unknown option");
    match suggestion {
        Some(suggestion) => diagnostic.with_help(format!("did you mean `{suggestion}`?")),
        None => diagnostic,
    }
}

#[cold]
pub fn import(span: Span, logical_id: &str, identifier: &str) -> Diagnostic {
    Diagnostic::warning(IMPORT, format!("`{logical_id}` already exists and must be imported into the stack"))
        .with_label(span, "imported by Pulumi")
        .with_help(format!(
            "create the stack with an IMPORT change set naming {logical_id} with identifier `{identifier}`; it has DeletionPolicy Retain, which an import requires"
        ))
}

#[cold]
pub fn protect(span: Span) -> Diagnostic {
    Diagnostic::note(PROTECT, "`protect` becomes DeletionPolicy and UpdateReplacePolicy Retain")
        .with_label(span, "protected")
        .with_help("CloudFormation keeps the resource when it leaves the stack instead of refusing the deletion; use a stack policy or termination protection to refuse it")
}

#[cold]
pub fn invoke_parameter(span: Span, function: &str, parameter: &str) -> Diagnostic {
    Diagnostic::warning(
        INVOKE_PARAMETER,
        format!("`{function}` is looked up by Pulumi at deployment; the template takes its result as parameter `{parameter}`"),
    )
    .with_label(span, "this lookup")
    .with_help(format!("give `{parameter}` a value when you create the stack (the value the lookup finds today)"))
}

#[cold]
pub fn unsupported_invoke(span: Span, function: &str, help: &str) -> Diagnostic {
    Diagnostic::error(UNSUPPORTED_INVOKE, format!("`{function}` has no CloudFormation form"))
        .with_label(span, "this call")
        .with_help(help)
}

#[cold]
pub fn invoke_argument(span: Span, function: &str, argument: &str, why: &str) -> Diagnostic {
    Diagnostic::warning(INVOKE_ARGUMENT, format!("argument `{argument}` of `{function}` is left out: {why}"))
        .with_label(span, "left out")
}

#[cold]
pub fn asset(span: Span, function: &str, help: &str) -> Diagnostic {
    Diagnostic::error(ASSET, format!("`{function}` needs an upload that CloudFormation does not do"))
        .with_label(span, "this asset")
        .with_help(help)
}

#[cold]
pub fn secret_literal(span: Span) -> Diagnostic {
    Diagnostic::warning(SECRET_LITERAL, "this secret is written in the template in plain text")
        .with_label(span, "secret value")
        .with_help("declare it as `config` with `secret: true` (a NoEcho parameter), or keep it in Secrets Manager and use a dynamic reference")
}

#[cold]
pub fn merge_target(span: Span, token: &str, parent: &str) -> Diagnostic {
    Diagnostic::error(MERGE_TARGET, format!("`{token}` must configure an `{parent}` of this program"))
        .with_label(span, "not a resource of this program")
        .with_help(format!(
            "CloudFormation sets this on the `{parent}` resource itself; refer to one with `${{name.id}}`, or configure the existing resource outside the stack"
        ))
}

/// A merged sub-resource whose properties refer to the resource it becomes part of.
#[cold]
pub fn merged_self_reference(span: Span, token: &str, parent_id: &str) -> Diagnostic {
    Diagnostic::error(
        MERGED_SELF_REFERENCE,
        format!("`{token}` becomes part of {parent_id}, but its properties refer to {parent_id} itself"),
    )
    .with_label(span, format!("{parent_id} would refer to itself"))
    .with_help(format!(
        "CloudFormation writes these properties into {parent_id}, and a resource's properties cannot use its own ID, ARN or other attributes; write them without referring to the parent"
    ))
}

#[cold]
pub fn get_resource(span: Span, parameter: &str) -> Diagnostic {
    Diagnostic::warning(
        GET_RESOURCE,
        format!("this resource is read, not created; the template takes its ID as parameter `{parameter}`"),
    )
    .with_label(span, "read with `get`")
    .with_help(format!("give `{parameter}` the resource's ID when you create the stack"))
}

#[cold]
pub fn stack_reference(span: Span) -> Diagnostic {
    Diagnostic::error(STACK_REFERENCE, "another Pulumi stack's outputs are not reachable from CloudFormation")
        .with_label(span, "stack reference")
        .with_help("export the value from the other stack (as a CloudFormation export) and read it with Fn::ImportValue, or pass it as config")
}

#[cold]
pub fn approximated(span: Span, message: impl Into<String>, help: &str) -> Diagnostic {
    Diagnostic::warning(APPROXIMATED, message).with_label(span, "").with_help(help)
}

#[cold]
pub fn autonamed(span: Span, name: &str, property: &str) -> Diagnostic {
    Diagnostic::note(AUTONAMED, format!("`{property}` is set to `{name}`, the resource's name"))
        .with_label(span, "named after this resource")
        .with_help("Pulumi would add a random suffix to the name; set `name` to choose it yourself")
}

#[cold]
pub fn read_only_property(span: Span, property: &str, owner: &str) -> Diagnostic {
    Diagnostic::error(UNKNOWN_PROPERTY, format!("`{property}` of {owner} is an output, which CloudFormation sets"))
        .with_label(span, "not an input")
        .with_help(format!("remove it; other resources can refer to it as `${{name.{property}}}`"))
}

#[cold]
pub fn invoke_ssm_parameter(span: Span, function: &str, parameter: &str, name: &str) -> Diagnostic {
    Diagnostic::warning(
        INVOKE_PARAMETER,
        format!("`{function}` becomes parameter `{parameter}`, read from SSM parameter `{name}` at deployment"),
    )
    .with_label(span, "this lookup")
    .with_help(
        "AWS keeps the public parameter pointing at the latest image of the family the lookup's filters name; CloudFormation reads it on each deployment, as Pulumi looked the image up; check it is the family you meant",
    )
}

#[cold]
pub fn outside_project(span: Span, path: &str) -> Diagnostic {
    Diagnostic::error(OUTSIDE_PROJECT, format!("`{path}` is outside the project"))
        .with_label(span, "read here")
        .with_help("fn::readFile reads files of the project; copy the file into the project directory")
}

#[cold]
pub fn too_deep(span: Span, limit: usize) -> Diagnostic {
    Diagnostic::error(TOO_DEEP, format!("values refer to values more than {limit} levels deep"))
        .with_label(span, "the limit is reached here")
        .with_help("shorten the chain of variables that refer to each other")
}

#[cold]
pub fn secret_output(span: Span, parameter: &str) -> Diagnostic {
    Diagnostic::warning(SECRET_OUTPUT, format!("this output shows the secret parameter `{parameter}` in plain text"))
        .with_label(span, "output")
        .with_help("Pulumi keeps secret outputs encrypted; CloudFormation shows outputs to anyone who can describe the stack, so remove the output or keep the value in Secrets Manager")
}

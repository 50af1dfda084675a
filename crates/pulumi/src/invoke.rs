//! `fn::invoke` (and the `fn::pkg:mod:fn` shorthand): provider functions. Those CloudFormation can
//! answer itself become pseudo parameters and intrinsics (`aws:getRegion` is `AWS::Region`,
//! `aws:getAvailabilityZones` is `Fn::GetAZs`, `aws:iam:getPolicyDocument` is the document); lookups
//! of existing infrastructure become typed parameters, with a warning.

use crate::convert::Converter;
use crate::diagnostics as diag;
use crate::eval::function_call;
use crate::names::pascal_case;
use crate::yaml::Node;
use iac2cfn_diagnostics::{did_you_mean, Span};
use iac2cfn_ir::{pseudo, Expr, IndexMap, Parameter, ParameterType};

/// A parsed invoke.
#[derive(Debug, Clone)]
pub(crate) struct InvokeCall {
    /// The function token as written.
    pub function: String,
    /// Where the token is.
    pub function_span: Span,
    /// `arguments`.
    pub arguments: Option<Node>,
    /// `return`.
    pub ret: Option<(String, Span)>,
    /// `options`.
    pub options: Option<Node>,
    /// The whole call.
    pub span: Span,
}

/// Lookups whose results become parameters: the function and, per result field, the parameter type.
/// The first field is the one the parameter is named after alone.
const LOOKUPS: &[(&str, &[(&str, &str)])] = &[
    ("aws:ec2:getAmi", &[("id", "AWS::EC2::Image::Id"), ("imageId", "AWS::EC2::Image::Id")]),
    ("aws:ec2:getVpc", &[("id", "AWS::EC2::VPC::Id")]),
    (
        "aws:ec2:getSubnet",
        &[
            ("id", "AWS::EC2::Subnet::Id"),
            ("vpcId", "AWS::EC2::VPC::Id"),
            ("availabilityZone", "AWS::EC2::AvailabilityZone::Name"),
        ],
    ),
    ("aws:ec2:getSubnets", &[("ids", "List<AWS::EC2::Subnet::Id>")]),
    ("aws:ec2:getSubnetIds", &[("ids", "List<AWS::EC2::Subnet::Id>")]),
    ("aws:ec2:getSecurityGroup", &[("id", "AWS::EC2::SecurityGroup::Id"), ("vpcId", "AWS::EC2::VPC::Id")]),
    ("aws:ec2:getSecurityGroups", &[("ids", "List<AWS::EC2::SecurityGroup::Id>")]),
    ("aws:ec2:getKeyPair", &[("keyName", "AWS::EC2::KeyPair::KeyName")]),
    ("aws:route53:getZone", &[("zoneId", "AWS::Route53::HostedZone::Id"), ("id", "AWS::Route53::HostedZone::Id")]),
    (
        "aws:ssm:getParameter",
        &[("value", "AWS::SSM::Parameter::Value<String>"), ("insecureValue", "AWS::SSM::Parameter::Value<String>")],
    ),
];

/// Public SSM parameters that always hold the latest image of well-known AMI families: a name filter
/// pattern's distinguishing parts -> the parameter.
const PUBLIC_AMIS: &[(&[&str], &str)] = &[
    (&["al2023-ami", "arm64"], "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-arm64"),
    (&["al2023-ami"], "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64"),
    (&["amzn2-ami-hvm", "arm64"], "/aws/service/ami-amazon-linux-latest/amzn2-ami-hvm-arm64-gp2"),
    (&["amzn2-ami-hvm"], "/aws/service/ami-amazon-linux-latest/amzn2-ami-hvm-x86_64-gp2"),
    (
        &["ubuntu-noble-24.04-arm64"],
        "/aws/service/canonical/ubuntu/server/24.04/stable/current/arm64/hvm/ebs-gp3/ami-id",
    ),
    (&["ubuntu-noble-24.04"], "/aws/service/canonical/ubuntu/server/24.04/stable/current/amd64/hvm/ebs-gp3/ami-id"),
    (
        &["ubuntu-jammy-22.04-arm64"],
        "/aws/service/canonical/ubuntu/server/22.04/stable/current/arm64/hvm/ebs-gp2/ami-id",
    ),
    (&["ubuntu-jammy-22.04"], "/aws/service/canonical/ubuntu/server/22.04/stable/current/amd64/hvm/ebs-gp2/ami-id"),
];

impl Converter<'_> {
    /// The invoke a node is, if it is one (no diagnostics).
    pub(crate) fn invoke_call(&self, node: &Node) -> Option<InvokeCall> {
        let (key, args) = function_call(node)?;
        let name = key.key();
        if name.eq_ignore_ascii_case("fn::invoke") {
            let fields = args.as_map()?;
            let field =
                |wanted: &str| fields.iter().find(|(k, _)| k.key().eq_ignore_ascii_case(wanted)).map(|(_, v)| v);
            let function = field("function")?;
            Some(InvokeCall {
                function: function.as_str()?.to_string(),
                function_span: function.span,
                arguments: field("arguments").cloned(),
                ret: field("return").and_then(|r| r.as_str().map(|text| (text.to_string(), r.span))),
                options: field("options").cloned(),
                span: node.span,
            })
        } else if name[4..].contains(':') {
            Some(InvokeCall {
                function: name[4..].to_string(),
                function_span: key.span,
                arguments: Some(args.clone()),
                ret: None,
                options: None,
                span: node.span,
            })
        } else {
            None
        }
    }

    /// Evaluates an invoke node. `field` is the result field asked for (else the call's `return`);
    /// `binding` the variable it is assigned to, for naming parameters. With `validate_only`, a lookup
    /// asked for its whole result is checked but not reported as needing a field.
    pub(crate) fn eval_invoke_node(
        &mut self,
        node: &Node,
        field: Option<(String, Span)>,
        binding: Option<&str>,
        validate_only: bool,
    ) -> Option<Expr> {
        let Some(call) = self.invoke_call(node) else {
            let span = function_call(node).map_or(node.span, |(_, args)| args.span);
            self.report(diag::function_arguments(
                span,
                "fn::invoke",
                "an object with a string `function`, and optionally `arguments` (an object) and `return` (a string)",
            ));
            return None;
        };
        let field = field.or_else(|| call.ret.clone());
        let key = (call.span, field.as_ref().map(|(name, _)| name.clone()));
        if validate_only {
            return self.invoke(&call, field, binding, validate_only);
        }
        if let Some(value) = self.invokes.get(&key) {
            return value.clone();
        }
        let value = self.invoke(&call, field, binding, validate_only);
        self.invokes.insert(key, value.clone());
        value
    }

    fn invoke(
        &mut self,
        call: &InvokeCall,
        field: Option<(String, Span)>,
        binding: Option<&str>,
        validate_only: bool,
    ) -> Option<Expr> {
        let mut token = iac2cfn_catalog::pulumi::short_token(&call.function).unwrap_or_else(|| call.function.clone());
        // Older programs name module functions in the root module (`aws:index/getAmi:getAmi`).
        if let Some(member) = token.strip_prefix("aws:").filter(|member| !member.contains(':')) {
            if let Some((known, _)) = LOOKUPS.iter().find(|(known, _)| known.rsplit(':').next() == Some(member)) {
                token = (*known).to_string();
            }
        }
        let arguments = match &call.arguments {
            Some(node) => match self.eval(node)? {
                Expr::Map(map) => map,
                Expr::Null => IndexMap::new(),
                other => {
                    self.report(diag::type_mismatch(
                        node.span,
                        "the arguments of an invoke",
                        "an object",
                        crate::eval::literal_kind(&other),
                    ));
                    return None;
                }
            },
            None => IndexMap::new(),
        };
        if let Some(options) = call.options.as_ref().and_then(Node::as_map) {
            for (key, _) in options {
                self.report(diag::resource_option(
                    key.span,
                    key.key(),
                    "the function is answered by CloudFormation in the stack's account and region",
                ));
            }
        }
        let arguments_span = call.arguments.as_ref().map_or(call.span, |node| node.span);
        let result = match token.as_str() {
            "aws:getCallerIdentity" => {
                let account = Expr::reference(pseudo::ACCOUNT_ID);
                fields([("accountId", account.clone()), ("id", account)])
            }
            "aws:getRegion" => {
                let region = match arguments.get("name").or_else(|| arguments.get("region")) {
                    Some(Expr::String(name)) => Expr::String(name.clone()),
                    _ => Expr::reference(pseudo::REGION),
                };
                fields([("name", region.clone()), ("region", region.clone()), ("id", region)])
            }
            "aws:getPartition" => {
                let partition = Expr::reference(pseudo::PARTITION);
                fields([
                    ("partition", partition.clone()),
                    ("id", partition),
                    ("dnsSuffix", Expr::reference(pseudo::URL_SUFFIX)),
                ])
            }
            "aws:getAvailabilityZones" => {
                for (name, value) in &arguments {
                    let harmless = name == "state" && *value == Expr::string("available");
                    if !harmless {
                        self.report(diag::invoke_argument(
                            arguments_span,
                            &token,
                            name,
                            "Fn::GetAZs lists the region's available zones and takes no filters",
                        ));
                    }
                }
                fields([("names", Expr::GetAzs(Box::new(Expr::string("")))), ("id", Expr::reference(pseudo::REGION))])
            }
            "aws:iam:getPolicyDocument" => {
                let document = self.policy_document(&arguments, arguments_span)?;
                let json = Expr::ToJsonString(Box::new(document));
                fields([("json", json.clone()), ("minifiedJson", json)])
            }
            _ if token.starts_with("aws:") => {
                return self.lookup_parameter(call, &token, &arguments, field, binding, validate_only);
            }
            _ => {
                self.report(diag::unsupported_invoke(
                    call.function_span,
                    &call.function,
                    "only functions of the `aws` package have CloudFormation forms; compute the value before conversion and pass it as config",
                ));
                return None;
            }
        };
        let Expr::Map(mut result) = result else { return None };
        match field {
            None => Some(Expr::Map(result)),
            Some((name, span)) => match result.shift_remove(&name) {
                Some(value) => Some(value),
                None => {
                    let suggestion = did_you_mean(&name, result.keys().map(String::as_str)).map(str::to_string);
                    let owner = format!("the result of `{token}`");
                    let mut diagnostic = diag::unknown_attribute(span, &name, &owner, suggestion.as_deref());
                    if suggestion.is_none() {
                        let known: Vec<String> = result.keys().map(|k| format!("`{k}`")).collect();
                        diagnostic = diagnostic.with_help(format!("CloudFormation knows {} of it", known.join(", ")));
                    }
                    self.report(diagnostic);
                    None
                }
            },
        }
    }

    /// A lookup of existing infrastructure: a parameter per field used.
    fn lookup_parameter(
        &mut self,
        call: &InvokeCall,
        token: &str,
        arguments: &IndexMap<String, Expr>,
        field: Option<(String, Span)>,
        binding: Option<&str>,
        validate_only: bool,
    ) -> Option<Expr> {
        let known = LOOKUPS.iter().find(|(function, _)| *function == token).map(|(_, fields)| *fields);
        let Some((field, field_span)) = field else {
            if !validate_only {
                self.report(diag::bad_access(
                    call.span,
                    format!("the whole result of `{token}` has no CloudFormation form"),
                    "use one field of it, such as `${lookup.id}`, or give the invoke a `return`",
                ));
            }
            return None;
        };
        let member = token.rsplit(':').next().unwrap_or(token);
        let base = match binding {
            Some(binding) => pascal_case(binding, "Lookup"),
            None => pascal_case(member.strip_prefix("get").unwrap_or(member), "Lookup"),
        };
        let primary = known.and_then(|fields| fields.first()).map_or("id", |(name, _)| *name);
        let wanted =
            if field == primary || field == "id" { base } else { format!("{base}{}", pascal_case(&field, "")) };
        let parameter_type = known
            .and_then(|fields| fields.iter().find(|(name, _)| *name == field))
            .map_or(ParameterType::String, |(_, t)| ParameterType::Other((*t).to_string()));
        let mut parameter = Parameter::new(parameter_type);
        parameter.span = field_span;
        parameter.description = Some(format!("`{field}` of the {token} lookup"));
        if token == "aws:ec2:getAmi" && matches!(field.as_str(), "id" | "imageId") {
            if let Some(path) = public_ami(arguments) {
                parameter.parameter_type =
                    ParameterType::Other("AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>".into());
                parameter.default = Some(Expr::string(path));
                parameter.description =
                    Some("Latest image of the AMI family the lookup searched, from its public SSM parameter".into());
            }
        }
        if token == "aws:ssm:getParameter" {
            if let Some(Expr::String(name)) = arguments.get("name") {
                parameter.default = Some(Expr::string(name));
            }
        }
        let id = self.ids.claim(&wanted);
        let public = parameter.parameter_type.as_str().starts_with("AWS::SSM::Parameter::Value<");
        let default = parameter.default.as_ref().and_then(Expr::as_str).map(str::to_string);
        self.template.parameters.insert(id.clone(), parameter);
        match default {
            // An SSM parameter type resolves at deployment, as the lookup did.
            Some(name) if public => self.report(diag::invoke_ssm_parameter(call.function_span, token, &id, &name)),
            _ => self.report(diag::invoke_parameter(call.function_span, token, &id)),
        }
        Some(Expr::Ref(id))
    }

    /// The IAM policy document `aws:iam:getPolicyDocument` renders.
    fn policy_document(&mut self, arguments: &IndexMap<String, Expr>, span: Span) -> Option<Expr> {
        let mut document = IndexMap::new();
        let version = arguments.get("version").cloned().unwrap_or_else(|| Expr::string("2012-10-17"));
        document.insert("Version".to_string(), version);
        if let Some(id) = arguments.get("policyId") {
            document.insert("Id".to_string(), id.clone());
        }
        let mut statements = Vec::new();
        match arguments.get("statements") {
            Some(Expr::List(items)) => {
                for item in items {
                    let Expr::Map(fields) = item else {
                        self.report(diag::type_mismatch(
                            span,
                            "a policy statement",
                            "an object",
                            crate::eval::literal_kind(item),
                        ));
                        return None;
                    };
                    statements.push(self.policy_statement(fields, span)?);
                }
            }
            Some(Expr::Null) | None => {}
            Some(_) => {
                self.report(diag::not_known(
                    span,
                    "the statements of aws:iam:getPolicyDocument",
                    "write the statements as a list of objects",
                ));
                return None;
            }
        }
        document.insert("Statement".to_string(), Expr::List(statements));
        for name in arguments.keys() {
            if !matches!(name.as_str(), "version" | "policyId" | "statements") {
                self.report(diag::invoke_argument(
                    span,
                    "aws:iam:getPolicyDocument",
                    name,
                    "merging other documents is not converted; write the statements out",
                ));
            }
        }
        Some(Expr::Map(document))
    }

    fn policy_statement(&mut self, fields: &IndexMap<String, Expr>, span: Span) -> Option<Expr> {
        let mut statement = IndexMap::new();
        if let Some(sid) = fields.get("sid") {
            statement.insert("Sid".to_string(), sid.clone());
        }
        statement.insert("Effect".to_string(), fields.get("effect").cloned().unwrap_or_else(|| Expr::string("Allow")));
        for (from, to) in [
            ("actions", "Action"),
            ("notActions", "NotAction"),
            ("resources", "Resource"),
            ("notResources", "NotResource"),
        ] {
            if let Some(value) = fields.get(from) {
                statement.insert(to.to_string(), collapse(value.clone()));
            }
        }
        for (from, to) in [("principals", "Principal"), ("notPrincipals", "NotPrincipal")] {
            if let Some(Expr::List(principals)) = fields.get(from) {
                let mut by_type: IndexMap<String, Vec<Expr>> = IndexMap::new();
                for principal in principals {
                    let (Some(Expr::String(kind)), Some(identifiers)) =
                        (field(principal, "type"), field(principal, "identifiers"))
                    else {
                        self.report(diag::not_known(
                            span,
                            "a principal's `type`",
                            "write principals as `{type: Service, identifiers: [...]}`",
                        ));
                        return None;
                    };
                    let entry = by_type.entry(kind.clone()).or_default();
                    match identifiers {
                        Expr::List(items) => entry.extend(items.iter().cloned()),
                        other => entry.push(other.clone()),
                    }
                }
                let value = if by_type.len() == 1 && by_type.get("*").is_some_and(|ids| ids == &[Expr::string("*")]) {
                    Expr::string("*")
                } else {
                    Expr::Map(by_type.into_iter().map(|(kind, ids)| (kind, collapse(Expr::List(ids)))).collect())
                };
                statement.insert(to.to_string(), value);
            }
        }
        if let Some(Expr::List(conditions)) = fields.get("conditions") {
            let mut by_test: IndexMap<String, IndexMap<String, Expr>> = IndexMap::new();
            for condition in conditions {
                let (Some(Expr::String(test)), Some(Expr::String(variable)), Some(values)) =
                    (field(condition, "test"), field(condition, "variable"), field(condition, "values"))
                else {
                    self.report(diag::not_known(
                        span,
                        "a condition's `test` and `variable`",
                        "write conditions as `{test, variable, values}`",
                    ));
                    return None;
                };
                by_test.entry(test.clone()).or_default().insert(variable.clone(), collapse(values.clone()));
            }
            statement.insert(
                "Condition".to_string(),
                Expr::Map(by_test.into_iter().map(|(k, v)| (k, Expr::Map(v))).collect()),
            );
        }
        for name in fields.keys() {
            let known = [
                "sid",
                "effect",
                "actions",
                "notActions",
                "resources",
                "notResources",
                "principals",
                "notPrincipals",
                "conditions",
            ];
            if !known.contains(&name.as_str()) {
                let suggestion = did_you_mean(name, known);
                self.report(diag::unknown_property(span, name, "a policy statement", suggestion));
            }
        }
        Some(Expr::Map(statement))
    }
}

fn fields<const N: usize>(entries: [(&str, Expr); N]) -> Expr {
    Expr::Map(entries.into_iter().map(|(k, v)| (k.to_string(), v)).collect())
}

fn field<'e>(expr: &'e Expr, name: &str) -> Option<&'e Expr> {
    match expr {
        Expr::Map(entries) => entries.get(name),
        _ => None,
    }
}

/// A one-element list as its element, as the provider renders policy documents.
fn collapse(value: Expr) -> Expr {
    match value {
        Expr::List(mut items) if items.len() == 1 => items.remove(0),
        other => other,
    }
}

/// The public SSM parameter of the AMI family an `aws:ec2:getAmi` name filter searches.
fn public_ami(arguments: &IndexMap<String, Expr>) -> Option<&'static str> {
    let mut patterns: Vec<String> = Vec::new();
    if let Some(Expr::String(regex)) = arguments.get("nameRegex") {
        patterns.push(regex.clone());
    }
    if let Some(Expr::List(filters)) = arguments.get("filters") {
        for filter in filters {
            if field(filter, "name") == Some(&Expr::string("name")) {
                if let Some(Expr::List(values)) = field(filter, "values") {
                    patterns.extend(values.iter().filter_map(|v| v.as_str().map(str::to_string)));
                }
            }
        }
    }
    let normalized: Vec<String> = patterns
        .iter()
        .map(|p| p.replace("/images/hvm-ssd/", "-").replace("/images/hvm-ssd-gp3/", "-").replace("-amd64", ""))
        .collect();
    PUBLIC_AMIS
        .iter()
        .find(|(parts, _)| normalized.iter().any(|pattern| parts.iter().all(|part| pattern.contains(part))))
        .map(|(_, path)| *path)
}

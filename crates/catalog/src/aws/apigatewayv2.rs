//! API Gateway V2 (HTTP and WebSocket APIs): APIs, their routes, integrations and responses,
//! authorizers, deployments, stages, VPC links, custom domain names and API mappings.
//!
//! `Ref` of every type here returns its identifier (the API ID, the route ID, ...) as Terraform's
//! `id` does, except a stage's and a domain name's, which are their names (also Terraform's `id`).
//! ARNs Terraform computes are built with `Fn::Sub` in the provider's own format.
//!
//! Not expressible yet: a stage's `arn`, `execution_arn` and `invoke_url` (they need the stage's
//! `api_id`, and `invoke_url` the API's protocol) and a domain name's computed
//! `domain_name_configuration[0].target_domain_name`/`hosted_zone_id`; referencing them is reported
//! as an unknown attribute.

use super::rows::TIMEOUTS;
use super::shared::{REGION, TAGS_ALL};
use crate::model::{Argument, Attribute, Placement, ResourceMapping, Shape, Target, Transform};

/// The API Gateway V2 table.
pub const MAPPINGS: &[ResourceMapping] = &[
    API,
    ROUTE,
    INTEGRATION,
    STAGE,
    DEPLOYMENT,
    AUTHORIZER,
    VPC_LINK,
    ROUTE_RESPONSE,
    INTEGRATION_RESPONSE,
    DOMAIN_NAME,
    API_MAPPING,
];

/// `tags`: every API Gateway V2 type that takes tags declares them as a map.
const TAGS: Argument = Argument::new("tags", Shape::TagMap, Target::Property("Tags"));

/// A standalone row whose `id` is the resource's `Ref`.
const fn standalone(
    terraform: &'static str,
    cloudformation: &'static str,
    arguments: &'static [Argument],
    attributes: &'static [Attribute],
) -> ResourceMapping {
    ResourceMapping {
        terraform,
        cloudformation,
        when: None,
        placement: Placement::Standalone,
        arguments,
        attributes,
        companions: &[],
    }
}

const ID_IS_REF: &[Attribute] = &[Attribute::reference("id")];

// ---------------------------------------------------------------------------------------------
// APIs
// ---------------------------------------------------------------------------------------------

const API: ResourceMapping = standalone(
    "aws_apigatewayv2_api",
    "AWS::ApiGatewayV2::Api",
    &[
        Argument::property("name", "Name"),
        Argument::property("protocol_type", "ProtocolType"),
        Argument::property("description", "Description"),
        Argument::property("version", "Version"),
        Argument::property("api_key_selection_expression", "ApiKeySelectionExpression"),
        Argument::property("route_selection_expression", "RouteSelectionExpression"),
        // An OpenAPI document, JSON or YAML text (or a document built with jsonencode): CloudFormation
        // takes either form.
        Argument::property("body", "Body"),
        Argument::property("fail_on_warnings", "FailOnWarnings"),
        Argument::property("disable_execute_api_endpoint", "DisableExecuteApiEndpoint"),
        Argument::property("ip_address_type", "IpAddressType"),
        Argument::block(
            "cors_configuration",
            "CorsConfiguration",
            false,
            &[
                Argument::property("allow_credentials", "AllowCredentials"),
                Argument::property("allow_headers", "AllowHeaders"),
                Argument::property("allow_methods", "AllowMethods"),
                Argument::property("allow_origins", "AllowOrigins"),
                Argument::property("expose_headers", "ExposeHeaders"),
                Argument::property("max_age", "MaxAge"),
            ],
        ),
        // Quick create: a default route and integration made with the API.
        Argument::property("route_key", "RouteKey"),
        Argument::property("target", "Target"),
        Argument::property("credentials_arn", "CredentialsArn"),
        TAGS,
        TAGS_ALL,
        REGION,
    ],
    &[
        Attribute::reference("id"),
        Attribute::get_att("api_endpoint", "ApiEndpoint"),
        Attribute::sub("arn", "arn:${AWS::Partition}:apigateway:${AWS::Region}::/apis/${Self}"),
        Attribute::sub("execution_arn", "arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${Self}"),
    ],
);

// ---------------------------------------------------------------------------------------------
// Routes, integrations and their responses
// ---------------------------------------------------------------------------------------------

const ROUTE: ResourceMapping = standalone(
    "aws_apigatewayv2_route",
    "AWS::ApiGatewayV2::Route",
    &[
        Argument::property("api_id", "ApiId"),
        Argument::property("route_key", "RouteKey"),
        Argument::property("target", "Target"),
        Argument::property("authorization_type", "AuthorizationType"),
        Argument::property("authorizer_id", "AuthorizerId"),
        Argument::property("authorization_scopes", "AuthorizationScopes"),
        Argument::property("api_key_required", "ApiKeyRequired"),
        Argument::property("operation_name", "OperationName"),
        Argument::property("model_selection_expression", "ModelSelectionExpression"),
        Argument::property("request_models", "RequestModels"),
        Argument::property("route_response_selection_expression", "RouteResponseSelectionExpression"),
        // `RequestParameters` is a map from the parameter's key to its constraints.
        Argument::new(
            "request_parameter",
            Shape::Block {
                list: true,
                arguments: &[
                    Argument::new(
                        "request_parameter_key",
                        Shape::Value(Transform::None),
                        Target::Implied("the key of the parameter's entry in RequestParameters"),
                    ),
                    Argument::property("required", "Required"),
                ],
            },
            Target::MapByKey { path: "RequestParameters", key: "request_parameter_key" },
        ),
        REGION,
    ],
    ID_IS_REF,
);

const INTEGRATION: ResourceMapping = standalone(
    "aws_apigatewayv2_integration",
    "AWS::ApiGatewayV2::Integration",
    &[
        Argument::property("api_id", "ApiId"),
        Argument::property("integration_type", "IntegrationType"),
        Argument::property("integration_subtype", "IntegrationSubtype"),
        Argument::property("integration_method", "IntegrationMethod"),
        Argument::property("integration_uri", "IntegrationUri"),
        Argument::property("connection_type", "ConnectionType"),
        Argument::property("connection_id", "ConnectionId"),
        Argument::property("credentials_arn", "CredentialsArn"),
        Argument::property("description", "Description"),
        Argument::property("payload_format_version", "PayloadFormatVersion"),
        Argument::property("timeout_milliseconds", "TimeoutInMillis"),
        Argument::property("passthrough_behavior", "PassthroughBehavior"),
        Argument::property("content_handling_strategy", "ContentHandlingStrategy"),
        Argument::property("template_selection_expression", "TemplateSelectionExpression"),
        Argument::property("request_parameters", "RequestParameters"),
        Argument::property("request_templates", "RequestTemplates"),
        // `ResponseParameters` is a map from the status code to `{ResponseParameters: [{Destination,
        // Source}]}`: each mapping's key (`overwrite:header.x`) is its destination, its value the source.
        Argument::new(
            "response_parameters",
            Shape::Block {
                list: true,
                arguments: &[
                    Argument::new(
                        "status_code",
                        Shape::Value(Transform::None),
                        Target::Implied("the key of the status code's entry in ResponseParameters"),
                    ),
                    Argument::transformed(
                        "mappings",
                        Transform::EntryList { key: "Destination", value: "Source" },
                        "ResponseParameters",
                    ),
                ],
            },
            Target::MapByKey { path: "ResponseParameters", key: "status_code" },
        ),
        Argument::block(
            "tls_config",
            "TlsConfig",
            false,
            &[Argument::property("server_name_to_verify", "ServerNameToVerify")],
        ),
        REGION,
    ],
    ID_IS_REF,
);

const ROUTE_RESPONSE: ResourceMapping = standalone(
    "aws_apigatewayv2_route_response",
    "AWS::ApiGatewayV2::RouteResponse",
    &[
        Argument::property("api_id", "ApiId"),
        Argument::property("route_id", "RouteId"),
        Argument::property("route_response_key", "RouteResponseKey"),
        Argument::property("model_selection_expression", "ModelSelectionExpression"),
        Argument::property("response_models", "ResponseModels"),
        REGION,
    ],
    ID_IS_REF,
);

const INTEGRATION_RESPONSE: ResourceMapping = standalone(
    "aws_apigatewayv2_integration_response",
    "AWS::ApiGatewayV2::IntegrationResponse",
    &[
        Argument::property("api_id", "ApiId"),
        Argument::property("integration_id", "IntegrationId"),
        Argument::property("integration_response_key", "IntegrationResponseKey"),
        Argument::property("content_handling_strategy", "ContentHandlingStrategy"),
        Argument::property("template_selection_expression", "TemplateSelectionExpression"),
        Argument::property("response_templates", "ResponseTemplates"),
        REGION,
    ],
    ID_IS_REF,
);

const AUTHORIZER: ResourceMapping = standalone(
    "aws_apigatewayv2_authorizer",
    "AWS::ApiGatewayV2::Authorizer",
    &[
        Argument::property("api_id", "ApiId"),
        Argument::property("name", "Name"),
        Argument::property("authorizer_type", "AuthorizerType"),
        Argument::property("authorizer_uri", "AuthorizerUri"),
        Argument::property("authorizer_credentials_arn", "AuthorizerCredentialsArn"),
        Argument::property("authorizer_payload_format_version", "AuthorizerPayloadFormatVersion"),
        Argument::property("authorizer_result_ttl_in_seconds", "AuthorizerResultTtlInSeconds"),
        Argument::property("enable_simple_responses", "EnableSimpleResponses"),
        Argument::property("identity_sources", "IdentitySource"),
        Argument::block(
            "jwt_configuration",
            "JwtConfiguration",
            false,
            &[Argument::property("audience", "Audience"), Argument::property("issuer", "Issuer")],
        ),
        TIMEOUTS,
        REGION,
    ],
    ID_IS_REF,
);

// ---------------------------------------------------------------------------------------------
// Deployments and stages
// ---------------------------------------------------------------------------------------------

const DEPLOYMENT: ResourceMapping = standalone(
    "aws_apigatewayv2_deployment",
    "AWS::ApiGatewayV2::Deployment",
    &[
        Argument::property("api_id", "ApiId"),
        Argument::property("description", "Description"),
        Argument::dropped(
            "triggers",
            "CloudFormation makes a new deployment only when the deployment's own properties change; \
             change its description to redeploy, or give the stage auto_deploy = true",
        ),
        REGION,
    ],
    ID_IS_REF,
);

/// A stage's `default_route_settings` and each of its `route_settings`.
const ROUTE_SETTINGS: &[Argument] = &[
    Argument::property("data_trace_enabled", "DataTraceEnabled"),
    Argument::property("detailed_metrics_enabled", "DetailedMetricsEnabled"),
    Argument::property("logging_level", "LoggingLevel"),
    Argument::property("throttling_burst_limit", "ThrottlingBurstLimit"),
    Argument::property("throttling_rate_limit", "ThrottlingRateLimit"),
];

const STAGE_ROUTE_SETTINGS: &[Argument] = &[
    Argument::new(
        "route_key",
        Shape::Value(Transform::None),
        Target::Implied("the key of the route's entry in RouteSettings"),
    ),
    Argument::property("data_trace_enabled", "DataTraceEnabled"),
    Argument::property("detailed_metrics_enabled", "DetailedMetricsEnabled"),
    Argument::property("logging_level", "LoggingLevel"),
    Argument::property("throttling_burst_limit", "ThrottlingBurstLimit"),
    Argument::property("throttling_rate_limit", "ThrottlingRateLimit"),
];

const STAGE: ResourceMapping = standalone(
    "aws_apigatewayv2_stage",
    "AWS::ApiGatewayV2::Stage",
    &[
        Argument::property("api_id", "ApiId"),
        Argument::property("name", "StageName"),
        Argument::property("description", "Description"),
        Argument::property("deployment_id", "DeploymentId"),
        Argument::property("auto_deploy", "AutoDeploy"),
        Argument::property("client_certificate_id", "ClientCertificateId"),
        Argument::property("stage_variables", "StageVariables"),
        Argument::block(
            "access_log_settings",
            "AccessLogSettings",
            false,
            &[Argument::property("destination_arn", "DestinationArn"), Argument::property("format", "Format")],
        ),
        Argument::block("default_route_settings", "DefaultRouteSettings", false, ROUTE_SETTINGS),
        // `RouteSettings` is a map from the route key to the route's settings.
        Argument::new(
            "route_settings",
            Shape::Block { list: true, arguments: STAGE_ROUTE_SETTINGS },
            Target::MapByKey { path: "RouteSettings", key: "route_key" },
        ),
        TAGS,
        TAGS_ALL,
        REGION,
    ],
    &[Attribute::reference("id"), Attribute::reference("name")],
);

// ---------------------------------------------------------------------------------------------
// VPC links, custom domain names and API mappings
// ---------------------------------------------------------------------------------------------

const VPC_LINK: ResourceMapping = standalone(
    "aws_apigatewayv2_vpc_link",
    "AWS::ApiGatewayV2::VpcLink",
    &[
        Argument::property("name", "Name"),
        Argument::property("security_group_ids", "SecurityGroupIds"),
        Argument::property("subnet_ids", "SubnetIds"),
        TAGS,
        TAGS_ALL,
        REGION,
    ],
    &[
        Attribute::reference("id"),
        Attribute::sub("arn", "arn:${AWS::Partition}:apigateway:${AWS::Region}::/vpclinks/${Self}"),
    ],
);

const DOMAIN_NAME: ResourceMapping = standalone(
    "aws_apigatewayv2_domain_name",
    "AWS::ApiGatewayV2::DomainName",
    &[
        Argument::property("domain_name", "DomainName"),
        // One block (min and max 1) in Terraform; a list in CloudFormation.
        Argument::block(
            "domain_name_configuration",
            "DomainNameConfigurations",
            true,
            &[
                Argument::property("certificate_arn", "CertificateArn"),
                Argument::property("endpoint_type", "EndpointType"),
                Argument::property("security_policy", "SecurityPolicy"),
                Argument::property("ip_address_type", "IpAddressType"),
                Argument::property("ownership_verification_certificate_arn", "OwnershipVerificationCertificateArn"),
            ],
        ),
        Argument::block(
            "mutual_tls_authentication",
            "MutualTlsAuthentication",
            false,
            &[
                Argument::property("truststore_uri", "TruststoreUri"),
                Argument::property("truststore_version", "TruststoreVersion"),
            ],
        ),
        // Argument of the provider's 6.x releases.
        Argument::property("routing_mode", "RoutingMode"),
        TAGS,
        TAGS_ALL,
        TIMEOUTS,
        REGION,
    ],
    &[
        Attribute::reference("id"),
        Attribute::reference("domain_name"),
        Attribute::sub("arn", "arn:${AWS::Partition}:apigateway:${AWS::Region}::/domainnames/${Self}"),
    ],
);

const API_MAPPING: ResourceMapping = standalone(
    "aws_apigatewayv2_api_mapping",
    "AWS::ApiGatewayV2::ApiMapping",
    &[
        Argument::property("api_id", "ApiId"),
        Argument::property("domain_name", "DomainName"),
        Argument::property("stage", "Stage"),
        Argument::property("api_mapping_key", "ApiMappingKey"),
        REGION,
    ],
    ID_IS_REF,
);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::aws::rows::tests::{blocks, check_table, source, value};
    use crate::aws::shared::tests::{codes, map, props, s};
    use crate::lower_arguments;
    use iac2cfn_ir::Expr;

    #[test]
    fn table_is_well_formed() {
        check_table(MAPPINGS);
    }

    #[test]
    fn request_parameters_become_a_map_by_key() {
        let parameter = |key: &str, required: bool| {
            source(vec![("request_parameter_key", value(s(key))), ("required", value(Expr::Bool(required)))])
        };
        let body = source(vec![
            ("api_id", value(s("a1"))),
            ("route_key", value(s("$connect"))),
            (
                "request_parameter",
                blocks(vec![
                    parameter("route.request.header.Auth", true),
                    parameter("route.request.querystring.q", false),
                ]),
            ),
        ]);
        let lowered = lower_arguments(&ROUTE, &body);
        assert!(lowered.diagnostics.is_empty(), "{:?}", lowered.diagnostics);
        let expected = props(vec![
            ("ApiId", s("a1")),
            ("RouteKey", s("$connect")),
            (
                "RequestParameters",
                map(vec![
                    ("route.request.header.Auth", map(vec![("Required", Expr::Bool(true))])),
                    ("route.request.querystring.q", map(vec![("Required", Expr::Bool(false))])),
                ]),
            ),
        ]);
        assert_eq!(lowered.properties, expected);
    }

    #[test]
    fn response_parameters_are_keyed_by_status_code() {
        let mappings = map(vec![("overwrite:statuscode", s("204")), ("append:header.x", s("$context.requestId"))]);
        let response = source(vec![("status_code", value(Expr::int(403))), ("mappings", value(mappings))]);
        let body = source(vec![("response_parameters", blocks(vec![response]))]);
        let lowered = lower_arguments(&INTEGRATION, &body);
        assert!(lowered.diagnostics.is_empty(), "{:?}", lowered.diagnostics);
        let entry = |destination: &str, source: &str| map(vec![("Destination", s(destination)), ("Source", s(source))]);
        let list =
            Expr::List(vec![entry("overwrite:statuscode", "204"), entry("append:header.x", "$context.requestId")]);
        let expected = map(vec![("403", map(vec![("ResponseParameters", list)]))]);
        assert_eq!(lowered.properties.get("ResponseParameters"), Some(&expected));
    }

    #[test]
    fn a_route_key_only_known_at_deployment_is_an_error() {
        let settings = source(vec![
            ("route_key", value(Expr::reference("RouteKeyParameter"))),
            ("throttling_burst_limit", value(Expr::int(10))),
        ]);
        let body = source(vec![("route_settings", blocks(vec![settings]))]);
        let lowered = lower_arguments(&STAGE, &body);
        assert_eq!(codes(&lowered), ["catalog::value-not-known"]);
        assert!(!lowered.properties.contains_key("RouteSettings"));
    }
}

//! API Gateway REST APIs (version 1): APIs and their resources, methods, integrations and responses,
//! deployments, stages, authorizers, models, request validators, gateway responses, API keys, usage
//! plans, custom domain names and their base path mappings, VPC links and the account settings.
//!
//! Terraform splits what CloudFormation keeps together: an `aws_api_gateway_integration`, its
//! `aws_api_gateway_integration_response`s and the `aws_api_gateway_method_response`s are the
//! `Integration`, `Integration.IntegrationResponses` and `MethodResponses` of the
//! `AWS::ApiGateway::Method`, merged through their `http_method`, which names the method
//! (`http_method = aws_api_gateway_method.x.http_method`); an `aws_api_gateway_rest_api_policy` is the
//! API's `Policy`.
//!
//! `Ref` returns the identifier Terraform's `id` holds for most types here; a stage's `Ref` is its
//! name (Terraform's `stage_name`), a domain name's its name, a model's its name.
//!
//! Not expressible yet: a stage's `id`, `arn`, `execution_arn` and `invoke_url` and a deployment's
//! deprecated `invoke_url` and `execution_arn` (each needs the API ID next to the resource's own
//! `Ref`), a resource's `path`, an API key's generated `value`, and the composite `id`s Terraform
//! gives methods, integrations and responses; referencing them is reported as an unknown attribute.

use super::rows::{TAGS, TIMEOUTS};
use super::shared::{REGION, TAGS_ALL};
use crate::model::{Argument, Attribute, Placement, ResourceMapping, Shape, Target, Transform};

/// The API Gateway (REST API) table.
pub const MAPPINGS: &[ResourceMapping] = &[
    REST_API,
    REST_API_POLICY,
    RESOURCE,
    METHOD,
    INTEGRATION,
    METHOD_RESPONSE,
    INTEGRATION_RESPONSE,
    DEPLOYMENT,
    STAGE,
    AUTHORIZER,
    MODEL,
    REQUEST_VALIDATOR,
    GATEWAY_RESPONSE,
    API_KEY,
    USAGE_PLAN,
    USAGE_PLAN_KEY,
    DOMAIN_NAME,
    BASE_PATH_MAPPING,
    VPC_LINK,
    ACCOUNT,
];

/// A standalone row.
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

/// A row merged into the method its `http_method` names.
const fn into_method(terraform: &'static str, arguments: &'static [Argument]) -> ResourceMapping {
    ResourceMapping {
        terraform,
        cloudformation: "AWS::ApiGateway::Method",
        when: None,
        placement: Placement::MergeInto { parent: "aws_api_gateway_method", link: "http_method" },
        arguments,
        attributes: OPAQUE_ID,
        companions: &[],
    }
}

/// Terraform composes the `id` of a method, an integration, a response, a stage and a base path
/// mapping from the API's ID and the resource's own keys (`agm-<api>-<resource>-<method>`), a form
/// CloudFormation returns nowhere. Configurations read these IDs only as opaque tokens that change
/// when the object is replaced (a deployment's `triggers`), which the `Ref` of the CloudFormation
/// resource that holds the object is as well.
const OPAQUE_ID: &[Attribute] = &[Attribute::reference("id")];

const ID_IS_REF: &[Attribute] = &[Attribute::reference("id")];

/// The API and resource a merged method sub-resource names: the method's own.
const fn same_as_method(name: &'static str) -> Argument {
    Argument::new(name, Shape::Value(Transform::None), Target::Implied("the method's own, which the merge writes"))
}

// ---------------------------------------------------------------------------------------------
// APIs and resources
// ---------------------------------------------------------------------------------------------

/// An API's and a domain name's `endpoint_configuration`.
const ENDPOINT_CONFIGURATION: Argument = Argument::block(
    "endpoint_configuration",
    "EndpointConfiguration",
    false,
    &[
        Argument::property("types", "Types"),
        Argument::property("vpc_endpoint_ids", "VpcEndpointIds"),
        Argument::property("ip_address_type", "IpAddressType"),
    ],
);

const REST_API: ResourceMapping = standalone(
    "aws_api_gateway_rest_api",
    "AWS::ApiGateway::RestApi",
    &[
        Argument::property("name", "Name"),
        Argument::property("description", "Description"),
        // An OpenAPI document (JSON or YAML text, or a document built with jsonencode).
        Argument::json("body", "Body"),
        Argument::property("fail_on_warnings", "FailOnWarnings"),
        Argument::property("parameters", "Parameters"),
        Argument::property("put_rest_api_mode", "Mode"),
        Argument::property("api_key_source", "ApiKeySourceType"),
        Argument::property("binary_media_types", "BinaryMediaTypes"),
        Argument::property("disable_execute_api_endpoint", "DisableExecuteApiEndpoint"),
        // A string in Terraform (empty means compression is off), an integer in CloudFormation.
        Argument::transformed("minimum_compression_size", Transform::ToNumber, "MinimumCompressionSize"),
        Argument::json("policy", "Policy"),
        ENDPOINT_CONFIGURATION,
        // Arguments of the provider's 6.x releases.
        Argument::property("endpoint_access_mode", "EndpointAccessMode"),
        Argument::property("security_policy", "SecurityPolicy"),
        TAGS,
        TAGS_ALL,
        TIMEOUTS,
        REGION,
    ],
    &[
        Attribute::reference("id"),
        Attribute::get_att("root_resource_id", "RootResourceId"),
        Attribute::argument("name", "name"),
        Attribute::sub("arn", "arn:${AWS::Partition}:apigateway:${AWS::Region}::/restapis/${Self}"),
        Attribute::sub("execution_arn", "arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${Self}"),
    ],
);

const REST_API_POLICY: ResourceMapping = ResourceMapping {
    terraform: "aws_api_gateway_rest_api_policy",
    cloudformation: "AWS::ApiGateway::RestApi",
    when: None,
    placement: Placement::MergeInto { parent: "aws_api_gateway_rest_api", link: "rest_api_id" },
    arguments: &[Argument::link("rest_api_id"), Argument::json("policy", "Policy"), REGION],
    // Terraform's ID of the policy is the API's ID.
    attributes: &[Attribute::argument("id", "rest_api_id"), Attribute::argument("rest_api_id", "rest_api_id")],
    companions: &[],
};

const RESOURCE: ResourceMapping = standalone(
    "aws_api_gateway_resource",
    "AWS::ApiGateway::Resource",
    &[
        Argument::property("rest_api_id", "RestApiId"),
        Argument::property("parent_id", "ParentId"),
        Argument::property("path_part", "PathPart"),
        REGION,
    ],
    &[Attribute::reference("id"), Attribute::argument("path_part", "path_part")],
);

// ---------------------------------------------------------------------------------------------
// Methods, their integrations and responses
// ---------------------------------------------------------------------------------------------

const METHOD: ResourceMapping = standalone(
    "aws_api_gateway_method",
    "AWS::ApiGateway::Method",
    &[
        Argument::property("rest_api_id", "RestApiId"),
        Argument::property("resource_id", "ResourceId"),
        Argument::property("http_method", "HttpMethod"),
        Argument::property("authorization", "AuthorizationType"),
        Argument::property("authorizer_id", "AuthorizerId"),
        Argument::property("authorization_scopes", "AuthorizationScopes"),
        Argument::property("api_key_required", "ApiKeyRequired"),
        Argument::property("operation_name", "OperationName"),
        Argument::property("request_models", "RequestModels"),
        Argument::property("request_parameters", "RequestParameters"),
        Argument::property("request_validator_id", "RequestValidatorId"),
        REGION,
    ],
    // The sub-resources merged into the method name it by these, as configured.
    &[
        Attribute::reference("id"),
        Attribute::argument("http_method", "http_method"),
        Attribute::argument("resource_id", "resource_id"),
        Attribute::argument("rest_api_id", "rest_api_id"),
    ],
);

const INTEGRATION: ResourceMapping = into_method(
    "aws_api_gateway_integration",
    &[
        Argument::link("http_method"),
        same_as_method("rest_api_id"),
        same_as_method("resource_id"),
        Argument::property("type", "Integration.Type"),
        Argument::property("uri", "Integration.Uri"),
        Argument::property("integration_http_method", "Integration.IntegrationHttpMethod"),
        Argument::property("credentials", "Integration.Credentials"),
        Argument::property("connection_type", "Integration.ConnectionType"),
        Argument::property("connection_id", "Integration.ConnectionId"),
        Argument::property("content_handling", "Integration.ContentHandling"),
        Argument::property("passthrough_behavior", "Integration.PassthroughBehavior"),
        Argument::property("cache_key_parameters", "Integration.CacheKeyParameters"),
        Argument::property("cache_namespace", "Integration.CacheNamespace"),
        Argument::property("request_parameters", "Integration.RequestParameters"),
        Argument::property("request_templates", "Integration.RequestTemplates"),
        Argument::property("timeout_milliseconds", "Integration.TimeoutInMillis"),
        // Arguments of the provider's 6.x releases.
        Argument::property("integration_target", "Integration.IntegrationTarget"),
        Argument::property("response_transfer_mode", "Integration.ResponseTransferMode"),
        Argument::dropped(
            "tls_config",
            "CloudFormation's method integration has no TLS settings: API Gateway verifies the \
             backend's certificate, which must be issued by a trusted authority",
        ),
        REGION,
    ],
);

/// One property of the method response the enclosing sub-resource contributes.
const fn method_response(name: &'static str, property: &'static str) -> Argument {
    Argument::new(name, Shape::Value(Transform::None), Target::Element { list: "MethodResponses", property })
}

const METHOD_RESPONSE: ResourceMapping = into_method(
    "aws_api_gateway_method_response",
    &[
        Argument::link("http_method"),
        same_as_method("rest_api_id"),
        same_as_method("resource_id"),
        method_response("status_code", "StatusCode"),
        method_response("response_models", "ResponseModels"),
        method_response("response_parameters", "ResponseParameters"),
        REGION,
    ],
);

/// One property of the integration response the enclosing sub-resource contributes.
const fn integration_response(name: &'static str, property: &'static str) -> Argument {
    Argument::new(
        name,
        Shape::Value(Transform::None),
        Target::Element { list: "Integration.IntegrationResponses", property },
    )
}

const INTEGRATION_RESPONSE: ResourceMapping = into_method(
    "aws_api_gateway_integration_response",
    &[
        Argument::link("http_method"),
        same_as_method("rest_api_id"),
        same_as_method("resource_id"),
        integration_response("status_code", "StatusCode"),
        integration_response("selection_pattern", "SelectionPattern"),
        integration_response("content_handling", "ContentHandling"),
        integration_response("response_parameters", "ResponseParameters"),
        integration_response("response_templates", "ResponseTemplates"),
        REGION,
    ],
);

// ---------------------------------------------------------------------------------------------
// Deployments and stages
// ---------------------------------------------------------------------------------------------

/// A deployment's and a stage's `canary_settings`, less the stage's `deployment_id`.
const CANARY_SETTINGS: &[Argument] = &[
    Argument::property("percent_traffic", "PercentTraffic"),
    Argument::property("stage_variable_overrides", "StageVariableOverrides"),
    Argument::property("use_stage_cache", "UseStageCache"),
];

const DEPLOYMENT: ResourceMapping = standalone(
    "aws_api_gateway_deployment",
    "AWS::ApiGateway::Deployment",
    &[
        Argument::property("rest_api_id", "RestApiId"),
        Argument::property("description", "Description"),
        Argument::dropped(
            "triggers",
            "CloudFormation makes a new deployment only when the deployment's own properties change; \
             change its description (or its logical ID) to redeploy",
        ),
        // Arguments the provider's 6.x releases removed: the stage the deployment creates.
        Argument::property("stage_name", "StageName"),
        Argument::property("stage_description", "StageDescription.Description"),
        Argument::property("variables", "StageDescription.Variables"),
        Argument::block("canary_settings", "DeploymentCanarySettings", false, CANARY_SETTINGS),
        REGION,
    ],
    &[Attribute::reference("id"), Attribute::argument("rest_api_id", "rest_api_id")],
);

const STAGE: ResourceMapping = standalone(
    "aws_api_gateway_stage",
    "AWS::ApiGateway::Stage",
    &[
        Argument::property("rest_api_id", "RestApiId"),
        Argument::property("stage_name", "StageName"),
        Argument::property("deployment_id", "DeploymentId"),
        Argument::property("description", "Description"),
        Argument::property("cache_cluster_enabled", "CacheClusterEnabled"),
        Argument::property("cache_cluster_size", "CacheClusterSize"),
        Argument::property("client_certificate_id", "ClientCertificateId"),
        Argument::property("documentation_version", "DocumentationVersion"),
        Argument::property("variables", "Variables"),
        Argument::property("xray_tracing_enabled", "TracingEnabled"),
        Argument::block(
            "access_log_settings",
            "AccessLogSetting",
            false,
            &[Argument::property("destination_arn", "DestinationArn"), Argument::property("format", "Format")],
        ),
        Argument::block(
            "canary_settings",
            "CanarySetting",
            false,
            &[
                Argument::property("deployment_id", "DeploymentId"),
                Argument::property("percent_traffic", "PercentTraffic"),
                Argument::property("stage_variable_overrides", "StageVariableOverrides"),
                Argument::property("use_stage_cache", "UseStageCache"),
            ],
        ),
        TAGS,
        TAGS_ALL,
        REGION,
    ],
    &[
        // See OPAQUE_ID.
        Attribute::reference("id"),
        Attribute::reference("stage_name"),
        Attribute::argument("rest_api_id", "rest_api_id"),
    ],
);

// ---------------------------------------------------------------------------------------------
// Authorizers, models, request validators and gateway responses
// ---------------------------------------------------------------------------------------------

const AUTHORIZER: ResourceMapping = standalone(
    "aws_api_gateway_authorizer",
    "AWS::ApiGateway::Authorizer",
    &[
        Argument::property("rest_api_id", "RestApiId"),
        Argument::property("name", "Name"),
        // CloudFormation requires `Type`; the provider defaults it to TOKEN.
        Argument::new("type", Shape::Value(Transform::Constant("TOKEN")), Target::Fixed("Type")),
        Argument::property("type", "Type"),
        Argument::property("authorizer_uri", "AuthorizerUri"),
        Argument::property("authorizer_credentials", "AuthorizerCredentials"),
        Argument::property("authorizer_result_ttl_in_seconds", "AuthorizerResultTtlInSeconds"),
        // The provider sends this default whatever the type; CloudFormation requires a source for
        // TOKEN and COGNITO_USER_POOLS authorizers.
        Argument::new(
            "identity_source",
            Shape::Value(Transform::Constant("method.request.header.Authorization")),
            Target::Fixed("IdentitySource"),
        ),
        Argument::property("identity_source", "IdentitySource"),
        Argument::property("identity_validation_expression", "IdentityValidationExpression"),
        Argument::property("provider_arns", "ProviderARNs"),
        REGION,
    ],
    ID_IS_REF,
);

const MODEL: ResourceMapping = standalone(
    "aws_api_gateway_model",
    "AWS::ApiGateway::Model",
    &[
        Argument::property("rest_api_id", "RestApiId"),
        Argument::property("name", "Name"),
        Argument::property("content_type", "ContentType"),
        Argument::property("description", "Description"),
        Argument::json("schema", "Schema"),
        REGION,
    ],
    // `Ref` returns the model's name; CloudFormation returns no ID, so the name stands for it as an
    // opaque token (see OPAQUE_ID).
    &[Attribute::reference("id"), Attribute::reference("name")],
);

const REQUEST_VALIDATOR: ResourceMapping = standalone(
    "aws_api_gateway_request_validator",
    "AWS::ApiGateway::RequestValidator",
    &[
        Argument::property("rest_api_id", "RestApiId"),
        Argument::property("name", "Name"),
        Argument::property("validate_request_body", "ValidateRequestBody"),
        Argument::property("validate_request_parameters", "ValidateRequestParameters"),
        REGION,
    ],
    &[Attribute::get_att("id", "RequestValidatorId")],
);

const GATEWAY_RESPONSE: ResourceMapping = standalone(
    "aws_api_gateway_gateway_response",
    "AWS::ApiGateway::GatewayResponse",
    &[
        Argument::property("rest_api_id", "RestApiId"),
        Argument::property("response_type", "ResponseType"),
        Argument::property("status_code", "StatusCode"),
        Argument::property("response_parameters", "ResponseParameters"),
        Argument::property("response_templates", "ResponseTemplates"),
        REGION,
    ],
    &[Attribute::get_att("id", "Id")],
);

// ---------------------------------------------------------------------------------------------
// API keys and usage plans
// ---------------------------------------------------------------------------------------------

const API_KEY: ResourceMapping = standalone(
    "aws_api_gateway_api_key",
    "AWS::ApiGateway::ApiKey",
    &[
        Argument::property("name", "Name"),
        Argument::property("description", "Description"),
        Argument::property("customer_id", "CustomerId"),
        // The provider enables a key unless told otherwise; CloudFormation disables it.
        Argument::new("enabled", Shape::Value(Transform::Constant("true")), Target::Fixed("Enabled")),
        Argument::property("enabled", "Enabled"),
        Argument::property("value", "Value"),
        TAGS,
        TAGS_ALL,
        REGION,
    ],
    &[
        Attribute::reference("id"),
        Attribute::argument("name", "name"),
        Attribute::argument("value", "value"),
        Attribute::sub("arn", "arn:${AWS::Partition}:apigateway:${AWS::Region}::/apikeys/${Self}"),
    ],
);

/// A usage plan's `throttle_settings`, and the throttle of one path of an API stage.
const THROTTLE: &[Argument] =
    &[Argument::property("burst_limit", "BurstLimit"), Argument::property("rate_limit", "RateLimit")];

const USAGE_PLAN: ResourceMapping = standalone(
    "aws_api_gateway_usage_plan",
    "AWS::ApiGateway::UsagePlan",
    &[
        Argument::property("name", "UsagePlanName"),
        Argument::property("description", "Description"),
        Argument::dropped(
            "product_code",
            "CloudFormation's usage plan has no AWS Marketplace product code; set it with the \
             API Gateway API (update-usage-plan) after the stack is created",
        ),
        Argument::block(
            "api_stages",
            "ApiStages",
            true,
            &[
                Argument::property("api_id", "ApiId"),
                Argument::property("stage", "Stage"),
                // `Throttle` is a map from the method's path (`/pets/GET`) to its limits.
                Argument::new(
                    "throttle",
                    Shape::Block {
                        list: true,
                        arguments: &[
                            Argument::new(
                                "path",
                                Shape::Value(Transform::None),
                                Target::Implied("the key of the path's entry in Throttle"),
                            ),
                            Argument::property("burst_limit", "BurstLimit"),
                            Argument::property("rate_limit", "RateLimit"),
                        ],
                    },
                    Target::MapByKey { path: "Throttle", key: "path" },
                ),
            ],
        ),
        Argument::block(
            "quota_settings",
            "Quota",
            false,
            &[
                Argument::property("limit", "Limit"),
                Argument::property("offset", "Offset"),
                Argument::property("period", "Period"),
            ],
        ),
        Argument::block("throttle_settings", "Throttle", false, THROTTLE),
        TAGS,
        TAGS_ALL,
        REGION,
    ],
    &[
        Attribute::reference("id"),
        Attribute::argument("name", "name"),
        Attribute::sub("arn", "arn:${AWS::Partition}:apigateway:${AWS::Region}::/usageplans/${Self}"),
    ],
);

const USAGE_PLAN_KEY: ResourceMapping = standalone(
    "aws_api_gateway_usage_plan_key",
    "AWS::ApiGateway::UsagePlanKey",
    &[
        Argument::property("key_id", "KeyId"),
        Argument::property("key_type", "KeyType"),
        Argument::property("usage_plan_id", "UsagePlanId"),
        REGION,
    ],
    // Terraform's ID of a usage plan key is the API key's ID.
    &[
        Attribute::argument("id", "key_id"),
        Attribute::argument("key_id", "key_id"),
        Attribute::argument("usage_plan_id", "usage_plan_id"),
    ],
);

// ---------------------------------------------------------------------------------------------
// Custom domain names, base path mappings, VPC links and the account
// ---------------------------------------------------------------------------------------------

/// Why a certificate given as PEM text has no CloudFormation form.
const UPLOADED_CERTIFICATE: &str =
    "CloudFormation's custom domain names take certificates from AWS Certificate Manager \
     only: import the certificate into ACM (aws_acm_certificate with private_key and \
     certificate_body) and give its ARN as certificate_arn or regional_certificate_arn";

const DOMAIN_NAME: ResourceMapping = standalone(
    "aws_api_gateway_domain_name",
    "AWS::ApiGateway::DomainName",
    &[
        Argument::property("domain_name", "DomainName"),
        Argument::property("certificate_arn", "CertificateArn"),
        Argument::property("regional_certificate_arn", "RegionalCertificateArn"),
        Argument::property("security_policy", "SecurityPolicy"),
        Argument::property("ownership_verification_certificate_arn", "OwnershipVerificationCertificateArn"),
        Argument::block(
            "endpoint_configuration",
            "EndpointConfiguration",
            false,
            &[Argument::property("types", "Types"), Argument::property("ip_address_type", "IpAddressType")],
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
        Argument::dropped("certificate_body", UPLOADED_CERTIFICATE),
        Argument::dropped("certificate_chain", UPLOADED_CERTIFICATE),
        Argument::dropped("certificate_private_key", UPLOADED_CERTIFICATE),
        Argument::dropped("certificate_name", UPLOADED_CERTIFICATE),
        Argument::dropped("regional_certificate_name", UPLOADED_CERTIFICATE),
        Argument::dropped(
            "policy",
            "the policy of a private custom domain name belongs to AWS::ApiGateway::DomainNameV2, \
             which this type does not convert to",
        ),
        // Arguments of the provider's 6.x releases.
        Argument::property("endpoint_access_mode", "EndpointAccessMode"),
        Argument::property("routing_mode", "RoutingMode"),
        TAGS,
        TAGS_ALL,
        TIMEOUTS,
        REGION,
    ],
    &[
        Attribute::reference("id"),
        Attribute::reference("domain_name"),
        Attribute::get_att("cloudfront_domain_name", "DistributionDomainName"),
        Attribute::get_att("cloudfront_zone_id", "DistributionHostedZoneId"),
        Attribute::get_att("regional_domain_name", "RegionalDomainName"),
        Attribute::get_att("regional_zone_id", "RegionalHostedZoneId"),
        Attribute::sub("arn", "arn:${AWS::Partition}:apigateway:${AWS::Region}::/domainnames/${Self}"),
    ],
);

const BASE_PATH_MAPPING: ResourceMapping = standalone(
    "aws_api_gateway_base_path_mapping",
    "AWS::ApiGateway::BasePathMapping",
    &[
        Argument::property("domain_name", "DomainName"),
        Argument::property("api_id", "RestApiId"),
        Argument::property("stage_name", "Stage"),
        Argument::property("base_path", "BasePath"),
        Argument::dropped(
            "domain_name_id",
            "the mapping of a private custom domain name is an AWS::ApiGateway::BasePathMappingV2, \
             which this type does not convert to",
        ),
        REGION,
    ],
    // See OPAQUE_ID.
    &[Attribute::reference("id")],
);

const VPC_LINK: ResourceMapping = standalone(
    "aws_api_gateway_vpc_link",
    "AWS::ApiGateway::VpcLink",
    &[
        Argument::property("name", "Name"),
        Argument::property("description", "Description"),
        Argument::property("target_arns", "TargetArns"),
        TAGS,
        TAGS_ALL,
        REGION,
    ],
    &[
        Attribute::reference("id"),
        Attribute::sub("arn", "arn:${AWS::Partition}:apigateway:${AWS::Region}::/vpclinks/${Self}"),
    ],
);

const ACCOUNT: ResourceMapping = standalone(
    "aws_api_gateway_account",
    "AWS::ApiGateway::Account",
    &[
        Argument::property("cloudwatch_role_arn", "CloudWatchRoleArn"),
        Argument::dropped(
            "reset_on_delete",
            "deleting an AWS::ApiGateway::Account leaves the account's settings as they are",
        ),
        REGION,
    ],
    ID_IS_REF,
);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::aws::rows::tests::check_table;

    #[test]
    fn table_is_well_formed() {
        check_table(MAPPINGS);
    }
}

//! Elastic Load Balancing v2 (`aws_lb*`, the `aws_alb*` aliases): load balancers, target groups and
//! their attachments, listeners and their rules and certificates, trust stores.
//!
//! Where Terraform and CloudFormation model a thing differently:
//!
//! - Terraform's flat settings (`idle_timeout`, `deregistration_delay`, `stickiness { ... }`) are
//!   CloudFormation's key/value attribute lists (`LoadBalancerAttributes`, `TargetGroupAttributes`,
//!   `ListenerAttributes`): each is a [`Target::Keyed`] entry, its value spelled as a string.
//! - A target group attachment is one entry of the target group's `Targets`: it is merged into the
//!   target group its `target_group_arn` refers to.
//! - A listener rule's condition names its field by which nested block it holds; CloudFormation wants
//!   the field's name as well (`host_header { ... }` -> `Field: host-header, HostHeaderConfig`).
//!
//! `Ref` of a load balancer, target group and listener is its ARN, which is Terraform's `id` too.

use super::rows::{TAGS, TIMEOUTS};
use super::shared::{NAME_PREFIX, REGION};
use crate::model::{Argument, Attribute, Placement, ResourceMapping, Shape, Target, Transform};

/// The Elastic Load Balancing v2 table.
pub const MAPPINGS: &[ResourceMapping] = &[
    LOAD_BALANCER,
    TARGET_GROUP,
    TARGET_GROUP_ATTACHMENT,
    LISTENER,
    LISTENER_RULE,
    LISTENER_CERTIFICATE,
    TRUST_STORE,
    TRUST_STORE_REVOCATION,
];

/// An argument written as the string value of the entry of an attribute list whose `Key` is `key`.
const fn attribute(name: &'static str, list: &'static str, key: &'static str) -> Argument {
    Argument::new(
        name,
        Shape::Value(Transform::ToString),
        Target::Keyed { list, key: "Key", key_value: key, property: "Value" },
    )
}

const fn lb(name: &'static str, key: &'static str) -> Argument {
    attribute(name, "LoadBalancerAttributes", key)
}

const fn tg(name: &'static str, key: &'static str) -> Argument {
    attribute(name, "TargetGroupAttributes", key)
}

const fn listener(name: &'static str, key: &'static str) -> Argument {
    attribute(name, "ListenerAttributes", key)
}

// ---------------------------------------------------------------------------------------------
// Load balancers
// ---------------------------------------------------------------------------------------------

/// An `access_logs`, `connection_logs` or `health_check_logs` block: three attributes under a prefix.
const fn log_block(name: &'static str, keys: &'static [Argument]) -> Argument {
    Argument::flatten(name, keys)
}

const ACCESS_LOGS: &[Argument] = &[
    lb("bucket", "access_logs.s3.bucket"),
    lb("enabled", "access_logs.s3.enabled"),
    lb("prefix", "access_logs.s3.prefix"),
];

const CONNECTION_LOGS: &[Argument] = &[
    lb("bucket", "connection_logs.s3.bucket"),
    lb("enabled", "connection_logs.s3.enabled"),
    lb("prefix", "connection_logs.s3.prefix"),
];

const HEALTH_CHECK_LOGS: &[Argument] = &[
    lb("bucket", "health_check_logs.s3.bucket"),
    lb("enabled", "health_check_logs.s3.enabled"),
    lb("prefix", "health_check_logs.s3.prefix"),
];

const LOAD_BALANCER: ResourceMapping = ResourceMapping {
    terraform: "aws_lb",
    cloudformation: "AWS::ElasticLoadBalancingV2::LoadBalancer",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "Name"),
        NAME_PREFIX,
        Argument::property("load_balancer_type", "Type"),
        Argument::transformed(
            "internal",
            Transform::Lookup(&[("true", "internal"), ("false", "internet-facing")]),
            "Scheme",
        ),
        Argument::property("ip_address_type", "IpAddressType"),
        Argument::property("security_groups", "SecurityGroups"),
        Argument::property("subnets", "Subnets"),
        Argument::block(
            "subnet_mapping",
            "SubnetMappings",
            true,
            &[
                Argument::property("subnet_id", "SubnetId"),
                Argument::property("allocation_id", "AllocationId"),
                Argument::property("private_ipv4_address", "PrivateIPv4Address"),
                Argument::property("ipv6_address", "IPv6Address"),
            ],
        ),
        Argument::flatten("ipam_pools", &[Argument::property("ipv4_ipam_pool_id", "Ipv4IpamPoolId")]),
        Argument::block(
            "minimum_load_balancer_capacity",
            "MinimumLoadBalancerCapacity",
            false,
            &[Argument::property("capacity_units", "CapacityUnits")],
        ),
        Argument::property(
            "enforce_security_group_inbound_rules_on_private_link_traffic",
            "EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic",
        ),
        // Settings that are load balancer attributes in the API.
        lb("enable_deletion_protection", "deletion_protection.enabled"),
        lb("enable_cross_zone_load_balancing", "load_balancing.cross_zone.enabled"),
        lb("idle_timeout", "idle_timeout.timeout_seconds"),
        lb("client_keep_alive", "client_keep_alive.seconds"),
        lb("enable_http2", "routing.http2.enabled"),
        lb("desync_mitigation_mode", "routing.http.desync_mitigation_mode"),
        lb("drop_invalid_header_fields", "routing.http.drop_invalid_header_fields.enabled"),
        lb("preserve_host_header", "routing.http.preserve_host_header.enabled"),
        lb("enable_tls_version_and_cipher_suite_headers", "routing.http.x_amzn_tls_version_and_cipher_suite.enabled"),
        lb("enable_xff_client_port", "routing.http.xff_client_port.enabled"),
        lb("xff_header_processing_mode", "routing.http.xff_header_processing.mode"),
        lb("enable_waf_fail_open", "waf.fail_open.enabled"),
        lb("enable_zonal_shift", "zonal_shift.config.enabled"),
        lb("dns_record_client_routing_policy", "dns_record.client_routing_policy"),
        log_block("access_logs", ACCESS_LOGS),
        log_block("connection_logs", CONNECTION_LOGS),
        // Arguments of the provider's 6.x releases.
        log_block("health_check_logs", HEALTH_CHECK_LOGS),
        lb("secondary_ips_auto_assigned_per_subnet", "secondary_ips.auto_assigned.per_subnet"),
        Argument::property("enable_prefix_for_ipv6_source_nat", "EnablePrefixForIpv6SourceNat"),
        Argument::dropped(
            "customer_owned_ipv4_pool",
            "AWS::ElasticLoadBalancingV2::LoadBalancer cannot use a customer-owned IP pool (Outposts); \
             create the load balancer outside the stack",
        ),
        TAGS,
        TIMEOUTS,
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::reference("arn"),
        Attribute::get_att("arn_suffix", "LoadBalancerFullName"),
        Attribute::get_att("dns_name", "DNSName"),
        Attribute::get_att("zone_id", "CanonicalHostedZoneID"),
        Attribute::get_att("name", "LoadBalancerName"),
    ],
    companions: &[],
};

// ---------------------------------------------------------------------------------------------
// Target groups and their attachments
// ---------------------------------------------------------------------------------------------

const TARGET_GROUP: ResourceMapping = ResourceMapping {
    terraform: "aws_lb_target_group",
    cloudformation: "AWS::ElasticLoadBalancingV2::TargetGroup",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "Name"),
        NAME_PREFIX,
        Argument::property("target_type", "TargetType"),
        Argument::property("port", "Port"),
        Argument::property("protocol", "Protocol"),
        Argument::property("protocol_version", "ProtocolVersion"),
        Argument::property("vpc_id", "VpcId"),
        Argument::property("ip_address_type", "IpAddressType"),
        // Argument of the provider's 6.x releases.
        Argument::property("target_control_port", "TargetControlPort"),
        Argument::flatten(
            "health_check",
            &[
                Argument::property("enabled", "HealthCheckEnabled"),
                Argument::property("path", "HealthCheckPath"),
                Argument::property("port", "HealthCheckPort"),
                Argument::property("protocol", "HealthCheckProtocol"),
                Argument::property("interval", "HealthCheckIntervalSeconds"),
                Argument::property("timeout", "HealthCheckTimeoutSeconds"),
                Argument::property("healthy_threshold", "HealthyThresholdCount"),
                Argument::property("unhealthy_threshold", "UnhealthyThresholdCount"),
                // gRPC codes (protocol_version = "GRPC") go to GrpcCode, which a table cannot choose.
                Argument::property("matcher", "Matcher.HttpCode"),
            ],
        ),
        // Settings that are target group attributes in the API.
        tg("deregistration_delay", "deregistration_delay.timeout_seconds"),
        tg("connection_termination", "deregistration_delay.connection_termination.enabled"),
        tg("slow_start", "slow_start.duration_seconds"),
        tg("load_balancing_algorithm_type", "load_balancing.algorithm.type"),
        tg("load_balancing_anomaly_mitigation", "load_balancing.algorithm.anomaly_mitigation"),
        tg("load_balancing_cross_zone_enabled", "load_balancing.cross_zone.enabled"),
        tg("lambda_multi_value_headers_enabled", "lambda.multi_value_headers.enabled"),
        tg("preserve_client_ip", "preserve_client_ip.enabled"),
        tg("proxy_protocol_v2", "proxy_protocol_v2.enabled"),
        Argument::flatten(
            "stickiness",
            &[
                tg("enabled", "stickiness.enabled"),
                tg("type", "stickiness.type"),
                // The provider sends the duration of the stickiness type in use; both are valid
                // attributes of an application load balancer's target group.
                tg("cookie_duration", "stickiness.lb_cookie.duration_seconds"),
                tg("cookie_duration", "stickiness.app_cookie.duration_seconds"),
                tg("cookie_name", "stickiness.app_cookie.cookie_name"),
            ],
        ),
        Argument::flatten(
            "target_failover",
            &[
                tg("on_deregistration", "target_failover.on_deregistration"),
                tg("on_unhealthy", "target_failover.on_unhealthy"),
            ],
        ),
        Argument::flatten(
            "target_group_health",
            &[
                Argument::flatten(
                    "dns_failover",
                    &[
                        tg(
                            "minimum_healthy_targets_count",
                            "target_group_health.dns_failover.minimum_healthy_targets.count",
                        ),
                        tg(
                            "minimum_healthy_targets_percentage",
                            "target_group_health.dns_failover.minimum_healthy_targets.percentage",
                        ),
                    ],
                ),
                Argument::flatten(
                    "unhealthy_state_routing",
                    &[
                        tg(
                            "minimum_healthy_targets_count",
                            "target_group_health.unhealthy_state_routing.minimum_healthy_targets.count",
                        ),
                        tg(
                            "minimum_healthy_targets_percentage",
                            "target_group_health.unhealthy_state_routing.minimum_healthy_targets.percentage",
                        ),
                    ],
                ),
            ],
        ),
        Argument::flatten(
            "target_health_state",
            &[
                tg(
                    "enable_unhealthy_connection_termination",
                    "target_health_state.unhealthy.connection_termination.enabled",
                ),
                tg("unhealthy_draining_interval", "target_health_state.unhealthy.draining_interval_seconds"),
            ],
        ),
        TAGS,
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::reference("arn"),
        Attribute::get_att("arn_suffix", "TargetGroupFullName"),
        Attribute::get_att("name", "TargetGroupName"),
        Attribute::get_att("load_balancer_arns", "LoadBalancerArns"),
    ],
    companions: &[],
};

/// One entry of the target group's `Targets`.
const fn target(name: &'static str, property: &'static str) -> Argument {
    Argument::new(name, Shape::Value(Transform::None), Target::Element { list: "Targets", property })
}

const TARGET_GROUP_ATTACHMENT: ResourceMapping = ResourceMapping {
    terraform: "aws_lb_target_group_attachment",
    cloudformation: "AWS::ElasticLoadBalancingV2::TargetGroup",
    when: None,
    placement: Placement::MergeInto { parent: "aws_lb_target_group", link: "target_group_arn" },
    arguments: &[
        Argument::link("target_group_arn"),
        target("target_id", "Id"),
        target("port", "Port"),
        target("availability_zone", "AvailabilityZone"),
        // Argument of the provider's 6.x releases.
        target("quic_server_id", "QuicServerId"),
        REGION,
    ],
    // Terraform's ID is generated; the target group is what identifies the attachment here.
    attributes: &[Attribute::argument("id", "target_group_arn")],
    companions: &[],
};

// ---------------------------------------------------------------------------------------------
// Listeners, their rules and certificates
// ---------------------------------------------------------------------------------------------

/// An `authenticate_cognito` block; `SessionTimeout` is a string in a listener, a number in a rule.
const fn cognito(session_timeout: Transform) -> [Argument; 8] {
    [
        Argument::property("user_pool_arn", "UserPoolArn"),
        Argument::property("user_pool_client_id", "UserPoolClientId"),
        Argument::property("user_pool_domain", "UserPoolDomain"),
        Argument::property("authentication_request_extra_params", "AuthenticationRequestExtraParams"),
        Argument::property("on_unauthenticated_request", "OnUnauthenticatedRequest"),
        Argument::property("scope", "Scope"),
        Argument::property("session_cookie_name", "SessionCookieName"),
        Argument::transformed("session_timeout", session_timeout, "SessionTimeout"),
    ]
}

/// An `authenticate_oidc` block, as [`cognito`].
const fn oidc(session_timeout: Transform) -> [Argument; 11] {
    [
        Argument::property("issuer", "Issuer"),
        Argument::property("authorization_endpoint", "AuthorizationEndpoint"),
        Argument::property("token_endpoint", "TokenEndpoint"),
        Argument::property("user_info_endpoint", "UserInfoEndpoint"),
        Argument::property("client_id", "ClientId"),
        Argument::property("client_secret", "ClientSecret"),
        Argument::property("authentication_request_extra_params", "AuthenticationRequestExtraParams"),
        Argument::property("on_unauthenticated_request", "OnUnauthenticatedRequest"),
        Argument::property("scope", "Scope"),
        Argument::property("session_cookie_name", "SessionCookieName"),
        Argument::transformed("session_timeout", session_timeout, "SessionTimeout"),
    ]
}

const LISTENER_COGNITO: [Argument; 8] = cognito(Transform::ToString);
const LISTENER_OIDC: [Argument; 11] = oidc(Transform::ToString);
const RULE_COGNITO: [Argument; 8] = cognito(Transform::None);
const RULE_OIDC: [Argument; 11] = oidc(Transform::None);

const FIXED_RESPONSE: &[Argument] = &[
    Argument::property("content_type", "ContentType"),
    Argument::property("message_body", "MessageBody"),
    Argument::property("status_code", "StatusCode"),
];

const FORWARD: &[Argument] = &[
    Argument::block(
        "target_group",
        "TargetGroups",
        true,
        &[Argument::property("arn", "TargetGroupArn"), Argument::property("weight", "Weight")],
    ),
    Argument::block(
        "stickiness",
        "TargetGroupStickinessConfig",
        false,
        &[Argument::property("enabled", "Enabled"), Argument::property("duration", "DurationSeconds")],
    ),
];

const REDIRECT: &[Argument] = &[
    Argument::property("protocol", "Protocol"),
    Argument::property("host", "Host"),
    Argument::property("port", "Port"),
    Argument::property("path", "Path"),
    Argument::property("query", "Query"),
    Argument::property("status_code", "StatusCode"),
];

/// A `jwt_validation` block (provider 6.x).
const JWT_VALIDATION: &[Argument] = &[
    Argument::property("issuer", "Issuer"),
    Argument::property("jwks_endpoint", "JwksEndpoint"),
    Argument::block(
        "additional_claim",
        "AdditionalClaims",
        true,
        &[
            Argument::property("name", "Name"),
            Argument::property("format", "Format"),
            Argument::property("values", "Values"),
        ],
    ),
];

/// A `default_action` (listener) or `action` (rule) block, with its authentication blocks.
const fn action(cognito: &'static [Argument], oidc: &'static [Argument]) -> [Argument; 9] {
    [
        Argument::property("type", "Type"),
        Argument::property("order", "Order"),
        Argument::property("target_group_arn", "TargetGroupArn"),
        Argument::block("forward", "ForwardConfig", false, FORWARD),
        Argument::block("redirect", "RedirectConfig", false, REDIRECT),
        Argument::block("fixed_response", "FixedResponseConfig", false, FIXED_RESPONSE),
        Argument::block("authenticate_cognito", "AuthenticateCognitoConfig", false, cognito),
        Argument::block("authenticate_oidc", "AuthenticateOidcConfig", false, oidc),
        // Argument of the provider's 6.x releases.
        Argument::block("jwt_validation", "JwtValidationConfig", false, JWT_VALIDATION),
    ]
}

const LISTENER_ACTION: [Argument; 9] = action(&LISTENER_COGNITO, &LISTENER_OIDC);
const RULE_ACTION: [Argument; 9] = action(&RULE_COGNITO, &RULE_OIDC);

const LISTENER: ResourceMapping = ResourceMapping {
    terraform: "aws_lb_listener",
    cloudformation: "AWS::ElasticLoadBalancingV2::Listener",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("load_balancer_arn", "LoadBalancerArn"),
        Argument::property("port", "Port"),
        Argument::property("protocol", "Protocol"),
        Argument::property("ssl_policy", "SslPolicy"),
        // One certificate in Terraform (more through aws_lb_listener_certificate), a list here.
        Argument::new(
            "certificate_arn",
            Shape::Value(Transform::Wrap("CertificateArn")),
            Target::Append("Certificates"),
        ),
        Argument::transformed("alpn_policy", Transform::WrapInList, "AlpnPolicy"),
        Argument::block("default_action", "DefaultActions", true, &LISTENER_ACTION),
        Argument::block(
            "mutual_authentication",
            "MutualAuthentication",
            false,
            &[
                Argument::property("mode", "Mode"),
                Argument::property("trust_store_arn", "TrustStoreArn"),
                Argument::property("ignore_client_certificate_expiry", "IgnoreClientCertificateExpiry"),
                Argument::property("advertise_trust_store_ca_names", "AdvertiseTrustStoreCaNames"),
            ],
        ),
        // Settings that are listener attributes in the API.
        listener("tcp_idle_timeout_seconds", "tcp.idle_timeout.seconds"),
        listener(
            "routing_http_request_x_amzn_mtls_clientcert_header_name",
            "routing.http.request.x_amzn_mtls_clientcert.header_name",
        ),
        listener(
            "routing_http_request_x_amzn_mtls_clientcert_issuer_header_name",
            "routing.http.request.x_amzn_mtls_clientcert_issuer.header_name",
        ),
        listener(
            "routing_http_request_x_amzn_mtls_clientcert_leaf_header_name",
            "routing.http.request.x_amzn_mtls_clientcert_leaf.header_name",
        ),
        listener(
            "routing_http_request_x_amzn_mtls_clientcert_serial_number_header_name",
            "routing.http.request.x_amzn_mtls_clientcert_serial_number.header_name",
        ),
        listener(
            "routing_http_request_x_amzn_mtls_clientcert_subject_header_name",
            "routing.http.request.x_amzn_mtls_clientcert_subject.header_name",
        ),
        listener(
            "routing_http_request_x_amzn_mtls_clientcert_validity_header_name",
            "routing.http.request.x_amzn_mtls_clientcert_validity.header_name",
        ),
        listener(
            "routing_http_request_x_amzn_tls_cipher_suite_header_name",
            "routing.http.request.x_amzn_tls_cipher_suite.header_name",
        ),
        listener(
            "routing_http_request_x_amzn_tls_version_header_name",
            "routing.http.request.x_amzn_tls_version.header_name",
        ),
        listener(
            "routing_http_response_access_control_allow_credentials_header_value",
            "routing.http.response.access_control_allow_credentials.header_value",
        ),
        listener(
            "routing_http_response_access_control_allow_headers_header_value",
            "routing.http.response.access_control_allow_headers.header_value",
        ),
        listener(
            "routing_http_response_access_control_allow_methods_header_value",
            "routing.http.response.access_control_allow_methods.header_value",
        ),
        listener(
            "routing_http_response_access_control_allow_origin_header_value",
            "routing.http.response.access_control_allow_origin.header_value",
        ),
        listener(
            "routing_http_response_access_control_expose_headers_header_value",
            "routing.http.response.access_control_expose_headers.header_value",
        ),
        listener(
            "routing_http_response_access_control_max_age_header_value",
            "routing.http.response.access_control_max_age.header_value",
        ),
        listener(
            "routing_http_response_content_security_policy_header_value",
            "routing.http.response.content_security_policy.header_value",
        ),
        listener("routing_http_response_server_enabled", "routing.http.response.server.enabled"),
        listener(
            "routing_http_response_strict_transport_security_header_value",
            "routing.http.response.strict_transport_security.header_value",
        ),
        listener(
            "routing_http_response_x_content_type_options_header_value",
            "routing.http.response.x_content_type_options.header_value",
        ),
        listener(
            "routing_http_response_x_frame_options_header_value",
            "routing.http.response.x_frame_options.header_value",
        ),
        TAGS,
        TIMEOUTS,
        REGION,
    ],
    attributes: &[Attribute::reference("id"), Attribute::reference("arn")],
    companions: &[],
};

/// A condition's `values` and its field's name, written into the condition from the nested block
/// that says which field it tests.
const fn field(field: &'static str, config: &'static str) -> [Argument; 2] {
    [
        Argument::transformed("values", Transform::Constant(field), "Field"),
        Argument::new("values", Shape::Value(Transform::None), Target::Property(config)),
    ]
}

const HOST_HEADER: [Argument; 2] = field("host-header", "HostHeaderConfig.Values");
const PATH_PATTERN: [Argument; 2] = field("path-pattern", "PathPatternConfig.Values");
const HTTP_REQUEST_METHOD: [Argument; 2] = field("http-request-method", "HttpRequestMethodConfig.Values");
const SOURCE_IP: [Argument; 2] = field("source-ip", "SourceIpConfig.Values");

const CONDITION: &[Argument] = &[
    Argument::flatten(
        "host_header",
        &[
            HOST_HEADER[0],
            HOST_HEADER[1],
            Argument::transformed("regex_values", Transform::Constant("host-header"), "Field"),
            Argument::property("regex_values", "HostHeaderConfig.RegexValues"),
        ],
    ),
    Argument::flatten(
        "path_pattern",
        &[
            PATH_PATTERN[0],
            PATH_PATTERN[1],
            Argument::transformed("regex_values", Transform::Constant("path-pattern"), "Field"),
            Argument::property("regex_values", "PathPatternConfig.RegexValues"),
        ],
    ),
    Argument::flatten(
        "http_header",
        &[
            Argument::transformed("http_header_name", Transform::Constant("http-header"), "Field"),
            Argument::property("http_header_name", "HttpHeaderConfig.HttpHeaderName"),
            Argument::property("values", "HttpHeaderConfig.Values"),
            Argument::property("regex_values", "HttpHeaderConfig.RegexValues"),
        ],
    ),
    Argument::flatten("http_request_method", &[HTTP_REQUEST_METHOD[0], HTTP_REQUEST_METHOD[1]]),
    Argument::flatten(
        "source_ip",
        &[
            SOURCE_IP[0],
            SOURCE_IP[1],
            // Argument of the provider's 6.x releases.
            Argument::property("ip_address_type", "SourceIpConfig.IpAddressType"),
        ],
    ),
    // Each `query_string` block is one key/value pair of the condition's list.
    Argument::block(
        "query_string",
        "QueryStringConfig.Values",
        true,
        &[Argument::property("key", "Key"), Argument::property("value", "Value")],
    ),
    Argument::flatten(
        "query_string",
        &[
            Argument::transformed("value", Transform::Constant("query-string"), "Field"),
            Argument::new(
                "key",
                Shape::Value(Transform::None),
                Target::Implied("written to the pair by the row above"),
            ),
        ],
    ),
];

/// A `transform` block's rewrite (provider 6.x).
const REWRITE: &[Argument] = &[Argument::block(
    "rewrite",
    "Rewrites",
    true,
    &[Argument::property("regex", "Regex"), Argument::property("replace", "Replace")],
)];

const LISTENER_RULE: ResourceMapping = ResourceMapping {
    terraform: "aws_lb_listener_rule",
    cloudformation: "AWS::ElasticLoadBalancingV2::ListenerRule",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("listener_arn", "ListenerArn"),
        // Required by CloudFormation, which cannot take the next free priority as Terraform does.
        Argument::property("priority", "Priority"),
        Argument::block("action", "Actions", true, &RULE_ACTION),
        Argument::block("condition", "Conditions", true, CONDITION),
        // Argument of the provider's 6.x releases.
        Argument::block(
            "transform",
            "Transforms",
            true,
            &[
                Argument::property("type", "Type"),
                Argument::block("host_header_rewrite_config", "HostHeaderRewriteConfig", false, REWRITE),
                Argument::block("url_rewrite_config", "UrlRewriteConfig", false, REWRITE),
            ],
        ),
        TAGS,
        REGION,
    ],
    attributes: &[Attribute::reference("id"), Attribute::reference("arn")],
    companions: &[],
};

const LISTENER_CERTIFICATE: ResourceMapping = ResourceMapping {
    terraform: "aws_lb_listener_certificate",
    cloudformation: "AWS::ElasticLoadBalancingV2::ListenerCertificate",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("listener_arn", "ListenerArn"),
        Argument::new(
            "certificate_arn",
            Shape::Value(Transform::Wrap("CertificateArn")),
            Target::Append("Certificates"),
        ),
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::argument("listener_arn", "listener_arn"),
        Attribute::argument("certificate_arn", "certificate_arn"),
    ],
    companions: &[],
};

// ---------------------------------------------------------------------------------------------
// Trust stores
// ---------------------------------------------------------------------------------------------

const TRUST_STORE: ResourceMapping = ResourceMapping {
    terraform: "aws_lb_trust_store",
    cloudformation: "AWS::ElasticLoadBalancingV2::TrustStore",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "Name"),
        NAME_PREFIX,
        Argument::property("ca_certificates_bundle_s3_bucket", "CaCertificatesBundleS3Bucket"),
        Argument::property("ca_certificates_bundle_s3_key", "CaCertificatesBundleS3Key"),
        Argument::property("ca_certificates_bundle_s3_object_version", "CaCertificatesBundleS3ObjectVersion"),
        TAGS,
        TIMEOUTS,
        REGION,
    ],
    attributes: &[
        Attribute::get_att("id", "TrustStoreArn"),
        Attribute::get_att("arn", "TrustStoreArn"),
        Attribute::argument("name", "name"),
    ],
    companions: &[],
};

/// One entry of the revocation's `RevocationContents`.
const fn revocation(name: &'static str, property: &'static str) -> Argument {
    Argument::new(name, Shape::Value(Transform::None), Target::Element { list: "RevocationContents", property })
}

const TRUST_STORE_REVOCATION: ResourceMapping = ResourceMapping {
    terraform: "aws_lb_trust_store_revocation",
    cloudformation: "AWS::ElasticLoadBalancingV2::TrustStoreRevocation",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("trust_store_arn", "TrustStoreArn"),
        revocation("revocations_s3_bucket", "S3Bucket"),
        revocation("revocations_s3_key", "S3Key"),
        revocation("revocations_s3_object_version", "S3ObjectVersion"),
        TIMEOUTS,
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::get_att("revocation_id", "RevocationId"),
        Attribute::argument("trust_store_arn", "trust_store_arn"),
    ],
    companions: &[],
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::aws::rows::tests::{blocks, check_table, source, value};
    use crate::lower_arguments;
    use iac2cfn_ir::Expr;

    fn pair(key: &str, value: Expr) -> Expr {
        Expr::map([("Key", Expr::string(key)), ("Value", value)])
    }

    #[test]
    fn table_is_well_formed() {
        check_table(MAPPINGS);
    }

    #[test]
    fn flat_settings_and_log_blocks_become_attribute_entries() {
        let logs = source(vec![("bucket", value(Expr::string("logs"))), ("enabled", value(Expr::Bool(true)))]);
        let body = source(vec![
            ("idle_timeout", value(Expr::int(120))),
            ("internal", value(Expr::Bool(true))),
            ("access_logs", blocks(vec![logs])),
        ]);
        let lowered = lower_arguments(&LOAD_BALANCER, &body);
        assert!(lowered.diagnostics.is_empty(), "{:?}", lowered.diagnostics);
        assert_eq!(lowered.properties.get("Scheme"), Some(&Expr::string("internal")));
        let expected = Expr::List(vec![
            pair("idle_timeout.timeout_seconds", Expr::string("120")),
            pair("access_logs.s3.bucket", Expr::string("logs")),
            pair("access_logs.s3.enabled", Expr::string("true")),
        ]);
        assert_eq!(lowered.properties.get("LoadBalancerAttributes"), Some(&expected));
    }

    #[test]
    fn conditions_name_their_field() {
        let host = source(vec![("values", value(Expr::List(vec![Expr::string("example.com")])))]);
        let query = source(vec![("key", value(Expr::string("v"))), ("value", value(Expr::string("2")))]);
        let conditions = vec![
            source(vec![("host_header", blocks(vec![host]))]),
            source(vec![("query_string", blocks(vec![query]))]),
        ];
        let body = source(vec![("priority", value(Expr::int(10))), ("condition", blocks(conditions))]);
        let lowered = lower_arguments(&LISTENER_RULE, &body);
        assert!(lowered.diagnostics.is_empty(), "{:?}", lowered.diagnostics);
        let expected = Expr::List(vec![
            Expr::map([
                ("Field", Expr::string("host-header")),
                ("HostHeaderConfig", Expr::map([("Values", Expr::List(vec![Expr::string("example.com")]))])),
            ]),
            Expr::map([
                ("QueryStringConfig", Expr::map([("Values", Expr::List(vec![pair("v", Expr::string("2"))]))])),
                ("Field", Expr::string("query-string")),
            ]),
        ]);
        assert_eq!(lowered.properties.get("Conditions"), Some(&expected));
    }

    #[test]
    fn an_attachment_is_one_target_of_its_group() {
        let body = source(vec![
            ("target_group_arn", value(Expr::reference("Group"))),
            ("target_id", value(Expr::reference("Web"))),
            ("port", value(Expr::int(80))),
        ]);
        let lowered = lower_arguments(&TARGET_GROUP_ATTACHMENT, &body);
        assert!(lowered.diagnostics.is_empty(), "{:?}", lowered.diagnostics);
        let target = Expr::map([("Id", Expr::reference("Web")), ("Port", Expr::int(80))]);
        assert_eq!(lowered.properties.get("Targets"), Some(&Expr::List(vec![target])));
    }
}

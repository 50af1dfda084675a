//! Amazon CloudFront: distributions, the policies and functions their cache behaviors use, and the
//! identities and access controls their S3 origins sign requests with. CloudFront is global, so no
//! type has the provider's per-resource `region` argument.
//!
//! CloudFormation nests each type's settings in a `...Config` object (`DistributionConfig`,
//! `CachePolicyConfig`), where Terraform writes them at the top level. Where CloudFormation requires
//! a property that Terraform defaults (a cache policy's TTLs, a function's comment), the row writes
//! Terraform's default first ([`Target::Fixed`]) and the argument, when set, overwrites it.

use super::rows::{TAGS, TIMEOUTS};
use super::shared::{NAME_PREFIX, TAGS_ALL};
use crate::model::{Argument, Attribute, Placement, ResourceMapping, Shape, Target, Transform};

/// The CloudFront table.
pub const MAPPINGS: &[ResourceMapping] = &[
    DISTRIBUTION,
    ORIGIN_ACCESS_CONTROL,
    ORIGIN_ACCESS_IDENTITY,
    FUNCTION,
    CACHE_POLICY,
    ORIGIN_REQUEST_POLICY,
    RESPONSE_HEADERS_POLICY,
    KEY_GROUP,
    PUBLIC_KEY,
    MONITORING_SUBSCRIPTION,
    REALTIME_LOG_CONFIG,
    VPC_ORIGIN,
];

/// A property CloudFormation requires, written with Terraform's default for the argument of the same
/// name; a row of that argument listed after it overwrites it.
const fn default(name: &'static str, value: &'static str, path: &'static str) -> Argument {
    Argument::new(name, Shape::Value(Transform::Constant(value)), Target::Fixed(path))
}

/// `etag`: the version CloudFront's API compares on each update, which CloudFormation handles itself.
const ETAG: Argument = Argument::new(
    "etag",
    Shape::Value(Transform::None),
    Target::Implied("CloudFormation reads the current version itself before each update"),
);

/// A cache behavior's legacy cache settings.
const FORWARDED_VALUES: Argument = Argument::block(
    "forwarded_values",
    "ForwardedValues",
    false,
    &[
        Argument::property("query_string", "QueryString"),
        Argument::property("query_string_cache_keys", "QueryStringCacheKeys"),
        Argument::property("headers", "Headers"),
        Argument::block(
            "cookies",
            "Cookies",
            false,
            &[Argument::property("forward", "Forward"), Argument::property("whitelisted_names", "WhitelistedNames")],
        ),
    ],
);

/// A cache behavior's CloudFront Functions.
const FUNCTION_ASSOCIATION: Argument = Argument::block(
    "function_association",
    "FunctionAssociations",
    true,
    &[Argument::property("event_type", "EventType"), Argument::property("function_arn", "FunctionARN")],
);

/// A cache behavior's Lambda@Edge functions.
const LAMBDA_FUNCTION_ASSOCIATION: Argument = Argument::block(
    "lambda_function_association",
    "LambdaFunctionAssociations",
    true,
    &[
        Argument::property("event_type", "EventType"),
        Argument::property("lambda_arn", "LambdaFunctionARN"),
        Argument::property("include_body", "IncludeBody"),
    ],
);

/// A cache behavior's gRPC setting.
const GRPC_CONFIG: Argument =
    Argument::block("grpc_config", "GrpcConfig", false, &[Argument::property("enabled", "Enabled")]);

/// The distribution's default cache behavior: an ordered one without a path pattern.
const DEFAULT_CACHE_BEHAVIOR: &[Argument] = &[
    Argument::property("target_origin_id", "TargetOriginId"),
    Argument::property("viewer_protocol_policy", "ViewerProtocolPolicy"),
    Argument::property("allowed_methods", "AllowedMethods"),
    Argument::property("cached_methods", "CachedMethods"),
    Argument::property("cache_policy_id", "CachePolicyId"),
    Argument::property("origin_request_policy_id", "OriginRequestPolicyId"),
    Argument::property("response_headers_policy_id", "ResponseHeadersPolicyId"),
    Argument::property("realtime_log_config_arn", "RealtimeLogConfigArn"),
    Argument::property("field_level_encryption_id", "FieldLevelEncryptionId"),
    Argument::property("compress", "Compress"),
    Argument::property("smooth_streaming", "SmoothStreaming"),
    Argument::property("min_ttl", "MinTTL"),
    Argument::property("default_ttl", "DefaultTTL"),
    Argument::property("max_ttl", "MaxTTL"),
    Argument::property("trusted_key_groups", "TrustedKeyGroups"),
    Argument::property("trusted_signers", "TrustedSigners"),
    FORWARDED_VALUES,
    FUNCTION_ASSOCIATION,
    LAMBDA_FUNCTION_ASSOCIATION,
    GRPC_CONFIG,
];

/// An ordered cache behavior: the default one's settings for the requests a path pattern matches.
const ORDERED_CACHE_BEHAVIOR: &[Argument] = &[
    Argument::property("path_pattern", "PathPattern"),
    Argument::property("target_origin_id", "TargetOriginId"),
    Argument::property("viewer_protocol_policy", "ViewerProtocolPolicy"),
    Argument::property("allowed_methods", "AllowedMethods"),
    Argument::property("cached_methods", "CachedMethods"),
    Argument::property("cache_policy_id", "CachePolicyId"),
    Argument::property("origin_request_policy_id", "OriginRequestPolicyId"),
    Argument::property("response_headers_policy_id", "ResponseHeadersPolicyId"),
    Argument::property("realtime_log_config_arn", "RealtimeLogConfigArn"),
    Argument::property("field_level_encryption_id", "FieldLevelEncryptionId"),
    Argument::property("compress", "Compress"),
    Argument::property("smooth_streaming", "SmoothStreaming"),
    Argument::property("min_ttl", "MinTTL"),
    Argument::property("default_ttl", "DefaultTTL"),
    Argument::property("max_ttl", "MaxTTL"),
    Argument::property("trusted_key_groups", "TrustedKeyGroups"),
    Argument::property("trusted_signers", "TrustedSigners"),
    FORWARDED_VALUES,
    FUNCTION_ASSOCIATION,
    LAMBDA_FUNCTION_ASSOCIATION,
    GRPC_CONFIG,
];

/// One origin of a distribution.
const ORIGIN: &[Argument] = &[
    Argument::property("origin_id", "Id"),
    Argument::property("domain_name", "DomainName"),
    Argument::property("origin_path", "OriginPath"),
    Argument::property("origin_access_control_id", "OriginAccessControlId"),
    Argument::property("connection_attempts", "ConnectionAttempts"),
    Argument::property("connection_timeout", "ConnectionTimeout"),
    // Argument of the provider's 6.x releases.
    Argument::property("response_completion_timeout", "ResponseCompletionTimeout"),
    Argument::block(
        "custom_header",
        "OriginCustomHeaders",
        true,
        &[Argument::property("name", "HeaderName"), Argument::property("value", "HeaderValue")],
    ),
    Argument::block(
        "custom_origin_config",
        "CustomOriginConfig",
        false,
        &[
            Argument::property("http_port", "HTTPPort"),
            Argument::property("https_port", "HTTPSPort"),
            Argument::property("origin_protocol_policy", "OriginProtocolPolicy"),
            Argument::property("origin_ssl_protocols", "OriginSSLProtocols"),
            Argument::property("origin_keepalive_timeout", "OriginKeepaliveTimeout"),
            Argument::property("origin_read_timeout", "OriginReadTimeout"),
            // Arguments of the provider's 6.x releases.
            Argument::property("ip_address_type", "IpAddressType"),
            Argument::block(
                "origin_mtls_config",
                "OriginMtlsConfig",
                false,
                &[Argument::property("client_certificate_arn", "ClientCertificateArn")],
            ),
        ],
    ),
    // CloudFront's API takes exactly one of the three origin kinds; Terraform sends an S3 origin
    // without an identity when the configuration gives none (an S3 bucket read through an origin
    // access control), CloudFormation does not.
    Argument::new(
        "s3_origin_config",
        Shape::Value(Transform::Constant("")),
        Target::FixedUnless {
            path: "S3OriginConfig.OriginAccessIdentity",
            unless: &["s3_origin_config", "custom_origin_config", "vpc_origin_config"],
        },
    ),
    // Terraform's `origin_access_identity` is the identity's path
    // (`origin-access-identity/cloudfront/ID`), as CloudFormation's is; empty with an origin access
    // control.
    Argument::block(
        "s3_origin_config",
        "S3OriginConfig",
        false,
        &[Argument::property("origin_access_identity", "OriginAccessIdentity")],
    ),
    Argument::block(
        "origin_shield",
        "OriginShield",
        false,
        &[Argument::property("enabled", "Enabled"), Argument::property("origin_shield_region", "OriginShieldRegion")],
    ),
    Argument::block(
        "vpc_origin_config",
        "VpcOriginConfig",
        false,
        &[
            Argument::property("vpc_origin_id", "VpcOriginId"),
            Argument::property("origin_keepalive_timeout", "OriginKeepaliveTimeout"),
            Argument::property("origin_read_timeout", "OriginReadTimeout"),
            // Argument of the provider's 6.x releases.
            Argument::property("owner_account_id", "OwnerAccountId"),
        ],
    ),
];

const DISTRIBUTION: ResourceMapping = ResourceMapping {
    terraform: "aws_cloudfront_distribution",
    cloudformation: "AWS::CloudFront::Distribution",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("enabled", "DistributionConfig.Enabled"),
        Argument::property("comment", "DistributionConfig.Comment"),
        Argument::property("aliases", "DistributionConfig.Aliases"),
        Argument::property("default_root_object", "DistributionConfig.DefaultRootObject"),
        Argument::property("http_version", "DistributionConfig.HttpVersion"),
        Argument::property("is_ipv6_enabled", "DistributionConfig.IPV6Enabled"),
        Argument::property("price_class", "DistributionConfig.PriceClass"),
        Argument::property("web_acl_id", "DistributionConfig.WebACLId"),
        Argument::property("staging", "DistributionConfig.Staging"),
        Argument::property("continuous_deployment_policy_id", "DistributionConfig.ContinuousDeploymentPolicyId"),
        // Arguments of the provider's 6.x releases.
        Argument::property("anycast_ip_list_id", "DistributionConfig.AnycastIpListId"),
        Argument::block(
            "cache_tag_config",
            "DistributionConfig.CacheTagConfig",
            false,
            &[Argument::property("header_name", "HeaderName")],
        ),
        Argument::block(
            "connection_function_association",
            "DistributionConfig.ConnectionFunctionAssociation",
            false,
            &[Argument::property("id", "Id")],
        ),
        Argument::block(
            "viewer_mtls_config",
            "DistributionConfig.ViewerMtlsConfig",
            false,
            &[
                Argument::property("mode", "Mode"),
                Argument::block(
                    "trust_store_config",
                    "TrustStoreConfig",
                    false,
                    &[
                        Argument::property("trust_store_id", "TrustStoreId"),
                        Argument::property("advertise_trust_store_ca_names", "AdvertiseTrustStoreCaNames"),
                        Argument::property("ignore_certificate_expiry", "IgnoreCertificateExpiry"),
                    ],
                ),
            ],
        ),
        Argument::block("origin", "DistributionConfig.Origins", true, ORIGIN),
        Argument::dropped(
            "origin_group",
            "CloudFormation's OriginGroups spell out the number of groups, members and status codes \
             (`Quantity`), which the converter does not compute yet; add DistributionConfig.OriginGroups to \
             the template by hand",
        ),
        Argument::block(
            "default_cache_behavior",
            "DistributionConfig.DefaultCacheBehavior",
            false,
            DEFAULT_CACHE_BEHAVIOR,
        ),
        Argument::block("ordered_cache_behavior", "DistributionConfig.CacheBehaviors", true, ORDERED_CACHE_BEHAVIOR),
        Argument::block(
            "custom_error_response",
            "DistributionConfig.CustomErrorResponses",
            true,
            &[
                Argument::property("error_code", "ErrorCode"),
                Argument::property("response_code", "ResponseCode"),
                Argument::property("response_page_path", "ResponsePagePath"),
                Argument::property("error_caching_min_ttl", "ErrorCachingMinTTL"),
            ],
        ),
        Argument::block(
            "logging_config",
            "DistributionConfig.Logging",
            false,
            &[
                Argument::property("bucket", "Bucket"),
                Argument::property("prefix", "Prefix"),
                Argument::property("include_cookies", "IncludeCookies"),
            ],
        ),
        Argument::block(
            "restrictions",
            "DistributionConfig.Restrictions",
            false,
            &[Argument::block(
                "geo_restriction",
                "GeoRestriction",
                false,
                &[
                    Argument::property("restriction_type", "RestrictionType"),
                    Argument::property("locations", "Locations"),
                ],
            )],
        ),
        Argument::block(
            "viewer_certificate",
            "DistributionConfig.ViewerCertificate",
            false,
            &[
                Argument::property("acm_certificate_arn", "AcmCertificateArn"),
                Argument::property("cloudfront_default_certificate", "CloudFrontDefaultCertificate"),
                Argument::property("iam_certificate_id", "IamCertificateId"),
                Argument::property("minimum_protocol_version", "MinimumProtocolVersion"),
                Argument::property("ssl_support_method", "SslSupportMethod"),
            ],
        ),
        Argument::dropped(
            "retain_on_delete",
            "CloudFormation keeps a resource on stack deletion through its DeletionPolicy: set `DeletionPolicy: \
             Retain` on the distribution",
        ),
        Argument::dropped(
            "wait_for_deployment",
            "CloudFormation always waits until a distribution is deployed before it completes the resource",
        ),
        TAGS,
        TAGS_ALL,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::sub("arn", "arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/${Self}"),
        Attribute::get_att("domain_name", "DomainName"),
        // The hosted zone of every CloudFront distribution (in the `aws` partition), which Terraform
        // also returns as a constant: the zone of a Route 53 alias to the distribution.
        Attribute::sub("hosted_zone_id", "Z2FDTNDATAQYW2"),
    ],
    companions: &[],
};

/// `Ref` is the control's ID, as Terraform's `id` is.
const ORIGIN_ACCESS_CONTROL: ResourceMapping = ResourceMapping {
    terraform: "aws_cloudfront_origin_access_control",
    cloudformation: "AWS::CloudFront::OriginAccessControl",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "OriginAccessControlConfig.Name"),
        Argument::property("description", "OriginAccessControlConfig.Description"),
        Argument::property(
            "origin_access_control_origin_type",
            "OriginAccessControlConfig.OriginAccessControlOriginType",
        ),
        Argument::property("signing_behavior", "OriginAccessControlConfig.SigningBehavior"),
        Argument::property("signing_protocol", "OriginAccessControlConfig.SigningProtocol"),
        ETAG,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::sub("arn", "arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:origin-access-control/${Self}"),
    ],
    companions: &[],
};

/// `Ref` is the identity's ID, as Terraform's `id` is; its other names are built from it.
const ORIGIN_ACCESS_IDENTITY: ResourceMapping = ResourceMapping {
    terraform: "aws_cloudfront_origin_access_identity",
    cloudformation: "AWS::CloudFront::CloudFrontOriginAccessIdentity",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        // CloudFormation requires the comment; Terraform's default is empty.
        default("comment", "", "CloudFrontOriginAccessIdentityConfig.Comment"),
        Argument::property("comment", "CloudFrontOriginAccessIdentityConfig.Comment"),
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::sub("arn", "arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:origin-access-identity/${Self}"),
        Attribute::sub("cloudfront_access_identity_path", "origin-access-identity/cloudfront/${Self}"),
        Attribute::sub(
            "iam_arn",
            "arn:${AWS::Partition}:iam::cloudfront:user/CloudFront Origin Access Identity ${Self}",
        ),
        Attribute::get_att("s3_canonical_user_id", "S3CanonicalUserId"),
    ],
    companions: &[],
};

/// `Ref` is the function's ARN; Terraform's `id` is its name.
const FUNCTION: ResourceMapping = ResourceMapping {
    terraform: "aws_cloudfront_function",
    cloudformation: "AWS::CloudFront::Function",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "Name"),
        Argument::property("code", "FunctionCode"),
        Argument::property("runtime", "FunctionConfig.Runtime"),
        // CloudFormation requires the comment; Terraform's default is empty.
        default("comment", "", "FunctionConfig.Comment"),
        Argument::property("comment", "FunctionConfig.Comment"),
        Argument::transformed(
            "key_value_store_associations",
            Transform::Wrap("KeyValueStoreARN"),
            "FunctionConfig.KeyValueStoreAssociations",
        ),
        // Terraform publishes the function to the LIVE stage unless told otherwise; CloudFormation
        // only with `AutoPublish`.
        default("publish", "true", "AutoPublish"),
        Argument::property("publish", "AutoPublish"),
        // Arguments of the provider's 6.x releases.
        TAGS,
        TAGS_ALL,
    ],
    attributes: &[
        Attribute::argument("id", "name"),
        Attribute::reference("arn"),
        Attribute::get_att("status", "Stage"),
    ],
    companions: &[],
};

/// A cookie, header or query string setting of a cache or origin request policy: a behavior and the
/// names it lists (`cookies { items = [...] }` -> `Cookies: [...]`).
const fn names_config(block: &'static str, path: &'static str, behavior: &'static [Argument]) -> Argument {
    Argument::block(block, path, false, behavior)
}

const CACHE_COOKIES: &[Argument] = &[
    Argument::property("cookie_behavior", "CookieBehavior"),
    Argument::flatten("cookies", &[Argument::property("items", "Cookies")]),
];

/// CloudFormation requires `HeaderBehavior`, which Terraform leaves optional: the API's default is
/// `none`.
const CACHE_HEADERS: &[Argument] = &[
    default("header_behavior", "none", "HeaderBehavior"),
    Argument::property("header_behavior", "HeaderBehavior"),
    Argument::flatten("headers", &[Argument::property("items", "Headers")]),
];

const CACHE_QUERY_STRINGS: &[Argument] = &[
    Argument::property("query_string_behavior", "QueryStringBehavior"),
    Argument::flatten("query_strings", &[Argument::property("items", "QueryStrings")]),
];

/// `Ref` is the policy's ID, as Terraform's `id` is.
const CACHE_POLICY: ResourceMapping = ResourceMapping {
    terraform: "aws_cloudfront_cache_policy",
    cloudformation: "AWS::CloudFront::CachePolicy",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "CachePolicyConfig.Name"),
        Argument::property("comment", "CachePolicyConfig.Comment"),
        // CloudFormation requires the three TTLs; these are Terraform's defaults.
        default("min_ttl", "0", "CachePolicyConfig.MinTTL"),
        Argument::property("min_ttl", "CachePolicyConfig.MinTTL"),
        default("default_ttl", "86400", "CachePolicyConfig.DefaultTTL"),
        Argument::property("default_ttl", "CachePolicyConfig.DefaultTTL"),
        default("max_ttl", "31536000", "CachePolicyConfig.MaxTTL"),
        Argument::property("max_ttl", "CachePolicyConfig.MaxTTL"),
        Argument::block(
            "parameters_in_cache_key_and_forwarded_to_origin",
            "CachePolicyConfig.ParametersInCacheKeyAndForwardedToOrigin",
            false,
            &[
                // CloudFormation requires the gzip flag; Terraform sends `false` when it is not set.
                default("enable_accept_encoding_gzip", "false", "EnableAcceptEncodingGzip"),
                Argument::property("enable_accept_encoding_gzip", "EnableAcceptEncodingGzip"),
                Argument::property("enable_accept_encoding_brotli", "EnableAcceptEncodingBrotli"),
                names_config("cookies_config", "CookiesConfig", CACHE_COOKIES),
                names_config("headers_config", "HeadersConfig", CACHE_HEADERS),
                names_config("query_strings_config", "QueryStringsConfig", CACHE_QUERY_STRINGS),
            ],
        ),
        ETAG,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::sub("arn", "arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:cache-policy/${Self}"),
    ],
    companions: &[],
};

/// `Ref` is the policy's ID, as Terraform's `id` is.
const ORIGIN_REQUEST_POLICY: ResourceMapping = ResourceMapping {
    terraform: "aws_cloudfront_origin_request_policy",
    cloudformation: "AWS::CloudFront::OriginRequestPolicy",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "OriginRequestPolicyConfig.Name"),
        Argument::property("comment", "OriginRequestPolicyConfig.Comment"),
        names_config("cookies_config", "OriginRequestPolicyConfig.CookiesConfig", CACHE_COOKIES),
        names_config("headers_config", "OriginRequestPolicyConfig.HeadersConfig", CACHE_HEADERS),
        names_config("query_strings_config", "OriginRequestPolicyConfig.QueryStringsConfig", CACHE_QUERY_STRINGS),
        ETAG,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::sub("arn", "arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:origin-request-policy/${Self}"),
    ],
    companions: &[],
};

/// A block holding a list of names (`access_control_allow_headers { items = [...] }`), which
/// CloudFormation also writes as an object with `Items`.
const fn items(block: &'static str, path: &'static str) -> Argument {
    Argument::block(block, path, false, ITEMS)
}

/// The one argument of an [`items`] block.
const ITEMS: &[Argument] = &[Argument::property("items", "Items")];

/// `Ref` is the policy's ID, as Terraform's `id` is.
const RESPONSE_HEADERS_POLICY: ResourceMapping = ResourceMapping {
    terraform: "aws_cloudfront_response_headers_policy",
    cloudformation: "AWS::CloudFront::ResponseHeadersPolicy",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "ResponseHeadersPolicyConfig.Name"),
        Argument::property("comment", "ResponseHeadersPolicyConfig.Comment"),
        Argument::block(
            "cors_config",
            "ResponseHeadersPolicyConfig.CorsConfig",
            false,
            &[
                Argument::property("access_control_allow_credentials", "AccessControlAllowCredentials"),
                Argument::property("access_control_max_age_sec", "AccessControlMaxAgeSec"),
                Argument::property("origin_override", "OriginOverride"),
                items("access_control_allow_headers", "AccessControlAllowHeaders"),
                items("access_control_allow_methods", "AccessControlAllowMethods"),
                items("access_control_allow_origins", "AccessControlAllowOrigins"),
                items("access_control_expose_headers", "AccessControlExposeHeaders"),
            ],
        ),
        Argument::block(
            "custom_headers_config",
            "ResponseHeadersPolicyConfig.CustomHeadersConfig",
            false,
            &[Argument::block(
                "items",
                "Items",
                true,
                &[
                    Argument::property("header", "Header"),
                    Argument::property("value", "Value"),
                    Argument::property("override", "Override"),
                ],
            )],
        ),
        Argument::block(
            "remove_headers_config",
            "ResponseHeadersPolicyConfig.RemoveHeadersConfig",
            false,
            &[Argument::block("items", "Items", true, &[Argument::property("header", "Header")])],
        ),
        Argument::block(
            "security_headers_config",
            "ResponseHeadersPolicyConfig.SecurityHeadersConfig",
            false,
            &[
                Argument::block(
                    "content_security_policy",
                    "ContentSecurityPolicy",
                    false,
                    &[
                        Argument::property("content_security_policy", "ContentSecurityPolicy"),
                        Argument::property("override", "Override"),
                    ],
                ),
                Argument::block(
                    "content_type_options",
                    "ContentTypeOptions",
                    false,
                    &[Argument::property("override", "Override")],
                ),
                Argument::block(
                    "frame_options",
                    "FrameOptions",
                    false,
                    &[Argument::property("frame_option", "FrameOption"), Argument::property("override", "Override")],
                ),
                Argument::block(
                    "referrer_policy",
                    "ReferrerPolicy",
                    false,
                    &[
                        Argument::property("referrer_policy", "ReferrerPolicy"),
                        Argument::property("override", "Override"),
                    ],
                ),
                Argument::block(
                    "strict_transport_security",
                    "StrictTransportSecurity",
                    false,
                    &[
                        Argument::property("access_control_max_age_sec", "AccessControlMaxAgeSec"),
                        Argument::property("include_subdomains", "IncludeSubdomains"),
                        Argument::property("preload", "Preload"),
                        Argument::property("override", "Override"),
                    ],
                ),
                Argument::block(
                    "xss_protection",
                    "XSSProtection",
                    false,
                    &[
                        Argument::property("protection", "Protection"),
                        Argument::property("mode_block", "ModeBlock"),
                        Argument::property("report_uri", "ReportUri"),
                        Argument::property("override", "Override"),
                    ],
                ),
            ],
        ),
        Argument::block(
            "server_timing_headers_config",
            "ResponseHeadersPolicyConfig.ServerTimingHeadersConfig",
            false,
            &[Argument::property("enabled", "Enabled"), Argument::property("sampling_rate", "SamplingRate")],
        ),
        ETAG,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::sub("arn", "arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:response-headers-policy/${Self}"),
    ],
    companions: &[],
};

/// `Ref` is the key group's ID, as Terraform's `id` is.
const KEY_GROUP: ResourceMapping = ResourceMapping {
    terraform: "aws_cloudfront_key_group",
    cloudformation: "AWS::CloudFront::KeyGroup",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "KeyGroupConfig.Name"),
        Argument::property("comment", "KeyGroupConfig.Comment"),
        Argument::property("items", "KeyGroupConfig.Items"),
        ETAG,
    ],
    attributes: &[Attribute::reference("id")],
    companions: &[],
};

/// `Ref` is the key's ID, as Terraform's `id` is.
const PUBLIC_KEY: ResourceMapping = ResourceMapping {
    terraform: "aws_cloudfront_public_key",
    cloudformation: "AWS::CloudFront::PublicKey",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "PublicKeyConfig.Name"),
        // CloudFormation requires a caller reference, which Terraform generates; a key's name is
        // unique in the account, so it serves as one.
        Argument::property("name", "PublicKeyConfig.CallerReference"),
        Argument::property("comment", "PublicKeyConfig.Comment"),
        Argument::property("encoded_key", "PublicKeyConfig.EncodedKey"),
        NAME_PREFIX,
        ETAG,
    ],
    attributes: &[Attribute::reference("id"), Attribute::argument("caller_reference", "name")],
    companions: &[],
};

/// `Ref` is the distribution's ID, which is also Terraform's `id`.
const MONITORING_SUBSCRIPTION: ResourceMapping = ResourceMapping {
    terraform: "aws_cloudfront_monitoring_subscription",
    cloudformation: "AWS::CloudFront::MonitoringSubscription",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("distribution_id", "DistributionId"),
        Argument::block(
            "monitoring_subscription",
            "MonitoringSubscription",
            false,
            &[Argument::block(
                "realtime_metrics_subscription_config",
                "RealtimeMetricsSubscriptionConfig",
                false,
                &[Argument::property("realtime_metrics_subscription_status", "RealtimeMetricsSubscriptionStatus")],
            )],
        ),
    ],
    attributes: &[Attribute::reference("id")],
    companions: &[],
};

/// `Ref` is the configuration's ARN, which is also Terraform's `id`.
const REALTIME_LOG_CONFIG: ResourceMapping = ResourceMapping {
    terraform: "aws_cloudfront_realtime_log_config",
    cloudformation: "AWS::CloudFront::RealtimeLogConfig",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "Name"),
        Argument::property("fields", "Fields"),
        Argument::property("sampling_rate", "SamplingRate"),
        // One endpoint in Terraform's schema, a list of them in CloudFormation's.
        Argument::block(
            "endpoint",
            "EndPoints",
            true,
            &[
                Argument::property("stream_type", "StreamType"),
                Argument::block(
                    "kinesis_stream_config",
                    "KinesisStreamConfig",
                    false,
                    &[Argument::property("role_arn", "RoleArn"), Argument::property("stream_arn", "StreamArn")],
                ),
            ],
        ),
    ],
    attributes: &[Attribute::reference("id"), Attribute::reference("arn")],
    companions: &[],
};

/// `Ref` is the VPC origin's ID, as Terraform's `id` is.
const VPC_ORIGIN: ResourceMapping = ResourceMapping {
    terraform: "aws_cloudfront_vpc_origin",
    cloudformation: "AWS::CloudFront::VpcOrigin",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::block(
            "vpc_origin_endpoint_config",
            "VpcOriginEndpointConfig",
            false,
            &[
                Argument::property("name", "Name"),
                Argument::property("arn", "Arn"),
                Argument::property("http_port", "HTTPPort"),
                Argument::property("https_port", "HTTPSPort"),
                Argument::property("origin_protocol_policy", "OriginProtocolPolicy"),
                Argument::flatten(
                    "origin_ssl_protocols",
                    &[
                        Argument::property("items", "OriginSSLProtocols"),
                        Argument::new(
                            "quantity",
                            Shape::Value(Transform::None),
                            Target::Implied("CloudFormation counts the protocols of the list itself"),
                        ),
                    ],
                ),
            ],
        ),
        TAGS,
        TAGS_ALL,
        TIMEOUTS,
    ],
    attributes: &[Attribute::reference("id"), Attribute::get_att("arn", "Arn")],
    companions: &[],
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::aws::rows::tests::{blocks, check_table, source, value};
    use crate::aws::shared::tests::{map, props, s};
    use crate::{lower_arguments, SourceObject};
    use iac2cfn_ir::Expr;

    #[test]
    fn table_is_well_formed() {
        check_table(MAPPINGS);
    }

    #[test]
    fn an_origin_of_no_kind_is_an_s3_origin_without_an_identity() {
        let origin = |kind: Option<(&str, SourceObject)>| {
            let mut entries = vec![("origin_id", value(s("o"))), ("domain_name", value(s("b.s3.amazonaws.com")))];
            entries.extend(kind.map(|(name, block)| (name, blocks(vec![block]))));
            source(entries)
        };
        let custom = source(vec![
            ("http_port", value(Expr::int(80))),
            ("https_port", value(Expr::int(443))),
            ("origin_protocol_policy", value(s("https-only"))),
            ("origin_ssl_protocols", value(Expr::List(vec![s("TLSv1.2")]))),
        ]);
        let mut guarded = source(vec![("vpc_origin_id", value(s("vo")))]);
        guarded.guard = Some(("UseVpc".to_string(), true));
        let body = source(vec![(
            "origin",
            blocks(vec![
                origin(None),
                origin(Some(("custom_origin_config", custom))),
                origin(Some(("vpc_origin_config", guarded))),
            ]),
        )]);
        let lowered = lower_arguments(&DISTRIBUTION, &body);
        assert!(lowered.diagnostics.is_empty(), "{:?}", lowered.diagnostics);
        let Some(Expr::Map(config)) = lowered.properties.get("DistributionConfig") else { panic!() };
        let Some(Expr::List(origins)) = config.get("Origins") else { panic!() };
        let s3 = map(vec![("OriginAccessIdentity", s(""))]);
        let kind = |origin: &Expr, key: &str| match origin {
            Expr::Map(origin) => origin.get(key).cloned(),
            _ => None,
        };
        assert_eq!(kind(&origins[0], "S3OriginConfig"), Some(s3.clone()));
        assert_eq!(kind(&origins[1], "S3OriginConfig"), None);
        let only_without_vpc =
            Expr::If { condition: "UseVpc".to_string(), then: Box::new(Expr::no_value()), otherwise: Box::new(s3) };
        assert_eq!(kind(&origins[2], "S3OriginConfig"), Some(only_without_vpc));
    }

    #[test]
    fn a_cache_policy_gets_terraform_defaults_for_what_cloudformation_requires() {
        let parameters = source(vec![
            ("cookies_config", blocks(vec![source(vec![("cookie_behavior", value(s("none")))])])),
            ("headers_config", blocks(vec![source(vec![])])),
            (
                "query_strings_config",
                blocks(vec![source(vec![
                    ("query_string_behavior", value(s("whitelist"))),
                    ("query_strings", blocks(vec![source(vec![("items", value(Expr::List(vec![s("q")])))])])),
                ])]),
            ),
        ]);
        let body = source(vec![
            ("name", value(s("p"))),
            ("default_ttl", value(Expr::int(60))),
            ("parameters_in_cache_key_and_forwarded_to_origin", blocks(vec![parameters])),
        ]);
        let lowered = lower_arguments(&CACHE_POLICY, &body);
        assert!(lowered.diagnostics.is_empty(), "{:?}", lowered.diagnostics);
        let parameters = map(vec![
            ("EnableAcceptEncodingGzip", s("false")),
            ("CookiesConfig", map(vec![("CookieBehavior", s("none"))])),
            ("HeadersConfig", map(vec![("HeaderBehavior", s("none"))])),
            (
                "QueryStringsConfig",
                map(vec![("QueryStringBehavior", s("whitelist")), ("QueryStrings", Expr::List(vec![s("q")]))]),
            ),
        ]);
        let config = map(vec![
            ("Name", s("p")),
            ("MinTTL", s("0")),
            ("DefaultTTL", Expr::int(60)),
            ("MaxTTL", s("31536000")),
            ("ParametersInCacheKeyAndForwardedToOrigin", parameters),
        ]);
        assert_eq!(lowered.properties, props(vec![("CachePolicyConfig", config)]));
    }
}

//! AWS Lambda: functions and the permissions that let other services invoke them.

use super::rows::{TAGS, TIMEOUTS};
use super::shared::{REGION, TAGS_ALL};
use crate::model::{
    Argument, Attribute, Companion, CompanionValue, Placement, ResourceMapping, Shape, Target, Transform,
};

/// The Lambda table.
pub const MAPPINGS: &[ResourceMapping] = &[FUNCTION, PERMISSION];

const VPC_CONFIG: &[Argument] = &[
    Argument::property("ipv6_allowed_for_dual_stack", "Ipv6AllowedForDualStack"),
    Argument::property("security_group_ids", "SecurityGroupIds"),
    Argument::property("subnet_ids", "SubnetIds"),
];

const IMAGE_CONFIG: &[Argument] = &[
    Argument::property("command", "Command"),
    Argument::property("entry_point", "EntryPoint"),
    Argument::property("working_directory", "WorkingDirectory"),
];

const LOGGING_CONFIG: &[Argument] = &[
    Argument::property("application_log_level", "ApplicationLogLevel"),
    Argument::property("log_format", "LogFormat"),
    Argument::property("log_group", "LogGroup"),
    Argument::property("system_log_level", "SystemLogLevel"),
];

const FILE_SYSTEM_CONFIG: &[Argument] =
    &[Argument::property("arn", "Arn"), Argument::property("local_mount_path", "LocalMountPath")];

const FUNCTION: ResourceMapping = ResourceMapping {
    terraform: "aws_lambda_function",
    cloudformation: "AWS::Lambda::Function",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("function_name", "FunctionName"),
        Argument::property("description", "Description"),
        Argument::property("package_type", "PackageType"),
        Argument::property("s3_bucket", "Code.S3Bucket"),
        Argument::property("s3_key", "Code.S3Key"),
        Argument::property("s3_object_version", "Code.S3ObjectVersion"),
        Argument::property("image_uri", "Code.ImageUri"),
        Argument::property("source_kms_key_arn", "Code.SourceKMSKeyArn"),
        Argument::dropped(
            "filename",
            "CloudFormation deploys code from S3 or ECR only: upload the package to S3 and set s3_bucket/s3_key",
        ),
        Argument::dropped(
            "source_code_hash",
            "CloudFormation redeploys code when s3_key or s3_object_version changes; give each package a new key",
        ),
        Argument::dropped("code_sha256", "CloudFormation redeploys code when s3_key or s3_object_version changes"),
        Argument::property("handler", "Handler"),
        Argument::property("runtime", "Runtime"),
        Argument::property("role", "Role"),
        Argument::property("architectures", "Architectures"),
        Argument::property("memory_size", "MemorySize"),
        Argument::property("timeout", "Timeout"),
        Argument::property("reserved_concurrent_executions", "ReservedConcurrentExecutions"),
        Argument::property("layers", "Layers"),
        Argument::property("kms_key_arn", "KmsKeyArn"),
        Argument::property("code_signing_config_arn", "CodeSigningConfigArn"),
        Argument::block(
            "environment",
            "Environment",
            false,
            // Environment values are strings; the configuration may give numbers and bools.
            &[Argument::transformed("variables", Transform::ToString, "Variables")],
        ),
        Argument::block("vpc_config", "VpcConfig", false, VPC_CONFIG),
        Argument::block("tracing_config", "TracingConfig", false, &[Argument::property("mode", "Mode")]),
        Argument::block(
            "dead_letter_config",
            "DeadLetterConfig",
            false,
            &[Argument::property("target_arn", "TargetArn")],
        ),
        Argument::block("ephemeral_storage", "EphemeralStorage", false, &[Argument::property("size", "Size")]),
        Argument::block("file_system_config", "FileSystemConfigs", true, FILE_SYSTEM_CONFIG),
        Argument::block("image_config", "ImageConfig", false, IMAGE_CONFIG),
        Argument::block("logging_config", "LoggingConfig", false, LOGGING_CONFIG),
        Argument::block("snap_start", "SnapStart", false, &[Argument::property("apply_on", "ApplyOn")]),
        // `publish = true` publishes a version: an `AWS::Lambda::Version` in CloudFormation.
        Argument::new("publish", Shape::Value(Transform::None), Target::Companion),
        Argument::dropped(
            "publish_to",
            "CloudFormation publishes versions with AWS::Lambda::Version resources, made here from `publish`",
        ),
        Argument::dropped(
            "replace_security_groups_on_destroy",
            "CloudFormation does not swap a function's security groups before deleting it",
        ),
        Argument::dropped(
            "replacement_security_group_ids",
            "CloudFormation does not swap a function's security groups before deleting it",
        ),
        Argument::dropped("skip_destroy", "keep the function with DeletionPolicy: Retain on the template resource"),
        Argument::dropped(
            "use_resource_timeout_for_propagation",
            "CloudFormation waits for IAM propagation with its own timeouts",
        ),
        Argument::dropped(
            "capacity_provider_config",
            "Lambda managed instances are not converted yet; set CapacityProviderConfig on the template",
        ),
        Argument::dropped(
            "durable_config",
            "durable execution settings are not converted yet; set DurableConfig on the template",
        ),
        Argument::dropped(
            "tenancy_config",
            "tenant isolation settings are not converted yet; set TenancyConfig on the template",
        ),
        TAGS,
        TAGS_ALL,
        TIMEOUTS,
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::reference("function_name"),
        Attribute::get_att("arn", "Arn"),
        Attribute::sub(
            "invoke_arn",
            "arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Self.Arn}/invocations",
        ),
        Attribute::argument("role", "role"),
        Attribute::argument("handler", "handler"),
        Attribute::argument("runtime", "runtime"),
        // With `publish = true` Terraform's version is the one it published (the companion
        // AWS::Lambda::Version, whose Ref is the version's ARN); without, the unpublished `$LATEST`.
        Attribute::companion("version", "Version", "${Companion.Version}", "$LATEST"),
        Attribute::companion("qualified_arn", "Version", "${Companion}", "${Self.Arn}:$LATEST"),
        Attribute::companion(
            "qualified_invoke_arn",
            "Version",
            "arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Companion}/invocations",
            "arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Self.Arn}:$LATEST/invocations",
        ),
    ],
    companions: &[Companion {
        cloudformation: "AWS::Lambda::Version",
        suffix: "Version",
        when_argument: "publish",
        properties: &[("FunctionName", CompanionValue::MainRef)],
        dependents_wait: false,
    }],
};

const PERMISSION: ResourceMapping = ResourceMapping {
    terraform: "aws_lambda_permission",
    cloudformation: "AWS::Lambda::Permission",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("action", "Action"),
        Argument::property("event_source_token", "EventSourceToken"),
        Argument::property("function_name", "FunctionName"),
        Argument::property("function_url_auth_type", "FunctionUrlAuthType"),
        Argument::property("invoked_via_function_url", "InvokedViaFunctionUrl"),
        Argument::property("principal", "Principal"),
        Argument::property("principal_org_id", "PrincipalOrgID"),
        Argument::property("source_account", "SourceAccount"),
        Argument::property("source_arn", "SourceArn"),
        Argument::dropped(
            "qualifier",
            "AWS::Lambda::Permission has no qualifier: give function_name as the alias or version ARN instead",
        ),
        Argument::dropped("statement_id", "CloudFormation chooses the statement ID of the permission itself"),
        Argument::dropped("statement_id_prefix", "CloudFormation chooses the statement ID of the permission itself"),
        TIMEOUTS,
        REGION,
    ],
    attributes: &[
        // The statement ID CloudFormation chose.
        Attribute::get_att("id", "Id"),
        Attribute::get_att("statement_id", "Id"),
        Attribute::argument("function_name", "function_name"),
        Attribute::argument("action", "action"),
        Attribute::argument("principal", "principal"),
    ],
    companions: &[],
};

#[cfg(test)]
mod tests {
    use super::MAPPINGS;
    use crate::aws::rows::tests::{blocks, check_table, source, value};
    use crate::aws::shared::tests::{codes, map, props, row, s};
    use crate::{attribute_expr, companion_resources, lower_arguments};
    use iac2cfn_ir::Expr;

    #[test]
    fn table_is_well_formed() {
        check_table(MAPPINGS);
    }

    #[test]
    fn a_function_gathers_its_code_and_settings() {
        let body = source(vec![
            ("function_name", value(s("worker"))),
            ("role", value(Expr::get_att("Role", "Arn"))),
            ("handler", value(s("index.handler"))),
            ("runtime", value(s("nodejs20.x"))),
            ("s3_key", value(s("worker.zip"))),
            ("s3_bucket", value(Expr::reference("Artifacts"))),
            ("environment", blocks(vec![source(vec![("variables", value(map(vec![("PORT", Expr::int(8080))])))])])),
            ("tracing_config", blocks(vec![source(vec![("mode", value(s("Active")))])])),
            ("source_code_hash", value(s("abc="))),
        ]);
        let lowered = lower_arguments(row("aws_lambda_function"), &body);
        assert_eq!(codes(&lowered), vec!["catalog::dropped-argument"]);
        assert_eq!(
            lowered.properties,
            props(vec![
                ("FunctionName", s("worker")),
                ("Code", map(vec![("S3Bucket", Expr::reference("Artifacts")), ("S3Key", s("worker.zip"))])),
                ("Handler", s("index.handler")),
                ("Runtime", s("nodejs20.x")),
                ("Role", Expr::get_att("Role", "Arn")),
                ("Environment", map(vec![("Variables", map(vec![("PORT", s("8080"))]))])),
                ("TracingConfig", map(vec![("Mode", s("Active"))])),
            ])
        );
    }

    #[test]
    fn a_local_package_is_reported_with_the_way_out() {
        let body = source(vec![("function_name", value(s("worker"))), ("filename", value(s("worker.zip")))]);
        let lowered = lower_arguments(row("aws_lambda_function"), &body);
        assert_eq!(codes(&lowered), vec!["catalog::dropped-argument"]);
        assert!(lowered.diagnostics[0].labels[0].message.contains("upload the package to S3 and set s3_bucket/s3_key"));
    }

    #[test]
    fn publishing_makes_a_version() {
        let function = row("aws_lambda_function");
        let published = source(vec![("function_name", value(s("worker"))), ("publish", value(Expr::Bool(true)))]);
        let versions = companion_resources(function, "Worker", &published);
        let [(suffix, version)] = versions.as_slice() else { panic!("{versions:?}") };
        assert_eq!((suffix.as_str(), version.resource_type.as_str()), ("Version", "AWS::Lambda::Version"));
        assert_eq!(version.properties, props(vec![("FunctionName", Expr::reference("Worker"))]));
        let unpublished = source(vec![("publish", value(Expr::Bool(false)))]);
        assert!(companion_resources(function, "Worker", &unpublished).is_empty());
    }

    #[test]
    fn invoke_arn_is_built_from_the_function_arn() {
        let expr = attribute_expr(row("aws_lambda_function"), "Worker", "invoke_arn", &|_| None);
        assert_eq!(
            expr,
            Some(Expr::sub(
                "arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Worker.Arn}/invocations"
            ))
        );
    }

    #[test]
    fn a_permission_converts_and_drops_its_statement_id() {
        let body = source(vec![
            ("statement_id", value(s("AllowS3"))),
            ("action", value(s("lambda:InvokeFunction"))),
            ("function_name", value(Expr::reference("Worker"))),
            ("principal", value(s("s3.amazonaws.com"))),
            ("source_arn", value(Expr::get_att("Bucket", "Arn"))),
        ]);
        let lowered = lower_arguments(row("aws_lambda_permission"), &body);
        assert_eq!(codes(&lowered), vec!["catalog::dropped-argument"]);
        assert_eq!(
            lowered.properties,
            props(vec![
                ("Action", s("lambda:InvokeFunction")),
                ("FunctionName", Expr::reference("Worker")),
                ("Principal", s("s3.amazonaws.com")),
                ("SourceArn", Expr::get_att("Bucket", "Arn")),
            ])
        );
    }
}

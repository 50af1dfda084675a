//! Pulumi's `aws:` package is the Terraform AWS provider underneath: each Pulumi resource token stands
//! for one Terraform resource type, and each camelCase property for one snake_case argument. This
//! module holds that correspondence, so that a Pulumi program reaches the same [`ResourceMapping`]
//! rows as the matching Terraform configuration.
//!
//! The token table is data, not a naming rule, because the correspondence is irregular:
//! `aws:ec2:Instance` is `aws_instance`, `aws:s3:BucketV2` is `aws_s3_bucket`, `aws:iam:SshKey` is
//! `aws_iam_user_ssh_key`. Tokens are written in their short form (`aws:s3:Bucket`); the long form
//! that Pulumi's schema uses (`aws:s3/bucket:Bucket`) is accepted everywhere ([`short_token`]).
//!
//! [`ResourceMapping`]: crate::ResourceMapping

/// Pulumi `aws:` resource token (short form) -> Terraform resource type. Several tokens may name one
/// Terraform type: the `V2` spellings of provider v6 and the plain ones of v7, and the `alb` and
/// `elasticloadbalancingv2` aliases of `lb`.
pub const RESOURCE_TOKENS: &[(&str, &str)] = &[
    // ACM
    ("aws:acm:Certificate", "aws_acm_certificate"),
    ("aws:acm:CertificateValidation", "aws_acm_certificate_validation"),
    // API Gateway (REST)
    ("aws:apigateway:Account", "aws_api_gateway_account"),
    ("aws:apigateway:ApiKey", "aws_api_gateway_api_key"),
    ("aws:apigateway:Authorizer", "aws_api_gateway_authorizer"),
    ("aws:apigateway:BasePathMapping", "aws_api_gateway_base_path_mapping"),
    ("aws:apigateway:Deployment", "aws_api_gateway_deployment"),
    ("aws:apigateway:DomainName", "aws_api_gateway_domain_name"),
    ("aws:apigateway:Integration", "aws_api_gateway_integration"),
    ("aws:apigateway:IntegrationResponse", "aws_api_gateway_integration_response"),
    ("aws:apigateway:Method", "aws_api_gateway_method"),
    ("aws:apigateway:MethodResponse", "aws_api_gateway_method_response"),
    ("aws:apigateway:Model", "aws_api_gateway_model"),
    ("aws:apigateway:RequestValidator", "aws_api_gateway_request_validator"),
    ("aws:apigateway:Resource", "aws_api_gateway_resource"),
    ("aws:apigateway:Response", "aws_api_gateway_gateway_response"),
    ("aws:apigateway:RestApi", "aws_api_gateway_rest_api"),
    ("aws:apigateway:RestApiPolicy", "aws_api_gateway_rest_api_policy"),
    ("aws:apigateway:Stage", "aws_api_gateway_stage"),
    ("aws:apigateway:UsagePlan", "aws_api_gateway_usage_plan"),
    ("aws:apigateway:UsagePlanKey", "aws_api_gateway_usage_plan_key"),
    ("aws:apigateway:VpcLink", "aws_api_gateway_vpc_link"),
    // API Gateway v2
    ("aws:apigatewayv2:Api", "aws_apigatewayv2_api"),
    ("aws:apigatewayv2:ApiMapping", "aws_apigatewayv2_api_mapping"),
    ("aws:apigatewayv2:Authorizer", "aws_apigatewayv2_authorizer"),
    ("aws:apigatewayv2:Deployment", "aws_apigatewayv2_deployment"),
    ("aws:apigatewayv2:DomainName", "aws_apigatewayv2_domain_name"),
    ("aws:apigatewayv2:Integration", "aws_apigatewayv2_integration"),
    ("aws:apigatewayv2:IntegrationResponse", "aws_apigatewayv2_integration_response"),
    ("aws:apigatewayv2:Route", "aws_apigatewayv2_route"),
    ("aws:apigatewayv2:RouteResponse", "aws_apigatewayv2_route_response"),
    ("aws:apigatewayv2:Stage", "aws_apigatewayv2_stage"),
    ("aws:apigatewayv2:VpcLink", "aws_apigatewayv2_vpc_link"),
    // Application Auto Scaling
    ("aws:appautoscaling:Policy", "aws_appautoscaling_policy"),
    ("aws:appautoscaling:ScheduledAction", "aws_appautoscaling_scheduled_action"),
    ("aws:appautoscaling:Target", "aws_appautoscaling_target"),
    // Auto Scaling
    ("aws:autoscaling:Attachment", "aws_autoscaling_attachment"),
    ("aws:autoscaling:Group", "aws_autoscaling_group"),
    ("aws:autoscaling:LifecycleHook", "aws_autoscaling_lifecycle_hook"),
    ("aws:autoscaling:Policy", "aws_autoscaling_policy"),
    ("aws:autoscaling:Schedule", "aws_autoscaling_schedule"),
    // Backup
    ("aws:backup:Plan", "aws_backup_plan"),
    ("aws:backup:Selection", "aws_backup_selection"),
    ("aws:backup:Vault", "aws_backup_vault"),
    ("aws:backup:VaultLockConfiguration", "aws_backup_vault_lock_configuration"),
    ("aws:backup:VaultNotifications", "aws_backup_vault_notifications"),
    ("aws:backup:VaultPolicy", "aws_backup_vault_policy"),
    // Batch
    ("aws:batch:ComputeEnvironment", "aws_batch_compute_environment"),
    ("aws:batch:JobDefinition", "aws_batch_job_definition"),
    ("aws:batch:JobQueue", "aws_batch_job_queue"),
    ("aws:batch:SchedulingPolicy", "aws_batch_scheduling_policy"),
    // CloudFront
    ("aws:cloudfront:CachePolicy", "aws_cloudfront_cache_policy"),
    ("aws:cloudfront:Distribution", "aws_cloudfront_distribution"),
    ("aws:cloudfront:Function", "aws_cloudfront_function"),
    ("aws:cloudfront:KeyGroup", "aws_cloudfront_key_group"),
    ("aws:cloudfront:MonitoringSubscription", "aws_cloudfront_monitoring_subscription"),
    ("aws:cloudfront:OriginAccessControl", "aws_cloudfront_origin_access_control"),
    ("aws:cloudfront:OriginAccessIdentity", "aws_cloudfront_origin_access_identity"),
    ("aws:cloudfront:OriginRequestPolicy", "aws_cloudfront_origin_request_policy"),
    ("aws:cloudfront:PublicKey", "aws_cloudfront_public_key"),
    ("aws:cloudfront:RealtimeLogConfig", "aws_cloudfront_realtime_log_config"),
    ("aws:cloudfront:ResponseHeadersPolicy", "aws_cloudfront_response_headers_policy"),
    ("aws:cloudfront:VpcOrigin", "aws_cloudfront_vpc_origin"),
    // CloudTrail
    ("aws:cloudtrail:Trail", "aws_cloudtrail"),
    // CloudWatch, CloudWatch Logs and EventBridge (all in Pulumi's `cloudwatch` module)
    ("aws:cloudwatch:CompositeAlarm", "aws_cloudwatch_composite_alarm"),
    ("aws:cloudwatch:Dashboard", "aws_cloudwatch_dashboard"),
    ("aws:cloudwatch:EventApiDestination", "aws_cloudwatch_event_api_destination"),
    ("aws:cloudwatch:EventArchive", "aws_cloudwatch_event_archive"),
    ("aws:cloudwatch:EventBus", "aws_cloudwatch_event_bus"),
    ("aws:cloudwatch:EventBusPolicy", "aws_cloudwatch_event_bus_policy"),
    ("aws:cloudwatch:EventConnection", "aws_cloudwatch_event_connection"),
    ("aws:cloudwatch:EventPermission", "aws_cloudwatch_event_permission"),
    ("aws:cloudwatch:EventRule", "aws_cloudwatch_event_rule"),
    ("aws:cloudwatch:EventTarget", "aws_cloudwatch_event_target"),
    ("aws:cloudwatch:LogAccountPolicy", "aws_cloudwatch_log_account_policy"),
    ("aws:cloudwatch:LogAnomalyDetector", "aws_cloudwatch_log_anomaly_detector"),
    ("aws:cloudwatch:LogDataProtectionPolicy", "aws_cloudwatch_log_data_protection_policy"),
    ("aws:cloudwatch:LogDelivery", "aws_cloudwatch_log_delivery"),
    ("aws:cloudwatch:LogDeliveryDestination", "aws_cloudwatch_log_delivery_destination"),
    ("aws:cloudwatch:LogDeliverySource", "aws_cloudwatch_log_delivery_source"),
    ("aws:cloudwatch:LogDestination", "aws_cloudwatch_log_destination"),
    ("aws:cloudwatch:LogGroup", "aws_cloudwatch_log_group"),
    ("aws:cloudwatch:LogMetricFilter", "aws_cloudwatch_log_metric_filter"),
    ("aws:cloudwatch:LogResourcePolicy", "aws_cloudwatch_log_resource_policy"),
    ("aws:cloudwatch:LogStream", "aws_cloudwatch_log_stream"),
    ("aws:cloudwatch:LogSubscriptionFilter", "aws_cloudwatch_log_subscription_filter"),
    ("aws:cloudwatch:MetricAlarm", "aws_cloudwatch_metric_alarm"),
    ("aws:cloudwatch:MetricStream", "aws_cloudwatch_metric_stream"),
    ("aws:cloudwatch:QueryDefinition", "aws_cloudwatch_query_definition"),
    // Code*
    ("aws:codebuild:Project", "aws_codebuild_project"),
    ("aws:codecommit:Repository", "aws_codecommit_repository"),
    ("aws:codedeploy:Application", "aws_codedeploy_app"),
    ("aws:codedeploy:DeploymentGroup", "aws_codedeploy_deployment_group"),
    ("aws:codepipeline:Pipeline", "aws_codepipeline"),
    // Cognito
    ("aws:cognito:IdentityPool", "aws_cognito_identity_pool"),
    ("aws:cognito:UserPool", "aws_cognito_user_pool"),
    ("aws:cognito:UserPoolClient", "aws_cognito_user_pool_client"),
    ("aws:cognito:UserPoolDomain", "aws_cognito_user_pool_domain"),
    // Directory Service
    ("aws:directoryservice:Directory", "aws_directory_service_directory"),
    // DynamoDB
    ("aws:dynamodb:ResourcePolicy", "aws_dynamodb_resource_policy"),
    ("aws:dynamodb:Table", "aws_dynamodb_table"),
    // EBS
    ("aws:ebs:Volume", "aws_ebs_volume"),
    // EC2 and VPC
    ("aws:ec2:CapacityReservation", "aws_ec2_capacity_reservation"),
    ("aws:ec2:CustomerGateway", "aws_customer_gateway"),
    ("aws:ec2:DefaultNetworkAcl", "aws_default_network_acl"),
    ("aws:ec2:DefaultRouteTable", "aws_default_route_table"),
    ("aws:ec2:DefaultSecurityGroup", "aws_default_security_group"),
    ("aws:ec2:DefaultSubnet", "aws_default_subnet"),
    ("aws:ec2:DefaultVpc", "aws_default_vpc"),
    ("aws:ec2:EgressOnlyInternetGateway", "aws_egress_only_internet_gateway"),
    ("aws:ec2:Eip", "aws_eip"),
    ("aws:ec2:EipAssociation", "aws_eip_association"),
    ("aws:ec2:FlowLog", "aws_flow_log"),
    ("aws:ec2:Instance", "aws_instance"),
    ("aws:ec2:InternetGateway", "aws_internet_gateway"),
    ("aws:ec2:InternetGatewayAttachment", "aws_internet_gateway_attachment"),
    ("aws:ec2:KeyPair", "aws_key_pair"),
    ("aws:ec2:LaunchTemplate", "aws_launch_template"),
    ("aws:ec2:MainRouteTableAssociation", "aws_main_route_table_association"),
    ("aws:ec2:ManagedPrefixList", "aws_ec2_managed_prefix_list"),
    ("aws:ec2:NatGateway", "aws_nat_gateway"),
    ("aws:ec2:NetworkAcl", "aws_network_acl"),
    ("aws:ec2:NetworkAclAssociation", "aws_network_acl_association"),
    ("aws:ec2:NetworkAclRule", "aws_network_acl_rule"),
    ("aws:ec2:NetworkInterface", "aws_network_interface"),
    ("aws:ec2:PlacementGroup", "aws_placement_group"),
    ("aws:ec2:Route", "aws_route"),
    ("aws:ec2:RouteTable", "aws_route_table"),
    ("aws:ec2:RouteTableAssociation", "aws_route_table_association"),
    ("aws:ec2:SecurityGroup", "aws_security_group"),
    ("aws:ec2:SecurityGroupRule", "aws_security_group_rule"),
    ("aws:ec2:SpotInstanceRequest", "aws_spot_instance_request"),
    ("aws:ec2:Subnet", "aws_subnet"),
    ("aws:ec2:Tag", "aws_ec2_tag"),
    ("aws:ec2:TransitGateway", "aws_ec2_transit_gateway"),
    ("aws:ec2:VolumeAttachment", "aws_volume_attachment"),
    ("aws:ec2:Vpc", "aws_vpc"),
    ("aws:ec2:VpcBlockPublicAccessExclusion", "aws_vpc_block_public_access_exclusion"),
    ("aws:ec2:VpcBlockPublicAccessOptions", "aws_vpc_block_public_access_options"),
    ("aws:ec2:VpcDhcpOptions", "aws_vpc_dhcp_options"),
    ("aws:ec2:VpcDhcpOptionsAssociation", "aws_vpc_dhcp_options_association"),
    ("aws:ec2:VpcEndpoint", "aws_vpc_endpoint"),
    ("aws:ec2:VpcEndpointService", "aws_vpc_endpoint_service"),
    ("aws:ec2:VpcIpam", "aws_vpc_ipam"),
    ("aws:ec2:VpcIpamPool", "aws_vpc_ipam_pool"),
    ("aws:ec2:VpcIpamPoolCidr", "aws_vpc_ipam_pool_cidr"),
    ("aws:ec2:VpcIpamPreviewNextCidr", "aws_vpc_ipam_preview_next_cidr"),
    ("aws:ec2:VpcIpv4CidrBlockAssociation", "aws_vpc_ipv4_cidr_block_association"),
    ("aws:ec2:VpcPeeringConnection", "aws_vpc_peering_connection"),
    ("aws:ec2:VpnConnection", "aws_vpn_connection"),
    ("aws:ec2:VpnGateway", "aws_vpn_gateway"),
    ("aws:ec2:VpnGatewayAttachment", "aws_vpn_gateway_attachment"),
    ("aws:ec2:VpnGatewayRoutePropagation", "aws_vpn_gateway_route_propagation"),
    // ECR
    ("aws:ecr:LifecyclePolicy", "aws_ecr_lifecycle_policy"),
    ("aws:ecr:PullThroughCacheRule", "aws_ecr_pull_through_cache_rule"),
    ("aws:ecr:RegistryPolicy", "aws_ecr_registry_policy"),
    ("aws:ecr:RegistryScanningConfiguration", "aws_ecr_registry_scanning_configuration"),
    ("aws:ecr:ReplicationConfiguration", "aws_ecr_replication_configuration"),
    ("aws:ecr:Repository", "aws_ecr_repository"),
    ("aws:ecr:RepositoryCreationTemplate", "aws_ecr_repository_creation_template"),
    ("aws:ecr:RepositoryPolicy", "aws_ecr_repository_policy"),
    ("aws:ecrpublic:Repository", "aws_ecrpublic_repository"),
    ("aws:ecrpublic:RepositoryPolicy", "aws_ecrpublic_repository_policy"),
    // ECS
    ("aws:ecs:CapacityProvider", "aws_ecs_capacity_provider"),
    ("aws:ecs:Cluster", "aws_ecs_cluster"),
    ("aws:ecs:ClusterCapacityProviders", "aws_ecs_cluster_capacity_providers"),
    ("aws:ecs:ExpressGatewayService", "aws_ecs_express_gateway_service"),
    ("aws:ecs:Service", "aws_ecs_service"),
    ("aws:ecs:TaskDefinition", "aws_ecs_task_definition"),
    ("aws:ecs:TaskSet", "aws_ecs_task_set"),
    // EFS
    ("aws:efs:AccessPoint", "aws_efs_access_point"),
    ("aws:efs:BackupPolicy", "aws_efs_backup_policy"),
    ("aws:efs:FileSystem", "aws_efs_file_system"),
    ("aws:efs:FileSystemPolicy", "aws_efs_file_system_policy"),
    ("aws:efs:MountTarget", "aws_efs_mount_target"),
    ("aws:efs:ReplicationConfiguration", "aws_efs_replication_configuration"),
    // EKS
    ("aws:eks:AccessEntry", "aws_eks_access_entry"),
    ("aws:eks:Addon", "aws_eks_addon"),
    ("aws:eks:Cluster", "aws_eks_cluster"),
    ("aws:eks:FargateProfile", "aws_eks_fargate_profile"),
    ("aws:eks:NodeGroup", "aws_eks_node_group"),
    // ElastiCache
    ("aws:elasticache:Cluster", "aws_elasticache_cluster"),
    ("aws:elasticache:GlobalReplicationGroup", "aws_elasticache_global_replication_group"),
    ("aws:elasticache:ParameterGroup", "aws_elasticache_parameter_group"),
    ("aws:elasticache:ReplicationGroup", "aws_elasticache_replication_group"),
    ("aws:elasticache:ServerlessCache", "aws_elasticache_serverless_cache"),
    ("aws:elasticache:SubnetGroup", "aws_elasticache_subnet_group"),
    ("aws:elasticache:User", "aws_elasticache_user"),
    ("aws:elasticache:UserGroup", "aws_elasticache_user_group"),
    ("aws:elasticache:UserGroupAssociation", "aws_elasticache_user_group_association"),
    // Elastic Load Balancing
    ("aws:elb:LoadBalancer", "aws_elb"),
    ("aws:lb:Listener", "aws_lb_listener"),
    ("aws:lb:ListenerCertificate", "aws_lb_listener_certificate"),
    ("aws:lb:ListenerRule", "aws_lb_listener_rule"),
    ("aws:lb:LoadBalancer", "aws_lb"),
    ("aws:lb:TargetGroup", "aws_lb_target_group"),
    ("aws:lb:TargetGroupAttachment", "aws_lb_target_group_attachment"),
    ("aws:lb:TrustStore", "aws_lb_trust_store"),
    ("aws:lb:TrustStoreRevocation", "aws_lb_trust_store_revocation"),
    ("aws:alb:Listener", "aws_lb_listener"),
    ("aws:alb:ListenerCertificate", "aws_lb_listener_certificate"),
    ("aws:alb:ListenerRule", "aws_lb_listener_rule"),
    ("aws:alb:LoadBalancer", "aws_lb"),
    ("aws:alb:TargetGroup", "aws_lb_target_group"),
    ("aws:alb:TargetGroupAttachment", "aws_lb_target_group_attachment"),
    ("aws:elasticloadbalancingv2:Listener", "aws_lb_listener"),
    ("aws:elasticloadbalancingv2:ListenerRule", "aws_lb_listener_rule"),
    ("aws:elasticloadbalancingv2:LoadBalancer", "aws_lb"),
    ("aws:elasticloadbalancingv2:TargetGroup", "aws_lb_target_group"),
    ("aws:elasticloadbalancingv2:TargetGroupAttachment", "aws_lb_target_group_attachment"),
    // OpenSearch and Elasticsearch
    ("aws:elasticsearch:Domain", "aws_elasticsearch_domain"),
    ("aws:elasticsearch:DomainPolicy", "aws_elasticsearch_domain_policy"),
    ("aws:opensearch:Domain", "aws_opensearch_domain"),
    ("aws:opensearch:DomainPolicy", "aws_opensearch_domain_policy"),
    // FSx
    ("aws:fsx:LustreFileSystem", "aws_fsx_lustre_file_system"),
    ("aws:fsx:OpenZfsFileSystem", "aws_fsx_openzfs_file_system"),
    // IAM
    ("aws:iam:AccessKey", "aws_iam_access_key"),
    ("aws:iam:AccountAlias", "aws_iam_account_alias"),
    ("aws:iam:AccountPasswordPolicy", "aws_iam_account_password_policy"),
    ("aws:iam:Group", "aws_iam_group"),
    ("aws:iam:GroupMembership", "aws_iam_group_membership"),
    ("aws:iam:GroupPolicy", "aws_iam_group_policy"),
    ("aws:iam:GroupPolicyAttachment", "aws_iam_group_policy_attachment"),
    ("aws:iam:InstanceProfile", "aws_iam_instance_profile"),
    ("aws:iam:OpenIdConnectProvider", "aws_iam_openid_connect_provider"),
    ("aws:iam:Policy", "aws_iam_policy"),
    ("aws:iam:PolicyAttachment", "aws_iam_policy_attachment"),
    ("aws:iam:Role", "aws_iam_role"),
    ("aws:iam:RolePolicy", "aws_iam_role_policy"),
    ("aws:iam:RolePolicyAttachment", "aws_iam_role_policy_attachment"),
    ("aws:iam:SamlProvider", "aws_iam_saml_provider"),
    ("aws:iam:ServiceLinkedRole", "aws_iam_service_linked_role"),
    ("aws:iam:SshKey", "aws_iam_user_ssh_key"),
    ("aws:iam:User", "aws_iam_user"),
    ("aws:iam:UserGroupMembership", "aws_iam_user_group_membership"),
    ("aws:iam:UserLoginProfile", "aws_iam_user_login_profile"),
    ("aws:iam:UserPolicy", "aws_iam_user_policy"),
    ("aws:iam:UserPolicyAttachment", "aws_iam_user_policy_attachment"),
    // Kinesis and Firehose
    ("aws:kinesis:FirehoseDeliveryStream", "aws_kinesis_firehose_delivery_stream"),
    ("aws:kinesis:Stream", "aws_kinesis_stream"),
    // KMS
    ("aws:kms:Alias", "aws_kms_alias"),
    ("aws:kms:ExternalKey", "aws_kms_external_key"),
    ("aws:kms:Grant", "aws_kms_grant"),
    ("aws:kms:Key", "aws_kms_key"),
    ("aws:kms:ReplicaExternalKey", "aws_kms_replica_external_key"),
    ("aws:kms:ReplicaKey", "aws_kms_replica_key"),
    // Lambda
    ("aws:lambda:Alias", "aws_lambda_alias"),
    ("aws:lambda:CodeSigningConfig", "aws_lambda_code_signing_config"),
    ("aws:lambda:EventSourceMapping", "aws_lambda_event_source_mapping"),
    ("aws:lambda:Function", "aws_lambda_function"),
    ("aws:lambda:FunctionEventInvokeConfig", "aws_lambda_function_event_invoke_config"),
    ("aws:lambda:FunctionRecursionConfig", "aws_lambda_function_recursion_config"),
    ("aws:lambda:FunctionUrl", "aws_lambda_function_url"),
    ("aws:lambda:LayerVersion", "aws_lambda_layer_version"),
    ("aws:lambda:Permission", "aws_lambda_permission"),
    ("aws:lambda:ProvisionedConcurrencyConfig", "aws_lambda_provisioned_concurrency_config"),
    // MQ, MSK
    ("aws:mq:Broker", "aws_mq_broker"),
    ("aws:msk:Cluster", "aws_msk_cluster"),
    ("aws:msk:ClusterPolicy", "aws_msk_cluster_policy"),
    ("aws:msk:Configuration", "aws_msk_configuration"),
    ("aws:msk:ScramSecretAssociation", "aws_msk_scram_secret_association"),
    ("aws:msk:ServerlessCluster", "aws_msk_serverless_cluster"),
    ("aws:msk:VpcConnection", "aws_msk_vpc_connection"),
    // EventBridge Pipes and Scheduler
    ("aws:pipes:Pipe", "aws_pipes_pipe"),
    ("aws:scheduler:Schedule", "aws_scheduler_schedule"),
    ("aws:scheduler:ScheduleGroup", "aws_scheduler_schedule_group"),
    // RDS
    ("aws:rds:Cluster", "aws_rds_cluster"),
    ("aws:rds:ClusterInstance", "aws_rds_cluster_instance"),
    ("aws:rds:ClusterParameterGroup", "aws_rds_cluster_parameter_group"),
    ("aws:rds:Instance", "aws_db_instance"),
    ("aws:rds:InstanceAutomatedBackupsReplication", "aws_db_instance_automated_backups_replication"),
    ("aws:rds:OptionGroup", "aws_db_option_group"),
    ("aws:rds:ParameterGroup", "aws_db_parameter_group"),
    ("aws:rds:RoleAssociation", "aws_db_instance_role_association"),
    ("aws:rds:SubnetGroup", "aws_db_subnet_group"),
    // Redshift
    ("aws:redshift:Cluster", "aws_redshift_cluster"),
    ("aws:redshift:SubnetGroup", "aws_redshift_subnet_group"),
    // Route 53
    ("aws:route53:HealthCheck", "aws_route53_health_check"),
    ("aws:route53:QueryLog", "aws_route53_query_log"),
    ("aws:route53:Record", "aws_route53_record"),
    ("aws:route53:ResolverEndpoint", "aws_route53_resolver_endpoint"),
    ("aws:route53:ResolverFirewallDomainList", "aws_route53_resolver_firewall_domain_list"),
    ("aws:route53:ResolverFirewallRuleGroupAssociation", "aws_route53_resolver_firewall_rule_group_association"),
    ("aws:route53:ResolverQueryLogConfig", "aws_route53_resolver_query_log_config"),
    ("aws:route53:ResolverQueryLogConfigAssociation", "aws_route53_resolver_query_log_config_association"),
    ("aws:route53:ResolverRule", "aws_route53_resolver_rule"),
    ("aws:route53:ResolverRuleAssociation", "aws_route53_resolver_rule_association"),
    ("aws:route53:Zone", "aws_route53_zone"),
    ("aws:route53:ZoneAssociation", "aws_route53_zone_association"),
    // S3
    ("aws:s3:AccountPublicAccessBlock", "aws_s3_account_public_access_block"),
    ("aws:s3:AnalyticsConfiguration", "aws_s3_bucket_analytics_configuration"),
    ("aws:s3:Bucket", "aws_s3_bucket"),
    ("aws:s3:BucketV2", "aws_s3_bucket"),
    ("aws:s3:BucketAccelerateConfiguration", "aws_s3_bucket_accelerate_configuration"),
    ("aws:s3:BucketAccelerateConfigurationV2", "aws_s3_bucket_accelerate_configuration"),
    ("aws:s3:BucketAcl", "aws_s3_bucket_acl"),
    ("aws:s3:BucketAclV2", "aws_s3_bucket_acl"),
    ("aws:s3:BucketCorsConfiguration", "aws_s3_bucket_cors_configuration"),
    ("aws:s3:BucketCorsConfigurationV2", "aws_s3_bucket_cors_configuration"),
    ("aws:s3:BucketIntelligentTieringConfiguration", "aws_s3_bucket_intelligent_tiering_configuration"),
    ("aws:s3:BucketLifecycleConfiguration", "aws_s3_bucket_lifecycle_configuration"),
    ("aws:s3:BucketLifecycleConfigurationV2", "aws_s3_bucket_lifecycle_configuration"),
    ("aws:s3:BucketLogging", "aws_s3_bucket_logging"),
    ("aws:s3:BucketLoggingV2", "aws_s3_bucket_logging"),
    ("aws:s3:BucketMetadataConfiguration", "aws_s3_bucket_metadata_configuration"),
    ("aws:s3:BucketMetric", "aws_s3_bucket_metric"),
    ("aws:s3:BucketNotification", "aws_s3_bucket_notification"),
    ("aws:s3:BucketObject", "aws_s3_bucket_object"),
    ("aws:s3:BucketObjectLockConfiguration", "aws_s3_bucket_object_lock_configuration"),
    ("aws:s3:BucketObjectLockConfigurationV2", "aws_s3_bucket_object_lock_configuration"),
    ("aws:s3:BucketObjectv2", "aws_s3_object"),
    ("aws:s3:BucketOwnershipControls", "aws_s3_bucket_ownership_controls"),
    ("aws:s3:BucketPolicy", "aws_s3_bucket_policy"),
    ("aws:s3:BucketPublicAccessBlock", "aws_s3_bucket_public_access_block"),
    ("aws:s3:BucketReplicationConfig", "aws_s3_bucket_replication_configuration"),
    ("aws:s3:BucketRequestPaymentConfiguration", "aws_s3_bucket_request_payment_configuration"),
    ("aws:s3:BucketRequestPaymentConfigurationV2", "aws_s3_bucket_request_payment_configuration"),
    ("aws:s3:BucketServerSideEncryptionConfiguration", "aws_s3_bucket_server_side_encryption_configuration"),
    ("aws:s3:BucketServerSideEncryptionConfigurationV2", "aws_s3_bucket_server_side_encryption_configuration"),
    ("aws:s3:BucketVersioning", "aws_s3_bucket_versioning"),
    ("aws:s3:BucketVersioningV2", "aws_s3_bucket_versioning"),
    ("aws:s3:BucketWebsiteConfiguration", "aws_s3_bucket_website_configuration"),
    ("aws:s3:BucketWebsiteConfigurationV2", "aws_s3_bucket_website_configuration"),
    ("aws:s3:DirectoryBucket", "aws_s3_directory_bucket"),
    ("aws:s3:Inventory", "aws_s3_bucket_inventory"),
    ("aws:s3tables:Namespace", "aws_s3tables_namespace"),
    ("aws:s3tables:Table", "aws_s3tables_table"),
    ("aws:s3tables:TableBucket", "aws_s3tables_table_bucket"),
    ("aws:s3tables:TableBucketPolicy", "aws_s3tables_table_bucket_policy"),
    ("aws:s3tables:TablePolicy", "aws_s3tables_table_policy"),
    ("aws:s3vectors:Index", "aws_s3vectors_index"),
    ("aws:s3vectors:VectorBucket", "aws_s3vectors_vector_bucket"),
    ("aws:s3vectors:VectorBucketPolicy", "aws_s3vectors_vector_bucket_policy"),
    // SageMaker
    ("aws:sagemaker:App", "aws_sagemaker_app"),
    ("aws:sagemaker:CodeRepository", "aws_sagemaker_code_repository"),
    ("aws:sagemaker:DataQualityJobDefinition", "aws_sagemaker_data_quality_job_definition"),
    ("aws:sagemaker:Domain", "aws_sagemaker_domain"),
    ("aws:sagemaker:Endpoint", "aws_sagemaker_endpoint"),
    ("aws:sagemaker:EndpointConfiguration", "aws_sagemaker_endpoint_configuration"),
    ("aws:sagemaker:FeatureGroup", "aws_sagemaker_feature_group"),
    ("aws:sagemaker:Image", "aws_sagemaker_image"),
    ("aws:sagemaker:ImageVersion", "aws_sagemaker_image_version"),
    ("aws:sagemaker:Model", "aws_sagemaker_model"),
    ("aws:sagemaker:ModelPackageGroup", "aws_sagemaker_model_package_group"),
    ("aws:sagemaker:ModelPackageGroupPolicy", "aws_sagemaker_model_package_group_policy"),
    ("aws:sagemaker:MonitoringSchedule", "aws_sagemaker_monitoring_schedule"),
    ("aws:sagemaker:NotebookInstance", "aws_sagemaker_notebook_instance"),
    ("aws:sagemaker:NotebookInstanceLifecycleConfiguration", "aws_sagemaker_notebook_instance_lifecycle_configuration"),
    ("aws:sagemaker:Pipeline", "aws_sagemaker_pipeline"),
    ("aws:sagemaker:Space", "aws_sagemaker_space"),
    ("aws:sagemaker:StudioLifecycleConfig", "aws_sagemaker_studio_lifecycle_config"),
    ("aws:sagemaker:UserProfile", "aws_sagemaker_user_profile"),
    // Schemas, Secrets Manager, Service Discovery, Signer, SFN
    ("aws:schemas:Discoverer", "aws_schemas_discoverer"),
    ("aws:secretsmanager:Secret", "aws_secretsmanager_secret"),
    ("aws:secretsmanager:SecretPolicy", "aws_secretsmanager_secret_policy"),
    ("aws:secretsmanager:SecretRotation", "aws_secretsmanager_secret_rotation"),
    ("aws:secretsmanager:SecretVersion", "aws_secretsmanager_secret_version"),
    ("aws:servicediscovery:HttpNamespace", "aws_service_discovery_http_namespace"),
    ("aws:servicediscovery:PrivateDnsNamespace", "aws_service_discovery_private_dns_namespace"),
    ("aws:servicediscovery:PublicDnsNamespace", "aws_service_discovery_public_dns_namespace"),
    ("aws:servicediscovery:Service", "aws_service_discovery_service"),
    ("aws:signer:SigningJob", "aws_signer_signing_job"),
    ("aws:signer:SigningProfile", "aws_signer_signing_profile"),
    ("aws:sfn:StateMachine", "aws_sfn_state_machine"),
    // SNS and SQS
    ("aws:sns:DataProtectionPolicy", "aws_sns_topic_data_protection_policy"),
    ("aws:sns:Topic", "aws_sns_topic"),
    ("aws:sns:TopicPolicy", "aws_sns_topic_policy"),
    ("aws:sns:TopicSubscription", "aws_sns_topic_subscription"),
    ("aws:sqs:Queue", "aws_sqs_queue"),
    ("aws:sqs:QueuePolicy", "aws_sqs_queue_policy"),
    ("aws:sqs:RedriveAllowPolicy", "aws_sqs_queue_redrive_allow_policy"),
    ("aws:sqs:RedrivePolicy", "aws_sqs_queue_redrive_policy"),
    // SSM
    ("aws:ssm:Association", "aws_ssm_association"),
    ("aws:ssm:Document", "aws_ssm_document"),
    ("aws:ssm:MaintenanceWindow", "aws_ssm_maintenance_window"),
    ("aws:ssm:MaintenanceWindowTarget", "aws_ssm_maintenance_window_target"),
    ("aws:ssm:Parameter", "aws_ssm_parameter"),
    // VPC (the newer `vpc` module)
    ("aws:vpc:SecurityGroupEgressRule", "aws_vpc_security_group_egress_rule"),
    ("aws:vpc:SecurityGroupIngressRule", "aws_vpc_security_group_ingress_rule"),
    // WAFv2
    ("aws:wafv2:IpSet", "aws_wafv2_ip_set"),
    ("aws:wafv2:WebAcl", "aws_wafv2_web_acl"),
    ("aws:wafv2:WebAclAssociation", "aws_wafv2_web_acl_association"),
];

/// Properties Pulumi names differently from the camelCase of the Terraform argument:
/// (Terraform type, Pulumi name, Terraform argument). Pulumi takes an asset or archive where
/// Terraform takes a local path.
pub const PROPERTY_RENAMES: &[(&str, &str, &str)] = &[
    ("aws_lambda_function", "code", "filename"),
    ("aws_lambda_permission", "function", "function_name"),
    ("aws_sns_topic_subscription", "topic", "topic_arn"),
    ("aws_lambda_layer_version", "code", "filename"),
    ("aws_s3_object", "source", "source"),
    ("aws_s3_bucket_object", "source", "source"),
];

/// Defaults the Pulumi provider gives where the Terraform provider's differ: (Terraform type,
/// argument, value). Pulumi writes "Managed by Pulumi" where Terraform writes "Managed by Terraform".
pub const ARGUMENT_DEFAULTS: &[(&str, &str, &str)] = &[
    ("aws_security_group", "description", "Managed by Pulumi"),
    ("aws_default_security_group", "description", "Managed by Pulumi"),
];

/// The Terraform argument a Pulumi property of a Terraform type stands for, where Pulumi renamed it.
pub fn renamed_argument(terraform_type: &str, property: &str) -> Option<&'static str> {
    PROPERTY_RENAMES.iter().find(|(t, p, _)| *t == terraform_type && *p == property).map(|(_, _, a)| *a)
}

/// The short form of a token: `aws:s3/bucket:Bucket` -> `aws:s3:Bucket`, `aws:index/getRegion:getRegion`
/// -> `aws:getRegion` (the `index` module is the package's root). `None` when it is not a token.
pub fn short_token(token: &str) -> Option<String> {
    let mut parts = token.split(':');
    let (package, module, member) = match (parts.next(), parts.next(), parts.next(), parts.next()) {
        (Some(package), Some(module), Some(member), None) => (package, module, member),
        (Some(package), Some(member), None, None) => (package, "index", member),
        _ => return None,
    };
    let module = module.split('/').next().unwrap_or(module);
    if package.is_empty() || module.is_empty() || member.is_empty() {
        return None;
    }
    Some(if module == "index" { format!("{package}:{member}") } else { format!("{package}:{module}:{member}") })
}

/// The Terraform resource type a Pulumi `aws:` resource token stands for, in either form.
pub fn terraform_type(token: &str) -> Option<&'static str> {
    let short = short_token(token)?;
    RESOURCE_TOKENS.iter().find(|(known, _)| *known == short).map(|(_, terraform)| *terraform)
}

/// The tokens that stand for a Terraform type, the preferred spelling first.
pub fn tokens_for(terraform_type: &str) -> impl Iterator<Item = &'static str> + '_ {
    RESOURCE_TOKENS.iter().filter(move |(_, terraform)| *terraform == terraform_type).map(|(token, _)| *token)
}

/// Pulumi's camelCase name of a Terraform snake_case name: `bucket_prefix` -> `bucketPrefix`.
pub fn camel_case(snake: &str) -> String {
    let mut out = String::with_capacity(snake.len());
    let mut upper = false;
    for c in snake.chars() {
        if c == '_' {
            upper = !out.is_empty();
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// The Terraform snake_case name of a Pulumi camelCase name: `bucketPrefix` -> `bucket_prefix`,
/// `ipv6CidrBlock` -> `ipv6_cidr_block`.
pub fn snake_case(camel: &str) -> String {
    let mut out = String::with_capacity(camel.len() + 4);
    for c in camel.chars() {
        if c.is_ascii_uppercase() {
            if !out.is_empty() {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// The plural Pulumi gives a repeated nested block (a list with more than one element allowed):
/// `ingress` stays, `lifecycle_rule` -> `lifecycleRules`, `policy` -> `policies`. Terraform names
/// that are already plural are left alone.
pub fn plural(camel: &str) -> String {
    let lower = camel.to_ascii_lowercase();
    if lower.ends_with('s') || lower.ends_with("ingress") || lower.ends_with("egress") || lower.ends_with("data") {
        return camel.to_string();
    }
    if let Some(stem) = camel.strip_suffix('y') {
        if !stem.ends_with(['a', 'e', 'o', 'u']) {
            return format!("{stem}ies");
        }
    }
    if lower.ends_with('x') || lower.ends_with("ch") || lower.ends_with("sh") {
        return format!("{camel}es");
    }
    format!("{camel}s")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn both_token_forms_reach_the_same_terraform_type() {
        assert_eq!(terraform_type("aws:s3/bucket:Bucket"), Some("aws_s3_bucket"));
        assert_eq!(terraform_type("aws:s3/bucketV2:BucketV2"), Some("aws_s3_bucket"));
        assert_eq!(terraform_type("aws:ec2/instance:Instance"), Some("aws_instance"));
        assert_eq!(terraform_type("aws:ec2:Instance"), Some("aws_instance"));
        assert_eq!(terraform_type("aws:s3:Nope"), None);
        assert_eq!(short_token("aws:index/getRegion:getRegion").as_deref(), Some("aws:getRegion"));
        assert_eq!(short_token("aws:getRegion").as_deref(), Some("aws:getRegion"));
        assert_eq!(short_token("nonsense"), None);
    }

    #[test]
    fn tokens_are_unique_well_formed_and_name_aws_types() {
        let mut seen = HashSet::new();
        for (token, terraform) in RESOURCE_TOKENS {
            assert!(seen.insert(*token), "{token} listed twice");
            assert_eq!(short_token(token).as_deref(), Some(*token), "{token} is not in short form");
            assert!(token.starts_with("aws:") && terraform.starts_with("aws_"), "{token} -> {terraform}");
            let member = token.rsplit(':').next().unwrap_or_default();
            assert!(member.starts_with(|c: char| c.is_ascii_uppercase()), "{token}");
        }
    }

    /// Every Terraform type the catalog maps can be written in Pulumi.
    #[test]
    fn every_mapped_terraform_type_has_a_token() {
        let missing: Vec<&str> =
            crate::terraform_types().into_iter().filter(|t| tokens_for(t).next().is_none()).collect();
        assert!(missing.is_empty(), "add these to RESOURCE_TOKENS: {missing:?}");
    }

    #[test]
    fn names_convert_both_ways() {
        assert_eq!(camel_case("ipv6_cidr_block"), "ipv6CidrBlock");
        assert_eq!(snake_case("ipv6CidrBlock"), "ipv6_cidr_block");
        assert_eq!(camel_case("bucket"), "bucket");
        assert_eq!(plural("lifecycleRule"), "lifecycleRules");
        assert_eq!(plural("ingress"), "ingress");
        assert_eq!(plural("policy"), "policies");
        assert_eq!(plural("subnetIds"), "subnetIds");
    }
}

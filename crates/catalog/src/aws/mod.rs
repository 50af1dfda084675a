//! The tables, one module per AWS service.

pub mod acm;
pub mod apigateway;
pub mod apigatewayv2;
pub mod appautoscaling;
pub mod autoscaling;
pub mod backup;
pub mod batch;
pub mod cloudfront;
pub mod cloudtrail;
pub mod cloudwatch;
pub mod cloudwatch_more;
pub mod codecommit;
pub mod codedeploy;
pub mod codepipeline;
pub mod cognito;
pub mod dynamodb;
pub mod dynamodb_more;
pub mod ec2;
pub mod ec2_launch;
pub mod ec2_more;
pub mod ecr;
pub mod ecr_more;
pub mod ecs;
pub mod efs;
pub mod efs_more;
pub mod eks;
pub mod eks_more;
pub mod elasticache;
pub mod elb;
pub mod elbv2;
pub mod eventbridge;
pub mod eventschemas;
pub mod fsx;
pub mod iam;
pub mod iam_more;
pub mod kinesis;
pub mod kms;
pub mod kms_more;
pub mod lambda;
pub mod lambda_more;
pub mod mq;
pub mod msk;
pub mod opensearch;
pub mod pipes;
pub mod rds;
pub mod rds_more;
pub mod redshift;
pub mod route53;
pub mod route53resolver;
mod rows;
pub mod s3;
pub mod s3_more;
pub mod s3express;
pub mod s3tables;
pub mod s3vectors;
pub mod sagemaker;
pub mod sagemaker_domain;
pub mod sagemaker_mlops;
pub mod sagemaker_more;
pub mod sagemaker_studio;
pub mod sagemaker_user_profile;
pub mod scheduler;
pub mod secretsmanager;
pub mod secretsmanager_more;
pub mod servicediscovery;
pub mod sfn;
mod shared;
pub mod signer;
pub mod sns;
pub mod sns_more;
pub mod sqs;
pub mod sqs_more;
pub mod ssm;
pub mod wafv2;

use crate::model::ResourceMapping;

/// Every service's table.
pub const SERVICES: &[&[ResourceMapping]] = &[
    s3::MAPPINGS,
    iam::MAPPINGS,
    lambda::MAPPINGS,
    dynamodb::MAPPINGS,
    kms::MAPPINGS,
    sns::MAPPINGS,
    sqs::MAPPINGS,
    ssm::MAPPINGS,
    backup::MAPPINGS,
    secretsmanager::MAPPINGS,
    cloudwatch::MAPPINGS,
    ec2::MAPPINGS,
    sagemaker::MAPPINGS,
    ecr::MAPPINGS,
    rds::MAPPINGS,
    efs::MAPPINGS,
    appautoscaling::MAPPINGS,
    ecs::MAPPINGS,
    eks::MAPPINGS,
    ec2_more::MAPPINGS,
    elbv2::MAPPINGS,
    apigateway::MAPPINGS,
    apigatewayv2::MAPPINGS,
    cognito::MAPPINGS,
    route53::MAPPINGS,
    route53resolver::MAPPINGS,
    wafv2::MAPPINGS,
    eventbridge::MAPPINGS,
    iam_more::MAPPINGS,
    kms_more::MAPPINGS,
    s3_more::MAPPINGS,
    s3express::MAPPINGS,
    s3tables::MAPPINGS,
    s3vectors::MAPPINGS,
    secretsmanager_more::MAPPINGS,
    signer::MAPPINGS,
    sns_more::MAPPINGS,
    sqs_more::MAPPINGS,
    kinesis::MAPPINGS,
    lambda_more::MAPPINGS,
    cloudwatch_more::MAPPINGS,
    autoscaling::MAPPINGS,
    ec2_launch::MAPPINGS,
    cloudtrail::MAPPINGS,
    sfn::MAPPINGS,
    scheduler::MAPPINGS,
    elb::MAPPINGS,
    sagemaker_more::MAPPINGS,
    pipes::MAPPINGS,
    sagemaker_user_profile::MAPPINGS,
    sagemaker_domain::MAPPINGS,
    batch::MAPPINGS,
    codecommit::MAPPINGS,
    codedeploy::MAPPINGS,
    dynamodb_more::MAPPINGS,
    ecr_more::MAPPINGS,
    efs_more::MAPPINGS,
    elasticache::MAPPINGS,
    rds_more::MAPPINGS,
    redshift::MAPPINGS,
    servicediscovery::MAPPINGS,
    eventschemas::MAPPINGS,
    eks_more::MAPPINGS,
    mq::MAPPINGS,
    fsx::MAPPINGS,
    codepipeline::MAPPINGS,
    sagemaker_mlops::MAPPINGS,
    sagemaker_studio::MAPPINGS,
    msk::MAPPINGS,
    opensearch::MAPPINGS,
    acm::MAPPINGS,
    cloudfront::MAPPINGS,
];

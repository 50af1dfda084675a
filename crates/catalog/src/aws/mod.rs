//! The tables, one module per AWS service.

pub mod cloudwatch;
pub mod dynamodb;
pub mod ec2;
pub mod ecr;
pub mod efs;
pub mod iam;
pub mod kms;
pub mod lambda;
pub mod rds;
mod rows;
pub mod s3;
pub mod sagemaker;
pub mod secretsmanager;
mod shared;
pub mod sns;
pub mod sqs;
pub mod ssm;

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
    secretsmanager::MAPPINGS,
    cloudwatch::MAPPINGS,
    ec2::MAPPINGS,
    sagemaker::MAPPINGS,
    ecr::MAPPINGS,
    rds::MAPPINGS,
    efs::MAPPINGS,
];

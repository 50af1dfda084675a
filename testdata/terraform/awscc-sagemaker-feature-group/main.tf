# A SageMaker feature group with an online and an offline store, from the Cloud Control provider:
# `s3_storage_config` is `S3StorageConfig`, `s3_uri` is `S3Uri`; the role's trust policy is a JSON
# property given as jsonencode(...), the feature group's tags a list of { key, value } objects.

data "aws_caller_identity" "current" {}

resource "awscc_s3_bucket" "offline" {
  bucket_name = "features-${data.aws_caller_identity.current.account_id}"
}

resource "awscc_iam_role" "feature_store" {
  role_name = "feature-store"
  assume_role_policy_document = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "sagemaker.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
  managed_policy_arns = ["arn:aws:iam::aws:policy/AmazonSageMakerFeatureStoreAccess"]
}

resource "awscc_sagemaker_feature_group" "customers" {
  feature_group_name             = "customers"
  description                    = "Customer features"
  record_identifier_feature_name = "customer_id"
  event_time_feature_name        = "event_time"
  role_arn                       = awscc_iam_role.feature_store.arn

  feature_definitions = [
    { feature_name = "customer_id", feature_type = "String" },
    { feature_name = "event_time", feature_type = "Fractional" },
    { feature_name = "lifetime_value", feature_type = "Fractional" },
    { feature_name = "orders", feature_type = "Integral" },
  ]

  online_store_config = {
    enable_online_store = true
    storage_type        = "Standard"
    ttl_duration = {
      unit  = "Days"
      value = 30
    }
  }

  offline_store_config = {
    disable_glue_table_creation = false
    table_format                = "Iceberg"
    s3_storage_config = {
      s3_uri = "s3://${awscc_s3_bucket.offline.id}/customers"
    }
  }

  tags = [{ key = "Team", value = "ml" }]
}

output "feature_group" {
  value = awscc_sagemaker_feature_group.customers.feature_group_name
}

output "status" {
  value = awscc_sagemaker_feature_group.customers.feature_group_status
}

output "offline_uri" {
  value = awscc_sagemaker_feature_group.customers.offline_store_config.s3_storage_config.s3_uri
}

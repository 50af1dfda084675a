# A configured attribute of another resource (`bucket_name`, `vpc_id`) is referenced, not copied: the
# reference is what makes CloudFormation create the referring resource after the referenced one.
variable "env" {
  type    = string
  default = "qa"
}

resource "awscc_s3_bucket" "features" {
  bucket_name = "features-${var.env}"
  versioning_configuration = {
    status = "Enabled"
  }
  bucket_encryption = {
    server_side_encryption_configuration = [{
      server_side_encryption_by_default = {
        sse_algorithm = "aws:kms"
      }
      bucket_key_enabled = true
    }]
  }
  public_access_block_configuration = {
    block_public_acls       = true
    block_public_policy     = true
    ignore_public_acls      = true
    restrict_public_buckets = true
  }
  tags = [{ key = "env", value = var.env }]
}

resource "awscc_iam_role" "fs" {
  role_name = "feature-store-${var.env}"
  assume_role_policy_document = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "sagemaker.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
  managed_policy_arns = ["arn:aws:iam::aws:policy/AmazonSageMakerFeatureStoreAccess"]
}

resource "awscc_sagemaker_feature_group" "customers" {
  feature_group_name             = "customers-${var.env}"
  record_identifier_feature_name = "customer_id"
  event_time_feature_name        = "event_time"
  role_arn                       = awscc_iam_role.fs.arn
  feature_definitions = [
    { feature_name = "customer_id", feature_type = "String" },
    { feature_name = "event_time", feature_type = "String" },
    { feature_name = "lifetime_value", feature_type = "Fractional" },
  ]
  online_store_config = {
    enable_online_store = true
  }
  offline_store_config = {
    s3_storage_config = {
      s3_uri = "s3://${awscc_s3_bucket.features.bucket_name}/offline"
    }
    disable_glue_table_creation = false
  }
}

resource "awscc_ec2_vpc" "main" {
  cidr_block           = "10.42.0.0/16"
  enable_dns_hostnames = true
  tags                 = [{ key = "Name", value = "fs-${var.env}" }]
}

resource "awscc_ec2_subnet" "a" {
  vpc_id            = awscc_ec2_vpc.main.id
  cidr_block        = "10.42.1.0/24"
  availability_zone = "us-east-1a"
}

resource "awscc_ec2_route_table" "main" {
  vpc_id = awscc_ec2_vpc.main.vpc_id
}

resource "awscc_ec2_subnet_route_table_association" "a" {
  subnet_id      = awscc_ec2_subnet.a.subnet_id
  route_table_id = awscc_ec2_route_table.main.route_table_id
}

output "feature_group_status" {
  value = awscc_sagemaker_feature_group.customers.feature_group_status
}
output "bucket_arn" {
  value = awscc_s3_bucket.features.arn
}

# The Cloud Control provider: CloudFormation's own types and properties under Terraform names.
# Nested objects are attribute values, tags a list of { key, value } objects, and JSON properties
# (the key policy) take jsonencode(...). References: `id` is Ref, read-only attributes Fn::GetAtt,
# configured ones their value.

terraform {
  required_providers {
    awscc = {
      source  = "hashicorp/awscc"
      version = "~> 1.0"
    }
  }
}

provider "awscc" {
  region = "eu-west-1"
}

variable "environment" {
  type    = string
  default = "staging"
}

resource "awscc_kms_key" "data" {
  description         = "Data bucket encryption"
  enable_key_rotation = true
  key_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "AccountAdmin"
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::123456789012:root" }
      Action    = "kms:*"
      Resource  = "*"
    }]
  })
}

resource "awscc_s3_bucket" "data" {
  bucket_name = "example-data-${var.environment}"

  versioning_configuration = {
    status = "Enabled"
  }

  bucket_encryption = {
    server_side_encryption_configuration = [{
      bucket_key_enabled = true
      server_side_encryption_by_default = {
        sse_algorithm     = "aws:kms"
        kms_master_key_id = awscc_kms_key.data.arn
      }
    }]
  }

  lifecycle_configuration = {
    rules = [
      {
        id     = "expire-old-versions"
        status = "Enabled"
        noncurrent_version_expiration = {
          noncurrent_days = 30
        }
      },
      {
        id     = "archive"
        status = "Enabled"
        prefix = "logs/"
        transitions = [{
          storage_class     = "GLACIER"
          transition_in_days = 90
        }]
        abort_incomplete_multipart_upload = {
          days_after_initiation = 7
        }
      },
    ]
  }

  public_access_block_configuration = {
    block_public_acls       = true
    block_public_policy     = true
    ignore_public_acls      = true
    restrict_public_buckets = true
  }

  tags = [
    { key = "Environment", value = var.environment },
    { key = "Team", value = "data" },
  ]
}

output "bucket_name" {
  value = awscc_s3_bucket.data.bucket_name
}

output "bucket_ref" {
  value = awscc_s3_bucket.data.id
}

output "bucket_arn" {
  value = awscc_s3_bucket.data.arn
}

output "bucket_domain" {
  value = awscc_s3_bucket.data.regional_domain_name
}

output "key_id" {
  value = awscc_kms_key.data.key_id
}

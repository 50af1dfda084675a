# Bucket configuration resources linked to a directory bucket become part of its
# AWS::S3Express::DirectoryBucket, keeping what a directory bucket supports.
resource "aws_s3_directory_bucket" "cache" {
  bucket = "cache--use1-az4--x-s3"

  location {
    name = "use1-az4"
  }
}

resource "aws_s3_bucket" "reports" {
  bucket = "inventory-reports"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "cache" {
  bucket = aws_s3_directory_bucket.cache.bucket

  rule {
    bucket_key_enabled = true
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = "alias/cache"
    }
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "cache" {
  bucket = aws_s3_directory_bucket.cache.id

  rule {
    id     = "expire-tmp"
    status = "Enabled"
    filter {
      prefix = "tmp/"
    }
    expiration {
      days = 7
    }
  }

  rule {
    id     = "abort-uploads"
    status = "Enabled"
    filter {}
    abort_incomplete_multipart_upload {
      days_after_initiation = 1
    }
  }
}

resource "aws_s3_bucket_metric" "cache" {
  bucket = aws_s3_directory_bucket.cache.bucket
  name   = "everything"
}

resource "aws_s3_bucket_inventory" "cache" {
  bucket                   = aws_s3_directory_bucket.cache.bucket
  name                     = "weekly"
  included_object_versions = "Current"

  schedule {
    frequency = "Weekly"
  }

  destination {
    bucket {
      format     = "CSV"
      bucket_arn = aws_s3_bucket.reports.arn
    }
  }
}

# The same resource type linked to a general purpose bucket still merges into AWS::S3::Bucket.
resource "aws_s3_bucket_server_side_encryption_configuration" "reports" {
  bucket = aws_s3_bucket.reports.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
    blocked_encryption_types = ["SSE-C"]
  }
}

# The bucket configurations that CloudFormation keeps on AWS::S3::Bucket: the canned ACL,
# acceleration, object lock, replication, and one list element per metrics, inventory, analytics
# and Intelligent-Tiering configuration.

resource "aws_s3_bucket" "reports" {
  bucket = "example-reports-destination"
}

resource "aws_s3_bucket" "data" {
  bucket              = "example-data-source"
  object_lock_enabled = true
}

resource "aws_s3_bucket_versioning" "data" {
  bucket = aws_s3_bucket.data.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_acl" "reports" {
  bucket = aws_s3_bucket.reports.id
  acl    = "private"
}

resource "aws_s3_bucket_accelerate_configuration" "data" {
  bucket = aws_s3_bucket.data.id
  status = "Enabled"
}

resource "aws_s3_bucket_object_lock_configuration" "data" {
  bucket = aws_s3_bucket.data.id
  rule {
    default_retention {
      mode = "GOVERNANCE"
      days = 30
    }
  }
}

resource "aws_s3_bucket_metric" "whole_bucket" {
  bucket = aws_s3_bucket.data.id
  name   = "EntireBucket"
}

resource "aws_s3_bucket_metric" "documents" {
  bucket = aws_s3_bucket.data.id
  name   = "Documents"
  filter {
    prefix = "documents/"
    tags = {
      class = "important"
    }
  }
}

resource "aws_s3_bucket_inventory" "weekly" {
  bucket                   = aws_s3_bucket.data.id
  name                     = "weekly"
  included_object_versions = "Current"
  optional_fields          = ["Size", "StorageClass"]
  schedule {
    frequency = "Weekly"
  }
  destination {
    bucket {
      format     = "CSV"
      bucket_arn = aws_s3_bucket.reports.arn
      prefix     = "inventory"
    }
  }
}

resource "aws_s3_bucket_analytics_configuration" "documents" {
  bucket = aws_s3_bucket.data.id
  name   = "documents"
  filter {
    prefix = "documents/"
  }
  storage_class_analysis {
    data_export {
      destination {
        s3_bucket_destination {
          bucket_arn = aws_s3_bucket.reports.arn
          prefix     = "analytics"
        }
      }
    }
  }
}

resource "aws_s3_bucket_intelligent_tiering_configuration" "archive" {
  bucket = aws_s3_bucket.data.id
  name   = "archive"
  tiering {
    access_tier = "ARCHIVE_ACCESS"
    days        = 90
  }
  tiering {
    access_tier = "DEEP_ARCHIVE_ACCESS"
    days        = 180
  }
}

resource "aws_iam_role" "replication" {
  name = "s3-replication"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "s3.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

resource "aws_s3_bucket_replication_configuration" "data" {
  depends_on = [aws_s3_bucket_versioning.data]
  bucket     = aws_s3_bucket.data.id
  role       = aws_iam_role.replication.arn
  rule {
    id     = "documents"
    status = "Enabled"
    filter {
      prefix = "documents/"
    }
    delete_marker_replication {
      status = "Disabled"
    }
    destination {
      bucket        = aws_s3_bucket.reports.arn
      storage_class = "STANDARD_IA"
    }
  }
}

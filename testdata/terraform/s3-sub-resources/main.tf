# The S3 bucket's sub-resources merge into the bucket; the bucket policy stays its own resource.

resource "aws_kms_key" "data" {
  description = "Data bucket key"
}

resource "aws_s3_bucket" "data" {
  bucket = "example-data-bucket"
}

resource "aws_s3_bucket_versioning" "data" {
  bucket = aws_s3_bucket.data.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "data" {
  bucket = aws_s3_bucket.data.bucket
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.data.arn
    }
    bucket_key_enabled = true
  }
}

resource "aws_s3_bucket_public_access_block" "data" {
  bucket                  = aws_s3_bucket.data.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_lifecycle_configuration" "data" {
  bucket = aws_s3_bucket.data.id
  rule {
    id     = "expire-old"
    status = "Enabled"
    filter {
      prefix = "tmp/"
    }
    expiration {
      days = 30
    }
  }
}

resource "aws_sqs_queue" "after_bucket" {
  name       = "after-bucket"
  depends_on = [aws_s3_bucket_versioning.data]
}

output "bucket_id" {
  value = aws_s3_bucket_versioning.data.id
}

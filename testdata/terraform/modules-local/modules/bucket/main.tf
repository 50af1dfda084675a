variable "name" {
  type = string
}

variable "retention_days" {
  type    = number
  default = 30
}

variable "settings" {
  type = object({
    versioning    = optional(bool, false)
    force_destroy = optional(bool, true)
  })
  default = {}
}

variable "tags" {
  type    = map(string)
  default = {}
}

data "aws_caller_identity" "current" {}

locals {
  tags = merge(var.tags, { Module = "bucket" })
}

resource "aws_s3_bucket" "this" {
  bucket        = var.name
  force_destroy = var.settings.force_destroy
  tags          = local.tags
}

resource "aws_s3_bucket_versioning" "this" {
  count  = var.settings.versioning ? 1 : 0
  bucket = aws_s3_bucket.this.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "this" {
  bucket = aws_s3_bucket.this.id
  rule {
    id     = "expire"
    status = "Enabled"
    filter {}
    expiration {
      days = var.retention_days
    }
  }
}

data "aws_iam_policy_document" "tls" {
  statement {
    sid       = "DenyInsecureTransport"
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = [aws_s3_bucket.this.arn, "${aws_s3_bucket.this.arn}/*"]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}

resource "aws_s3_bucket_policy" "this" {
  bucket = aws_s3_bucket.this.id
  policy = data.aws_iam_policy_document.tls.json
}

output "name" {
  value = aws_s3_bucket.this.id
}

output "arn" {
  value = aws_s3_bucket.this.arn
}

output "account" {
  value = data.aws_caller_identity.current.account_id
}

# The policy document data source is rendered as the AWS provider renders it: one-element lists as
# strings, longer lists sorted in reverse, source and override documents merged by Sid.

resource "aws_s3_bucket" "data" {
  bucket = "example-data"
}

data "aws_iam_policy_document" "base" {
  statement {
    sid       = "ReadOnly"
    actions   = ["s3:GetObject"]
    resources = ["*"]
  }
  statement {
    sid       = "List"
    actions   = ["s3:ListBucket"]
    resources = [aws_s3_bucket.data.arn]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}

data "aws_iam_policy_document" "access" {
  source_policy_documents = [data.aws_iam_policy_document.base.json]

  statement {
    sid     = "ReadOnly"
    actions = ["s3:GetObject", "s3:GetObjectVersion", "s3:GetObjectTagging"]
    resources = [
      aws_s3_bucket.data.arn,
      "${aws_s3_bucket.data.arn}/*",
    ]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::123456789012:root"]
    }
    condition {
      test     = "StringEquals"
      variable = "aws:PrincipalOrgID"
      values   = ["o-abc123"]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["true"]
    }
  }

  statement {
    sid           = "DenyOthers"
    effect        = "Deny"
    not_actions   = ["s3:GetObject"]
    resources     = ["${aws_s3_bucket.data.arn}/*"]
    not_principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::123456789012:root"]
    }
  }
}

resource "aws_s3_bucket_policy" "data" {
  bucket = aws_s3_bucket.data.id
  policy = data.aws_iam_policy_document.access.json
}

data "aws_iam_policy_document" "assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["lambda.amazonaws.com", "edgelambda.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "edge" {
  name               = "edge"
  assume_role_policy = data.aws_iam_policy_document.assume.json
}

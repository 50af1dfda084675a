# Sub-resources that CloudFormation writes into their parent's properties (a file system policy into
# AWS::EFS::FileSystem, a repository policy into AWS::ECR::Repository) cannot refer to that parent:
# the parent would refer to itself. Each is an error at the value that refers to the parent.

resource "aws_efs_file_system" "shared" {
  encrypted = true
}

data "aws_iam_policy_document" "shared" {
  statement {
    sid       = "DenyInsecureTransport"
    effect    = "Deny"
    actions   = ["*"]
    resources = [aws_efs_file_system.shared.arn]

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

resource "aws_efs_file_system_policy" "shared" {
  file_system_id = aws_efs_file_system.shared.id
  policy         = data.aws_iam_policy_document.shared.json
}

resource "aws_ecr_repository" "images" {
  name = "images"
}

resource "aws_ecr_repository_policy" "images" {
  repository = aws_ecr_repository.images.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "PullFromAccount"
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::123456789012:root" }
      Action    = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]
      Resource  = aws_ecr_repository.images.arn
    }]
  })
}

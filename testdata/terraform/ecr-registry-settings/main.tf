# Registry-wide ECR settings, a pull through cache rule, a repository policy (merged into the
# repository) and an ECR Public repository with its policy.

data "aws_caller_identity" "current" {}

resource "aws_ecr_repository" "app" {
  name = "app"
}

resource "aws_ecr_repository_policy" "app" {
  repository = aws_ecr_repository.app.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "CrossAccountPull"
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::210987654321:root" }
      Action    = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]
    }]
  })
}

resource "aws_secretsmanager_secret" "dockerhub" {
  name = "ecr-pullthroughcache/dockerhub"
}

resource "aws_ecr_pull_through_cache_rule" "dockerhub" {
  ecr_repository_prefix = "docker-hub"
  upstream_registry_url = "registry-1.docker.io"
  credential_arn        = aws_secretsmanager_secret.dockerhub.arn
}

resource "aws_ecr_pull_through_cache_rule" "public" {
  ecr_repository_prefix = "ecr-public"
  upstream_registry_url = "public.ecr.aws"
}

resource "aws_ecr_registry_policy" "replication" {
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "AllowReplication"
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::${data.aws_caller_identity.current.account_id}:root" }
      Action    = ["ecr:ReplicateImage"]
      Resource  = "arn:aws:ecr:us-east-1:${data.aws_caller_identity.current.account_id}:repository/*"
    }]
  })
}

resource "aws_ecr_registry_scanning_configuration" "this" {
  scan_type = "ENHANCED"

  rule {
    scan_frequency = "CONTINUOUS_SCAN"
    repository_filter {
      filter      = "app*"
      filter_type = "WILDCARD"
    }
  }
}

resource "aws_ecr_replication_configuration" "this" {
  replication_configuration {
    rule {
      destination {
        region      = "us-west-2"
        registry_id = data.aws_caller_identity.current.account_id
      }
      repository_filter {
        filter      = "app"
        filter_type = "PREFIX_MATCH"
      }
    }
  }
}

resource "aws_ecrpublic_repository" "tools" {
  repository_name = "tools"

  catalog_data {
    about_text        = "Build tools"
    architectures     = ["ARM 64", "x86-64"]
    description       = "Images of our build tools"
    operating_systems = ["Linux"]
    usage_text        = "docker pull public.ecr.aws/example/tools"
  }

  tags = {
    Team = "platform"
  }
}

resource "aws_ecrpublic_repository_policy" "tools" {
  repository_name = aws_ecrpublic_repository.tools.repository_name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "AllowPush"
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::210987654321:root" }
      Action    = ["ecr-public:PutImage", "ecr-public:InitiateLayerUpload"]
    }]
  })
}

output "registry_id" {
  value = aws_ecr_registry_scanning_configuration.this.registry_id
}

output "public_repository_arn" {
  value = aws_ecrpublic_repository.tools.arn
}

resource "aws_ecr_repository_creation_template" "cache" {
  prefix               = "docker-hub"
  description          = "Repositories the pull through cache creates"
  applied_for          = ["PULL_THROUGH_CACHE"]
  image_tag_mutability = "MUTABLE"

  encryption_configuration {
    encryption_type = "AES256"
  }

  lifecycle_policy = jsonencode({
    rules = [{
      rulePriority = 1
      description  = "Expire untagged images"
      selection = {
        tagStatus   = "untagged"
        countType   = "sinceImagePushed"
        countUnit   = "days"
        countNumber = 14
      }
      action = { type = "expire" }
    }]
  })

  resource_tags = {
    Source = "docker-hub"
  }
}

# An OpenSearch domain in a VPC with fine-grained access control, encryption, slow logs to
# CloudWatch and an access policy attached by a separate resource; and a legacy Elasticsearch domain
# with its own policy.

variable "domain_name" {
  type    = string
  default = "search"
}

variable "instance_count" {
  type    = number
  default = 2
}

variable "master_user_password" {
  type      = string
  sensitive = true
}

data "aws_caller_identity" "current" {}

data "aws_region" "current" {}

resource "aws_vpc" "main" {
  cidr_block = "10.40.0.0/16"
}

resource "aws_subnet" "search" {
  count             = 2
  vpc_id            = aws_vpc.main.id
  cidr_block        = cidrsubnet(aws_vpc.main.cidr_block, 8, count.index)
  availability_zone = ["us-east-1a", "us-east-1b"][count.index]
}

resource "aws_security_group" "search" {
  name   = "${var.domain_name}-search"
  vpc_id = aws_vpc.main.id
}

resource "aws_cloudwatch_log_group" "search" {
  for_each = toset(["INDEX_SLOW_LOGS", "SEARCH_SLOW_LOGS"])

  name = "/opensearch/${var.domain_name}/${lower(each.key)}"
}

resource "aws_opensearch_domain" "this" {
  domain_name    = var.domain_name
  engine_version = "OpenSearch_2.13"

  cluster_config {
    instance_type          = "r6g.large.search"
    instance_count         = var.instance_count
    zone_awareness_enabled = true

    zone_awareness_config {
      availability_zone_count = 2
    }
  }

  ebs_options {
    ebs_enabled = true
    volume_type = "gp3"
    volume_size = 50
  }

  encrypt_at_rest {
    enabled = true
  }

  node_to_node_encryption {
    enabled = true
  }

  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-2-2019-07"
  }

  advanced_security_options {
    enabled                        = true
    internal_user_database_enabled = true

    master_user_options {
      master_user_name     = "admin"
      master_user_password = var.master_user_password
    }
  }

  advanced_options = {
    "rest.action.multi.allow_explicit_index" = "true"
  }

  vpc_options {
    subnet_ids         = aws_subnet.search[*].id
    security_group_ids = [aws_security_group.search.id]
  }

  snapshot_options {
    automated_snapshot_start_hour = 3
  }

  dynamic "log_publishing_options" {
    for_each = aws_cloudwatch_log_group.search
    content {
      log_type                 = log_publishing_options.key
      cloudwatch_log_group_arn = log_publishing_options.value.arn
    }
  }

  log_publishing_options {
    log_type                 = "ES_APPLICATION_LOGS"
    cloudwatch_log_group_arn = aws_cloudwatch_log_group.search["INDEX_SLOW_LOGS"].arn
    enabled                  = false
  }

  tags = {
    Domain = var.domain_name
  }
}

resource "aws_opensearch_domain_policy" "this" {
  domain_name = aws_opensearch_domain.this.domain_name

  access_policies = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "es:ESHttp*"
      Resource  = "arn:aws:es:${data.aws_region.current.name}:${data.aws_caller_identity.current.account_id}:domain/${var.domain_name}/*"
    }]
  })
}

resource "aws_elasticsearch_domain" "legacy" {
  domain_name           = "${var.domain_name}-legacy"
  elasticsearch_version = "7.10"

  cluster_config {
    instance_type  = "t3.small.elasticsearch"
    instance_count = 1
  }

  ebs_options {
    ebs_enabled = true
    volume_size = 10
  }

  node_to_node_encryption {
    enabled = true
  }
}

resource "aws_elasticsearch_domain_policy" "legacy" {
  domain_name = aws_elasticsearch_domain.legacy.domain_name

  access_policies = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = data.aws_caller_identity.current.account_id }
      Action    = "es:*"
      Resource  = "arn:aws:es:${data.aws_region.current.name}:${data.aws_caller_identity.current.account_id}:domain/${var.domain_name}-legacy/*"
    }]
  })
}

output "legacy_kibana_endpoint" {
  value = aws_elasticsearch_domain.legacy.kibana_endpoint
}

output "endpoint" {
  value = aws_opensearch_domain.this.endpoint
}

output "dashboard_endpoint" {
  value = aws_opensearch_domain.this.dashboard_endpoint
}

output "domain_arn" {
  value = aws_opensearch_domain.this.arn
}

output "domain_id" {
  value = aws_opensearch_domain.this.domain_id
}

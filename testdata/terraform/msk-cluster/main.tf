# A provisioned MSK cluster with IAM and SCRAM authentication, a custom configuration, encryption
# with a customer key, broker logs to CloudWatch and Prometheus exporters; its SCRAM secrets and a
# cluster policy for cross-account access; and a serverless cluster beside it.

variable "name" {
  type    = string
  default = "events"
}

variable "kafka_version" {
  type    = string
  default = "3.6.0"
}

variable "broker_count" {
  type    = number
  default = 3
}

resource "aws_vpc" "main" {
  cidr_block = "10.30.0.0/16"
}

resource "aws_subnet" "brokers" {
  count             = 3
  vpc_id            = aws_vpc.main.id
  cidr_block        = cidrsubnet(aws_vpc.main.cidr_block, 8, count.index)
  availability_zone = "us-east-1${["a", "b", "c"][count.index]}"
}

resource "aws_security_group" "brokers" {
  name   = "${var.name}-brokers"
  vpc_id = aws_vpc.main.id
}

resource "aws_kms_key" "kafka" {
  description = "MSK data at rest"
}

resource "aws_cloudwatch_log_group" "brokers" {
  name              = "/msk/${var.name}"
  retention_in_days = 14
}

resource "aws_msk_configuration" "this" {
  name           = "${var.name}-config"
  description    = "Topic defaults for ${var.name}"
  kafka_versions = [var.kafka_version]

  server_properties = <<-PROPERTIES
    auto.create.topics.enable = false
    default.replication.factor = 3
    min.insync.replicas = 2
  PROPERTIES
}

resource "aws_msk_cluster" "this" {
  cluster_name           = var.name
  kafka_version          = var.kafka_version
  number_of_broker_nodes = var.broker_count
  enhanced_monitoring    = "PER_BROKER"

  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = aws_subnet.brokers[*].id
    security_groups = [aws_security_group.brokers.id]

    storage_info {
      ebs_storage_info {
        volume_size = 100

        provisioned_throughput {
          enabled           = true
          volume_throughput = 250
        }
      }
    }
  }

  client_authentication {
    unauthenticated = false

    sasl {
      iam   = true
      scram = true
    }
  }

  configuration_info {
    arn      = aws_msk_configuration.this.arn
    revision = aws_msk_configuration.this.latest_revision
  }

  encryption_info {
    encryption_at_rest_kms_key_arn = aws_kms_key.kafka.arn

    encryption_in_transit {
      client_broker = "TLS"
      in_cluster    = true
    }
  }

  logging_info {
    broker_logs {
      cloudwatch_logs {
        enabled   = true
        log_group = aws_cloudwatch_log_group.brokers.name
      }

      s3 {
        enabled = false
      }
    }
  }

  open_monitoring {
    prometheus {
      jmx_exporter {
        enabled_in_broker = true
      }

      node_exporter {
        enabled_in_broker = true
      }
    }
  }

  tags = {
    Name = var.name
  }
}

resource "aws_secretsmanager_secret" "scram" {
  for_each = toset(["producer", "consumer"])

  name       = "AmazonMSK_${var.name}_${each.key}"
  kms_key_id = aws_kms_key.kafka.key_id
}

resource "aws_msk_scram_secret_association" "this" {
  cluster_arn     = aws_msk_cluster.this.arn
  secret_arn_list = [for secret in aws_secretsmanager_secret.scram : secret.arn]
}

resource "aws_msk_cluster_policy" "cross_account" {
  cluster_arn = aws_msk_cluster.this.arn

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "CrossAccountConnect"
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::111122223333:root" }
      Action    = ["kafka:CreateVpcConnection", "kafka:GetBootstrapBrokers", "kafka:DescribeClusterV2"]
      Resource  = aws_msk_cluster.this.arn
    }]
  })
}

resource "aws_msk_serverless_cluster" "events" {
  cluster_name = "${var.name}-serverless"

  vpc_config {
    subnet_ids         = aws_subnet.brokers[*].id
    security_group_ids = [aws_security_group.brokers.id]
  }

  client_authentication {
    sasl {
      iam {
        enabled = true
      }
    }
  }
}

output "serverless_cluster_uuid" {
  value = aws_msk_serverless_cluster.events.cluster_uuid
}

output "cluster_arn" {
  value = aws_msk_cluster.this.arn
}

output "cluster_uuid" {
  value = aws_msk_cluster.this.cluster_uuid
}

output "current_version" {
  value = aws_msk_cluster.this.current_version
}

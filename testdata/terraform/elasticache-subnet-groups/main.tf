# Subnet groups for ElastiCache and Redshift on one VPC, a Cloud Map HTTP namespace, a CodeCommit
# repository with a CodeDeploy application, a Batch scheduling policy and a DynamoDB table's
# resource policy (merged into the table).

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "a" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.0.1.0/24"
  availability_zone = "us-east-1a"
}

resource "aws_subnet" "b" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.0.2.0/24"
  availability_zone = "us-east-1b"
}

resource "aws_elasticache_subnet_group" "cache" {
  name       = "app-cache"
  subnet_ids = [aws_subnet.a.id, aws_subnet.b.id]
  tags = {
    Team = "platform"
  }
}

resource "aws_redshift_subnet_group" "warehouse" {
  name        = "warehouse"
  description = "Warehouse subnets"
  subnet_ids  = [aws_subnet.a.id, aws_subnet.b.id]
}

resource "aws_service_discovery_http_namespace" "apps" {
  name        = "apps"
  description = "Services of the app"
}

resource "aws_codecommit_repository" "app" {
  repository_name = "app"
  description     = "Application source"
}

resource "aws_codedeploy_app" "app" {
  name             = "app"
  compute_platform = "ECS"
}

resource "aws_batch_scheduling_policy" "fair" {
  name = "fair"

  fair_share_policy {
    compute_reservation = 1
    share_decay_seconds = 3600

    share_distribution {
      share_identifier = "A1*"
      weight_factor    = 0.1
    }

    share_distribution {
      share_identifier = "A2"
      weight_factor    = 0.2
    }
  }

  tags = {
    Team = "data"
  }
}

resource "aws_dynamodb_table" "orders" {
  name         = "orders"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }
}

resource "aws_dynamodb_resource_policy" "orders" {
  resource_arn = aws_dynamodb_table.orders.arn
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::210987654321:root" }
      Action    = ["dynamodb:GetItem"]
      # The table's own ARN spelled out: a reference would make the merged table refer to itself.
      Resource  = "arn:aws:dynamodb:us-east-1:123456789012:table/orders"
    }]
  })
}

output "cache_subnet_group_arn" {
  value = aws_elasticache_subnet_group.cache.arn
}

output "namespace" {
  value = aws_service_discovery_http_namespace.apps.http_name
}

output "clone_url" {
  value = aws_codecommit_repository.app.clone_url_http
}

output "scheduling_policy_arn" {
  value = aws_batch_scheduling_policy.fair.arn
}

resource "aws_batch_job_queue" "main" {
  name                  = "main"
  state                 = "ENABLED"
  priority              = 10
  scheduling_policy_arn = aws_batch_scheduling_policy.fair.arn

  compute_environment_order {
    order               = 1
    compute_environment = "arn:aws:batch:us-east-1:123456789012:compute-environment/spot"
  }

  job_state_time_limit_action {
    action           = "CANCEL"
    max_time_seconds = 600
    reason           = "CAPACITY:INSUFFICIENT_INSTANCE_CAPACITY"
    state            = "RUNNABLE"
  }
}

resource "aws_cloudwatch_event_bus" "app" {
  name = "app-events"
}

resource "aws_schemas_discoverer" "app" {
  source_arn  = aws_cloudwatch_event_bus.app.arn
  description = "Discovers the app's event schemas"
}

output "discoverer_id" {
  value = aws_schemas_discoverer.app.id
}

resource "aws_security_group" "cache" {
  name        = "cache"
  description = "Valkey clients"
  vpc_id      = aws_vpc.main.id
}

resource "aws_elasticache_replication_group" "cache" {
  replication_group_id       = "app-cache"
  description                = "Application cache"
  engine                     = "valkey"
  engine_version             = "8.0"
  node_type                  = "cache.t4g.small"
  port                       = 6379
  num_cache_clusters         = 2
  automatic_failover_enabled = true
  multi_az_enabled           = true
  subnet_group_name          = aws_elasticache_subnet_group.cache.name
  security_group_ids         = [aws_security_group.cache.id]
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
  snapshot_retention_limit   = 7
  maintenance_window         = "sun:05:00-sun:06:00"
  apply_immediately          = true

  tags = {
    Team = "platform"
  }
}

output "cache_primary_endpoint" {
  value = aws_elasticache_replication_group.cache.primary_endpoint_address
}

resource "aws_iam_role" "codedeploy" {
  name = "codedeploy"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "codedeploy.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
}

resource "aws_codedeploy_deployment_group" "app" {
  app_name               = aws_codedeploy_app.app.name
  deployment_group_name  = "app-blue-green"
  service_role_arn       = aws_iam_role.codedeploy.arn
  deployment_config_name = "CodeDeployDefault.ECSAllAtOnce"

  auto_rollback_configuration {
    enabled = true
    events  = ["DEPLOYMENT_FAILURE"]
  }

  alarm_configuration {
    alarms  = ["app-5xx"]
    enabled = true
  }

  blue_green_deployment_config {
    deployment_ready_option {
      action_on_timeout = "CONTINUE_DEPLOYMENT"
    }
    terminate_blue_instances_on_deployment_success {
      action                           = "TERMINATE"
      termination_wait_time_in_minutes = 5
    }
  }

  deployment_style {
    deployment_option = "WITH_TRAFFIC_CONTROL"
    deployment_type   = "BLUE_GREEN"
  }

  ecs_service {
    cluster_name = "app"
    service_name = "app"
  }

  load_balancer_info {
    target_group_pair_info {
      prod_traffic_route {
        listener_arns = ["arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/app/0123456789abcdef/0123456789abcdef"]
      }
      target_group {
        name = "app-blue"
      }
      target_group {
        name = "app-green"
      }
    }
  }
}

resource "aws_s3_bucket" "artifacts" {
  bucket = "app-pipeline-artifacts"
}

resource "aws_iam_role" "pipeline" {
  name = "pipeline"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "codepipeline.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
}

resource "aws_codepipeline" "app" {
  name          = "app"
  role_arn      = aws_iam_role.pipeline.arn
  pipeline_type = "V2"

  artifact_store {
    location = aws_s3_bucket.artifacts.bucket
    type     = "S3"
  }

  stage {
    name = "Source"
    action {
      name             = "Source"
      category         = "Source"
      owner            = "AWS"
      provider         = "CodeCommit"
      version          = "1"
      output_artifacts = ["source"]
      configuration = {
        RepositoryName = aws_codecommit_repository.app.repository_name
        BranchName     = "main"
      }
    }
  }

  stage {
    name = "Deploy"
    action {
      name            = "Deploy"
      category        = "Deploy"
      owner           = "AWS"
      provider        = "CodeDeployToECS"
      version         = "1"
      input_artifacts = ["source"]
      configuration = {
        ApplicationName                = aws_codedeploy_app.app.name
        DeploymentGroupName            = aws_codedeploy_deployment_group.app.deployment_group_name
        TaskDefinitionTemplateArtifact = "source"
        AppSpecTemplateArtifact        = "source"
      }
    }
  }

  variable {
    name          = "release"
    default_value = "latest"
  }
}

output "pipeline_arn" {
  value = aws_codepipeline.app.arn
}

# A Fargate compute environment, a job queue over it and a job definition whose container
# properties are the API's JSON (PascalCase in CloudFormation).

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "a" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.1.0/24"
}

resource "aws_security_group" "batch" {
  name        = "batch"
  description = "Batch jobs"
  vpc_id      = aws_vpc.main.id
}

resource "aws_iam_role" "execution" {
  name = "batch-execution"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "ecs-tasks.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
}

resource "aws_batch_compute_environment" "fargate" {
  compute_environment_name = "fargate"
  type                     = "MANAGED"
  state                    = "ENABLED"

  compute_resources {
    type               = "FARGATE"
    max_vcpus          = 16
    subnets            = [aws_subnet.a.id]
    security_group_ids = [aws_security_group.batch.id]
  }

  tags = {
    Team = "data"
  }
}

resource "aws_batch_job_queue" "fargate" {
  name     = "fargate"
  state    = "ENABLED"
  priority = 1

  compute_environment_order {
    order               = 1
    compute_environment = aws_batch_compute_environment.fargate.arn
  }
}

resource "aws_batch_job_definition" "report" {
  name                  = "report"
  type                  = "container"
  platform_capabilities = ["FARGATE"]
  propagate_tags        = true

  container_properties = jsonencode({
    image            = "public.ecr.aws/amazonlinux/amazonlinux:2023"
    command          = ["echo", "Ref::message"]
    executionRoleArn = aws_iam_role.execution.arn
    resourceRequirements = [
      { type = "VCPU", value = "0.25" },
      { type = "MEMORY", value = "512" },
    ]
    environment = [{ name = "STAGE", value = "prod" }]
    fargatePlatformConfiguration = { platformVersion = "LATEST" }
    networkConfiguration         = { assignPublicIp = "DISABLED" }
    logConfiguration = {
      logDriver = "awslogs"
      options   = { "awslogs-stream-prefix" = "report" }
    }
  })

  parameters = {
    message = "hello"
  }

  retry_strategy {
    attempts = 2
    evaluate_on_exit {
      on_status_reason = "Host EC2*"
      action           = "RETRY"
    }
    evaluate_on_exit {
      on_reason = "*"
      action    = "EXIT"
    }
  }

  timeout {
    attempt_duration_seconds = 600
  }
}

output "compute_environment_name" {
  value = aws_batch_compute_environment.fargate.id
}

output "job_definition_revision" {
  value = aws_batch_job_definition.report.revision
}

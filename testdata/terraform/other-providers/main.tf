# Resources and data sources of providers other than aws and awscc have no CloudFormation form: each
# one is an error naming its address, with what CloudFormation offers instead, and nothing is written.

terraform {
  required_providers {
    aws     = { source = "hashicorp/aws" }
    random  = { source = "hashicorp/random" }
    null    = { source = "hashicorp/null" }
    tls     = { source = "hashicorp/tls" }
    archive = { source = "hashicorp/archive" }
    time    = { source = "hashicorp/time" }
  }
}

locals {
  # Used only by the null_resource below.
  release = random_id.release.hex
}

resource "random_password" "db" {
  length  = 24
  special = false
}

resource "random_id" "release" {
  byte_length = 4
}

resource "null_resource" "migrate" {
  triggers = {
    release = local.release
  }

  provisioner "local-exec" {
    command = "./migrate.sh"
  }
}

resource "tls_private_key" "deploy" {
  algorithm = "ED25519"
}

resource "time_sleep" "after_queue" {
  create_duration = "30s"
  depends_on      = [aws_sqs_queue.jobs]
}

data "archive_file" "lambda" {
  type        = "zip"
  source_dir  = "${path.module}/src"
  output_path = "${path.module}/lambda.zip"
}

data "external" "git" {
  program = ["git", "rev-parse", "--short", "HEAD"]
}

data "aws_region" "current" {}

resource "aws_sqs_queue" "jobs" {
  name = "jobs-${data.aws_region.current.name}"
}

resource "aws_sns_topic" "alerts" {
  name = "alerts"
}

output "queue_url" {
  value = aws_sqs_queue.jobs.url
}

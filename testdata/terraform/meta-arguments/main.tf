# count and for_each unroll into one resource per instance; depends_on, lifecycle and provider
# aliases are carried over or reported.

provider "aws" {
  region = "eu-west-1"
}

provider "aws" {
  alias  = "us"
  region = "us-east-1"
}

locals {
  queues = {
    orders   = 60
    invoices = 120
  }
}

resource "aws_sqs_queue" "worker" {
  for_each                   = local.queues
  name                       = "${each.key}-queue"
  visibility_timeout_seconds = each.value
}

resource "aws_sns_topic" "alerts" {
  count = 2
  name  = "alerts-${count.index}"
}

resource "aws_s3_bucket" "archive" {
  bucket = "example-archive"
  lifecycle {
    prevent_destroy = true
    ignore_changes  = [tags]
  }
}

resource "aws_s3_bucket" "replica" {
  provider   = aws.us
  bucket     = "example-archive-replica"
  depends_on = [aws_s3_bucket.archive, aws_sqs_queue.worker]
}

output "topic_arns" {
  value = aws_sns_topic.alerts[*].arn
}

output "orders_queue" {
  value = aws_sqs_queue.worker["orders"].url
}

# `count = var.flag ? 1 : 0` becomes a CloudFormation condition on the resource.

variable "create_queue" {
  type    = bool
  default = false
}

variable "environment" {
  type    = string
  default = "dev"
}

resource "aws_sqs_queue" "optional" {
  count = var.create_queue ? 1 : 0
  name  = "optional-queue"
}

resource "aws_sns_topic" "alerts" {
  name         = "alerts"
  display_name = var.environment == "prod" ? "Production alerts" : "Test alerts"
}

resource "aws_ssm_parameter" "queue_url" {
  count = var.create_queue ? 1 : 0
  name  = "/queue/url"
  type  = "String"
  value = aws_sqs_queue.optional[0].url
}

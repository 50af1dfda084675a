# Variables whose default is null become parameters that may be empty (bools too), and
# `{ for k, v in ... : k => v if v != null }` keeps an attribute only where its value is set: an
# empty parameter leaves the key out (`AWS::NoValue`), and a value chosen by a condition on another
# parameter is left out where the condition leaves it null.

variable "log_level" {
  type    = string
  default = null
}

variable "batch_size" {
  type    = number
  default = null
}

variable "debug" {
  type    = bool
  default = null
}

variable "tracing" {
  type    = bool
  default = false
}

variable "sampling_rule" {
  type    = string
  default = "all"
}

locals {
  sampling = var.tracing ? var.sampling_rule : null

  environment = { for k, v in {
    LOG_LEVEL  = var.log_level
    BATCH_SIZE = var.batch_size
    DEBUG      = var.debug
    SAMPLING   = local.sampling
    STAGE      = "prod"
  } : k => v if v != null }
}

resource "aws_iam_role" "worker" {
  name = "worker"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "lambda.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
}

resource "aws_lambda_function" "worker" {
  function_name = "worker"
  role          = aws_iam_role.worker.arn
  runtime       = "python3.12"
  handler       = "index.handler"
  s3_bucket     = "artifacts-bucket"
  s3_key        = "worker.zip"

  environment {
    variables = local.environment
  }
}

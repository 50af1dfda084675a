# A `dynamic` block whose `for_each` a deploy-time condition chooses (`cond ? [x] : []`): the block's
# value under `Fn::If`, with `AWS::NoValue` where the block does not exist; in a list of blocks, each
# element so (CloudFormation drops AWS::NoValue elements); two blocks of which exactly one exists
# become one `Fn::If` choosing between them.
data "aws_partition" "current" {}
data "aws_region" "current" {}

variable "tracing" {
  type    = bool
  default = false
}

resource "aws_lambda_function" "worker" {
  function_name = "worker"
  role          = "arn:aws:iam::111122223333:role/worker"
  runtime       = "python3.12"
  handler       = "index.handler"
  s3_bucket     = "artifacts-111122223333"
  s3_key        = "worker.zip"

  # GovCloud and China regions have no advanced logging controls.
  dynamic "logging_config" {
    for_each = data.aws_partition.current.partition == "aws" ? [true] : []
    content {
      log_format = "JSON"
    }
  }

  dynamic "tracing_config" {
    for_each = var.tracing ? [1] : []
    content {
      mode = "Active"
    }
  }
}

resource "aws_security_group" "web" {
  name        = "web"
  description = "web"
  vpc_id      = "vpc-0123456789abcdef0"

  dynamic "ingress" {
    for_each = data.aws_region.current.region == "af-south-1" ? { https = 443 } : { http = 80, ssh = 22 }
    content {
      description = ingress.key
      from_port   = ingress.value
      to_port     = ingress.value
      protocol    = "tcp"
      cidr_blocks = ["10.0.0.0/8"]
    }
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_dynamodb_table" "sessions" {
  name         = "sessions"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }

  dynamic "point_in_time_recovery" {
    for_each = var.tracing ? [true] : [false]
    content {
      enabled = point_in_time_recovery.value
    }
  }
}

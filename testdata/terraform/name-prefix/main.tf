# `name_prefix`: Terraform names the resource with the prefix and a unique suffix; the template names
# it with the prefix and a suffix unique to the stack and to the resource.
resource "aws_cloudwatch_log_group" "app" {
  name_prefix       = "/app/orders-"
  retention_in_days = 7
}

resource "aws_iam_role" "worker" {
  name_prefix = "orders-worker-"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { Service = "ec2.amazonaws.com" }
    }]
  })
}

resource "aws_sqs_queue" "jobs" {
  name_prefix = "orders-jobs-"
}

resource "aws_sqs_queue" "named" {
  name        = "orders-named"
  name_prefix = null
}

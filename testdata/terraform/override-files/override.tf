variable "environment" {
  default = "prod"
}

locals {
  retention = 14
}

resource "aws_sqs_queue" "jobs" {
  delay_seconds = 5
  tags = {
    Source = "override.tf"
  }
  lifecycle {
    prevent_destroy = true
  }
}

# Override files merge into the blocks they name: attributes replaced, nested blocks of a type
# replaced as a whole, lifecycle merged argument by argument.

variable "environment" {
  type    = string
  default = "dev"
}

locals {
  retention = 7
}

resource "aws_sqs_queue" "jobs" {
  name                      = "jobs-${var.environment}"
  message_retention_seconds = local.retention * 86400
  tags = {
    Source = "main.tf"
  }
  lifecycle {
    ignore_changes = [tags]
  }
}

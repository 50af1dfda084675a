# Queues made for the names that are set: the filter `if v != null` on a parameter that may be empty
# decides which instances exist, which CloudFormation cannot decide per instance, so the variables it
# tests are inlined with their defaults (warnings say so) and only the set names make queues.

variable "primary" {
  type    = string
  default = "orders"
}

variable "secondary" {
  type    = string
  default = null
}

locals {
  names = { for k, v in { primary = var.primary, secondary = var.secondary } : k => v if v != null }
}

resource "aws_sqs_queue" "this" {
  for_each = local.names
  name     = each.value
}

output "queue_count" {
  value = length(local.names)
}

# Locals are evaluated at conversion time where their inputs are known.

variable "environment" {
  type    = string
  default = "dev"
}

locals {
  project     = "orders"
  name_prefix = "${local.project}-${var.environment}"
  queues      = ["ingest", "retry", "dead-letter"]
  queue_names = [for q in local.queues : "${local.name_prefix}-${q}"]
  sizes       = { small = 1, large = 4 }
  total       = sum(values(local.sizes)) * 2
  cidrs       = [for i in range(3) : cidrsubnet("10.0.0.0/16", 8, i)]
  first_queue = element(local.queue_names, 0)
  upper_names = { for q in local.queues : q => upper(q) }
  flattened   = flatten([["a", "b"], ["c"], []])
  settings    = merge({ retention = 4 }, { visibility = 30 })
  maybe       = try(local.settings.missing, "default")
  coalesced   = coalesce("", "second")
  encoded     = base64encode("hello")
}

resource "aws_sqs_queue" "ingest" {
  name                       = local.first_queue
  visibility_timeout_seconds = local.settings.visibility
  message_retention_seconds  = local.total * 86400
  tags = {
    Cidrs     = join(" ", local.cidrs)
    Flattened = join("", local.flattened)
    Maybe     = local.maybe
    Coalesced = local.coalesced
    Encoded   = local.encoded
    Upper     = local.upper_names["retry"]
  }
}

output "queue_names" {
  value = local.queue_names
}

# A reusable module's root converted on its own, as its users' examples would call it: toggles that
# decide how many resources exist become conditions (a reference to the dead-letter queue is valid
# wherever its condition is assumed); a required name stays a parameter without a default; an object
# variable with optional() attributes takes its default.
variable "create" {
  type    = bool
  default = true
}

variable "create_dlq" {
  type    = bool
  default = false
}

variable "name" {
  type        = string
  description = "Name of the queue"
}

variable "use_name_prefix" {
  type    = bool
  default = false
}

variable "redrive" {
  type = object({
    max_receive_count = optional(number, 5)
    enabled           = optional(bool, true)
  })
  default = {}
}

# Null defaults mean "not set": an optional argument given the parameter is left out while it is
# empty; a required one makes the parameter required.
variable "kms_master_key_id" {
  type    = string
  default = null
}

variable "delay_seconds" {
  type    = number
  default = null
}

variable "tags" {
  type    = map(string)
  default = { Team = "platform" }
}

locals {
  name = var.use_name_prefix ? null : var.name
}

resource "aws_sqs_queue" "this" {
  count = var.create ? 1 : 0

  name                       = local.name
  visibility_timeout_seconds = 30
  kms_master_key_id          = var.kms_master_key_id
  delay_seconds              = var.delay_seconds
  sqs_managed_sse_enabled    = var.kms_master_key_id == null
  redrive_policy = var.create_dlq && var.redrive.enabled ? jsonencode({
    deadLetterTargetArn = aws_sqs_queue.dlq[0].arn
    maxReceiveCount     = var.redrive.max_receive_count
  }) : null
  tags = var.tags
}

resource "aws_sqs_queue" "dlq" {
  count = var.create && var.create_dlq ? 1 : 0
  name  = "${var.name}-dlq"
  tags  = var.tags
}

output "queue_arn" {
  value = try(aws_sqs_queue.this[0].arn, null)
}

output "dlq_arn" {
  value = try(aws_sqs_queue.dlq[0].arn, null)
}

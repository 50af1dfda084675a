# `replace` with a literal search on a value only known at deployment: every occurrence replaced,
# as Fn::Join of Fn::Split (a `/regex/` search has no CloudFormation form and inlines the variable).
variable "domain_id" {
  type    = string
  default = "dzd_abc123"
}

variable "team" {
  type    = string
  default = "data.platform"
}

resource "aws_ssm_parameter" "short_id" {
  name  = "/app/domain"
  type  = "String"
  value = replace(var.domain_id, "dzd_", "")
}

resource "aws_ssm_parameter" "queue_arn" {
  name  = "/app/queue"
  type  = "String"
  value = replace(aws_sqs_queue.jobs.arn, ":", "/")
}

resource "aws_sqs_queue" "jobs" {
  name = replace(var.team, "/[^a-z]/", "-")
}

# `replace` where a value is only known at deployment. A literal search, or a `/regex/` that matches
# one literal string, replaces every occurrence (Fn::Join of Fn::Split); over a known text with a
# deploy-time replacement, the text's pieces are joined around the value (Fn::Sub). A regex anchored
# at one end has no exact form: its output is left out, and the hint names the literal alternative.
variable "environment" {
  type    = string
  default = "prod.eu"
}

# No default: it stays a parameter, and the anchored regex below cannot be decided by inlining it.
variable "domain_id" {
  type = string
}

variable "policy_template" {
  type    = string
  default = <<-EOT
    {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "sqs:SendMessage", "Resource": "__QUEUE_ARN__"}]}
  EOT
}

resource "aws_sqs_queue" "jobs" {
  name = replace(var.environment, "/\\./", "-")
}

resource "aws_sqs_queue_policy" "jobs" {
  queue_url = aws_sqs_queue.jobs.id
  policy    = replace(var.policy_template, "__QUEUE_ARN__", aws_sqs_queue.jobs.arn)
}

output "domain_suffix" {
  value = replace(var.domain_id, "/^dzd-/", "")
}

resource "aws_ssm_parameter" "domain" {
  name  = "/app/domain"
  type  = "String"
  value = replace(var.domain_id, "/dzd\\-/", "domain-")
}

output "queue_name_from_arn" {
  value = reverse(split(":", aws_sqs_queue.jobs.arn))[0]
}

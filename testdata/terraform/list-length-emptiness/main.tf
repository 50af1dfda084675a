# `length(x)` of a list only known at deployment, compared with 0, is a condition on the list's
# emptiness: `Fn::Equals [Fn::Join [",", x], ""]`, exact for CommaDelimitedList parameters, whose
# empty value is the empty list. A list `Fn::Split` makes is never empty.
variable "subscriber_emails" {
  type    = list(string)
  default = []
}

variable "queue_name" {
  type    = string
  default = "jobs,retries"
}

# Looks up existing roles: its `arns` becomes a CommaDelimitedList parameter.
data "aws_iam_roles" "admins" {
  name_regex = "^Admin.*"
}

resource "aws_sns_topic" "alerts" {
  count = length(var.subscriber_emails) > 0 ? 1 : 0
  name  = "alerts"
}

resource "aws_sns_topic_subscription" "email" {
  count     = length(var.subscriber_emails) != 0 ? 1 : 0
  topic_arn = aws_sns_topic.alerts[0].arn
  protocol  = "email"
  endpoint  = var.subscriber_emails[0]
}

resource "aws_sqs_queue" "fallback" {
  count = 1 > length(var.subscriber_emails) ? 1 : 0
  name  = "fallback"
}

resource "aws_sqs_queue" "named" {
  # Terraform's split never returns an empty list, and neither does Fn::Split.
  count = length(split(",", var.queue_name)) >= 1 ? 1 : 0
  name  = split(",", var.queue_name)[0]

  # Waits for the topic where it exists: a reference in the metadata under the topic's condition,
  # since a DependsOn on a resource that may not exist is rejected.
  depends_on = [aws_sns_topic.alerts]
}

resource "aws_ssm_parameter" "admin" {
  name  = "/app/admin-role"
  type  = "String"
  value = length(data.aws_iam_roles.admins.arns) == 0 ? "none" : tolist(data.aws_iam_roles.admins.arns)[0]
}

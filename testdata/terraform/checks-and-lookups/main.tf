# A lookup data source with `for_each` reads its `id` in its instance's scope, where `each` is bound.
# A local that only a precondition reads (CloudFormation checks none) needs no CloudFormation form.
# A resource's identifier is never empty, so `x != ""` on it is known.
variable "subnets" {
  type    = map(string)
  default = { app = "subnet-0123456789abcdef0" }
}

data "aws_subnet" "app" {
  for_each = var.subnets
  id       = each.value
}

data "aws_iam_roles" "existing" {
  name_regex = "^Worker.*"
}

locals {
  # Only the precondition below reads this.
  has_worker_role = anytrue([for arn in data.aws_iam_roles.existing.arns : endswith(arn, "/Worker")])
}

resource "aws_sqs_queue" "jobs" {
  name = "jobs"

  lifecycle {
    precondition {
      condition     = local.has_worker_role
      error_message = "a Worker role must exist"
    }
  }
}

resource "aws_ssm_parameter" "queue" {
  name  = "/app/queue-url"
  type  = "String"
  value = aws_sqs_queue.jobs.id != "" ? aws_sqs_queue.jobs.id : "none"
}

resource "aws_ssm_parameter" "vpc" {
  name  = "/app/vpc"
  type  = "String"
  value = data.aws_subnet.app["app"].vpc_id
}

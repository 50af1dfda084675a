# String templates: interpolation becomes Fn::Sub, `$${` stays a literal `${`, directives run when
# their inputs are known.

variable "environment" {
  type    = string
  default = "dev"
}

locals {
  users = ["alice", "bob"]
}

resource "aws_ssm_parameter" "greeting" {
  name  = "/app/${var.environment}/greeting"
  type  = "String"
  value = "Hello from ${var.environment} in ${data.aws_region.current.name}; keep $${literal} as is"
}

resource "aws_ssm_parameter" "users" {
  name  = "/app/users"
  type  = "String"
  value = <<-EOT
    %{ for user in local.users ~}
    user: ${user}
    %{ endfor ~}
    %{ if var.environment == "prod" }production%{ else }non-production%{ endif }
  EOT
}

data "aws_region" "current" {}

output "arn_template" {
  value = "arn:${data.aws_partition.current.partition}:ssm:${data.aws_region.current.name}:${data.aws_caller_identity.current.account_id}:parameter${aws_ssm_parameter.greeting.name}"
}

data "aws_partition" "current" {}
data "aws_caller_identity" "current" {}

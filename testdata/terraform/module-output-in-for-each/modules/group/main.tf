variable "name" {
  type = string
}

variable "create" {
  type    = bool
  default = true
}

resource "aws_cloudwatch_log_group" "this" {
  count             = var.create ? 1 : 0
  name              = var.name
  retention_in_days = 14
}

output "name" {
  value = try(aws_cloudwatch_log_group.this[0].name, "")
}

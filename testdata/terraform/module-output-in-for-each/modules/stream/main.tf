variable "name" {
  type = string
}

variable "group" {
  type = string
}

resource "aws_cloudwatch_log_stream" "this" {
  name           = var.name
  log_group_name = var.group
}

output "group" {
  value = aws_cloudwatch_log_stream.this.log_group_name
}

# Variables stay parameters unless an expression needs their value at conversion time: `lower` has no
# CloudFormation form, so `team` is inlined (with a warning naming the expression) and `env` stays a
# parameter. Values come from terraform.tfvars, overridden by *.auto.tfvars.

variable "team" {
  type    = string
  default = "Platform"
}

variable "env" {
  type    = string
  default = "dev"
}

variable "retention" {
  type    = number
  default = 7
}

variable "zones" {
  type    = list(string)
  default = ["a"]
}

resource "aws_s3_bucket" "logs" {
  bucket = "${lower(var.team)}-${var.env}-logs"
  tags = {
    Team  = var.team
    Zones = join(",", var.zones)
  }
}

resource "aws_cloudwatch_log_group" "app" {
  name              = "/app/${var.env}"
  retention_in_days = var.retention
}

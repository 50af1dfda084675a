# Ephemeral resources (Terraform 1.10+) exist only during a Terraform run; their values may only
# reach write-only arguments. Each one that has instances is reported with what CloudFormation
# offers instead; one with no instances is not.
variable "generate" {
  type    = bool
  default = true
}

resource "aws_secretsmanager_secret" "db" {
  name = "db-password"
}

ephemeral "aws_secretsmanager_random_password" "db" {
  count           = var.generate ? 1 : 0
  password_length = 40
}

resource "aws_secretsmanager_secret_version" "db" {
  secret_id                = aws_secretsmanager_secret.db.id
  secret_string_wo         = ephemeral.aws_secretsmanager_random_password.db[0].random_password
  secret_string_wo_version = 1
}

ephemeral "random_password" "api" {
  length  = 24
  special = false
}

resource "aws_ssm_parameter" "api" {
  name             = "/app/api-key"
  type             = "SecureString"
  value_wo         = ephemeral.random_password.api.result
  value_wo_version = 1
}

ephemeral "aws_ssm_parameter" "unused" {
  count = 0
  name  = "/app/unused"
}

# Not an ephemeral resource type of the AWS provider: Terraform rejects the block.
ephemeral "aws_secretsmanager_random_passwd" "typo" {
}

# Under --skip-unsupported, what is converted cannot refer to what was skipped: each reference is an
# error where it is written, directly, through a local value, or in depends_on.

resource "random_password" "db" {
  length  = 24
  special = false
}

resource "random_id" "suffix" {
  byte_length = 4
}

data "archive_file" "handler" {
  type        = "zip"
  source_file = "${path.module}/handler.py"
  output_path = "${path.module}/handler.zip"
}

locals {
  bucket_name = "artifacts-${random_id.suffix.hex}"
}

resource "aws_db_instance" "main" {
  identifier          = "main"
  engine              = "postgres"
  instance_class      = "db.t4g.micro"
  allocated_storage   = 20
  username            = "app"
  password            = random_password.db.result
  skip_final_snapshot = true
}

resource "aws_s3_bucket" "artifacts" {
  bucket = local.bucket_name
}

resource "aws_sqs_queue" "after_password" {
  name       = "after-password"
  depends_on = [random_password.db, data.archive_file.handler]
}

resource "aws_iam_role" "handler" {
  name = "handler"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
}

resource "aws_lambda_function" "handler" {
  function_name    = "handler"
  role             = aws_iam_role.handler.arn
  runtime          = "python3.12"
  handler          = "handler.main"
  filename         = data.archive_file.handler.output_path
  source_code_hash = data.archive_file.handler.output_base64sha256
}

output "password_length" {
  value = length(random_password.db.result)
}

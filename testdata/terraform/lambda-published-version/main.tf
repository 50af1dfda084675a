# A function's `version` and `qualified_arn` are those of the version Terraform publishes with
# `publish = true` (an AWS::Lambda::Version here), and `$LATEST` without.
resource "aws_iam_role" "lambda" {
  name = "lambda"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
}

resource "aws_lambda_function" "published" {
  function_name = "published"
  role          = aws_iam_role.lambda.arn
  handler       = "index.handler"
  runtime       = "python3.12"
  s3_bucket     = "artifacts"
  s3_key        = "published.zip"
  publish       = true
}

resource "aws_lambda_function" "latest" {
  function_name = "latest"
  role          = aws_iam_role.lambda.arn
  handler       = "index.handler"
  runtime       = "python3.12"
  s3_bucket     = "artifacts"
  s3_key        = "latest.zip"
}

resource "aws_lambda_alias" "live" {
  name             = "live"
  function_name    = aws_lambda_function.published.function_name
  function_version = aws_lambda_function.published.version
}

output "published_version" {
  value = aws_lambda_function.published.version
}

output "published_qualified_arn" {
  value = aws_lambda_function.published.qualified_arn
}

output "latest_version" {
  value = aws_lambda_function.latest.version
}

output "latest_qualified_invoke_arn" {
  value = aws_lambda_function.latest.qualified_invoke_arn
}

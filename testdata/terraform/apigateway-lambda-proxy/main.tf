terraform {
  required_providers {
    aws = {
      source = "hashicorp/aws"
    }
  }
}

variable "name" {
  type    = string
  default = "orders"
}

variable "artifact_bucket" {
  type    = string
  default = "my-artifacts"
}

variable "stage_name" {
  type    = string
  default = "v1"
}

locals {
  # Top-level paths served by the function, each with ANY.
  paths = toset(["orders", "customers"])
}

data "aws_iam_policy_document" "assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["lambda.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "handler" {
  name               = "${var.name}-handler"
  assume_role_policy = data.aws_iam_policy_document.assume.json
}

resource "aws_lambda_function" "handler" {
  function_name = "${var.name}-handler"
  role          = aws_iam_role.handler.arn
  runtime       = "python3.12"
  handler       = "index.handler"
  s3_bucket     = var.artifact_bucket
  s3_key        = "${var.name}/handler.zip"
}

resource "aws_api_gateway_rest_api" "this" {
  name               = var.name
  description        = "Orders service"
  binary_media_types = ["application/octet-stream"]

  endpoint_configuration {
    types = ["REGIONAL"]
  }

  tags = {
    Service = var.name
  }
}

resource "aws_api_gateway_resource" "path" {
  for_each = local.paths

  rest_api_id = aws_api_gateway_rest_api.this.id
  parent_id   = aws_api_gateway_rest_api.this.root_resource_id
  path_part   = each.value
}

resource "aws_api_gateway_method" "any" {
  for_each = local.paths

  rest_api_id   = aws_api_gateway_rest_api.this.id
  resource_id   = aws_api_gateway_resource.path[each.key].id
  http_method   = "ANY"
  authorization = "NONE"
}

resource "aws_api_gateway_integration" "lambda" {
  for_each = local.paths

  rest_api_id             = aws_api_gateway_rest_api.this.id
  resource_id             = aws_api_gateway_resource.path[each.key].id
  http_method             = aws_api_gateway_method.any[each.key].http_method
  integration_http_method = "POST"
  type                    = "AWS_PROXY"
  uri                     = aws_lambda_function.handler.invoke_arn
}

# A mock health check answering 200 from the root resource.
resource "aws_api_gateway_method" "health" {
  rest_api_id   = aws_api_gateway_rest_api.this.id
  resource_id   = aws_api_gateway_rest_api.this.root_resource_id
  http_method   = "GET"
  authorization = "NONE"
}

resource "aws_api_gateway_integration" "health" {
  rest_api_id = aws_api_gateway_rest_api.this.id
  resource_id = aws_api_gateway_rest_api.this.root_resource_id
  http_method = aws_api_gateway_method.health.http_method
  type        = "MOCK"

  request_templates = {
    "application/json" = jsonencode({ statusCode = 200 })
  }
}

resource "aws_api_gateway_method_response" "health_ok" {
  rest_api_id = aws_api_gateway_rest_api.this.id
  resource_id = aws_api_gateway_rest_api.this.root_resource_id
  http_method = aws_api_gateway_method.health.http_method
  status_code = "200"

  response_models = {
    "application/json" = "Empty"
  }
}

resource "aws_api_gateway_integration_response" "health_ok" {
  rest_api_id = aws_api_gateway_rest_api.this.id
  resource_id = aws_api_gateway_rest_api.this.root_resource_id
  http_method = aws_api_gateway_method.health.http_method
  status_code = aws_api_gateway_method_response.health_ok.status_code

  response_templates = {
    "application/json" = "{\"status\": \"ok\"}"
  }

  depends_on = [aws_api_gateway_integration.health]
}

resource "aws_api_gateway_deployment" "this" {
  rest_api_id = aws_api_gateway_rest_api.this.id
  description = "Deployment of ${var.name}"

  triggers = {
    redeployment = sha1(jsonencode([
      [for r in aws_api_gateway_resource.path : r.id],
      [for m in aws_api_gateway_method.any : m.id],
      [for i in aws_api_gateway_integration.lambda : i.id],
    ]))
  }

  lifecycle {
    create_before_destroy = true
  }

  depends_on = [
    aws_api_gateway_integration.lambda,
    aws_api_gateway_integration_response.health_ok,
  ]
}

resource "aws_cloudwatch_log_group" "access" {
  name              = "/aws/apigateway/${var.name}"
  retention_in_days = 14
}

resource "aws_api_gateway_stage" "this" {
  rest_api_id          = aws_api_gateway_rest_api.this.id
  deployment_id        = aws_api_gateway_deployment.this.id
  stage_name           = var.stage_name
  xray_tracing_enabled = true

  variables = {
    environment = var.stage_name
  }

  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.access.arn
    format          = jsonencode({ requestId = "$context.requestId", status = "$context.status" })
  }
}

resource "aws_lambda_permission" "apigw" {
  statement_id  = "AllowAPIGatewayInvoke"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.handler.function_name
  principal     = "apigateway.amazonaws.com"
  source_arn    = "${aws_api_gateway_rest_api.this.execution_arn}/*/*"
}

output "rest_api_id" {
  value = aws_api_gateway_rest_api.this.id
}

output "stage_name" {
  value = aws_api_gateway_stage.this.stage_name
}

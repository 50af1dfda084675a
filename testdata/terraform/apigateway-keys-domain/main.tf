terraform {
  required_providers {
    aws = {
      source = "hashicorp/aws"
    }
  }
}

variable "name" {
  type    = string
  default = "partners"
}

variable "domain_name" {
  type    = string
  default = "api.example.com"
}

variable "certificate_arn" {
  type    = string
  default = "arn:aws:acm:us-east-1:123456789012:certificate/11111111-2222-3333-4444-555555555555"
}

variable "authorizer_invoke_arn" {
  type    = string
  default = "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:partners-authorizer/invocations"
}

locals {
  # API keys to issue, by partner.
  partners = {
    acme   = "ACME Corp"
    globex = "Globex"
  }
}

resource "aws_api_gateway_rest_api" "this" {
  name                     = var.name
  api_key_source           = "HEADER"
  minimum_compression_size = "1024"

  endpoint_configuration {
    types = ["REGIONAL"]
  }
}

data "aws_iam_policy_document" "api" {
  statement {
    effect    = "Allow"
    actions   = ["execute-api:Invoke"]
    resources = ["execute-api:/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}

resource "aws_api_gateway_rest_api_policy" "this" {
  rest_api_id = aws_api_gateway_rest_api.this.id
  policy      = data.aws_iam_policy_document.api.json
}

resource "aws_api_gateway_authorizer" "token" {
  name                             = "${var.name}-token"
  rest_api_id                      = aws_api_gateway_rest_api.this.id
  authorizer_uri                   = var.authorizer_invoke_arn
  authorizer_result_ttl_in_seconds = 60
}

resource "aws_api_gateway_request_validator" "body" {
  name                  = "body"
  rest_api_id           = aws_api_gateway_rest_api.this.id
  validate_request_body = true
}

resource "aws_api_gateway_model" "order" {
  rest_api_id  = aws_api_gateway_rest_api.this.id
  name         = "Order"
  content_type = "application/json"
  schema = jsonencode({
    type     = "object"
    required = ["sku"]
    properties = {
      sku = { type = "string" }
    }
  })
}

resource "aws_api_gateway_resource" "orders" {
  rest_api_id = aws_api_gateway_rest_api.this.id
  parent_id   = aws_api_gateway_rest_api.this.root_resource_id
  path_part   = "orders"
}

resource "aws_api_gateway_method" "post" {
  rest_api_id          = aws_api_gateway_rest_api.this.id
  resource_id          = aws_api_gateway_resource.orders.id
  http_method          = "POST"
  authorization        = "CUSTOM"
  authorizer_id        = aws_api_gateway_authorizer.token.id
  api_key_required     = true
  request_validator_id = aws_api_gateway_request_validator.body.id

  request_models = {
    "application/json" = aws_api_gateway_model.order.name
  }
}

resource "aws_api_gateway_integration" "post" {
  rest_api_id             = aws_api_gateway_rest_api.this.id
  resource_id             = aws_api_gateway_resource.orders.id
  http_method             = aws_api_gateway_method.post.http_method
  type                    = "HTTP"
  uri                     = "https://backend.example.com/orders"
  integration_http_method = "POST"
  passthrough_behavior    = "WHEN_NO_MATCH"
  timeout_milliseconds    = 10000
}

resource "aws_api_gateway_method_response" "post" {
  for_each = toset(["201", "400"])

  rest_api_id = aws_api_gateway_rest_api.this.id
  resource_id = aws_api_gateway_resource.orders.id
  http_method = aws_api_gateway_method.post.http_method
  status_code = each.value
}

resource "aws_api_gateway_integration_response" "post" {
  for_each = aws_api_gateway_method_response.post

  rest_api_id       = aws_api_gateway_rest_api.this.id
  resource_id       = aws_api_gateway_resource.orders.id
  http_method       = aws_api_gateway_method.post.http_method
  status_code       = each.value.status_code
  selection_pattern = each.key == "400" ? "4\\d{2}" : null

  depends_on = [aws_api_gateway_integration.post]
}

resource "aws_api_gateway_gateway_response" "unauthorized" {
  rest_api_id   = aws_api_gateway_rest_api.this.id
  response_type = "UNAUTHORIZED"
  status_code   = "401"

  response_templates = {
    "application/json" = "{\"message\":$context.error.messageString}"
  }
}

resource "aws_api_gateway_deployment" "this" {
  rest_api_id = aws_api_gateway_rest_api.this.id

  depends_on = [aws_api_gateway_integration.post, aws_api_gateway_rest_api_policy.this]
}

resource "aws_api_gateway_stage" "prod" {
  rest_api_id   = aws_api_gateway_rest_api.this.id
  deployment_id = aws_api_gateway_deployment.this.id
  stage_name    = "prod"
}

resource "aws_api_gateway_usage_plan" "standard" {
  name = "${var.name}-standard"

  api_stages {
    api_id = aws_api_gateway_rest_api.this.id
    stage  = aws_api_gateway_stage.prod.stage_name

    throttle {
      path        = "/orders/POST"
      burst_limit = 5
      rate_limit  = 2
    }
  }

  quota_settings {
    limit  = 10000
    period = "MONTH"
  }

  throttle_settings {
    burst_limit = 20
    rate_limit  = 10
  }
}

resource "aws_api_gateway_api_key" "partner" {
  for_each = local.partners

  name        = each.key
  description = each.value
}

resource "aws_api_gateway_usage_plan_key" "partner" {
  for_each = aws_api_gateway_api_key.partner

  key_id        = each.value.id
  key_type      = "API_KEY"
  usage_plan_id = aws_api_gateway_usage_plan.standard.id
}

resource "aws_api_gateway_domain_name" "this" {
  domain_name              = var.domain_name
  regional_certificate_arn = var.certificate_arn
  security_policy          = "TLS_1_2"

  endpoint_configuration {
    types = ["REGIONAL"]
  }
}

resource "aws_api_gateway_base_path_mapping" "this" {
  api_id      = aws_api_gateway_rest_api.this.id
  stage_name  = aws_api_gateway_stage.prod.stage_name
  domain_name = aws_api_gateway_domain_name.this.domain_name
  base_path   = "v1"
}

output "regional_domain_name" {
  value = aws_api_gateway_domain_name.this.regional_domain_name
}

output "api_key_ids" {
  value = { for k, key in aws_api_gateway_api_key.partner : k => key.id }
}

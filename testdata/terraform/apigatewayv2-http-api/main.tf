# An HTTP API in front of a Lambda function, with a JWT authorizer backed by a Cognito user pool,
# a stage with access logs and per-route throttling, a custom domain with its DNS alias, and a
# private integration through a VPC link.

variable "domain_name" {
  type    = string
  default = "api.example.com"
}

variable "certificate_arn" {
  type    = string
  default = "arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-4e5f-6789-abcd-ef0123456789"
}

variable "listener_arn" {
  type    = string
  default = "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/internal/50dc6c495c0c9188/f2f7dc8efc522ab2"
}

data "aws_iam_policy_document" "lambda_assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["lambda.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "handler" {
  name               = "orders-api-handler"
  assume_role_policy = data.aws_iam_policy_document.lambda_assume.json
}

resource "aws_lambda_function" "handler" {
  function_name = "orders-api"
  role          = aws_iam_role.handler.arn
  runtime       = "python3.12"
  handler       = "app.handler"
  s3_bucket     = "example-artifacts"
  s3_key        = "orders/api.zip"
}

resource "aws_cognito_user_pool" "users" {
  name = "orders-users"
}

resource "aws_cognito_user_pool_client" "web" {
  name         = "orders-web"
  user_pool_id = aws_cognito_user_pool.users.id
}

resource "aws_apigatewayv2_api" "orders" {
  name          = "orders"
  protocol_type = "HTTP"
  description   = "Orders HTTP API"

  cors_configuration {
    allow_origins = ["https://app.example.com"]
    allow_methods = ["GET", "POST"]
    allow_headers = ["authorization", "content-type"]
    max_age       = 300
  }

  tags = {
    Service = "orders"
  }
}

resource "aws_apigatewayv2_authorizer" "jwt" {
  api_id           = aws_apigatewayv2_api.orders.id
  authorizer_type  = "JWT"
  identity_sources = ["$request.header.Authorization"]
  name             = "cognito"

  jwt_configuration {
    audience = [aws_cognito_user_pool_client.web.id]
    issuer   = "https://${aws_cognito_user_pool.users.endpoint}"
  }
}

resource "aws_apigatewayv2_integration" "lambda" {
  api_id                 = aws_apigatewayv2_api.orders.id
  integration_type       = "AWS_PROXY"
  integration_uri        = aws_lambda_function.handler.invoke_arn
  integration_method     = "POST"
  payload_format_version = "2.0"
  timeout_milliseconds   = 10000

  response_parameters {
    status_code = 403
    mappings = {
      "overwrite:statuscode" = "404"
    }
  }
}

resource "aws_apigatewayv2_vpc_link" "internal" {
  name               = "orders-internal"
  security_group_ids = ["sg-0123456789abcdef0"]
  subnet_ids         = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
}

resource "aws_apigatewayv2_integration" "legacy" {
  api_id             = aws_apigatewayv2_api.orders.id
  integration_type   = "HTTP_PROXY"
  integration_method = "ANY"
  integration_uri    = var.listener_arn
  connection_type    = "VPC_LINK"
  connection_id      = aws_apigatewayv2_vpc_link.internal.id

  request_parameters = {
    "overwrite:path" = "$request.path"
  }

  tls_config {
    server_name_to_verify = "legacy.internal.example.com"
  }
}

resource "aws_apigatewayv2_route" "list_orders" {
  api_id             = aws_apigatewayv2_api.orders.id
  route_key          = "GET /orders"
  target             = "integrations/${aws_apigatewayv2_integration.lambda.id}"
  authorization_type = "JWT"
  authorizer_id      = aws_apigatewayv2_authorizer.jwt.id
}

resource "aws_apigatewayv2_route" "legacy" {
  api_id    = aws_apigatewayv2_api.orders.id
  route_key = "ANY /legacy/{proxy+}"
  target    = "integrations/${aws_apigatewayv2_integration.legacy.id}"
}

resource "aws_cloudwatch_log_group" "access" {
  name              = "/aws/apigateway/orders"
  retention_in_days = 30
}

resource "aws_apigatewayv2_stage" "default" {
  api_id      = aws_apigatewayv2_api.orders.id
  name        = "$default"
  auto_deploy = true

  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.access.arn
    format          = jsonencode({ requestId = "$context.requestId", status = "$context.status" })
  }

  default_route_settings {
    throttling_burst_limit = 100
    throttling_rate_limit  = 50
  }

  route_settings {
    route_key              = "GET /orders"
    throttling_burst_limit = 20
    throttling_rate_limit  = 10
  }

  depends_on = [aws_apigatewayv2_route.list_orders]
}

resource "aws_lambda_permission" "api" {
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.handler.function_name
  principal     = "apigateway.amazonaws.com"
  source_arn    = "${aws_apigatewayv2_api.orders.execution_arn}/*/*"
}

resource "aws_apigatewayv2_domain_name" "api" {
  domain_name = var.domain_name

  domain_name_configuration {
    certificate_arn = var.certificate_arn
    endpoint_type   = "REGIONAL"
    security_policy = "TLS_1_2"
  }
}

resource "aws_apigatewayv2_api_mapping" "api" {
  api_id      = aws_apigatewayv2_api.orders.id
  domain_name = aws_apigatewayv2_domain_name.api.id
  stage       = aws_apigatewayv2_stage.default.id
}

resource "aws_route53_zone" "public" {
  name    = "example.com"
  comment = "Public zone of example.com"
}

resource "aws_route53_record" "api" {
  zone_id = aws_route53_zone.public.zone_id
  name    = aws_apigatewayv2_domain_name.api.domain_name
  type    = "CNAME"
  ttl     = 300
  records = ["d-abc123.execute-api.us-east-1.amazonaws.com"]
}

output "api_endpoint" {
  value = aws_apigatewayv2_api.orders.api_endpoint
}

output "api_arn" {
  value = aws_apigatewayv2_api.orders.arn
}

output "name_servers" {
  value = join(",", aws_route53_zone.public.name_servers)
}

# A WebSocket API: a Lambda authorizer on $connect that requires a query-string token, a mock
# integration with its integration and route responses, and a stage deployed by an explicit
# deployment.

variable "authorizer_function_arn" {
  type    = string
  default = "arn:aws:lambda:us-east-1:123456789012:function:chat-authorizer"
}

resource "aws_apigatewayv2_api" "chat" {
  name                       = "chat"
  protocol_type              = "WEBSOCKET"
  route_selection_expression = "$request.body.action"
}

resource "aws_apigatewayv2_authorizer" "token" {
  api_id           = aws_apigatewayv2_api.chat.id
  authorizer_type  = "REQUEST"
  authorizer_uri   = "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/${var.authorizer_function_arn}/invocations"
  identity_sources = ["route.request.querystring.token"]
  name             = "token"
}

resource "aws_apigatewayv2_integration" "mock" {
  api_id                        = aws_apigatewayv2_api.chat.id
  integration_type              = "MOCK"
  passthrough_behavior          = "WHEN_NO_MATCH"
  template_selection_expression = "\\$default"

  request_templates = {
    "$default" = jsonencode({ statusCode = 200 })
  }
}

resource "aws_apigatewayv2_integration_response" "mock" {
  api_id                   = aws_apigatewayv2_api.chat.id
  integration_id           = aws_apigatewayv2_integration.mock.id
  integration_response_key = "/200/"

  response_templates = {
    "$default" = jsonencode({ connected = true })
  }
}

resource "aws_apigatewayv2_route" "connect" {
  api_id                              = aws_apigatewayv2_api.chat.id
  route_key                           = "$connect"
  operation_name                      = "Connect"
  authorization_type                  = "CUSTOM"
  authorizer_id                       = aws_apigatewayv2_authorizer.token.id
  target                              = "integrations/${aws_apigatewayv2_integration.mock.id}"
  route_response_selection_expression = "$default"

  request_parameter {
    request_parameter_key = "route.request.querystring.token"
    required              = true
  }
}

resource "aws_apigatewayv2_route_response" "connect" {
  api_id             = aws_apigatewayv2_api.chat.id
  route_id           = aws_apigatewayv2_route.connect.id
  route_response_key = "$default"
}

resource "aws_apigatewayv2_deployment" "chat" {
  api_id      = aws_apigatewayv2_api.chat.id
  description = "chat routes"

  depends_on = [aws_apigatewayv2_route.connect]
}

resource "aws_apigatewayv2_stage" "live" {
  api_id        = aws_apigatewayv2_api.chat.id
  name          = "live"
  deployment_id = aws_apigatewayv2_deployment.chat.id

  default_route_settings {
    data_trace_enabled       = false
    detailed_metrics_enabled = true
    logging_level            = "ERROR"
    throttling_burst_limit   = 500
    throttling_rate_limit    = 100
  }

  stage_variables = {
    environment = "live"
  }
}

output "websocket_endpoint" {
  value = aws_apigatewayv2_api.chat.api_endpoint
}

output "stage" {
  value = aws_apigatewayv2_stage.live.id
}

# Orders flow from a custom event bus to a Kinesis stream, and from the stream through Firehose into
# S3; a Lambda alias handles failed orders asynchronously, and a metric filter counts its errors.

variable "environment" {
  type    = string
  default = "prod"
}

resource "aws_s3_bucket" "archive" {
  bucket = "orders-archive-${var.environment}"
}

resource "aws_iam_role" "delivery" {
  name = "orders-delivery"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { Service = ["firehose.amazonaws.com", "events.amazonaws.com", "lambda.amazonaws.com"] }
    }]
  })
}

resource "aws_kinesis_stream" "orders" {
  name             = "orders-${var.environment}"
  retention_period = 48
  encryption_type  = "KMS"
  kms_key_id       = "alias/aws/kinesis"

  stream_mode_details {
    stream_mode = "ON_DEMAND"
  }

  tags = {
    Environment = var.environment
  }
}

resource "aws_kinesis_firehose_delivery_stream" "orders" {
  name        = "orders-to-s3"
  destination = "extended_s3"

  kinesis_source_configuration {
    kinesis_stream_arn = aws_kinesis_stream.orders.arn
    role_arn           = aws_iam_role.delivery.arn
  }

  extended_s3_configuration {
    bucket_arn          = aws_s3_bucket.archive.arn
    role_arn            = aws_iam_role.delivery.arn
    prefix              = "orders/year=!{timestamp:yyyy}/"
    error_output_prefix = "errors/!{firehose:error-output-type}/"
    buffering_size      = 64
    buffering_interval  = 300
    compression_format  = "GZIP"

    cloudwatch_logging_options {
      enabled         = true
      log_group_name  = aws_cloudwatch_log_group.delivery.name
      log_stream_name = aws_cloudwatch_log_stream.delivery.name
    }
  }
}

resource "aws_cloudwatch_log_group" "delivery" {
  name              = "/aws/kinesisfirehose/orders-to-s3"
  retention_in_days = 14
}

resource "aws_cloudwatch_log_stream" "delivery" {
  name           = "S3Delivery"
  log_group_name = aws_cloudwatch_log_group.delivery.name
}

resource "aws_cloudwatch_event_bus" "orders" {
  name = "orders"
}

resource "aws_cloudwatch_event_rule" "placed" {
  name           = "order-placed"
  description    = "Orders placed in the shop"
  event_bus_name = aws_cloudwatch_event_bus.orders.name
  event_pattern = jsonencode({
    source        = ["shop.orders"]
    "detail-type" = ["OrderPlaced"]
  })
}

resource "aws_cloudwatch_event_target" "to_stream" {
  rule           = aws_cloudwatch_event_rule.placed.name
  event_bus_name = aws_cloudwatch_event_bus.orders.name
  target_id      = "orders-stream"
  arn            = aws_kinesis_stream.orders.arn
  role_arn       = aws_iam_role.delivery.arn

  kinesis_target {
    partition_key_path = "$.detail.orderId"
  }

  retry_policy {
    maximum_event_age_in_seconds = 3600
    maximum_retry_attempts       = 10
  }
}

resource "aws_lambda_function" "failed_orders" {
  function_name = "failed-orders"
  role          = aws_iam_role.delivery.arn
  handler       = "index.handler"
  runtime       = "python3.12"
  s3_bucket     = aws_s3_bucket.archive.id
  s3_key        = "lambda/failed-orders.zip"
  publish       = true
}

resource "aws_lambda_alias" "live" {
  name             = "live"
  description      = "The version in service"
  function_name    = aws_lambda_function.failed_orders.function_name
  function_version = "1"
}

resource "aws_lambda_function_event_invoke_config" "failed_orders" {
  function_name                = aws_lambda_function.failed_orders.function_name
  qualifier                    = aws_lambda_alias.live.name
  maximum_event_age_in_seconds = 600
  maximum_retry_attempts       = 1

  destination_config {
    on_failure {
      destination = aws_cloudwatch_event_bus.orders.arn
    }
  }
}

resource "aws_cloudwatch_log_metric_filter" "errors" {
  name           = "failed-orders-errors"
  log_group_name = "/aws/lambda/failed-orders"
  pattern        = "ERROR"

  metric_transformation {
    name          = "FailedOrderErrors"
    namespace     = "Shop"
    value         = "1"
    default_value = "0"
  }
}

output "stream_arn" {
  value = aws_kinesis_stream.orders.arn
}

output "alias_arn" {
  value = aws_lambda_alias.live.arn
}

# A Lambda function fed by an SQS queue through an event source mapping (with a filter and a
# concurrency cap), published behind an alias with provisioned concurrency and a function URL, a
# shared layer, recursive loop detection turned off, and a Step Functions state machine that
# invokes it and logs to CloudWatch Logs.

resource "aws_iam_role" "worker" {
  name = "worker"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = ["lambda.amazonaws.com", "states.amazonaws.com"] }
      Action    = "sts:AssumeRole"
    }]
  })
}

resource "aws_sqs_queue" "jobs" {
  name                       = "jobs"
  visibility_timeout_seconds = 120
}

resource "aws_lambda_layer_version" "common" {
  layer_name               = "common"
  description              = "shared libraries"
  s3_bucket                = "artifacts-123456789012"
  s3_key                   = "layers/common-1.4.0.zip"
  compatible_runtimes      = ["python3.12"]
  compatible_architectures = ["arm64"]
}

resource "aws_lambda_function" "worker" {
  function_name = "worker"
  role          = aws_iam_role.worker.arn
  handler       = "app.handler"
  runtime       = "python3.12"
  architectures = ["arm64"]
  s3_bucket     = "artifacts-123456789012"
  s3_key        = "worker/worker-2.0.0.zip"
  layers        = [aws_lambda_layer_version.common.arn]
  timeout       = 60
}

resource "aws_lambda_event_source_mapping" "jobs" {
  event_source_arn                   = aws_sqs_queue.jobs.arn
  function_name                      = aws_lambda_function.worker.arn
  batch_size                         = 10
  maximum_batching_window_in_seconds = 5
  function_response_types            = ["ReportBatchItemFailures"]

  filter_criteria {
    filter {
      pattern = jsonencode({ body = { kind = ["job"] } })
    }
  }

  scaling_config {
    maximum_concurrency = 5
  }

  tags = {
    Team = "jobs"
  }
}

resource "aws_lambda_alias" "live" {
  name             = "live"
  function_name    = aws_lambda_function.worker.function_name
  function_version = "1"
}

resource "aws_lambda_provisioned_concurrency_config" "live" {
  function_name                     = aws_lambda_alias.live.function_name
  qualifier                         = aws_lambda_alias.live.name
  provisioned_concurrent_executions = 2
}

resource "aws_lambda_function_url" "live" {
  function_name      = aws_lambda_function.worker.function_name
  qualifier          = aws_lambda_alias.live.name
  authorization_type = "AWS_IAM"

  cors {
    allow_origins = ["https://example.com"]
    allow_methods = ["GET", "POST"]
    max_age       = 3600
  }
}

resource "aws_lambda_function_recursion_config" "worker" {
  function_name  = aws_lambda_function.worker.function_name
  recursive_loop = "Allow"
}

resource "aws_cloudwatch_log_group" "flow" {
  name              = "/aws/vendedlogs/states/flow"
  retention_in_days = 14
}

resource "aws_sfn_state_machine" "flow" {
  name     = "flow"
  role_arn = aws_iam_role.worker.arn
  type     = "STANDARD"
  definition = jsonencode({
    StartAt = "Work"
    States = {
      Work = {
        Type     = "Task"
        Resource = aws_lambda_function.worker.arn
        End      = true
      }
    }
  })

  logging_configuration {
    log_destination        = "${aws_cloudwatch_log_group.flow.arn}:*"
    include_execution_data = true
    level                  = "ERROR"
  }

  tracing_configuration {
    enabled = true
  }
}

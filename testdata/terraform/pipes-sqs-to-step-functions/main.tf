# An EventBridge pipe that reads orders from an SQS queue in batches, keeps only paid orders, and
# starts a Step Functions execution for each, logging errors to CloudWatch Logs.

resource "aws_iam_role" "pipe" {
  name = "orders-pipe"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = ["pipes.amazonaws.com", "states.amazonaws.com"] }
      Action    = "sts:AssumeRole"
    }]
  })
}

resource "aws_sqs_queue" "orders" {
  name = "orders"
}

resource "aws_sfn_state_machine" "fulfil" {
  name     = "fulfil"
  role_arn = aws_iam_role.pipe.arn
  type     = "EXPRESS"
  definition = jsonencode({
    Comment = "fulfils orders from ${aws_sqs_queue.orders.arn}"
    StartAt = "Done"
    States  = { Done = { Type = "Succeed" } }
  })
}

resource "aws_cloudwatch_log_group" "pipe" {
  name = "/aws/vendedlogs/pipes/orders"
}

resource "aws_pipes_pipe" "orders" {
  name          = "orders"
  description   = "paid orders to fulfilment"
  role_arn      = aws_iam_role.pipe.arn
  source        = aws_sqs_queue.orders.arn
  target        = aws_sfn_state_machine.fulfil.arn
  desired_state = "RUNNING"

  source_parameters {
    sqs_queue_parameters {
      batch_size                         = 5
      maximum_batching_window_in_seconds = 10
    }

    filter_criteria {
      filter {
        pattern = jsonencode({ body = { status = ["PAID"] } })
      }
    }
  }

  target_parameters {
    input_template = "{\"order\": <$.body>}"

    step_function_state_machine_parameters {
      invocation_type = "FIRE_AND_FORGET"
    }
  }

  log_configuration {
    level = "ERROR"

    cloudwatch_logs_log_destination {
      log_group_arn = aws_cloudwatch_log_group.pipe.arn
    }
  }

  tags = {
    Team = "orders"
  }
}

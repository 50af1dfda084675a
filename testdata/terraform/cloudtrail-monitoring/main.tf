# A multi-region trail that logs to S3 and to a CloudWatch Logs group, with S3 data events, an
# insight selector and a KMS key; the log group gets a data protection policy, a subscription
# filter into a Kinesis stream and a saved query; two metric alarms are combined in a composite
# alarm; a schedule in its own group sends a nightly message to an SQS queue.

resource "aws_s3_bucket" "trail" {
  bucket = "trail-logs-123456789012"
}

resource "aws_kms_key" "trail" {
  description = "trail logs"
}

resource "aws_cloudwatch_log_group" "trail" {
  name              = "/aws/cloudtrail/main"
  retention_in_days = 90
}

resource "aws_iam_role" "trail" {
  name = "trail-to-logs"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = ["cloudtrail.amazonaws.com", "logs.amazonaws.com", "scheduler.amazonaws.com"] }
      Action    = "sts:AssumeRole"
    }]
  })
}

resource "aws_cloudtrail" "main" {
  name                          = "main"
  s3_bucket_name                = aws_s3_bucket.trail.id
  s3_key_prefix                 = "trail"
  is_multi_region_trail         = true
  include_global_service_events = true
  enable_log_file_validation    = true
  kms_key_id                    = aws_kms_key.trail.arn
  cloud_watch_logs_group_arn    = "${aws_cloudwatch_log_group.trail.arn}:*"
  cloud_watch_logs_role_arn     = aws_iam_role.trail.arn

  event_selector {
    read_write_type           = "All"
    include_management_events = true

    data_resource {
      type   = "AWS::S3::Object"
      values = ["${aws_s3_bucket.trail.arn}/"]
    }
  }

  insight_selector {
    insight_type = "ApiCallRateInsight"
  }

  tags = {
    Purpose = "audit"
  }
}

resource "aws_cloudwatch_log_data_protection_policy" "trail" {
  log_group_name = aws_cloudwatch_log_group.trail.name
  policy_document = jsonencode({
    Name    = "mask-emails"
    Version = "2021-06-01"
    Statement = [
      {
        Sid            = "Audit"
        DataIdentifier = ["arn:aws:dataprotection::aws:data-identifier/EmailAddress"]
        Operation      = { Audit = { FindingsDestination = {} } }
      },
      {
        Sid            = "Redact"
        DataIdentifier = ["arn:aws:dataprotection::aws:data-identifier/EmailAddress"]
        Operation      = { Deidentify = { MaskConfig = {} } }
      },
    ]
  })
}

resource "aws_kinesis_stream" "audit" {
  name        = "audit"
  shard_count = 1
}

resource "aws_cloudwatch_log_subscription_filter" "audit" {
  name            = "to-kinesis"
  log_group_name  = aws_cloudwatch_log_group.trail.name
  filter_pattern  = "{ $.errorCode = \"AccessDenied\" }"
  destination_arn = aws_kinesis_stream.audit.arn
  role_arn        = aws_iam_role.trail.arn
  distribution    = "ByLogStream"
}

resource "aws_cloudwatch_query_definition" "denied" {
  name            = "audit/access-denied"
  log_group_names = [aws_cloudwatch_log_group.trail.name]
  query_string    = "fields @timestamp, eventName | filter errorCode = 'AccessDenied' | sort @timestamp desc"
}

resource "aws_cloudwatch_metric_alarm" "errors" {
  alarm_name          = "api-errors"
  namespace           = "AWS/ApiGateway"
  metric_name         = "5XXError"
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 5
  comparison_operator = "GreaterThanThreshold"
}

resource "aws_cloudwatch_metric_alarm" "latency" {
  alarm_name          = "api-latency"
  namespace           = "AWS/ApiGateway"
  metric_name         = "Latency"
  statistic           = "Average"
  period              = 300
  evaluation_periods  = 3
  threshold           = 1000
  comparison_operator = "GreaterThanThreshold"
}

resource "aws_sqs_queue" "nightly" {
  name = "nightly"
}

resource "aws_cloudwatch_composite_alarm" "api" {
  alarm_name        = "api-degraded"
  alarm_description = "errors and slow responses together"
  alarm_rule        = "ALARM(${aws_cloudwatch_metric_alarm.errors.alarm_name}) AND ALARM(${aws_cloudwatch_metric_alarm.latency.alarm_name})"
  alarm_actions     = [aws_sqs_queue.nightly.arn]

  actions_suppressor {
    alarm            = aws_cloudwatch_metric_alarm.latency.alarm_name
    extension_period = 60
    wait_period      = 120
  }
}

resource "aws_scheduler_schedule_group" "ops" {
  name = "ops"
}

resource "aws_scheduler_schedule" "nightly" {
  name                         = "nightly-report"
  group_name                   = aws_scheduler_schedule_group.ops.name
  schedule_expression          = "cron(0 2 * * ? *)"
  schedule_expression_timezone = "Europe/Paris"

  flexible_time_window {
    mode                      = "FLEXIBLE"
    maximum_window_in_minutes = 15
  }

  target {
    arn      = aws_sqs_queue.nightly.arn
    role_arn = aws_iam_role.trail.arn
    input    = jsonencode({ report = "daily" })

    retry_policy {
      maximum_retry_attempts       = 3
      maximum_event_age_in_seconds = 3600
    }
  }
}

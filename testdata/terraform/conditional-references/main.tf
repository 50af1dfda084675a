# References to resources created under a condition (`count = var.x ? 1 : 0`) from places that
# condition does not govern: each becomes `Fn::If` on that condition, with what Terraform gives when
# the resource is absent (`one([])` is null: the property is left out, the output is not made).

variable "enable_alerts" {
  type    = bool
  default = false
}

variable "disable_archive" {
  type    = bool
  default = true
}

resource "aws_sns_topic" "toggle" {
  count = var.enable_alerts ? 1 : 0
  name  = "alerts"
}

resource "aws_s3_bucket" "archive" {
  count  = var.disable_archive ? 0 : 1
  bucket = "archive-bucket"
}

locals {
  # null when the topic is absent
  topic_arn = one(aws_sns_topic.toggle[*].arn)
}

resource "aws_sqs_queue" "events" {
  name = "events"
  tags = {
    # a list of zero or one element: its length is decided by the condition
    AlertTopics = length(aws_sns_topic.toggle[*].arn)
  }
}

resource "aws_cloudwatch_metric_alarm" "depth" {
  alarm_name          = "queue-depth"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 1
  metric_name         = "ApproximateNumberOfMessagesVisible"
  namespace           = "AWS/SQS"
  period              = 60
  statistic           = "Average"
  threshold           = 100
  # an empty list without the topic
  alarm_actions = aws_sns_topic.toggle[*].arn
  # guarded by the same condition
  ok_actions = var.enable_alerts ? [aws_sns_topic.toggle[0].arn] : []
  # through a local value
  insufficient_data_actions = compact([local.topic_arn])
}

resource "aws_sns_topic_subscription" "queue" {
  count     = var.enable_alerts ? 1 : 0
  topic_arn = aws_sns_topic.toggle[0].arn
  protocol  = "sqs"
  endpoint  = aws_sqs_queue.events.arn
}

resource "aws_ssm_parameter" "archive_name" {
  name  = "/archive/name"
  type  = "String"
  value = try(aws_s3_bucket.archive[0].id, "none")
}

output "topic_arn" {
  value = one(aws_sns_topic.toggle[*].arn)
}

output "topic_count" {
  value = length(aws_sns_topic.toggle)
}

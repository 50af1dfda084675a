# An object variable without a default: each primitive attribute (and list of strings) becomes a
# parameter named from its path, `optional(T, default)` attributes take that default, `optional(T)`
# ones become parameters that may be empty, and the variable is an object of those parameters. An
# optional nested object without a default, and a map attribute, keep their defaults (with a warning).

variable "queue" {
  description = "The work queue"
  type = object({
    name                = string
    fifo                = optional(bool, false)
    retention_seconds   = optional(number, 345600)
    visibility_timeout  = optional(number)
    kms_key_id          = optional(string)
    allowed_principals  = list(string)
    extra_tags          = optional(map(string), {})
    dead_letter = object({
      max_receive_count = optional(number, 5)
      name              = string
    })
    alarm = optional(object({
      threshold = number
    }))
  })
}

resource "aws_sqs_queue" "dead_letter" {
  name = var.queue.dead_letter.name
}

resource "aws_sqs_queue" "work" {
  name                       = var.queue.name
  fifo_queue                 = var.queue.fifo
  message_retention_seconds  = var.queue.retention_seconds
  visibility_timeout_seconds = var.queue.visibility_timeout
  kms_master_key_id          = var.queue.kms_key_id
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.dead_letter.arn
    maxReceiveCount     = var.queue.dead_letter.max_receive_count
  })
  tags = merge({ Service = "work" }, var.queue.extra_tags)
}

resource "aws_cloudwatch_metric_alarm" "depth" {
  count               = var.queue.alarm != null ? 1 : 0
  alarm_name          = "work-depth"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 1
  metric_name         = "ApproximateNumberOfMessagesVisible"
  namespace           = "AWS/SQS"
  period              = 60
  statistic           = "Maximum"
  threshold           = var.queue.alarm.threshold
}

output "allowed_principals" {
  value = join(",", var.queue.allowed_principals)
}

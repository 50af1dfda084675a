# count (the `cond ? 1 : 0` toggle and a known number), for_each over maps and sets, nested dynamic
# blocks with `iterator`, for expressions with filters and grouping, splats, and references to
# single instances and to whole repeated resources.

variable "create_alarms" {
  type    = bool
  default = true
}

variable "env" {
  type    = string
  default = "prod"
}

locals {
  queues = {
    orders   = { timeout = 60, fifo = false }
    invoices = { timeout = 120, fifo = false }
  }
  ports     = [80, 443]
  rules     = [for port in local.ports : { port = port, cidrs = ["10.0.0.0/8", "192.168.0.0/16"] }]
  by_fifo   = { for name, queue in local.queues : tostring(queue.fifo) => name... }
  long_ones = [for name, queue in local.queues : name if queue.timeout > 90]
  heredoc   = <<-EOT
    env: ${var.env}
    %{~ for name in keys(local.queues) }
    - ${name}
    %{~ endfor }
  EOT
}

resource "aws_sqs_queue" "work" {
  for_each                   = local.queues
  name                       = "${each.key}-${var.env}"
  visibility_timeout_seconds = each.value.timeout
}

resource "aws_sns_topic" "alarms" {
  count = var.create_alarms ? 1 : 0
  name  = "alarms-${var.env}"
}

resource "aws_sns_topic" "shards" {
  count = length(local.ports)
  name  = "shard-${count.index}-${local.ports[count.index]}"
}

resource "aws_sns_topic_subscription" "work" {
  for_each  = toset(["orders", "invoices"])
  topic_arn = aws_sns_topic.shards[0].arn
  protocol  = "sqs"
  endpoint  = aws_sqs_queue.work[each.key].arn
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_security_group" "web" {
  name        = "web-${var.env}"
  description = "web ${join("/", local.long_ones)}"
  vpc_id      = aws_vpc.main.id

  dynamic "ingress" {
    for_each = local.rules
    iterator = rule
    content {
      from_port   = rule.value.port
      to_port     = rule.value.port
      protocol    = "tcp"
      cidr_blocks = rule.value.cidrs
    }
  }
}

resource "aws_ssm_parameter" "summary" {
  name  = "/summary/${var.env}"
  type  = "String"
  value = local.heredoc
}

resource "aws_ssm_parameter" "grouped" {
  name  = "/grouped/${var.env}"
  type  = "String"
  value = jsonencode(local.by_fifo)
}

resource "aws_ssm_parameter" "topics" {
  name  = "/topics/${var.env}"
  type  = "StringList"
  value = join(",", concat(aws_sns_topic.shards[*].arn, values(aws_sqs_queue.work)[*].arn))
}

output "alarm_topic" {
  value = var.create_alarms ? aws_sns_topic.alarms[0].arn : "none"
}

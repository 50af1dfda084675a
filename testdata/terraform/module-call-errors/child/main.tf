variable "name" {
  type = string
}

variable "retention" {
  type    = number
  default = 345600
}

variable "visibility" {
  type    = number
  default = 30
}

variable "fifo" {
  type    = bool
  default = false
}

resource "aws_sqs_queue" "this" {
  name                       = var.fifo ? "${var.name}.fifo" : var.name
  fifo_queue                 = var.fifo
  message_retention_seconds  = var.retention
  visibility_timeout_seconds = var.visibility
}

output "url" {
  value = aws_sqs_queue.this.url
}

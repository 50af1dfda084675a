variable "name" {
  type = string
}

module "dlq" {
  source = "./dlq"
  name   = "${var.name}-dlq"
}

resource "aws_sqs_queue" "this" {
  name = var.name
  redrive_policy = jsonencode({
    deadLetterTargetArn = module.dlq.arn
    maxReceiveCount     = 5
  })
}

output "arn" {
  value = aws_sqs_queue.this.arn
}

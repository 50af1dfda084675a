locals {
  a = "${local.b}-a"
  b = "${local.c}-b"
  c = "${local.a}-c"
}

resource "aws_sqs_queue" "first" {
  name   = "first"
  policy = jsonencode({ Resource = aws_sqs_queue.second.arn })
}

resource "aws_sqs_queue" "second" {
  name   = "second"
  policy = jsonencode({ Resource = aws_sqs_queue.first.arn })
}

output "a" {
  value = local.a
}

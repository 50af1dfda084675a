module "b" {
  source = "../b"
}

resource "aws_sqs_queue" "a" {
  name = "a"
}

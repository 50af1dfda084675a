# Provider 6's per-resource `region`: a resource in another region than the stack's cannot be in the
# stack; each is an error that names it (the provider's region decides the stack's).

provider "aws" {
  region = "eu-west-1"
}

resource "aws_sqs_queue" "home" {
  name = "home"
}

resource "aws_sqs_queue" "replica" {
  name   = "replica"
  region = "us-east-1"
}

resource "aws_sns_topic" "alerts" {
  name   = "alerts"
  region = "ap-southeast-2"
}

# Provider 6's per-resource `region`: a stack creates every resource in its own region, so a resource
# in the provider's region (or the current region) converts as if the argument were absent.

provider "aws" {
  region = "eu-west-1"
}

data "aws_region" "current" {}

resource "aws_sqs_queue" "same" {
  name   = "same-region"
  region = "eu-west-1"
}

resource "aws_sqs_queue" "current" {
  name   = "current-region"
  region = data.aws_region.current.name
}

# Tags: maps become CloudFormation's Key/Value lists; the provider's default tags are merged in as
# Terraform merges them (the resource's own tags win).

provider "aws" {
  default_tags {
    tags = {
      ManagedBy = "terraform"
      Team      = "platform"
    }
  }
}

variable "cost_center" {
  type    = string
  default = "1234"
}

resource "aws_sqs_queue" "tagged" {
  name = "tagged"
  tags = {
    Team       = "payments"
    CostCenter = var.cost_center
  }
}

resource "aws_sns_topic" "default_only" {
  name = "default-only"
}

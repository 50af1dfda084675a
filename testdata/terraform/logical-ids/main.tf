# Logical IDs: the Terraform name in PascalCase plus the CloudFormation type's last word, without
# repeating it; collisions get numbered in address order; parameters keep their names.

variable "artifacts_bucket" {
  type    = string
  default = "artifacts"
}

resource "aws_s3_bucket" "artifacts" {
  bucket = var.artifacts_bucket
}

resource "aws_s3_bucket" "artifacts_bucket" {
  bucket = "${var.artifacts_bucket}-copy"
}

resource "aws_iam_role" "execution_role" {
  name = "execution"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ecs-tasks.amazonaws.com" } }]
  })
}

resource "aws_sqs_queue" "dead-letter" {
  name = "dead-letter"
}

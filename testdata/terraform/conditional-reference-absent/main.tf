# `aws_s3_bucket.archive[0]` outside the bucket's condition: when the bucket is absent Terraform
# fails to evaluate it (index out of range), so no CloudFormation form is faithful. The variable that
# decides is inlined with its default, and with it Terraform's own error stands.

variable "create_archive" {
  type    = bool
  default = false
}

resource "aws_s3_bucket" "archive" {
  count  = var.create_archive ? 1 : 0
  bucket = "archive-bucket"
}

resource "aws_ssm_parameter" "archive_name" {
  name  = "/archive/name"
  type  = "String"
  value = aws_s3_bucket.archive[0].id
}

output "archive_bucket" {
  value = aws_s3_bucket.archive[0].bucket
}

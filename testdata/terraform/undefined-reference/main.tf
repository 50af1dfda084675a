variable "environment" {
  type = string
}

locals {
  name = "app-${var.enviroment}"
}

resource "aws_s3_bucket" "logs" {
  bucket = local.nmae
}

output "arn" {
  value = aws_s3_bucket.log.arn
}

output "attribute" {
  value = aws_s3_bucket.logs.bucket_domain_nam
}

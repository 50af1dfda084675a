# Account, region and partition data sources become pseudo parameters.

data "aws_caller_identity" "current" {}
data "aws_region" "current" {}
data "aws_partition" "current" {}

resource "aws_s3_bucket" "logs" {
  bucket = "logs-${data.aws_caller_identity.current.account_id}-${data.aws_region.current.name}"
}

output "console" {
  value = "https://console.${data.aws_partition.current.dns_suffix}/s3/buckets/${aws_s3_bucket.logs.id}"
}

output "partition" {
  value = data.aws_partition.current.partition
}

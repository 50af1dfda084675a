# Mistakes in Cloud Control resources, each reported at its place with a suggestion where one is
# close: an unknown type, an unknown attribute, an unknown key in a nested object, a read-only
# attribute, a nested block where the provider takes an object, a missing required attribute, and a
# reference to an attribute the resource does not have.

resource "awscc_s3_buckets" "typo" {
  bucket_name = "typo"
}

resource "awscc_s3_bucket" "logs" {
  bucket_nme = "logs"
  versioning_configuration = {
    statuss = "Enabled"
  }
  arn = "arn:aws:s3:::logs"

  website_configuration {
    index_document = "index.html"
  }
}

resource "awscc_ec2_subnet" "orphan" {
  cidr_block = "10.0.0.0/24"
}

output "bucket_domain" {
  value = awscc_s3_bucket.logs.domain_nme
}

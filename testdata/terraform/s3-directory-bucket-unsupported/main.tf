# Versioning has no directory bucket counterpart (directory buckets keep no object versions).
resource "aws_s3_directory_bucket" "cache" {
  bucket = "cache--use1-az4--x-s3"

  location {
    name = "use1-az4"
  }
}

resource "aws_s3_bucket_versioning" "cache" {
  bucket = aws_s3_directory_bucket.cache.bucket

  versioning_configuration {
    status = "Enabled"
  }
}

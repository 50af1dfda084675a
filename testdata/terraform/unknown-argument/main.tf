resource "aws_s3_bucket" "data" {
  bucket_nam = "example"
}

resource "aws_sqs_queue" "jobs" {
  name               = "jobs"
  visibility_timeout = 30
}

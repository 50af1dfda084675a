resource "aws_s3_bucket" "b" {
  bucket = "x"
  tags = {
    Name = "x"
  
}

locals {
  a = [1, 2
}

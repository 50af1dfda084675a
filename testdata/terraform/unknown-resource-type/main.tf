resource "aws_s3_bukcet" "data" {
  bucket = "example"
}

resource "aws_transfer_server" "sftp" {
  identity_provider_type = "SERVICE_MANAGED"
}

data "aws_ami" "ubuntu" {
  most_recent = true
  owners      = ["099720109477"]
}

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

# Not types of the AWS provider at all: Terraform's own validation rejects these blocks.
resource "aws_sagemaker_experiment" "trials" {
  name = "trials"
}

data "aws_iam_polcy_document" "trust" {
  statement {
    actions = ["sts:AssumeRole"]
  }
}

# A reference to a resource whose type cannot be converted has no value; the type's error above says
# why, and the reference adds no error of its own.
resource "aws_ssm_parameter" "sftp_server" {
  name  = "/sftp/server-id"
  type  = "String"
  value = aws_transfer_server.sftp.id
}

# An image lookup that does not select a well-known public image has no CloudFormation form; a
# SecureString SSM parameter cannot be a parameter type.

data "aws_ami" "custom" {
  most_recent = true
  owners      = ["self"]

  filter {
    name   = "name"
    values = ["my-golden-image-*"]
  }
}

data "aws_ssm_parameter" "db_password" {
  name            = "/app/db-password"
  with_decryption = true
}

resource "aws_instance" "web" {
  ami           = data.aws_ami.custom.id
  instance_type = "t3.micro"
  tags = {
    Password = data.aws_ssm_parameter.db_password.value
  }
}

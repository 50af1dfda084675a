# Lookup data sources become typed parameters: an SSM parameter and a well-known public image
# resolve through SSM at deployment; the VPC, subnets and security group must be supplied then.

data "aws_ssm_parameter" "app_version" {
  name = "/app/version"
}

data "aws_ami" "al2023" {
  most_recent = true
  owners      = ["amazon"]

  filter {
    name   = "name"
    values = ["al2023-ami-2023.*-x86_64"]
  }
}

data "aws_ami" "ubuntu" {
  most_recent = true
  owners      = ["099720109477"]

  filter {
    name   = "name"
    values = ["ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-arm64-server-*"]
  }

  filter {
    name   = "virtualization-type"
    values = ["hvm"]
  }
}

data "aws_vpc" "main" {
  tags = {
    Name = "main"
  }
}

data "aws_subnets" "private" {
  filter {
    name   = "vpc-id"
    values = [data.aws_vpc.main.id]
  }
}

data "aws_subnet" "first" {
  id = "subnet-0123456789abcdef0"
}

data "aws_security_group" "default" {
  name   = "default"
  vpc_id = data.aws_vpc.main.id
}

resource "aws_instance" "web" {
  ami                    = data.aws_ami.al2023.id
  instance_type          = "t3.micro"
  subnet_id              = data.aws_subnet.first.id
  vpc_security_group_ids = [data.aws_security_group.default.id]
  tags = {
    Version = data.aws_ssm_parameter.app_version.value
  }
}

resource "aws_instance" "arm" {
  ami           = data.aws_ami.ubuntu.id
  instance_type = "t4g.micro"
  subnet_id     = data.aws_subnets.private.ids[0]
}

resource "aws_lb" "internal" {
  name     = "internal"
  internal = true
  subnets  = data.aws_subnets.private.ids
}

# Other attributes read of a lookup become parameters of their own; so do the attributes read of a
# data source with no CloudFormation form (it looks up existing infrastructure).
data "aws_lambda_alias" "live" {
  function_name = "orders"
  name          = "live"
}

resource "aws_security_group" "from_vpc" {
  name        = "from-vpc"
  description = "Traffic from the VPC"
  vpc_id      = data.aws_vpc.main.id
  ingress {
    protocol    = "tcp"
    from_port   = 443
    to_port     = 443
    cidr_blocks = [data.aws_vpc.main.cidr_block]
  }
}

resource "aws_ssm_parameter" "live_alias" {
  name  = "/orders/live-alias"
  type  = "String"
  value = data.aws_lambda_alias.live.arn
}

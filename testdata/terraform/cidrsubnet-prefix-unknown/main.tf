# `cidrsubnet` of a parameter whose prefix length nothing fixes (and with no default to inline):
# Fn::Cidr needs the subnets' host bits, so there is no CloudFormation form.

variable "vpc_cidr" {
  type = string
}

resource "aws_vpc" "main" {
  cidr_block = var.vpc_cidr
}

resource "aws_subnet" "app" {
  vpc_id     = aws_vpc.main.id
  cidr_block = cidrsubnet(var.vpc_cidr, 8, 3)
}

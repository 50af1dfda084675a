# `cidrsubnet` of a block only known at deployment becomes `Fn::Select [netnum, Fn::Cidr [block,
# netnum + 1, host bits]]`; the host bits need the block's prefix length: fixed by the parameter's
# pattern, or the one the configuration sets on the VPC.

variable "vpc_cidr" {
  type    = string
  default = "10.20.0.0/16"

  validation {
    condition     = can(regex("^([0-9]{1,3}\\.){3}[0-9]{1,3}/16$", var.vpc_cidr))
    error_message = "The VPC block must be a /16."
  }
}

resource "aws_vpc" "main" {
  cidr_block = var.vpc_cidr
}

resource "aws_subnet" "app" {
  vpc_id     = aws_vpc.main.id
  cidr_block = cidrsubnet(var.vpc_cidr, 8, 3)
}

resource "aws_vpc" "shared" {
  cidr_block = "172.16.0.0/20"
}

resource "aws_subnet" "shared" {
  vpc_id     = aws_vpc.shared.id
  cidr_block = cidrsubnet(aws_vpc.shared.cidr_block, 4, 1)
}

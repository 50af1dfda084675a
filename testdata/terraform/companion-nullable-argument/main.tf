# An argument that makes a companion resource (an IPAM pool for the VPC's IPv6 block becomes an
# AWS::EC2::VPCCidrBlock) given a variable whose default is null: Terraform makes nothing while it is
# null, so the companion exists only where the parameter is not empty, and what waits for it waits
# only there.

variable "ipv6_ipam_pool_id" {
  description = "IPAM pool to allocate the VPC's IPv6 block from; none by default."
  type        = string
  default     = null
}

resource "aws_vpc" "main" {
  cidr_block          = "10.0.0.0/16"
  ipv6_ipam_pool_id   = var.ipv6_ipam_pool_id
  ipv6_netmask_length = var.ipv6_ipam_pool_id == null ? null : 56
}

resource "aws_subnet" "app" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.1.0/24"
}

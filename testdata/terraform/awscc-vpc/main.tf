# A VPC with public subnets and a route table from the Cloud Control provider. `vpc_id` is the VPC's
# read-only `VpcId` (Fn::GetAtt), `id` is Ref; subnets are repeated with for_each; the route waits for
# the gateway's attachment through depends_on.

variable "cidr_block" {
  type    = string
  default = "10.0.0.0/16"
}

locals {
  subnets = {
    a = { cidr = "10.0.0.0/24", zone = "eu-west-1a" }
    b = { cidr = "10.0.1.0/24", zone = "eu-west-1b" }
  }
}

resource "awscc_ec2_vpc" "main" {
  cidr_block           = var.cidr_block
  enable_dns_hostnames = true
  enable_dns_support   = true
  tags                 = [{ key = "Name", value = "main" }]
}

resource "awscc_ec2_subnet" "public" {
  for_each                = local.subnets
  vpc_id                  = awscc_ec2_vpc.main.vpc_id
  cidr_block              = each.value.cidr
  availability_zone       = each.value.zone
  map_public_ip_on_launch = true
  tags                    = [{ key = "Name", value = "public-${each.key}" }]
}

resource "awscc_ec2_internet_gateway" "main" {
  tags = [{ key = "Name", value = "main" }]
}

resource "awscc_ec2_vpc_gateway_attachment" "main" {
  vpc_id              = awscc_ec2_vpc.main.id
  internet_gateway_id = awscc_ec2_internet_gateway.main.internet_gateway_id
}

resource "awscc_ec2_route_table" "public" {
  vpc_id = awscc_ec2_vpc.main.vpc_id
  tags   = [{ key = "Name", value = "public" }]
}

resource "awscc_ec2_route" "internet" {
  route_table_id         = awscc_ec2_route_table.public.route_table_id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = awscc_ec2_internet_gateway.main.id
  depends_on             = [awscc_ec2_vpc_gateway_attachment.main]
}

resource "awscc_ec2_subnet_route_table_association" "public" {
  for_each       = local.subnets
  subnet_id      = awscc_ec2_subnet.public[each.key].subnet_id
  route_table_id = awscc_ec2_route_table.public.id
}

output "vpc_id" {
  value = awscc_ec2_vpc.main.vpc_id
}

output "vpc_cidr" {
  value = awscc_ec2_vpc.main.cidr_block
}

output "subnet_ids" {
  value = join(",", [for subnet in awscc_ec2_subnet.public : subnet.subnet_id])
}

output "default_security_group" {
  value = awscc_ec2_vpc.main.default_security_group
}

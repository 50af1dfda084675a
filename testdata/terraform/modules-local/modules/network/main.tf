variable "cidr_block" {
  type = string
}

variable "zones" {
  type = list(string)
}

variable "name" {
  type = string
}

resource "aws_vpc" "this" {
  cidr_block           = var.cidr_block
  enable_dns_hostnames = true
  tags                 = { Name = var.name }
}

module "subnets" {
  source   = "./modules/subnet"
  count    = length(var.zones)
  vpc_id   = aws_vpc.this.id
  zone     = var.zones[count.index]
  cidr     = cidrsubnet(var.cidr_block, 8, count.index)
  name     = "${var.name}-${var.zones[count.index]}"
}

output "vpc_id" {
  value = aws_vpc.this.id
}

output "subnet_ids" {
  value = module.subnets[*].id
}

# A module call's for_each values read another module's output, which reads a resource of that module
# through try(). Terraform evaluates the output once the resource is planned; a converter that expands
# module calls before planning resources would see no instance and take try's fallback ("").

module "groups" {
  source   = "./modules/group"
  for_each = toset(["app", "audit"])
  name     = "${each.key}-logs"
}

module "streams" {
  source   = "./modules/stream"
  for_each = { for key, group in module.groups : key => { group = group.name, name = "${key}-stream" } }
  name     = each.value.name
  group    = each.value.group
}

output "stream_groups" {
  value = { for key, stream in module.streams : key => stream.group }
}

# The same within one module: the streams read the groups' configured names through for_each, so they
# must wait for the groups (CloudFormation sees no reference in a literal name).
resource "aws_cloudwatch_log_group" "local" {
  for_each = toset(["jobs"])
  name     = "${each.key}-logs"
}

resource "aws_cloudwatch_log_stream" "local" {
  for_each       = { for key, group in aws_cloudwatch_log_group.local : key => group.name }
  name           = "${each.key}-stream"
  log_group_name = each.value
}

# A companion whose argument is written but null is not made, so nothing waits for it: the rules read
# the VPC's configured CIDR through for_each and depend on the VPC alone.
locals {
  ipv6_pool = null
}

resource "aws_vpc" "main" {
  cidr_block                       = "10.0.0.0/16"
  assign_generated_ipv6_cidr_block = false
  ipv6_ipam_pool_id                = local.ipv6_pool
}

resource "aws_security_group" "web" {
  name   = "web"
  vpc_id = aws_vpc.main.id
}

resource "aws_vpc_security_group_ingress_rule" "from_vpc" {
  for_each          = { https = 443 }
  security_group_id = aws_security_group.web.id
  cidr_ipv4         = aws_vpc.main.cidr_block
  from_port         = each.value
  to_port           = each.value
  ip_protocol       = "tcp"
}

resource "aws_vpc_security_group_ingress_rule" "by_cidr" {
  for_each          = { vpc = aws_vpc.main.cidr_block }
  security_group_id = aws_security_group.web.id
  cidr_ipv4         = each.value
  from_port         = 80
  to_port           = 80
  ip_protocol       = "tcp"
}

# Terraform defaults CloudFormation lacks: a security group's description ("Managed by Terraform")
# and the removal of the allow-all egress rule; dynamic blocks expand; a rule with two CIDRs splits.

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}
resource "aws_security_group" "web" {
  name   = "web"
  vpc_id = aws_vpc.main.id
  dynamic "ingress" {
    for_each = [80, 443]
    content {
      from_port   = ingress.value
      to_port     = ingress.value
      protocol    = "tcp"
      cidr_blocks = ["0.0.0.0/0"]
    }
  }
}
resource "aws_security_group_rule" "ssh" {
  type              = "ingress"
  security_group_id = aws_security_group.web.id
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = ["10.0.0.0/8", "192.168.0.0/16"]
}

resource "aws_security_group_rule" "all_out" {
  type              = "egress"
  security_group_id = aws_security_group.web.id
  from_port         = 0
  to_port           = 0
  protocol          = "-1"
  cidr_blocks       = ["0.0.0.0/0"]
}

# A group of the default VPC: CloudFormation takes no egress rules without the VPC, so AWS's allow-all
# egress rule stays (a warning says so).
resource "aws_security_group" "default_vpc" {
  name        = "in-default-vpc"
  description = "Group in the default VPC"
}

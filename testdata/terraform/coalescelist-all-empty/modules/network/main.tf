variable "private_subnets" {
  type = list(string)
}

variable "database_subnets" {
  type = list(string)
}

variable "database_route_table" {
  type    = bool
  default = false
}

resource "aws_vpc" "this" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "database" {
  count      = length(var.database_subnets)
  vpc_id     = aws_vpc.this.id
  cidr_block = var.database_subnets[count.index]
}

resource "aws_route_table" "private" {
  count  = length(var.private_subnets) > 0 ? 1 : 0
  vpc_id = aws_vpc.this.id
}

resource "aws_route_table" "database" {
  count  = var.database_route_table ? 1 : 0
  vpc_id = aws_vpc.this.id
}

resource "aws_route_table_association" "database" {
  count          = length(var.database_subnets)
  subnet_id      = aws_subnet.database[count.index].id
  route_table_id = element(coalescelist(aws_route_table.database[*].id, aws_route_table.private[*].id), 0)
}

# A Redis cluster and a Memcached cluster per environment, each with its own parameter group, in a
# subnet group of their own; outputs read the endpoints.

locals {
  environments = {
    staging = { snapshot_retention_limit = 0 }
    prod    = { snapshot_retention_limit = 7 }
  }
}

variable "node_type" {
  type    = string
  default = "cache.t4g.small"
}

variable "memcached_nodes" {
  type    = number
  default = 2
}

resource "aws_vpc" "main" {
  cidr_block = "10.20.0.0/16"
}

resource "aws_subnet" "cache" {
  count             = 2
  vpc_id            = aws_vpc.main.id
  cidr_block        = cidrsubnet(aws_vpc.main.cidr_block, 8, count.index)
  availability_zone = ["us-east-1a", "us-east-1b"][count.index]
}

resource "aws_security_group" "cache" {
  name   = "cache"
  vpc_id = aws_vpc.main.id
}

resource "aws_elasticache_subnet_group" "cache" {
  name       = "cache"
  subnet_ids = aws_subnet.cache[*].id
}

resource "aws_elasticache_parameter_group" "redis" {
  name        = "redis7-lru"
  family      = "redis7"
  description = "Redis with LRU eviction"

  parameter {
    name  = "maxmemory-policy"
    value = "allkeys-lru"
  }

  parameter {
    name  = "notify-keyspace-events"
    value = "Ex"
  }

  tags = {
    Team = "platform"
  }
}

resource "aws_elasticache_parameter_group" "memcached" {
  name   = "memcached16"
  family = "memcached1.6"
}

resource "aws_elasticache_cluster" "redis" {
  for_each = local.environments

  cluster_id               = "sessions-${each.key}"
  engine                   = "redis"
  engine_version           = "7.1"
  node_type                = var.node_type
  num_cache_nodes          = 1
  port                     = 6379
  parameter_group_name     = aws_elasticache_parameter_group.redis.name
  subnet_group_name        = aws_elasticache_subnet_group.cache.name
  security_group_ids       = [aws_security_group.cache.id]
  snapshot_retention_limit = each.value.snapshot_retention_limit
  maintenance_window       = "sun:05:00-sun:06:00"
  apply_immediately        = true

  tags = {
    Environment = each.key
  }
}

resource "aws_elasticache_cluster" "memcached" {
  cluster_id           = "pages"
  engine               = "memcached"
  node_type            = var.node_type
  num_cache_nodes      = var.memcached_nodes
  az_mode              = var.memcached_nodes > 1 ? "cross-az" : "single-az"
  parameter_group_name = aws_elasticache_parameter_group.memcached.id
  subnet_group_name    = aws_elasticache_subnet_group.cache.name
  security_group_ids   = [aws_security_group.cache.id]
}

output "prod_redis_endpoint" {
  value = "${aws_elasticache_cluster.redis["prod"].cache_nodes[0].address}:${aws_elasticache_cluster.redis["prod"].cache_nodes[0].port}"
}

output "redis_arns" {
  value = [for cluster in aws_elasticache_cluster.redis : cluster.arn]
}

output "memcached_endpoint" {
  value = aws_elasticache_cluster.memcached.configuration_endpoint
}

output "memcached_address" {
  value = aws_elasticache_cluster.memcached.cluster_address
}

output "parameter_group_arn" {
  value = aws_elasticache_parameter_group.redis.arn
}

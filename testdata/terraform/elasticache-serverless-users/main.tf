# A Valkey serverless cache with RBAC users, a user group completed by an association, and a global
# datastore over a replication group.

variable "users" {
  type = map(object({
    access_string = string
    passwords     = list(string)
  }))
  default = {
    app      = { access_string = "on ~app:* +@all", passwords = ["app-password-0123456789"] }
    readonly = { access_string = "on ~* +@read", passwords = ["ro-password-0123456789"] }
  }
}

resource "aws_vpc" "main" {
  cidr_block = "10.50.0.0/16"
}

resource "aws_subnet" "cache" {
  count             = 2
  vpc_id            = aws_vpc.main.id
  cidr_block        = cidrsubnet(aws_vpc.main.cidr_block, 8, count.index)
  availability_zone = ["us-east-1a", "us-east-1b"][count.index]
}

resource "aws_elasticache_user" "default" {
  user_id              = "app-default"
  user_name            = "default"
  engine               = "valkey"
  access_string        = "off ~* -@all"
  no_password_required = true
}

resource "aws_elasticache_user" "this" {
  for_each = var.users

  user_id       = each.key
  user_name     = each.key
  engine        = "valkey"
  access_string = each.value.access_string

  authentication_mode {
    type      = "password"
    passwords = each.value.passwords
  }
}

resource "aws_elasticache_user_group" "app" {
  user_group_id = "app"
  engine        = "valkey"
  user_ids      = [aws_elasticache_user.default.user_id]
}

resource "aws_elasticache_user_group_association" "members" {
  for_each = aws_elasticache_user.this

  user_group_id = aws_elasticache_user_group.app.user_group_id
  user_id       = each.value.user_id
}

resource "aws_elasticache_serverless_cache" "app" {
  name                 = "app"
  engine               = "valkey"
  major_engine_version = "8"
  description          = "Application cache"
  subnet_ids           = aws_subnet.cache[*].id
  user_group_id        = aws_elasticache_user_group.app.id

  cache_usage_limits {
    data_storage {
      maximum = 10
      unit    = "GB"
    }

    ecpu_per_second {
      maximum = 5000
    }
  }

  daily_snapshot_time      = "04:00"
  snapshot_retention_limit = 3
}

resource "aws_elasticache_replication_group" "primary" {
  replication_group_id = "orders-primary"
  description          = "Primary of the orders datastore"
  engine               = "redis"
  engine_version       = "7.1"
  node_type            = "cache.r7g.large"
  num_cache_clusters   = 2

  automatic_failover_enabled = true
}

resource "aws_elasticache_global_replication_group" "orders" {
  global_replication_group_id_suffix   = "orders"
  global_replication_group_description = "Orders across regions"
  primary_replication_group_id         = aws_elasticache_replication_group.primary.id
}

output "cache_endpoint" {
  value = aws_elasticache_serverless_cache.app.endpoint[0].address
}

output "cache_arn" {
  value = aws_elasticache_serverless_cache.app.arn
}

output "user_arns" {
  value = aws_elasticache_user.this["app"].arn
}

output "global_datastore_id" {
  value = aws_elasticache_global_replication_group.orders.global_replication_group_id
}

variable "environment" {
  type    = string
  default = "dev"
}

variable "enable_audit" {
  type    = bool
  default = false
}

module "network" {
  source     = "./modules/network"
  cidr_block = "10.20.0.0/16"
  zones      = ["us-east-1a", "us-east-1b"]
  name       = "core-${var.environment}"
}

module "buckets" {
  source   = "./modules/bucket"
  for_each = { logs = 30, data = 365 }

  name           = "acme-${each.key}-${var.environment}"
  retention_days = each.value
  settings = {
    versioning = each.key == "data"
  }
  tags = { Environment = var.environment }
}

module "audit" {
  source = "./modules/bucket"
  count  = var.enable_audit ? 1 : 0

  name           = "acme-audit"
  retention_days = 90
  tags           = {}
  depends_on     = [module.network]
}

resource "aws_ssm_parameter" "subnets" {
  name  = "/acme/${var.environment}/subnets"
  type  = "StringList"
  value = join(",", module.network.subnet_ids)
}

resource "aws_ssm_parameter" "bucket_arns" {
  name       = "/acme/${var.environment}/buckets"
  type       = "StringList"
  value      = join(",", [for name, bucket in module.buckets : bucket.arn])
  depends_on = [module.buckets]
}

output "vpc_id" {
  value = module.network.vpc_id
}

output "data_bucket" {
  value = module.buckets["data"].name
}

output "audit_bucket" {
  value = one(module.audit[*].name)
}

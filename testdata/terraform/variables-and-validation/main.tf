# Variables become parameters; validations with a CloudFormation form become constraints.

variable "environment" {
  type        = string
  default     = "dev"
  description = "Deployment stage."
  validation {
    condition     = contains(["dev", "staging", "prod"], var.environment)
    error_message = "Use dev, staging or prod."
  }
}

variable "bucket_prefix" {
  type = string
  validation {
    condition     = can(regex("^[a-z0-9-]+$", var.bucket_prefix)) && length(var.bucket_prefix) <= 40
    error_message = "Lowercase letters, digits and dashes, at most 40 characters."
  }
}

variable "retention_days" {
  type    = number
  default = 14
  validation {
    condition     = var.retention_days >= 1 && var.retention_days <= 3653
    error_message = "Between 1 and 3653 days."
  }
}

variable "enable_versioning" {
  type    = bool
  default = true
}

variable "allowed_cidrs" {
  type    = list(string)
  default = ["10.0.0.0/8", "192.168.0.0/16"]
}

variable "db_password" {
  type      = string
  sensitive = true
}

variable "owner" {
  type = string
  validation {
    condition     = endswith(var.owner, "@example.com")
    error_message = "Use a company address."
  }
}

variable "settings" {
  type = object({
    memory  = number
    timeout = optional(number, 30)
  })
  default = { memory = 512 }
}

resource "aws_s3_bucket" "data" {
  bucket = "${var.bucket_prefix}-${var.environment}"
  tags = {
    Owner  = var.owner
    Memory = var.settings.memory
    Cidrs  = join(",", var.allowed_cidrs)
  }
}

resource "aws_cloudwatch_log_group" "app" {
  name              = "/app/${var.environment}"
  retention_in_days = var.retention_days
}

resource "aws_db_instance" "app" {
  identifier        = "app-${var.environment}"
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  username          = "app"
  password          = var.db_password
}

output "versioning" {
  value = var.enable_versioning ? "Enabled" : "Suspended"
}

output "timeout" {
  value = var.settings.timeout
}

variable "project" {
  description = "Short name used in resource names."
  type        = string
  default     = "churn"

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{2,20}$", var.project))
    error_message = "Use 3 to 21 lowercase letters, digits and hyphens, starting with a letter."
  }
}

variable "environment" {
  description = "Deployment stage."
  type        = string
  default     = "dev"

  validation {
    condition     = contains(["dev", "staging", "prod"], var.environment)
    error_message = "Environment must be dev, staging or prod."
  }
}

variable "image_tag" {
  description = "Tag of the inference image in the ECR repository."
  type        = string
  default     = "latest"
}

variable "instance_type" {
  description = "Instance type of the endpoint's production variant."
  type        = string
  default     = "ml.m5.large"
}

variable "instance_count" {
  description = "Initial number of instances behind the endpoint."
  type        = number
  default     = 1

  validation {
    condition     = var.instance_count >= 1 && var.instance_count <= 10
    error_message = "Between 1 and 10 instances."
  }
}

variable "log_retention_days" {
  description = "How long endpoint logs are kept."
  type        = number
  default     = 30
}

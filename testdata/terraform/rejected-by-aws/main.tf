# Values AWS rejects, though they come out of the configuration's defaults: each resource could not
# be created, so the conversion fails at the resource instead of the deployment failing later.

variable "variants" {
  description = "The models the endpoint hosts; none by default."
  type = list(object({
    model_name    = string
    instance_type = optional(string, "ml.t2.medium")
  }))
  default = []
}

variable "trusted_services" {
  description = "Services that may assume the role; none by default."
  type        = list(string)
  default     = []
}

variable "containers" {
  description = "Container definitions; none by default."
  type = list(object({
    name  = string
    image = string
  }))
  default = []
}

# Terraform itself refuses to plan an endpoint configuration without a production variant.
resource "aws_sagemaker_endpoint_configuration" "this" {
  name = "endpoint-config"

  dynamic "production_variants" {
    for_each = var.variants
    content {
      variant_name           = production_variants.value.model_name
      model_name             = production_variants.value.model_name
      instance_type          = production_variants.value.instance_type
      initial_instance_count = 1
    }
  }
}

# Terraform plans `{"Version":"2012-10-17"}` as the trust policy; IAM rejects it.
data "aws_iam_policy_document" "trust" {
  dynamic "statement" {
    for_each = length(var.trusted_services) > 0 ? [1] : []
    content {
      actions = ["sts:AssumeRole"]
      principals {
        type        = "Service"
        identifiers = var.trusted_services
      }
    }
  }
}

resource "aws_iam_role" "this" {
  name               = "service-role"
  assume_role_policy = data.aws_iam_policy_document.trust.json
}

# Terraform plans `[]` as the containers; ECS rejects a task definition without one.
resource "aws_ecs_task_definition" "this" {
  family                = "service"
  container_definitions = jsonencode(var.containers)
}

# Terraform refuses this too ("At least 1 "rule" blocks are required"); CloudFormation's schema
# requires `Rules` inside the replication configuration.
resource "aws_ecr_replication_configuration" "empty" {
  replication_configuration {
    dynamic "rule" {
      for_each = var.variants
      content {
        destination {
          region      = "eu-west-1"
          registry_id = "123456789012"
        }
      }
    }
  }
}

# A replication configuration whose rules come out empty: Terraform refuses to plan it ("At least 1
# "rule" blocks are required") and CloudFormation's schema requires `Rules`. The resource is switched
# by a variable, so the variable is inlined (its default is false) and the resource is left out, as
# Terraform leaves it out; a parameter would let the stack be deployed with a configuration AWS
# rejects.

variable "create_replication" {
  description = "Whether to configure registry replication."
  type        = bool
  default     = false
}

variable "replication_rules" {
  description = "Replication rules."
  type = list(object({
    region      = string
    registry_id = string
  }))
  default = []
}

resource "aws_ecr_replication_configuration" "this" {
  count = var.create_replication ? 1 : 0

  replication_configuration {
    dynamic "rule" {
      for_each = var.replication_rules
      content {
        destination {
          region      = rule.value.region
          registry_id = rule.value.registry_id
        }
      }
    }
  }
}

resource "aws_ecr_repository" "app" {
  name = "app"
}

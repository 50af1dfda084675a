# A dynamic block switched by a bool variable whose content reads an object variable that is null by
# default. Terraform never evaluates the content while the switch is off; under the switch's other
# outcome the content fails (an attribute of null), so the switch is decided at conversion time: its
# variable is inlined (false) and the block left out, as Terraform plans it.

variable "enable_ttl" {
  description = "Whether items expire."
  type        = bool
  default     = false
}

variable "ttl" {
  description = "How items expire."
  type = object({
    attribute_name = string
  })
  default = null
}

resource "aws_dynamodb_table" "events" {
  name         = "events"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }

  dynamic "ttl" {
    for_each = var.enable_ttl ? [var.ttl] : []
    content {
      attribute_name = ttl.value.attribute_name
      enabled        = true
    }
  }
}

# The same for a whole resource: it exists only where `enable_archive` holds, and its arguments read
# an object that is null by default, so the switch is decided at conversion time.
variable "enable_archive" {
  description = "Whether to keep an archive table."
  type        = bool
  default     = false
}

variable "archive" {
  description = "The archive table's settings."
  type = object({
    name = string
  })
  default = null
}

resource "aws_dynamodb_table" "archive" {
  count        = var.enable_archive ? 1 : 0
  name         = var.archive.name
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }
}

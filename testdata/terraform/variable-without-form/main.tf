# Variables whose type no parameter holds and that have no default: a map (its keys are not known to
# any parameter), and an object attribute that is a list of objects. Each error says how to supply the
# value when converting.

variable "tags" {
  type        = map(string)
  description = "Tags for every resource"
}

variable "pipeline" {
  type = object({
    name = string
    stages = list(object({
      name    = string
      command = string
    }))
  })
}

resource "aws_sns_topic" "events" {
  name = var.pipeline.name
  tags = var.tags
}

# yamlencode, yamldecode, fileset, templatestring and the text encodings on known values, each result
# set into a resource argument so that `terraform plan` can check it.

variable "environment" {
  type    = string
  default = "prod"
}

locals {
  config = yamldecode(file("${path.module}/config.yaml"))

  settings = {
    name     = "web"
    replicas = 3
    ratio    = 0.25
    large    = 1e20
    enabled  = true
    owner    = null
    ports    = [80, 443]
    labels   = { tier = "frontend", "app.kubernetes.io/name" = "web" }
    script   = "#!/bin/sh\necho \"hello\"\n"
    empty    = { list = [], map = {} }
  }

  greeting = "Hello, $${name}! You have $${count} new %%{ if count == 1 }message%%{ else }messages%%{ endif }."

  yaml = {
    settings     = yamlencode(local.settings)
    list_of_maps = yamlencode([{ name = "a", port = 1 }, { name = "b", tags = ["x", "y"] }])
    long_text    = yamlencode({ description = "A description long enough that the YAML emitter folds it onto a second line at the eightieth column." })
    unicode      = yamlencode("quoted \"text\", tab\tand emoji 😀 é")
    number       = yamlencode(1e20)
    environment  = yamlencode({ environment = var.environment, region = "us-east-1" })
    round_trip   = yamlencode(local.config.service)
  }

  decoded = {
    name     = local.config.service.name
    enabled  = tostring(local.config.service.enabled)
    timeout  = local.config.service.timeout
    retries  = tostring(local.config.service.retries)
    started  = local.config.service.started
    version  = tostring(local.config.service.version)
    ports    = join(",", local.config.service.ports)
    notes    = local.config.service.notes
    no_owner = tostring(local.config.service.owner == null)
    inline   = jsonencode(yamldecode("{a: [1, 2.5, on], b: {c: ~}}"))
  }

  files = {
    policies = join(",", fileset("${path.module}/files", "**/*.json"))
    top      = join(",", fileset(path.module, "files/*.{conf,md}"))
    classes  = join(",", fileset("${path.module}/files/policies", "[r-w]*.json"))
  }

  text = {
    templatestring = templatestring(local.greeting, { name = "Ann", count = 2 })
    utf16le        = textencodebase64("Grüße, €uro", "UTF-16LE")
    utf16          = textencodebase64("Grüße", "UTF-16")
    windows1252    = textencodebase64("Grüße, €uro", "windows-1252")
    decoded        = textdecodebase64("R3L832UsIIB1cm8=", "windows-1252")
    pathexpand     = pathexpand("configs/app.yaml")
  }
}

# One parameter per value: for_each over the merged map, keyed by its name.
resource "aws_ssm_parameter" "fn" {
  for_each = merge(local.yaml, local.decoded, local.files, local.text)
  name     = "/functions/${each.key}"
  type     = "String"
  value    = each.value
}

# One parameter per file that fileset finds, holding the file's text.
resource "aws_ssm_parameter" "file" {
  for_each = fileset("${path.module}/files", "**")
  name     = "/files/${each.value}"
  type     = "String"
  value    = file("${path.module}/files/${each.value}")
}

# Tags decoded from YAML: numbers and booleans become strings, as Terraform converts them.
resource "aws_sqs_queue" "orders" {
  name                      = local.config.service.name
  message_retention_seconds = local.config.service.retries * 86400
  tags                      = local.config.tags
}

# base64gzip's bytes cannot be Terraform's (see the warning): kept in an output, out of the resources
# that `terraform plan` is compared with.
output "gzip" {
  value = base64gzip(local.yaml.settings)
}

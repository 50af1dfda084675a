# Terraform accepts an object constructor that sets a key twice: the later item replaces the earlier
# one. The converter keeps the later value too, and warns about the discarded one.
locals {
  queue = {
    name                       = "jobs"
    visibility_timeout_seconds = 30
    delay_seconds              = 5
    visibility_timeout_seconds = 120
  }

  # Quoted and bare spellings of a key are the same key; items separated by commas on one line.
  retention = { seconds = 60, "seconds" = 3600, extra = 1, seconds = 86400 }
}

resource "aws_sqs_queue" "jobs" {
  name                       = local.queue.name
  visibility_timeout_seconds = local.queue.visibility_timeout_seconds
  delay_seconds              = local.queue.delay_seconds
  message_retention_seconds  = local.retention.seconds
  tags                       = { team = "a", team = "b" }
}

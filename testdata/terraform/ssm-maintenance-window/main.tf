variable "environment" {
  description = "Environment the patch windows serve."
  type        = string
  default     = "prod"
}

variable "patch_groups" {
  description = "Patch groups, each with its own weekly window."
  type        = map(string)
  default = {
    web = "cron(0 2 ? * SUN *)"
    db  = "cron(0 4 ? * SUN *)"
  }
}

resource "aws_ssm_maintenance_window" "patch" {
  for_each = var.patch_groups

  name              = "${var.environment}-${each.key}-patching"
  description       = "Weekly patching of the ${each.key} instances"
  schedule          = each.value
  schedule_timezone = "Europe/Paris"
  duration          = 3
  cutoff            = 1

  tags = {
    Environment = var.environment
  }
}

resource "aws_ssm_maintenance_window" "adhoc" {
  name                       = "${var.environment}-adhoc"
  schedule                   = "rate(7 days)"
  duration                   = 2
  cutoff                     = 0
  allow_unassociated_targets = true
}

resource "aws_ssm_maintenance_window_target" "patch" {
  for_each = var.patch_groups

  window_id     = aws_ssm_maintenance_window.patch[each.key].id
  name          = "${each.key}-instances"
  resource_type = "INSTANCE"

  targets {
    key    = "tag:PatchGroup"
    values = [each.key]
  }
  targets {
    key    = "tag:Environment"
    values = [var.environment]
  }
}

output "window_ids" {
  value = { for key, window in aws_ssm_maintenance_window.patch : key => window.id }
}

output "web_target_id" {
  value = aws_ssm_maintenance_window_target.patch["web"].id
}

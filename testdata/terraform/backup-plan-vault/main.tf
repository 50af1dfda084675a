variable "name" {
  description = "Prefix of every backup resource."
  type        = string
  default     = "app"
}

variable "retention_days" {
  description = "How long recovery points are kept."
  type        = number
  default     = 35
}

variable "selection_tags" {
  description = "Resources carrying these tags are backed up."
  type        = map(string)
  default = {
    Backup      = "daily"
    Environment = "prod"
  }
}

data "aws_caller_identity" "current" {}
data "aws_partition" "current" {}

resource "aws_kms_key" "backup" {
  description         = "Key of the ${var.name} backup vault"
  enable_key_rotation = true
}

resource "aws_sns_topic" "backup_events" {
  name = "${var.name}-backup-events"
}

resource "aws_backup_vault" "this" {
  name          = "${var.name}-vault"
  kms_key_arn   = aws_kms_key.backup.arn
  force_destroy = true
  tags = {
    Name = "${var.name}-vault"
  }
}

resource "aws_backup_vault" "dr" {
  name = "${var.name}-dr-vault"
}

resource "aws_backup_vault_policy" "this" {
  backup_vault_name = aws_backup_vault.this.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "DenyRecoveryPointDeletion"
      Effect    = "Deny"
      Principal = { AWS = "*" }
      Action    = ["backup:DeleteRecoveryPoint"]
      Resource  = "*"
    }]
  })
}

resource "aws_backup_vault_notifications" "this" {
  backup_vault_name   = aws_backup_vault.this.name
  sns_topic_arn       = aws_sns_topic.backup_events.arn
  backup_vault_events = ["BACKUP_JOB_FAILED", "RESTORE_JOB_COMPLETED"]
}

resource "aws_backup_vault_lock_configuration" "dr" {
  backup_vault_name   = aws_backup_vault.dr.name
  min_retention_days  = 7
  max_retention_days  = var.retention_days * 10
  changeable_for_days = 3
}

resource "aws_backup_plan" "this" {
  name = "${var.name}-plan"

  rule {
    rule_name         = "daily"
    target_vault_name = aws_backup_vault.this.name
    schedule          = "cron(0 5 ? * * *)"
    start_window      = 60
    completion_window = 180

    lifecycle {
      delete_after = var.retention_days
    }

    copy_action {
      destination_vault_arn = aws_backup_vault.dr.arn
      lifecycle {
        cold_storage_after = 30
        delete_after       = 120
      }
    }

    recovery_point_tags = {
      Plan = "${var.name}-plan"
    }
  }

  rule {
    rule_name                = "continuous"
    target_vault_name        = aws_backup_vault.this.name
    enable_continuous_backup = true
    lifecycle {
      delete_after = 14
    }
  }

  advanced_backup_setting {
    resource_type = "EC2"
    backup_options = {
      WindowsVSS = "enabled"
    }
  }

  tags = {
    Team = "platform"
  }
}

resource "aws_iam_role" "backup" {
  name = "${var.name}-backup"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "backup.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
}

resource "aws_iam_role_policy_attachment" "backup" {
  role       = aws_iam_role.backup.name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup"
}

resource "aws_backup_selection" "tagged" {
  name         = "${var.name}-tagged"
  plan_id      = aws_backup_plan.this.id
  iam_role_arn = aws_iam_role.backup.arn

  dynamic "selection_tag" {
    for_each = var.selection_tags
    content {
      type  = "STRINGEQUALS"
      key   = selection_tag.key
      value = selection_tag.value
    }
  }
}

resource "aws_backup_selection" "by_resource" {
  name         = "${var.name}-tables"
  plan_id      = aws_backup_plan.this.id
  iam_role_arn = aws_iam_role.backup.arn
  resources    = ["arn:${data.aws_partition.current.partition}:dynamodb:*:${data.aws_caller_identity.current.account_id}:table/*"]
  not_resources = ["arn:${data.aws_partition.current.partition}:dynamodb:*:${data.aws_caller_identity.current.account_id}:table/scratch-*"]

  condition {
    string_equals {
      key   = "aws:ResourceTag/Environment"
      value = "prod"
    }
    string_not_like {
      key   = "aws:ResourceTag/Owner"
      value = "test-*"
    }
  }
  condition {
    string_like {
      key   = "aws:ResourceTag/Component"
      value = "db*"
    }
  }
}

output "vault_arn" {
  value = aws_backup_vault.this.arn
}

output "vault_id" {
  value = aws_backup_vault.this.id
}

output "plan_id" {
  value = aws_backup_plan.this.id
}

output "plan_arn" {
  value = aws_backup_plan.this.arn
}

output "plan_version" {
  value = aws_backup_plan.this.version
}

output "selection_id" {
  value = aws_backup_selection.tagged.id
}

output "policy_vault_arn" {
  value = aws_backup_vault_policy.this.backup_vault_arn
}

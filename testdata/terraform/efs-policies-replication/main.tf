# An EFS file system with its backup policy, file system policy and replication configuration: all
# three merge into AWS::EFS::FileSystem. The policy leaves out `Resource` (the file system itself): a
# reference to the file system's own ARN would make the merged resource refer to itself.

resource "aws_efs_file_system" "data" {
  encrypted = true
  tags = {
    Name = "data"
  }
}

resource "aws_efs_backup_policy" "data" {
  file_system_id = aws_efs_file_system.data.id

  backup_policy {
    status = "ENABLED"
  }
}

resource "aws_efs_file_system_policy" "data" {
  file_system_id                     = aws_efs_file_system.data.id
  bypass_policy_lockout_safety_check = false

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "EnforceTls"
      Effect    = "Deny"
      Principal = { AWS = "*" }
      Action    = "*"
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })
}

resource "aws_efs_replication_configuration" "data" {
  source_file_system_id = aws_efs_file_system.data.id

  destination {
    region = "us-west-2"
  }
}

output "file_system_id" {
  value = aws_efs_backup_policy.data.id
}

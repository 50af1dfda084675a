# Parameter groups (their `parameter` blocks become CloudFormation's Parameters map) used by an
# instance, and an IAM role associated with the instance (merged into its AssociatedRoles).

resource "aws_db_parameter_group" "postgres" {
  name   = "app-postgres16"
  family = "postgres16"

  parameter {
    name  = "log_connections"
    value = "1"
  }

  parameter {
    name         = "rds.force_ssl"
    value        = "1"
    apply_method = "pending-reboot"
  }

  tags = {
    Environment = "prod"
  }
}

resource "aws_rds_cluster_parameter_group" "aurora" {
  name        = "app-aurora-pg16"
  family      = "aurora-postgresql16"
  description = "Aurora cluster parameters"

  parameter {
    name  = "timezone"
    value = "UTC"
  }
}

resource "aws_db_instance" "main" {
  identifier           = "app-db"
  engine               = "postgres"
  engine_version       = "16.3"
  instance_class       = "db.t4g.micro"
  allocated_storage    = 20
  username             = "app"
  password             = "change-me-please"
  parameter_group_name = aws_db_parameter_group.postgres.name
  skip_final_snapshot  = true
}

resource "aws_iam_role" "s3_import" {
  name = "rds-s3-import"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "rds.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
}

resource "aws_db_instance_role_association" "s3_import" {
  db_instance_identifier = aws_db_instance.main.identifier
  feature_name           = "s3Import"
  role_arn               = aws_iam_role.s3_import.arn
}

output "parameter_group_arn" {
  value = aws_db_parameter_group.postgres.arn
}

output "cluster_parameter_group_arn" {
  value = aws_rds_cluster_parameter_group.aurora.arn
}

resource "aws_db_option_group" "mysql" {
  name                     = "app-mysql80"
  option_group_description = "MySQL options"
  engine_name              = "mysql"
  major_engine_version     = "8.0"

  option {
    option_name = "MARIADB_AUDIT_PLUGIN"

    option_settings {
      name  = "SERVER_AUDIT_EVENTS"
      value = "CONNECT"
    }
  }
}

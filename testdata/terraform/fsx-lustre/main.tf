# A persistent Lustre file system with automatic backups and logging.

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "a" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.1.0/24"
}

resource "aws_security_group" "lustre" {
  name        = "lustre"
  description = "Lustre clients"
  vpc_id      = aws_vpc.main.id
}

resource "aws_fsx_lustre_file_system" "scratch" {
  storage_capacity                  = 1200
  subnet_ids                        = [aws_subnet.a.id]
  security_group_ids                = [aws_security_group.lustre.id]
  deployment_type                   = "PERSISTENT_2"
  per_unit_storage_throughput       = 125
  data_compression_type             = "LZ4"
  automatic_backup_retention_days   = 7
  daily_automatic_backup_start_time = "03:00"
  copy_tags_to_backups              = true
  file_system_type_version          = "2.15"

  log_configuration {
    level = "WARN_ERROR"
  }

  tags = {
    Name = "scratch"
  }
}

output "mount_name" {
  value = aws_fsx_lustre_file_system.scratch.mount_name
}

output "dns_name" {
  value = aws_fsx_lustre_file_system.scratch.dns_name
}

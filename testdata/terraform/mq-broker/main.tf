# An ActiveMQ broker in one private subnet, with logs, a maintenance window and one user.

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "a" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.1.0/24"
}

resource "aws_security_group" "mq" {
  name        = "mq"
  description = "Broker clients"
  vpc_id      = aws_vpc.main.id
}

resource "aws_mq_broker" "main" {
  broker_name        = "orders"
  engine_type        = "ActiveMQ"
  engine_version     = "5.18"
  host_instance_type = "mq.t3.micro"
  subnet_ids         = [aws_subnet.a.id]
  security_groups    = [aws_security_group.mq.id]
  apply_immediately  = true

  auto_minor_version_upgrade = true

  logs {
    general = true
  }

  maintenance_window_start_time {
    day_of_week = "SUNDAY"
    time_of_day = "03:00"
    time_zone   = "UTC"
  }

  user {
    username       = "admin"
    password       = "a-long-password-1"
    console_access = true
  }

  tags = {
    Team = "orders"
  }
}

output "broker_arn" {
  value = aws_mq_broker.main.arn
}

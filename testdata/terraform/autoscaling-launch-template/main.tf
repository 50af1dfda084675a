# An Auto Scaling group of instances from a launch template (an encrypted gp3 root volume, IMDSv2, a
# network interface, tags for what it launches), behind an application load balancer's target group
# and a Classic Load Balancer, both attached with aws_autoscaling_attachment, with group metrics, a
# lifecycle hook and an instance refresh.

resource "aws_vpc" "main" {
  cidr_block = "10.40.0.0/16"
}

resource "aws_subnet" "a" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.40.1.0/24"
  availability_zone = "us-east-1a"
}

resource "aws_subnet" "b" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.40.2.0/24"
  availability_zone = "us-east-1b"
}

resource "aws_security_group" "app" {
  name   = "app"
  vpc_id = aws_vpc.main.id
}

resource "aws_launch_template" "app" {
  name                   = "app"
  description            = "web tier"
  image_id               = "ami-0123456789abcdef0"
  instance_type          = "t3.small"
  update_default_version = true
  user_data              = base64encode("#!/bin/bash\nyum -y install nginx\n")

  block_device_mappings {
    device_name = "/dev/xvda"

    ebs {
      volume_size           = 20
      volume_type           = "gp3"
      encrypted             = true
      delete_on_termination = true
    }
  }

  metadata_options {
    http_endpoint               = "enabled"
    http_tokens                 = "required"
    http_put_response_hop_limit = 2
  }

  monitoring {
    enabled = true
  }

  network_interfaces {
    associate_public_ip_address = false
    security_groups             = [aws_security_group.app.id]
  }

  tag_specifications {
    resource_type = "instance"
    tags = {
      Name = "app"
    }
  }

  tags = {
    Team = "web"
  }
}

resource "aws_lb_target_group" "app" {
  name     = "app"
  port     = 80
  protocol = "HTTP"
  vpc_id   = aws_vpc.main.id
}

resource "aws_autoscaling_group" "app" {
  name                      = "app"
  min_size                  = 1
  max_size                  = 4
  desired_capacity          = 2
  vpc_zone_identifier       = [aws_subnet.a.id, aws_subnet.b.id]
  health_check_type         = "ELB"
  health_check_grace_period = 120
  default_cooldown          = 300
  termination_policies      = ["OldestLaunchTemplate", "Default"]
  enabled_metrics           = ["GroupInServiceInstances", "GroupDesiredCapacity"]
  wait_for_capacity_timeout = "0"

  launch_template {
    id      = aws_launch_template.app.id
    version = aws_launch_template.app.latest_version
  }

  initial_lifecycle_hook {
    name                 = "drain"
    lifecycle_transition = "autoscaling:EC2_INSTANCE_TERMINATING"
    default_result       = "CONTINUE"
    heartbeat_timeout    = 300
  }

  instance_refresh {
    strategy = "Rolling"
  }

  tag {
    key                 = "Environment"
    value               = "production"
    propagate_at_launch = true
  }
}

resource "aws_autoscaling_attachment" "app" {
  autoscaling_group_name = aws_autoscaling_group.app.id
  lb_target_group_arn    = aws_lb_target_group.app.arn
}

resource "aws_elb" "legacy" {
  name            = "legacy"
  subnets         = [aws_subnet.a.id, aws_subnet.b.id]
  security_groups = [aws_security_group.app.id]
  internal        = true
  idle_timeout    = 60

  connection_draining         = true
  connection_draining_timeout = 300

  listener {
    lb_port           = 80
    lb_protocol       = "http"
    instance_port     = 8080
    instance_protocol = "http"
  }

  health_check {
    target              = "HTTP:8080/health"
    healthy_threshold   = 2
    unhealthy_threshold = 3
    interval            = 30
    timeout             = 5
  }

  tags = {
    Tier = "legacy"
  }
}

resource "aws_autoscaling_attachment" "legacy" {
  autoscaling_group_name = aws_autoscaling_group.app.name
  elb                    = aws_elb.legacy.id
}

# Blocks with no CloudFormation meaning are accepted with a report each: moved, import, check,
# removed, the state backend, provisioners and connections. The rest converts.

terraform {
  required_version = ">= 1.7"

  backend "s3" {
    bucket = "example-terraform-state"
    key    = "app/terraform.tfstate"
    region = "eu-west-1"
  }

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.0"
    }
  }
}

moved {
  from = aws_s3_bucket.logs
  to   = aws_s3_bucket.audit_logs
}

import {
  to = aws_s3_bucket.audit_logs
  id = "example-audit-logs"
}

removed {
  from = aws_sqs_queue.legacy

  lifecycle {
    destroy = false
  }
}

check "site_up" {
  data "http" "site" {
    url = "https://example.com"
  }

  assert {
    condition     = data.http.site.status_code == 200
    error_message = "the site is down"
  }
}

resource "aws_s3_bucket" "audit_logs" {
  bucket = "example-audit-logs"
}

resource "aws_instance" "web" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  connection {
    type = "ssh"
    user = "ec2-user"
    host = self.public_ip
  }

  provisioner "remote-exec" {
    inline = ["sudo systemctl start nginx"]
  }

  provisioner "local-exec" {
    command = "echo ${self.private_ip} >> hosts.txt"
  }
}

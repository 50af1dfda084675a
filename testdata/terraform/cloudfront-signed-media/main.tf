# A media distribution that serves signed URLs only: its viewers' public keys are grouped in a key
# group the cache behavior trusts, requests are logged in real time to a Kinesis stream, extra
# metrics are switched on, and the origin is an internal load balancer reached through a VPC origin.

variable "name" {
  type    = string
  default = "media"
}

variable "internal_alb_arn" {
  type    = string
  default = "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/internal/0123456789abcdef"
}

variable "signing_keys" {
  description = "PEM-encoded public keys of the URL signers, by name."
  type        = map(string)
  default = {
    primary   = "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAprimary\n-----END PUBLIC KEY-----\n"
    secondary = "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAsecondary\n-----END PUBLIC KEY-----\n"
  }
}

variable "realtime_sampling_rate" {
  type    = number
  default = 25
}

resource "aws_cloudfront_public_key" "signer" {
  for_each = var.signing_keys

  name        = "${var.name}-${each.key}"
  comment     = "URL signer ${each.key}"
  encoded_key = each.value
}

resource "aws_cloudfront_key_group" "signers" {
  name    = "${var.name}-signers"
  comment = "Keys trusted to sign media URLs"
  items   = [for key in aws_cloudfront_public_key.signer : key.id]
}

resource "aws_kinesis_stream" "requests" {
  name             = "${var.name}-requests"
  retention_period = 24

  stream_mode_details {
    stream_mode = "ON_DEMAND"
  }
}

resource "aws_iam_role" "realtime_logs" {
  name = "${var.name}-realtime-logs"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "cloudfront.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
}

resource "aws_cloudfront_realtime_log_config" "requests" {
  name          = "${var.name}-requests"
  sampling_rate = var.realtime_sampling_rate
  fields        = ["timestamp", "c-ip", "sc-status", "cs-uri-stem"]

  endpoint {
    stream_type = "Kinesis"

    kinesis_stream_config {
      role_arn   = aws_iam_role.realtime_logs.arn
      stream_arn = aws_kinesis_stream.requests.arn
    }
  }
}

resource "aws_cloudfront_vpc_origin" "alb" {
  vpc_origin_endpoint_config {
    name                   = "${var.name}-internal-alb"
    arn                    = var.internal_alb_arn
    http_port              = 80
    https_port             = 443
    origin_protocol_policy = "https-only"

    origin_ssl_protocols {
      items    = ["TLSv1.2"]
      quantity = 1
    }
  }

  tags = {
    Name = "${var.name}-internal-alb"
  }
}

resource "aws_cloudfront_distribution" "media" {
  enabled         = true
  comment         = "Signed media for ${var.name}"
  price_class     = "PriceClass_All"
  is_ipv6_enabled = true

  origin {
    origin_id   = "internal-alb"
    domain_name = "internal-alb.example.internal"

    vpc_origin_config {
      vpc_origin_id            = aws_cloudfront_vpc_origin.alb.id
      origin_keepalive_timeout = 5
      origin_read_timeout      = 30
    }

    origin_shield {
      enabled              = true
      origin_shield_region = "us-east-1"
    }
  }

  default_cache_behavior {
    target_origin_id        = "internal-alb"
    viewer_protocol_policy  = "https-only"
    allowed_methods         = ["GET", "HEAD"]
    cached_methods          = ["GET", "HEAD"]
    cache_policy_id         = "658327ea-f89d-4fab-a63d-7e88639e58f6"
    trusted_key_groups      = [aws_cloudfront_key_group.signers.id]
    realtime_log_config_arn = aws_cloudfront_realtime_log_config.requests.arn
  }

  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }

  viewer_certificate {
    cloudfront_default_certificate = true
  }
}

resource "aws_cloudfront_monitoring_subscription" "media" {
  distribution_id = aws_cloudfront_distribution.media.id

  monitoring_subscription {
    realtime_metrics_subscription_config {
      realtime_metrics_subscription_status = "Enabled"
    }
  }
}

output "key_group_id" {
  value = aws_cloudfront_key_group.signers.id
}

output "public_key_ids" {
  value = [for key in aws_cloudfront_public_key.signer : key.id]
}

output "realtime_log_config_arn" {
  value = aws_cloudfront_realtime_log_config.requests.arn
}

output "vpc_origin_arn" {
  value = aws_cloudfront_vpc_origin.alb.arn
}

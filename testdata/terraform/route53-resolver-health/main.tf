variable "vpc_cidr" {
  type    = string
  default = "10.20.0.0/16"
}

variable "onprem_dns_servers" {
  description = "Name servers of the on-premises network that own corp.example.com."
  type        = list(string)
  default     = ["192.168.10.2", "192.168.10.3"]
}

variable "health_regions" {
  type    = list(string)
  default = ["us-east-1", "us-west-2", "eu-west-1"]
}

resource "aws_vpc" "this" {
  cidr_block           = var.vpc_cidr
  enable_dns_support   = true
  enable_dns_hostnames = true
}

resource "aws_subnet" "resolver" {
  count             = 2
  vpc_id            = aws_vpc.this.id
  cidr_block        = cidrsubnet(var.vpc_cidr, 8, count.index)
  availability_zone = "us-east-1${["a", "b"][count.index]}"
}

resource "aws_security_group" "resolver" {
  name   = "resolver-outbound"
  vpc_id = aws_vpc.this.id

  egress {
    from_port   = 53
    to_port     = 53
    protocol    = "udp"
    cidr_blocks = [for ip in var.onprem_dns_servers : "${ip}/32"]
  }
}

resource "aws_route53_resolver_endpoint" "outbound" {
  name               = "outbound"
  direction          = "OUTBOUND"
  security_group_ids = [aws_security_group.resolver.id]
  protocols          = ["Do53"]

  dynamic "ip_address" {
    for_each = aws_subnet.resolver
    content {
      subnet_id = ip_address.value.id
    }
  }

  tags = {
    Name = "outbound"
  }
}

resource "aws_route53_resolver_rule" "corp" {
  name                 = "corp-forward"
  domain_name          = "corp.example.com"
  rule_type            = "FORWARD"
  resolver_endpoint_id = aws_route53_resolver_endpoint.outbound.id

  dynamic "target_ip" {
    for_each = var.onprem_dns_servers
    content {
      ip   = target_ip.value
      port = 53
    }
  }
}

resource "aws_route53_resolver_rule_association" "corp" {
  name             = "corp-forward-${aws_vpc.this.id}"
  resolver_rule_id = aws_route53_resolver_rule.corp.id
  vpc_id           = aws_vpc.this.id
}

resource "aws_cloudwatch_log_group" "resolver" {
  name              = "/aws/route53resolver/queries"
  retention_in_days = 30
}

resource "aws_route53_resolver_query_log_config" "this" {
  name            = "vpc-queries"
  destination_arn = aws_cloudwatch_log_group.resolver.arn
}

resource "aws_route53_resolver_query_log_config_association" "this" {
  resolver_query_log_config_id = aws_route53_resolver_query_log_config.this.id
  resource_id                  = aws_vpc.this.id
}

resource "aws_route53_zone" "public" {
  name = "example.com"
}

resource "aws_cloudwatch_log_group" "zone_queries" {
  name              = "/aws/route53/example.com"
  retention_in_days = 7
}

resource "aws_route53_query_log" "public" {
  zone_id                  = aws_route53_zone.public.zone_id
  cloudwatch_log_group_arn = aws_cloudwatch_log_group.zone_queries.arn
}

resource "aws_route53_health_check" "site" {
  for_each = toset(["www", "api"])

  fqdn              = "${each.key}.example.com"
  type              = "HTTPS"
  port              = 443
  resource_path     = "/health"
  failure_threshold = 3
  request_interval  = 30
  regions           = var.health_regions
  measure_latency   = true

  tags = {
    Name = "${each.key}-health"
  }
}

resource "aws_route53_health_check" "all" {
  type                   = "CALCULATED"
  child_health_threshold = length(aws_route53_health_check.site)
  child_healthchecks     = [for check in aws_route53_health_check.site : check.id]
}

resource "aws_route53_record" "www" {
  zone_id         = aws_route53_zone.public.zone_id
  name            = "www.example.com"
  type            = "A"
  ttl             = 60
  records         = ["203.0.113.10"]
  set_identifier  = "primary"
  health_check_id = aws_route53_health_check.all.id

  failover_routing_policy {
    type = "PRIMARY"
  }
}

output "resolver_rule_arn" {
  value = aws_route53_resolver_rule.corp.arn
}

output "resolver_endpoint_vpc" {
  value = aws_route53_resolver_endpoint.outbound.host_vpc_id
}

output "www_health_check_arn" {
  value = aws_route53_health_check.site["www"].arn
}

resource "aws_route53_resolver_firewall_domain_list" "blocked" {
  name    = "blocked-domains"
  domains = ["malware.example.net.", "*.phishing.example.org."]
}

variable "firewall_rule_group_id" {
  description = "A DNS Firewall rule group shared with this account."
  type        = string
  default     = "rslvr-frg-0123456789abcdef"
}

resource "aws_route53_resolver_firewall_rule_group_association" "this" {
  name                   = "vpc-firewall"
  firewall_rule_group_id = var.firewall_rule_group_id
  vpc_id                 = aws_vpc.this.id
  priority               = 101
  mutation_protection    = "DISABLED"
}

output "blocked_domain_list_arn" {
  value = aws_route53_resolver_firewall_domain_list.blocked.arn
}

resource "aws_vpc" "shared" {
  cidr_block = "10.30.0.0/16"
}

resource "aws_route53_zone" "internal" {
  name = "internal.example.com"

  vpc {
    vpc_id = aws_vpc.this.id
  }

  # The other VPCs are associated below, as the provider recommends.
  lifecycle {
    ignore_changes = [vpc]
  }
}

resource "aws_route53_zone_association" "shared" {
  zone_id = aws_route53_zone.internal.zone_id
  vpc_id  = aws_vpc.shared.id
}

resource "aws_route53_zone_association" "replica" {
  zone_id    = aws_route53_zone.internal.zone_id
  vpc_id     = "vpc-0fedcba9876543210"
  vpc_region = "us-west-2"
}

# A module root converted on its own: its variables decide which of several exclusive or paired
# arguments are set. CloudFormation's resource schemas reject some combinations (a VPC needs
# exactly one of a CIDR block and an IPAM pool; an IPAM pool needs a netmask length; an alarm takes
# either a threshold or a threshold metric), so the template states them as Rules.

variable "use_ipam_pool" {
  description = "Allocate the VPC's CIDR block from an IPAM pool"
  type        = bool
  default     = false
}

variable "cidr" {
  description = "The VPC's CIDR block, when no IPAM pool is used"
  type        = string
  default     = "10.0.0.0/16"
}

variable "ipv4_ipam_pool_id" {
  description = "The IPAM pool to allocate from"
  type        = string
  default     = null
}

variable "ipv4_netmask_length" {
  description = "The netmask length of the block allocated from the pool"
  type        = number
  default     = null
}

variable "create_alarm" {
  type    = bool
  default = true
}

variable "metric_name" {
  type    = string
  default = null
}

variable "threshold" {
  type    = number
  default = null
}

variable "threshold_metric_id" {
  type    = string
  default = null
}

variable "statistic" {
  type    = string
  default = null
}

variable "extended_statistic" {
  type    = string
  default = null
}

resource "aws_vpc" "this" {
  cidr_block          = var.use_ipam_pool ? null : var.cidr
  ipv4_ipam_pool_id   = var.ipv4_ipam_pool_id
  ipv4_netmask_length = var.ipv4_netmask_length
}

resource "aws_cloudwatch_metric_alarm" "this" {
  count = var.create_alarm ? 1 : 0

  alarm_name          = "cpu"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 2
  namespace           = "AWS/EC2"
  period              = 60
  metric_name         = var.metric_name
  threshold           = var.threshold
  threshold_metric_id = var.threshold_metric_id
  statistic           = var.statistic
  extended_statistic  = var.extended_statistic
}

output "vpc_id" {
  value = aws_vpc.this.id
}

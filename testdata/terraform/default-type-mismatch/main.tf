variable "instance_count" {
  type    = number
  default = "abc"
}

variable "enabled" {
  type    = bool
  default = "yes"
}

variable "zones" {
  type    = list(string)
  default = "us-east-1a"
}

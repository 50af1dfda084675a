module "vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "~> 5.0"
  cidr    = "10.0.0.0/16"
}

module "dynamic_source" {
  source = "./modules/${var.flavour}"
}

module "missing" {
  source = "./does-not-exist"
}

variable "flavour" {
  type    = string
  default = "a"
}

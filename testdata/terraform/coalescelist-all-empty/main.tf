# A module called twice: the second call gives no private subnets and no separate database route
# table, so the `coalescelist` over both route tables' IDs sees two empty lists. Terraform's plan fails
# on that call, and so does the conversion, naming the module instance where it fails.

module "with_private" {
  source           = "./modules/network"
  private_subnets  = ["10.0.1.0/24"]
  database_subnets = ["10.0.21.0/24"]
}

module "database_only" {
  source           = "./modules/network"
  private_subnets  = []
  database_subnets = ["10.0.31.0/24"]
}

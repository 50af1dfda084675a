# `terraform init` installed the registry module into .terraform/modules/queue; the converter reads
# .terraform/modules/modules.json to find it.
module "queue" {
  source  = "example-corp/queue/aws"
  version = "1.2.0"

  name = "orders"
}

output "queue_arn" {
  value = module.queue.arn
}

module "queue" {
  source      = "./child"
  retention   = "a week"
  visibilty   = 30
  fifo        = true
}

resource "aws_ssm_parameter" "queue" {
  name  = "/app/queue"
  type  = "String"
  value = module.queue.queue_url
}

output "missing_module" {
  value = module.topic.arn
}

# Resources made by an Fn::ForEach loop (for_each over a list parameter) cannot be referred to from
# outside the loop: their logical IDs are only known at deployment.

variable "team_names" {
  type    = list(string)
  default = ["Payments", "Search"]
}

resource "aws_sqs_queue" "team" {
  for_each = toset(var.team_names)
  name     = "${each.key}-work"
}

resource "aws_sns_topic" "alerts" {
  name       = "alerts"
  depends_on = [aws_sqs_queue.team]
}

output "payments_queue" {
  value = aws_sqs_queue.team["Payments"].arn
}

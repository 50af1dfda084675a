# `for_each` over a list parameter becomes an `Fn::ForEach` loop (AWS::LanguageExtensions): each.key
# and each.value are the loop's identifier, and the logical IDs `Name${Identifier}`.

variable "team_names" {
  type    = list(string)
  default = ["Payments", "Search"]
}

resource "aws_sqs_queue" "team" {
  for_each = toset(var.team_names)

  name                       = "${each.key}-work"
  visibility_timeout_seconds = 60
  tags = {
    Team = each.value
  }
}

resource "aws_sns_topic" "alerts" {
  name = "alerts"
}

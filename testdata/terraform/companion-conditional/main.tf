# A topic's `policy` becomes a companion AWS::SNS::TopicPolicy. Where a parameter may leave the policy
# out (null), the companion exists only where it is set, as Terraform makes no policy for null.
variable "separate_policy" {
  type    = bool
  default = false
}

variable "subscriber_account" {
  type    = string
  default = "111122223333"
}

resource "aws_sns_topic" "events" {
  name = "events"
  policy = var.separate_policy ? null : jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::${var.subscriber_account}:root" }
      Action    = "sns:Subscribe"
      Resource  = "*"
    }]
  })
}

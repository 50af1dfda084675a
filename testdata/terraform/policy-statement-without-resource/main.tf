# An identity policy whose statement names no resource (its list of ARNs is empty by default) is
# rejected by IAM. The policy exists only when `attach_queue_policy` is true: that variable is
# inlined (false by default), so the template holds the policy only where it can be created.

variable "attach_queue_policy" {
  description = "Whether the role may send to the queues."
  type        = bool
  default     = false
}

variable "queue_arns" {
  description = "Queues the role may send to."
  type        = list(string)
  default     = []
}

variable "role_name" {
  description = "Name of the role."
  type        = string
  default     = "sender"
}

data "aws_iam_policy_document" "trust" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["events.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "this" {
  name               = var.role_name
  assume_role_policy = data.aws_iam_policy_document.trust.json
}

data "aws_iam_policy_document" "queues" {
  count = var.attach_queue_policy ? 1 : 0

  statement {
    sid       = "SendToQueues"
    actions   = ["sqs:SendMessage"]
    resources = var.queue_arns
  }
}

resource "aws_iam_policy" "queues" {
  count = var.attach_queue_policy ? 1 : 0

  name   = "${var.role_name}-queues"
  policy = data.aws_iam_policy_document.queues[0].json
}

resource "aws_iam_role_policy_attachment" "queues" {
  count = var.attach_queue_policy ? 1 : 0

  role       = aws_iam_role.this.name
  policy_arn = aws_iam_policy.queues[0].arn
}

output "role_arn" {
  value = aws_iam_role.this.arn
}

# Here the policy always exists, but its statement's resources come from a log group a variable
# switches: without the group the statement names no resource, which IAM rejects. The choice is
# made at conversion time (the variable is inlined, true by default), as Terraform makes it at plan
# time, rather than left to a parameter one of whose values makes a policy AWS rejects.
variable "create_log_group" {
  description = "Whether to create the log group the role writes to."
  type        = bool
  default     = true
}

resource "aws_cloudwatch_log_group" "this" {
  count = var.create_log_group ? 1 : 0
  name  = "sender-logs"
}

data "aws_iam_policy_document" "logs" {
  statement {
    sid       = "WriteLogs"
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = [for group in aws_cloudwatch_log_group.this : "${group.arn}:*"]
  }
}

resource "aws_iam_policy" "logs" {
  name   = "sender-logs"
  policy = data.aws_iam_policy_document.logs.json
}

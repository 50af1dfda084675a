# IAM users and groups with their attachments (merged into each principal's ManagedPolicyArns),
# an access key, an OIDC provider, and the SQS, SNS and Secrets Manager policies that Terraform
# manages as resources of their own.

resource "aws_iam_policy" "read_logs" {
  name = "read-logs"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["logs:GetLogEvents", "logs:FilterLogEvents"]
      Resource = "*"
    }]
  })
}

resource "aws_iam_group" "developers" {
  name = "developers"
  path = "/teams/"
}

resource "aws_iam_group_policy_attachment" "developers_read_only" {
  group      = aws_iam_group.developers.name
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

resource "aws_iam_user" "deploy" {
  name = "deploy"
  tags = {
    team = "platform"
  }
}

resource "aws_iam_user_policy_attachment" "deploy_logs" {
  user       = aws_iam_user.deploy.name
  policy_arn = aws_iam_policy.read_logs.arn
}

resource "aws_iam_user_policy" "deploy_inline" {
  name = "assume-deploy"
  user = aws_iam_user.deploy.name
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Resource = aws_iam_role.ci.arn }]
  })
}

resource "aws_iam_group_membership" "developers" {
  name  = "developers-membership"
  group = aws_iam_group.developers.name
  users = [aws_iam_user.deploy.name]
}

resource "aws_iam_access_key" "deploy" {
  user = aws_iam_user.deploy.name
}

resource "aws_iam_openid_connect_provider" "github" {
  url             = "https://token.actions.githubusercontent.com"
  client_id_list  = ["sts.amazonaws.com"]
  thumbprint_list = ["6938fd4d98bab03faadb97b34396831e3780aea1"]
}

resource "aws_iam_role" "ci" {
  name = "github-ci"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Federated = aws_iam_openid_connect_provider.github.arn }
      Action    = "sts:AssumeRoleWithWebIdentity"
    }]
  })
}

resource "aws_iam_policy_attachment" "ci_logs" {
  name       = "ci-logs"
  roles      = [aws_iam_role.ci.name]
  policy_arn = aws_iam_policy.read_logs.arn
}

resource "aws_sqs_queue" "dead_letters" {
  name = "jobs-dlq"
}

resource "aws_sqs_queue" "jobs" {
  name = "jobs"
}

resource "aws_sqs_queue_redrive_policy" "jobs" {
  queue_url = aws_sqs_queue.jobs.id
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.dead_letters.arn
    maxReceiveCount     = 4
  })
}

resource "aws_sqs_queue_redrive_allow_policy" "dead_letters" {
  queue_url = aws_sqs_queue.dead_letters.id
  redrive_allow_policy = jsonencode({
    redrivePermission = "allowAll"
  })
}

resource "aws_sns_topic" "alerts" {
  name = "alerts"
}

resource "aws_sns_topic_policy" "alerts" {
  arn = aws_sns_topic.alerts.arn
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "events.amazonaws.com" }
      Action    = "sns:Publish"
      Resource  = aws_sns_topic.alerts.arn
    }]
  })
}

resource "aws_secretsmanager_secret" "deploy_key" {
  name = "deploy-key"
}

resource "aws_secretsmanager_secret_version" "deploy_key" {
  secret_id = aws_secretsmanager_secret.deploy_key.id
  secret_string = jsonencode({
    access_key_id     = aws_iam_access_key.deploy.id
    secret_access_key = aws_iam_access_key.deploy.secret
  })
}

resource "aws_secretsmanager_secret_policy" "deploy_key" {
  secret_arn = aws_secretsmanager_secret.deploy_key.arn
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = aws_iam_role.ci.arn }
      Action    = "secretsmanager:GetSecretValue"
      Resource  = "*"
    }]
  })
}

output "deploy_user_arn" {
  value = aws_iam_user.deploy.arn
}

output "deploy_secret_arn" {
  value = aws_secretsmanager_secret_version.deploy_key.arn
}

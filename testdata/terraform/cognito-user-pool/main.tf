# A Cognito user pool with email sign-in, a password policy, TOTP multi-factor authentication, a
# custom attribute, a Lambda trigger, an app client for a web front end, a hosted UI domain, and a
# WAF web ACL that protects the pool.

variable "web_acl_arn" {
  type    = string
  default = "arn:aws:wafv2:us-east-1:123456789012:regional/webacl/users/a1b2c3d4-5678-90ab-cdef-EXAMPLE11111"
}

data "aws_iam_policy_document" "lambda_assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["lambda.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "trigger" {
  name               = "users-pre-sign-up"
  assume_role_policy = data.aws_iam_policy_document.lambda_assume.json
}

resource "aws_lambda_function" "pre_sign_up" {
  function_name = "users-pre-sign-up"
  role          = aws_iam_role.trigger.arn
  runtime       = "python3.12"
  handler       = "app.handler"
  s3_bucket     = "example-artifacts"
  s3_key        = "users/pre-sign-up.zip"
}

resource "aws_cognito_user_pool" "users" {
  name                     = "users"
  username_attributes      = ["email"]
  auto_verified_attributes = ["email"]
  mfa_configuration        = "OPTIONAL"
  deletion_protection      = "ACTIVE"

  password_policy {
    minimum_length                   = 12
    require_lowercase                = true
    require_numbers                  = true
    require_symbols                  = false
    require_uppercase                = true
    temporary_password_validity_days = 3
  }

  software_token_mfa_configuration {
    enabled = true
  }

  account_recovery_setting {
    recovery_mechanism {
      name     = "verified_email"
      priority = 1
    }
  }

  admin_create_user_config {
    allow_admin_create_user_only = false
    invite_message_template {
      email_subject = "Welcome"
      email_message = "Your username is {username} and your temporary password is {####}."
      sms_message   = "Your username is {username} and your temporary password is {####}."
    }
  }

  email_configuration {
    email_sending_account = "COGNITO_DEFAULT"
  }

  lambda_config {
    pre_sign_up = aws_lambda_function.pre_sign_up.arn
  }

  schema {
    name                = "tenant"
    attribute_data_type = "String"
    mutable             = true
    string_attribute_constraints {
      min_length = 1
      max_length = 64
    }
  }

  username_configuration {
    case_sensitive = false
  }

  verification_message_template {
    default_email_option = "CONFIRM_WITH_CODE"
    email_subject        = "Your verification code"
  }

  tags = {
    Team = "identity"
  }
}

resource "aws_lambda_permission" "cognito" {
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.pre_sign_up.function_name
  principal     = "cognito-idp.amazonaws.com"
  source_arn    = aws_cognito_user_pool.users.arn
}

resource "aws_cognito_user_pool_client" "web" {
  name                                 = "web"
  user_pool_id                         = aws_cognito_user_pool.users.id
  generate_secret                      = false
  explicit_auth_flows                  = ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"]
  allowed_oauth_flows_user_pool_client = true
  allowed_oauth_flows                  = ["code"]
  allowed_oauth_scopes                 = ["openid", "email"]
  callback_urls                        = ["https://app.example.com/callback"]
  logout_urls                          = ["https://app.example.com/"]
  supported_identity_providers         = ["COGNITO"]
  prevent_user_existence_errors        = "ENABLED"
  access_token_validity                = 60
  id_token_validity                    = 60
  refresh_token_validity               = 30

  token_validity_units {
    access_token  = "minutes"
    id_token      = "minutes"
    refresh_token = "days"
  }
}

resource "aws_cognito_user_pool_domain" "hosted_ui" {
  domain       = "example-users"
  user_pool_id = aws_cognito_user_pool.users.id
}

resource "aws_wafv2_web_acl_association" "users" {
  resource_arn = aws_cognito_user_pool.users.arn
  web_acl_arn  = var.web_acl_arn
}

resource "aws_route53_zone" "public" {
  name = "example.com"
}

resource "aws_route53_record" "login" {
  zone_id = aws_route53_zone.public.zone_id
  name    = "login.example.com"
  type    = "A"

  alias {
    name                   = aws_cognito_user_pool_domain.hosted_ui.cloudfront_distribution
    zone_id                = aws_cognito_user_pool_domain.hosted_ui.cloudfront_distribution_zone_id
    evaluate_target_health = false
  }
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

# A private zone for the VPC, which is also shared with a VPC in another region.
resource "aws_route53_zone" "internal" {
  name = "internal.example.com"

  vpc {
    vpc_id = aws_vpc.main.id
  }

  vpc {
    vpc_id     = "vpc-0fedcba9876543210"
    vpc_region = "us-west-2"
  }
}

output "user_pool_endpoint" {
  value = aws_cognito_user_pool.users.endpoint
}

output "client_id" {
  value = aws_cognito_user_pool_client.web.id
}

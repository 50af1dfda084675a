# Data sources that compute their values from their arguments alone: ARN parts, a CloudWatch Logs data
# protection policy, SageMaker's prebuilt image registries, the provider's default tags and CloudFront's
# log delivery user.

provider "aws" {
  default_tags {
    tags = {
      Team           = "data"
    }
  }
}

data "aws_partition" "current" {}

resource "aws_s3_bucket" "exports" {
  bucket = "exports-example"
}

resource "aws_sns_topic" "alerts" {
  name = "alerts"
}

# A known ARN: every part is known; the resource keeps its colons.
data "aws_arn" "function" {
  arn = "arn:aws:lambda:us-east-1:123456789012:function:worker:live"
}

# An ARN built from parts: each part is the piece of the template that builds it.
data "aws_arn" "bucket" {
  arn = "arn:${data.aws_partition.current.partition}:s3:::${aws_s3_bucket.exports.id}"
}

# An ARN only known at deployment: its first parts are picked by Fn::Select of Fn::Split.
data "aws_arn" "topic" {
  arn = aws_sns_topic.alerts.arn
}

resource "aws_ssm_parameter" "function_arn_parts" {
  name  = "/arn/function"
  type  = "String"
  value = join("|", [data.aws_arn.function.partition, data.aws_arn.function.service, data.aws_arn.function.region, data.aws_arn.function.account, data.aws_arn.function.resource])
}

resource "aws_ssm_parameter" "bucket_arn_parts" {
  name  = "/arn/bucket"
  type  = "String"
  value = "${data.aws_arn.bucket.partition}/${data.aws_arn.bucket.service}/${data.aws_arn.bucket.resource}"
}

resource "aws_ssm_parameter" "topic_arn_parts" {
  name  = "/arn/topic"
  type  = "String"
  value = "${data.aws_arn.topic.service} in ${data.aws_arn.topic.region} of ${data.aws_arn.topic.account}"
}

resource "aws_cloudwatch_log_group" "app" {
  name = "/app/orders"
}

resource "aws_cloudwatch_log_group" "audit" {
  name = "/app/orders-audit"
}

# Findings go to a log group of the stack: the document keeps its shape with the group's name in it.
data "aws_cloudwatch_log_data_protection_policy_document" "orders" {
  name = "orders"

  statement {
    sid = "Audit"
    data_identifiers = [
      "arn:aws:dataprotection::aws:data-identifier/EmailAddress",
      "arn:aws:dataprotection::aws:data-identifier/CreditCardNumber",
    ]
    operation {
      audit {
        findings_destination {
          cloudwatch_logs {
            log_group = aws_cloudwatch_log_group.audit.name
          }
        }
      }
    }
  }

  statement {
    sid = "Redact"
    data_identifiers = [
      "arn:aws:dataprotection::aws:data-identifier/EmailAddress",
      "arn:aws:dataprotection::aws:data-identifier/CreditCardNumber",
    ]
    operation {
      deidentify {
        mask_config {}
      }
    }
  }
}

resource "aws_cloudwatch_log_data_protection_policy" "orders" {
  log_group_name  = aws_cloudwatch_log_group.app.name
  policy_document = data.aws_cloudwatch_log_data_protection_policy_document.orders.json
}

# A document known at conversion time is the provider's exact text, and its id the CRC-32 of it.
data "aws_cloudwatch_log_data_protection_policy_document" "template" {
  name        = "template"
  description = "Masks <secrets> & keys"

  configuration {
    custom_data_identifier {
      name  = "EmployeeId"
      regex = "EMP-\\d{6}"
    }
  }

  statement {
    data_identifiers = ["EmployeeId", "arn:aws:dataprotection::aws:data-identifier/AwsSecretKey"]
    operation {
      audit {
        findings_destination {
          s3 {
            bucket = "audit-findings"
          }
        }
      }
    }
  }

  statement {
    data_identifiers = ["EmployeeId", "arn:aws:dataprotection::aws:data-identifier/AwsSecretKey"]
    operation {
      deidentify {
        mask_config {}
      }
    }
  }
}

resource "aws_ssm_parameter" "protection_template" {
  name  = "/logs/protection-template"
  type  = "String"
  value = data.aws_cloudwatch_log_data_protection_policy_document.template.json
}

resource "aws_ssm_parameter" "protection_template_id" {
  name  = "/logs/protection-template-id"
  type  = "String"
  value = data.aws_cloudwatch_log_data_protection_policy_document.template.id
}

# The stack's region: the registry account comes from a Mappings table by region.
data "aws_sagemaker_prebuilt_ecr_image" "xgboost" {
  repository_name = "sagemaker-xgboost"
  image_tag       = "1.7-1"
}

# A named region: the account is known.
data "aws_sagemaker_prebuilt_ecr_image" "pytorch" {
  repository_name = "pytorch-inference"
  image_tag       = "2.1.0-cpu-py310"
  region          = "eu-west-1"
}

resource "aws_iam_role" "sagemaker" {
  name = "sagemaker-execution"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "sagemaker.amazonaws.com" } }]
  })
}

resource "aws_sagemaker_model" "xgboost" {
  name               = "churn-xgboost"
  execution_role_arn = aws_iam_role.sagemaker.arn

  primary_container {
    image = data.aws_sagemaker_prebuilt_ecr_image.xgboost.registry_path
  }
}

resource "aws_ssm_parameter" "pytorch_image" {
  name  = "/sagemaker/pytorch-image"
  type  = "String"
  value = data.aws_sagemaker_prebuilt_ecr_image.pytorch.registry_path
}

resource "aws_ssm_parameter" "xgboost_registry" {
  name  = "/sagemaker/xgboost-registry"
  type  = "String"
  value = data.aws_sagemaker_prebuilt_ecr_image.xgboost.registry_id
}

data "aws_default_tags" "current" {}

resource "aws_ssm_parameter" "team" {
  name  = "/tags/team"
  type  = "String"
  value = "${data.aws_default_tags.current.tags["Team"]} (${length(data.aws_default_tags.current.tags)} default tag)"
}

# CloudFront's log delivery user: the stack's partition decides; a named region is known.
data "aws_cloudfront_log_delivery_canonical_user_id" "current" {}

data "aws_cloudfront_log_delivery_canonical_user_id" "china" {
  region = "cn-north-1"
}

resource "aws_ssm_parameter" "log_delivery_user" {
  name  = "/cloudfront/log-delivery-user"
  type  = "String"
  value = data.aws_cloudfront_log_delivery_canonical_user_id.current.id
}

resource "aws_ssm_parameter" "log_delivery_user_china" {
  name  = "/cloudfront/log-delivery-user-china"
  type  = "String"
  value = data.aws_cloudfront_log_delivery_canonical_user_id.china.id
}

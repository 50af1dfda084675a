# An MLOps setup around SageMaker: a model registry group shared with another account, a training
# pipeline defined inline, a feature group with an online store, a custom Studio image with one
# version, a Studio space in an existing domain, and data quality monitoring of an endpoint.

variable "domain_id" {
  type    = string
  default = "d-abcdef123456"
}

variable "endpoint_name" {
  type    = string
  default = "churn-endpoint"
}

data "aws_region" "current" {}

data "aws_caller_identity" "current" {}

locals {
  group_name = "churn-models"
}

resource "aws_iam_role" "sagemaker" {
  name = "mlops-sagemaker"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "sagemaker.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
}

resource "aws_s3_bucket" "artifacts" {
  bucket = "mlops-artifacts-123456789012"
}

# Model registry

resource "aws_sagemaker_model_package_group" "churn" {
  model_package_group_name        = local.group_name
  model_package_group_description = "Churn prediction models"

  tags = {
    Team = "ml"
  }
}

resource "aws_sagemaker_model_package_group_policy" "churn" {
  model_package_group_name = aws_sagemaker_model_package_group.churn.model_package_group_name
  resource_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "ShareWithProduction"
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::210987654321:root" }
      Action    = ["sagemaker:DescribeModelPackageGroup", "sagemaker:ListModelPackages"]
      Resource  = "arn:aws:sagemaker:${data.aws_region.current.name}:${data.aws_caller_identity.current.account_id}:model-package-group/${local.group_name}"
    }]
  })
}

# Pipeline

resource "aws_sagemaker_pipeline" "train" {
  pipeline_name         = "churn-training"
  pipeline_display_name = "churn-training"
  pipeline_description  = "Trains and registers the churn model"
  role_arn              = aws_iam_role.sagemaker.arn

  pipeline_definition = jsonencode({
    Version = "2020-12-01"
    Parameters = [{
      Name         = "InputData"
      Type         = "String"
      DefaultValue = "s3://${aws_s3_bucket.artifacts.bucket}/input/"
    }]
    Steps = [{
      Name = "Train"
      Type = "Training"
      Arguments = {
        AlgorithmSpecification = {
          TrainingImage     = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1"
          TrainingInputMode = "File"
        }
        OutputDataConfig = { S3OutputPath = "s3://${aws_s3_bucket.artifacts.bucket}/models/" }
        ResourceConfig    = { InstanceCount = 1, InstanceType = "ml.m5.large", VolumeSizeInGB = 30 }
        RoleArn           = aws_iam_role.sagemaker.arn
        StoppingCondition = { MaxRuntimeInSeconds = 3600 }
      }
    }]
  })

  parallelism_configuration {
    max_parallel_execution_steps = 2
  }
}

# Feature Store

resource "aws_sagemaker_feature_group" "customers" {
  feature_group_name             = "customers"
  record_identifier_feature_name = "customer_id"
  event_time_feature_name        = "event_time"
  role_arn                       = aws_iam_role.sagemaker.arn

  feature_definition {
    feature_name = "customer_id"
    feature_type = "String"
  }

  feature_definition {
    feature_name = "event_time"
    feature_type = "Fractional"
  }

  feature_definition {
    feature_name = "tenure_months"
    feature_type = "Integral"
  }

  online_store_config {
    enable_online_store = true

    ttl_duration {
      unit  = "Days"
      value = 30
    }
  }
}

# Studio: a custom image and a space

resource "aws_sagemaker_image" "tools" {
  image_name   = "ml-tools"
  role_arn     = aws_iam_role.sagemaker.arn
  display_name = "ML tools"
}

resource "aws_sagemaker_image_version" "tools" {
  image_name = aws_sagemaker_image.tools.id
  base_image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/ml-tools:1.0"
}

resource "aws_sagemaker_space" "shared" {
  domain_id  = var.domain_id
  space_name = "shared-lab"

  space_sharing_settings {
    sharing_type = "Shared"
  }

  ownership_settings {
    owner_user_profile_name = "alice"
  }

  space_settings {
    app_type = "JupyterLab"

    jupyter_lab_app_settings {
      default_resource_spec {
        instance_type       = "ml.t3.medium"
        sagemaker_image_arn = aws_sagemaker_image.tools.arn
      }

      code_repository {
        repository_url = "https://github.com/example/churn.git"
      }
    }

    space_storage_settings {
      ebs_storage_settings {
        ebs_volume_size_in_gb = 20
      }
    }
  }
}

# Model Monitor: data quality of the endpoint, every hour

resource "aws_sagemaker_data_quality_job_definition" "churn" {
  name     = "churn-data-quality"
  role_arn = aws_iam_role.sagemaker.arn

  data_quality_app_specification {
    image_uri = "156813124566.dkr.ecr.us-east-1.amazonaws.com/sagemaker-model-monitor-analyzer"
  }

  data_quality_job_input {
    endpoint_input {
      endpoint_name = var.endpoint_name
    }
  }

  data_quality_job_output_config {
    monitoring_outputs {
      s3_output {
        s3_uri = "s3://${aws_s3_bucket.artifacts.bucket}/monitoring/"
      }
    }
  }

  job_resources {
    cluster_config {
      instance_count    = 1
      instance_type     = "ml.m5.large"
      volume_size_in_gb = 20
    }
  }
}

resource "aws_sagemaker_monitoring_schedule" "churn" {
  name = "churn-data-quality-hourly"

  monitoring_schedule_config {
    monitoring_job_definition_name = aws_sagemaker_data_quality_job_definition.churn.name
    monitoring_type                = "DataQuality"

    schedule_config {
      schedule_expression = "cron(0 * ? * * *)"
    }
  }
}

output "pipeline_arn" {
  value = aws_sagemaker_pipeline.train.arn
}

output "image_version_arn" {
  value = aws_sagemaker_image_version.tools.arn
}

output "space_url" {
  value = aws_sagemaker_space.shared.url
}

# A SageMaker Studio domain in a VPC with IAM authentication, JupyterLab idle shutdown and a default
# lifecycle configuration, one user profile, and a JupyterServer app for that user.

resource "aws_vpc" "ml" {
  cidr_block = "10.50.0.0/16"
}

resource "aws_subnet" "ml" {
  vpc_id     = aws_vpc.ml.id
  cidr_block = "10.50.1.0/24"
}

resource "aws_iam_role" "studio" {
  name = "studio-execution"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "sagemaker.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
}

resource "aws_sagemaker_studio_lifecycle_config" "install" {
  studio_lifecycle_config_name     = "install-tools"
  studio_lifecycle_config_app_type = "JupyterLab"
  studio_lifecycle_config_content  = base64encode("#!/bin/bash\npip install --quiet ruff\n")
}

resource "aws_sagemaker_domain" "studio" {
  domain_name             = "studio"
  auth_mode               = "IAM"
  vpc_id                  = aws_vpc.ml.id
  subnet_ids              = [aws_subnet.ml.id]
  app_network_access_type = "VpcOnly"

  default_user_settings {
    execution_role = aws_iam_role.studio.arn

    jupyter_lab_app_settings {
      lifecycle_config_arns = [aws_sagemaker_studio_lifecycle_config.install.arn]

      app_lifecycle_management {
        idle_settings {
          lifecycle_management    = "ENABLED"
          idle_timeout_in_minutes = 60
        }
      }
    }

    sharing_settings {
      notebook_output_option = "Disabled"
    }
  }

  tags = {
    Team = "ml"
  }
}

resource "aws_sagemaker_user_profile" "alice" {
  domain_id         = aws_sagemaker_domain.studio.id
  user_profile_name = "alice"

  user_settings {
    execution_role = aws_iam_role.studio.arn

    space_storage_settings {
      default_ebs_storage_settings {
        default_ebs_volume_size_in_gb = 5
        maximum_ebs_volume_size_in_gb = 50
      }
    }
  }
}

resource "aws_sagemaker_app" "alice" {
  domain_id         = aws_sagemaker_domain.studio.id
  user_profile_name = aws_sagemaker_user_profile.alice.user_profile_name
  app_name          = "default"
  app_type          = "JupyterServer"
}

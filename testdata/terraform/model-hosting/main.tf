# A SageMaker model served from an ECR image: the model's name is its ModelName attribute, the
# repository's URL its RepositoryUri.

data "aws_caller_identity" "current" {}
data "aws_region" "current" {}

data "aws_iam_policy_document" "sagemaker_assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["sagemaker.amazonaws.com"]
    }
  }
}

resource "aws_ecr_repository" "model" {
  name                 = "churn-model"
  image_tag_mutability = "IMMUTABLE"
  image_scanning_configuration {
    scan_on_push = true
  }
}

resource "aws_iam_role" "sagemaker" {
  name               = "churn-sagemaker"
  assume_role_policy = data.aws_iam_policy_document.sagemaker_assume.json
}

resource "aws_iam_role_policy_attachment" "sagemaker_full" {
  role       = aws_iam_role.sagemaker.name
  policy_arn = "arn:aws:iam::aws:policy/AmazonSageMakerFullAccess"
}

resource "aws_sagemaker_model" "churn" {
  name               = "churn"
  execution_role_arn = aws_iam_role.sagemaker.arn
  primary_container {
    image = "${aws_ecr_repository.model.repository_url}:v1"
  }
}

resource "aws_sagemaker_endpoint_configuration" "churn" {
  name = "churn-config"
  production_variants {
    variant_name           = "primary"
    model_name             = aws_sagemaker_model.churn.name
    initial_instance_count = 1
    instance_type          = "ml.t2.medium"
  }
}

resource "aws_sagemaker_endpoint" "churn" {
  name                 = "churn"
  endpoint_config_name = aws_sagemaker_endpoint_configuration.churn.name
}

output "endpoint_name" {
  value = aws_sagemaker_endpoint.churn.name
}

output "image" {
  value = "${aws_ecr_repository.model.repository_url}:v1"
}

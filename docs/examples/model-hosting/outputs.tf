output "endpoint_name" {
  description = "Name of the SageMaker endpoint to invoke."
  value       = aws_sagemaker_endpoint.churn.name
}

output "repository_url" {
  description = "Where to push the inference image."
  value       = aws_ecr_repository.inference.repository_url
}

output "artifacts_bucket_arn" {
  description = "Bucket holding model artifacts."
  value       = aws_s3_bucket.artifacts.arn
}

output "execution_role_arn" {
  description = "Role SageMaker assumes."
  value       = aws_iam_role.execution.arn
}

output "model_data_url" {
  description = "Where to upload model.tar.gz."
  value       = "s3://${aws_s3_bucket.artifacts.bucket}/${local.model_key}"
}

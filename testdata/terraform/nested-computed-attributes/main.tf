# Nested blocks the provider computes are lists of one object in Terraform; their fields become the
# dotted Fn::GetAtt attributes CloudFormation returns.
resource "aws_db_instance" "db" {
  identifier                  = "app"
  engine                      = "postgres"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
}

resource "aws_secretsmanager_secret_rotation" "db" {
  secret_id = aws_db_instance.db.master_user_secret[0].secret_arn

  rotation_rules {
    automatically_after_days = 30
  }
}

resource "aws_iam_role" "cluster" {
  name = "cluster"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "eks.amazonaws.com" } }]
  })
}

resource "aws_eks_cluster" "this" {
  name     = "apps"
  role_arn = aws_iam_role.cluster.arn

  vpc_config {
    subnet_ids = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
  }
}

output "secret_kms_key" {
  value = one(aws_db_instance.db.master_user_secret).kms_key_id
}

output "certificate_authority" {
  value = aws_eks_cluster.this.certificate_authority[0].data
}

output "oidc_issuer" {
  value = aws_eks_cluster.this.identity[0].oidc[0].issuer
}

output "cluster_security_groups" {
  value = join(",", aws_eks_cluster.this.vpc_config[*].cluster_security_group_id)
}

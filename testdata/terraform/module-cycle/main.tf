# `a` calls `b` and `b` calls `a`: Terraform rejects the endless tree, and so does the converter, even
# though the root reads each directory once, from a call that is not part of the cycle.
module "a" {
  source = "./a"
}

module "b" {
  source = "./b"
}

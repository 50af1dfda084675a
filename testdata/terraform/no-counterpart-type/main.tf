# Types that no CloudFormation resource can stand for: the error says so, and what to do instead,
# rather than "cannot be converted yet".

resource "aws_route53_zone" "public" {
  name = "example.com"
}

resource "aws_route53domains_registered_domain" "example" {
  domain_name = "example.com"

  dynamic "name_server" {
    for_each = aws_route53_zone.public.name_servers
    content {
      name = name_server.value
    }
  }
}

resource "aws_route53_vpc_association_authorization" "partner" {
  vpc_id  = "vpc-0123456789abcdef0"
  zone_id = aws_route53_zone.public.zone_id
}

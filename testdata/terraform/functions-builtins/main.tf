# Built-in functions on known values, one parameter per call, each checked against `terraform plan`.

locals {
  sizes = { small = 1, large = 4 }
  csv   = "name,port\nweb,80\napi,8080\n"

  strings = {
    format     = format("%05.2f|%-5s|%x|%q|%t|%3d", 3.14159, "ab", 255, "q", true, 7)
    formatlist = join(";", formatlist("%s=%d", ["a", "b"], [1, 2]))
    replace_re = replace("hello world", "/o(\\w)/", "0$1")
    regex      = regex("^(\\w+)-(\\d+)$", "web-42")[1]
    title      = title("hello wide world")
    trim       = "${trimprefix("pre-core", "pre-")}|${trimsuffix("core.tf", ".tf")}|${trimspace("  x  ")}"
    substr     = substr("terraform", 2, 4)
    indent     = indent(2, "a\nb")
    strrev     = strrev("abc")
    startswith = tostring(startswith("prod-db", "prod"))
  }

  collections = {
    lookup    = tostring(lookup(local.sizes, "large", 2))
    lookup_d  = tostring(lookup(local.sizes, "medium", 2))
    coalesce  = coalesce("", null, "fallback")
    merge     = jsonencode(merge({ a = 1 }, { b = 2 }, { a = 3 }))
    length    = tostring(length(["a", "b", "c"]))
    element   = element(["x", "y", "z"], 4)
    try       = try(local.sizes.medium, "none")
    can       = tostring(can(local.sizes.medium))
    flatten   = join(",", flatten([["a"], ["b", ["c"]]]))
    distinct  = join(",", distinct(["a", "b", "a"]))
    slice     = join(",", slice(["a", "b", "c", "d"], 1, 3))
    zipmap    = jsonencode(zipmap(["k1", "k2"], [1, 2]))
    matchkeys = join(",", matchkeys(["i-1", "i-2", "i-3"], ["a", "b", "a"], ["a"]))
    setunion  = join(",", setunion(["b", "a"], ["c"]))
    range     = join(",", range(1, 10, 3))
    transpose = jsonencode(transpose({ a = ["1", "2"], b = ["2"] }))
    csvdecode = join(",", [for row in csvdecode(local.csv) : "${row.name}:${row.port}"])
    sum_max   = "${sum([1, 2, 3.5])}|${max(4, 9, 2)}|${min(4, 9, 2)}"
  }

  encoding = {
    jsonencode = jsonencode({ b = [1, 2.5, true], a = null, c = "<&>" })
    jsondecode = jsondecode("{\"x\": [1, 2]}").x[1]
    base64     = base64encode("hello")
    base64dec  = base64decode("aGVsbG8=")
    urlencode  = urlencode("a b/c?d=e")
  }

  hashes = {
    md5          = md5("hello")
    sha1         = sha1("hello")
    sha256       = sha256("hello")
    sha512       = sha512("hello")
    base64sha256 = base64sha256("hello")
    uuidv5       = uuidv5("dns", "www.terraform.io")
  }

  network = {
    cidrsubnet  = cidrsubnet("10.0.0.0/16", 8, 2)
    cidrsubnets = join(",", cidrsubnets("10.0.0.0/16", 4, 4, 8))
    cidrhost    = cidrhost("10.0.0.0/24", 5)
    cidrnetmask = cidrnetmask("172.16.0.0/12")
  }

  time = {
    formatdate = formatdate("EEE, DD MMM YYYY hh:mm:ss ZZZ", "2024-03-05T10:20:30Z")
    twelve     = formatdate("H:mmaa 'on' MMMM D", "2024-03-05T22:05:00+01:00")
    timeadd    = timeadd("2024-02-28T23:00:00Z", "1.5h")
    timecmp    = tostring(timecmp("2024-01-01T00:00:00Z", "2024-01-01T01:00:00+01:00"))
  }

  numbers = {
    arithmetic = "${7 % 3}|${-7 % 3}|${2 * 3 + 4}|${10 / 4}"
    parseint   = tostring(parseint("ff", 16))
    pow        = tostring(pow(2, 10))
    ceil_floor = "${ceil(1.2)}|${floor(-1.2)}|${abs(-3)}|${signum(-2)}"
  }
}

# One parameter per call: for_each over the merged map, keyed by the call's name.
resource "aws_ssm_parameter" "fn" {
  for_each = merge(local.strings, local.collections, local.encoding, local.hashes, local.network, local.time, local.numbers)
  name     = "/functions/${each.key}"
  type     = "String"
  value    = each.value
}

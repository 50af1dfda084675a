#!/usr/bin/env python3
"""Checks a converted template's values against what Terraform itself plans for the same configuration.

Usage: tools/plan_agreement.py DIR [--inline-variables] [--iac2cfn PATH]

1. Asks Terraform for its planned values (`tf-plan-values DIR`, from the shared tools; needs terraform and
   a local AWS provider, so this is a developer's tool, never part of `cargo test` or CI).
2. Converts DIR with iac2cfn (JSON and an address map).
3. Resolves the template the way CloudFormation would on deploy, with the fixed values tf-plan-values uses
   (account 123456789012, region us-east-1, partition aws, zones us-east-1a/b/c) and each parameter's
   default; references to resources stay unresolved.
4. For each planned resource, every scalar that Terraform knows at plan time (strings, numbers, booleans,
   and the leaves of JSON documents such as policies) must appear among the scalars of the CloudFormation
   resource(s) that address became. Values that need a resource reference to compute are skipped. A few
   values CloudFormation spells another way with the same meaning (EQUIVALENTS: a log group's retention
   of 0 days is RetentionInDays left out; a rule's `self = true` is the group itself as its peer) count
   as found when the template says the same thing its way.

Prints one line per resource and a summary; exits 1 when any planned value is missing.
"""
import base64, json, os, subprocess, sys, tempfile

PSEUDO = {
    "AWS::AccountId": "123456789012", "AWS::Region": "us-east-1", "AWS::Partition": "aws",
    "AWS::URLSuffix": "amazonaws.com", "AWS::StackName": "stack",
    "AWS::StackId": "arn:aws:cloudformation:us-east-1:123456789012:stack/stack/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0",
    "AWS::NoValue": None, "AWS::NotificationARNs": [],
}
AZS = ["us-east-1a", "us-east-1b", "us-east-1c"]
SELECTORS = {"aws_security_group_rule": ("type",)}


def _same_group(props, key):
    """The rule names its own security group as the peer: CloudFormation's spelling of `self = true`."""
    return key in props and props.get(key) == props.get("GroupId")


# Planned values that CloudFormation spells differently, with the same meaning. Each entry: the
# Terraform type, the attribute, the planned value, and a test on the CloudFormation resource's
# properties (after resolution) that holds when the template says the same thing another way.
EQUIVALENTS = {
    "aws_cloudwatch_log_group": [
        # 0 is "never expire" in Terraform; CloudFormation expresses it by leaving RetentionInDays out.
        ("retention_in_days", 0, lambda props: props.get("RetentionInDays") is None),
    ],
    "aws_security_group_rule": [
        ("self", True, lambda props: _same_group(props, "SourceSecurityGroupId")
         or _same_group(props, "DestinationSecurityGroupId")),
    ],
}
REF_NAME_PROPERTY = {
    "AWS::S3::Bucket": "BucketName", "AWS::IAM::Role": "RoleName", "AWS::IAM::User": "UserName",
    "AWS::IAM::Group": "GroupName", "AWS::Logs::LogGroup": "LogGroupName",
    "AWS::ECR::Repository": "RepositoryName", "AWS::DynamoDB::Table": "TableName",
    "AWS::Lambda::Function": "FunctionName", "AWS::IAM::InstanceProfile": "InstanceProfileName",
    "AWS::SSM::Parameter": "Name", "AWS::RDS::DBInstance": "DBInstanceIdentifier",
    "AWS::RDS::DBSubnetGroup": "DBSubnetGroupName", "AWS::KMS::Alias": "AliasName",
    "AWS::Logs::LogStream": "LogStreamName", "AWS::Kinesis::Stream": "Name",
    "AWS::KinesisFirehose::DeliveryStream": "DeliveryStreamName", "AWS::Events::EventBus": "Name",
}


class Unknown(Exception):
    """A value that only exists after deployment."""


class Resolver:
    def __init__(self, template):
        self.t = template
        self.params = {}
        for name, p in template.get("Parameters", {}).items():
            d = p.get("Default")
            if p.get("Type") in ("CommaDelimitedList", "List<Number>") or str(p.get("Type", "")).startswith("List<"):
                d = [x.strip() for x in str(d).split(",")] if d is not None else None
            self.params[name] = d
        self.conditions = {}

    def condition(self, name):
        if name not in self.conditions:
            self.conditions[name] = bool(self.value(self.t["Conditions"][name]))
        return self.conditions[name]

    def ref(self, name):
        if name in PSEUDO:
            return PSEUDO[name]
        resource = self.t.get("Resources", {}).get(name)
        if resource is not None:
            # Ref of these types returns a name the template sets itself.
            prop = REF_NAME_PROPERTY.get(resource.get("Type"))
            if prop and prop in resource.get("Properties", {}):
                return self.value(resource["Properties"][prop])
            raise Unknown(name)
        if name in self.params:
            if self.params[name] is None:
                raise Unknown(name)
            return self.params[name]
        raise Unknown(name)

    def value(self, v):
        if isinstance(v, list):
            return [x for x in (self.value(i) for i in v)]
        if not isinstance(v, dict):
            return v
        if len(v) == 1:
            (k, a), = v.items()
            if k == "Ref":
                return self.ref(a)
            if k == "Fn::GetAtt":
                resource, attribute = a if isinstance(a, list) else a.split(".", 1)
                # An attribute that echoes a property the template sets is known before deployment.
                properties = self.t["Resources"].get(resource, {}).get("Properties", {})
                if attribute in properties:
                    return self.value(properties[attribute])
                raise Unknown(str(a))
            if k == "Fn::Sub":
                text, variables = (a, {}) if isinstance(a, str) else (a[0], a[1])
                out, i = "", 0
                while i < len(text):
                    j = text.find("${", i)
                    if j < 0:
                        out += text[i:]; break
                    out += text[i:j]
                    if text.startswith("${!", j):
                        out += "${"; i = j + 3; continue
                    end = text.index("}", j)
                    name = text[j + 2:end]
                    if name in variables:
                        out += str(self.value(variables[name]))
                    elif "." in name:
                        out += str(self.value({"Fn::GetAtt": name.split(".", 1)}))
                    else:
                        out += str(self.ref(name))
                    i = end + 1
                return out
            if k == "Fn::Join":
                return a[0].join(str(x) for x in self.value(a[1]))
            if k == "Fn::Select":
                return self.value(a[1])[int(self.value(a[0]))]
            if k == "Fn::Split":
                return str(self.value(a[1])).split(a[0])
            if k == "Fn::If":
                return self.value(a[1] if self.condition(a[0]) else a[2])
            if k == "Fn::Equals":
                return str(self.value(a[0])) == str(self.value(a[1]))
            if k == "Fn::And":
                return all(self.value(x) for x in a)
            if k == "Fn::Or":
                return any(self.value(x) for x in a)
            if k == "Fn::Not":
                return not self.value(a[0])
            if k == "Condition":
                return self.condition(a)
            if k == "Fn::GetAZs":
                return AZS
            if k == "Fn::Base64":
                return base64.b64encode(str(self.value(a)).encode()).decode()
            if k == "Fn::FindInMap":
                m = self.t["Mappings"][a[0]]
                try:
                    return self.value(m[str(self.value(a[1]))][str(self.value(a[2]))])
                except KeyError:
                    if len(a) > 3:
                        return self.value(a[3]["DefaultValue"])
                    raise
            if k == "Fn::ToJsonString":
                return json.dumps(self.value(a), separators=(",", ":"))
            if k == "Fn::Length":
                return len(self.value(a))
            if k == "Fn::Cidr":
                import ipaddress
                net = ipaddress.ip_network(self.value(a[0]))
                bits = int(self.value(a[2]))
                prefix = net.max_prefixlen - bits
                return [str(s) for s in list(net.subnets(new_prefix=prefix))[: int(self.value(a[1]))]]
        return {k: self.lenient(x) for k, x in v.items()}

    def lenient(self, v):
        try:
            return self.value(v)
        except (Unknown, KeyError, IndexError, ValueError, TypeError):
            return "<unknown>"


def scalars(value, out):
    """Every scalar leaf, with JSON strings opened up."""
    if isinstance(value, dict):
        for k, v in value.items():
            scalars(v, out)
    elif isinstance(value, list):
        for v in value:
            scalars(v, out)
    elif value is not None:
        if isinstance(value, str) and value[:1] in "[{":
            try:
                scalars(json.loads(value), out)
                return
            except ValueError:
                pass
        out.append(value)


def norm(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(float(v))
    try:
        return repr(float(v)) if v.strip() and v.strip()[0] in "-0123456789" else v
    except (ValueError, AttributeError):
        return v


def main():
    args = sys.argv[1:]
    if not args or args[0] in ("-h", "--help"):
        print(__doc__); return 0 if args else 2
    folder = args[0]
    binary = args[args.index("--iac2cfn") + 1] if "--iac2cfn" in args else os.path.join(
        os.path.dirname(__file__), "..", "target", "debug", "iac2cfn")
    extra = ["--inline-variables"] if "--inline-variables" in args else []
    # tf-plan-values copies the folder three levels above DIR (so that ../ module sources resolve):
    # for a shallow DIR that is /tmp or / itself, which fills the disk.
    top = os.path.abspath(folder)
    for _ in range(3):
        top = os.path.dirname(top)
    if top in ("/", "/tmp", os.path.expanduser("~")) or top.count(os.sep) < 2:
        print(f"plan_agreement: {folder} is too shallow: tf-plan-values would copy {top}; "
              "put the case at least four folders below /tmp (e.g. /tmp/NAME/a/b/case)", file=sys.stderr)
        return 2
    plan = json.loads(subprocess.run([os.path.expanduser("/work/shared/tools/tf-plan-values"), folder],
                                     capture_output=True, text=True, check=True).stdout)
    with tempfile.TemporaryDirectory() as tmp:
        out, amap = os.path.join(tmp, "t.json"), os.path.join(tmp, "a.json")
        r = subprocess.run([binary, "convert", folder, "-o", out, "--address-map", amap, *extra],
                           capture_output=True, text=True)
        if r.returncode != 0:
            print(r.stderr); return 1
        template, addresses = json.load(open(out)), json.load(open(amap))
    resolver = Resolver(template)
    total = missing_total = 0
    for address, planned in sorted(plan.items()):
        ids = addresses.get(address)
        if ids is None:
            print(f"MISSING  {address}: not in the address map"); missing_total += 1; continue
        ids = [ids] if isinstance(ids, str) else ids
        have = []
        for i in ids:
            scalars(resolver.lenient(template["Resources"].get(i, {}).get("Properties", {})), have)
        have_set = {norm(v) for v in have}
        have_text = " ".join(str(v) for v in have)
        want = []
        values = dict(planned.get("values", {}))
        # Arguments that select the CloudFormation type rather than set a property.
        for key in SELECTORS.get(planned.get("type"), ()):
            values.pop(key, None)
        props_of = [resolver.lenient(template["Resources"].get(i, {}).get("Properties", {})) for i in ids]
        for key, value, holds in EQUIVALENTS.get(planned.get("type"), ()):
            if key in values and values[key] == value and type(values[key]) is type(value) \
                    and any(holds(props) for props in props_of):
                values.pop(key)
        scalars(values, want)
        # `false` is what an unset flag means on both sides, so CloudFormation may leave it out.
        # Likewise an empty string.
        want = [w for w in want if w is not False and w != ""]
        missing = [w for w in want if norm(w) not in have_set and not (isinstance(w, str) and len(w) > 3 and w in have_text)]
        total += len(want)
        missing_total += len(missing)
        status = "ok      " if not missing else "DIFFERS "
        print(f"{status} {address} -> {', '.join(ids)}: {len(want) - len(missing)}/{len(want)} values")
        if missing:
            for m in missing[:10]:
                print(f"           missing {m!r}")
    print(f"plan agreement: {total - missing_total}/{total} planned values found, {len(plan)} resources")
    return 1 if missing_total else 0


if __name__ == "__main__":
    sys.exit(main())

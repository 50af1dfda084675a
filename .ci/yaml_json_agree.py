"""Checks that every expected.yaml means the same as its expected.json to a YAML 1.1 reader.

CloudFormation and cfn-lint read YAML 1.1, where `yes`, `0777` or `2001-12-14` are not strings. The
YAML writer quotes such strings; this check holds it to that by reading both files with cfn-lint's own
decoders (which turn short-form tags such as `!Ref` into their long forms) and comparing the results.
"""

import json
import pathlib
import sys

from cfnlint.decode import cfn_json, cfn_yaml


def plain(value):
    """Strips cfn-lint's node classes down to built-in types, so equality compares content only."""
    if isinstance(value, dict):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [plain(item) for item in value]
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, (int, float)):
        return float(value)
    return str(value)


def main(root):
    failures = 0
    checked = 0
    for yaml_path in sorted(pathlib.Path(root).rglob("expected.yaml")):
        json_path = yaml_path.with_name("expected.json")
        if not json_path.exists():
            print(f"{yaml_path}: no expected.json beside it")
            failures += 1
            continue
        from_yaml = plain(cfn_yaml.loads(yaml_path.read_text(encoding="utf-8"), str(yaml_path)))
        from_json = plain(json.loads(json_path.read_text(encoding="utf-8")))
        checked += 1
        if from_yaml != from_json:
            failures += 1
            print(f"{yaml_path}: reads differently from {json_path.name} under YAML 1.1")
            print(json.dumps(from_yaml, indent=1, sort_keys=True)[:2000])
    print(f"yaml/json agreement: {checked} checked, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "testdata"))

#!/usr/bin/env python3
"""Measures iac2cfn against a corpus of public Terraform repositories, the way a new user would meet them.

Usage:
  tools/corpus_report.py [REPO ...] [--corpus DIR ...] [--out report.json] [--tsv report.tsv]
                         [--bin PATH] [--cfn-lint PATH] [--jobs N] [--keep-templates DIR]
                         [--only SUBSTRING ...] [--plan [--plan-all] [--plan-relax-versions]]

Each REPO is a checked-out repository (a plain folder; nothing is built, vendored or downloaded), and
each `--corpus DIR` adds every sub-folder of DIR as a repository. The script never writes inside them.

1. Root configurations. In each repository, a folder holding *.tf (or *.tf.json) files is a root when it
   is the repository's top folder, a direct child of examples/ or of modules/, or any other folder that no
   folder of the repository calls as a local module (so a folder that is only a child of another root is
   not counted, e.g. examples/fixtures/x called by an example). Folders under wrappers/ are skipped: they
   are generated for_each façades over the module, not configurations a user would convert. Hidden
   folders and .terraform/ are skipped too. Roots are labelled repo-root, example, module, test (a
   path part named test or tests) or other.

2. Scope. A root is IN SCOPE when, after following its local module calls recursively, every resource,
   data source, ephemeral resource and provider block uses the aws or awscc provider, and every module
   source is a local path (./ or ../) that stays inside the repository. Anything else puts the root out of
   scope with a reason: another provider (random, null, tls, archive, time, local, external, http,
   docker, test, ...), the built-in `terraform` provider (terraform_data, terraform_remote_state), a
   registry/git/URL module source, or a local module path that leaves the repository or does not exist.
   required_providers entries are recorded but do not decide scope on their own (a declared but unused
   provider changes nothing in the conversion).

3. Conversion: `BIN convert ROOT -o T.yaml --message-format json` for every root, and for every folder a
   root calls as a local module (so the errors hidden behind `tf::module-not-supported` are seen too).
   A root converts when the exit code is 0 and no diagnostic has severity "error".

4. cfn-lint runs on each template produced; a template is lint-clean when cfn-lint reports no error
   (E-rule; warnings and informational findings are counted but allowed).

5. Projection (an estimate for module inlining, until the converter inlines modules itself): leaving out
   tf::module-not-supported, the root's own errors and cfn-lint errors, plus those of every local module
   it reaches, each module converted on its own twice: with its variables as parameters (as it is
   converted when it is a root) and with --inline-variables (their defaults as constants). A module
   error that only appears with parameters depends on the values its caller passes ("var-dep"): it
   blocks when the caller passes its own parameters through and may vanish when it passes literals. The
   summary gives the share of in-scope roots with no blocker at all (pessimistic) and with no blocker
   that is not var-dep (optimistic), and the work list of blockers with the roots each one stops.

6. With --plan (slow; needs terraform and the local AWS provider, see tf-plan-values --help), each
   in-scope root that converted cleanly (every in-scope root with --plan-all) is compared with what
   Terraform plans: the repository is copied to /tmp/corpus-plan-*/a/b/REPO (tf-plan-values copies up to
   three parent folders so that ../ module sources resolve), `tf-plan-values` is run once to see whether
   Terraform can plan the root offline at all (the reason is recorded when it cannot), and when it can,
   tools/plan_agreement.py checks that every planned value appears in the template (roots that did not
   convert are only planned, to count how many Terraform can plan offline). With
   --plan-relax-versions the aws/awscc version constraints in the copy are dropped first, for corpora
   that require a newer provider than the local one. A root that Terraform refuses as an invalid
   configuration (a name declared twice, a reference to something undeclared, an attribute a known
   object does not have, or a resource type that neither the local provider nor the converter's table
   of the current provider has) is counted apart: the summary then also gives the goal's percentage
   over the in-scope roots Terraform accepts.

Output: a summary on standard output (totals, the percentage of in-scope roots that both convert and
lint clean, the error diagnostic codes that block the most roots with one example each, the most common
blocking subjects such as resource types, data sources and functions, the projected work list, the
missing catalog pieces over all roots, cfn-lint's errors, the out-of-scope reasons, a per-repository
table and the plan comparison), and with --out a JSON file of per-root details (--tsv: one row per root).

Exit status: 0 when the report was produced (whatever the figures), 2 on a usage error.

Example:
  cargo build --release -p iac2cfn
  tools/corpus_report.py --corpus /work/corpus --out /tmp/corpus.json --tsv /tmp/corpus.tsv
"""
import argparse
import collections
import concurrent.futures
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_BIN = os.path.normpath(os.path.join(HERE, "..", "target", "release", "iac2cfn"))
DEFAULT_CFN_LINT = "/work/venv/bin/cfn-lint"
DEFAULT_TF_PLAN_VALUES = "/work/shared/tools/tf-plan-values"
DEFAULT_PLAN_AGREEMENT = os.path.join(HERE, "plan_agreement.py")

IN_SCOPE_PROVIDERS = {"aws", "awscc"}
SKIP_DIRS = {".git", ".terraform", "node_modules", "__pycache__"}
MODULE_CODE = "tf::module-not-supported"
PARAMS, INLINED = "parameters", "inlined"
CONVERT_TIMEOUT = 300
LINT_BATCH = 25


# ---------------------------------------------------------------------------------------------------
# A small HCL reader: enough structure to find blocks, their labels and simple attributes.
# ---------------------------------------------------------------------------------------------------

class Tok:
    __slots__ = ("kind", "value", "line")

    def __init__(self, kind, value, line):
        self.kind, self.value, self.line = kind, value, line

    def __repr__(self):
        return f"{self.kind}:{self.value!r}@{self.line}"


IDENT_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_\-]*")
NUMBER_RE = re.compile(r"[0-9][0-9.eE+\-]*")
TWO_CHAR_OPS = ("==", "=>", "!=", "<=", ">=", "&&", "||")
HEREDOC_RE = re.compile(r"<<(-?)([A-Za-z_][A-Za-z0-9_]*)[ \t]*\n")


def _skip_template(text, i, line):
    """From just after `${` or `%{`, returns the index after the matching `}` and the line there."""
    depth = 1
    n = len(text)
    while i < n and depth:
        c = text[i]
        if c == "\n":
            line += 1
        elif c == '"':
            _, i, line = _read_string(text, i, line)
            continue
        elif c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
        i += 1
    return i, line


def _read_string(text, i, line):
    """From the opening quote, returns (value or None when interpolated, index after the quote, line)."""
    i += 1
    out = []
    plain = True
    n = len(text)
    while i < n:
        c = text[i]
        if c == "\\" and i + 1 < n:
            out.append(text[i:i + 2])
            i += 2
            continue
        if c == '"':
            return ("".join(out) if plain else None), i + 1, line
        if text.startswith(("$${", "%%{"), i):  # escaped: a literal ${ or %{
            out.append(text[i + 1:i + 3])
            i += 3
            continue
        if c in "$%" and text.startswith("{", i + 1):
            plain = False
            i, line = _skip_template(text, i + 2, line)
            continue
        if c == "\n":
            line += 1
        out.append(c)
        i += 1
    return ("".join(out) if plain else None), i, line


def tokenize(text):
    toks = []
    i, line, n = 0, 1, len(text)
    while i < n:
        c = text[i]
        if c == "\n":
            toks.append(Tok("nl", "\n", line))
            line += 1
            i += 1
        elif c in " \t\r":
            i += 1
        elif c == "#" or text.startswith("//", i):
            j = text.find("\n", i)
            i = n if j < 0 else j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            line += text.count("\n", i, j)
            i = j
        elif c == '"':
            start_line = line
            value, i, line = _read_string(text, i, line)
            toks.append(Tok("str", value, start_line))
        elif text.startswith("<<", i) and HEREDOC_RE.match(text, i):
            m = HEREDOC_RE.match(text, i)
            marker = m.group(2)
            start_line = line
            j = m.end()
            line += 1
            end_re = re.compile(r"^[ \t]*" + re.escape(marker) + r"[ \t]*$", re.M)
            e = end_re.search(text, j)
            stop = n if e is None else e.end()
            line += text.count("\n", j, stop)
            toks.append(Tok("str", None, start_line))
            i = stop
        elif c.isalpha() or c == "_":
            m = IDENT_RE.match(text, i)
            toks.append(Tok("id", m.group(0), line))
            i = m.end()
        elif c.isdigit():
            m = NUMBER_RE.match(text, i)
            toks.append(Tok("num", m.group(0), line))
            i = m.end()
        elif text.startswith(TWO_CHAR_OPS, i):
            toks.append(Tok("op", text[i:i + 2], line))
            i += 2
        elif c in "{}[]()=,":
            toks.append(Tok(c, c, line))
            i += 1
        else:  # other operators and punctuation: . ? : + - * / % < > ! ...
            toks.append(Tok("op", c, line))
            i += 1
    return toks


class Block:
    __slots__ = ("type", "labels", "line", "attrs", "blocks")

    def __init__(self, type_, labels, line):
        self.type, self.labels, self.line = type_, labels, line
        self.attrs = {}  # name -> (tokens, line)
        self.blocks = []


def _parse_body(toks, i, parent):
    """Parses statements into `parent` until a closing brace (returns the index after it) or the end."""
    n = len(toks)
    while i < n:
        t = toks[i]
        if t.kind == "nl" or t.kind == ",":
            i += 1
            continue
        if t.kind == "}":
            return i + 1
        if t.kind == "id":
            # attribute?
            if i + 1 < n and toks[i + 1].kind == "=":
                j, depth, value = i + 2, 0, []
                while j < n:
                    k = toks[j].kind
                    if k in "{[(":
                        depth += 1
                    elif k in "}])":
                        if depth == 0:
                            break
                        depth -= 1
                    elif k == "nl" and depth == 0:
                        break
                    value.append(toks[j])
                    j += 1
                parent.attrs[t.value] = (value, t.line)
                i = j
                continue
            # block header: IDENT (STR|IDENT)* {
            j, labels = i + 1, []
            while j < n and toks[j].kind in ("str", "id"):
                labels.append(toks[j].value if toks[j].value is not None else "")
                j += 1
            if j < n and toks[j].kind == "{":
                b = Block(t.value, labels, t.line)
                parent.blocks.append(b)
                i = _parse_body(toks, j + 1, b)
                continue
        # anything else: skip the line (robustness over strictness)
        depth = 0
        while i < n:
            k = toks[i].kind
            if k in "{[(":
                depth += 1
            elif k in "}])":
                if depth == 0:
                    break
                depth -= 1
            elif k == "nl" and depth == 0:
                break
            i += 1
    return i


def parse_hcl(text):
    top = Block("<file>", [], 0)
    toks = tokenize(text)
    i = 0
    while i < len(toks):
        i = _parse_body(toks, i, top)
        if i < len(toks) and toks[i].kind == "}":
            i += 1  # stray brace
    return top


def _literal(tokens):
    """The string value of an attribute that is a single literal string, else None."""
    if len(tokens) == 1 and tokens[0].kind == "str":
        return tokens[0].value
    return None


def _object_fields(tokens):
    """`{ source = "hashicorp/aws", version = ">= 5" }` -> {"source": ..., "version": ...} (literals only)."""
    out = {}
    for a, b, c in zip(tokens, tokens[1:], tokens[2:]):
        if a.kind == "id" and b.kind == "=" and c.kind == "str" and c.value is not None:
            out.setdefault(a.value, c.value)
    return out


# ---------------------------------------------------------------------------------------------------
# Folder facts: what a folder declares, and what its local module calls reach.
# ---------------------------------------------------------------------------------------------------

class Folder:
    """What one Terraform folder declares (not following module calls)."""

    def __init__(self, path):
        self.path = path
        self.resources = []  # (mode, type, name, provider local name, file, line)
        self.provider_blocks = []  # (name, file, line)
        self.required_providers = {}  # local name -> source
        self.module_calls = []  # dicts: name, source, file, line
        self.parse_errors = []
        self._read()

    def _read(self):
        for f in sorted(os.listdir(self.path)):
            p = os.path.join(self.path, f)
            if not os.path.isfile(p):
                continue
            try:
                if f.endswith(".tf"):
                    self._read_hcl(p)
                elif f.endswith(".tf.json"):
                    self._read_json(p)
            except Exception as e:  # a reader bug must not stop the report
                self.parse_errors.append(f"{f}: {e}")

    def _read_hcl(self, p):
        with open(p, encoding="utf-8", errors="replace") as fh:
            top = parse_hcl(fh.read())
        for b in top.blocks:
            if b.type in ("resource", "data", "ephemeral") and len(b.labels) >= 1:
                provider = None
                if "provider" in b.attrs:
                    toks = b.attrs["provider"][0]
                    if toks and toks[0].kind == "id":
                        provider = toks[0].value
                self.resources.append((b.type, b.labels[0], b.labels[1] if len(b.labels) > 1 else "",
                                       provider, p, b.line))
            elif b.type == "provider" and b.labels:
                self.provider_blocks.append((b.labels[0], p, b.line))
            elif b.type == "module" and b.labels:
                src = b.attrs.get("source")
                source = _literal(src[0]) if src else None
                self.module_calls.append({"name": b.labels[0], "source": source, "file": p, "line": b.line})
            elif b.type == "terraform":
                for rp in b.blocks:
                    if rp.type != "required_providers":
                        continue
                    for name, (toks, _) in rp.attrs.items():
                        fields = _object_fields(toks)
                        self.required_providers[name] = fields.get("source", name)
            elif b.type == "check":
                for inner in b.blocks:
                    if inner.type == "data" and inner.labels:
                        self.resources.append(("data", inner.labels[0], inner.labels[-1], None, p, inner.line))

    def _read_json(self, p):
        with open(p, encoding="utf-8") as fh:
            doc = json.load(fh)
        for mode in ("resource", "data", "ephemeral"):
            for type_, named in (doc.get(mode) or {}).items():
                for name, body in (named or {}).items():
                    body = body[0] if isinstance(body, list) and body else body
                    prov = body.get("provider") if isinstance(body, dict) else None
                    prov = prov.split(".")[0] if isinstance(prov, str) else None
                    self.resources.append((mode, type_, name, prov, p, 0))
        for name in (doc.get("provider") or {}):
            self.provider_blocks.append((name, p, 0))
        for name, body in (doc.get("module") or {}).items():
            body = body[0] if isinstance(body, list) and body else body
            self.module_calls.append({"name": name, "source": (body or {}).get("source"), "file": p, "line": 0})
        tf = doc.get("terraform") or {}
        for block in (tf if isinstance(tf, list) else [tf]):
            for rp in (block.get("required_providers") or []) if isinstance(block.get("required_providers"), list) \
                    else [block.get("required_providers") or {}]:
                for name, v in rp.items():
                    self.required_providers[name] = v.get("source", name) if isinstance(v, dict) else name


def provider_of_type(type_):
    """Terraform's implied provider: the part of the type before the first underscore."""
    return type_.split("_", 1)[0]


def provider_name(local, required):
    """The provider type behind a local name, through required_providers when it renames one."""
    src = required.get(local)
    if src:
        return src.rstrip("/").split("/")[-1].lower()
    return local


def classify_source(source):
    if source is None:
        return "unknown"
    if source.startswith("./") or source.startswith("../") or source in (".", ".."):
        return "local"
    if source.startswith(("git::", "git@")) or "github.com" in source or "bitbucket.org" in source:
        return "git"
    if re.match(r"^(https?|s3|gcs|hg)::", source) or source.startswith(("http://", "https://", "s3::")):
        return "url"
    if re.match(r"^([A-Za-z0-9.\-]+/)?[A-Za-z0-9_\-]+/[A-Za-z0-9_\-]+/[A-Za-z0-9_\-]+(//.*)?$", source):
        return "registry"
    return "other"


def has_tf(path):
    try:
        return any(f.endswith((".tf", ".tf.json")) and os.path.isfile(os.path.join(path, f))
                   for f in os.listdir(path))
    except OSError:
        return False


class Repo:
    def __init__(self, path, base):
        self.path = os.path.abspath(path)
        self.name = os.path.basename(self.path.rstrip("/"))
        self.base = base
        self.folders = {}

    def folder(self, path):
        path = os.path.normpath(path)
        if path not in self.folders:
            self.folders[path] = Folder(path)
        return self.folders[path]

    def tf_dirs(self):
        out = []
        for dirpath, dirnames, _ in os.walk(self.path):
            dirnames[:] = sorted(d for d in dirnames if d not in SKIP_DIRS and not d.startswith("."))
            rel = os.path.relpath(dirpath, self.path)
            if rel.split(os.sep)[0] == "wrappers":
                dirnames[:] = []
                continue
            if has_tf(dirpath):
                out.append(dirpath)
        return out

    def roots(self):
        dirs = self.tf_dirs()
        called = set()
        for d in dirs:
            for call in self.folder(d).module_calls:
                if classify_source(call["source"]) == "local":
                    called.add(os.path.normpath(os.path.join(d, call["source"])))
        roots = []
        for d in dirs:
            rel = os.path.relpath(d, self.path)
            parts = [] if rel == "." else rel.split(os.sep)
            if not parts:
                kind = "repo-root"
            elif len(parts) == 2 and parts[0] == "examples":
                kind = "example"
            elif len(parts) == 2 and parts[0] == "modules":
                kind = "module"
            elif d in called:
                continue  # only a child of another root
            elif "test" in parts or "tests" in parts:
                kind = "test"
            elif "examples" in parts:
                kind = "example"
            else:
                kind = "other"
            roots.append((d, kind))
        return roots

    def closure(self, path, seen=None):
        """The Folder of `path`, then those of every local module it reaches inside the repository."""
        seen = set() if seen is None else seen
        path = os.path.normpath(path)
        if path in seen:
            return
        seen.add(path)
        yield self.folder(path)
        for call in self.folder(path).module_calls:
            if classify_source(call["source"]) != "local":
                continue
            target = os.path.normpath(os.path.join(path, call["source"]))
            if not (target == self.path or target.startswith(self.path + os.sep)) or not os.path.isdir(target):
                continue
            yield from self.closure(target, seen)

    def rel(self, path):
        return os.path.relpath(path, self.base)


def scope_of(repo, root):
    """(in scope?, reasons, providers used, required providers, local modules reached, module calls)."""
    reasons, providers, required, modules, calls = [], set(), {}, [], []

    def where(file, line):
        return f"{repo.rel(file)}:{line}" if line else repo.rel(file)

    for folder in repo.closure(root):
        if folder.path != os.path.normpath(root):
            modules.append(folder.path)
        for k, v in folder.required_providers.items():
            required.setdefault(k, v)
        for mode, type_, name, prov_local, file, line in folder.resources:
            prov = provider_name(prov_local or provider_of_type(type_), folder.required_providers)
            providers.add(prov)
            if prov not in IN_SCOPE_PROVIDERS:
                kind = "builtin terraform provider" if prov == "terraform" else f"provider {prov}"
                label = {"resource": "", "data": "data.", "ephemeral": "ephemeral."}[mode]
                reasons.append((kind, f"{label}{type_}.{name}", where(file, line)))
        for name, file, line in folder.provider_blocks:
            prov = provider_name(name, folder.required_providers)
            providers.add(prov)
            if prov not in IN_SCOPE_PROVIDERS:
                reasons.append((f"provider {prov}", f'provider "{name}"', where(file, line)))
        for call in folder.module_calls:
            cls = classify_source(call["source"])
            calls.append({"in": repo.rel(folder.path), "name": call["name"], "source": call["source"], "kind": cls})
            if cls == "local":
                target = os.path.normpath(os.path.join(folder.path, call["source"]))
                if not (target == repo.path or target.startswith(repo.path + os.sep)):
                    reasons.append(("local module outside the repository", f"module.{call['name']} ({call['source']})",
                                    where(call["file"], call["line"])))
                elif not os.path.isdir(target) or not has_tf(target):
                    reasons.append(("local module missing", f"module.{call['name']} ({call['source']})",
                                    where(call["file"], call["line"])))
            else:
                reasons.append((f"{cls} module source", f"module.{call['name']} ({call['source']})",
                                where(call["file"], call["line"])))
        for err in folder.parse_errors:
            reasons.append(("unreadable file", err, repo.rel(folder.path)))
    return (not reasons), reasons, sorted(providers), required, modules, calls


# ---------------------------------------------------------------------------------------------------
# Running the converter, cfn-lint and the plan comparison.
# ---------------------------------------------------------------------------------------------------

BACKTICK = re.compile(r"`([^`]+)`")


BLOCK_AT = re.compile(r'^\s*(resource|data|ephemeral|module|output|variable)\s+"([^"]+)"')
_lines_cache = {}


def source_line(file, line):
    if not file or not line:
        return ""
    if file not in _lines_cache:
        try:
            with open(file, encoding="utf-8", errors="replace") as fh:
                _lines_cache[file] = fh.read().split("\n")
        except OSError:
            _lines_cache[file] = []
    lines = _lines_cache[file]
    return lines[line - 1] if 0 < line <= len(lines) else ""


BLOCK_PREFIX = {"resource": "", "data": "data.", "ephemeral": "ephemeral."}


def enclosing_block(file, line):
    """The `resource "TYPE"` / `data "TYPE"` block around FILE:LINE, as TYPE or data.TYPE, else ""."""
    for n in range(line, 0, -1):
        text = source_line(file, n)
        m = BLOCK_AT.match(text)
        if m and not text.startswith((" ", "\t")):
            prefix = BLOCK_PREFIX.get(m.group(1))
            return "" if prefix is None else prefix + m.group(2)
        if text.startswith("}") and n != line:
            return ""  # between top-level blocks
    return ""


ADDRESS = re.compile(r"^((?:data\.)?[a-z0-9]+_[a-z0-9_]+)\.[A-Za-z0-9_-]+(\[\*\])?$")


def subject(diag):
    """A short key for what a diagnostic is about, so that one missing piece is one row: the back-quoted
    names in its message (resource addresses reduced to their type), with the enclosing resource or data
    source type where the message does not say it (`count` on data sources), else the message itself with
    numbers and quoted values blurred."""
    msg = diag.get("message", "") or ""
    code = diag.get("code", "")
    names = [re.sub(r"\[[^\]]*\]", "[*]", n) for n in BACKTICK.findall(msg)]  # aws_x.y[0] -> aws_x.y[*]
    if code == "tf::resource-region":
        return "resource `region` only known at deployment"
    if "is a whole resource object" in msg:
        return "a whole resource object used as a value"
    names = [re.sub(r"^data\.([a-z0-9_]+)\.[A-Za-z0-9_-]+(\[\*\])?\.", r"data.\1.*.", n) for n in names]
    if code in ("tf::conditional-reference", "tf::resource-region", "tf::loop-resource-reference"):
        names = [ADDRESS.sub(r"\1", n) for n in names[:1]]
    if code in ("tf::not-supported", "tf::unknown-argument", "tf::type-mismatch", "tf::function-failed",
                "tf::function-arguments", "tf::value-not-known", "tf::invalid-index", "tf::null-value"):
        block = enclosing_block(diag.get("file"), diag.get("line") or 0)
        if block and block not in names and block.split(".")[-1] not in names:
            if code in ("tf::not-supported", "tf::unknown-argument"):
                names.append("in " + block)
    else:
        m = BLOCK_AT.match(source_line(diag.get("file"), diag.get("line") or 0))
        if m and m.group(1) in ("resource", "data", "ephemeral"):
            block = ("data." if m.group(1) == "data" else "") + m.group(2)
            if m.group(2) not in names and block not in names:
                names.append(block)
    if names:
        return " ".join(names[:3])
    msg = re.sub(r"\(([A-Za-z:]+) [^()]*\)\s*$", r"(\1 …)", msg)  # (Fn::If SomeCondition) -> (Fn::If …)
    return re.sub(r"\d+", "N", re.sub(r'"[^"]*"', '"…"', msg))[:90]


def convert(binary, folder, out_path, inline_variables=False):
    started = time.time()
    extra = ["--inline-variables"] if inline_variables else []
    try:
        r = subprocess.run([binary, "convert", folder, "-o", out_path, "--message-format", "json", "--color", "never",
                            *extra], capture_output=True, text=True, timeout=CONVERT_TIMEOUT, cwd=tempfile.gettempdir())
        rc, stderr = r.returncode, r.stderr
    except subprocess.TimeoutExpired:
        rc, stderr = "timeout", ""
    diags, other = [], []
    for line in stderr.splitlines():
        line = line.strip()
        if not line:
            continue
        try:
            d = json.loads(line)
            if isinstance(d, dict) and "code" in d:
                diags.append(d)
                continue
        except ValueError:
            pass
        other.append(line)
    errors = [d for d in diags if d.get("severity") == "error"]
    ok = rc == 0 and not errors
    if rc not in (0, 1) and not errors:
        # a crash, a timeout or a usage error: report it as a pseudo-diagnostic so that it is counted
        code = "harness::timeout" if rc == "timeout" else ("harness::panic" if "panicked" in stderr
                                                             else f"harness::exit-{rc}")
        errors.append({"severity": "error", "code": code, "message": (other[-1] if other else "")[:300],
                       "file": folder, "line": 0})
    return {
        "exit": rc, "ok": ok, "seconds": round(time.time() - started, 2),
        "template": out_path if ok and os.path.exists(out_path) else None,
        "diagnostics": [{k: d.get(k) for k in ("severity", "code", "message", "file", "line", "help")}
                        for d in diags] + [e for e in errors if e["code"].startswith("harness::")],
        "stderr_other": other[-5:],
    }


def lint(cfn_lint, templates, jobs):
    """cfn-lint over many templates, in batches: path -> {"errors": n, "warnings": n, "info": n, "rules": {}}."""
    results = {t: {"errors": 0, "warnings": 0, "info": 0, "rules": {}, "examples": []} for t in templates}
    batches = [templates[i:i + LINT_BATCH] for i in range(0, len(templates), LINT_BATCH)]

    def run(batch):
        r = subprocess.run([cfn_lint, "--format", "json", "--", *batch], capture_output=True, text=True)
        try:
            return batch, json.loads(r.stdout or "[]"), r.stderr
        except ValueError:
            return batch, None, (r.stdout + r.stderr)[-500:]

    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as ex:
        for batch, matches, err in ex.map(run, batches):
            if matches is None:
                for t in batch:
                    results[t]["errors"] += 1
                    results[t]["rules"]["harness::cfn-lint-failed"] = 1
                    results[t]["examples"].append({"rule": "harness::cfn-lint-failed", "message": err})
                continue
            for m in matches:
                t = os.path.abspath(m.get("Filename", ""))
                res = results.get(t) or results.get(m.get("Filename", ""))
                if res is None:
                    continue
                level = m.get("Level")
                rule = m.get("Rule", {}).get("Id", "?")
                key = {"Error": "errors", "Warning": "warnings"}.get(level, "info")
                res[key] += 1
                res["rules"][rule] = res["rules"].get(rule, 0) + 1
                if level == "Error" and len(res["examples"]) < 5:
                    res["examples"].append({"rule": rule, "message": m.get("Message", "")[:300],
                                            "path": "/".join(str(p) for p in m.get("Location", {}).get("Path", []))})
    return results


VERSION_RE = re.compile(r'(\b(?:aws|awscc)\s*=\s*\{[^{}]*?)\bversion\s*=\s*"[^"]*"', re.S)


ANSI = re.compile(r"\x1b\[[0-9;]*m")


def plan_one(args, repo, root, converted):
    """Copies the repository to /tmp/corpus-plan-*/a/b/REPO, asks Terraform for its plan there and, when the
    root converted, compares plan and template."""
    work = tempfile.mkdtemp(prefix="corpus-plan-", dir="/tmp")
    scratch = None
    try:
        dst_repo = os.path.join(work, "a", "b", repo.name)
        shutil.copytree(repo.path, dst_repo, ignore=shutil.ignore_patterns(".git", ".terraform", "*.tfstate"))
        if args.plan_relax_versions:
            for dirpath, _, files in os.walk(dst_repo):
                for f in files:
                    if f.endswith(".tf"):
                        p = os.path.join(dirpath, f)
                        src = open(p, encoding="utf-8", errors="replace").read()
                        new = VERSION_RE.sub(r"\1", src)
                        if new != src:
                            open(p, "w", encoding="utf-8").write(new)
        dst = os.path.join(dst_repo, os.path.relpath(root, repo.path))
        # tf-plan-values keeps its scratch folder when Terraform fails, so it gets a folder of its own,
        # removed below. Not inside `work`: tf-plan-values copies up to three folders above the root,
        # which for a repository's top folder is `work` itself, and would copy its scratch into itself.
        scratch = tempfile.mkdtemp(prefix="corpus-plan-scratch-", dir="/tmp")
        env = dict(os.environ, TMPDIR=scratch)
        r = subprocess.run([args.tf_plan_values, dst], capture_output=True, text=True, timeout=args.plan_timeout,
                           env=env)
        if r.returncode != 0:
            stderr = ANSI.sub("", r.stderr)
            return {"planned": False, "reason": plan_failure_reason(stderr), "detail": stderr[-1500:]}
        plan = json.loads(r.stdout or "{}")
        if not converted:
            return {"planned": True, "resources": len(plan), "agrees": None,
                    "summary": "not compared: the conversion failed"}
        r = subprocess.run([sys.executable, args.plan_agreement, dst, "--iac2cfn", args.bin],
                           capture_output=True, text=True, timeout=args.plan_timeout, env=env)
        summary = next((l for l in r.stdout.splitlines() if l.startswith("plan agreement:")), "")
        differs = [l.strip() for l in r.stdout.splitlines() if l.startswith(("DIFFERS", "MISSING", "           missing"))]
        m = re.search(r"(\d+)/(\d+) planned values found, (\d+) resources", summary)
        return {"planned": True, "resources": len(plan), "agrees": r.returncode == 0 and bool(m),
                "found": int(m.group(1)) if m else None, "wanted": int(m.group(2)) if m else None,
                "summary": summary or (r.stdout + r.stderr)[-500:], "differences": differs[:40]}
    except subprocess.TimeoutExpired:
        return {"planned": False, "reason": "timeout", "detail": ""}
    finally:
        shutil.rmtree(work, ignore_errors=True)
        if scratch:
            shutil.rmtree(scratch, ignore_errors=True)


def plan_failure_reason(stderr):
    checks = [
        # Terraform rejects the configuration itself, whatever the provider version or inputs.
        (r"Duplicate \w+( \w+)? definition", "invalid Terraform: a name declared twice"),
        (r"Reference to undeclared (input variable|local value|resource|module)",
         "invalid Terraform: a reference to something undeclared"),
        (r"does not have an attribute named", "invalid Terraform: an attribute the object does not have"),
        (r"no available releases match|doesn't match any of the|locked provider|Failed to query available provider",
         "provider version not available offline"),
        (r"Failed to install provider|Could not retrieve the list of available versions|provider registry",
         "another provider would be downloaded"),
        (r"Module not installed|Failed to download module|module registry|could not download module|Module source has changed",
         "remote module would be downloaded"),
        (r"No value for required variable", "required variable without a value"),
        (r"Missing required argument|Missing Configuration for Required Attribute",
         "a required argument is null (the configuration needs input values)"),
        (r"Unsupported argument|Unsupported block type|Invalid resource type|Invalid data source",
         "configuration invalid for the local provider version"),
        (r"Invalid for_each argument|Invalid count argument", "for_each/count unknown at plan time"),
        (r"needs terraform on PATH", "terraform or the AWS provider is not installed"),
    ]
    for pattern, reason in checks:
        if re.search(pattern, stderr):
            return reason
    m = re.search(r"Error: ([^\n│]+)", stderr)
    return "terraform: " + (m.group(1).strip() if m else (stderr.strip().splitlines() or ["failed"])[-1][:120])


# ---------------------------------------------------------------------------------------------------
# The report.
# ---------------------------------------------------------------------------------------------------

def pct(a, b):
    return f"{100.0 * a / b:.1f}%" if b else "n/a"


def table(rows, headers):
    widths = [max(len(str(x)) for x in col) for col in zip(headers, *rows)] if rows else [len(h) for h in headers]
    line = "  ".join("{:<%d}" % w for w in widths)
    out = [line.format(*headers), line.format(*("-" * w for w in widths))]
    out += [line.format(*(str(x) for x in r)) for r in rows]
    return "\n".join(out)


def short(text, n=110):
    text = " ".join(str(text).split())
    return text if len(text) <= n else text[: n - 1] + "…"


def main(argv=None):
    ap = argparse.ArgumentParser(
        prog="corpus_report.py", description=__doc__.split("\n\n")[0],
        epilog=__doc__.split("\n\n", 1)[1], formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("repos", nargs="*", metavar="REPO", help="a checked-out repository folder")
    ap.add_argument("--corpus", action="append", default=[], metavar="DIR",
                    help="a folder whose every sub-folder is a repository (repeatable)")
    ap.add_argument("--out", metavar="FILE", help="write per-root details as JSON (or TSV when FILE ends in .tsv)")
    ap.add_argument("--tsv", metavar="FILE", help="also write one TSV row per root")
    ap.add_argument("--bin", default=DEFAULT_BIN, help="the iac2cfn binary [default: %(default)s]")
    ap.add_argument("--cfn-lint", dest="cfn_lint", default=DEFAULT_CFN_LINT,
                    help="the cfn-lint executable [default: %(default)s, else cfn-lint on PATH]")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2, help="parallel conversions [default: %(default)s]")
    ap.add_argument("--keep-templates", metavar="DIR", help="write the templates to DIR and keep them")
    ap.add_argument("--only", action="append", default=[], metavar="SUBSTRING",
                    help="only roots whose path contains SUBSTRING (repeatable)")
    ap.add_argument("--top", type=int, default=25, help="rows in the blocker tables [default: %(default)s]")
    ap.add_argument("--no-lint", action="store_true", help="skip cfn-lint")
    ap.add_argument("--plan", action="store_true", help="compare clean in-scope roots with terraform plan (slow)")
    ap.add_argument("--plan-all", action="store_true", help="with --plan: try every in-scope root")
    ap.add_argument("--plan-relax-versions", action="store_true",
                    help="with --plan: drop aws/awscc version constraints in the scratch copy")
    ap.add_argument("--plan-timeout", type=int, default=600, help="seconds per terraform step [default: %(default)s]")
    ap.add_argument("--tf-plan-values", default=DEFAULT_TF_PLAN_VALUES, help="[default: %(default)s]")
    ap.add_argument("--plan-agreement", default=DEFAULT_PLAN_AGREEMENT, help="[default: %(default)s]")
    args = ap.parse_args(argv)

    repo_paths = [os.path.abspath(r) for r in args.repos]
    for c in args.corpus:
        repo_paths += sorted(os.path.join(os.path.abspath(c), d) for d in os.listdir(c)
                             if os.path.isdir(os.path.join(c, d)) and not d.startswith("."))
    if not repo_paths:
        ap.error("give at least one REPO or --corpus DIR")
    for p in repo_paths:
        if not os.path.isdir(p):
            ap.error(f"not a folder: {p}")
    if not os.access(args.bin, os.X_OK):
        ap.error(f"iac2cfn binary not found: {args.bin} (cargo build --release -p iac2cfn, or pass --bin)")
    if not args.no_lint and not os.access(args.cfn_lint, os.X_OK):
        args.cfn_lint = shutil.which("cfn-lint") or ap.error("cfn-lint not found (pass --cfn-lint or --no-lint)")
    args.bin = os.path.abspath(args.bin)
    base = os.path.commonpath(repo_paths) if len(repo_paths) > 1 else os.path.dirname(repo_paths[0])

    # 1-2. enumerate and classify
    repos = [Repo(p, base) for p in repo_paths]
    records, to_convert = [], {}
    for repo in repos:
        for root, kind in repo.roots():
            rel = repo.rel(root)
            if args.only and not any(s in rel for s in args.only):
                continue
            in_scope, reasons, providers, required, modules, calls = scope_of(repo, root)
            records.append({
                "repo": repo.name, "root": rel, "kind": kind, "in_scope": in_scope,
                "out_of_scope_reasons": [{"reason": r, "what": w, "where": at} for r, w, at in reasons],
                "providers": providers, "required_providers": required,
                "local_modules": [repo.rel(m) for m in modules], "module_calls": calls,
                "_abs": root, "_repo": repo, "_modules": modules,
            })
            to_convert[root] = repo
            for m in modules:
                to_convert.setdefault(m, repo)

    # 3. convert every root and every local module reached
    tmp = args.keep_templates or tempfile.mkdtemp(prefix="corpus-report-")
    os.makedirs(tmp, exist_ok=True)

    def out_name(folder, mode):
        name = re.sub(r"[^A-Za-z0-9_.-]+", "__", to_convert[folder].rel(folder))
        return os.path.join(os.path.abspath(tmp), name + (".inlined" if mode == INLINED else "") + ".yaml")

    # Every folder as the user would convert it; the folders that roots call also with their variables
    # inlined (defaults as constants), to tell which of their errors depend on variables being parameters.
    callees = sorted({m for r in records for m in r["_modules"]})
    jobs = [(f, PARAMS) for f in to_convert] + [(f, INLINED) for f in callees]
    print(f"converting {len(to_convert)} folders ({len(records)} roots, {len(callees)} called as modules, "
          f"{len(jobs)} conversions) with {args.bin} ...", file=sys.stderr)
    conversions = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as ex:
        futures = {ex.submit(convert, args.bin, f, out_name(f, mode), mode == INLINED): (f, mode) for f, mode in jobs}
        for fut in concurrent.futures.as_completed(futures):
            conversions[futures[fut]] = fut.result()

    # 4. cfn-lint every template produced
    templates = sorted({c["template"] for c in conversions.values() if c["template"]})
    lints = {}
    if not args.no_lint and templates:
        print(f"cfn-lint on {len(templates)} templates ...", file=sys.stderr)
        lints = lint(args.cfn_lint, templates, args.jobs)

    def result_of(folder, mode=PARAMS):
        c = conversions[(folder, mode)]
        l = lints.get(c["template"]) if c["template"] else None
        return c, l

    def blockers_of(folder, as_callee):
        """(code, subject) -> (example diagnostic, depends on variables?): what stops `folder` apart from
        module calls. For a called module, an error that goes away when its variables are inlined (their
        defaults as constants) depends on the values a caller passes: it blocks when the caller passes
        parameters through, and may not when it passes literals."""
        found = {}
        modes = (PARAMS, INLINED) if as_callee else (PARAMS,)
        per_mode = []
        for mode in modes:
            c, l = result_of(folder, mode)
            keys = {}
            for d in c["diagnostics"]:
                if d["severity"] == "error" and d["code"] != MODULE_CODE:
                    keys.setdefault((d["code"], subject(d), d.get("file"), d.get("line")), d)
            if l:
                for e in l["examples"]:
                    if e["rule"].startswith(("E", "harness")):
                        keys.setdefault(("cfn-lint " + e["rule"], short(e["message"], 60), folder, e.get("path")),
                                        {"code": "cfn-lint " + e["rule"], "message": e["message"], "file": folder,
                                         "line": 0, "path": e.get("path")})
            per_mode.append(keys)
        common = set(per_mode[0])
        for other in per_mode[1:]:
            common &= set(other)
        for k, d in sorted(per_mode[0].items(), key=lambda kv: kv[0] not in common):
            found.setdefault(k[:2], (d, as_callee and k not in common))
        return found

    for rec in records:
        c, l = result_of(rec["_abs"])
        errs = [d for d in c["diagnostics"] if d["severity"] == "error"]
        rec["convert"] = {
            "ok": c["ok"], "exit": c["exit"], "seconds": c["seconds"],
            "errors": len(errs), "warnings": sum(d["severity"] == "warning" for d in c["diagnostics"]),
            "error_codes": dict(collections.Counter(d["code"] for d in errs)),
            "warning_codes": dict(collections.Counter(d["code"] for d in c["diagnostics"] if d["severity"] == "warning")),
            "diagnostics": [d for d in c["diagnostics"] if d["severity"] in ("error", "warning")][:60],
            "stderr_other": c["stderr_other"],
        }
        if args.no_lint:
            rec["cfn_lint"] = None
        elif l is None:
            rec["cfn_lint"] = None
        else:
            rec["cfn_lint"] = {k: l[k] for k in ("errors", "warnings", "info", "rules", "examples")}
        rec["clean"] = c["ok"] and (args.no_lint or (l is not None and l["errors"] == 0))
        # 5. projection: errors other than module calls, in the root and every local module reached
        blockers = dict(blockers_of(rec["_abs"], as_callee=False))
        for m in rec["_modules"]:
            for k, v in blockers_of(m, as_callee=True).items():
                if k not in blockers or (blockers[k][1] and not v[1]):
                    blockers[k] = v
        if rec["clean"]:
            blockers = {}  # it converts as it is (a converter that inlines modules gets here)
        rec["projected_blockers"] = [
            {"code": code, "subject": subj, "message": short(d.get("message", ""), 300),
             "where": (d.get("file") or "") + (f":{d['line']}" if d.get("line") else ""),
             "via_module": not (d.get("file") or "").startswith(rec["_abs"] + os.sep),
             "depends_on_variables": dep}
            for (code, subj), (d, dep) in sorted(blockers.items())]
        rec["projected_clean"] = not blockers
        rec["projected_clean_optimistic"] = not any(not b["depends_on_variables"] for b in rec["projected_blockers"])

    # 6. plan comparison
    if args.plan:
        todo = [r for r in records if r["in_scope"] and (args.plan_all or r["clean"])]
        print(f"planning {len(todo)} roots with terraform ...", file=sys.stderr)
        with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as ex:
            futures = {ex.submit(plan_one, args, r["_repo"], r["_abs"], r["convert"]["ok"]): r for r in todo}
            for done, fut in enumerate(concurrent.futures.as_completed(futures), 1):
                rec = futures[fut]
                rec["plan"] = fut.result()
                # The local provider may be older than the one a root is written for, so its "Invalid
                # resource type" only means the configuration is invalid when the converter's table of
                # the current provider's types agrees (tf::invalid-resource-type).
                if (rec["plan"].get("reason") == "configuration invalid for the local provider version"
                        and "Invalid resource type" in rec["plan"].get("detail", "")
                        and "tf::invalid-resource-type" in rec["convert"].get("error_codes", {})):
                    rec["plan"]["reason"] = "invalid Terraform: a type the AWS provider does not have"
                status = rec["plan"].get("reason") or rec["plan"].get("summary", "")
                print(f"  plan {done}/{len(todo)} {rec['root']}: {short(status, 80)}", file=sys.stderr)

    if not args.keep_templates:
        shutil.rmtree(tmp, ignore_errors=True)
    for rec in records:
        for k in ("_abs", "_repo", "_modules"):
            rec.pop(k, None)
    records.sort(key=lambda r: r["root"])
    print_summary(records, repos, args)

    if args.out:
        if args.out.endswith(".tsv"):
            write_tsv(records, args.out)
        else:
            with open(args.out, "w") as fh:
                json.dump({"generated": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "binary": args.bin,
                           "repos": [r.name for r in repos], "roots": records}, fh, indent=1)
    if args.tsv:
        write_tsv(records, args.tsv)
    return 0


def write_tsv(records, path):
    cols = ["repo", "root", "kind", "in_scope", "converted", "lint_errors", "clean", "projected_clean",
            "projected_clean_optimistic",
            "error_codes", "projected_blockers", "out_of_scope", "plan"]
    with open(path, "w") as fh:
        fh.write("\t".join(cols) + "\n")
        for r in records:
            lint_errors = "" if r.get("cfn_lint") is None else r["cfn_lint"]["errors"]
            plan = r.get("plan")
            plan_s = "" if not plan else (
                "not planned: " + plan.get("reason", "") if not plan.get("planned") else
                {True: "agrees", False: "differs", None: "planned, not compared"}[plan.get("agrees")])
            row = [r["repo"], r["root"], r["kind"], r["in_scope"], r["convert"]["ok"], lint_errors, r["clean"],
                   r["projected_clean"], r["projected_clean_optimistic"],
                   ",".join(f"{k}={v}" for k, v in sorted(r["convert"]["error_codes"].items())),
                   ",".join(sorted({b["code"] for b in r["projected_blockers"]})),
                   "; ".join(sorted({x["reason"] for x in r["out_of_scope_reasons"]})), plan_s]
            fh.write("\t".join(str(x).replace("\t", " ") for x in row) + "\n")


def print_summary(records, repos, args):
    scope = [r for r in records if r["in_scope"]]
    conv = [r for r in scope if r["convert"]["ok"]]
    clean = [r for r in scope if r["clean"]]
    proj = [r for r in scope if r["projected_clean"]]
    proj_hi = [r for r in scope if r["projected_clean_optimistic"]]
    kinds = collections.Counter(r["kind"] for r in records)
    p = print
    p("# iac2cfn corpus report\n")
    p(f"binary: {args.bin}")
    p(f"repositories: {len(repos)}    roots: {len(records)} (" +
      ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())) + ")    wrappers/ skipped")
    p(f"in scope (aws/awscc only, local modules only): {len(scope)}")
    p(f"  converted without errors:                  {len(conv)}  ({pct(len(conv), len(scope))})")
    p(f"  converted and cfn-lint clean (the goal):   {len(clean)}  ({pct(len(clean), len(scope))}; target 90%)")
    p(f"  clean after module inlining (estimate):    {len(proj)}  ({pct(len(proj), len(scope))}) to {len(proj_hi)}"
      f" ({pct(len(proj_hi), len(scope))}) if callers' literal values clear every variable-dependent module error")
    all_conv = sum(r["convert"]["ok"] for r in records)
    all_clean = sum(r["clean"] for r in records)
    p(f"all roots: converted {all_conv}/{len(records)}, converted and lint clean {all_clean}/{len(records)}")
    if args.plan:
        rejected = [r for r in scope if r.get("plan") and not r["plan"]["planned"]
                    and r["plan"]["reason"].startswith("invalid Terraform")]
        valid = [r for r in scope if r not in rejected]
        valid_clean = [r for r in valid if r["clean"]]
        p(f"in scope and accepted by Terraform (leaving out {len(rejected)} roots that `terraform plan` rejects"
          f" as invalid configurations): {len(valid)}")
        p(f"  converted and cfn-lint clean:              {len(valid_clean)}  ({pct(len(valid_clean), len(valid))})")
        for r in rejected:
            p(f"    rejected by Terraform: {r['root']}: {r['plan']['reason']}")
    lint_fail = [r for r in scope if r["convert"]["ok"] and not r["clean"]]
    if lint_fail:
        p(f"in-scope roots that convert but fail cfn-lint: {len(lint_fail)}")

    def diag_tables(group, title):
        by_code, by_subject, examples, sub_examples = collections.Counter(), collections.Counter(), {}, {}
        only_modules = 0
        for r in group:
            errs = [d for d in r["convert"]["diagnostics"] if d["severity"] == "error"]
            codes = {d["code"] for d in errs}
            if codes == {MODULE_CODE}:
                only_modules += 1
            for code in codes:
                by_code[code] += 1
            seen = set()
            for d in errs:
                examples.setdefault(d["code"], d)
                key = (d["code"], subject(d))
                if key not in seen:
                    seen.add(key)
                    by_subject[key] += 1
                    sub_examples.setdefault(key, d)
        p(f"\n## {title}: error codes, by roots blocked ({len(group)} roots)\n")
        rows = []
        for code, n in by_code.most_common(args.top):
            d = examples[code]
            rows.append((n, code, f"{short(d['message'], 70)}  [{where(d)}]"))
        p(table(rows, ("roots", "code", "example")))
        p(f"\nroots whose only error is {MODULE_CODE}: {only_modules}")
        p(f"\n## {title}: what the errors are about (code + subject), by roots\n")
        rows = [(n, code, short(s, 60), where(sub_examples[(code, s)]))
                for (code, s), n in by_subject.most_common(args.top * 2) if code != MODULE_CODE]
        p(table(rows, ("roots", "code", "subject", "example")))

    def where(d):
        f = d.get("file") or ""
        for r in repos:
            if f.startswith(r.path + os.sep) or f == r.path:
                f = os.path.join(r.name, os.path.relpath(f, r.path))
                break
        return f"{f}:{d.get('line') or 0}"

    def rel_where(path):
        for r in repos:
            if path.startswith(r.path + os.sep):
                return os.path.join(r.name, os.path.relpath(path, r.path))
        return path

    diag_tables(scope, "in scope")
    diag_tables(records, "all roots")

    # the projection's blockers (module-internal errors included): the work list
    pb, pcode, pex, pdep = collections.Counter(), collections.Counter(), {}, collections.Counter()
    for r in scope:
        for b in r["projected_blockers"]:
            pb[(b["code"], b["subject"])] += 1
            pdep[(b["code"], b["subject"])] += bool(b["depends_on_variables"])
            pex.setdefault((b["code"], b["subject"]), b)
        for code in {b["code"] for b in r["projected_blockers"]}:
            pcode[code] += 1
    if pb:
        p("\n## in scope, after module inlining (estimate): blockers in the root or a module it reaches\n")
        p(table([(n, k) for k, n in pcode.most_common(args.top)], ("roots", "code")))
        p("")
        p("(var-dep: of those roots, how many meet it only in a called module and only while its variables are"
          " parameters)\n")
        p(table([(n, pdep[(code, subj)], code, short(subj, 60), short(rel_where(pex[(code, subj)]["where"]), 70))
                 for (code, subj), n in pb.most_common(args.top * 3)], ("roots", "var-dep", "code", "subject",
                                                                         "example")))

    # what the catalog and the evaluator lack, over every root (in scope or not), modules included
    gap_codes = ("tf::unknown-resource-type", "tf::unsupported-data-source", "tf::unknown-function",
                 "tf::unknown-argument", "tf::unknown-block", "tf::unknown-attribute", "tf::no-cloudformation-form",
                 "tf::not-supported")
    gaps, gaps_in, gex = collections.Counter(), collections.Counter(), {}
    for r in records:
        for b in r["projected_blockers"]:
            if b["code"] in gap_codes:
                key = (b["code"], b["subject"])
                gaps[key] += 1
                gaps_in[key] += r["in_scope"]
                gex.setdefault(key, b)
    if gaps:
        p("\n## missing pieces (all roots, modules they reach included): types, data sources, functions, arguments\n")
        rows = [(gaps_in[k], n, k[0], short(k[1], 60), short(rel_where(gex[k]["where"]), 70))
                for k, n in sorted(gaps.items(), key=lambda kv: (kv[0][0], -gaps_in[kv[0]], -kv[1], kv[0][1]))]
        p(table(rows, ("in scope", "all", "code", "subject", "example")))

    lint_rules, lint_ex = collections.Counter(), {}
    for r in records:
        if r.get("cfn_lint"):
            for rule in r["cfn_lint"]["rules"]:
                if rule.startswith("E") or rule.startswith("harness"):
                    lint_rules[rule] += 1
            for e in r["cfn_lint"]["examples"]:
                lint_ex.setdefault(e["rule"], (r["root"], e))
    if lint_rules:
        p("\n## cfn-lint errors in produced templates (all roots), by templates\n")
        p(table([(n, rule, f"{short(lint_ex[rule][1]['message'], 70)}  [{lint_ex[rule][0]}"
                           f" {lint_ex[rule][1].get('path', '')}]") for rule, n in lint_rules.most_common(args.top)
                 if rule in lint_ex], ("templates", "rule", "example")))

    out = [r for r in records if not r["in_scope"]]
    reasons, rex = collections.Counter(), {}
    for r in out:
        for x in {x["reason"] for x in r["out_of_scope_reasons"]}:
            reasons[x] += 1
        for x in r["out_of_scope_reasons"]:
            rex.setdefault(x["reason"], x)
    p(f"\n## out of scope: {len(out)} roots (a root can have several reasons)\n")
    p(table([(n, reason, f"{short(rex[reason]['what'], 60)} [{rex[reason]['where']}]")
             for reason, n in reasons.most_common()], ("roots", "reason", "example")))

    p("\n## per repository\n")
    rows = []
    for repo in repos:
        rs = [r for r in records if r["repo"] == repo.name]
        if not rs:
            continue
        sc = [r for r in rs if r["in_scope"]]
        rows.append((repo.name, len(rs), len(sc), sum(r["convert"]["ok"] for r in sc), sum(r["clean"] for r in sc),
                     f'{sum(r["projected_clean"] for r in sc)}-{sum(r["projected_clean_optimistic"] for r in sc)}'))
    p(table(rows, ("repository", "roots", "in scope", "converted", "clean", "est. after inlining")))

    if args.plan:
        planned = [r for r in records if r.get("plan")]
        can = [r for r in planned if r["plan"]["planned"]]
        compared = [r for r in can if r["plan"]["agrees"] is not None]
        agree = [r for r in compared if r["plan"]["agrees"]]
        p("\n## terraform plan agreement\n")
        p(f"tried {len(planned)}; Terraform planned {len(can)} offline; converted and compared {len(compared)};"
          f" agree on every planned value: {len(agree)}"
          f"{' (aws version constraints relaxed)' if args.plan_relax_versions else ''}")
        why = collections.Counter(r["plan"]["reason"] for r in planned if not r["plan"]["planned"])
        if why:
            p(table([(n, k) for k, n in why.most_common()], ("roots", "why Terraform could not plan")))
        for r in compared:
            if not r["plan"]["agrees"]:
                p(f"  DIFFERS {r['root']}: {r['plan']['summary']}")
                for d in r["plan"]["differences"][:6]:
                    p(f"      {d}")


if __name__ == "__main__":
    sys.exit(main())

# Conveniences on top of plain cargo; CI runs .ci/run, which needs no just.

# Everything CI runs.
ci:
    bash .ci/run

# Re-bless every golden file; read the diff before committing.
bless:
    UPDATE_EXPECT=1 cargo test -p iac2cfn-tests --test golden

# Tests only.
test:
    cargo test --workspace

# Convert the bundled example.
example:
    cargo run -p iac2cfn -- convert docs/examples/model-hosting

# Regenerate the CloudFormation schema table from the installed cfn-lint (see README).
cfn-schema *ARGS:
    cargo run -p xtask -- cfn-schema {{ARGS}}

//! The shape of the catalog's tables. Every entry is plain `'static` data, so adding a resource type is
//! adding a table row, not a code path.

/// How one Terraform resource type becomes CloudFormation.
#[derive(Debug, Clone, Copy)]
pub struct ResourceMapping {
    /// The Terraform type, such as `aws_s3_bucket`.
    pub terraform: &'static str,
    /// The CloudFormation type, such as `AWS::S3::Bucket` (for a merge: the parent's type).
    pub cloudformation: &'static str,
    /// When one Terraform type maps to several CloudFormation types (`aws_security_group_rule` with
    /// `type = "ingress"` or `"egress"`), the argument and value that select this row.
    pub when: Option<(&'static str, &'static str)>,
    /// Whether it is a resource of its own or merged into a parent.
    pub placement: Placement,
    /// The Terraform arguments and nested blocks, and where each goes.
    pub arguments: &'static [Argument],
    /// The attributes other resources can reference, and how CloudFormation returns each.
    pub attributes: &'static [Attribute],
    /// Further CloudFormation resources this one becomes (an internet gateway's VPC attachment).
    pub companions: &'static [Companion],
}

/// Where the converted resource lives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Placement {
    /// A CloudFormation resource of its own.
    Standalone,
    /// Merged into the parent resource that the `link` argument refers to; arguments map onto the
    /// parent's properties (`aws_s3_bucket_versioning` into `AWS::S3::Bucket`).
    MergeInto {
        /// The parent's Terraform type.
        parent: &'static str,
        /// The argument whose value refers to the parent (`bucket`, `role`).
        link: &'static str,
    },
}

/// One Terraform argument or nested block.
#[derive(Debug, Clone, Copy)]
pub struct Argument {
    /// The Terraform name (snake_case).
    pub name: &'static str,
    /// What kind of value it holds.
    pub shape: Shape,
    /// Where the value goes.
    pub target: Target,
}

/// What an argument holds, and how its value is converted.
#[derive(Debug, Clone, Copy)]
pub enum Shape {
    /// A scalar, list or map attribute, converted by the transform.
    Value(Transform),
    /// A map of tags, written as CloudFormation's `[{Key, Value}]` list.
    TagList,
    /// A map of tags, written as a map (for types whose schema declares a map).
    TagMap,
    /// A JSON document given as a string (`jsonencode(...)`, a policy document): written as an object
    /// where its content is known.
    JsonDocument,
    /// A nested block with its own arguments: a single object (`list: false`, max_items 1) or a list.
    Block {
        /// Whether CloudFormation takes a list of these objects.
        list: bool,
        /// The block's arguments.
        arguments: &'static [Argument],
    },
}

/// A conversion of a value on its way to CloudFormation.
#[derive(Debug, Clone, Copy)]
pub enum Transform {
    /// Unchanged.
    None,
    /// Literal values replaced by table (`true` -> `"Enabled"`); keys are compared with the value's
    /// string form.
    Lookup(&'static [(&'static str, &'static str)]),
    /// A scalar wrapped into a one-element list.
    WrapInList,
    /// Written as a string (numbers and bools spelled out).
    ToString,
}

/// Where an argument's value is written.
#[derive(Debug, Clone, Copy)]
pub enum Target {
    /// The property at this dotted path, relative to the enclosing object (`ProvisionedThroughput.ReadCapacityUnits`).
    Property(&'static str),
    /// Appended to the list property at this path: each element when the value is a list.
    Append(&'static str),
    /// A nested block whose arguments are written into the enclosing object itself.
    Flatten,
    /// The argument that links a merged resource to its parent: consumed by the merge, not written.
    Link,
    /// Known to the provider, with no CloudFormation form: reported as a warning with this reason.
    Dropped(&'static str),
}

/// An attribute that other resources can reference.
#[derive(Debug, Clone, Copy)]
pub struct Attribute {
    /// The Terraform attribute name (`arn`, `id`, `repository_url`).
    pub name: &'static str,
    /// How CloudFormation returns it.
    pub value: AttributeValue,
}

/// How CloudFormation returns a Terraform attribute.
#[derive(Debug, Clone, Copy)]
pub enum AttributeValue {
    /// `Ref` of the resource.
    Ref,
    /// `Fn::GetAtt` with this attribute name.
    GetAtt(&'static str),
    /// An `Fn::Sub` template where `${Self}` is the resource's Ref and `${Self.Attr}` its attributes
    /// (Terraform's log group ARN has no `:*` suffix, CloudFormation's has).
    Sub(&'static str),
    /// The value of this argument as the configuration sets it.
    Argument(&'static str),
}

/// A further CloudFormation resource made from a Terraform resource.
#[derive(Debug, Clone, Copy)]
pub struct Companion {
    /// Its CloudFormation type.
    pub cloudformation: &'static str,
    /// Appended to the main resource's logical ID to name it.
    pub suffix: &'static str,
    /// Made only when this argument is set.
    pub when_argument: &'static str,
    /// Its properties.
    pub properties: &'static [(&'static str, CompanionValue)],
    /// Whether resources that reference the main resource must also wait for the companion
    /// (routes through an internet gateway wait for its VPC attachment).
    pub dependents_wait: bool,
}

/// A companion property's value.
#[derive(Debug, Clone, Copy)]
pub enum CompanionValue {
    /// The value of an argument of the main resource.
    Argument(&'static str),
    /// `Ref` of the main resource.
    MainRef,
    /// `Fn::GetAtt` of the main resource.
    MainAttribute(&'static str),
}

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
///
/// An argument may be listed more than once in a table: every row of that name is applied, in table
/// order, so that one value can be written to several places.
#[derive(Debug, Clone, Copy)]
pub struct Argument {
    /// The Terraform name (snake_case).
    pub name: &'static str,
    /// What kind of value it holds.
    pub shape: Shape,
    /// Where the value goes.
    pub target: Target,
}

impl Argument {
    /// An argument of any shape and target.
    pub const fn new(name: &'static str, shape: Shape, target: Target) -> Argument {
        Argument { name, shape, target }
    }

    /// A value written unchanged to the property at a dotted path.
    pub const fn property(name: &'static str, path: &'static str) -> Argument {
        Argument { name, shape: Shape::Value(Transform::None), target: Target::Property(path) }
    }

    /// A value converted by a transform and written to the property at a dotted path.
    pub const fn transformed(name: &'static str, transform: Transform, path: &'static str) -> Argument {
        Argument { name, shape: Shape::Value(transform), target: Target::Property(path) }
    }

    /// A value appended to the list property at a dotted path (each element when it is a list).
    pub const fn append(name: &'static str, path: &'static str) -> Argument {
        Argument { name, shape: Shape::Value(Transform::None), target: Target::Append(path) }
    }

    /// A JSON document written as an object to the property at a dotted path.
    pub const fn json(name: &'static str, path: &'static str) -> Argument {
        Argument { name, shape: Shape::JsonDocument, target: Target::Property(path) }
    }

    /// A nested block written as one object (`list: false`) or a list of objects to a dotted path.
    pub const fn block(name: &'static str, path: &'static str, list: bool, arguments: &'static [Argument]) -> Argument {
        Argument { name, shape: Shape::Block { list, arguments }, target: Target::Property(path) }
    }

    /// A nested block whose arguments are written into the enclosing object.
    pub const fn flatten(name: &'static str, arguments: &'static [Argument]) -> Argument {
        Argument { name, shape: Shape::Block { list: false, arguments }, target: Target::Flatten }
    }

    /// An argument (or block) with no CloudFormation form, reported with this reason.
    pub const fn dropped(name: &'static str, reason: &'static str) -> Argument {
        Argument { name, shape: Shape::Value(Transform::None), target: Target::Dropped(reason) }
    }

    /// The argument that links a merged resource to its parent.
    pub const fn link(name: &'static str) -> Argument {
        Argument { name, shape: Shape::Value(Transform::None), target: Target::Link }
    }

    /// A map of tags written as CloudFormation's `[{Key, Value}]` list to a property.
    pub const fn tag_list(name: &'static str, path: &'static str) -> Argument {
        Argument { name, shape: Shape::TagList, target: Target::Property(path) }
    }
}

impl Attribute {
    /// An attribute that is the resource's `Ref`.
    pub const fn reference(name: &'static str) -> Attribute {
        Attribute { name, value: AttributeValue::Ref }
    }

    /// An attribute that is a `Fn::GetAtt` of the resource.
    pub const fn get_att(name: &'static str, attribute: &'static str) -> Attribute {
        Attribute { name, value: AttributeValue::GetAtt(attribute) }
    }

    /// An attribute built by an `Fn::Sub` template (see [`AttributeValue::Sub`]).
    pub const fn sub(name: &'static str, template: &'static str) -> Attribute {
        Attribute { name, value: AttributeValue::Sub(template) }
    }

    /// An attribute that depends on whether a companion is made (see [`AttributeValue::Companion`]).
    pub const fn companion(
        name: &'static str,
        suffix: &'static str,
        present: &'static str,
        absent: &'static str,
    ) -> Attribute {
        Attribute { name, value: AttributeValue::Companion { suffix, present, absent } }
    }

    /// An attribute that is the value of an argument as the configuration sets it.
    pub const fn argument(name: &'static str, argument: &'static str) -> Attribute {
        Attribute { name, value: AttributeValue::Argument(argument) }
    }
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
    /// A JSON document given as a string, for a property whose schema type is `string` (an ECR
    /// repository's `LifecyclePolicyText`): written as a string, never as an object. A literal string
    /// is written unchanged; a document built in the configuration (`jsonencode(...)`) is serialized
    /// to compact JSON text where its content is known.
    JsonText,
    /// A JSON document, read as [`Shape::JsonDocument`] reads it, whose object keys are rewritten from
    /// the API's camelCase to CloudFormation's PascalCase at every depth (`portMappings` ->
    /// `PortMappings`): an ECS task definition's `container_definitions` are the API's JSON, its
    /// `ContainerDefinitions` the same objects spelled in PascalCase. The entries of the maps under
    /// the listed keys (camelCase spelling: `dockerLabels`, `options`) are user-defined and kept as
    /// they are, their values too. Values (strings, numbers, intrinsics) are never changed; a
    /// document only known at deployment is written unchanged.
    PascalCaseDocument(&'static [&'static str]),
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
    /// Written as a number: a string holding a number (`"2"`) becomes that number, where Terraform
    /// takes a string and CloudFormation an integer.
    ToNumber,
    /// Wrapped in `Fn::Base64`: the configuration gives plain text where CloudFormation wants it
    /// base64-encoded (an instance's `user_data`).
    Base64,
    /// Each element written as a one-entry object under this key, a scalar as one such object:
    /// `["a", "b"]` -> `[{Key: "a"}, {Key: "b"}]`, `"a"` -> `{Key: "a"}`. With [`Target::Append`]
    /// this makes a list of objects from a scalar or a list of scalars (`OnCreate: [{Content: ...}]`).
    Wrap(&'static str),
    /// A bool flag standing for the value of another argument of the same object: `true` writes that
    /// argument's value, `false` writes nothing (a security group rule's `self = true` means "the
    /// rule's own group", that is its `security_group_id`).
    ArgumentIfTrue(&'static str),
    /// The value placed into an object built from a template (`hash_key = "id"` ->
    /// `{AttributeName: id, KeyType: HASH}`), each key filled as [`TemplateField`] says. A literal list
    /// becomes a list of such objects, one per element.
    Template(&'static [(&'static str, TemplateField)]),
    /// A literal map written as a list of `{key: <map key>, value: <map value>}` objects in the map's
    /// order (`dimensions = {InstanceId = "i-1"}` -> `[{Name: InstanceId, Value: i-1}]`). The map must
    /// be known at conversion time; `null` values are left out.
    EntryList {
        /// The property that receives the map key (`Name`).
        key: &'static str,
        /// The property that receives the map value (`Value`).
        value: &'static str,
    },
    /// The value replaced by this string: for a property that the argument's presence implies (a
    /// DynamoDB table's `SSEType: KMS` when a KMS key is given), used in a second row of the same
    /// argument name. A nested block's presence counts too: one or more blocks of the argument's
    /// name write the string, none writes nothing (a delivery stream's `kinesis_source_configuration`
    /// block -> `DeliveryStreamType: KinesisStreamAsSource`).
    Constant(&'static str),
    /// A bool flag standing for this string: `true` writes it, `false` writes nothing; the flag must
    /// be known at conversion time. With [`Target::Append`] it adds one element to a list of choices
    /// (a user pool's `software_token_mfa_configuration { enabled = true }` ->
    /// `EnabledMfas: [SOFTWARE_TOKEN_MFA]`).
    ConstantIfTrue(&'static str),
    /// The value replaced by `Ref` of this pseudo parameter (`AWS::Region`): a default for a property
    /// CloudFormation requires where Terraform defaults to the provider's setting, written from a
    /// required argument of the same object and overwritten by a later row of the optional one (a
    /// hosted zone VPC's `VPCRegion` from `vpc_id`, then from `vpc_region` when it is set).
    PseudoParameter(&'static str),
    /// Literal values found in the table replaced (compared by their string form, as
    /// [`Transform::Lookup`] does), every other value written unchanged: for a property whose values
    /// Terraform also accepts by a name (a network ACL rule's `protocol = "tcp"` -> `Protocol: 6`,
    /// while `"6"` and `"50"` pass as they are).
    Rename(&'static [(&'static str, &'static str)]),
}

/// How one key of a [`Transform::Template`] object is filled.
#[derive(Debug, Clone, Copy)]
pub enum TemplateField {
    /// The argument's value.
    Value,
    /// This fixed string.
    Text(&'static str),
    /// The value of this argument of the resource body (the top level, not the enclosing block): a
    /// local secondary index's key schema repeats the table's `hash_key`. Left out when not set.
    Root(&'static str),
    /// As [`TemplateField::Root`], but where the argument is not set, `Ref` of this pseudo parameter
    /// (`AWS::Region`): a property CloudFormation requires where Terraform defaults to the
    /// provider's setting (a zone association's `vpc_region`).
    RootOrPseudoParameter(&'static str, &'static str),
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
    /// Read by the row's [`Companion`]s (through [`CompanionValue::Argument`]), not written to the
    /// main resource, which has no such property (an internet gateway's `vpc_id` goes to its
    /// `AWS::EC2::VPCGatewayAttachment`).
    Companion,
    /// One of the alternatives the enclosing object is split over, for a Terraform list whose
    /// elements CloudFormation wants one object each (a security group rule's `cidr_blocks`, where
    /// `CidrIp` takes one CIDR). The enclosing object (a block's object; at the top level, the
    /// resource) is written once per element, with the property at this path set to that element
    /// and every argument that is not `Explode` written identically into each copy. A scalar counts
    /// as one element; null, `false` after [`Transform::ArgumentIfTrue`], or an absent argument as
    /// none. With several `Explode` arguments the copies are concatenated in table order, each copy
    /// holding exactly one of them: a rule with two CIDR blocks and one source group becomes three
    /// rules. When none yields an element the object is written once, without any of them.
    Explode(&'static str),
    /// Known to the provider, with no CloudFormation form: reported as a warning with this reason.
    Dropped(&'static str),
    /// Accepted and written nowhere, without a diagnostic, because other arguments already carry its
    /// meaning (`stream_enabled` is implied by `stream_view_type`); the text says why.
    Implied(&'static str),
    /// Not an argument: the value of the row's [`Transform::Constant`] written at this path in every
    /// object the row describes, for a property CloudFormation requires whose only value Terraform's
    /// provider sends itself (a VPN gateway's `Type: ipsec.1`). The entry's name labels the property
    /// (snake_case); a source entry of that name is still an unknown argument.
    Fixed(&'static str),
    /// As [`Target::Fixed`], but written only where none of the `unless` arguments of the same object
    /// is set (a value other than `null`, or at least one block): the default an API applies when a
    /// choice among alternatives is left out, which CloudFormation does not apply (a CloudFront
    /// origin with neither `s3_origin_config`, `custom_origin_config` nor `vpc_origin_config` is an S3
    /// origin without an identity, `S3OriginConfig: {OriginAccessIdentity: ""}`). Where the
    /// alternatives are only blocks a condition makes (a guarded `dynamic` block), the default is
    /// written where none of them exists: the outermost object the path creates becomes `Fn::If` on
    /// those conditions. The entry's name labels the property (snake_case); a source entry of that
    /// name is still an unknown argument.
    FixedUnless {
        /// The dotted path of the property.
        path: &'static str,
        /// The arguments of the same object whose presence leaves the default out.
        unless: &'static [&'static str],
    },
    /// Repeatable blocks written as one object at `path`, an entry per block: the entry's key is the
    /// value of the block's `key` argument (a literal known at conversion time; listed among the
    /// block's arguments, as [`Target::Implied`]), its value the object the block's other arguments
    /// make (`request_parameter { request_parameter_key = "route.request.header.a", required = true }`
    /// -> `RequestParameters: {route.request.header.a: {Required: true}}`). Needs [`Shape::Block`].
    MapByKey {
        /// The dotted path of the object.
        path: &'static str,
        /// The block argument whose value names the entry.
        key: &'static str,
    },
    /// As [`Target::MapByKey`], but each entry's value is the property at `value` of the object the
    /// block's other arguments make rather than the whole object, for a map of names to scalars
    /// (`parameter { name = "max_connections", value = "100" }` ->
    /// `Parameters: {max_connections: "100"}`, the block listing `value` as `Property("Value")`). A
    /// block whose object has no such property yields no entry. Needs [`Shape::Block`].
    MapByKeyValue {
        /// The dotted path of the object.
        path: &'static str,
        /// The block argument whose value names the entry.
        key: &'static str,
        /// The dotted path, inside the object a block makes, of the entry's value.
        value: &'static str,
    },
    /// Written at `property` inside the one element of the list at `list` that the enclosing object
    /// contributes, that element being created by the first such argument and shared by the others
    /// (`aws_appautoscaling_scheduled_action`'s `name`, `schedule` and `scalable_target_action` ->
    /// `ScheduledActions: [{ScheduledActionName, Schedule, ScalableTargetAction}]`, appended to the
    /// target's list when merged).
    Element {
        /// The dotted path of the list.
        list: &'static str,
        /// The dotted path, inside the element, the value is written to.
        property: &'static str,
    },
    /// A block (or a literal object) whose fields are merged into the same one element of the list at
    /// this path that [`Target::Element`] arguments of the enclosing object write to (created when
    /// missing): a sub-resource's `filter { prefix, tags }` whose fields are the element's own
    /// (`aws_s3_bucket_metric` -> `MetricsConfigurations: [{Id, Prefix, TagFilters}]`). Unlike
    /// [`Target::Flatten`], which would contribute a second element. Needs [`Shape::Block`].
    ElementFields(&'static str),
    /// Written at `property` inside the element of the list at `list` whose `key` equals `key_value`,
    /// that element being created when missing (`lambda_success_feedback_role_arn` ->
    /// `DeliveryStatusLogging[Protocol=lambda].SuccessFeedbackRoleArn`).
    Keyed {
        /// The dotted path of the list.
        list: &'static str,
        /// The property that identifies an element (`Protocol`).
        key: &'static str,
        /// The identifying value (`lambda`).
        key_value: &'static str,
        /// The dotted path, inside the element, the value is written to.
        property: &'static str,
    },
}

/// An attribute that other resources can reference.
#[derive(Debug, Clone, Copy)]
pub struct Attribute {
    /// The Terraform attribute name (`arn`, `id`, `repository_url`). A dotted name is a field of a
    /// nested block the provider computes (`master_user_secret.secret_arn`): in Terraform each block
    /// on the path is a list of one object, read as `master_user_secret[0].secret_arn`.
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
    /// `Fn::Select` of this index from the list `Fn::GetAtt` returns for this attribute (a VPC's
    /// `ipv6_cidr_block` is the first of its `Ipv6CidrBlocks`).
    GetAttElement(&'static str, usize),
    /// An `Fn::Sub` template where `${Self}` is the resource's Ref and `${Self.Attr}` its attributes
    /// (Terraform's log group ARN has no `:*` suffix, CloudFormation's has).
    Sub(&'static str),
    /// The value of this argument as the configuration sets it.
    Argument(&'static str),
    /// A value that depends on whether a companion resource is made: where it is, the `present`
    /// `Fn::Sub` template, in which `${Companion}` is the companion's Ref and `${Companion.Attr}` its
    /// attributes; where it is not, the `absent` template. Both may also use `${Self}` and
    /// `${Self.Attr}` as [`AttributeValue::Sub`] does. (A Lambda function's `version` is its published
    /// `AWS::Lambda::Version`'s number with `publish = true`, and `$LATEST` without.)
    Companion {
        /// The [`Companion::suffix`] of the companion.
        suffix: &'static str,
        /// The template where the companion is made.
        present: &'static str,
        /// The template where it is not.
        absent: &'static str,
    },
    /// One part of a `Fn::GetAtt` value: `Fn::Select [index, Fn::Split [delimiter, GetAtt]]`
    /// (Terraform's website endpoint is CloudFormation's `WebsiteURL` without `http://`).
    Part {
        /// The CloudFormation attribute.
        attribute: &'static str,
        /// What the attribute's value is split on.
        delimiter: &'static str,
        /// The zero-based index of the part.
        index: u32,
    },
}

/// A further CloudFormation resource made from a Terraform resource.
#[derive(Debug, Clone, Copy)]
pub struct Companion {
    /// Its CloudFormation type.
    pub cloudformation: &'static str,
    /// Appended to the main resource's logical ID to name it.
    pub suffix: &'static str,
    /// Made only when this argument is set to something other than `null` or `false`.
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
    /// This fixed string.
    Text(&'static str),
    /// A list of these values (those that are not set are left out).
    List(&'static [CompanionValue]),
}

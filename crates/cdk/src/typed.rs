//! The machinery behind the typed property structs of [`crate::aws`]: the macros that declare them
//! and the schema they publish, which the `iac2cfn` Rust backend reads to decide when it can write a
//! resource as a struct literal.

/// What one typed struct (a resource's properties, or a property type nested in them) holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StructSchema {
    /// The struct's path below [`crate::aws`], such as `s3::Bucket` or
    /// `s3::bucket::VersioningConfiguration`.
    pub path: &'static str,
    /// The fields, in declaration order: the order in which they are written to the template.
    pub properties: &'static [PropertySchema],
}

/// A typed resource struct.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ResourceSchema {
    /// The CloudFormation type, such as `AWS::S3::Bucket`.
    pub cloudformation: &'static str,
    /// The struct.
    pub structure: StructSchema,
}

/// One field of a typed struct.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PropertySchema {
    /// The CloudFormation property name, such as `BucketName`.
    pub name: &'static str,
    /// The Rust field name as written in code, such as `bucket_name` or `r#type`.
    pub field: &'static str,
    /// What the field holds.
    pub kind: PropertyKind,
}

/// What a field of a typed struct holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PropertyKind {
    /// `Option<Value>`: any value.
    Value,
    /// `Option<T>`: an object of a nested property type.
    Object(&'static StructSchema),
    /// `Option<Vec<T>>`: a list of objects of a nested property type.
    List(&'static StructSchema),
    /// `Option<Vec<Tag>>`: a list of `{Key, Value}` tags.
    Tags,
}

/// The typed struct of a CloudFormation resource type, if there is one.
pub fn resource_schema(cloudformation: &str) -> Option<&'static ResourceSchema> {
    crate::aws::RESOURCES.iter().copied().find(|schema| schema.cloudformation == cloudformation)
}

/// The Rust type of a field of a given kind.
// Used by the generated `aws` module, which uses none of them while the catalog maps no type.
#[allow(unused_macros)]
macro_rules! field_type {
    (value) => { ::std::option::Option<$crate::Value> };
    (object($ty:path)) => { ::std::option::Option<$ty> };
    (list($ty:path)) => { ::std::option::Option<::std::vec::Vec<$ty>> };
    (tags) => { ::std::option::Option<::std::vec::Vec<$crate::Tag>> };
}

/// The schema kind of a field of a given kind.
// Used by the generated `aws` module, which uses none of them while the catalog maps no type.
#[allow(unused_macros)]
macro_rules! property_kind {
    (value) => {
        $crate::typed::PropertyKind::Value
    };
    (object($ty:path)) => {
        $crate::typed::PropertyKind::Object(&<$ty>::SCHEMA)
    };
    (list($ty:path)) => {
        $crate::typed::PropertyKind::List(&<$ty>::SCHEMA)
    };
    (tags) => {
        $crate::typed::PropertyKind::Tags
    };
}

/// Declares the struct, the schema and the conversion of a resource type's properties.
///
/// ```text
/// cfn_resource! {
///     /// Docs.
///     Bucket = "AWS::S3::Bucket" at "s3::Bucket" {
///         bucket_name: "BucketName" => value,
///         versioning_configuration: "VersioningConfiguration" => object(bucket::VersioningConfiguration),
///     }
/// }
/// ```
// Used by the generated `aws` module, which uses none of them while the catalog maps no type.
#[allow(unused_macros)]
macro_rules! cfn_resource {
    (
        $(#[$meta:meta])*
        $name:ident = $cloudformation:literal at $path:literal {
            $( $field:ident : $property:literal => $kind:ident $( ( $ty:path ) )? ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Default, PartialEq)]
        pub struct $name {
            $(
                #[doc = concat!("`", $property, "`.")]
                pub $field: $crate::typed::field_type!($kind $( ( $ty ) )?),
            )*
        }

        impl $name {
            /// The fields of this struct, for the `iac2cfn` Rust backend.
            pub const SCHEMA: $crate::typed::ResourceSchema = $crate::typed::ResourceSchema {
                cloudformation: $cloudformation,
                structure: $crate::typed::StructSchema {
                    path: $path,
                    properties: &[
                        $(
                            $crate::typed::PropertySchema {
                                name: $property,
                                field: stringify!($field),
                                kind: $crate::typed::property_kind!($kind $( ( $ty ) )?),
                            },
                        )*
                    ],
                },
            };
        }

        impl ::std::convert::From<$name> for $crate::Resource {
            // Without fields, `properties` is unused and `resource` never changes.
            #[allow(unused_mut, unused_variables)]
            fn from(properties: $name) -> $crate::Resource {
                let mut resource = $crate::Resource::new($cloudformation);
                $( resource.set_opt($property, properties.$field); )*
                resource
            }
        }
    };
}

/// Declares the struct, the schema and the conversion of a property type nested in a resource's
/// properties; the same syntax as `cfn_resource!` without the CloudFormation type.
// Used by the generated `aws` module, which uses none of them while the catalog maps no type.
#[allow(unused_macros)]
macro_rules! cfn_property_type {
    (
        $(#[$meta:meta])*
        $name:ident at $path:literal {
            $( $field:ident : $property:literal => $kind:ident $( ( $ty:path ) )? ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Default, PartialEq)]
        pub struct $name {
            $(
                #[doc = concat!("`", $property, "`.")]
                pub $field: $crate::typed::field_type!($kind $( ( $ty ) )?),
            )*
        }

        impl $name {
            /// The fields of this struct, for the `iac2cfn` Rust backend.
            pub const SCHEMA: $crate::typed::StructSchema = $crate::typed::StructSchema {
                path: $path,
                properties: &[
                    $(
                        $crate::typed::PropertySchema {
                            name: $property,
                            field: stringify!($field),
                            kind: $crate::typed::property_kind!($kind $( ( $ty ) )?),
                        },
                    )*
                ],
            };
        }

        impl ::std::convert::From<$name> for $crate::Value {
            // Without fields, `properties` is unused and `map` never changes.
            #[allow(unused_mut, unused_variables)]
            fn from(properties: $name) -> $crate::Value {
                let mut map = $crate::Map::new();
                $( map.insert_opt($property, properties.$field); )*
                map.into()
            }
        }
    };
}

/// Declares [`crate::aws::RESOURCES`], the list of every typed resource struct.
// Used by the generated `aws` module, which uses none of them while the catalog maps no type.
#[allow(unused_macros)]
macro_rules! cfn_registry {
    ($($ty:path),* $(,)?) => {
        /// The schema of every typed resource struct, in module order.
        pub static RESOURCES: &[&$crate::typed::ResourceSchema] = &[$(&<$ty>::SCHEMA),*];
    };
}

#[allow(unused_imports)] // As above: unused while the catalog maps no type.
pub(crate) use {cfn_property_type, cfn_registry, cfn_resource, field_type, property_kind};

#[cfg(test)]
mod tests {
    use crate::{Resource, Tag, Value};
    use iac2cfn_ir::Expr;

    pub mod demo {
        crate::typed::cfn_property_type! {
            /// A nested type.
            Inner at "demo::Inner" {
                status: "Status" => value,
            }
        }
        crate::typed::cfn_resource! {
            /// A resource type.
            Thing = "Demo::Thing::Thing" at "demo::Thing" {
                r#type: "Type" => value,
                inner: "Inner" => object(Inner),
                rules: "Rules" => list(Inner),
                tags: "Tags" => tags,
            }
        }
        crate::typed::cfn_resource! {
            /// No fields at all.
            Empty = "Demo::Thing::Empty" at "demo::Empty" {}
        }
    }

    #[test]
    fn typed_structs_write_set_fields_in_declaration_order() {
        let thing = demo::Thing {
            tags: Some(vec![Tag::new("k", "v")]),
            inner: Some(demo::Inner { status: Some("on".into()) }),
            ..Default::default()
        };
        let resource = Resource::from(thing);
        assert_eq!(resource.resource_type(), "Demo::Thing::Thing");
        assert_eq!(resource.properties.keys().collect::<Vec<_>>(), ["Inner", "Tags"]);
        assert_eq!(resource.get("Inner").map(Value::into_expr), Some(Expr::map([("Status", Expr::string("on"))])));
        assert!(Resource::from(demo::Empty::default()).properties.is_empty());
    }

    #[test]
    fn schemas_describe_fields_and_nested_types() {
        let schema = demo::Thing::SCHEMA;
        assert_eq!(schema.structure.path, "demo::Thing");
        let fields: Vec<(&str, &str)> = schema.structure.properties.iter().map(|p| (p.name, p.field)).collect();
        assert_eq!(fields, [("Type", "r#type"), ("Inner", "inner"), ("Rules", "rules"), ("Tags", "tags")]);
        assert_eq!(schema.structure.properties[1].kind, super::PropertyKind::Object(&demo::Inner::SCHEMA));
        assert_eq!(schema.structure.properties[2].kind, super::PropertyKind::List(&demo::Inner::SCHEMA));
    }
}

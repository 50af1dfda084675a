//! Resources: the untyped form every resource becomes, and its attributes.

use crate::value::Value;
use iac2cfn_ir::{DeletionPolicy, Expr, IndexMap};

/// A resource of any type, with its properties as a map of values: what typed property structs such
/// as [`aws::s3::Bucket`](crate::aws) convert into, and the escape hatch for types that have no typed
/// struct.
///
/// ```
/// use iac2cfn_cdk::prelude::*;
/// let queue = Resource::new("AWS::SQS::Queue")
///     .property("QueueName", sub("${AWS::StackName}-work"))
///     .property("DelaySeconds", 5);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Resource {
    pub(crate) resource_type: String,
    pub(crate) properties: IndexMap<String, Expr>,
    pub(crate) attributes: Attributes,
}

/// The resource attributes that are not properties: `DependsOn`, `Condition`, `DeletionPolicy`,
/// `UpdateReplacePolicy` and `Metadata`.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Attributes {
    pub(crate) depends_on: Vec<String>,
    pub(crate) condition: Option<String>,
    pub(crate) deletion_policy: Option<DeletionPolicy>,
    pub(crate) update_replace_policy: Option<DeletionPolicy>,
    pub(crate) metadata: IndexMap<String, Expr>,
}

impl Attributes {
    pub(crate) fn add_dependency(&mut self, logical_id: &str) {
        if !self.depends_on.iter().any(|known| known == logical_id) {
            self.depends_on.push(logical_id.to_string());
        }
    }

    /// Adds `later` on top of these: later settings win, lists and maps are extended.
    pub(crate) fn merge(&mut self, later: &Attributes) {
        for dependency in &later.depends_on {
            self.add_dependency(dependency);
        }
        if later.condition.is_some() {
            self.condition.clone_from(&later.condition);
        }
        self.deletion_policy = later.deletion_policy.or(self.deletion_policy);
        self.update_replace_policy = later.update_replace_policy.or(self.update_replace_policy);
        for (key, value) in &later.metadata {
            self.metadata.insert(key.clone(), value.clone());
        }
    }
}

impl Resource {
    /// A resource of a CloudFormation type, such as `AWS::SQS::Queue`, with no properties yet.
    pub fn new(resource_type: impl Into<String>) -> Resource {
        Resource { resource_type: resource_type.into(), properties: IndexMap::new(), attributes: Attributes::default() }
    }

    /// The CloudFormation type.
    pub fn resource_type(&self) -> &str {
        &self.resource_type
    }

    /// Sets a property (builder style). Properties are written in the order they are first set.
    pub fn property(mut self, name: impl Into<String>, value: impl Into<Value>) -> Resource {
        self.set(name, value);
        self
    }

    /// Sets a property. Properties are written in the order they are first set.
    pub fn set(&mut self, name: impl Into<String>, value: impl Into<Value>) {
        self.properties.insert(name.into(), value.into().0);
    }

    /// Sets a property when there is a value: how typed property structs write their `Option` fields.
    pub fn set_opt<V: Into<Value>>(&mut self, name: &str, value: Option<V>) {
        if let Some(value) = value {
            self.set(name, value);
        }
    }

    /// A property's value, if set.
    pub fn get(&self, name: &str) -> Option<Value> {
        self.properties.get(name).cloned().map(Value)
    }

    /// Adds a `DependsOn` entry: the logical ID of a resource to create first.
    pub fn depends_on(mut self, logical_id: impl AsRef<str>) -> Resource {
        self.attributes.add_dependency(logical_id.as_ref());
        self
    }

    /// Sets `Condition`: the resource is created only when the named condition holds.
    pub fn condition(mut self, condition: impl AsRef<str>) -> Resource {
        self.attributes.condition = Some(condition.as_ref().to_string());
        self
    }

    /// Sets `DeletionPolicy`.
    pub fn deletion_policy(mut self, policy: DeletionPolicy) -> Resource {
        self.attributes.deletion_policy = Some(policy);
        self
    }

    /// Sets `UpdateReplacePolicy`.
    pub fn update_replace_policy(mut self, policy: DeletionPolicy) -> Resource {
        self.attributes.update_replace_policy = Some(policy);
        self
    }

    /// Adds a `Metadata` entry.
    pub fn metadata(mut self, key: impl Into<String>, value: impl Into<Value>) -> Resource {
        self.attributes.metadata.insert(key.into(), value.into().0);
        self
    }

    /// The resource in the stack model of `iac2cfn-ir`.
    pub(crate) fn to_ir(&self, extra: Option<&Attributes>) -> iac2cfn_ir::Resource {
        let mut attributes = self.attributes.clone();
        if let Some(extra) = extra {
            attributes.merge(extra);
        }
        let mut resource = iac2cfn_ir::Resource::new(self.resource_type.clone(), iac2cfn_ir::Origin::generated());
        resource.properties = self.properties.clone();
        resource.depends_on = attributes.depends_on;
        resource.condition = attributes.condition;
        resource.deletion_policy = attributes.deletion_policy;
        resource.update_replace_policy = attributes.update_replace_policy;
        resource.metadata = attributes.metadata;
        resource
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn properties_keep_their_first_position_and_attributes_merge() {
        let resource = Resource::new("AWS::SQS::Queue")
            .property("B", 1)
            .property("A", 2)
            .property("B", 3)
            .depends_on("X")
            .condition("C")
            .deletion_policy(DeletionPolicy::Retain);
        let mut later = Attributes::default();
        later.add_dependency("X");
        later.add_dependency("Y");
        later.update_replace_policy = Some(DeletionPolicy::Snapshot);
        let ir = resource.to_ir(Some(&later));
        assert_eq!(ir.properties.keys().collect::<Vec<_>>(), ["B", "A"]);
        assert_eq!(ir.properties["B"], Expr::int(3));
        assert_eq!(ir.depends_on, ["X", "Y"]);
        assert_eq!(ir.condition.as_deref(), Some("C"));
        assert_eq!(ir.deletion_policy, Some(DeletionPolicy::Retain));
        assert_eq!(ir.update_replace_policy, Some(DeletionPolicy::Snapshot));
    }
}

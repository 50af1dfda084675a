//! A small CDK-style library for writing AWS CloudFormation stacks as Rust code, in the manner of the
//! AWS CDK's L1 constructs: a [`Stack`] of parameters, rules, mappings, conditions, resources and outputs,
//! handles to refer to them, the intrinsic functions as plain functions, and typed property structs
//! per resource type ([`aws`]) with an untyped [`Resource`] for every other type.
//!
//! It is the runtime of `iac2cfn convert --format rust`, which writes a stack converted from
//! Terraform or Pulumi YAML as Rust code on top of this crate; the code is meant to be kept and
//! edited from then on.
//!
//! ```
//! use iac2cfn_cdk::prelude::*;
//!
//! let mut stack = Stack::new();
//! stack.set_description("A queue and its dead-letter queue");
//! let retention = stack.add_parameter("RetentionDays", Parameter::number().default(4));
//! let dead_letters = stack.add("DeadLetters", Resource::new("AWS::SQS::Queue"));
//! stack.add(
//!     "Work",
//!     Resource::new("AWS::SQS::Queue")
//!         .property("MessageRetentionPeriod", retention.reference())
//!         .property(
//!             "RedrivePolicy",
//!             map().entry("deadLetterTargetArn", dead_letters.get_att("Arn")).entry("maxReceiveCount", 5),
//!         ),
//! );
//! let json = stack.to_json();
//! assert!(json.starts_with("{\n  \"AWSTemplateFormatVersion\": \"2010-09-09\""));
//! ```
//!
//! # Invariants
//!
//! - **One writer.** [`Stack::to_json`] and [`Stack::to_yaml`] build the stack model of `iac2cfn-ir`
//!   and print it with `iac2cfn-cfn`, the writer of `iac2cfn convert`: a stack converted to Rust prints
//!   exactly the template the converter writes.
//! - **Order is kept.** Every part is written in the order it was added; a resource or condition
//!   [declared](Stack::declare) early keeps that place when it is defined later.
//! - **Typed structs follow the catalog.** [`aws`] is generated from the mapping tables of
//!   `iac2cfn-catalog` and checked in; a test fails when it is out of date.

pub mod fns;
mod resource;
mod stack;
pub mod typed;
mod value;

pub mod aws;

pub use fns::*;
pub use iac2cfn_ir::{DeletionPolicy, SubPart};
pub use resource::Resource;
pub use stack::{
    ConditionRef, ForEach, Mapping, MappingRef, Output, Parameter, ParameterRef, ResourceRef, Rule, Stack,
};
pub use value::{empty_list, list, map, Map, Number, Tag, Value};

/// Everything a stack definition uses, for `use iac2cfn_cdk::prelude::*;`. The typed structs stay in
/// their service modules: `use iac2cfn_cdk::aws::s3;`, then `s3::Bucket`.
pub mod prelude {
    pub use crate::fns::*;
    pub use crate::value::{empty_list, list, map, Map, Number, Tag, Value};
    pub use crate::{
        ConditionRef, DeletionPolicy, ForEach, Mapping, MappingRef, Output, Parameter, ParameterRef, Resource,
        ResourceRef, Rule, Stack, SubPart,
    };
}

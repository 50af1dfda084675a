//! AWS Systems Manager Parameter Store parameters, and maintenance windows with their targets.
//!
//! `AWS::SSM::Parameter` creates only `String` and `StringList` parameters: a `SecureString` is an
//! error (the lookup of `type` has no entry for it), not a silent downgrade to plain text.

use super::rows::TAGS;
use super::shared::{REGION, TAGS_ALL};
use crate::model::{Argument, Attribute, Placement, ResourceMapping, Shape, Target, Transform};

/// The SSM table.
pub const MAPPINGS: &[ResourceMapping] = &[PARAMETER, MAINTENANCE_WINDOW, MAINTENANCE_WINDOW_TARGET];

const PARAMETER: ResourceMapping = ResourceMapping {
    terraform: "aws_ssm_parameter",
    cloudformation: "AWS::SSM::Parameter",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "Name"),
        Argument::property("description", "Description"),
        Argument::transformed("type", Transform::Lookup(&[("String", "String"), ("StringList", "StringList")]), "Type"),
        Argument::property("value", "Value"),
        Argument::property("insecure_value", "Value"),
        Argument::property("value_wo", "Value"),
        Argument::property("data_type", "DataType"),
        Argument::property("tier", "Tier"),
        Argument::property("allowed_pattern", "AllowedPattern"),
        Argument::dropped(
            "key_id",
            "CloudFormation creates no SecureString parameters, so there is nothing to encrypt with a key",
        ),
        Argument::dropped("value_wo_version", "CloudFormation updates the value whenever it changes"),
        Argument::dropped("arn", "CloudFormation derives a parameter's ARN from its name"),
        Argument::dropped("overwrite", "CloudFormation never takes over a parameter that already exists"),
        // Parameter tags are a map in CloudFormation.
        Argument::new("tags", Shape::TagMap, Target::Property("Tags")),
        TAGS_ALL,
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::reference("name"),
        Attribute::get_att("arn", "Arn"),
        Attribute::get_att("type", "Type"),
        Attribute::get_att("value", "Value"),
        Attribute::get_att("insecure_value", "Value"),
    ],
    companions: &[],
};

/// `Ref` is the window's ID, as Terraform's `id` is.
const MAINTENANCE_WINDOW: ResourceMapping = ResourceMapping {
    terraform: "aws_ssm_maintenance_window",
    cloudformation: "AWS::SSM::MaintenanceWindow",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "Name"),
        Argument::property("description", "Description"),
        Argument::property("schedule", "Schedule"),
        Argument::property("schedule_timezone", "ScheduleTimezone"),
        Argument::property("schedule_offset", "ScheduleOffset"),
        Argument::property("duration", "Duration"),
        Argument::property("cutoff", "Cutoff"),
        Argument::property("start_date", "StartDate"),
        Argument::property("end_date", "EndDate"),
        Argument::property("allow_unassociated_targets", "AllowUnassociatedTargets"),
        // Required by CloudFormation; Terraform's default is `false`.
        Argument::new(
            "allow_unassociated_targets",
            Shape::Value(Transform::Constant("false")),
            Target::FixedUnless { path: "AllowUnassociatedTargets", unless: &["allow_unassociated_targets"] },
        ),
        Argument::dropped(
            "enabled",
            "AWS::SSM::MaintenanceWindow is always enabled; disable the window after deployment \
             (`aws ssm update-maintenance-window --no-enabled`) or leave it out of the stack",
        ),
        TAGS,
        TAGS_ALL,
        REGION,
    ],
    attributes: &[Attribute::reference("id")],
    companions: &[],
};

/// Terraform's `id` is the target's ID, CloudFormation's `WindowTargetId` attribute.
const MAINTENANCE_WINDOW_TARGET: ResourceMapping = ResourceMapping {
    terraform: "aws_ssm_maintenance_window_target",
    cloudformation: "AWS::SSM::MaintenanceWindowTarget",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("window_id", "WindowId"),
        Argument::property("name", "Name"),
        Argument::property("description", "Description"),
        Argument::property("owner_information", "OwnerInformation"),
        Argument::property("resource_type", "ResourceType"),
        Argument::block(
            "targets",
            "Targets",
            true,
            &[Argument::property("key", "Key"), Argument::property("values", "Values")],
        ),
        REGION,
    ],
    attributes: &[Attribute::get_att("id", "WindowTargetId"), Attribute::argument("window_id", "window_id")],
    companions: &[],
};

#[cfg(test)]
mod tests {
    use super::MAPPINGS;
    use crate::aws::rows::tests::{check_table, source, value};
    use crate::aws::shared::tests::{codes, map, props, row, s};
    use crate::lower_arguments;

    #[test]
    fn table_is_well_formed() {
        check_table(MAPPINGS);
    }

    #[test]
    fn a_string_parameter_converts_with_map_tags() {
        let body = source(vec![
            ("name", value(s("/app/url"))),
            ("type", value(s("String"))),
            ("value", value(s("https://example.com"))),
            ("tags", value(map(vec![("app", s("web"))]))),
        ]);
        let lowered = lower_arguments(row("aws_ssm_parameter"), &body);
        assert!(lowered.diagnostics.is_empty());
        assert_eq!(
            lowered.properties,
            props(vec![
                ("Name", s("/app/url")),
                ("Type", s("String")),
                ("Value", s("https://example.com")),
                ("Tags", map(vec![("app", s("web"))])),
            ])
        );
    }

    #[test]
    fn a_secure_string_is_an_error() {
        let body = source(vec![("name", value(s("/app/key"))), ("type", value(s("SecureString")))]);
        let lowered = lower_arguments(row("aws_ssm_parameter"), &body);
        assert_eq!(codes(&lowered), vec!["catalog::invalid-value"]);
        assert_eq!(lowered.diagnostics[0].labels[0].message, "expected one of: String, StringList");
    }
}

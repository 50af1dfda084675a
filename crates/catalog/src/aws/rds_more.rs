//! RDS beyond instances and subnet groups: DB and DB cluster parameter groups, IAM role
//! associations (merged into their instance's `AssociatedRoles`), and cross-region replication of
//! an instance's automated backups (merged into the instance's `AutomaticBackupReplication*`).
//!
//! A parameter group's `parameter` blocks are CloudFormation's `Parameters` map of names to values
//! ([`Target::MapByKeyValue`]). CloudFormation applies each parameter as RDS does by default
//! (dynamic ones at once, static ones at the next reboot), so `apply_method` has no form.

use super::rows::{TAGS, TIMEOUTS};
use super::shared::{NAME_PREFIX, REGION, TAGS_ALL};
use crate::model::{Argument, Attribute, Placement, ResourceMapping, Shape, Target, Transform};

/// The table of further RDS types.
pub const MAPPINGS: &[ResourceMapping] =
    &[PARAMETER_GROUP, CLUSTER_PARAMETER_GROUP, INSTANCE_ROLE_ASSOCIATION, OPTION_GROUP, AUTOMATED_BACKUPS_REPLICATION];

/// A `parameter` block: one entry of the `Parameters` map.
const PARAMETER: Argument = Argument::new(
    "parameter",
    Shape::Block {
        list: true,
        arguments: &[
            Argument::new(
                "name",
                Shape::Value(Transform::None),
                Target::Implied("the parameter's name is the key of its entry in Parameters"),
            ),
            Argument::property("value", "Value"),
            Argument::dropped(
                "apply_method",
                "CloudFormation applies dynamic parameters at once and static ones at the next reboot, \
                 as RDS does by default",
            ),
        ],
    },
    Target::MapByKeyValue { path: "Parameters", key: "name", value: "Value" },
);

/// `Ref` is the group's name, as Terraform's `id` is.
const PARAMETER_GROUP: ResourceMapping = ResourceMapping {
    terraform: "aws_db_parameter_group",
    cloudformation: "AWS::RDS::DBParameterGroup",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "DBParameterGroupName"),
        NAME_PREFIX,
        Argument::property("family", "Family"),
        // Required by CloudFormation; the frontend supplies Terraform's default when it is absent.
        Argument::property("description", "Description"),
        PARAMETER,
        Argument::dropped(
            "skip_destroy",
            "keep the parameter group with DeletionPolicy: Retain on the template resource",
        ),
        TAGS,
        TAGS_ALL,
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::reference("name"),
        Attribute::get_att("arn", "DBParameterGroupArn"),
    ],
    companions: &[],
};

/// `Ref` is the group's name, as Terraform's `id` is.
const CLUSTER_PARAMETER_GROUP: ResourceMapping = ResourceMapping {
    terraform: "aws_rds_cluster_parameter_group",
    cloudformation: "AWS::RDS::DBClusterParameterGroup",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "DBClusterParameterGroupName"),
        NAME_PREFIX,
        Argument::property("family", "Family"),
        // Required by CloudFormation; the frontend supplies Terraform's default when it is absent.
        Argument::property("description", "Description"),
        PARAMETER,
        TAGS,
        TAGS_ALL,
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::reference("name"),
        Attribute::sub("arn", "arn:${AWS::Partition}:rds:${AWS::Region}:${AWS::AccountId}:cluster-pg:${Self}"),
    ],
    companions: &[],
};

/// Merged into the instance its `db_instance_identifier` names: one `{FeatureName, RoleArn}` element
/// of the instance's `AssociatedRoles` per association.
const INSTANCE_ROLE_ASSOCIATION: ResourceMapping = ResourceMapping {
    terraform: "aws_db_instance_role_association",
    cloudformation: "AWS::RDS::DBInstance",
    when: None,
    placement: Placement::MergeInto { parent: "aws_db_instance", link: "db_instance_identifier" },
    arguments: &[
        Argument::link("db_instance_identifier"),
        Argument::new(
            "feature_name",
            Shape::Value(Transform::None),
            Target::Element { list: "AssociatedRoles", property: "FeatureName" },
        ),
        Argument::new(
            "role_arn",
            Shape::Value(Transform::None),
            Target::Element { list: "AssociatedRoles", property: "RoleArn" },
        ),
        TIMEOUTS,
        REGION,
    ],
    attributes: &[
        // Terraform's id is `identifier,role_arn`; the instance's Ref is its identifier.
        Attribute::reference("id"),
        Attribute::reference("db_instance_identifier"),
        Attribute::argument("role_arn", "role_arn"),
        Attribute::argument("feature_name", "feature_name"),
    ],
    companions: &[],
};

/// Merged into the source instance that `source_db_instance_arn` names.
///
/// The two sides see replication from opposite regions. Terraform creates this resource in the
/// *destination* region (a provider alias for that region, or `region` since provider 6): it calls
/// `StartDBInstanceAutomatedBackupsReplication` there, naming the source instance by ARN, and the
/// resource's region is where the backups go. CloudFormation makes replication a property of the
/// source instance, in the source instance's stack and region, naming the destination with
/// `AutomaticBackupReplicationRegion`. So `region` is written as that property, not dropped as for
/// other resources; where the configuration names the destination by a provider alias, the
/// Terraform frontend supplies that provider's region as `region` (and reports an alias whose
/// region it cannot tell). The KMS key is one of the destination region in both.
const AUTOMATED_BACKUPS_REPLICATION: ResourceMapping = ResourceMapping {
    terraform: "aws_db_instance_automated_backups_replication",
    cloudformation: "AWS::RDS::DBInstance",
    when: None,
    placement: Placement::MergeInto { parent: "aws_db_instance", link: "source_db_instance_arn" },
    arguments: &[
        Argument::link("source_db_instance_arn"),
        Argument::property("region", "AutomaticBackupReplicationRegion"),
        Argument::property("kms_key_id", "AutomaticBackupReplicationKmsKeyId"),
        Argument::property("retention_period", "AutomaticBackupReplicationRetentionPeriod"),
        Argument::dropped(
            "pre_signed_url",
            "CloudFormation starts the replication itself and signs its own cross-region request",
        ),
        TIMEOUTS,
    ],
    attributes: &[
        // Terraform's id is the ARN of the replicated backups in the destination region, which
        // CloudFormation does not return; the source instance's ARN stands for it.
        Attribute::get_att("id", "DBInstanceArn"),
        Attribute::get_att("source_db_instance_arn", "DBInstanceArn"),
    ],
    companions: &[],
};

/// `Ref` is the group's name, as Terraform's `id` is.
const OPTION_GROUP: ResourceMapping = ResourceMapping {
    terraform: "aws_db_option_group",
    cloudformation: "AWS::RDS::OptionGroup",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "OptionGroupName"),
        NAME_PREFIX,
        Argument::property("engine_name", "EngineName"),
        Argument::property("major_engine_version", "MajorEngineVersion"),
        // Required by CloudFormation; the frontend supplies Terraform's default when it is absent.
        Argument::property("option_group_description", "OptionGroupDescription"),
        Argument::block(
            "option",
            "OptionConfigurations",
            true,
            &[
                Argument::property("option_name", "OptionName"),
                Argument::property("port", "Port"),
                Argument::property("version", "OptionVersion"),
                Argument::property("db_security_group_memberships", "DBSecurityGroupMemberships"),
                Argument::property("vpc_security_group_memberships", "VpcSecurityGroupMemberships"),
                Argument::block(
                    "option_settings",
                    "OptionSettings",
                    true,
                    &[Argument::property("name", "Name"), Argument::property("value", "Value")],
                ),
            ],
        ),
        Argument::dropped("skip_destroy", "keep the option group with DeletionPolicy: Retain on the template resource"),
        TAGS,
        TAGS_ALL,
        TIMEOUTS,
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::reference("name"),
        Attribute::sub("arn", "arn:${AWS::Partition}:rds:${AWS::Region}:${AWS::AccountId}:og:${Self}"),
    ],
    companions: &[],
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::aws::rows::tests::{blocks, check_table, source, value};
    use crate::aws::shared::tests::{map, props, s};
    use crate::lower_arguments;

    #[test]
    fn table_is_well_formed() {
        check_table(MAPPINGS);
    }

    #[test]
    fn parameters_become_a_map_of_names_to_values() {
        let parameter = |name: &str, text: &str| {
            source(vec![
                ("name", value(s(name))),
                ("value", value(s(text))),
                ("apply_method", value(s("pending-reboot"))),
            ])
        };
        let lowered = lower_arguments(
            &PARAMETER_GROUP,
            &source(vec![
                ("family", value(s("postgres16"))),
                ("parameter", blocks(vec![parameter("log_connections", "1"), parameter("rds.force_ssl", "1")])),
            ]),
        );
        assert_eq!(
            lowered.properties,
            props(vec![
                ("Family", s("postgres16")),
                ("Parameters", map(vec![("log_connections", s("1")), ("rds.force_ssl", s("1"))])),
            ])
        );
        // `apply_method`, once per block, is reported as dropped.
        assert_eq!(lowered.diagnostics.len(), 2);
    }
}

//! Amazon MQ: brokers.
//!
//! CloudFormation requires `DeploymentMode` and `PubliclyAccessible`, which Terraform defaults to
//! `SINGLE_INSTANCE` and `false`: a row of the required `broker_name` writes each default
//! ([`Transform::Constant`]) and the optional argument's own row, later in the table, overwrites it.

use super::rows::{TAGS, TIMEOUTS};
use super::shared::{REGION, TAGS_ALL};
use crate::model::{Argument, Attribute, Placement, ResourceMapping, Transform};

/// The Amazon MQ table.
pub const MAPPINGS: &[ResourceMapping] = &[BROKER];

/// `Ref` is the broker's ID, as Terraform's `id` is.
const BROKER: ResourceMapping = ResourceMapping {
    terraform: "aws_mq_broker",
    cloudformation: "AWS::AmazonMQ::Broker",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("broker_name", "BrokerName"),
        Argument::transformed("broker_name", Transform::Constant("SINGLE_INSTANCE"), "DeploymentMode"),
        Argument::transformed("broker_name", Transform::Constant("false"), "PubliclyAccessible"),
        Argument::property("deployment_mode", "DeploymentMode"),
        Argument::property("publicly_accessible", "PubliclyAccessible"),
        Argument::property("engine_type", "EngineType"),
        Argument::property("engine_version", "EngineVersion"),
        Argument::property("host_instance_type", "HostInstanceType"),
        Argument::property("authentication_strategy", "AuthenticationStrategy"),
        Argument::property("auto_minor_version_upgrade", "AutoMinorVersionUpgrade"),
        Argument::property("storage_type", "StorageType"),
        Argument::property("security_groups", "SecurityGroups"),
        Argument::property("subnet_ids", "SubnetIds"),
        Argument::property("data_replication_mode", "DataReplicationMode"),
        Argument::property("data_replication_primary_broker_arn", "DataReplicationPrimaryBrokerArn"),
        // Argument of the provider's 6.x releases.
        Argument::property("resource_share_arns", "ResourceShareArns"),
        Argument::block(
            "configuration",
            "Configuration",
            false,
            &[Argument::property("id", "Id"), Argument::property("revision", "Revision")],
        ),
        Argument::block(
            "encryption_options",
            "EncryptionOptions",
            false,
            &[Argument::property("kms_key_id", "KmsKeyId"), Argument::property("use_aws_owned_key", "UseAwsOwnedKey")],
        ),
        Argument::block(
            "ldap_server_metadata",
            "LdapServerMetadata",
            false,
            &[
                Argument::property("hosts", "Hosts"),
                Argument::property("role_base", "RoleBase"),
                Argument::property("role_name", "RoleName"),
                Argument::property("role_search_matching", "RoleSearchMatching"),
                Argument::property("role_search_subtree", "RoleSearchSubtree"),
                Argument::property("service_account_password", "ServiceAccountPassword"),
                Argument::property("service_account_username", "ServiceAccountUsername"),
                Argument::property("user_base", "UserBase"),
                Argument::property("user_role_name", "UserRoleName"),
                Argument::property("user_search_matching", "UserSearchMatching"),
                Argument::property("user_search_subtree", "UserSearchSubtree"),
            ],
        ),
        // `audit` is a string ("true") in the provider's schema, a boolean in CloudFormation's,
        // which accepts it.
        Argument::block(
            "logs",
            "Logs",
            false,
            &[Argument::property("audit", "Audit"), Argument::property("general", "General")],
        ),
        Argument::block(
            "maintenance_window_start_time",
            "MaintenanceWindowStartTime",
            false,
            &[
                Argument::property("day_of_week", "DayOfWeek"),
                Argument::property("time_of_day", "TimeOfDay"),
                Argument::property("time_zone", "TimeZone"),
            ],
        ),
        Argument::block(
            "user",
            "Users",
            true,
            &[
                Argument::property("username", "Username"),
                Argument::property("password", "Password"),
                Argument::property("console_access", "ConsoleAccess"),
                Argument::property("groups", "Groups"),
                Argument::property("replication_user", "ReplicationUser"),
            ],
        ),
        Argument::dropped(
            "apply_immediately",
            "CloudFormation applies a broker's changes in its next maintenance window or, for those \
             that need it, by rebooting the broker",
        ),
        TAGS,
        TAGS_ALL,
        TIMEOUTS,
        REGION,
    ],
    attributes: &[Attribute::reference("id"), Attribute::get_att("arn", "Arn")],
    companions: &[],
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::aws::rows::tests::{check_table, source, value};
    use crate::aws::shared::tests::{props, s};
    use crate::lower_arguments;
    use iac2cfn_ir::Expr;

    #[test]
    fn table_is_well_formed() {
        check_table(MAPPINGS);
    }

    #[test]
    fn required_properties_get_terraforms_defaults_unless_set() {
        let lowered = lower_arguments(&BROKER, &source(vec![("broker_name", value(s("b")))]));
        assert_eq!(
            lowered.properties,
            props(vec![
                ("BrokerName", s("b")),
                ("DeploymentMode", s("SINGLE_INSTANCE")),
                ("PubliclyAccessible", s("false")),
            ])
        );
        let lowered = lower_arguments(
            &BROKER,
            &source(vec![
                ("publicly_accessible", value(Expr::Bool(true))),
                ("deployment_mode", value(s("ACTIVE_STANDBY_MULTI_AZ"))),
                ("broker_name", value(s("b"))),
            ]),
        );
        assert_eq!(
            lowered.properties,
            props(vec![
                ("BrokerName", s("b")),
                ("DeploymentMode", s("ACTIVE_STANDBY_MULTI_AZ")),
                ("PubliclyAccessible", Expr::Bool(true)),
            ])
        );
    }
}

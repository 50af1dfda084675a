//! AWS WAF (v2): associations of web ACLs with the resources they protect.

use super::rows::TIMEOUTS;
use super::shared::REGION;
use crate::model::{Argument, Attribute, Placement, ResourceMapping};

/// The WAF table.
pub const MAPPINGS: &[ResourceMapping] = &[WEB_ACL_ASSOCIATION];

const WEB_ACL_ASSOCIATION: ResourceMapping = ResourceMapping {
    terraform: "aws_wafv2_web_acl_association",
    cloudformation: "AWS::WAFv2::WebACLAssociation",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("web_acl_arn", "WebACLArn"),
        Argument::property("resource_arn", "ResourceArn"),
        TIMEOUTS,
        REGION,
    ],
    // Terraform's id joins the two ARNs with a comma; CloudFormation's `Ref` identifies the
    // association its own way. Neither is an input of another resource.
    attributes: &[Attribute::reference("id")],
    companions: &[],
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::aws::rows::tests::check_table;

    #[test]
    fn table_is_well_formed() {
        check_table(MAPPINGS);
    }
}

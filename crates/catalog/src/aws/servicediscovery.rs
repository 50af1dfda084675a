//! Cloud Map (service discovery): HTTP namespaces.

use super::rows::TAGS;
use super::shared::{REGION, TAGS_ALL};
use crate::model::{Argument, Attribute, Placement, ResourceMapping};

/// The Cloud Map table.
pub const MAPPINGS: &[ResourceMapping] = &[HTTP_NAMESPACE];

/// `Ref` is the namespace ID (`ns-...`), as Terraform's `id` is.
const HTTP_NAMESPACE: ResourceMapping = ResourceMapping {
    terraform: "aws_service_discovery_http_namespace",
    cloudformation: "AWS::ServiceDiscovery::HttpNamespace",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "Name"),
        Argument::property("description", "Description"),
        TAGS,
        TAGS_ALL,
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::get_att("arn", "Arn"),
        // The name that HTTP-only discovery (`DiscoverInstances`) takes: the namespace's name.
        Attribute::argument("http_name", "name"),
    ],
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

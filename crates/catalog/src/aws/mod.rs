//! The tables, one module per AWS service.

use crate::model::ResourceMapping;

/// Every service's table.
pub const SERVICES: &[&[ResourceMapping]] = &[];

//! Numeric algorithms with no interpreter dependencies.

pub mod bigint;

//! Format spec.

//! Compiles gilt-core for a bare-metal target. With the `portable-atomic`
//! feature, cargo's feature unification switches the `spin` crate the core
//! uses onto portable-atomic, which is what makes targets without
//! compare-and-swap (thumbv6m) build; no change to the core is needed.
#![no_std]

pub use gilt_core;

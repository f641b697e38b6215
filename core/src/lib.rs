//! # gilt-core
//!
//! The `#![no_std]` + `alloc` core of Gilt, an embeddable Python 3 interpreter:
//! a compiler from Python source to bytecode ([`compile`]), a bytecode VM
//! ([`vm`]) over reference-counted heap objects ([`object`]), the built-in
//! modules ([`builtins`]), and the [`platform::Platform`] trait, the core's only
//! door to the outside world.
#![no_std]
#![warn(missing_docs)]

extern crate alloc;

pub mod api;
pub mod builtins;
pub mod bytecode;
pub mod compile;
pub mod num;
pub mod object;
pub mod platform;
pub mod sync;
pub mod vm;

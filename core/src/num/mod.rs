//! Numbers: arbitrary-precision integers ([`bigint`]), float formatting,
//! parsing and rounding with CPython's exact output ([`float`]), and the
//! format-spec mini-language ([`format`]).
//!
//! Self-contained: nothing here depends on the rest of the interpreter.

pub mod bigint;
pub mod float;
pub mod format;

pub use bigint::{hash_f64, hash_i64, BigInt, TrueDivError};
pub use float::{float_floor_divmod, float_repr, format_float, parse_float, round_f64};
pub use format::{FormatError, FormatSpec};

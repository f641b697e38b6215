//! `int` and `bool`: methods and operations. Small ints are the immediate
//! `Value::Int`; larger ones are `Payload::Int` objects holding a
//! [`BigInt`](crate::num::bigint::BigInt).

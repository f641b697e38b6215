//! Most expensive target: compile and run in a fresh interpreter.
//! TODO(exec): `gilt_core::api::Interpreter` is not on main yet; until it is,
//! this target only compiles (see docs/fuzzing.md).
#![no_main]

use gilt_core::compile::parser::decode_source;
use gilt_core::compile::{compile, Mode};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(src) = decode_source(data, "<fuzz>") else {
        return;
    };
    let _ = compile(src, "<fuzz>", Mode::Module);
});

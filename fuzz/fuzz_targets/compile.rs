//! Parser, symbol table and code generator: `compile(src, "<fuzz>", Module)`.
//! Accepted outcomes: a code object or a `SyntaxError`.
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

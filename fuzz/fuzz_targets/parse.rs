//! The parser in all three modes (`exec`, `eval`, `single`) over any bytes.
//! Accepted outcomes: an AST or a `SyntaxError`.
#![no_main]

use gilt_core::compile::parser::{decode_source, parse, Mode};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(src) = decode_source(data, "<fuzz>") else {
        return;
    };
    for mode in [Mode::Module, Mode::Expression, Mode::Interactive] {
        let _ = parse(src, mode, "<fuzz>");
    }
});

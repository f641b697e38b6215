//! Cheapest target: source decoding and the tokenizer over any bytes.
//! Accepted outcomes: a token list (ending in `EndMarker` or `Error`), or a
//! decoding `SyntaxError`. Anything else (panic, abort, hang) is a finding.
#![no_main]

use gilt_core::compile::lexer::{normalize, tokenize};
use gilt_core::compile::parser::decode_source;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(src) = decode_source(data, "<fuzz>") else {
        return;
    };
    let chars = normalize(src);
    let lexed = tokenize(&chars);
    // The documented invariant: a lexed stream is never empty.
    assert!(!lexed.tokens.is_empty(), "tokenize returned no tokens");
});

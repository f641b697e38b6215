//! Regression tests for inputs found by the fuzz targets in `fuzz/`. Each
//! test calls the same API its target calls and asserts a clean outcome (a
//! result or a Python error, never a panic), with the root cause in a comment.
//! See docs/fuzzing.md for how to add one.

use gilt_core::compile::lexer::{normalize, tokenize};
use gilt_core::compile::parser::{decode_source, parse};
use gilt_core::compile::{compile, Mode};

/// What the `lex`, `parse` and `compile` targets do with one input; returns
/// whether it compiled as a module.
#[allow(dead_code)]
fn all_stages(data: &[u8]) -> bool {
    let Ok(src) = decode_source(data, "<fuzz>") else {
        return false;
    };
    let lexed = tokenize(&normalize(src));
    assert!(!lexed.tokens.is_empty());
    for mode in [Mode::Module, Mode::Expression, Mode::Interactive] {
        let _ = parse(src, mode, "<fuzz>");
    }
    compile(src, "<fuzz>", Mode::Module).is_ok()
}

#[test]
fn seed_programs_pass_every_stage() {
    assert!(all_stages(b"def f(x):\n    return x + 1\nprint(f(2))\n"));
    assert!(!all_stages(b"\xff\xfe"));
    assert!(!all_stages(b"x = (\n"));
}

//! Cross-checks between compiler stages and modes, on any bytes:
//!
//! 1. Determinism: compiling the same source twice (in each mode) gives the
//!    same outcome: equal `SyntaxError`s, or disassemblies that are equal once
//!    object addresses (`at 0x...`) are masked.
//! 2. Error positions: every `SyntaxError` from `compile` names a line inside
//!    the source (1 ..= number of lines + 1; the `+ 1` is the end-of-input line).
//! 3. The disassembler and `code_repr` accept every code object the compiler
//!    produces (no panic).
//! 4. Grammar inclusion: a source that parses as an expression (`eval`) also
//!    parses as a module (`exec`), as in CPython's grammar, where
//!    `eval: expressions NEWLINE* ENDMARKER` is a special case of `file`.
#![no_main]

use gilt_core::bytecode::dis::{code_repr, dis_code};
use gilt_core::compile::lexer::normalize;
use gilt_core::compile::parser::{decode_source, parse};
use gilt_core::compile::{compile, Mode, SyntaxError};
use libfuzzer_sys::fuzz_target;

/// Replaces every `0x<hex>` with `0x?` (code object addresses differ between
/// two compilations).
fn mask_addresses(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find("0x") {
        out.push_str(&rest[..i + 2]);
        rest = &rest[i + 2..];
        let hex = rest.bytes().take_while(u8::is_ascii_hexdigit).count();
        if hex > 0 {
            out.push('?');
        }
        rest = &rest[hex..];
    }
    out.push_str(rest);
    out
}

fn outcome(src: &str, mode: Mode) -> Result<String, SyntaxError> {
    compile(src, "<fuzz>", mode).map(|code| {
        let _ = code_repr(&code);
        mask_addresses(&dis_code(&code))
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(src) = decode_source(data, "<fuzz>") else {
        return;
    };
    let lines = normalize(src).iter().filter(|&&c| c == '\n').count() as u32 + 1;
    for mode in [Mode::Module, Mode::Expression, Mode::Interactive] {
        let first = outcome(src, mode);
        let second = outcome(src, mode);
        assert_eq!(first, second, "compile is not deterministic in {mode:?}");
        if let Err(e) = &first {
            assert!(
                (1..=lines + 1).contains(&e.line),
                "{mode:?}: SyntaxError line {} outside the source (1..={}): {e:?}",
                e.line,
                lines + 1
            );
        }
    }
    if parse(src, Mode::Expression, "<fuzz>").is_ok() {
        if let Err(e) = parse(src, Mode::Module, "<fuzz>") {
            panic!("parses as an expression but not as a module: {e:?}");
        }
    }
});

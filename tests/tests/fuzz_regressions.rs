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

/// Found by `differential` (grammar inclusion: parses as `eval`, not as
/// `exec`). Minimised input: `"# c\n    x"`; also `"  x"`, `"\n\n  1"`.
///
/// CPython 3.11: `compile("  x", "", "eval")` raises
/// `IndentationError: unexpected indent` (line 1, offset 2); only the
/// builtin `eval()` strips leading spaces and tabs from a *string* argument,
/// and that happens before compiling, not in the grammar.
///
/// Root cause: `Parser::eval_input` (core/src/compile/parser.rs) skips every
/// leading `Tok::Indent`/`Tok::Newline` before the expression, so an
/// indented expression is accepted in `eval` mode. The strip belongs in the
/// builtin `eval()`; `eval_input` should reject a leading INDENT the way
/// `file` does.
#[test]
#[ignore = "parser owner: eval_input accepts a leading INDENT (see comment)"]
fn eval_mode_rejects_unexpected_indent() {
    for (src, line) in [("  x", 1), ("# c\n    x", 2), ("\n\n  1", 3), ("\t1", 1)] {
        let err = parse(src, Mode::Expression, "<fuzz>")
            .err()
            .unwrap_or_else(|| panic!("{src:?} parsed in eval mode"));
        assert_eq!(err.msg, "unexpected indent", "{src:?}");
        assert_eq!(err.line, line, "{src:?}");
        assert!(compile(src, "<fuzz>", Mode::Expression).is_err(), "{src:?}");
    }
    // Leading blank lines stay fine, as in CPython.
    assert!(compile("\n1", "<fuzz>", Mode::Expression).is_ok());
}

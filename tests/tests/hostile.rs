//! Hostile inputs: huge, deeply nested or malformed programs must end in a
//! clean Python error (or run correctly), never a Rust panic or a host stack
//! overflow. Expected messages are CPython 3.11's for the same input.

use std::path::PathBuf;

use gilt_std::Captured;

/// Writes `source` to a temp file and runs it with captured stdio.
fn run(name: &str, source: &[u8]) -> (Captured, String) {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("hostile");
    std::fs::create_dir_all(&dir).expect("create hostile temp dir");
    let path = dir.join(format!("{name}.py"));
    std::fs::write(&path, source).expect("write hostile program");
    let display = format!("hostile/{name}.py");
    let argv = vec![display.clone()];
    let got = gilt_std::run_file_captured(&path, &display, &argv, "");
    assert!(
        !got.stderr.contains("panicked"),
        "{name}: the interpreter panicked:\n{}",
        tail(&got.stderr)
    );
    (got, display)
}

/// The last few lines of a (possibly huge) text, for failure messages.
fn tail(s: &str) -> String {
    let lines: Vec<&str> = s.lines().collect();
    let from = lines.len().saturating_sub(6);
    lines[from..]
        .iter()
        .map(|l| if l.len() > 300 { format!("{}...", &l[..l.char_indices().nth(300).map_or(l.len(), |(i, _)| i)]) } else { l.to_string() })
        .collect::<Vec<_>>()
        .join("\n")
}

fn last_line(s: &str) -> &str {
    s.trim_end_matches('\n').rsplit('\n').next().unwrap_or("")
}

/// Asserts exit code 1 and that stderr's last line starts with `prefix`.
fn expect_error(name: &str, source: &[u8], prefix: &str) {
    let (got, _) = run(name, source);
    assert_eq!(got.code, 1, "{name}: exit code; stderr tail:\n{}", tail(&got.stderr));
    let last = last_line(&got.stderr);
    assert!(
        last.starts_with(prefix),
        "{name}: expected stderr's last line to start with {prefix:?}, got:\n{}",
        tail(&got.stderr)
    );
}

/// Asserts exit code 1 and that stderr's last line starts with one of `prefixes`
/// (for inputs where CPython itself does not give one clean answer).
fn expect_error_any(name: &str, source: &[u8], prefixes: &[&str]) {
    let (got, _) = run(name, source);
    assert_eq!(got.code, 1, "{name}: exit code; stderr tail:\n{}", tail(&got.stderr));
    let last = last_line(&got.stderr);
    assert!(
        prefixes.iter().any(|p| last.starts_with(p)),
        "{name}: expected stderr's last line to start with one of {prefixes:?}, got:\n{}",
        tail(&got.stderr)
    );
}

/// Asserts a clean run with exactly this stdout and no stderr.
fn expect_output(name: &str, source: &[u8], stdout: &str) {
    let (got, _) = run(name, source);
    assert_eq!(got.stderr, "", "{name}: unexpected stderr");
    assert_eq!(got.code, 0, "{name}: exit code");
    assert_eq!(got.stdout, stdout, "{name}: stdout");
}

#[test]
fn nested_parentheses_100k_is_a_syntax_error() {
    let src = format!("{}1{}\n", "(".repeat(100_000), ")".repeat(100_000));
    expect_error("parens", src.as_bytes(), "SyntaxError: too many nested parentheses");
}

#[test]
fn nested_list_displays_10k_is_a_syntax_error() {
    let src = format!("x = {}{}\nprint('ok')\n", "[".repeat(10_000), "]".repeat(10_000));
    expect_error("lists", src.as_bytes(), "SyntaxError: too many nested parentheses");
}

#[test]
fn unary_minus_100k_fails_cleanly() {
    // CPython 3.11 reports MemoryError (its parser stack); any clean error will do.
    let src = format!("print({}1)\n", "-".repeat(100_000));
    expect_error_any("minus", src.as_bytes(), &["SyntaxError", "MemoryError", "RecursionError"]);
}

#[test]
fn not_50k_fails_cleanly() {
    // CPython 3.11 reports MemoryError (its parser stack); any clean error will do.
    let src = format!("print({}True)\n", "not ".repeat(50_000));
    expect_error_any("nots", src.as_bytes(), &["SyntaxError", "MemoryError", "RecursionError"]);
}

#[test]
fn int_literal_with_100k_digits_works() {
    // Deliberate difference: CPython 3.11 refuses this literal (the 4300-digit
    // int_max_str_digits limit); Gilt must parse it.
    let src = format!("x = {}12345\nprint(x % 100000)\n", "7".repeat(99_995));
    expect_output("bigint", src.as_bytes(), "12345\n");
}

#[test]
fn string_literal_of_10_mb_works() {
    let src = format!("s = \"{}\"\nprint(len(s))\n", "a".repeat(10_000_000));
    expect_output("bigstr", src.as_bytes(), "10000000\n");
}

#[test]
fn unterminated_single_quoted_string() {
    expect_error(
        "unterm1",
        b"x = \"abc\n",
        "SyntaxError: unterminated string literal (detected at line 1)",
    );
}

#[test]
fn unterminated_triple_quoted_string() {
    expect_error(
        "unterm3",
        b"x = \"\"\"abc\n\nmore\n",
        "SyntaxError: unterminated triple-quoted string literal (detected at line 3)",
    );
}

#[test]
fn nul_byte_in_source() {
    expect_error("nul", b"x = 1\x00\n", "SyntaxError: source code cannot contain null bytes");
}

#[test]
fn invalid_utf8_in_source() {
    let (got, display) = run("badutf8", b"x = \"\xff\"\nprint(x)\n");
    assert_eq!(got.code, 1, "badutf8: exit code; stderr:\n{}", tail(&got.stderr));
    let want = format!(
        "SyntaxError: Non-UTF-8 code starting with '\\xff' in file {display} on line 1, \
         but no encoding declared; see https://peps.python.org/pep-0263/ for details"
    );
    assert_eq!(last_line(&got.stderr), want);
}

#[test]
fn runaway_recursion_with_limit_100k_raises_recursion_error() {
    let src = b"import sys\nsys.setrecursionlimit(100000)\ndef f(n):\n    return f(n+1)\nf(0)\n";
    expect_error("deeprec", src, "RecursionError: maximum recursion depth exceeded");
}

#[test]
fn freeing_a_million_deep_nested_list_does_not_overflow() {
    let src = b"x = None\nfor i in range(1_000_000):\n    x = [x]\ndel x\nprint('freed')\n";
    expect_output("deepdata", src, "freed\n");
}

#[test]
fn mutually_recursive_repr_raises_recursion_error() {
    let src = b"class A:\n    def __repr__(self):\n        return repr(b)\n\
class B:\n    def __repr__(self):\n        return repr(a)\n\
a = A()\nb = B()\nprint(repr(a))\n";
    // CPython 3.11 adds " while calling a Python object" here.
    expect_error("reprrec", src, "RecursionError: maximum recursion depth exceeded");
}

#[test]
fn empty_file_runs_silently() {
    expect_output("empty", b"", "");
}

#[test]
fn file_without_trailing_newline_runs() {
    expect_output("nonl", b"print(\"no trailing newline\")", "no trailing newline\n");
    expect_output("nonl_block", b"if True:\n    print('in block')", "in block\n");
}

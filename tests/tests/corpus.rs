//! Differential corpus: every `tests/py/NAME.py` runs in-process through
//! `gilt_std::run_file_captured`, and its stdout, stderr and exit code must
//! equal CPython 3.11's, recorded in `tests/expected/` by `tests/regen.py`.

use std::path::{Path, PathBuf};

include!(concat!(env!("OUT_DIR"), "/corpus_cases.rs"));

fn tests_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Reads an expected file; `None` when it does not exist.
fn read_expected(path: &Path) -> Option<String> {
    match std::fs::read(path) {
        Ok(bytes) => Some(String::from_utf8_lossy(&bytes).into_owned()),
        Err(_) => None,
    }
}

/// Runs one corpus program and panics with a readable diff on any mismatch.
pub fn run_case(name: &str) {
    let dir = tests_dir();
    let script = dir.join("py").join(format!("{name}.py"));
    let display = format!("tests/py/{name}.py");
    let argv = vec![display.clone(), "alpha".to_string(), "beta".to_string()];
    let expected_dir = dir.join("expected");

    let want_out = read_expected(&expected_dir.join(format!("{name}.out")))
        .unwrap_or_else(|| panic!("missing tests/expected/{name}.out: run python3 tests/regen.py"));
    let want_err = read_expected(&expected_dir.join(format!("{name}.err"))).unwrap_or_default();
    let want_code: i32 = match read_expected(&expected_dir.join(format!("{name}.code"))) {
        Some(s) => s.trim().parse().unwrap_or_else(|_| panic!("bad {name}.code: {s:?}")),
        None => 0,
    };

    let got = gilt_std::run_file_captured(&script, &display, &argv, "");

    let mut report = String::new();
    if got.stdout != want_out {
        report.push_str(&diff("stdout", &want_out, &got.stdout));
    }
    if got.stderr != want_err {
        report.push_str(&diff("stderr", &want_err, &got.stderr));
    }
    if got.code != want_code {
        report.push_str(&format!("exit code: expected {want_code}, got {}\n", got.code));
    }
    if !report.is_empty() {
        panic!("\n{display} differs from CPython 3.11:\n{report}");
    }
}

/// A unified-style diff of the first differing region of two texts.
fn diff(what: &str, want: &str, got: &str) -> String {
    const CONTEXT: usize = 3;
    const SHOWN: usize = 12;
    let w: Vec<&str> = want.split_inclusive('\n').collect();
    let g: Vec<&str> = got.split_inclusive('\n').collect();
    let first = w.iter().zip(g.iter()).take_while(|(a, b)| a == b).count();
    // Trim the common suffix (but not past the first difference).
    let mut we = w.len();
    let mut ge = g.len();
    while we > first && ge > first && w[we - 1] == g[ge - 1] {
        we -= 1;
        ge -= 1;
    }
    let start = first.saturating_sub(CONTEXT);
    let mut out = format!(
        "--- expected {what}\n+++ actual {what}\n@@ -{},{} +{},{} @@\n",
        start + 1,
        we - start,
        start + 1,
        ge - start
    );
    for line in &w[start..first] {
        out.push_str(&format!(" {}\n", show(line)));
    }
    for line in w[first..we].iter().take(SHOWN) {
        out.push_str(&format!("-{}\n", show(line)));
    }
    if we - first > SHOWN {
        out.push_str(&format!("-... ({} more lines)\n", we - first - SHOWN));
    }
    for line in g[first..ge].iter().take(SHOWN) {
        out.push_str(&format!("+{}\n", show(line)));
    }
    if ge - first > SHOWN {
        out.push_str(&format!("+... ({} more lines)\n", ge - first - SHOWN));
    }
    for line in w[we..].iter().take(CONTEXT) {
        out.push_str(&format!(" {}\n", show(line)));
    }
    out
}

/// One line for display: the newline dropped, a missing final newline and
/// invisible characters made visible.
fn show(line: &str) -> String {
    let (body, nl) = match line.strip_suffix('\n') {
        Some(b) => (b, true),
        None => (line, false),
    };
    let mut s = String::new();
    for c in body.chars() {
        match c {
            '\r' => s.push_str("\\r"),
            '\t' => s.push_str("\\t"),
            c if c.is_control() => s.push_str(&c.escape_unicode().to_string()),
            c => s.push(c),
        }
    }
    if !nl {
        s.push_str("⏎(no newline at end)");
    }
    s
}

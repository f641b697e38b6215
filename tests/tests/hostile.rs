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
        .map(|l| {
            if l.len() > 300 {
                format!(
                    "{}...",
                    &l[..l.char_indices().nth(300).map_or(l.len(), |(i, _)| i)]
                )
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn last_line(s: &str) -> &str {
    s.trim_end_matches('\n').rsplit('\n').next().unwrap_or("")
}

/// Asserts exit code 1 and that stderr's last line starts with `prefix`.
fn expect_error(name: &str, source: &[u8], prefix: &str) {
    let (got, _) = run(name, source);
    assert_eq!(
        got.code,
        1,
        "{name}: exit code; stderr tail:\n{}",
        tail(&got.stderr)
    );
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
    assert_eq!(
        got.code,
        1,
        "{name}: exit code; stderr tail:\n{}",
        tail(&got.stderr)
    );
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
    expect_error(
        "parens",
        src.as_bytes(),
        "SyntaxError: too many nested parentheses",
    );
}

#[test]
fn nested_list_displays_10k_is_a_syntax_error() {
    let src = format!(
        "x = {}{}\nprint('ok')\n",
        "[".repeat(10_000),
        "]".repeat(10_000)
    );
    expect_error(
        "lists",
        src.as_bytes(),
        "SyntaxError: too many nested parentheses",
    );
}

#[test]
fn unary_minus_100k_fails_cleanly() {
    // CPython 3.11 reports MemoryError (its parser stack); any clean error will do.
    let src = format!("print({}1)\n", "-".repeat(100_000));
    expect_error_any(
        "minus",
        src.as_bytes(),
        &["SyntaxError", "MemoryError", "RecursionError"],
    );
}

#[test]
fn not_50k_fails_cleanly() {
    // CPython 3.11 reports MemoryError (its parser stack); any clean error will do.
    let src = format!("print({}True)\n", "not ".repeat(50_000));
    expect_error_any(
        "nots",
        src.as_bytes(),
        &["SyntaxError", "MemoryError", "RecursionError"],
    );
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
    expect_error(
        "nul",
        b"x = 1\x00\n",
        "SyntaxError: source code cannot contain null bytes",
    );
}

#[test]
fn invalid_utf8_in_source() {
    let (got, display) = run("badutf8", b"x = \"\xff\"\nprint(x)\n");
    assert_eq!(
        got.code,
        1,
        "badutf8: exit code; stderr:\n{}",
        tail(&got.stderr)
    );
    let want = format!(
        "SyntaxError: Non-UTF-8 code starting with '\\xff' in file {display} on line 1, \
         but no encoding declared; see https://peps.python.org/pep-0263/ for details"
    );
    assert_eq!(last_line(&got.stderr), want);
}

#[test]
fn runaway_recursion_with_limit_100k_raises_recursion_error() {
    let src = b"import sys\nsys.setrecursionlimit(100000)\ndef f(n):\n    return f(n+1)\nf(0)\n";
    expect_error(
        "deeprec",
        src,
        "RecursionError: maximum recursion depth exceeded",
    );
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
    expect_error(
        "reprrec",
        src,
        "RecursionError: maximum recursion depth exceeded",
    );
}

#[test]
fn empty_file_runs_silently() {
    expect_output("empty", b"", "");
}

#[test]
fn file_without_trailing_newline_runs() {
    expect_output(
        "nonl",
        b"print(\"no trailing newline\")",
        "no trailing newline\n",
    );
    expect_output(
        "nonl_block",
        b"if True:\n    print('in block')",
        "in block\n",
    );
}

// ----- resource bombs, with and without limits -----

use gilt_core::api::Interpreter;
use gilt_core::vm::limits::{LimitKind, Limits};
use gilt_core::vm::Config;

/// Memory limits see every allocation of the running interpreter.
#[global_allocator]
static ALLOC: gilt_std::CountingAlloc = gilt_std::CountingAlloc;

/// How a limited run ended.
#[derive(Debug, PartialEq, Eq)]
enum End {
    /// Finished normally.
    Ok,
    /// An uncaught Python exception; the last line of its traceback.
    Error(String),
    /// Stopped by a hard limit.
    Stopped(LimitKind),
}

/// Runs `src` under `limits` on a big-stack thread; returns how it ended
/// and its stdout. Panics if it takes longer than `max_secs` (a hang).
fn run_limited(src: &str, limits: Limits, max_secs: u64) -> (End, String) {
    let src = src.to_string();
    let t = std::time::Instant::now();
    let h = std::thread::Builder::new()
        .stack_size(gilt_std::INTERP_STACK_SIZE)
        .spawn(move || {
            let p = gilt_std::CapturePlatform::new("");
            let (out, err) = (p.stdout.clone(), p.stderr.clone());
            let config = Config {
                limits,
                ..Config::default()
            };
            let mut interp = Interpreter::new(Box::new(p), config);
            let r = interp.run_source(&src, "<hostile>");
            let end = match &r {
                Ok(()) => End::Ok,
                Err(e) => match e.limit_kind() {
                    Some(k) => End::Stopped(k),
                    None => {
                        interp.exit_code_for(e);
                        let text = String::from_utf8_lossy(&err.lock().unwrap()).into_owned();
                        End::Error(last_line(&text).to_string())
                    }
                },
            };
            drop(r);
            interp.shutdown();
            drop(interp);
            let stdout = String::from_utf8_lossy(&out.lock().unwrap()).into_owned();
            (end, stdout)
        })
        .expect("spawn");
    let r = h.join().expect("the interpreter thread panicked");
    assert!(
        t.elapsed() < std::time::Duration::from_secs(max_secs),
        "took {:?}",
        t.elapsed()
    );
    r
}

fn memory(bytes: usize) -> Limits {
    Limits {
        max_memory_bytes: Some(bytes),
        ..Limits::default()
    }
}

#[test]
fn list_repeat_10_to_12_is_memory_error() {
    // CPython 3.11: MemoryError.
    expect_error("listbomb", b"x = [0] * 10**12\n", "MemoryError");
    let (end, _) = run_limited("x = [0] * 10**12\n", memory(64 << 20), 30);
    assert_eq!(end, End::Error("MemoryError".into()));
}

#[test]
fn str_repeat_2_to_62_is_memory_error() {
    // CPython 3.11: MemoryError.
    expect_error("strbomb", b"x = 'x' * 2**62\n", "MemoryError");
    let (end, _) = run_limited("x = 'x' * 2**62\n", memory(64 << 20), 30);
    assert_eq!(end, End::Error("MemoryError".into()));
}

#[test]
fn exponential_string_doubling_hits_the_memory_limit_as_memory_error() {
    let src = "
s = 'x'
try:
    while True:
        s += s
except MemoryError:
    print('MemoryError at', len(s))
s = s + s
";
    let (end, out) = run_limited(src, memory(64 << 20), 60);
    assert_eq!(out, "MemoryError at 33554432\n");
    assert_eq!(end, End::Error("MemoryError".into()));
}

#[test]
fn many_small_allocations_stop_at_the_memory_limit() {
    let src = "
d = {}
i = 0
try:
    while True:
        d[i] = [i, str(i)]
        i += 1
except BaseException:
    print('swallowed')
";
    let (end, out) = run_limited(src, memory(48 << 20), 60);
    assert_eq!((end, out.as_str()), (End::Stopped(LimitKind::Memory), ""));
}

#[test]
fn while_true_is_stopped_by_an_instruction_limit() {
    let limits = Limits {
        max_instructions: Some(1_000_000),
        ..Limits::default()
    };
    let src =
        "while True:\n    try:\n        pass\n    except BaseException:\n        print('no')\n";
    let (end, out) = run_limited(src, limits, 30);
    assert_eq!(
        (end, out.as_str()),
        (End::Stopped(LimitKind::Instructions), "")
    );
}

#[test]
fn while_true_is_stopped_by_a_time_limit() {
    let limits = Limits {
        max_time_ns: Some(300_000_000),
        ..Limits::default()
    };
    let (end, _) = run_limited("while True: pass\n", limits, 10);
    assert_eq!(end, End::Stopped(LimitKind::Time));
}

#[test]
fn huge_pow_is_refused_before_it_runs() {
    // The result would need ~200 MB: refused up front under a 64 MB budget.
    let src = "
for e in (10**9, 10**12, 2**62):
    try:
        x = pow(3, e)
    except MemoryError:
        print('MemoryError')
";
    let (end, out) = run_limited(src, memory(64 << 20), 30);
    assert_eq!(
        (end, out.as_str()),
        (End::Ok, "MemoryError\nMemoryError\nMemoryError\n")
    );
}

#[test]
fn repeated_squaring_is_bounded_by_max_int_bits_under_a_time_limit() {
    // Each big-int operation runs to its end in native code, so the time
    // limit alone cannot cut it short: max_int_bits bounds its cost.
    let limits = Limits {
        max_time_ns: Some(5_000_000_000),
        max_int_bits: Some(1 << 20),
        ..Limits::default()
    };
    let src = "
x = 3
try:
    while True:
        x = x * x
except MemoryError:
    print('bounded', x.bit_length() <= 2**20)
y = 7 ** (10**8)
";
    let (end, out) = run_limited(src, limits, 30);
    assert_eq!(out, "bounded True\n");
    assert_eq!(end, End::Error("MemoryError".into()));
}

#[test]
fn recursion_limit_10_to_6_does_not_overflow_the_host_stack() {
    // Python-to-Python calls use the heap, not the host stack: a million
    // frames need hundreds of MB, so a 64 MB budget stops the script.
    let src = "import sys\nsys.setrecursionlimit(10**6)\ndef f(n):\n    return f(n + 1)\nf(0)\n";
    let (end, _) = run_limited(src, memory(64 << 20), 120);
    assert_eq!(end, End::Stopped(LimitKind::Memory));
}

#[test]
fn native_reentry_with_recursion_limit_10_to_6_is_a_recursion_error() {
    // CPython 3.11 crashes (segfault) on each of these with a limit of 10**6;
    // Gilt bounds native re-entry separately and raises RecursionError.
    let cases: [(&str, &str); 3] = [
        (
            "class A:\n    def __repr__(self):\n        return repr(self)\nrepr(A())\n",
            "RecursionError: maximum recursion depth exceeded while calling a Python object",
        ),
        (
            "class A:\n    def __getattr__(self, n):\n        return getattr(self, n)\nA().x\n",
            "RecursionError: maximum recursion depth exceeded",
        ),
        (
            "class A:\n    def __eq__(self, o):\n        return [self] == [o]\nA() == A()\n",
            "RecursionError: maximum recursion depth exceeded in comparison",
        ),
    ];
    for (i, (body, want)) in cases.iter().enumerate() {
        let src = format!("import sys\nsys.setrecursionlimit(10**6)\n{body}");
        let (end, _) = run_limited(&src, Limits::default(), 120);
        match end {
            End::Error(last) => assert!(last.starts_with(want), "case {i}: {last}"),
            other => panic!("case {i}: {other:?}"),
        }
    }
}

#[test]
fn recursive_repr_raises_cpythons_recursion_error() {
    expect_error(
        "selfrepr",
        b"class A:\n    def __repr__(self):\n        return repr(self)\nrepr(A())\n",
        "RecursionError: maximum recursion depth exceeded while calling a Python object",
    );
}

#[test]
fn generator_calling_itself_is_already_executing() {
    // CPython 3.11: ValueError: generator already executing.
    expect_error(
        "genself",
        b"def g():\n    yield next(it)\nit = g()\nnext(it)\n",
        "ValueError: generator already executing",
    );
}

#[test]
fn nested_dict_displays_10k_is_a_syntax_error() {
    let src = format!("x = {}{}\n", "{".repeat(10_000), "}".repeat(10_000));
    expect_error(
        "braces",
        src.as_bytes(),
        "SyntaxError: too many nested parentheses",
    );
}

#[test]
fn nested_blocks_beyond_100_levels_is_an_indentation_error() {
    let mut src = String::new();
    for i in 0..150 {
        src.push_str(&format!("{}if 1:\n", " ".repeat(i)));
    }
    src.push_str(&format!("{}pass\n", " ".repeat(150)));
    expect_error(
        "blocks",
        src.as_bytes(),
        "IndentationError: too many levels of indentation",
    );
}

#[test]
fn thread_storm_under_an_instruction_limit_stops_every_thread() {
    let limits = Limits {
        max_instructions: Some(3_000_000),
        ..Limits::default()
    };
    let src = "
import threading
def spin():
    try:
        while True:
            pass
    except BaseException:
        print('swallowed')
ts = [threading.Thread(target=spin) for _ in range(100)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('joined')
";
    let (end, out) = run_limited(src, limits, 60);
    assert_eq!(
        (end, out.as_str()),
        (End::Stopped(LimitKind::Instructions), "")
    );
}

#[test]
fn thread_storm_without_limits_completes() {
    let src = "
import threading
n = 0
lock = threading.Lock()
def work():
    global n
    for _ in range(100):
        with lock:
            n += 1
ts = [threading.Thread(target=work) for _ in range(100)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(n)
";
    let (end, out) = run_limited(src, Limits::default(), 60);
    assert_eq!((end, out.as_str()), (End::Ok, "10000\n"));
}

#[test]
fn match_with_two_starred_names_is_a_syntax_error() {
    expect_error(
        "match_two_stars",
        b"match x:\n case [*a, *b]: pass\n",
        "SyntaxError: multiple starred names in sequence pattern",
    );
}

#[test]
fn match_pattern_nested_100k_deep_is_a_syntax_error() {
    let src = format!(
        "match 1:\n case {}{}: pass\n",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    expect_error(
        "match_deep",
        src.as_bytes(),
        "SyntaxError: too many nested parentheses",
    );
}

#[test]
fn match_or_pattern_with_5000_captures_compiles_linearly() {
    // Each capture is moved into place with one ROTATE (CPython emits
    // SWAP chains), so code size stays linear in the number of names.
    let names: Vec<String> = (0..5000).map(|i| format!("n{i}")).collect();
    let names = names.join(", ");
    let src =
        format!("match list(range(5000)):\n case [{names}] | [{names}]:\n  print(n0, n4999)\n");
    expect_output("match_many_names", src.as_bytes(), "0 4999\n");
}

#[test]
fn match_fuzzed_fragments_never_panic() {
    let frags = [
        "match x:\n case [*a, *_]: pass",
        "match x:\n case {**a, **b}: pass",
        "match x:\n case (*a): pass",
        "match x:\n case *a: pass",
        "match x:\n case a | (b as a): pass",
        "match x:\n case C(a=1, a=2): pass",
        "match x:\n case {1: a, 1.0: b}: pass",
        "match x:\n case 1 +: pass",
        "match x:\n case -: pass",
        "match x:\n case [: pass",
        "match x:\n case {: pass",
        "match x:\n case C(: pass",
        "match x:\n case a as: pass",
        "match x:\n case a if: pass",
        "match x:\n case",
        "match x:\n case _: pass\n case _: pass",
    ];
    for (i, f) in frags.iter().enumerate() {
        let src = format!("x = 1\nclass C: pass\n{f}\n");
        expect_error(&format!("match_frag_{i}"), src.as_bytes(), "SyntaxError: ");
    }
}

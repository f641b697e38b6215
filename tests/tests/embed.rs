//! The embedding API (`gilt_core::api`) from a Rust program's side:
//! conversions both ways, errors (type, message, traceback), native modules,
//! Rust classes, handles dropped on other threads, channels, the GIL token
//! and `allow_threads`, and isolated interpreters running in parallel.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use gilt_core::api::{
    Channel, Class, Error, ErrorKind, Interpreter, Message, Module, PyClass, PyObject, Python,
};
use gilt_core::vm::Config;
use gilt_std::CapturePlatform;

type Shared = Arc<Mutex<Vec<u8>>>;

fn interp() -> (Interpreter, Shared, Shared) {
    let p = CapturePlatform::new("");
    let (out, err) = (p.stdout.clone(), p.stderr.clone());
    (Interpreter::new(Box::new(p), Config::default()), out, err)
}

fn text(b: &Shared) -> String {
    String::from_utf8_lossy(&b.lock().unwrap()).into_owned()
}

// ---------------------------------------------------------------- conversions

#[test]
fn integers_convert_both_ways_with_overflow_errors() {
    let (mut py, _, _) = interp();
    assert_eq!(py.eval::<i64>("2**62").unwrap(), 1 << 62);
    assert_eq!(py.eval::<u64>("2**64 - 1").unwrap(), u64::MAX);
    assert_eq!(py.eval::<i128>("-2**100").unwrap(), -(1i128 << 100));
    assert_eq!(py.eval::<u8>("True").unwrap(), 1);
    py.set("big", u64::MAX).unwrap();
    assert_eq!(
        py.eval::<String>("str(big)").unwrap(),
        "18446744073709551615"
    );
    py.set("huge", u128::MAX).unwrap();
    assert!(py.eval::<bool>("huge == 2**128 - 1").unwrap());
    let e = py.eval::<i8>("300").unwrap_err();
    assert_eq!(
        e.to_string(),
        "OverflowError: Python int too large to convert to Rust i8"
    );
    let e = py.eval::<u32>("-1").unwrap_err();
    assert_eq!(
        e.to_string(),
        "OverflowError: can't convert negative int to unsigned"
    );
    let e = py.eval::<i64>("2**64").unwrap_err();
    assert_eq!(
        e.to_string(),
        "OverflowError: Python int too large to convert to Rust i64"
    );
    let e = py.eval::<i64>("1.5").unwrap_err();
    assert_eq!(
        e.to_string(),
        "TypeError: eval() result must be int, not float"
    );
}

#[test]
fn scalars_strings_and_bytes_round_trip() {
    let (mut py, _, _) = interp();
    py.register_fn("echo_f", |x: f64| x * 2.0).unwrap();
    py.register_fn("echo_b", |x: bool| !x).unwrap();
    py.register_fn("echo_s", |x: String| x.to_uppercase())
        .unwrap();
    py.register_fn("echo_bytes", |x: Vec<u8>| {
        x.into_iter().rev().collect::<Vec<u8>>()
    })
    .unwrap();
    py.register_fn("unit", || ()).unwrap();
    py.register_fn("static_str", || "héllo").unwrap();
    assert_eq!(py.eval::<f64>("echo_f(3)").unwrap(), 6.0);
    assert_eq!(py.eval::<f64>("echo_f(0.25)").unwrap(), 0.5);
    assert!(py.eval::<bool>("echo_b(False)").unwrap());
    assert_eq!(py.eval::<String>("echo_s('abc')").unwrap(), "ABC");
    assert_eq!(py.eval::<Vec<u8>>("echo_bytes(b'abc')").unwrap(), b"cba");
    assert_eq!(
        py.eval::<Vec<u8>>("echo_bytes(bytearray(b'xy'))").unwrap(),
        b"yx"
    );
    assert_eq!(
        py.eval::<String>("repr(echo_bytes(b'\\x00\\xff'))")
            .unwrap(),
        "b'\\xff\\x00'"
    );
    assert!(py.eval::<bool>("unit() is None").unwrap());
    assert_eq!(py.eval::<String>("static_str()").unwrap(), "héllo");
    py.eval::<()>("None").unwrap();
}

#[test]
fn containers_convert_deeply() {
    let (mut py, _, _) = interp();
    py.register_fn("stats", |xs: Vec<f64>| -> (f64, f64, usize) {
        let n = xs.len();
        let sum: f64 = xs.iter().sum();
        let max = xs.iter().cloned().fold(f64::MIN, f64::max);
        (sum, max, n)
    })
    .unwrap();
    assert_eq!(
        py.eval::<(f64, f64, usize)>("stats([1, 2.5, 3])").unwrap(),
        (6.5, 3.0, 3)
    );
    assert_eq!(
        py.eval::<(f64, f64, usize)>("stats((4,))").unwrap(),
        (4.0, 4.0, 1)
    );
    py.register_fn("index", |words: Vec<String>| {
        let mut m = BTreeMap::new();
        for (i, w) in words.into_iter().enumerate() {
            m.entry(w).or_insert_with(Vec::new).push(i);
        }
        m
    })
    .unwrap();
    assert_eq!(
        py.eval::<String>("repr(index(['a', 'b', 'a']))").unwrap(),
        "{'a': [0, 2], 'b': [1]}"
    );
    let m: gilt_core::api::HashMap<String, Option<i64>> = py.eval("{'x': 1, 'y': None}").unwrap();
    assert_eq!(m.get("x"), Some(&Some(1)));
    assert_eq!(m.get("y"), Some(&None));
    let nested: Vec<(String, Vec<u8>)> = py.eval("[('a', b'1'), ('b', b'')]").unwrap();
    assert_eq!(
        nested,
        [("a".to_string(), b"1".to_vec()), ("b".to_string(), vec![])]
    );
    py.set(
        "cfg",
        (1u8, "two", [3.0f64].to_vec(), Some(true), None::<i64>),
    )
    .unwrap();
    assert_eq!(
        py.eval::<String>("repr(cfg)").unwrap(),
        "(1, 'two', [3.0], True, None)"
    );
    let e = py.eval::<Vec<i64>>("[1, 'x']").unwrap_err();
    assert_eq!(
        e.message(),
        "eval() result must be list of int, not list containing str"
    );
    let e = py.eval::<(i64, i64)>("(1, 2, 3)").unwrap_err();
    assert_eq!(
        e.message(),
        "eval() result must be tuple of (int, int), not tuple of length 3"
    );
    let e = py.eval::<BTreeMap<String, i64>>("{1: 2}").unwrap_err();
    assert_eq!(
        e.message(),
        "eval() result must be dict of str to int, not dict containing int"
    );
    let e = py
        .set("bad", BTreeMap::from([(vec![1i64], 1i64)]))
        .unwrap_err();
    assert_eq!(e.to_string(), "TypeError: unhashable type: 'list'");
}

#[test]
fn globals_calls_and_imports() {
    let (mut py, out, _) = interp();
    py.run(
        "counter = 0\ndef bump(n=1):\n    global counter\n    counter += n\n    return counter\n",
        "setup.py",
    )
    .unwrap();
    assert_eq!(py.call::<i64>("bump", ()).unwrap(), 1);
    assert_eq!(py.call::<i64>("bump", (10,)).unwrap(), 11);
    assert_eq!(py.get::<i64>("counter").unwrap(), 11);
    py.set("counter", -5).unwrap();
    assert_eq!(py.call::<i64>("bump", vec![1]).unwrap(), -4);
    assert_eq!(py.call::<usize>("len", ("four",)).unwrap(), 4);
    let e = py.get::<i64>("nope").unwrap_err();
    assert_eq!(e.to_string(), "NameError: name 'nope' is not defined");
    let e = py.call::<i64>("nope", ()).unwrap_err();
    assert_eq!(e.to_string(), "NameError: name 'nope' is not defined");
    let e = py.get::<String>("counter").unwrap_err();
    assert_eq!(e.message(), "global 'counter' must be str, not int");
    let sys = py.import("sys").unwrap();
    let n: i64 = py
        .with_gil(|p| sys.getattr(p, "maxsize")?.extract(p))
        .unwrap();
    assert_eq!(n, i64::MAX);
    let e = py.import("no_such_module").unwrap_err();
    assert_eq!(
        e.to_string(),
        "ModuleNotFoundError: No module named 'no_such_module'"
    );
    py.run("print('done')", "<s>").unwrap();
    assert_eq!(text(&out), "done\n");
}

// ---------------------------------------------------------------- errors

#[test]
fn wrong_argument_types_and_counts_raise_cpython_messages() {
    let (mut py, _, _) = interp();
    py.register_fn("add", |a: i64, b: i64| a + b).unwrap();
    py.register_fn("one", |a: i64| a).unwrap();
    py.register_fn("none", || 0).unwrap();
    py.register_fn("opt", |a: i64, b: Option<i64>| a + b.unwrap_or(0))
        .unwrap();
    let cases = [
        (
            "add(1, 'x')",
            "TypeError: add() argument 2 must be int, not str",
        ),
        (
            "add('x', 1)",
            "TypeError: add() argument 1 must be int, not str",
        ),
        (
            "add(1, 2, 3)",
            "TypeError: add() takes 2 positional arguments but 3 were given",
        ),
        (
            "one(1, 2)",
            "TypeError: one() takes 1 positional argument but 2 were given",
        ),
        (
            "none(1)",
            "TypeError: none() takes 0 positional arguments but 1 was given",
        ),
        ("add(1)", "TypeError: add expected 2 arguments, got 1"),
        (
            "opt()",
            "TypeError: opt expected at least 1 argument, got 0",
        ),
        (
            "opt(1, 2, 3)",
            "TypeError: opt() takes from 1 to 2 positional arguments but 3 were given",
        ),
        (
            "opt(1, 'b')",
            "TypeError: opt() argument 2 must be int or None, not str",
        ),
        (
            "add(a=1, b=2)",
            "TypeError: add() takes no keyword arguments",
        ),
        (
            "add(1, None)",
            "TypeError: add() argument 2 must be int, not NoneType",
        ),
        (
            "add(1, 2**80)",
            "OverflowError: Python int too large to convert to Rust i64",
        ),
    ];
    for (src, want) in cases {
        let e = py.eval::<i64>(src).unwrap_err();
        assert_eq!(e.to_string(), want, "{src}");
        assert_eq!(e.kind(), ErrorKind::Exception);
    }
    assert_eq!(py.eval::<i64>("opt(1)").unwrap(), 1);
    // Python sees ordinary exceptions it can catch.
    py.run(
        "try:\n    add(1, 'x')\nexcept TypeError as e:\n    msg = str(e)\n",
        "<s>",
    )
    .unwrap();
    assert_eq!(
        py.get::<String>("msg").unwrap(),
        "add() argument 2 must be int, not str"
    );
}

#[test]
fn rust_errors_become_python_exceptions_with_tracebacks() {
    let (mut py, _, _) = interp();
    py.register_fn("parse", |s: String| -> Result<i64, Error> {
        s.trim()
            .parse::<i64>()
            .map_err(|e| Error::value_error(format!("bad number {s:?}: {e}")))
    })
    .unwrap();
    py.register_fn("fail", || -> Result<(), &'static str> {
        Err("sensor offline")
    })
    .unwrap();
    py.register_fn("key", || -> Result<(), Error> {
        Err(Error::new("KeyError", "k"))
    })
    .unwrap();
    assert_eq!(py.eval::<i64>("parse(' 42 ')").unwrap(), 42);
    let src =
        "def outer(s):\n    return inner(s)\n\ndef inner(s):\n    return parse(s)\n\nouter('x1')\n";
    let e = py.run(src, "calc.py").unwrap_err();
    assert_eq!(e.type_name(), "ValueError");
    assert_eq!(
        e.message(),
        "bad number \"x1\": invalid digit found in string"
    );
    assert_eq!(
        e.traceback(),
        "Traceback (most recent call last):\n  File \"calc.py\", line 7, in <module>\n    outer('x1')\n  File \"calc.py\", line 2, in outer\n    return inner(s)\n           ^^^^^^^^\n  File \"calc.py\", line 5, in inner\n    return parse(s)\n           ^^^^^^^^\nValueError: bad number \"x1\": invalid digit found in string\n"
    );
    let e = py.eval::<()>("fail()").unwrap_err();
    assert_eq!(e.to_string(), "RuntimeError: sensor offline");
    py.run(
        "try:\n    key()\nexcept LookupError as e:\n    caught = repr(e)\n",
        "<s>",
    )
    .unwrap();
    assert_eq!(py.get::<String>("caught").unwrap(), "KeyError('k')");
    let e = py.eval::<()>("key()").unwrap_err();
    assert!(e.is("KeyError"));
    assert_eq!(e.message(), "'k'");
    // Display and std::error::Error.
    let boxed: Box<dyn std::error::Error> = Box::new(e);
    assert_eq!(boxed.to_string(), "KeyError: 'k'");
}

#[test]
fn python_exceptions_keep_their_identity_through_rust() {
    let (mut py, _, _) = interp();
    py.register_fn(
        "call_it",
        |p: Python<'_>, f: PyObject| -> Result<i64, Error> { f.call(p, ())?.extract(p) },
    )
    .unwrap();
    let src = "class Custom(Exception):\n    pass\n\ndef boom():\n    raise Custom('inner', 42)\n\ntry:\n    call_it(boom)\nexcept Custom as e:\n    got = e.args\n";
    py.run(src, "id.py").unwrap();
    assert_eq!(py.eval::<String>("repr(got)").unwrap(), "('inner', 42)");
    let e = py.eval::<i64>("call_it(boom)").unwrap_err();
    assert_eq!(e.type_name(), "Custom");
    assert_eq!(e.message(), "('inner', 42)");
    assert!(
        e.traceback().ends_with("Custom: ('inner', 42)\n"),
        "{}",
        e.traceback()
    );
    assert!(
        e.traceback().contains("line 5, in boom"),
        "{}",
        e.traceback()
    );
}

#[test]
fn syntax_errors_and_system_exit_are_errors_not_panics() {
    let (mut py, _, _) = interp();
    let e = py.run("x = (", "bad.py").unwrap_err();
    assert_eq!(e.type_name(), "SyntaxError");
    assert!(
        e.traceback().contains("File \"bad.py\", line 1"),
        "{}",
        e.traceback()
    );
    let e = py.run("raise SystemExit(3)", "<s>").unwrap_err();
    assert_eq!(e.type_name(), "SystemExit");
    assert_eq!(e.message(), "3");
    let e = py.eval::<i64>("").unwrap_err();
    assert_eq!(e.type_name(), "SyntaxError");
}

// ---------------------------------------------------------------- modules

#[test]
fn native_modules_import_like_builtin_modules() {
    let (mut py, _, _) = interp();
    let leds = Arc::new(Mutex::new(Vec::new()));
    let log = leds.clone();
    py.add_module(
        Module::new("board")
            .function("led", move |pin: u32, on: bool| {
                log.lock().unwrap().push((pin, on))
            })
            .function("pins", || vec![2u32, 3, 5])
            .constant("PINS", 4)
            .constant("NAME", "virt")
            .constant("RATIO", 0.5),
    )
    .unwrap();
    let src = "import board\nfrom board import led, PINS\nfor p in board.pins():\n    led(p, p % 2 == 1)\nname = board.NAME\n";
    py.run(src, "main.py").unwrap();
    assert_eq!(*leds.lock().unwrap(), [(2, false), (3, true), (5, true)]);
    assert_eq!(py.get::<String>("name").unwrap(), "virt");
    assert_eq!(py.eval::<i64>("PINS").unwrap(), 4);
    assert_eq!(
        py.eval::<String>("repr(board)").unwrap(),
        "<module 'board' (built-in)>"
    );
    assert_eq!(
        py.eval::<String>("repr(board.led)").unwrap(),
        "<built-in function led>"
    );
    assert_eq!(py.eval::<String>("board.led.__name__").unwrap(), "led");
    assert_eq!(py.eval::<String>("board.led.__module__").unwrap(), "board");
    assert_eq!(
        py.eval::<String>("type(board.led).__name__").unwrap(),
        "builtin_function_or_method"
    );
    assert!(py.eval::<bool>("callable(board.led)").unwrap());
    let e = py.run("board.led('x', True)", "main.py").unwrap_err();
    assert_eq!(e.message(), "led() argument 1 must be int, not str");
    let e = py.run("import board2", "main.py").unwrap_err();
    assert_eq!(
        e.to_string(),
        "ModuleNotFoundError: No module named 'board2'"
    );
}

// ---------------------------------------------------------------- classes

#[derive(Clone, Debug, PartialEq)]
struct Vec2 {
    x: f64,
    y: f64,
}

impl PyClass for Vec2 {
    const NAME: &'static str = "Vec2";
}

fn vec2_class() -> Class<Vec2> {
    Class::<Vec2>::new()
        .constructor(|x: f64, y: f64| Vec2 { x, y })
        .method("length", |v: &Vec2| (v.x * v.x + v.y * v.y).sqrt())
        .method("scale", |v: &mut Vec2, k: f64| {
            v.x *= k;
            v.y *= k;
        })
        .method("plus", |v: &Vec2, o: Vec2| Vec2 {
            x: v.x + o.x,
            y: v.y + o.y,
        })
        .method("__repr__", |v: &Vec2| format!("Vec2({}, {})", v.x, v.y))
        .method("__eq__", |v: &Vec2, o: PyObject| {
            // Comparing with anything that is not a Vec2 is False here.
            let _ = o;
            v.x == v.y
        })
        .getter("x", |v: &Vec2| v.x)
        .setter("x", |v: &mut Vec2, x: f64| v.x = x)
        .getter("y", |v: &Vec2| v.y)
        .function("zero", || Vec2 { x: 0.0, y: 0.0 })
        .constant("DIMENSIONS", 2)
}

#[test]
fn rust_types_are_python_classes_with_methods_and_attributes() {
    let (mut py, _, _) = interp();
    py.add_class(vec2_class()).unwrap();
    let src = "v = Vec2(3, 4)\nn = v.length()\nv.scale(2)\nv.x += 1\nw = v.plus(Vec2.zero())\n";
    py.run(src, "geo.py").unwrap();
    assert_eq!(py.get::<f64>("n").unwrap(), 5.0);
    assert_eq!(py.get::<Vec2>("v").unwrap(), Vec2 { x: 7.0, y: 8.0 });
    assert_eq!(py.eval::<String>("repr(w)").unwrap(), "Vec2(7, 8)");
    assert_eq!(py.eval::<String>("type(v).__name__").unwrap(), "Vec2");
    assert!(py
        .eval::<bool>("isinstance(v, Vec2) and not isinstance(1, Vec2)")
        .unwrap());
    assert_eq!(py.eval::<i64>("Vec2.DIMENSIONS").unwrap(), 2);
    assert_eq!(
        py.eval::<String>("repr(Vec2.length)").unwrap(),
        "<method 'Vec2.length' of host objects>"
    );
    assert!(py.eval::<bool>("Vec2(1, 1) == 0").unwrap());
    // Rust values come back as new instances.
    py.set("u", Vec2 { x: 1.0, y: 2.0 }).unwrap();
    assert_eq!(py.eval::<f64>("u.y").unwrap(), 2.0);
    let cases = [
        (
            "v.y = 1",
            "AttributeError: property 'y' of 'Vec2' object has no setter",
        ),
        (
            "v.z = 1",
            "AttributeError: 'Vec2' object has no attribute 'z'",
        ),
        (
            "v.nope",
            "AttributeError: 'Vec2' object has no attribute 'nope'",
        ),
        (
            "v.scale('x')",
            "TypeError: Vec2.scale() argument 1 must be real number, not str",
        ),
        (
            "v.plus(1)",
            "TypeError: Vec2.plus() argument 1 must be Vec2, not int",
        ),
        ("Vec2(1)", "TypeError: Vec2 expected 2 arguments, got 1"),
        (
            "Vec2.length(5)",
            "TypeError: descriptor 'length' for 'Vec2' objects doesn't apply to a 'int' object",
        ),
        (
            "Vec2.length()",
            "TypeError: descriptor 'length' of 'Vec2' object needs an argument",
        ),
        (
            "class Sub(Vec2): pass",
            "TypeError: type 'Vec2' is not an acceptable base type",
        ),
        (
            "Vec2.DIMENSIONS = 3",
            "TypeError: cannot set 'DIMENSIONS' attribute of immutable type 'Vec2'",
        ),
    ];
    for (src, want) in cases {
        let e = py.run(src, "geo.py").unwrap_err();
        assert_eq!(e.to_string(), want, "{src}");
    }
}

#[derive(Clone)]
struct Probe;

impl PyClass for Probe {
    const NAME: &'static str = "Probe";
}

#[test]
fn classes_without_constructor_and_unregistered_types_are_errors() {
    let (mut py, _, _) = interp();
    let e = py.set("p", Probe).unwrap_err();
    assert_eq!(
        e.to_string(),
        "TypeError: Rust class 'Probe' is not registered with this interpreter"
    );
    py.add_class(
        Class::<Probe>::new()
            .method(
                "reenter",
                |p: Python<'_>, _me: &mut Probe, f: PyObject| -> Result<(), Error> {
                    f.call(p, ())?;
                    Ok(())
                },
            )
            .method("noop", |_me: &mut Probe| ()),
    )
    .unwrap();
    let e = py.run("Probe()", "<s>").unwrap_err();
    assert_eq!(e.to_string(), "TypeError: cannot create 'Probe' instances");
    py.set("p", Probe).unwrap();
    // A method that re-enters Python and reaches its own object mutably.
    let e = py.run("p.reenter(lambda: p.noop())", "<s>").unwrap_err();
    assert_eq!(e.to_string(), "RuntimeError: Already borrowed");
    py.run("p.noop()", "<s>").unwrap();
}

// ---------------------------------------------------------------- handles

#[test]
fn handles_dropped_on_other_threads_are_released_at_the_next_gil() {
    let (mut py, out, _) = interp();
    py.run(
        "class Res:\n    def __init__(self, n):\n        self.n = n\n    def __del__(self):\n        print('freed', self.n)\n",
        "res.py",
    )
    .unwrap();
    let handles: Vec<PyObject> = (0..3)
        .map(|i| py.eval(&format!("Res({i})")).unwrap())
        .collect();
    assert_eq!(text(&out), "");
    let threads: Vec<_> = handles
        .into_iter()
        .map(|h| std::thread::spawn(move || drop(h)))
        .collect();
    for t in threads {
        t.join().unwrap();
    }
    assert_eq!(text(&out), "", "nothing is freed without the GIL");
    py.run("pass", "<s>").unwrap();
    // In the order the threads queued them.
    let mut freed: Vec<String> = text(&out).lines().map(String::from).collect();
    freed.sort();
    assert_eq!(freed, ["freed 0", "freed 1", "freed 2"]);
    // Released at once with a token.
    let h: PyObject = py.eval("Res(9)").unwrap();
    py.with_gil(|p| h.release(p));
    py.run("pass", "<s>").unwrap();
    assert!(text(&out).ends_with("freed 9\n"));
    // A refcount check: the handle's reference is really gone.
    py.run("import sys\nx = []\n", "<s>").unwrap();
    let before: i64 = py.eval("sys.getrefcount(x)").unwrap();
    let h: PyObject = py.get("x").unwrap();
    assert_eq!(py.eval::<i64>("sys.getrefcount(x)").unwrap(), before + 1);
    std::thread::spawn(move || drop(h)).join().unwrap();
    assert_eq!(py.eval::<i64>("sys.getrefcount(x)").unwrap(), before);
}

#[test]
fn handles_reject_other_interpreters_and_outlive_their_own() {
    let (mut a, _, _) = interp();
    let (mut b, _, _) = interp();
    let h: PyObject = a.eval("[1, 2, 3]").unwrap();
    let e = b.with_gil(|p| h.extract::<Vec<i64>>(p)).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::WrongInterpreter);
    let e = b.set("stolen", h.clone_ref_in(&mut a)).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::WrongInterpreter);
    assert_eq!(a.with_gil(|p| h.extract::<Vec<i64>>(p)).unwrap(), [1, 2, 3]);
    assert_eq!(a.with_gil(|p| h.repr(p)).unwrap(), "[1, 2, 3]");
    assert!(!h.is_none());
    // The interpreter goes first: dropping the handle afterwards is safe
    // (the object is leaked, never touched).
    drop(a);
    drop(h);
}

trait CloneIn {
    fn clone_ref_in(&self, i: &mut Interpreter) -> PyObject;
}

impl CloneIn for PyObject {
    fn clone_ref_in(&self, i: &mut Interpreter) -> PyObject {
        i.with_gil(|p| self.clone_ref(p)).unwrap()
    }
}

// ---------------------------------------------------------------- GIL

#[test]
fn allow_threads_lets_python_threads_run_during_slow_host_work() {
    let (mut py, _, _) = interp();
    py.register_fn("slow", |p: Python<'_>, ms: u64| {
        p.allow_threads(move || std::thread::sleep(Duration::from_millis(ms)));
    })
    .unwrap();
    py.register_fn("busy", |ms: u64| {
        // Holds the GIL: nobody else runs.
        let end = Instant::now() + Duration::from_millis(ms);
        while Instant::now() < end {}
    })
    .unwrap();
    let src = "import threading, time\nticks = 0\nstop = False\ndef worker():\n    global ticks\n    while not stop:\n        ticks += 1\n        time.sleep(0.001)\nt = threading.Thread(target=worker)\nt.start()\ntime.sleep(0.02)\n";
    py.run(src, "t.py").unwrap();
    py.run(
        "busy(100)\nbefore = ticks\nbusy(100)\nheld = ticks - before\n",
        "t.py",
    )
    .unwrap();
    py.run(
        "before = ticks\nslow(100)\nreleased = ticks - before\nstop = True\nt.join()\n",
        "t.py",
    )
    .unwrap();
    let held: i64 = py.get("held").unwrap();
    let released: i64 = py.get("released").unwrap();
    assert!(held <= 1, "GIL held: {held} ticks");
    assert!(released >= 5, "GIL released: only {released} ticks");
}

// ---------------------------------------------------------------- channels

#[test]
fn channels_copy_values_between_interpreters_on_threads() {
    let to_worker = Channel::new();
    let from_worker = Channel::new();
    let (tw, fw) = (to_worker.clone(), from_worker.clone());
    let worker = std::thread::spawn(move || {
        let (mut py, _, _) = interp();
        py.set("inbox", tw).unwrap();
        py.set("outbox", fw).unwrap();
        py.run(
            "while True:\n    try:\n        job = inbox.recv()\n    except EOFError:\n        break\n    outbox.send((job['id'], sum(job['data']), job['tag'].upper()))\noutbox.close()\n",
            "worker.py",
        )
        .unwrap();
    });
    let (mut py, _, _) = interp();
    py.set("jobs", to_worker.clone()).unwrap();
    py.set("results", from_worker.clone()).unwrap();
    py.run(
        "for i in range(20):\n    jobs.send({'id': i, 'data': list(range(i)), 'tag': 'j%d' % i})\njobs.close()\nout = []\nwhile True:\n    try:\n        out.append(results.recv())\n    except EOFError:\n        break\n",
        "main.py",
    )
    .unwrap();
    worker.join().unwrap();
    let out: Vec<(i64, i64, String)> = py.get("out").unwrap();
    assert_eq!(out.len(), 20);
    for (i, (id, sum, tag)) in out.iter().enumerate() {
        assert_eq!(*id, i as i64);
        assert_eq!(*sum, (0..i as i64).sum::<i64>());
        assert_eq!(*tag, format!("J{i}"));
    }
    let e = to_worker.send(Message::None).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::ChannelClosed);
}

#[test]
fn channel_messages_are_copies_and_reject_other_types() {
    let (mut py, _, _) = interp();
    let ch = Channel::new();
    py.set("ch", ch.clone()).unwrap();
    py.run(
        "xs = [1, [2.5, None], b'b', 'é', 2**80, (True,)]\nch.send(xs)\nxs.append(0)\n",
        "<s>",
    )
    .unwrap();
    assert_eq!(
        ch.try_recv().unwrap(),
        Some(Message::List(vec![
            Message::Int(1),
            Message::List(vec![Message::Float(2.5), Message::None]),
            Message::Bytes(b"b".to_vec()),
            Message::Str("é".into()),
            Message::BigInt("1208925819614629174706176".into()),
            Message::Tuple(vec![Message::Bool(true)]),
        ]))
    );
    assert_eq!(py.eval::<usize>("len(ch)").unwrap(), 0);
    assert!(py
        .eval::<bool>("ch.try_recv() is None and ch.try_recv(5) == 5")
        .unwrap());
    let e = py.run("ch.send({1, 2})", "<s>").unwrap_err();
    assert_eq!(
        e.to_string(),
        "TypeError: Channel.send() argument 1 must be None, bool, int, float, str, bytes, tuple, list or dict, not set"
    );
    let e = py
        .run("a = []\na.append(a)\nch.send(a)", "<s>")
        .unwrap_err();
    assert_eq!(e.to_string(), "ValueError: message nested too deeply");
    ch.send(Message::Dict(vec![(Message::List(vec![]), Message::None)]))
        .unwrap();
    let e = py.run("ch.recv()", "<s>").unwrap_err();
    assert_eq!(e.to_string(), "TypeError: unhashable type: 'list'");
    ch.close();
    let e = py.run("ch.recv()", "<s>").unwrap_err();
    assert_eq!(e.to_string(), "EOFError: channel closed");
}

// ---------------------------------------------------------------- isolation

const CPU: &str = "def work(n):\n    total = 0\n    for i in range(n):\n        total = (total + i * i) % 1000003\n    return total\n";

#[test]
fn two_interpreters_run_in_parallel_and_share_nothing() {
    let handles: Vec<_> = (0..2)
        .map(|k| {
            std::thread::spawn(move || {
                let (mut py, _, _) = interp();
                py.run(CPU, "cpu.py").unwrap();
                py.run(
                    &format!("import sys\nmarker = {k}\nsys.flag = {k}\n"),
                    "<s>",
                )
                .unwrap();
                let r: i64 = py.call("work", (200_000,)).unwrap();
                let marker: i64 = py.get("marker").unwrap();
                let flag: i64 = py.eval("sys.flag").unwrap();
                (r, marker, flag)
            })
        })
        .collect();
    let results: Vec<(i64, i64, i64)> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    assert_eq!(results[0].0, results[1].0);
    assert_eq!((results[0].1, results[0].2), (0, 0));
    assert_eq!((results[1].1, results[1].2), (1, 1));
    // Type objects and interned names are per interpreter.
    let (mut a, _, _) = interp();
    let (mut b, _, _) = interp();
    let ids = |i: &mut Interpreter| -> (i64, i64) { i.eval("(id(int), id('__name__'))").unwrap() };
    let (ia, ib) = (ids(&mut a), ids(&mut b));
    assert_ne!(ia.0, ib.0);
    assert_ne!(ia.1, ib.1);
    a.run("import sys\nsys.shared = 1", "<s>").unwrap();
    assert!(!b
        .eval::<bool>("hasattr(__import__('sys'), 'shared')")
        .unwrap());
}

#[test]
fn interpreters_move_between_threads() {
    let (mut py, _, _) = interp();
    py.run("x = 41", "<s>").unwrap();
    let r = std::thread::spawn(move || {
        py.run("x += 1", "<s>").unwrap();
        py.get::<i64>("x").unwrap()
    })
    .join()
    .unwrap();
    assert_eq!(r, 42);
}

// ---------------------------------------------------------------- no panics

#[test]
fn hostile_calls_into_host_functions_never_panic() {
    let (mut py, _, _) = interp();
    py.register_fn(
        "f",
        |a: Vec<(String, Option<u8>)>, b: BTreeMap<String, Vec<u8>>| a.len() + b.len(),
    )
    .unwrap();
    py.add_class(vec2_class()).unwrap();
    let args = [
        "",
        "1",
        "None",
        "[]",
        "{}",
        "[('a', 300)]",
        "[('a',)]",
        "[1]",
        "{'k': 'v'}",
        "{'k': b'v'}",
        "*[1,2,3]",
        "**{'a': 1}",
        "[('a', None)], {'k': bytearray(3)}",
        "f",
        "Vec2(1, 2)",
        "[('a', -1)]",
        "[(None, 1)]",
        "2**100",
        "float('nan')",
        "b'x' * 3",
    ];
    for a in args {
        for b in ["", ", 1", ", {}", ", {'x': b''}"] {
            let _ = py.run(&format!("f({a}{b})"), "<h>");
            let _ = py.run(&format!("Vec2({a}{b})"), "<h>");
            let _ = py.run(&format!("Vec2(0, 0).plus({a}{b})"), "<h>");
            let _ = py.run(&format!("Vec2.zero({a}{b})"), "<h>");
        }
    }
    assert_eq!(py.eval::<usize>("f([('a', 1)], {'k': b''})").unwrap(), 2);
    // Odd names and inputs through the Rust side end in errors, not panics.
    assert!(py.import("").is_err());
    assert!(py.import("..x").is_err());
    assert!(py.call::<i64>("", ()).is_err());
    assert!(py.eval::<i64>("").is_err());
    assert!(py.eval::<i64>("\0").is_err());
    assert!(py.run("\u{feff}x = (", "\0").is_err());
    assert!(py.get::<i64>("").is_err());
    py.register_fn("", || 1).unwrap();
    py.add_module(Module::new("")).unwrap();
    let h: PyObject = py.eval("1").unwrap();
    let e = py
        .with_gil(|p| h.borrow::<Vec2, f64>(p, |v| v.x))
        .unwrap_err();
    assert_eq!(e.message(), "borrow() object must be Vec2, not int");
    let e = py.with_gil(|p| h.call(p, ())).unwrap_err();
    assert_eq!(e.message(), "'int' object is not callable");
    let e = py.with_gil(|p| h.getattr(p, "nope")).unwrap_err();
    assert_eq!(e.message(), "'int' object has no attribute 'nope'");
}

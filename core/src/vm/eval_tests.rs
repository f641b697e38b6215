//! End-to-end tests: compile and run small programs, capturing stdout.
//! Only features that do not depend on other engineers' protocol code
//! (ops.rs) are exercised here; the corpus covers the rest.

extern crate std;

use alloc::boxed::Box;
use alloc::string::String;
use alloc::sync::Arc;
use alloc::vec::Vec;

use crate::compile::Mode;
use crate::object::function::Args;
use crate::object::{Payload, Value};
use crate::platform::Platform;
use crate::vm::{Config, Interp, PyResult, Vm};

struct Capture(Arc<spin::Mutex<Vec<u8>>>);

impl Platform for Capture {
    fn monotonic_ns(&self) -> u64 {
        0
    }
    fn write_stdout(&self, b: &[u8]) {
        self.0.lock().extend_from_slice(b);
    }
}

fn show(v: &Value) -> String {
    match v {
        Value::None => "None".into(),
        Value::Bool(b) => (if *b { "True" } else { "False" }).into(),
        Value::Int(i) => alloc::format!("{i}"),
        Value::Float(f) => crate::num::float_repr(*f),
        Value::Obj(o) => match o.payload() {
            Payload::Str(s) => s.as_str().into(),
            Payload::List(l) => {
                let parts: Vec<String> = l.items.get().iter().map(show).collect();
                alloc::format!("[{}]", parts.join(", "))
            }
            Payload::Tuple(t) => {
                let parts: Vec<String> = t.items().iter().map(show).collect();
                alloc::format!("({})", parts.join(", "))
            }
            Payload::Exception(e) => match e.args.get().payload() {
                Some(Payload::Tuple(t)) => t.items().first().map(show).unwrap_or_default(),
                _ => String::new(),
            },
            p => alloc::format!("<{}>", p.kind_name()),
        },
    }
}

fn print(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let parts: Vec<String> = args.pos.iter().map(show).collect();
    let mut s = parts.join(" ");
    s.push('\n');
    vm.interp().platform.write_stdout(s.as_bytes());
    Ok(Value::None)
}

fn run(src: &str) -> (String, String) {
    let buf = Arc::new(spin::Mutex::new(Vec::new()));
    let interp = Interp::new(Box::new(Capture(buf.clone())), Config::default());
    // SAFETY: `interp` outlives `vm` (dropped first at the end of this function).
    let mut vm = unsafe { Vm::new(&interp) };
    crate::vm::init::init_types(&mut vm);
    let b = interp.builtins.clone();
    vm.dict_set_str(&b, "print", vm.new_native("print", print));
    for k in crate::object::exception::ExcKind::ALL {
        vm.dict_set_str(&b, k.name(), Value::Obj(interp.exc_type(*k).clone()));
    }
    vm.dict_set_str(
        &b,
        "__build_class__",
        vm.new_native("__build_class__", crate::vm::call::build_class),
    );
    let mut err = String::new();
    match vm.compile(src, "t.py", Mode::Module) {
        Ok(code) => {
            let g = vm.new_dict();
            let g = g.as_obj().cloned().unwrap_or_else(|| interp.null.clone());
            vm.dict_set_str(&g, "__name__", vm.new_str("__main__"));
            if let Err(e) = vm.run_code(&code, &g) {
                err = vm.format_exception(&e);
            }
        }
        Err(e) => err = vm.format_exception(&e),
    }
    drop(vm);
    let out = String::from_utf8_lossy(&buf.lock()).into_owned();
    (out, err)
}

fn out(src: &str) -> String {
    let (o, e) = run(src);
    assert_eq!(e, "", "unexpected error for {src:?}; stdout: {o}");
    o
}

#[test]
fn arithmetic_and_loops() {
    assert_eq!(
        out("x = 1\nwhile x < 100:\n    x = x * 2\nprint(x)\n"),
        "128\n"
    );
    assert_eq!(
        out("t = 0\nfor i in range(10):\n    t += i\nprint(t)\n"
            .replace("range(10)", "[0,1,2,3,4,5,6,7,8,9]")
            .as_str()),
        "45\n"
    );
    assert_eq!(
        out("print(7 // 2, -7 // 2, 7 % 3, -7 % 3, 1 / 4, 2 - 5)\n"),
        "3 -4 1 2 0.25 -3\n"
    );
    assert_eq!(
        out("print(1 < 2 < 3, 3 < 2 < 1, 1 < 3 > 2)\n"),
        "True False True\n"
    );
    assert_eq!(
        out("print(1 and 0, 0 or 5, not 3, 4 if 0 else 6)\n"),
        "0 5 False 6\n"
    );
}

#[test]
fn functions_closures_defaults() {
    let src = "def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\nprint(fib(20))\n";
    assert_eq!(out(src), "6765\n");
    let src = "def f(a, b=2, *args, c, d=4, **kw):\n    return [a, b, args, c, d]\nprint(f(1, c=3))\nprint(f(1, 5, 6, 7, c=0, d=1))\n";
    assert_eq!(out(src), "[1, 2, (), 3, 4]\n[1, 5, (6, 7), 0, 1]\n");
    let src = "def outer():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n        return n\n    return inc\ni = outer()\ni()\ni()\nprint(i())\n";
    assert_eq!(out(src), "3\n");
    assert_eq!(
        out("f = lambda x, y=10: x + y\nprint(f(1), f(1, 2))\n"),
        "11 3\n"
    );
}

#[test]
fn unpacking_and_walrus() {
    assert_eq!(
        out("a, *b, c = [1, 2, 3, 4, 5]\nprint(a, b, c)\n"),
        "1 [2, 3, 4] 5\n"
    );
    assert_eq!(out("x = [1, *[2, 3], 4]\nprint(x)\n"), "[1, 2, 3, 4]\n");
    assert_eq!(out("if (n := 5) > 3:\n    print(n)\n"), "5\n");
    assert_eq!(
        out("def f(*a):\n    return a\nprint(f(*[1, 2], 3))\n"),
        "(1, 2, 3)\n"
    );
}

#[test]
fn exceptions_and_finally() {
    let src = "try:\n    raise ZeroDivisionError\nexcept ZeroDivisionError as e:\n    print('caught')\nfinally:\n    print('fin')\n";
    assert_eq!(out(src), "caught\nfin\n");
    let src = "def f():\n    for i in [1, 2, 3]:\n        try:\n            if i == 2:\n                return i\n        finally:\n            print('f', i)\nprint(f())\n";
    assert_eq!(out(src), "f 1\nf 2\n2\n");
    let src = "for i in [1, 2, 3]:\n    try:\n        if i == 2:\n            break\n    finally:\n        print('f', i)\nelse:\n    print('no')\n";
    assert_eq!(out(src), "f 1\nf 2\n");
    let src = "try:\n    raise ValueError\nexcept (TypeError, ValueError) as e:\n    print('ok')\ntry:\n    e\nexcept NameError:\n    print('deleted')\n";
    assert_eq!(out(src), "ok\ndeleted\n");
}

#[test]
fn generators() {
    let src = "def g(n):\n    i = 0\n    while i < n:\n        yield i\n        i += 1\n    return 'done'\nfor x in g(3):\n    print(x)\ndef h():\n    r = yield from g(2)\n    print(r)\nfor y in h():\n    print('h', y)\n";
    assert_eq!(out(src), "0\n1\n2\nh 0\nh 1\ndone\n");
    assert_eq!(
        out("print([x * 2 for x in [1, 2, 3] if x != 2])\n"),
        "[2, 6]\n"
    );
}

#[test]
fn tracebacks_match_cpython() {
    let (_, e) = run("def f(x):\n    return x // 0\n\nf(1)\n");
    assert!(e.starts_with("Traceback (most recent call last):\n  File \"t.py\", line 4, in <module>\n    f(1)\n  File \"t.py\", line 2, in f\n    return x // 0\n           ~~^^~~\n"), "{e}");
    let (_, e) = run("def f(n):\n    return f(n + 1)\nf(0)\n");
    assert!(e.contains("  [Previous line repeated 996 more times]\nRecursionError: maximum recursion depth exceeded\n"), "{e}");
    let (_, e) = run("x = (1,\n");
    assert!(e.starts_with("  File \"t.py\", line 1\n"), "{e}");
    let (_, e) = run("def f():\n    return\nreturn 5\n");
    assert_eq!(e, "  File \"t.py\", line 3\n    return 5\n    ^^^^^^^^\nSyntaxError: 'return' outside function\n");
}

#[test]
fn argument_errors() {
    let (_, e) = run("def f(x, y):\n    pass\nf(1)\n");
    assert!(
        e.ends_with("TypeError: f() missing 1 required positional argument: 'y'\n"),
        "{e}"
    );
    let (_, e) = run("def f(x):\n    pass\nf(1, 2)\n");
    assert!(
        e.ends_with("TypeError: f() takes 1 positional argument but 2 were given\n"),
        "{e}"
    );
    let (_, e) = run("def f(x):\n    pass\nf(1, z=2)\n");
    assert!(
        e.ends_with("TypeError: f() got an unexpected keyword argument 'z'\n"),
        "{e}"
    );
}

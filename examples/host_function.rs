//! Registering Rust functions and calling them from Python: typed
//! arguments and results, optional arguments, Rust errors as Python
//! exceptions, a callback into Python, and releasing the GIL around slow
//! work.
//!
//! Run with `cargo run --example host_function`.

use std::time::Duration;

use gilt_core::api::{Error, Interpreter, PyObject, Python};
use gilt_core::vm::Config;
use gilt_std::StdPlatform;

fn main() {
    let mut py = Interpreter::new(Box::new(StdPlatform::new()), Config::default());

    py.register_fn("add", |a: i64, b: i64| a + b).unwrap();
    py.register_fn("mean", |xs: Vec<f64>| -> Result<f64, Error> {
        if xs.is_empty() {
            return Err(Error::value_error("mean of an empty list"));
        }
        Ok(xs.iter().sum::<f64>() / xs.len() as f64)
    })
    .unwrap();
    py.register_fn("greet", |name: String, punct: Option<String>| {
        format!("hello, {name}{}", punct.unwrap_or_else(|| "!".into()))
    })
    .unwrap();
    // Takes the GIL token: can call Python callables...
    py.register_fn(
        "apply",
        |py: Python<'_>, f: PyObject, xs: Vec<i64>| -> Result<Vec<i64>, Error> {
            xs.into_iter()
                .map(|x| f.call(py, (x,))?.extract(py))
                .collect()
        },
    )
    .unwrap();
    // ...and release the GIL around slow work (other Python threads run).
    py.register_fn("fetch", |py: Python<'_>, ms: u64| {
        py.allow_threads(move || {
            std::thread::sleep(Duration::from_millis(ms));
            format!("waited {ms} ms")
        })
    })
    .unwrap();

    let script = r#"
print(add(2, 3))
print(mean([1, 2, 3.5]))
print(greet("gilt"), greet("rust", "?"))
print(apply(lambda x: x * x, [1, 2, 3]))
print(fetch(20))
for bad in ("add(1, 'two')", "add(1, 2, 3)", "mean([])", "greet()"):
    try:
        eval(bad)
    except Exception as e:
        print(type(e).__name__ + ":", e)
"#;
    if let Err(e) = py.run(script, "host.py") {
        eprint!("{}", e.traceback());
        std::process::exit(1);
    }
}

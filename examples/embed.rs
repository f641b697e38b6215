//! Embedding Gilt in a plain Rust program: run a script, read its globals,
//! call its functions, evaluate expressions, handle Python errors.
//!
//! Run with `cargo run --example embed`.

use gilt_core::api::Interpreter;
use gilt_core::vm::Config;
use gilt_std::StdPlatform;

const SCRIPT: &str = r#"
prices = {"apple": 0.5, "pear": 0.75, "fig": 2.0}

def total(basket):
    return sum(prices[item] * n for item, n in basket.items())

print("script loaded,", len(prices), "prices")
"#;

fn main() {
    let mut py = Interpreter::new(Box::new(StdPlatform::new()), Config::default());
    if let Err(e) = py.run(SCRIPT, "shop.py") {
        eprint!("{}", e.traceback());
        std::process::exit(1);
    }

    // Globals both ways.
    let prices: std::collections::BTreeMap<String, f64> = py
        .get::<gilt_core::api::HashMap<String, f64>>("prices")
        .unwrap()
        .into_iter()
        .collect();
    println!("prices from Rust: {prices:?}");
    py.set("discount", 0.1).unwrap();

    // Call a Python function with Rust values.
    let mut basket = std::collections::BTreeMap::new();
    basket.insert("apple", 4);
    basket.insert("fig", 1);
    let t: f64 = py.call("total", (basket,)).unwrap();
    println!("total = {t}");

    // Evaluate an expression.
    let after: f64 = py
        .eval("round(total({'pear': 4}) * (1 - discount), 2)")
        .unwrap();
    println!("pears after discount = {after}");

    // A Python exception is an Error: type, message, traceback.
    let kiwi = std::collections::BTreeMap::from([("kiwi", 1)]);
    let err = py.call::<f64>("total", (kiwi,)).unwrap_err();
    println!("error type: {}", err.type_name());
    println!("error message: {}", err.message());
    print!("traceback:\n{}", err.traceback());
}

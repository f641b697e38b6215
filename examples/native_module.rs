//! A native module built in Rust and imported from Python: functions that
//! capture Rust state, constants, and a class.
//!
//! Run with `cargo run --example native_module`.

use std::sync::{Arc, Mutex};

use gilt_core::api::{Class, Interpreter, Module, PyClass};
use gilt_core::vm::Config;
use gilt_std::StdPlatform;

/// A pretend GPIO bank.
#[derive(Clone)]
struct Pin {
    number: u32,
    level: bool,
}

impl PyClass for Pin {
    const NAME: &'static str = "Pin";
}

fn main() {
    let leds = Arc::new(Mutex::new(vec![false; 4]));
    let (set_leds, get_leds) = (leds.clone(), leds.clone());

    let board = Module::new("board")
        .constant("NAME", "virt")
        .constant("LEDS", 4)
        .function("led", move |n: usize, on: bool| -> Result<(), String> {
            let mut l = set_leds.lock().unwrap();
            match l.get_mut(n) {
                Some(slot) => {
                    *slot = on;
                    Ok(())
                }
                None => Err(format!("no LED {n}")),
            }
        })
        .function("leds", move || get_leds.lock().unwrap().clone())
        .class(
            Class::<Pin>::new()
                .constructor(|number: u32| Pin {
                    number,
                    level: false,
                })
                .method("toggle", |p: &mut Pin| {
                    p.level = !p.level;
                    p.level
                })
                .getter("number", |p: &Pin| p.number)
                .getter("level", |p: &Pin| p.level)
                .method("__repr__", |p: &Pin| {
                    format!("Pin({}, {})", p.number, p.level)
                }),
        );

    let mut py = Interpreter::new(Box::new(StdPlatform::new()), Config::default());
    py.add_module(board).unwrap();
    let script = r#"
import board
from board import Pin

print("board", board.NAME, "with", board.LEDS, "LEDs")
for i in range(board.LEDS):
    board.led(i, i % 2 == 0)
print("leds:", board.leds())
p = Pin(7)
p.toggle()
print(p, p.number, p.level)
try:
    board.led(9, True)
except RuntimeError as e:
    print("RuntimeError:", e)
"#;
    if let Err(e) = py.run(script, "blink.py") {
        eprint!("{}", e.traceback());
        std::process::exit(1);
    }
    println!("Rust sees leds = {:?}", leds.lock().unwrap());
}

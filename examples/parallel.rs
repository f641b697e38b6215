//! Two isolated interpreters running CPU-bound Python in parallel on two
//! host threads, exchanging values through a channel.
//!
//! Run with `cargo run --release --example parallel`.

use std::time::Instant;

use gilt_core::api::{Channel, Interpreter, Message};
use gilt_core::vm::Config;
use gilt_std::StdPlatform;

const WORKER: &str = r#"
def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True

while True:
    try:
        lo, hi = jobs.recv()
    except EOFError:
        break
    results.send((lo, sum(1 for n in range(lo, hi) if is_prime(n))))
"#;

fn main() {
    let jobs = Channel::new();
    let results = Channel::new();
    let start = Instant::now();
    let workers: Vec<_> = (0..2)
        .map(|w| {
            let (jobs, results) = (jobs.clone(), results.clone());
            std::thread::spawn(move || {
                // Each thread owns its interpreter: its own heap and GIL.
                let mut py = Interpreter::new(Box::new(StdPlatform::new()), Config::default());
                py.set("jobs", jobs).unwrap();
                py.set("results", results).unwrap();
                if let Err(e) = py.run(WORKER, &format!("worker{w}.py")) {
                    eprint!("{}", e.traceback());
                }
            })
        })
        .collect();
    let chunk = 25_000;
    let n_jobs = 8;
    for i in 0..n_jobs {
        let lo = i * chunk;
        jobs.send(Message::Tuple(vec![
            Message::Int(lo),
            Message::Int(lo + chunk),
        ]))
        .unwrap();
    }
    jobs.close();
    let mut total = 0;
    let platform = StdPlatform::new();
    for _ in 0..n_jobs {
        match results.recv(&platform).unwrap() {
            Message::Tuple(t) => {
                if let [Message::Int(lo), Message::Int(count)] = t.as_slice() {
                    println!("[{lo}, {}) has {count} primes", lo + chunk);
                    total += count;
                }
            }
            other => println!("unexpected {other:?}"),
        }
    }
    for w in workers {
        w.join().unwrap();
    }
    println!(
        "{total} primes below {} in {:.2?} on two interpreters",
        n_jobs * chunk,
        start.elapsed()
    );
}

//! Benchmark of the embedding API.
//!
//! 1. Parallelism: the same CPU-bound Python function run twice in one
//!    interpreter, versus once in each of two interpreters on two host
//!    threads; prints the speed-up (2.0 is perfect on two free cores).
//! 2. Call overhead: calling a registered Rust function from Python versus
//!    calling an equivalent Python function (loop overhead subtracted).
//!
//! Run with `cargo run --release --example bench_parallel [rounds] [n]`.

use std::sync::{Arc, Barrier};
use std::time::{Duration, Instant};

use gilt_core::api::Interpreter;
use gilt_core::vm::Config;
use gilt_std::StdPlatform;

const CPU: &str = r#"
def work(n):
    total = 0
    for i in range(n):
        total = (total + i * i) % 1000003
    return total
"#;

fn new_interp() -> Interpreter {
    let mut py = Interpreter::new(Box::new(StdPlatform::new()), Config::default());
    py.run(CPU, "cpu.py").unwrap();
    py
}

/// Two runs of `work(n)` in one interpreter: wall time, and CPU seconds
/// per run.
fn sequential(n: i64) -> (Duration, Option<f64>) {
    let mut py = new_interp();
    let c = thread_cpu_seconds();
    let t = Instant::now();
    let a: i64 = py.call("work", (n,)).unwrap();
    let b: i64 = py.call("work", (n,)).unwrap();
    let d = t.elapsed();
    let cpu = c.zip(thread_cpu_seconds()).map(|(a, b)| (b - a) / 2.0);
    assert_eq!(a, b);
    (d, cpu)
}

/// One run of `work(n)` in each of two interpreters on two threads
/// (created beforehand; timed from a common start to the later finish):
/// wall time, and the CPU seconds of the slower run.
fn parallel(n: i64) -> (Duration, Option<f64>) {
    let barrier = Arc::new(Barrier::new(3));
    let threads: Vec<_> = (0..2)
        .map(|_| {
            let barrier = barrier.clone();
            std::thread::spawn(move || {
                let mut py = new_interp();
                barrier.wait();
                let c = thread_cpu_seconds();
                let r: i64 = py.call("work", (n,)).unwrap();
                let cpu = c.zip(thread_cpu_seconds()).map(|(a, b)| b - a);
                (Instant::now(), r, cpu)
            })
        })
        .collect();
    barrier.wait();
    let start = Instant::now();
    let ends: Vec<(Instant, i64, Option<f64>)> =
        threads.into_iter().map(|t| t.join().unwrap()).collect();
    assert_eq!(ends[0].1, ends[1].1);
    let wall = ends
        .iter()
        .map(|e| e.0.duration_since(start))
        .max()
        .unwrap_or_default();
    let cpu = ends[0].2.zip(ends[1].2).map(|(a, b)| a.max(b));
    (wall, cpu)
}

/// The calling thread's CPU time (user + system) in seconds, from Linux's
/// `/proc/thread-self/stat` (`None` elsewhere).
fn thread_cpu_seconds() -> Option<f64> {
    stat_cpu("/proc/thread-self/stat")
}

fn stat_cpu(path: &str) -> Option<f64> {
    let stat = std::fs::read_to_string(path).ok()?;
    let rest = stat.rsplit_once(')')?.1;
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks: f64 = f.get(11)?.parse::<f64>().ok()? + f.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

fn call_overhead(n: i64) -> (f64, f64) {
    let mut py = new_interp();
    py.register_fn("radd", |a: i64, b: i64| a + b).unwrap();
    py.run(
        r#"
import time
def padd(a, b):
    return a + b

def loop_empty(n):
    t = time.perf_counter()
    for i in range(n):
        pass
    return time.perf_counter() - t

def loop_rust(n):
    f = radd
    t = time.perf_counter()
    for i in range(n):
        f(i, 1)
    return time.perf_counter() - t

def loop_python(n):
    f = padd
    t = time.perf_counter()
    for i in range(n):
        f(i, 1)
    return time.perf_counter() - t
"#,
        "calls.py",
    )
    .unwrap();
    let mut best = (f64::MAX, f64::MAX, f64::MAX);
    for _ in 0..5 {
        let e: f64 = py.call("loop_empty", (n,)).unwrap();
        let r: f64 = py.call("loop_rust", (n,)).unwrap();
        let p: f64 = py.call("loop_python", (n,)).unwrap();
        best = (best.0.min(e), best.1.min(r), best.2.min(p));
    }
    let per = |t: f64| (t - best.0).max(0.0) / n as f64 * 1e9;
    (per(best.1), per(best.2))
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let rounds: usize = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(10);
    let n: i64 = args
        .get(2)
        .and_then(|s| s.parse().ok())
        .unwrap_or(3_000_000);

    println!("parallel interpreters: work({n}) x2, {rounds} rounds");
    let mut speedups = Vec::new();
    let mut cpu_ratios = Vec::new();
    for r in 0..rounds {
        let (s, seq_cpu) = sequential(n);
        let (p, par_cpu) = parallel(n);
        let x = s.as_secs_f64() / p.as_secs_f64();
        // CPU time of one run alone over that of the slower parallel run:
        // 1.0 means the interpreters slowed each other down not at all, so
        // on two idle cores the speed-up would be 2 x this.
        let cpu = match (seq_cpu, par_cpu) {
            (Some(a), Some(b)) if b > 0.0 => {
                cpu_ratios.push(a / b);
                format!(" (CPU per run: alone {a:.2} s, in parallel {b:.2} s)")
            }
            _ => String::new(),
        };
        println!(
            "  round {}: one interpreter {:.3} s, two in parallel {:.3} s, speed-up {:.2}{cpu}",
            r + 1,
            s.as_secs_f64(),
            p.as_secs_f64(),
            x
        );
        speedups.push(x);
    }
    let best = speedups.iter().cloned().fold(0.0, f64::max);
    println!("speed-up: best {best:.2}, median {:.2}", median(speedups));
    if !cpu_ratios.is_empty() {
        println!(
            "CPU time per run, alone / in parallel: median {:.2} (2 x that is the speed-up on idle cores)",
            median(cpu_ratios)
        );
    }

    let calls = 2_000_000;
    let (rust_ns, py_ns) = call_overhead(calls);
    println!("call overhead ({calls} calls, loop overhead subtracted, best of 5):");
    println!("  registered Rust fn radd(i, 1): {rust_ns:.1} ns/call");
    println!("  Python function padd(i, 1):    {py_ns:.1} ns/call");
    println!("  ratio rust/python: {:.2}", rust_ns / py_ns);
}

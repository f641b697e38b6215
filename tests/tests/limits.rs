//! Resource limits through the embedding API (`gilt_core::api::Interpreter`):
//! each hard limit stops the script with its typed error (`PyErr::limit_kind`)
//! that no `except`/`finally` in the script can swallow, in every thread;
//! soft limits raise a catchable `MemoryError`; the host can cancel from
//! another thread; the sandbox platform refuses what it was not granted.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use gilt_core::api::Interpreter;
use gilt_core::vm::limits::{LimitKind, Limits};
use gilt_core::vm::Config;
use gilt_std::{CapturePlatform, SandboxPlatform, INTERP_STACK_SIZE};

/// Every allocation counts against the running interpreter's memory limit.
#[global_allocator]
static ALLOC: gilt_std::CountingAlloc = gilt_std::CountingAlloc;

struct Run {
    /// `None`: the script finished; `Some(None)`: a Python error;
    /// `Some(Some(kind))`: stopped by a limit.
    stopped: Option<Option<LimitKind>>,
    /// What the interpreter reports after the run.
    after: Option<LimitKind>,
    stdout: String,
    stderr: String,
    elapsed: Duration,
}

/// Runs `src` in a fresh interpreter with `limits` on a big-stack thread.
/// `host` runs on the test thread with the interpreter's cancel handle.
fn run_with(
    src: &str,
    limits: Limits,
    host: impl FnOnce(gilt_core::vm::limits::CancelHandle) + Send + 'static,
) -> Run {
    let src = src.to_string();
    let (tx, rx) = std::sync::mpsc::channel();
    let t = std::thread::Builder::new()
        .stack_size(INTERP_STACK_SIZE)
        .spawn(move || {
            let p = CapturePlatform::new("");
            let (out, err) = (p.stdout.clone(), p.stderr.clone());
            let config = Config {
                limits,
                ..Config::default()
            };
            let mut interp = Interpreter::new(Box::new(p), config);
            tx.send(interp.cancel_handle()).unwrap();
            let start = Instant::now();
            let r = interp.run_source(&src, "<limits>");
            let elapsed = start.elapsed();
            let stopped = match &r {
                Ok(()) => None,
                Err(e) => Some(e.limit_kind()),
            };
            if let Err(e) = &r {
                if e.limit_kind().is_none() {
                    interp.exit_code_for(e);
                }
            }
            // Values (the error too) must not outlive their interpreter.
            drop(r);
            interp.shutdown();
            let after = interp.limit_exceeded();
            drop(interp);
            let text =
                |m: &Arc<Mutex<Vec<u8>>>| String::from_utf8_lossy(&m.lock().unwrap()).into_owned();
            Run {
                stopped,
                after,
                stdout: text(&out),
                stderr: text(&err),
                elapsed,
            }
        })
        .unwrap();
    host(rx.recv().unwrap());
    t.join().unwrap()
}

fn run(src: &str, limits: Limits) -> Run {
    run_with(src, limits, |_| {})
}

fn instructions(n: u64) -> Limits {
    Limits {
        max_instructions: Some(n),
        ..Limits::default()
    }
}

const SWALLOWER: &str = "
try:
    while True:
        pass
except Exception:
    print('except Exception')
except BaseException:
    print('except BaseException')
finally:
    print('finally')
print('after')
";

#[test]
fn instruction_limit_stops_a_loop_and_no_handler_runs() {
    let r = run(SWALLOWER, instructions(100_000));
    assert_eq!(r.stopped, Some(Some(LimitKind::Instructions)));
    assert_eq!(r.after, Some(LimitKind::Instructions));
    assert_eq!(r.stdout, "");
    assert_eq!(r.stderr, "");
}

#[test]
fn instruction_limit_counts_about_instructions() {
    // 10 000 iterations of a small loop body fit in 200 000 instructions
    // but not in 20 000.
    let src = "n = 0\nfor i in range(10000):\n    n += i\nprint(n)\n";
    let ok = run(src, instructions(200_000));
    assert_eq!((ok.stopped, ok.stdout.as_str()), (None, "49995000\n"));
    let stopped = run(src, instructions(20_000));
    assert_eq!(stopped.stopped, Some(Some(LimitKind::Instructions)));
}

/// Found by the `exec` fuzz target: built-in functions that loop over an
/// iterator in Rust (`sum`, `list`, `max`, `sorted`, `dict.fromkeys`, ...)
/// ran 10**12 steps without a limit check. `Vm::next` (every native loop's step)
/// now spends one unit of fuel per item, like bytecode.
#[test]
fn instruction_limit_stops_native_loops_over_iterators() {
    for src in [
        "sum(range(10**12))",
        "list(range(10**12))",
        "max(range(10**12))",
        "sorted(range(10**9))",
        "dict.fromkeys(range(10**9))",
        "any(x < 0 for x in range(10**12))",
    ] {
        let r = run(src, instructions(1_000_000));
        assert_eq!(r.stopped, Some(Some(LimitKind::Instructions)), "{src}");
    }
    // The same calls on small inputs are unaffected.
    let r = run(
        "print(sum(range(1000)), max(range(5)))",
        instructions(1_000_000),
    );
    assert_eq!((r.stopped, r.stdout.as_str()), (None, "499500 4\n"));
}

#[test]
fn instruction_limit_applies_to_recursion_and_generators() {
    let src = "
def f(n):
    return f(n + 1) if n < 500 else 0
def g():
    while True:
        yield f(0)
for x in g():
    pass
";
    let r = run(src, instructions(1_000_000));
    assert_eq!(r.stopped, Some(Some(LimitKind::Instructions)));
}

#[test]
fn time_limit_stops_a_busy_loop_promptly() {
    let limits = Limits {
        max_time_ns: Some(200_000_000),
        ..Limits::default()
    };
    let r = run(SWALLOWER, limits);
    assert_eq!(r.stopped, Some(Some(LimitKind::Time)));
    assert_eq!(r.stdout, "");
    assert!(r.elapsed < Duration::from_secs(5), "{:?}", r.elapsed);
}

#[test]
fn time_limit_wakes_a_long_sleep() {
    let limits = Limits {
        max_time_ns: Some(100_000_000),
        ..Limits::default()
    };
    let r = run("import time\ntime.sleep(1000)\nprint('woke')\n", limits);
    assert_eq!(r.stopped, Some(Some(LimitKind::Time)));
    assert_eq!(r.stdout, "");
    assert!(r.elapsed < Duration::from_secs(5), "{:?}", r.elapsed);
}

#[test]
fn cancel_from_another_thread_stops_a_busy_loop() {
    let r = run_with(SWALLOWER, Limits::default(), |h| {
        std::thread::sleep(Duration::from_millis(100));
        h.cancel();
        assert!(h.is_stopped());
    });
    assert_eq!(r.stopped, Some(Some(LimitKind::Cancelled)));
    assert_eq!(r.stdout, "");
}

#[test]
fn cancel_wakes_a_script_blocked_on_a_lock_and_in_sleep() {
    let lock = "import _thread\nl = _thread.allocate_lock()\nl.acquire()\ntry:\n    l.acquire()\nfinally:\n    print('finally')\n";
    let r = run_with(lock, Limits::default(), |h| {
        std::thread::sleep(Duration::from_millis(100));
        h.cancel();
    });
    assert_eq!(r.stopped, Some(Some(LimitKind::Cancelled)));
    assert_eq!(r.stdout, "");
    assert!(r.elapsed < Duration::from_secs(5));
    let sleep = "import time\ntime.sleep(1000)\n";
    let r = run_with(sleep, Limits::default(), |h| {
        std::thread::sleep(Duration::from_millis(100));
        h.cancel();
    });
    assert_eq!(r.stopped, Some(Some(LimitKind::Cancelled)));
    assert!(r.elapsed < Duration::from_secs(5));
}

#[test]
fn cancel_after_the_interpreter_is_gone_is_harmless() {
    let h = {
        let interp = Interpreter::new(Box::new(CapturePlatform::new("")), Config::default());
        interp.cancel_handle()
    };
    h.cancel();
    assert!(!h.is_stopped());
}

#[test]
fn a_limit_in_one_thread_stops_every_thread() {
    // The worker spins; the main thread waits on a lock nobody releases.
    // The instruction limit fires (in the worker) and the main thread's
    // wait wakes with the same error; no handler in either thread runs.
    let src = "
import threading, _thread
def spin():
    try:
        while True:
            pass
    finally:
        print('worker finally')
t = threading.Thread(target=spin)
t.start()
l = _thread.allocate_lock()
l.acquire()
try:
    l.acquire()
except BaseException:
    print('main caught')
";
    let r = run(src, instructions(2_000_000));
    assert_eq!(r.stopped, Some(Some(LimitKind::Instructions)));
    assert_eq!(r.stdout, "");
    assert_eq!(r.stderr, "");
    assert!(r.elapsed < Duration::from_secs(10));
}

#[test]
fn a_stopped_interpreter_refuses_further_runs() {
    let p = CapturePlatform::new("");
    let mut interp = Interpreter::new(
        Box::new(p),
        Config {
            limits: instructions(10_000),
            ..Config::default()
        },
    );
    let e = interp.run_source("while True: pass", "<a>").unwrap_err();
    assert_eq!(e.limit_kind(), Some(LimitKind::Instructions));
    let e = interp
        .run_source("for i in range(3): print(i)", "<b>")
        .unwrap_err();
    assert_eq!(e.limit_kind(), Some(LimitKind::Instructions));
}

#[test]
fn ordinary_errors_are_not_limit_errors() {
    let p = CapturePlatform::new("");
    let mut interp = Interpreter::new(
        Box::new(p),
        Config {
            limits: instructions(1_000_000),
            ..Config::default()
        },
    );
    let e = interp.run_source("1/0", "<a>").unwrap_err();
    assert_eq!(e.limit_kind(), None);
    assert_eq!(interp.limit_exceeded(), None);
    // A script cannot fake one: the class is not reachable by name.
    let e = interp
        .run_source("raise SystemExit('instruction limit exceeded')", "<b>")
        .unwrap_err();
    assert_eq!(e.limit_kind(), None);
}

#[test]
fn memory_limit_stops_gradual_growth() {
    let limits = Limits {
        max_memory_bytes: Some(32 << 20),
        ..Limits::default()
    };
    let src = "
x = []
try:
    while True:
        x.append([len(x), len(x) + 1])
except MemoryError:
    print('caught')
finally:
    print('finally')
";
    let r = run(src, limits);
    assert_eq!(r.stopped, Some(Some(LimitKind::Memory)));
    assert_eq!(r.stdout, "");
}

#[test]
fn a_large_single_request_over_the_budget_is_a_catchable_memory_error() {
    let limits = Limits {
        max_memory_bytes: Some(32 << 20),
        ..Limits::default()
    };
    let src = "
try:
    s = 'x' * (64 * 1024 * 1024)
except MemoryError as e:
    print('MemoryError', repr(e))
l = [0] * 1000
print(len(l))
";
    let r = run(src, limits);
    assert_eq!(r.stopped, None, "{}", r.stderr);
    assert_eq!(r.stdout, "MemoryError MemoryError()\n1000\n");
}

#[test]
fn soft_memory_limit_raises_memory_error_once_then_the_hard_limit_stops() {
    let limits = Limits {
        soft_memory_bytes: Some(16 << 20),
        max_memory_bytes: Some(48 << 20),
        ..Limits::default()
    };
    let src = "
x = []
try:
    while True:
        x.append([len(x)])
except MemoryError:
    print('soft limit', len(x) > 1000)
del x
print('freed')
y = []
while True:
    y.append([len(y)])
";
    let r = run(src, limits);
    assert_eq!(r.stdout, "soft limit True\nfreed\n");
    // The second loop crosses the soft limit again (one more MemoryError,
    // uncaught): a Python error, not a stop.
    assert_eq!(r.stopped, Some(None));
    assert!(r.stderr.ends_with("MemoryError\n"), "{}", r.stderr);
}

#[test]
fn size_limits_raise_memory_error() {
    let limits = Limits {
        max_str_len: Some(1000),
        max_bytes_len: Some(1000),
        max_list_len: Some(1000),
        max_int_bits: Some(10_000),
        ..Limits::default()
    };
    let src = "
def attempt(f):
    try:
        f()
        print('ok')
    except MemoryError:
        print('MemoryError')
attempt(lambda: 'ab' * 400)
attempt(lambda: 'ab' * 600)
attempt(lambda: 'a' * 600 + 'b' * 600)
attempt(lambda: ''.join(['abc'] * 400))
attempt(lambda: b'x' * 2000)
attempt(lambda: bytes(2000))
attempt(lambda: [0] * 2000)
attempt(lambda: [0] * 600 + [1] * 600)
attempt(lambda: (0,) * 2000)
attempt(lambda: 3 ** 1000)
attempt(lambda: 3 ** 100000)
attempt(lambda: 1 << 20000)
attempt(lambda: (1 << 6000) * (1 << 6000))
";
    let r = run(src, limits);
    assert_eq!(
        r.stdout,
        "ok\nMemoryError\nMemoryError\nMemoryError\nMemoryError\nMemoryError\n\
         MemoryError\nMemoryError\nMemoryError\nok\nMemoryError\nMemoryError\nMemoryError\n"
    );
}

#[test]
fn no_limits_means_no_interference() {
    let r = run(
        "import time\nt = time.time()\nprint(sum(range(100000)), t > 1e9)\n",
        Limits::default(),
    );
    assert_eq!((r.stopped, r.stdout.as_str()), (None, "4999950000 True\n"));
    assert_eq!(r.after, None);
}

#[test]
fn sandbox_refuses_files_threads_and_the_wall_clock() {
    let src = "
import time
print(time.time() < 1e9)
try:
    import some_module_on_disk
except PermissionError as e:
    print('PermissionError', e)
import threading
try:
    threading.Thread(target=print).start()
except RuntimeError as e:
    print('RuntimeError', e)
";
    let out = Arc::new(Mutex::new(Vec::new()));
    let mut cap = CapturePlatform::new("");
    cap.stdout = out.clone();
    let sandbox = SandboxPlatform::builder().build_over(Box::new(cap));
    let mut interp = Interpreter::new(Box::new(sandbox), Config::default());
    interp.set_script_dir(".");
    interp.run_source(src, "<sandbox>").unwrap();
    drop(interp);
    assert_eq!(
        String::from_utf8_lossy(&out.lock().unwrap()),
        "True\nPermissionError [Errno 13] Permission denied\nRuntimeError can't start new thread\n"
    );
}

#[test]
fn sandbox_grants_what_the_builder_allows() {
    let dir = std::env::temp_dir().join(format!("gilt-limits-sb-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("granted_mod.py"), "VALUE = 42\n").unwrap();
    let out = Arc::new(Mutex::new(Vec::new()));
    let mut cap = CapturePlatform::new("");
    cap.stdout = out.clone();
    let sandbox = SandboxPlatform::builder()
        .allow_read_dir(&dir)
        .allow_wall_clock()
        .allow_threads()
        .build_over(Box::new(cap));
    let mut interp = Interpreter::new(Box::new(sandbox), Config::default());
    interp.set_script_dir(dir.to_str().unwrap());
    let src = "
import time, threading, granted_mod
print(granted_mod.VALUE, time.time() > 1e9)
t = threading.Thread(target=print, args=('thread',))
t.start()
t.join()
";
    interp.run_source(src, "<sandbox>").unwrap();
    drop(interp);
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(
        String::from_utf8_lossy(&out.lock().unwrap()),
        "42 True\nthread\n"
    );
}

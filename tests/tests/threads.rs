//! Python threads under the GIL, through the real std platform: many
//! threads mutate shared objects under contention and nothing is lost.

use std::path::PathBuf;

use gilt_core::api::Interpreter;
use gilt_core::platform::{Platform, PlatformError};
use gilt_core::sync::AtomicU32;
use gilt_core::vm::Config;
use gilt_std::Captured;

fn run(name: &str, source: &str) -> Captured {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("threads");
    std::fs::create_dir_all(&dir).expect("create threads temp dir");
    let path = dir.join(format!("{name}.py"));
    std::fs::write(&path, source).expect("write thread program");
    let display = format!("threads/{name}.py");
    let argv = vec![display.clone()];
    gilt_std::run_file_captured(&path, &display, &argv, "")
}

#[test]
fn many_threads_appending_to_a_shared_list_lose_nothing() {
    // No lock: list.append is atomic under the GIL, and forced switches
    // (a tiny switch interval) interleave the threads constantly.
    let got = run(
        "append_stress",
        r#"
import sys, threading
sys.setswitchinterval(1e-6)
shared = []
counts = {}
def work(k):
    for i in range(2000):
        shared.append((k, i))
        counts[k] = counts.get(k, 0) + 1
ts = [threading.Thread(target=work, args=(k,)) for k in range(16)]
for t in ts: t.start()
for t in ts: t.join()
print(len(shared), len(set(shared)), sorted(counts.values()) == [2000] * 16)
per = {}
for k, i in shared:
    assert per.get(k, -1) == i - 1, (k, i)
    per[k] = i
print("ordered per thread")
"#,
    );
    assert_eq!(got.stderr, "");
    assert_eq!(got.stdout, "32000 32000 True\nordered per thread\n");
    assert_eq!(got.code, 0);
}

#[test]
fn locked_read_modify_write_under_contention_is_exact() {
    let got = run(
        "lock_stress",
        r#"
import sys, threading
sys.setswitchinterval(1e-6)
lock = threading.Lock()
n = 0
def work():
    global n
    for _ in range(3000):
        with lock:
            v = n
            n = v + 1
ts = [threading.Thread(target=work) for _ in range(8)]
for t in ts: t.start()
for t in ts: t.join()
print(n)
"#,
    );
    assert_eq!(got.stderr, "");
    assert_eq!(got.stdout, "24000\n");
}

#[test]
fn interpreter_exit_waits_for_non_daemon_threads() {
    let got = run(
        "exit_waits",
        r#"
import threading, time
def late():
    time.sleep(0.05)
    print("late thread done")
threading.Thread(target=late).start()
print("main done")
"#,
    );
    assert_eq!(got.stdout, "main done\nlate thread done\n");
    assert_eq!(got.code, 0);
}

#[test]
fn daemon_thread_left_running_at_exit_does_not_crash() {
    let got = run(
        "daemon_left",
        r#"
import threading, time
def forever():
    while True:
        time.sleep(0.001)
threading.Thread(target=forever, daemon=True).start()
time.sleep(0.01)
print("bye")
"#,
    );
    assert_eq!(got.stdout, "bye\n");
    assert_eq!(got.code, 0);
}

#[test]
fn start_new_thread_reports_uncaught_exceptions() {
    let got = run(
        "raw_thread",
        r#"
import _thread, time
done = _thread.allocate_lock()
done.acquire()
def f():
    try:
        raise ValueError("raw")
    finally:
        done.release()
_thread.start_new_thread(f, ())
done.acquire()
time.sleep(0.05)
print("ok")
"#,
    );
    assert_eq!(got.stdout, "ok\n");
    assert!(
        got.stderr
            .starts_with("Exception ignored in thread started by: <function f at 0x"),
        "{}",
        got.stderr
    );
    assert!(got.stderr.ends_with("ValueError: raw\n"), "{}", got.stderr);
}

#[test]
fn shared_lists_dicts_sets_and_instances_survive_contention_fifty_rounds() {
    // Fifty rounds in one interpreter (fast in debug builds too); every
    // round starts fresh objects and eight threads hammer them with a tiny
    // switch interval, so a forced GIL hand-off can fall between any two
    // bytecodes. Single operations (append, pop, item set, set add/discard,
    // setattr) are atomic under the GIL; read-modify-write sequences are
    // done under a lock. Nothing may be lost, duplicated or crash.
    let got = run(
        "container_stress",
        r#"
import sys, threading
sys.setswitchinterval(1e-6)
THREADS, N, ROUNDS = 8, 150, 50

class Box:
    pass

for rnd in range(ROUNDS):
    lst, dct, st, box = [], {}, set(), Box()
    box.total = 0
    shared_key = {"hits": 0}
    lock = threading.Lock()
    popped = []
    def work(k):
        mine = []
        for i in range(N):
            item = k * N + i
            lst.append(item)
            dct[item] = k
            st.add(item)
            st.add(-1)          # every thread adds and discards a shared member
            st.discard(-1)
            setattr(box, "t%d" % k, i)
            if i % 3 == 0:
                try:
                    mine.append(lst.pop())
                except IndexError:
                    pass
            with lock:
                box.total += 1
                shared_key["hits"] = shared_key["hits"] + 1
            if i % 5 == 0:
                dct.pop(item)
                dct[item] = k   # put back: nothing lost overall
        popped.extend(mine)
    ts = [threading.Thread(target=work, args=(k,)) for k in range(THREADS)]
    for t in ts: t.start()
    for t in ts: t.join()
    everything = sorted(lst + popped)
    assert everything == list(range(THREADS * N)), rnd
    assert len(dct) == THREADS * N and all(dct[k * N + i] == k for k in range(THREADS) for i in range(N)), rnd
    st.discard(-1)
    assert st == set(range(THREADS * N)), rnd
    assert box.total == THREADS * N == shared_key["hits"], rnd
    assert all(getattr(box, "t%d" % k) == N - 1 for k in range(THREADS)), rnd
print("rounds ok:", ROUNDS)
"#,
    );
    assert_eq!(got.stderr, "");
    assert_eq!(got.stdout, "rounds ok: 50\n");
    assert_eq!(got.code, 0);
}

#[test]
fn a_thousand_threads_start_and_exit() {
    // threading.Thread and raw _thread threads, each doing a little work
    // under a lock; started in waves of 100 so at most a few hundred host
    // threads exist at once.
    let got = run(
        "thread_storm",
        r#"
import threading, _thread
counter = [0]
lock = threading.Lock()
def bump():
    with lock:
        counter[0] += 1
ts = []
for wave in range(5):
    batch = [threading.Thread(target=bump) for _ in range(100)]
    for t in batch: t.start()
    ts += batch
for t in ts: t.join()
print(counter[0], threading.active_count(), all(not t.is_alive() for t in ts))
done = _thread.allocate_lock()
left = [500]
def raw():
    with lock:
        counter[0] += 1
        left[0] -= 1
        if left[0] == 0:
            done.release()
done.acquire()
for _ in range(500):
    _thread.start_new_thread(raw, ())
done.acquire()
print(counter[0])
"#,
    );
    assert_eq!(got.stderr, "");
    assert_eq!(got.stdout, "500 1 True\n1000\n");
    assert_eq!(got.code, 0);
}

#[test]
fn exceptions_in_many_threads_are_each_reported_and_the_program_goes_on() {
    let got = run(
        "many_failures",
        r#"
import threading
def fail(i):
    raise ValueError(i)
ts = [threading.Thread(target=fail, args=(i,), name="w%d" % i) for i in range(20)]
for t in ts: t.start()
for t in ts: t.join()
print("alive after 20 failures")
"#,
    );
    assert_eq!(got.stdout, "alive after 20 failures\n");
    assert_eq!(got.code, 0);
    let headers: Vec<&str> = got
        .stderr
        .lines()
        .filter(|l| l.starts_with("Exception in thread"))
        .collect();
    assert_eq!(headers.len(), 20, "{}", got.stderr);
    // (Reports may interleave line by line, as in CPython: the GIL can
    // change hands between the header and the traceback.)
    let lines: Vec<&str> = got.stderr.lines().collect();
    for i in 0..20 {
        assert!(
            lines.contains(&format!("Exception in thread w{i}:").as_str()),
            "{}",
            got.stderr
        );
        assert!(
            lines.contains(&format!("ValueError: {i}").as_str()),
            "{}",
            got.stderr
        );
    }
    let tracebacks = lines
        .iter()
        .filter(|l| **l == "Traceback (most recent call last):")
        .count();
    assert_eq!(tracebacks, 20, "{}", got.stderr);
}

/// A console whose reads and writes really block: `read_line` waits until
/// some thread has printed "ready", and writing "block" waits until some
/// thread has printed "helper ran" (each gives up after 10 s and records
/// "TIMED OUT"). If the blocked thread kept the GIL, no other Python thread
/// could print, and the wait would time out.
struct BlockingConsole {
    start: std::time::Instant,
    out: std::sync::Mutex<String>,
    changed: std::sync::Condvar,
    parking: gilt_std::Parking,
}

impl BlockingConsole {
    fn wait_for(&self, text: &str) -> bool {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        let mut out = self.out.lock().unwrap();
        while !out.contains(text) {
            let now = std::time::Instant::now();
            if now >= deadline {
                out.push_str("TIMED OUT\n");
                return false;
            }
            out = self.changed.wait_timeout(out, deadline - now).unwrap().0;
        }
        true
    }
}

impl Platform for BlockingConsole {
    fn monotonic_ns(&self) -> u64 {
        self.start.elapsed().as_nanos() as u64
    }
    fn sleep_ns(&self, ns: u64) {
        std::thread::sleep(std::time::Duration::from_nanos(ns));
    }
    fn write_stdout(&self, bytes: &[u8]) {
        let text = String::from_utf8_lossy(bytes).into_owned();
        if text == "block\n" {
            self.wait_for("helper ran");
        }
        self.out.lock().unwrap().push_str(&text);
        self.changed.notify_all();
    }
    fn read_line(&self) -> Result<Vec<u8>, PlatformError> {
        self.wait_for("ready");
        Ok(b"line\n".to_vec())
    }
    // Only the two calls under test may release the GIL: no other hand-off
    // point lets the helper thread run by chance.
    fn console_write_blocks(&self, _stderr: bool, bytes: &[u8]) -> bool {
        bytes == b"block\n"
    }
    fn console_flush_blocks(&self) -> bool {
        false
    }
    fn thread_id(&self) -> u64 {
        thread_number()
    }
    fn spawn(&self, f: Box<dyn FnOnce() + Send>) -> Result<u64, PlatformError> {
        std::thread::Builder::new()
            .stack_size(64 << 20)
            .spawn(f)
            .map(|_| 0)
            .map_err(|_| PlatformError::unsupported())
    }
    fn wait(&self, word: &AtomicU32, expected: u32, timeout_ns: Option<u64>) {
        self.parking.wait(word, expected, timeout_ns)
    }
    fn wake(&self, word: &AtomicU32, n: u32) {
        self.parking.wake(word, n)
    }
}

/// A distinct number for each host thread (the threading module keys its
/// thread table by it).
fn thread_number() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    thread_local! {
        static ID: u64 = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    }
    ID.with(|id| *id)
}

/// Runs `source` on a [`BlockingConsole`]; returns what it printed.
fn run_on_blocking_console(source: &str) -> String {
    let console = std::sync::Arc::new(BlockingConsole {
        start: std::time::Instant::now(),
        out: std::sync::Mutex::new(String::new()),
        changed: std::sync::Condvar::new(),
        parking: gilt_std::Parking::default(),
    });
    struct Shared(std::sync::Arc<BlockingConsole>);
    impl Platform for Shared {
        fn monotonic_ns(&self) -> u64 {
            self.0.monotonic_ns()
        }
        fn sleep_ns(&self, ns: u64) {
            self.0.sleep_ns(ns)
        }
        fn write_stdout(&self, bytes: &[u8]) {
            self.0.write_stdout(bytes)
        }
        fn read_line(&self) -> Result<Vec<u8>, PlatformError> {
            self.0.read_line()
        }
        fn console_write_blocks(&self, stderr: bool, bytes: &[u8]) -> bool {
            self.0.console_write_blocks(stderr, bytes)
        }
        fn console_flush_blocks(&self) -> bool {
            self.0.console_flush_blocks()
        }
        fn spawn(&self, f: Box<dyn FnOnce() + Send>) -> Result<u64, PlatformError> {
            self.0.spawn(f)
        }
        fn thread_id(&self) -> u64 {
            self.0.thread_id()
        }
        fn wait(&self, word: &AtomicU32, expected: u32, timeout_ns: Option<u64>) {
            self.0.wait(word, expected, timeout_ns)
        }
        fn wake(&self, word: &AtomicU32, n: u32) {
            self.0.wake(word, n)
        }
    }
    let platform = Shared(console.clone());
    let source = source.to_string();
    std::thread::Builder::new()
        .stack_size(gilt_std::INTERP_STACK_SIZE)
        .spawn(move || {
            let mut interp = Interpreter::new(Box::new(platform), Config::default());
            if let Err(e) = interp.run_source(&source, "<blocking>") {
                interp.exit_code_for(&e);
            }
            interp.shutdown();
        })
        .expect("spawn interpreter thread")
        .join()
        .expect("interpreter thread");
    let out = console.out.lock().unwrap().clone();
    out
}

#[test]
fn input_waits_with_the_gil_released() {
    let out = run_on_blocking_console(
        r#"
import threading, time
flag = []
def helper():
    while not flag:
        time.sleep(0.001)
    print("ready")
t = threading.Thread(target=helper)
t.start()
flag.append(1)
line = input()
t.join()
print("got", line)
"#,
    );
    assert_eq!(out, "ready\ngot line\n");
}

#[test]
fn a_console_write_that_blocks_releases_the_gil() {
    let out = run_on_blocking_console(
        r#"
import threading, time
flag = []
def helper():
    while not flag:
        time.sleep(0.001)
    print("helper ran")
t = threading.Thread(target=helper)
t.start()
flag.append(1)
print("block")
t.join()
"#,
    );
    assert_eq!(out, "helper ran\nblock\n");
}

/// The examples in `examples/` (run with `gilt examples/NAME.py`), compared
/// with CPython 3.11's output. Lines starting with "~ " are timings and are
/// left out of the comparison; everything else must be identical.
#[test]
fn examples_print_what_cpython_prints() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace root")
        .to_path_buf();
    let examples = [
        "hello",
        "cpu_bound_threads",
        "io_bound_threads",
        "refcount",
        "producer_consumer",
        "readers_writers",
        "dining_philosophers",
    ];
    let strip = |s: &str| -> String {
        s.lines()
            .filter(|l| !l.starts_with("~ "))
            .map(|l| format!("{l}\n"))
            .collect()
    };
    let handles: Vec<_> = examples
        .iter()
        .map(|name| {
            let rel = format!("examples/{name}.py");
            let root = root.clone();
            std::thread::spawn(move || {
                let cpython = std::process::Command::new("python3")
                    .arg(&rel)
                    .current_dir(&root)
                    .env("PYTHONHASHSEED", "0")
                    .stdin(std::process::Stdio::null())
                    .output()
                    .expect("python3 (CPython 3.11) must be installed to run this test");
                (rel, cpython)
            })
        })
        .collect();
    for h in handles {
        let (rel, cpython) = h.join().expect("CPython runner thread");
        let got =
            gilt_std::run_file_captured(&root.join(&rel), &rel, std::slice::from_ref(&rel), "");
        let want_out = String::from_utf8_lossy(&cpython.stdout);
        assert_eq!(
            strip(&got.stdout),
            strip(&want_out),
            "{rel}: stdout differs"
        );
        assert_eq!(
            got.stderr,
            String::from_utf8_lossy(&cpython.stderr),
            "{rel}"
        );
        assert_eq!(Some(got.code), cpython.status.code(), "{rel}");
        assert!(
            !strip(&got.stdout).is_empty(),
            "{rel} printed nothing to compare"
        );
    }
}

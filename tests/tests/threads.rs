//! Python threads under the GIL, through the real std platform: many
//! threads mutate shared objects under contention and nothing is lost.

use std::path::PathBuf;

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

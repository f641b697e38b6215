//! End-to-end tests of the `gilt` command: exit statuses, stdio, argv.

use std::io::Write;
use std::process::{Command, Stdio};

fn gilt(args: &[&str], stdin: &str) -> (String, String, i32) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_gilt"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn gilt");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
        .expect("write stdin");
    let out = child.wait_with_output().expect("wait");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

#[test]
fn dash_c_runs_code_with_argv() {
    let (out, err, code) = gilt(&["-c", "import sys; print(sys.argv)", "x", "y"], "");
    assert_eq!(
        (out.as_str(), err.as_str(), code),
        ("['-c', 'x', 'y']\n", "", 0)
    );
}

#[test]
fn uncaught_exception_prints_traceback_and_exits_1() {
    let (out, err, code) = gilt(&["-c", "print('before')\n1/0"], "");
    assert_eq!(out, "before\n");
    assert_eq!(
        err,
        "Traceback (most recent call last):\n  File \"<string>\", line 2, in <module>\nZeroDivisionError: division by zero\n"
    );
    assert_eq!(code, 1);
}

#[test]
fn system_exit_codes_and_messages() {
    assert_eq!(gilt(&["-c", "import sys; sys.exit(7)"], "").2, 7);
    assert_eq!(gilt(&["-c", "raise SystemExit"], "").2, 0);
    let (_, err, code) = gilt(&["-c", "import sys; sys.exit('bye')"], "");
    assert_eq!((err.as_str(), code), ("bye\n", 1));
}

#[test]
fn missing_script_is_status_2() {
    let (_, err, code) = gilt(&["/no/such/dir/x.py"], "");
    assert_eq!(
        err,
        "gilt: can't open file '/no/such/dir/x.py': [Errno 2] No such file or directory\n"
    );
    assert_eq!(code, 2);
}

#[test]
fn stdin_is_the_program_when_not_a_terminal() {
    let (out, _, code) = gilt(&[], "for i in range(3):\n    print(i * i)\n");
    assert_eq!((out.as_str(), code), ("0\n1\n4\n", 0));
}

#[test]
fn input_reads_stdin_lines() {
    let (out, err, code) = gilt(
        &["-c", "a = input('? ')\nprint(a.upper())\ninput()"],
        "hello\n",
    );
    assert_eq!(out, "? HELLO\n");
    assert!(
        err.ends_with("EOFError: EOF when reading a line\n"),
        "{err}"
    );
    assert_eq!(code, 1);
}

#[test]
fn stderr_and_stdout_are_separate_streams() {
    let (out, err, code) = gilt(
        &["-c", "import sys\nprint('o')\nprint('e', file=sys.stderr)"],
        "",
    );
    assert_eq!((out.as_str(), err.as_str(), code), ("o\n", "e\n", 0));
}

#[test]
fn scripts_import_modules_beside_them() {
    let dir = std::env::temp_dir().join(format!("gilt-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("mkdir");
    std::fs::write(
        dir.join("helper_mod.py"),
        "def twice(x):\n    return 2 * x\n",
    )
    .expect("write");
    std::fs::write(
        dir.join("main.py"),
        "import helper_mod\nprint(helper_mod.twice(21))\n",
    )
    .expect("write");
    let main = dir.join("main.py");
    let (out, err, code) = gilt(&[main.to_str().expect("utf-8 path")], "");
    assert_eq!((out.as_str(), err.as_str(), code), ("42\n", "", 0));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn dis_prints_bytecode() {
    let dir = std::env::temp_dir().join(format!("gilt-dis-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("mkdir");
    let f = dir.join("d.py");
    std::fs::write(&f, "x = 1\n").expect("write");
    let (out, _, code) = gilt(&["--dis", f.to_str().expect("utf-8 path")], "");
    assert_eq!(code, 0);
    assert!(out.contains("STORE_NAME"), "{out}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn version_and_help() {
    assert!(gilt(&["-V"], "").0.starts_with("Gilt 0.1.0"));
    assert!(gilt(&["-h"], "").0.starts_with("usage: gilt"));
    assert_eq!(gilt(&["-Q"], "").2, 2);
}

// ----- resource limits and the sandbox -----

const SPIN: &str = "try:\n    while True: pass\nexcept BaseException:\n    print('swallowed')\n";

#[test]
fn max_instructions_stops_a_loop_with_status_3() {
    let (out, err, code) = gilt(&["--max-instructions", "100000", "-c", SPIN], "");
    assert_eq!(
        (out.as_str(), err.as_str(), code),
        (
            "",
            "gilt: script stopped: instruction limit exceeded (--max-instructions 100000)\n",
            3
        )
    );
}

#[test]
fn max_time_stops_a_loop_with_status_3() {
    let start = std::time::Instant::now();
    let (out, err, code) = gilt(&["--max-time=0.3", "-c", SPIN], "");
    assert_eq!(
        (out.as_str(), err.as_str(), code),
        (
            "",
            "gilt: script stopped: time limit exceeded (--max-time 0.3)\n",
            3
        )
    );
    assert!(start.elapsed() < std::time::Duration::from_secs(10));
}

#[test]
fn max_memory_takes_suffixes_and_stops_growth_with_status_3() {
    let src = "print('start')\nx = []\nwhile True:\n    x.append([len(x)])\n";
    let (out, err, code) = gilt(&["--max-memory", "32M", "-c", src], "");
    assert_eq!(
        (out.as_str(), err.as_str(), code),
        (
            "start\n",
            "gilt: script stopped: memory limit exceeded (--max-memory 33554432)\n",
            3
        )
    );
}

#[test]
fn a_single_request_over_max_memory_is_a_python_memory_error() {
    let (out, err, code) = gilt(&["--max-memory=16M", "-c", "x = 'ab' * 10**8"], "");
    assert_eq!(out, "");
    assert!(err.ends_with("\nMemoryError\n"), "{err}");
    assert_eq!(code, 1);
}

#[test]
fn limits_do_not_change_a_program_that_fits() {
    let (out, err, code) = gilt(
        &[
            "--max-instructions",
            "10000000",
            "--max-time",
            "60",
            "--max-memory",
            "256M",
            "-c",
            "print(sum(i * i for i in range(1000)))",
        ],
        "",
    );
    assert_eq!((out.as_str(), err.as_str(), code), ("332833500\n", "", 0));
}

#[test]
fn bad_limit_values_are_usage_errors() {
    let (_, err, code) = gilt(&["--max-memory", "lots", "-c", "pass"], "");
    assert_eq!(code, 2);
    assert!(
        err.starts_with("--max-memory: invalid value 'lots'\n"),
        "{err}"
    );
    let (_, err, code) = gilt(&["--max-time"], "");
    assert_eq!(code, 2);
    assert!(err.starts_with("Argument expected for the --max-time option\n"));
}

#[test]
fn sandbox_has_no_files_threads_or_wall_clock() {
    let src = "
import time
print(time.time() < 1e9)
try:
    import os_or_anything_on_disk
except PermissionError as e:
    print(type(e).__name__, e)
import _thread
try:
    _thread.start_new_thread(print, ())
except RuntimeError as e:
    print('RuntimeError', e)
";
    let (out, err, code) = gilt(&["--sandbox", "-c", src], "");
    assert_eq!(
        (out.as_str(), err.as_str(), code),
        (
            "True\nPermissionError [Errno 13] Permission denied\nRuntimeError can't start new thread\n",
            "",
            0
        )
    );
    // Without --sandbox the same script sees the real clock and the disk.
    let (out, _, _) = gilt(&["-c", "import time; print(time.time() > 1e9)"], "");
    assert_eq!(out, "True\n");
}

#[test]
fn a_limit_in_a_thread_stops_the_whole_script() {
    let src = "
import threading
def spin():
    while True:
        pass
threading.Thread(target=spin).start()
threading.Event().wait()
";
    let (out, err, code) = gilt(&["--max-instructions", "2000000", "-c", src], "");
    assert_eq!(
        (out.as_str(), err.as_str(), code),
        (
            "",
            "gilt: script stopped: instruction limit exceeded (--max-instructions 2000000)\n",
            3
        )
    );
}

#[test]
fn sandbox_denies_open_listdir_environ_and_getcwd() {
    let src = "
import os, io
for what, f in [
    ('open', lambda: open('/etc/hostname')),
    ('open-w', lambda: open('gilt_sandbox_should_not_exist.txt', 'w')),
    ('io.open', lambda: io.open('/etc/hostname', 'rb')),
    ('listdir', lambda: os.listdir('.')),
    ('stat', lambda: os.stat('/')),
    ('exists', lambda: print(os.path.exists('/'))),
    ('environ', lambda: os.environ['PATH']),
    ('getenv', lambda: os.getenv('PATH')),
    ('getcwd', lambda: os.getcwd()),
    ('mkdir', lambda: os.mkdir('gilt_sandbox_dir')),
    ('remove', lambda: os.remove('gilt_sandbox_should_not_exist.txt')),
]:
    try:
        f()
        print(what, 'allowed')
    except PermissionError as e:
        print(what, e.errno, e)
";
    let (out, err, code) = gilt(&["--sandbox", "-c", src], "");
    assert_eq!(err, "");
    assert_eq!(code, 0);
    assert_eq!(
        out,
        "open 13 [Errno 13] Permission denied: '/etc/hostname'\n\
         open-w 13 [Errno 13] Permission denied: 'gilt_sandbox_should_not_exist.txt'\n\
         io.open 13 [Errno 13] Permission denied: '/etc/hostname'\n\
         listdir 13 [Errno 13] Permission denied: '.'\n\
         stat 13 [Errno 13] Permission denied: '/'\n\
         False\n\
         exists allowed\n\
         environ 13 [Errno 13] Permission denied\n\
         getenv 13 [Errno 13] Permission denied\n\
         getcwd 13 [Errno 13] Permission denied\n\
         mkdir 13 [Errno 13] Permission denied: 'gilt_sandbox_dir'\n\
         remove 13 [Errno 13] Permission denied: 'gilt_sandbox_should_not_exist.txt'\n"
    );
    // Without --sandbox the same calls reach the host.
    let (out, _, _) = gilt(
        &[
            "-c",
            "import os; print(os.path.isdir(os.getcwd()), len(os.environ) > 0)",
        ],
        "",
    );
    assert_eq!(out, "True True\n");
}

#[test]
fn files_left_open_are_flushed_and_closed_at_exit() {
    let dir = std::env::temp_dir().join(format!("gilt-cli-open-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let d = dir.to_str().unwrap();
    let src = format!(
        "
t = open('{d}/t.txt', 'w')
t.write('text left open\\n')
b = open('{d}/b.bin', 'wb')
b.write(b'bytes left open')
class Holder:
    pass
h = Holder()
h.f = open('{d}/h.txt', 'a')
print('held', file=h.f)
"
    );
    let (out, err, code) = gilt(&["-c", &src], "");
    assert_eq!((out.as_str(), err.as_str(), code), ("", "", 0));
    let read = |n: &str| std::fs::read_to_string(dir.join(n)).unwrap();
    assert_eq!(read("t.txt"), "text left open\n");
    assert_eq!(read("b.bin"), "bytes left open");
    assert_eq!(read("h.txt"), "held\n");
    std::fs::remove_dir_all(&dir).ok();
}

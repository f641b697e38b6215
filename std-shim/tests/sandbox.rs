//! The sandbox platform seen from Python: file, directory and environment
//! calls are `PermissionError` unless the host granted them.

use std::sync::{Arc, Mutex};

use gilt_core::api::Interpreter;
use gilt_core::vm::Config;
use gilt_std::{CapturePlatform, SandboxBuilder};

/// Runs `src` in a fresh interpreter over a capturing sandbox built by
/// `builder` and returns its stdout.
fn run(builder: SandboxBuilder, src: &str) -> String {
    let out = Arc::new(Mutex::new(Vec::new()));
    let mut cap = CapturePlatform::new("");
    cap.stdout = out.clone();
    let sandbox = builder.build_over(Box::new(cap));
    let mut interp = Interpreter::new(Box::new(sandbox), Config::default());
    if let Err(e) = interp.run_source(src, "<sandbox>") {
        let msg = interp.vm().format_exception(&e);
        panic!("script failed: {msg}");
    }
    drop(interp);
    let bytes = out.lock().unwrap().clone();
    String::from_utf8_lossy(&bytes).into_owned()
}

fn temp_dir(tag: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("gilt-sb-{tag}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn open_listdir_and_environ_are_denied_by_default() {
    let dir = temp_dir("deny");
    std::fs::write(dir.join("f.txt"), "secret").unwrap();
    let d = dir.to_str().unwrap();
    let src = format!(
        "
import os
def attempt(f):
    try:
        f()
        return 'allowed'
    except PermissionError as e:
        return type(e).__name__ + ' ' + str(e.errno)
print(attempt(lambda: open('{d}/f.txt').read()))
print(attempt(lambda: open('{d}/g.txt', 'w')))
print(attempt(lambda: os.listdir('{d}')))
print(attempt(lambda: os.stat('{d}/f.txt')))
print(attempt(lambda: os.remove('{d}/f.txt')))
print(attempt(lambda: os.rename('{d}/f.txt', '{d}/h.txt')))
print(attempt(lambda: dict(os.environ)))
print(attempt(lambda: os.getcwd()))
print(os.path.exists('{d}/f.txt'))
"
    );
    let out = run(SandboxBuilder::default(), &src);
    assert_eq!(
        out,
        "PermissionError 13\n".repeat(8) + "False\n",
        "sandbox output"
    );
    assert_eq!(std::fs::read(dir.join("f.txt")).unwrap(), b"secret");
    assert!(!dir.join("g.txt").exists());
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn granted_directories_open_for_reading_or_writing_and_nothing_else() {
    let ro = temp_dir("ro");
    let rw = temp_dir("rw");
    std::fs::write(ro.join("in.txt"), "data\n").unwrap();
    let (r, w) = (ro.to_str().unwrap(), rw.to_str().unwrap());
    let src = format!(
        "
import os
print(open('{r}/in.txt').read(), end='')
print(os.listdir('{r}'))
try:
    open('{r}/new.txt', 'w')
except PermissionError as e:
    print('read-only', e.errno)
with open('{w}/out.txt', 'w') as f:
    print('written', file=f)
os.mkdir('{w}/sub')
os.rename('{w}/out.txt', '{w}/sub/moved.txt')
print(open('{w}/sub/moved.txt').read(), end='')
print(sorted(os.listdir('{w}')), os.path.getsize('{w}/sub/moved.txt'))
try:
    os.environ.get('PATH')
except PermissionError as e:
    print('environ', e.errno)
"
    );
    let out = run(
        SandboxBuilder::default()
            .allow_read_dir(&ro)
            .allow_write_dir(&rw),
        &src,
    );
    assert_eq!(
        out,
        "data\n['in.txt']\nread-only 13\nwritten\n['sub'] 8\nenviron 13\n"
    );
    assert!(rw.join("sub/moved.txt").exists());
    std::fs::remove_dir_all(&ro).ok();
    std::fs::remove_dir_all(&rw).ok();
}

#[test]
fn a_granted_environment_is_the_hosts() {
    let out = run(
        SandboxBuilder::default().allow_env(),
        "import os\nprint(len(os.environ) > 0, os.path.isabs(os.getcwd()))\n",
    );
    assert_eq!(out, "True True\n");
}

/// A platform with only a console and a clock (a minimal board): the
/// trait's file defaults say "unsupported".
struct ConsoleOnly(Arc<Mutex<Vec<u8>>>);

impl gilt_core::platform::Platform for ConsoleOnly {
    fn monotonic_ns(&self) -> u64 {
        0
    }
    fn write_stdout(&self, bytes: &[u8]) {
        self.0.lock().unwrap().extend_from_slice(bytes);
    }
}

#[test]
fn a_platform_without_files_raises_oserror_enosys() {
    let out = Arc::new(Mutex::new(Vec::new()));
    let mut interp = Interpreter::new(Box::new(ConsoleOnly(out.clone())), Config::default());
    let src = "
import os
for f in [lambda: open('x.txt'), lambda: os.listdir('.'), lambda: os.environ['A'],
          lambda: os.getcwd(), lambda: os.getpid(), lambda: os.read(3, 1)]:
    try:
        f()
    except OSError as e:
        print(type(e).__name__, e)
print(os.path.exists('x.txt'), os.path.join('a', 'b'))
";
    interp.run_source(src, "<board>").unwrap();
    drop(interp);
    let text = String::from_utf8_lossy(&out.lock().unwrap()).into_owned();
    assert_eq!(
        text,
        "OSError [Errno 38] Function not implemented: 'x.txt'\n\
         OSError [Errno 38] Function not implemented: '.'\n\
         OSError [Errno 38] Function not implemented\n\
         OSError [Errno 38] Function not implemented\n\
         OSError [Errno 38] Function not implemented\n\
         OSError [Errno 9] Bad file descriptor\n\
         False a/b\n"
    );
}

//! [`Interpreter`]: one isolated Python interpreter and its main thread.

use alloc::boxed::Box;
use alloc::string::String;
use core::mem::ManuallyDrop;

use super::{Class, Error, FromPy, IntoArgs, IntoHostFn, IntoPy, Module, PyClass, Python};
use crate::builtins::{dict_of, sys};
use crate::compile::parser::Mode;
use crate::object::exception::ExcKind;
use crate::object::str::StrObj;
use crate::object::{ObjRef, Payload, Value};
use crate::platform::Platform;
use crate::vm::{import, Config, Interp, PyErr, PyResult, Vm};

/// One Python interpreter with its main thread: its own heap, built-in types,
/// modules and GIL, sharing nothing with other interpreters (two of them run
/// Python in parallel on two host threads).
///
/// The methods take the GIL for the duration of the call (Python threads
/// started by the program run meanwhile only while the GIL is released).
/// [`Interpreter::with_gil`] gives a [`Python`] token for several steps
/// under one acquisition.
///
/// ```
/// use gilt_core::api::{Interpreter, testing::TestPlatform};
/// use gilt_core::vm::Config;
///
/// let platform = TestPlatform::new();
/// let out = platform.output();
/// let mut py = Interpreter::new(Box::new(platform), Config::default());
/// py.run("def square(x):\n    return x * x\nprint(square(7))\n", "script.py").unwrap();
/// assert_eq!(out.stdout(), "49\n");
/// assert_eq!(py.call::<i64>("square", (12,)).unwrap(), 144);
/// py.set("limit", 10).unwrap();
/// assert_eq!(py.eval::<Vec<i64>>("[square(i) for i in range(limit) if i % 3 == 0]").unwrap(), [0, 9, 36, 81]);
/// let err = py.eval::<i64>("1 / 0").unwrap_err();
/// assert_eq!(err.to_string(), "ZeroDivisionError: division by zero");
/// ```
pub struct Interpreter {
    // Dropped by hand in `Drop` (the VM before the interpreter), or leaked
    // together when Python threads are still running at the end.
    vm: ManuallyDrop<Vm>,
    interp: ManuallyDrop<Box<Interp>>,
    main: Option<ObjRef>,
    /// Nesting depth of GIL-holding API calls (the GIL is held when > 0).
    gil_depth: u32,
    /// `threading._shutdown` has run.
    threads_joined: bool,
}

impl Interpreter {
    /// A fresh interpreter on a platform: built-in types, `builtins` and
    /// `sys` (both registered in `sys.modules`).
    pub fn new(platform: Box<dyn Platform>, config: Config) -> Interpreter {
        let interp = Interp::new(platform, config);
        // SAFETY: the interpreter is boxed (its address is stable) and owned
        // by the returned value, whose `vm` field is dropped before it.
        let mut vm = unsafe { Vm::new(&interp) };
        crate::vm::init::init_types(&mut vm);
        for (name, init) in crate::builtins::BUILTIN_MODULES {
            if *name == "builtins" || *name == "sys" {
                if let Ok(m) = init(&mut vm) {
                    set_module(&vm, name, Value::Obj(m));
                }
            }
        }
        let mut me = Interpreter {
            vm: ManuallyDrop::new(vm),
            interp: ManuallyDrop::new(interp),
            main: None,
            gil_depth: 0,
            threads_joined: false,
        };
        me.main_module();
        me
    }

    /// Runs `f` with a GIL token (taking the GIL unless this thread already
    /// holds it through an enclosing call). Releases, first, the references
    /// of handles dropped without the GIL.
    pub fn with_gil<R>(&mut self, f: impl FnOnce(Python<'_>) -> R) -> R {
        self.locked(|i| f(Python::from_vm(&mut i.vm)))
    }

    /// Runs `f` holding the GIL. Every method that runs Python code goes
    /// through here.
    fn locked<R>(&mut self, f: impl FnOnce(&mut Interpreter) -> R) -> R {
        if self.gil_depth == 0 {
            self.vm.acquire_gil();
            #[cfg(target_has_atomic = "ptr")]
            super::handle::drain(&self.interp);
        }
        self.gil_depth += 1;
        let r = f(self);
        self.gil_depth -= 1;
        if self.gil_depth == 0 {
            self.vm.release_gil();
        }
        r
    }

    /// Runs source text in `__main__`'s namespace (globals persist between
    /// runs); `filename` is what tracebacks show.
    pub fn run(&mut self, source: &str, filename: &str) -> Result<(), Error> {
        self.with_gil(|py| py.run(source, filename))
    }

    /// Evaluates an expression in `__main__`'s namespace and converts the
    /// result (to [`PyObject`](super::PyObject) to keep any object).
    pub fn eval<T: FromPy>(&mut self, expr: &str) -> Result<T, Error> {
        self.with_gil(|py| py.eval(expr))
    }

    /// Calls a function by name (a global of `__main__`, or a built-in)
    /// with positional arguments (a tuple, `()` for none) and converts its
    /// result.
    pub fn call<T: FromPy>(
        &mut self,
        function_name: &str,
        args: impl IntoArgs,
    ) -> Result<T, Error> {
        self.with_gil(|py| py.call(function_name, args))
    }

    /// Reads a global of `__main__` (`NameError` if unset).
    pub fn get<T: FromPy>(&mut self, name: &str) -> Result<T, Error> {
        self.with_gil(|py| py.get(name))
    }

    /// Sets a global of `__main__`.
    pub fn set(&mut self, name: &str, value: impl IntoPy) -> Result<(), Error> {
        self.with_gil(|py| py.set(name, value))
    }

    /// Imports a module and returns it (see [`Python::import`]).
    #[cfg(target_has_atomic = "ptr")]
    pub fn import(&mut self, name: &str) -> Result<super::PyObject, Error> {
        self.with_gil(|py| py.import(name))
    }

    /// Makes a Rust closure a built-in function of this interpreter, visible
    /// from every module. Parameters convert with [`FromPy`], the result
    /// with [`IntoPyResult`](super::IntoPyResult); see [`IntoHostFn`].
    ///
    /// ```
    /// use gilt_core::api::{Interpreter, testing::TestPlatform};
    ///
    /// let mut py = Interpreter::new(Box::new(TestPlatform::new()), Default::default());
    /// py.register_fn("add", |a: i64, b: i64| a + b).unwrap();
    /// assert_eq!(py.eval::<i64>("add(2, 3)").unwrap(), 5);
    /// let err = py.eval::<i64>("add(1, 2, 3)").unwrap_err();
    /// assert_eq!(err.to_string(), "TypeError: add() takes 2 positional arguments but 3 were given");
    /// ```
    pub fn register_fn<M>(&mut self, name: &str, f: impl IntoHostFn<M>) -> Result<(), Error> {
        self.with_gil(|py| py.register_fn(name, f))
    }

    /// Adds a native module (importable by its name).
    pub fn add_module(&mut self, module: Module) -> Result<(), Error> {
        self.with_gil(|py| py.add_module(module))
    }

    /// Registers a Rust class, bound as a built-in name.
    pub fn add_class<T: PyClass>(&mut self, class: Class<T>) -> Result<(), Error> {
        self.with_gil(|py| py.add_class(class))
    }

    /// The main thread's VM (to call into Python from Rust). The GIL is not
    /// held between API calls: once Python threads have been started, use
    /// [`Interpreter::with_gil`] around direct VM use.
    pub fn vm(&mut self) -> &mut Vm {
        &mut self.vm
    }

    /// The shared interpreter state.
    pub fn interp(&self) -> &Interp {
        &self.interp
    }

    /// A `Send + Sync` handle whose `cancel()` stops this interpreter's
    /// running script from another host thread (the run then returns an
    /// error whose [`PyErr::limit_kind`] is `Some(LimitKind::Cancelled)`).
    #[cfg(target_has_atomic = "ptr")]
    pub fn cancel_handle(&self) -> crate::vm::limits::CancelHandle {
        self.interp.limits.cancel_handle()
    }

    /// The hard limit (or cancel) that stopped this interpreter, if any:
    /// after that every run fails with the same typed error.
    pub fn limit_exceeded(&self) -> Option<crate::vm::limits::LimitKind> {
        self.interp.limits.stop_kind()
    }

    /// Sets `sys.path[0]`, the directory imports look in first (the
    /// script's directory; `""` is the current directory).
    pub fn set_script_dir(&mut self, dir: &str) {
        self.locked(|i| i.set_script_dir_inner(dir))
    }

    fn set_script_dir_inner(&mut self, dir: &str) {
        sys::set_path0(&mut self.vm, dir);
    }

    /// The `__main__` module (created on first use and kept, so successive
    /// runs and REPL inputs share it).
    pub fn main_module(&mut self) -> ObjRef {
        self.locked(|i| i.main_module_inner())
    }

    fn main_module_inner(&mut self) -> ObjRef {
        let m = Python::from_vm(&mut self.vm).main_module();
        self.main = Some(m.clone());
        m
    }

    fn main_dict(&mut self) -> ObjRef {
        let m = self.main_module();
        match dict_of(&Value::Obj(m.clone())) {
            Some(d) => d,
            None => m,
        }
    }

    /// Runs source text as the `__main__` module. `filename` is what
    /// tracebacks show (and `__file__`).
    pub fn run_source(&mut self, source: &str, filename: &str) -> Result<(), PyErr> {
        self.locked(|i| i.run_source_inner(source, filename))
    }

    fn run_source_inner(&mut self, source: &str, filename: &str) -> Result<(), PyErr> {
        let d = self.main_dict();
        self.vm
            .dict_set_str(&d, "__file__", self.vm.new_str(filename));
        let r = import::run_source_in(&mut self.vm, source, filename, &d);
        self.interp.platform.flush();
        r.map(|_| ())
    }

    /// Runs source bytes (UTF-8, an optional BOM) as `__main__`.
    pub fn run_bytes(&mut self, source: &[u8], filename: &str) -> Result<(), PyErr> {
        self.locked(|i| i.run_bytes_inner(source, filename))
    }

    fn run_bytes_inner(&mut self, source: &[u8], filename: &str) -> Result<(), PyErr> {
        let d = self.main_dict();
        self.vm
            .dict_set_str(&d, "__file__", self.vm.new_str(filename));
        let r = import::run_bytes_in(&mut self.vm, source, filename, &d);
        self.interp.platform.flush();
        r.map(|_| ())
    }

    /// Reads a script through the platform and runs it as `__main__`, with
    /// `sys.path[0]` set to its directory.
    pub fn run_file(&mut self, path: &str) -> Result<(), PyErr> {
        self.locked(|i| i.run_file_inner(path))
    }

    fn run_file_inner(&mut self, path: &str) -> Result<(), PyErr> {
        let src = match self.interp.platform.read_file(path) {
            Ok(s) => s,
            Err(e) => return Err(sys::os_error(&self.vm, &e)),
        };
        let dir = path.rsplit_once('/').map(|(d, _)| d).unwrap_or("");
        let dir = if dir.is_empty() && path.starts_with('/') {
            "/"
        } else {
            dir
        };
        self.set_script_dir(dir);
        self.run_bytes(&src, path)
    }

    /// Runs one REPL input in `__main__` (interactive mode: expression
    /// statements are shown through `sys.displayhook`).
    pub fn run_interactive(&mut self, source: &str) -> Result<(), PyErr> {
        self.locked(|i| i.run_interactive_inner(source))
    }

    fn run_interactive_inner(&mut self, source: &str) -> Result<(), PyErr> {
        let d = self.main_dict();
        let r = import::run_mode_in(&mut self.vm, source, "<stdin>", Mode::Interactive, &d);
        self.interp.platform.flush();
        r.map(|_| ())
    }

    /// Compiles source bytes as a module and returns its disassembly (the
    /// `gilt --dis` output).
    pub fn disassemble(&mut self, source: &[u8], filename: &str) -> PyResult<String> {
        self.locked(|i| i.disassemble_inner(source, filename))
    }

    fn disassemble_inner(&mut self, source: &[u8], filename: &str) -> PyResult<String> {
        let text = match crate::compile::parser::decode_source(source, filename) {
            Ok(t) => t,
            Err(e) => return Err(import::syntax_error(&self.vm, &e, filename)),
        };
        let code = import::compile_source(&mut self.vm, text, filename, Mode::Module)?;
        Ok(crate::bytecode::dis::dis_code(&code))
    }

    /// CPython's end of a program: every module's globals are released,
    /// modules in reverse import order (`__main__`, imported first, after the
    /// modules it imported; `sys` and `builtins` are left alone), names
    /// starting with one underscore first, then the rest, `__builtins__`
    /// kept; objects they held are freed and their `__del__` runs while the
    /// streams still work. Then output is flushed. Call once, after the last
    /// `run_*` (dropping the interpreter does it too).
    pub fn shutdown(&mut self) {
        self.locked(|i| i.shutdown_inner())
    }

    fn shutdown_inner(&mut self) {
        self.join_threads();
        let modules: alloc::vec::Vec<(Value, Value)> = match self.interp.modules.payload() {
            Payload::Dict(d) => d.items(),
            _ => alloc::vec::Vec::new(),
        };
        for (name, m) in modules.into_iter().rev() {
            if matches!(name.as_str(), Some("sys" | "builtins"))
                || !matches!(m.payload(), Some(Payload::Module(_)))
            {
                continue;
            }
            let Some(d) = dict_of(&m) else { continue };
            let Payload::Dict(dict) = d.payload() else {
                continue;
            };
            let keys: alloc::vec::Vec<ObjRef> = dict
                .keys()
                .iter()
                .filter_map(|k| k.as_obj().filter(|k| k.payload_str().is_some()).cloned())
                .collect();
            let single_underscore = |k: &str| k.starts_with('_') && !k.starts_with("__");
            for pass in 0..2 {
                for k in &keys {
                    let name = k.payload_str().unwrap_or("");
                    if name == "__builtins__" || (pass == 0) != single_underscore(name) {
                        continue;
                    }
                    // The old value is dropped here, outside any borrow.
                    dict.set_str(k.clone(), Value::None);
                    self.run_pending_finalizers();
                }
            }
        }
        self.run_pending_finalizers();
        self.interp.platform.flush();
    }

    /// CPython's `threading._shutdown`: waits for the non-daemon threads
    /// (once; only if `threading` was imported). Called with the GIL held.
    fn join_threads(&mut self) {
        if !self.threads_joined {
            self.threads_joined = true;
            crate::builtins::threading::shutdown(&mut self.vm);
        }
    }

    fn run_pending_finalizers(&mut self) {
        if self.interp.del_queue.flag.get() {
            self.vm.run_finalizers();
        }
    }

    /// Flushes the platform's output.
    pub fn flush(&mut self) {
        self.interp.platform.flush();
    }

    /// CPython's top-level handling of an uncaught exception: `SystemExit`
    /// gives its code (None → 0, an int → itself, anything else is printed
    /// to stderr and gives 1); any other exception prints its traceback to
    /// stderr and gives 1. Flushes stdout before returning.
    pub fn exit_code_for(&mut self, err: &PyErr) -> i32 {
        self.locked(|i| i.exit_code_for_inner(err))
    }

    fn exit_code_for_inner(&mut self, err: &PyErr) -> i32 {
        let vm = &mut self.vm;
        let code = if vm.err_matches(err, ExcKind::SystemExit) {
            let code = system_exit_code(vm, err);
            match code {
                Value::None => 0,
                Value::Int(i) => i as i32,
                Value::Bool(b) => i32::from(b),
                Value::Obj(ref o) if matches!(o.payload(), Payload::Int(_)) => -1,
                other => {
                    let mut text = match other.as_str() {
                        Some(s) => String::from(s),
                        None => vm.str(&other).unwrap_or_default(),
                    };
                    text.push('\n');
                    sys::write_stderr(vm, &text);
                    1
                }
            }
        } else {
            report_uncaught(vm, err);
            1
        };
        self.interp.platform.flush();
        code
    }
}

/// Reports an uncaught exception through `sys.excepthook` (the built-in
/// one prints the traceback); a failing hook is reported as CPython does.
pub fn report_uncaught(vm: &mut Vm, err: &PyErr) {
    let hook = crate::builtins::sys_attr(vm, "excepthook");
    let custom = match &hook {
        Some(Value::Obj(o)) => match o.payload() {
            Payload::Native(n) => n.name != "excepthook" || n.bound.is_some(),
            _ => true,
        },
        _ => false,
    };
    let Some(hook) = hook.filter(|_| custom) else {
        print_exception(vm, err);
        return;
    };
    let exc = err.value();
    let tb = match err.0.payload() {
        Payload::Exception(x) => x.traceback.get().clone(),
        _ => Value::None,
    };
    let args = [Value::Obj(vm.type_of(&exc)), exc, tb];
    if let Err(hook_err) = vm.call(&hook, crate::object::function::Args::new(&args)) {
        sys::write_stderr(vm, "Error in sys.excepthook:\n");
        print_exception(vm, &hook_err);
        sys::write_stderr(vm, "\nOriginal exception was:\n");
        print_exception(vm, err);
    }
}

/// Prints an uncaught exception with its traceback to stderr.
pub fn print_exception(vm: &mut Vm, err: &PyErr) {
    sys::print_exception(vm, &err.value());
}

/// `SystemExit.code`: None for no args, the one arg, or the args tuple.
pub fn system_exit_code(vm: &Vm, err: &PyErr) -> Value {
    let _ = vm;
    match err.0.payload() {
        Payload::Exception(e) => {
            let args = e.args.get().clone();
            match args.payload() {
                Some(Payload::Tuple(t)) => match t.items() {
                    [] => Value::None,
                    [one] => one.clone(),
                    _ => args.clone(),
                },
                _ => args.clone(),
            }
        }
        _ => Value::None,
    }
}

// SAFETY: the interpreter may move to another host thread as a whole: its
// main-thread VM is identified to the GIL by its token, not by the OS
// thread; everything it owns is `Send` (the platform, host closures and
// Rust values of classes are required to be) or plain data guarded by the
// GIL, which this value's methods take.
unsafe impl Send for Interpreter {}

impl Drop for Interpreter {
    fn drop(&mut self) {
        if self.gil_depth == 0 {
            self.vm.acquire_gil();
        }
        self.gil_depth = 1;
        self.join_threads();
        self.teardown();
        // Handles that outlive the interpreter leak their objects from now
        // on; the classes of Rust types go while the VM can still free them.
        #[cfg(target_has_atomic = "ptr")]
        super::handle::close(&self.interp);
        let classes = core::mem::take(&mut *self.interp.api.classes.get_mut());
        drop(classes);
        if self.interp.threads.count.get() > 0 {
            // Daemon threads are still running: they may wake up and wait
            // for the GIL at any time, so the interpreter must outlive them.
            // Keep the GIL forever (they never run again) and leak it all,
            // as CPython does with its daemon threads at exit.
            self.interp.platform.flush();
            return;
        }
        self.vm.release_gil();
        // Threads that finished may still be inside their last GIL release.
        while self
            .interp
            .threads
            .live
            .load(crate::sync::Ordering::Acquire)
            > 0
        {
            crate::sync::spin_loop();
        }
        // SAFETY: dropped exactly once, the VM (whose values refer to the
        // interpreter) first; no other thread is left.
        unsafe {
            ManuallyDrop::drop(&mut self.vm);
            ManuallyDrop::drop(&mut self.interp);
        }
    }
}

impl Interpreter {
    fn teardown(&mut self) {
        self.interp.platform.flush();
        // Tear down while the VM can still run `__del__`: first `__main__`,
        // then every other module's namespace (breaking the usual cycle
        // module globals -> function -> globals), finalising as we go, so
        // that nothing is left on the finaliser queue when `Interp` drops.
        // `sys` and `builtins` stay for last (finalisers print), and are
        // cleared by `Interp`'s own drop.
        if let Some(m) = self.main.take() {
            clear_namespace(&Value::Obj(m));
            self.run_pending_finalizers();
        }
        let modules: alloc::vec::Vec<(Value, Value)> = match self.interp.modules.payload() {
            Payload::Dict(d) => d.items(),
            _ => alloc::vec::Vec::new(),
        };
        for (name, m) in modules {
            if !matches!(name.as_str(), Some("sys" | "builtins")) {
                clear_namespace(&m);
                self.run_pending_finalizers();
            }
        }
        self.vm.handled.clear();
        self.run_pending_finalizers();
        // Cycles the cleared namespaces left behind, with their `__del__`.
        self.vm.gc_collect(true);
        self.run_pending_finalizers();
        self.interp.platform.flush();
    }
}

/// Empties a module's namespace (the entries are dropped outside the borrow).
fn clear_namespace(module: &Value) {
    if !matches!(module.payload(), Some(Payload::Module(_))) {
        return;
    }
    if let Some(d) = dict_of(module) {
        if let Payload::Dict(d) = d.payload() {
            let old = d.table.get_mut().take_all();
            drop(old);
        }
    }
}

fn set_module(vm: &Vm, name: &str, m: Value) {
    if let Payload::Dict(d) = vm.interp().modules.payload() {
        d.set_str(
            ObjRef::new(Payload::Str(StrObj::new(String::from(name)))),
            m,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::builtins::dict_get_str;
    use alloc::sync::Arc;
    use alloc::vec::Vec;
    use spin::Mutex;

    struct Buf(Arc<Mutex<Vec<u8>>>, Arc<Mutex<Vec<u8>>>);
    impl Platform for Buf {
        fn monotonic_ns(&self) -> u64 {
            0
        }
        fn write_stdout(&self, bytes: &[u8]) {
            self.0.lock().extend_from_slice(bytes);
        }
        fn write_stderr(&self, bytes: &[u8]) {
            self.1.lock().extend_from_slice(bytes);
        }
    }

    type Shared = Arc<Mutex<Vec<u8>>>;

    fn new_interp() -> (Interpreter, Shared, Shared) {
        let out = Arc::new(Mutex::new(Vec::new()));
        let err = Arc::new(Mutex::new(Vec::new()));
        let cfg = Config {
            argv: alloc::vec![String::from("prog.py"), String::from("x")],
            ..Config::default()
        };
        (
            Interpreter::new(Box::new(Buf(out.clone(), err.clone())), cfg),
            out,
            err,
        )
    }

    #[test]
    fn sys_and_builtins_are_registered() {
        let (interp, _, _) = new_interp();
        let modules = &interp.interp().modules;
        assert!(dict_get_str(modules, "sys").is_some());
        assert!(dict_get_str(modules, "builtins").is_some());
        let b = &interp.interp().builtins;
        assert!(dict_get_str(b, "print").is_some());
        assert!(dict_get_str(b, "ValueError").is_some());
        assert!(dict_get_str(b, "len").is_some());
    }

    #[test]
    fn sys_argv_comes_from_config() {
        let (interp, _, _) = new_interp();
        let argv = crate::builtins::sys_attr(&interp.vm, "argv").unwrap();
        match argv.payload() {
            Some(Payload::List(l)) => {
                let items = l.items.get();
                assert_eq!(items.len(), 2);
                assert_eq!(items[0].as_str(), Some("prog.py"));
            }
            _ => panic!("argv is not a list"),
        }
    }

    #[test]
    fn system_exit_codes_follow_cpython() {
        let (mut interp, _, err) = new_interp();
        let none = interp
            .vm
            .new_exc_args(ExcKind::SystemExit, interp.vm.new_tuple(Vec::new()));
        assert_eq!(interp.exit_code_for(&none), 0);
        let three = interp.vm.new_exc_args(
            ExcKind::SystemExit,
            interp.vm.new_tuple(alloc::vec![Value::Int(3)]),
        );
        assert_eq!(interp.exit_code_for(&three), 3);
        let msg = interp.vm.new_exc_args(
            ExcKind::SystemExit,
            interp.vm.new_tuple(alloc::vec![interp.vm.new_str("bye")]),
        );
        assert_eq!(interp.exit_code_for(&msg), 1);
        assert_eq!(&*err.lock(), b"bye\n");
    }

    #[test]
    fn stdout_write_goes_through_the_platform() {
        let (mut interp, out, _) = new_interp();
        // Direct VM use holds the GIL (a console write may release it).
        let n = interp.locked(|interp| {
            let stdout = crate::builtins::sys_attr(&interp.vm, "stdout").unwrap();
            let s = interp.vm.new_str("héllo\n");
            crate::builtins::call_method(&mut interp.vm, &stdout, "write", &[s]).unwrap()
        });
        assert!(matches!(n, Value::Int(6)));
        assert_eq!(&*out.lock(), "héllo\n".as_bytes());
    }

    #[test]
    fn syntax_errors_surface_as_python_exceptions() {
        let (mut interp, _, _) = new_interp();
        let e = interp.run_source("x = (", "<t>").unwrap_err();
        assert!(interp.vm.err_matches(&e, ExcKind::SyntaxError));
    }
}

//! The import system: built-in modules (the registry in
//! [`crate::builtins::BUILTIN_MODULES`]) and `.py` files and packages found
//! on `sys.path` (the script's directory first), read through the
//! platform. Every module is cached in `sys.modules`; a module is there
//! before its code runs (so circular imports see the partial module) and
//! is removed again if its code fails.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::{PyErr, PyResult, Vm};
use crate::builtins::{dict_get_str, dict_of, find_builtin_module};
use crate::object::exception::ExcKind;
use crate::object::str::StrObj;
use crate::object::{ObjRef, Payload, Value};

impl Vm {
    /// `__import__(name, globals, fromlist, level)`: returns the top-level
    /// package for `import a.b`, or the module itself when `fromlist` is
    /// non-empty (importing listed submodules of a package as needed).
    /// Relative imports (`level > 0`) need the importer's globals: use
    /// [`Vm::import_module_from`].
    pub fn import_module(&mut self, name: &str, fromlist: &Value, level: u32) -> PyResult<Value> {
        if level > 0 {
            // Relative to the module whose code is running the import.
            let globals = current_globals(self).map(Value::Obj).unwrap_or(Value::None);
            return self.import_module_from(name, &globals, fromlist, level);
        }
        let leaf = self.import_dotted(name)?;
        let wants_leaf = match fromlist {
            Value::None => false,
            v => self.truthy(v)?,
        };
        if wants_leaf {
            self.handle_fromlist(&leaf, name, fromlist)?;
            return Ok(leaf);
        }
        let top = name.split('.').next().unwrap_or(name);
        match dict_get_str(&self.interp().modules, top) {
            Some(m) => Ok(m),
            None => Ok(leaf),
        }
    }

    /// Like [`Vm::import_module`], resolving a relative import (`level > 0`)
    /// against the importing module's globals (`__package__`/`__name__`).
    pub fn import_module_from(
        &mut self,
        name: &str,
        globals: &Value,
        fromlist: &Value,
        level: u32,
    ) -> PyResult<Value> {
        if level == 0 {
            return self.import_module(name, fromlist, 0);
        }
        let full = resolve_relative(self, name, globals, level)?;
        if name.is_empty() {
            // `from . import x`: the package itself, with x as a submodule.
            let pkg = self.import_dotted(&full)?;
            self.handle_fromlist(&pkg, &full, fromlist)?;
            return Ok(pkg);
        }
        self.import_module(&full, fromlist, 0)
    }

    /// Imports `a`, `a.b`, `a.b.c` in turn and returns the last.
    fn import_dotted(&mut self, name: &str) -> PyResult<Value> {
        if name.is_empty() {
            return Err(self.value_error("Empty module name"));
        }
        if name.split('.').any(|p| p.is_empty()) {
            return Err(module_not_found(
                self,
                &format!("No module named '{name}'"),
                name,
            ));
        }
        let mut parent: Option<Value> = None;
        let mut end = 0;
        let mut module = Value::None;
        for part in name.split('.') {
            end += part.len();
            let full = &name[..end];
            end += 1;
            module = match dict_get_str(&self.interp().modules, full) {
                Some(m) if !matches!(m, Value::None) => m,
                _ => {
                    let m = self.load_module(full, part, parent.as_ref())?;
                    if let Some(p) = &parent {
                        if let Some(pd) = dict_of(p) {
                            self.dict_set_str(&pd, part, m.clone());
                        }
                    }
                    m
                }
            };
            parent = Some(module.clone());
        }
        Ok(module)
    }

    /// Finds and executes one module `full` (last component `part`).
    fn load_module(&mut self, full: &str, part: &str, parent: Option<&Value>) -> PyResult<Value> {
        let search: Vec<String> = match parent {
            None => {
                if let Some(init) = find_builtin_module(full) {
                    let m = init(self)?;
                    let v = Value::Obj(m);
                    set_module(self, full, v.clone());
                    return Ok(v);
                }
                sys_path(self)
            }
            Some(p) => {
                if let Some(init) = find_builtin_module(full) {
                    let m = init(self)?;
                    let v = Value::Obj(m);
                    set_module(self, full, v.clone());
                    return Ok(v);
                }
                let path = dict_of(p).and_then(|d| dict_get_str(&d, "__path__"));
                match path {
                    Some(list) => str_list(&list),
                    None => {
                        let pname = &full[..full.len() - part.len() - 1];
                        return Err(module_not_found(
                            self,
                            &format!("No module named '{full}'; '{pname}' is not a package"),
                            full,
                        ));
                    }
                }
            }
        };
        for dir in &search {
            let pkg_dir = join(dir, part);
            let init = join(&pkg_dir, "__init__.py");
            if let Some(src) = read_source(self, &init)? {
                return self.exec_new_module(full, &init, &src, Some(&pkg_dir));
            }
            let file = join(dir, &format!("{part}.py"));
            if let Some(src) = read_source(self, &file)? {
                return self.exec_new_module(full, &file, &src, None);
            }
        }
        Err(module_not_found(
            self,
            &format!("No module named '{full}'"),
            full,
        ))
    }

    /// Creates module `name`, registers it in `sys.modules`, runs its code.
    fn exec_new_module(
        &mut self,
        name: &str,
        file: &str,
        src: &[u8],
        pkg_dir: Option<&str>,
    ) -> PyResult<Value> {
        let m = self.new_module(name);
        let mv = Value::Obj(m.clone());
        if let Some(d) = dict_of(&mv) {
            self.dict_set_str(&d, "__file__", self.new_str(file));
            let package = match pkg_dir {
                Some(_) => String::from(name),
                None => name
                    .rsplit_once('.')
                    .map(|(p, _)| String::from(p))
                    .unwrap_or_default(),
            };
            self.dict_set_str(&d, "__package__", self.new_str(package));
            if let Some(dir) = pkg_dir {
                let l = self.new_list(alloc::vec![self.new_str(dir)]);
                self.dict_set_str(&d, "__path__", l);
            }
            self.dict_set_str(&d, "__spec__", Value::None);
            self.dict_set_str(&d, "__loader__", Value::None);
            let b = crate::builtins::find_builtin_module("builtins");
            if b.is_some() {
                let bm = dict_get_str(&self.interp().modules, "builtins").unwrap_or(Value::None);
                self.dict_set_str(&d, "__builtins__", bm);
            }
            set_module(self, name, mv.clone());
            let r = run_bytes_in(self, src, file, &d);
            if let Err(e) = r {
                remove_module(self, name);
                return Err(e);
            }
        }
        // The module may have replaced itself in sys.modules.
        Ok(dict_get_str(&self.interp().modules, name).unwrap_or(mv))
    }

    /// `from module import a, b`: imports `module.a` when `module` is a
    /// package without an attribute `a` (a missing submodule is not an error
    /// here; the VM's `IMPORT_FROM` reports it).
    fn handle_fromlist(&mut self, module: &Value, name: &str, fromlist: &Value) -> PyResult<()> {
        let Some(d) = dict_of(module) else {
            return Ok(());
        };
        if dict_get_str(&d, "__path__").is_none() {
            return Ok(());
        }
        let items = match fromlist.payload() {
            Some(Payload::Tuple(t)) => t.items().to_vec(),
            Some(Payload::List(l)) => l.items.get().clone(),
            _ => self.collect(fromlist)?,
        };
        for item in items {
            let Some(s) = item.as_str() else {
                let t = crate::builtins::type_name(self, &item);
                return Err(self.type_error(format!("Item in {name}.__all__ must be str, not {t}")));
            };
            if s == "*" {
                if let Some(all) = dict_get_str(&d, "__all__") {
                    self.handle_fromlist(module, name, &all)?;
                }
                continue;
            }
            if dict_get_str(&d, s).is_none() {
                let sub = format!("{name}.{s}");
                if let Err(e) = self.import_dotted(&sub) {
                    if !(self.err_matches(&e, ExcKind::ModuleNotFoundError)
                        && err_name_is(&e, &sub))
                    {
                        return Err(e);
                    }
                }
            }
        }
        Ok(())
    }
}

/// Resolves a relative module name (`level` leading dots) against the
/// importing module's globals.
pub fn resolve_relative(vm: &mut Vm, name: &str, globals: &Value, level: u32) -> PyResult<String> {
    let g = match globals {
        Value::None => None,
        Value::Obj(o) if matches!(o.payload(), Payload::Dict(_)) => Some(o.clone()),
        _ => return Err(vm.type_error("globals must be a dict")),
    };
    let package = match g.as_ref().and_then(|g| dict_get_str(g, "__package__")) {
        Some(p) if p.as_str().is_some() => p.as_str().map(String::from),
        Some(Value::None) | None => {
            let Some(n) = g.as_ref().and_then(|g| dict_get_str(g, "__name__")) else {
                let key = vm.new_str("'__name__' not in globals");
                return Err(vm.key_error(key));
            };
            let Some(n) = n.as_str().map(String::from) else {
                return Err(vm.type_error("__name__ must be a string"));
            };
            if g.as_ref()
                .and_then(|g| dict_get_str(g, "__path__"))
                .is_some()
            {
                Some(n)
            } else {
                Some(
                    n.rsplit_once('.')
                        .map(|(p, _)| String::from(p))
                        .unwrap_or_default(),
                )
            }
        }
        Some(_) => return Err(vm.type_error("package must be a string")),
    };
    let package = package.unwrap_or_default();
    if package.is_empty() {
        return Err(import_error(
            vm,
            "attempted relative import with no known parent package",
        ));
    }
    let mut base: &str = &package;
    for _ in 1..level {
        match base.rsplit_once('.') {
            Some((p, _)) => base = p,
            None => {
                return Err(import_error(
                    vm,
                    "attempted relative import beyond top-level package",
                ))
            }
        }
    }
    Ok(if name.is_empty() {
        String::from(base)
    } else {
        format!("{base}.{name}")
    })
}

/// Compiles and runs module source (bytes as read from a file) in the
/// namespace `globals`.
pub fn run_bytes_in(vm: &mut Vm, src: &[u8], filename: &str, globals: &ObjRef) -> PyResult<Value> {
    if let Some(at) = src.iter().position(|&b| b == 0) {
        // CPython's message for a file (the string form says "source code
        // string"); the line is shown up to the NUL, without a caret.
        let line_start = src[..at]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        let line = src[..at].iter().filter(|&&b| b == b'\n').count() as u32 + 1;
        let e = crate::compile::parser::SyntaxError {
            kind: crate::compile::parser::SyntaxErrorKind::Syntax,
            msg: String::from("source code cannot contain null bytes"),
            line,
            offset: 0,
            end_line: line,
            end_offset: 0,
            text: Some(String::from_utf8_lossy(&src[line_start..at]).into_owned()),
            incomplete: false,
        };
        return Err(syntax_error(vm, &e, filename));
    }
    let text = match crate::compile::parser::decode_source(src, filename) {
        Ok(t) => t,
        Err(e) => return Err(syntax_error(vm, &e, filename)),
    };
    run_source_in(vm, text, filename, globals)
}

/// Compiles `source` as a module and runs it in the namespace `globals`.
/// This is the one place the import system and the embedding API reach the
/// compiler and the eval loop.
pub fn run_source_in(
    vm: &mut Vm,
    source: &str,
    filename: &str,
    globals: &ObjRef,
) -> PyResult<Value> {
    run_mode_in(
        vm,
        source,
        filename,
        crate::compile::parser::Mode::Module,
        globals,
    )
}

/// Compiles `source` in a mode (module, expression, interactive) and runs
/// it in the namespace `globals`, returning the value (for expressions).
pub fn run_mode_in(
    vm: &mut Vm,
    source: &str,
    filename: &str,
    mode: crate::compile::parser::Mode,
    globals: &ObjRef,
) -> PyResult<Value> {
    let code = compile_source(vm, source, filename, mode)?;
    exec_code(vm, &code, globals, None)
}

/// Runs a code object with `globals` (a dict) and optional `locals` (a
/// mapping; the globals when None), returning its result. The one place
/// the import system, `exec`/`eval` and the embedding API enter the eval loop.
pub fn exec_code(
    vm: &mut Vm,
    code: &ObjRef,
    globals: &ObjRef,
    locals: Option<&Value>,
) -> PyResult<Value> {
    match locals {
        None => vm.run_code(code, globals),
        Some(Value::Obj(l)) if l.ptr_eq(globals) => vm.run_code(code, globals),
        Some(Value::Obj(l)) => {
            let Payload::Code(c) = code.payload() else {
                return Err(vm.type_error("expected a code object"));
            };
            if let Payload::Dict(d) = globals.payload() {
                if d.get_str("__builtins__").is_none() {
                    d.set_str(
                        vm.intern("__builtins__"),
                        Value::Obj(vm.interp().builtins.clone()),
                    );
                }
            }
            let f = vm.new_frame(code, c, globals, Some(l.clone()));
            vm.run_frame(f)
        }
        Some(_) => Err(vm.type_error("locals must be a mapping")),
    }
}

/// Compiles source to a code object (recording the source for
/// tracebacks), turning a compile error into a Python `SyntaxError`.
pub fn compile_source(
    vm: &mut Vm,
    source: &str,
    filename: &str,
    mode: crate::compile::parser::Mode,
) -> PyResult<ObjRef> {
    let code = vm.compile(source, filename, mode)?;
    // Like CPython's linecache, tracebacks quote only real files: no source
    // lines for `<string>`, `<stdin>` and other pseudo-files.
    if filename.starts_with('<') && filename.ends_with('>') {
        let old = vm.interp().sources.get_mut().remove(filename);
        drop(old);
    }
    Ok(code)
}

/// The globals of the innermost running Python frame, if any.
pub fn current_globals(vm: &Vm) -> Option<ObjRef> {
    vm.eval.frames.last().map(|f| f.globals.clone())
}

/// A Python `SyntaxError` (or `IndentationError`/`TabError`) from the
/// parser's error.
pub fn syntax_error(vm: &Vm, e: &crate::compile::parser::SyntaxError, filename: &str) -> PyErr {
    vm.syntax_error(e.clone(), filename)
}

fn import_error(vm: &Vm, msg: &str) -> PyErr {
    vm.new_exc(ExcKind::ImportError, msg)
}

fn module_not_found(vm: &Vm, msg: &str, name: &str) -> PyErr {
    let err = vm.new_exc(ExcKind::ModuleNotFoundError, msg);
    if let Payload::Exception(x) = err.0.payload() {
        let d = vm.new_dict();
        if let Some(dobj) = d.as_obj() {
            vm.dict_set_str(dobj, "name", vm.new_str(name));
            vm.dict_set_str(dobj, "path", Value::None);
        }
        let old = x.dict.replace(d);
        drop(old);
    }
    err
}

fn err_name_is(e: &PyErr, name: &str) -> bool {
    match e.0.payload() {
        Payload::Exception(x) => {
            let d = x.dict.get().clone();
            d.as_obj()
                .and_then(|d| dict_get_str(d, "name"))
                .is_some_and(|n| n.as_str() == Some(name))
        }
        _ => false,
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

fn remove_module(vm: &Vm, name: &str) {
    if let Payload::Dict(d) = vm.interp().modules.payload() {
        let old = d.table.get_mut().remove_str(name);
        drop(old);
    }
}

/// `sys.path` as strings (non-str entries skipped).
fn sys_path(vm: &Vm) -> Vec<String> {
    match crate::builtins::sys_attr(vm, "path") {
        Some(p) => str_list(&p),
        None => alloc::vec![String::new()],
    }
}

fn str_list(v: &Value) -> Vec<String> {
    let items = match v.payload() {
        Some(Payload::List(l)) => l.items.get().clone(),
        Some(Payload::Tuple(t)) => t.items().to_vec(),
        _ => Vec::new(),
    };
    items
        .iter()
        .filter_map(|i| i.as_str().map(String::from))
        .collect()
}

/// Joins a directory and a file name (`""` means the current directory).
pub fn join(dir: &str, name: &str) -> String {
    if dir.is_empty() || dir == "." {
        String::from(name)
    } else if dir.ends_with('/') {
        format!("{dir}{name}")
    } else {
        format!("{dir}/{name}")
    }
}

/// Reads a source file; `Ok(None)` when it does not exist (or is a
/// directory), an `OSError` for other failures.
fn read_source(vm: &Vm, path: &str) -> PyResult<Option<Vec<u8>>> {
    match vm.interp().platform.read_file(path) {
        Ok(b) => Ok(Some(b)),
        Err(e) if matches!(e.errno, 2 | 20 | 21 | 38) => Ok(None),
        Err(e) => Err(crate::builtins::sys::os_error(vm, &e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::Interpreter;
    use crate::platform::{Platform, PlatformError};
    use alloc::boxed::Box;
    use alloc::collections::BTreeMap;

    struct Files(BTreeMap<String, Vec<u8>>);
    impl Platform for Files {
        fn monotonic_ns(&self) -> u64 {
            0
        }
        fn write_stdout(&self, _bytes: &[u8]) {}
        fn read_file(&self, path: &str) -> Result<Vec<u8>, PlatformError> {
            self.0.get(path).cloned().ok_or(PlatformError {
                errno: 2,
                message: String::from("No such file or directory"),
            })
        }
    }

    fn interp(files: &[(&str, &str)]) -> Interpreter {
        let map = files
            .iter()
            .map(|(k, v)| (String::from(*k), Vec::from(v.as_bytes())))
            .collect();
        let mut i = Interpreter::new(Box::new(Files(map)), crate::vm::Config::default());
        i.set_script_dir("/s");
        i
    }

    fn msg(e: &PyErr) -> String {
        match e.0.payload() {
            Payload::Exception(x) => {
                let a = x.args.get().clone();
                match a.payload() {
                    Some(Payload::Tuple(t)) => t
                        .items()
                        .first()
                        .and_then(|v| v.as_str())
                        .map(String::from)
                        .unwrap_or_default(),
                    _ => String::new(),
                }
            }
            _ => String::new(),
        }
    }

    #[test]
    fn join_handles_empty_and_trailing_slash() {
        assert_eq!(join("", "a.py"), "a.py");
        assert_eq!(join("/x", "a.py"), "/x/a.py");
        assert_eq!(join("/x/", "a.py"), "/x/a.py");
    }

    #[test]
    fn builtin_modules_come_from_the_registry_and_are_cached() {
        let mut i = interp(&[]);
        let vm = i.vm();
        let a = vm.import_module("sys", &Value::None, 0).unwrap();
        let b = vm.import_module("sys", &Value::None, 0).unwrap();
        assert!(a.is(&b));
        assert!(matches!(a.payload(), Some(Payload::Module(_))));
    }

    #[test]
    fn missing_module_is_module_not_found() {
        let mut i = interp(&[]);
        let vm = i.vm();
        let e = vm.import_module("nope", &Value::None, 0).unwrap_err();
        assert!(vm.err_matches(&e, ExcKind::ModuleNotFoundError));
        assert_eq!(msg(&e), "No module named 'nope'");
        let e = vm.import_module("sys.x", &Value::None, 0).unwrap_err();
        assert_eq!(msg(&e), "No module named 'sys.x'; 'sys' is not a package");
    }

    #[test]
    fn optional_modules_follow_the_cargo_features() {
        let mut i = interp(&[]);
        let vm = i.vm();
        let optional = [
            ("math", cfg!(feature = "math")),
            ("cmath", cfg!(feature = "math")),
            ("functools", cfg!(feature = "pylib")),
            ("collections", cfg!(feature = "pylib")),
            ("re", cfg!(feature = "pylib")),
            ("fractions", cfg!(all(feature = "pylib", feature = "math"))),
            ("struct", cfg!(feature = "struct")),
            ("random", cfg!(feature = "random")),
            ("os", cfg!(feature = "os")),
            ("io", cfg!(feature = "os")),
        ];
        for (name, built) in optional {
            match vm.import_module(name, &Value::None, 0) {
                Ok(_) => assert!(built, "{name} imported without its feature"),
                Err(e) => {
                    assert!(!built, "{name}: {}", msg(&e));
                    assert_eq!(msg(&e), alloc::format!("No module named '{name}'"));
                }
            }
        }
        // Always there, whatever the features: what threads and the REPL need.
        for name in ["sys", "time", "_thread", "threading", "gc", "types"] {
            assert!(vm.import_module(name, &Value::None, 0).is_ok(), "{name}");
        }
        let builtins = vm.import_module("builtins", &Value::None, 0).unwrap();
        assert_eq!(
            vm.getattr_str(&builtins, "open").is_ok(),
            cfg!(feature = "os")
        );
    }

    #[test]
    fn failed_module_is_removed_from_sys_modules() {
        let mut i = interp(&[("/s/bad.py", "x = (")]);
        let vm = i.vm();
        let e = vm.import_module("bad", &Value::None, 0).unwrap_err();
        assert!(vm.err_matches(&e, ExcKind::SyntaxError));
        assert!(dict_get_str(&vm.interp().modules, "bad").is_none());
    }

    #[test]
    fn relative_names_resolve_against_the_package() {
        let mut i = interp(&[]);
        let vm = i.vm();
        let g = vm.new_dict();
        let gd = g.as_obj().unwrap().clone();
        vm.dict_set_str(&gd, "__package__", vm.new_str("a.b"));
        assert_eq!(resolve_relative(vm, "c", &g, 1).unwrap(), "a.b.c");
        assert_eq!(resolve_relative(vm, "c", &g, 2).unwrap(), "a.c");
        assert_eq!(resolve_relative(vm, "", &g, 2).unwrap(), "a");
        let e = resolve_relative(vm, "c", &g, 3).unwrap_err();
        assert_eq!(
            msg(&e),
            "attempted relative import beyond top-level package"
        );
        let main = vm.new_dict();
        vm.dict_set_str(main.as_obj().unwrap(), "__name__", vm.new_str("__main__"));
        let e = resolve_relative(vm, "c", &main, 1).unwrap_err();
        assert_eq!(
            msg(&e),
            "attempted relative import with no known parent package"
        );
        let e = resolve_relative(vm, "c", &Value::None, 1).unwrap_err();
        assert!(vm.err_matches(&e, ExcKind::KeyError));
    }
}

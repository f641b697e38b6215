//! Standard modules written in Python and embedded in the core (`threading`,
//! `types` and `__future__` always; the rest with the cargo features listed
//! in `core/Cargo.toml`). Each is compiled when first imported. Their
//! sources are Gilt's own, written to match CPython 3.11's observable
//! behaviour, not copied from CPython's library: `scripts/provenance.py`
//! checks that no module repeats CPython's source line for line.

use crate::builtins::dict_of;
use crate::object::{ObjRef, Payload, Value};
use crate::vm::{import, PyResult, Vm};

/// Runs `src` as the body of a new module called `name`.
fn make_py_module(vm: &mut Vm, name: &str, src: &str) -> PyResult<ObjRef> {
    let m = vm.new_module(name);
    if let Some(d) = dict_of(&Value::Obj(m.clone())) {
        // Registered first so that imports inside the module see it.
        if let Payload::Dict(mods) = vm.interp().modules.payload() {
            mods.set_str(vm.intern(name), Value::Obj(m.clone()));
        }
        let file = alloc::format!("<frozen {name}>");
        vm.dict_set_str(&d, "__file__", vm.new_str(file.clone()));
        if let Err(e) = import::run_source_in(vm, src, &file, &d) {
            if let Payload::Dict(mods) = vm.interp().modules.payload() {
                let old = mods.table.get_mut().remove_str(name);
                drop(old);
            }
            return Err(e);
        }
    }
    Ok(m)
}

macro_rules! py_module {
    ($fn_name:ident, $name:literal, $file:literal) => {
        #[doc = concat!("Builds the `", $name, "` module (Python source `py/", $file, "`).")]
        pub fn $fn_name(vm: &mut Vm) -> PyResult<ObjRef> {
            make_py_module(vm, $name, include_str!(concat!("py/", $file)))
        }
    };
}

py_module!(make_threading, "threading", "threading.py");
#[cfg(feature = "pylib")]
py_module!(make_queue, "queue", "queue.py");
#[cfg(feature = "pylib")]
py_module!(make_operator, "operator", "operator.py");
py_module!(make_types, "types", "types.py");
#[cfg(feature = "pylib")]
py_module!(make_functools, "functools", "functools.py");
#[cfg(feature = "pylib")]
py_module!(make_collections, "collections", "collections.py");
#[cfg(feature = "pylib")]
py_module!(make_itertools, "itertools", "itertools.py");
#[cfg(feature = "pylib")]
py_module!(make_heapq, "heapq", "heapq.py");
#[cfg(feature = "pylib")]
py_module!(make_bisect, "bisect", "bisect.py");
#[cfg(feature = "pylib")]
py_module!(make_copy, "copy", "copy.py");
#[cfg(feature = "pylib")]
py_module!(make_string, "string", "string.py");
#[cfg(feature = "pylib")]
py_module!(make_errno, "errno", "errno.py");
#[cfg(feature = "pylib")]
py_module!(make_enum, "enum", "enum.py");
#[cfg(feature = "random")]
py_module!(make_random, "random", "random.py");
#[cfg(feature = "pylib")]
py_module!(make_json, "json", "json.py");
#[cfg(feature = "os")]
py_module!(make_io, "io", "io.py");
#[cfg(feature = "struct")]
py_module!(make_struct, "struct", "struct.py");
#[cfg(feature = "struct")]
py_module!(make_array, "array", "array.py");
py_module!(make_future, "__future__", "__future__.py");
#[cfg(feature = "pylib")]
py_module!(make_asyncio, "asyncio", "asyncio.py");
#[cfg(feature = "pylib")]
py_module!(make_dataclasses, "dataclasses", "dataclasses.py");
#[cfg(feature = "pylib")]
py_module!(make_typing, "typing", "typing.py");
#[cfg(feature = "pylib")]
py_module!(make_abc, "abc", "abc.py");
#[cfg(feature = "pylib")]
py_module!(
    make_collections_abc,
    "_collections_abc",
    "_collections_abc.py"
);
#[cfg(feature = "pylib")]
py_module!(make_contextlib, "contextlib", "contextlib.py");
#[cfg(feature = "pylib")]
py_module!(make_re, "re", "re.py");
#[cfg(feature = "pylib")]
py_module!(make_textwrap, "textwrap", "textwrap.py");
#[cfg(feature = "pylib")]
py_module!(make_warnings, "warnings", "warnings.py");
#[cfg(all(feature = "pylib", feature = "math"))]
py_module!(make_fractions, "fractions", "fractions.py");
#[cfg(all(feature = "pylib", feature = "math"))]
py_module!(make_statistics, "statistics", "statistics.py");

/// `collections.abc`: the `_collections_abc` module under its public name.
#[cfg(feature = "pylib")]
pub fn make_collections_abc_public(vm: &mut Vm) -> PyResult<ObjRef> {
    match vm.import_module("_collections_abc", &Value::None, 0)? {
        Value::Obj(m) => Ok(m),
        _ => Err(vm.type_error("_collections_abc")),
    }
}
#[cfg(feature = "os")]
py_module!(make_os, "os", "os.py");
#[cfg(feature = "os")]
py_module!(make_posixpath, "posixpath", "posixpath.py");

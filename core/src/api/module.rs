//! [`Module`]: native modules built in Rust.

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

use super::function::host_value;
use super::{Class, Error, IntoHostFn, IntoPy, PyClass, Python};
use crate::object::native::HostFn;
use crate::object::{Payload, Value};

type Installer = Box<dyn FnOnce(Python<'_>, &str) -> Result<Value, Error> + Send>;

enum Item {
    Function(Box<HostFn>),
    Value(Installer),
}

/// A module written in Rust: functions, constants and classes, importable
/// from Python once added to an interpreter
/// ([`Interpreter::add_module`](super::Interpreter::add_module)).
///
/// ```
/// use gilt_core::api::{Interpreter, Module, testing::TestPlatform};
///
/// let mut py = Interpreter::new(Box::new(TestPlatform::new()), Default::default());
/// py.add_module(
///     Module::new("board")
///         .function("led", |pin: u32, on: bool| format!("pin {pin} {}", if on { "on" } else { "off" }))
///         .constant("PINS", 4)
///         .constant("NAME", "virt"),
/// )
/// .unwrap();
/// py.run("import board\nmsg = board.led(board.PINS - 1, True)\n", "<s>").unwrap();
/// assert_eq!(py.get::<String>("msg").unwrap(), "pin 3 on");
/// assert_eq!(py.eval::<String>("repr(board)").unwrap(), "<module 'board' (built-in)>");
/// ```
pub struct Module {
    name: String,
    items: Vec<(String, Item)>,
}

impl Module {
    /// An empty module called `name`.
    pub fn new(name: &str) -> Module {
        Module {
            name: String::from(name),
            items: Vec::new(),
        }
    }

    /// Adds a function (a typed closure, as for
    /// [`Interpreter::register_fn`](super::Interpreter::register_fn)).
    pub fn function<M>(mut self, name: &str, f: impl IntoHostFn<M>) -> Module {
        self.items
            .push((String::from(name), Item::Function(f.into_host())));
        self
    }

    /// Adds a constant.
    pub fn constant(mut self, name: &str, value: impl IntoPy + Send + 'static) -> Module {
        let install: Installer = Box::new(move |py, _| value.into_py(py));
        self.items.push((String::from(name), Item::Value(install)));
        self
    }

    /// Adds a Rust class (bound under `T::NAME`).
    pub fn class<T: PyClass>(mut self, class: Class<T>) -> Module {
        let install: Installer =
            Box::new(move |py, module| class.install(py, module).map(Value::Obj));
        self.items
            .push((String::from(T::NAME), Item::Value(install)));
        self
    }

    /// Builds the module object and puts it in `sys.modules`.
    pub(crate) fn install(self, py: Python<'_>) -> Result<(), Error> {
        let m = py.vm().new_module(&self.name);
        let Payload::Module(mo) = m.payload() else {
            return Err(Error::runtime_error("module creation failed"));
        };
        let dict = mo.dict.clone();
        for (n, item) in self.items {
            let v = match item {
                Item::Function(f) => host_value(&n, n.clone(), Some(&self.name), false, f),
                Item::Value(install) => install(py, &self.name)?,
            };
            py.vm().dict_set_str(&dict, &n, v);
        }
        let modules = py.interp().modules.clone();
        py.vm().dict_set_str(&modules, &self.name, Value::Obj(m));
        Ok(())
    }
}

//! The import system: built-in modules and `.py` files beside the script.

use super::{PyResult, Vm};
use crate::object::exception::ExcKind;
use crate::object::Value;

impl Vm {
    /// `__import__(name, globals, fromlist, level)`: returns the top-level
    /// package for `import a.b`, or the module itself when `fromlist` is non-empty.
    pub fn import_module(&mut self, name: &str, _fromlist: &Value, _level: u32) -> PyResult<Value> {
        Err(self.new_exc(
            ExcKind::ModuleNotFoundError,
            alloc::format!("No module named '{name}'"),
        ))
    }
}

//! Calling objects.

use super::{PyResult, Vm};
use crate::object::exception::ExcKind;
use crate::object::function::Args;
use crate::object::{Payload, Value};

impl Vm {
    /// Calls any callable with positional and keyword arguments.
    pub fn call(&mut self, f: &Value, args: Args<'_>) -> PyResult<Value> {
        match f.payload() {
            Some(Payload::Native(n)) => match &n.bound {
                None => (n.f)(self, args),
                Some(b) => {
                    let mut pos = alloc::vec::Vec::with_capacity(args.pos.len() + 1);
                    pos.push(b.clone());
                    pos.extend_from_slice(args.pos);
                    (n.f)(self, Args::with_kw(&pos, args.kw))
                }
            },
            _ => Err(self.new_exc(
                ExcKind::NotImplementedError,
                "calling this object is not implemented yet",
            )),
        }
    }
}

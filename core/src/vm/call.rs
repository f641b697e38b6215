//! Calling objects: Python functions (argument binding with CPython's
//! errors), native functions, bound methods, types and `__call__`; the
//! `__build_class__` builtin and zero-argument `super()` support.

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::frame::Frame;
use super::{PyErr, PyResult, Vm};
use crate::bytecode::code::{flags, CodeObject};
use crate::object::cell::CellObj;
use crate::object::exception::ExcKind;
use crate::object::function::{Args, FunctionObj};
use crate::object::native::HostObj;
use crate::object::{ObjRef, Payload, PyCell, Value};

fn quote_list(names: &[String]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        n => format!("{}, and {}", q[..n - 1].join(", "), q[n - 1]),
    }
}

impl Vm {
    /// Calls any callable with positional and keyword arguments.
    pub fn call(&mut self, f: &Value, args: Args<'_>) -> PyResult<Value> {
        match f.payload() {
            Some(Payload::Native(n)) => {
                let v = self.call_native_obj(n, args)?;
                self.gc_track(&v);
                Ok(v)
            }
            Some(Payload::Host(HostObj::Function(h))) => crate::object::native::call(self, h, args),
            Some(Payload::Function(_)) => {
                let Value::Obj(fo) = f else {
                    return Ok(Value::None);
                };
                self.call_function(fo, None, args)
            }
            Some(Payload::BoundMethod(bm)) => {
                let (func, self_) = (bm.func.clone(), bm.self_.clone());
                if let Value::Obj(fo) = &func {
                    if matches!(fo.payload(), Payload::Function(_)) {
                        return self.call_function(fo, Some(self_), args);
                    }
                }
                let mut pos = Vec::with_capacity(args.pos.len() + 1);
                pos.push(self_);
                pos.extend_from_slice(args.pos);
                self.call(&func, Args::with_kw(&pos, args.kw))
            }
            Some(Payload::Type(_)) => {
                let Value::Obj(t) = f else {
                    return Ok(Value::None);
                };
                let v = crate::object::class::type_call(self, t, args)?;
                self.gc_track(&v);
                Ok(v)
            }
            _ => match self.lookup_special(f, "__call__") {
                Some(m) => {
                    self.enter_native()?;
                    let mut pos = Vec::with_capacity(args.pos.len() + 1);
                    pos.push(f.clone());
                    pos.extend_from_slice(args.pos);
                    let r = self.call(&m, Args::with_kw(&pos, args.kw));
                    self.eval.native_depth -= 1;
                    r
                }
                None => {
                    let tn = self.type_name(f);
                    Err(self.type_error(format!("'{tn}' object is not callable")))
                }
            },
        }
    }

    fn call_native_obj(
        &mut self,
        n: &crate::object::function::NativeFnObj,
        args: Args<'_>,
    ) -> PyResult<Value> {
        match &n.bound {
            None => match crate::vm::ops::native_self_fixup(n, args.pos) {
                Some(pos) => {
                    let r = (n.f)(self, Args::with_kw(&pos, args.kw))?;
                    // A method that returns self (`__iadd__`, `__ior__`,
                    // ...) returns the subclass instance, not its base.
                    Ok(if r.is(&pos[0]) && crate::vm::ops::is_inplace_op(n.name) {
                        args.pos[0].clone()
                    } else {
                        r
                    })
                }
                None => (n.f)(self, args),
            },
            Some(b) => {
                let mut pos = Vec::with_capacity(args.pos.len() + 1);
                pos.push(b.clone());
                pos.extend_from_slice(args.pos);
                (n.f)(self, Args::with_kw(&pos, args.kw))
            }
        }
    }

    /// Calls a Python function from native code (a nested eval loop).
    pub fn call_function(
        &mut self,
        func: &ObjRef,
        self_arg: Option<Value>,
        args: Args<'_>,
    ) -> PyResult<Value> {
        let kwnames: Vec<Value> = args.kw.iter().map(|(k, _)| Value::Obj(k.clone())).collect();
        let mut it = args
            .pos
            .iter()
            .cloned()
            .chain(args.kw.iter().map(|(_, v)| v.clone()));
        let frame = self.bind_frame(func, self_arg, &mut it, args.pos.len(), &kwnames)?;
        let Payload::Function(fo) = func.payload() else {
            return Ok(Value::None);
        };
        if let Payload::Code(c) = fo.code.payload() {
            if c.is_generator() {
                return Ok(super::generator::new_generator(self, frame, fo));
            }
        }
        self.run_frame(frame)
    }

    /// Binds arguments to a new frame for a Python function. `args` yields
    /// `npos` positional values, then one value per keyword name.
    pub(crate) fn bind_frame(
        &mut self,
        func: &ObjRef,
        self_arg: Option<Value>,
        args: &mut dyn Iterator<Item = Value>,
        npos: usize,
        kwnames: &[Value],
    ) -> PyResult<Box<Frame>> {
        let Payload::Function(fo) = func.payload() else {
            return Err(self.type_error("not a function"));
        };
        let code_ref = fo.code.clone();
        let Payload::Code(code) = code_ref.payload() else {
            return Err(self.type_error("bad code"));
        };
        let mut frame = self.new_frame(&code_ref, code, &fo.globals, None);
        let total = npos + usize::from(self_arg.is_some());
        let argcount = code.argcount as usize;
        let simple = kwnames.is_empty()
            && total == argcount
            && code.flags & (flags::VARARGS | flags::VARKEYWORDS) == 0
            && code.kwonlyargcount == 0;
        if simple {
            let mut i = 0;
            if let Some(s) = self_arg {
                frame.fast[0] = Some(s);
                i = 1;
            }
            for v in args.take(npos) {
                if let Some(slot) = frame.fast.get_mut(i) {
                    *slot = Some(v);
                }
                i += 1;
            }
        } else {
            if let Err(e) = self.bind_general(fo, code, &mut frame, self_arg, args, npos, kwnames) {
                self.recycle(frame);
                return Err(e);
            }
        }
        self.init_cells(fo, code, &mut frame);
        Ok(frame)
    }

    #[allow(clippy::too_many_arguments)]
    fn bind_general(
        &mut self,
        fo: &FunctionObj,
        code: &CodeObject,
        frame: &mut Frame,
        self_arg: Option<Value>,
        args: &mut dyn Iterator<Item = Value>,
        npos: usize,
        kwnames: &[Value],
    ) -> PyResult<()> {
        let qual = fo.qualname.get().clone();
        let argcount = code.argcount as usize;
        let kwonly = code.kwonlyargcount as usize;
        let posonly = code.posonlyargcount as usize;
        let has_varargs = code.flags & flags::VARARGS != 0;
        let has_varkw = code.flags & flags::VARKEYWORDS != 0;
        let mut pos: Vec<Value> = Vec::with_capacity(npos + 1);
        if let Some(s) = self_arg {
            pos.push(s);
        }
        for _ in 0..npos {
            if let Some(v) = args.next() {
                pos.push(v);
            }
        }
        let mut kwvals: Vec<Value> = Vec::with_capacity(kwnames.len());
        for _ in 0..kwnames.len() {
            if let Some(v) = args.next() {
                kwvals.push(v);
            }
        }
        let given = pos.len();
        let mut extra = Vec::new();
        for (i, v) in pos.into_iter().enumerate() {
            if i < argcount {
                frame.fast[i] = Some(v);
            } else {
                extra.push(v);
            }
        }
        let mut slot_after = argcount + kwonly;
        if has_varargs {
            frame.fast[slot_after] = Some(self.new_tuple(extra));
            slot_after += 1;
        } else if !extra.is_empty() {
            let defcount = fo.defaults.get().len();
            let kwonly_given = kwnames
                .iter()
                .filter(|k| {
                    let s = k.as_str().unwrap_or("");
                    code.varnames[argcount..argcount + kwonly]
                        .iter()
                        .any(|n| n.payload_str() == Some(s))
                })
                .count();
            let (sig, plural) = if defcount > 0 {
                (
                    format!("from {} to {}", argcount - defcount, argcount),
                    true,
                )
            } else {
                (format!("{argcount}"), argcount != 1)
            };
            let kwonly_sig = if kwonly_given > 0 {
                format!(
                    " positional argument{} (and {} keyword-only argument{})",
                    if given != 1 { "s" } else { "" },
                    kwonly_given,
                    if kwonly_given != 1 { "s" } else { "" }
                )
            } else {
                String::new()
            };
            return Err(self.type_error(format!(
                "{qual}() takes {sig} positional argument{} but {given}{kwonly_sig} {} given",
                if plural { "s" } else { "" },
                if given == 1 && kwonly_given == 0 {
                    "was"
                } else {
                    "were"
                }
            )));
        }
        let kwdict = if has_varkw {
            let d = self.new_dict();
            frame.fast[slot_after] = Some(d.clone());
            Some(d)
        } else {
            None
        };
        let mut posonly_as_kw: Vec<String> = Vec::new();
        for (k, v) in kwnames.iter().zip(kwvals) {
            let name = k.as_str().unwrap_or("");
            let found = code.varnames[posonly..argcount + kwonly]
                .iter()
                .position(|n| n.payload_str() == Some(name));
            match found {
                Some(j) => {
                    let j = j + posonly;
                    if frame.fast[j].is_some() {
                        return Err(self.type_error(format!(
                            "{qual}() got multiple values for argument '{name}'"
                        )));
                    }
                    frame.fast[j] = Some(v);
                }
                None => {
                    if let Some(Value::Obj(d)) = &kwdict {
                        if let (Payload::Dict(dd), Value::Obj(ko)) = (d.payload(), k) {
                            dd.set_str(ko.clone(), v);
                        }
                    } else if code.varnames[..posonly]
                        .iter()
                        .any(|n| n.payload_str() == Some(name))
                    {
                        posonly_as_kw.push(String::from(name));
                    } else {
                        return Err(self.type_error(format!(
                            "{qual}() got an unexpected keyword argument '{name}'"
                        )));
                    }
                }
            }
        }
        if !posonly_as_kw.is_empty() {
            return Err(self.type_error(format!(
                "{qual}() got some positional-only arguments passed as keyword arguments: '{}'",
                posonly_as_kw.join(", ")
            )));
        }
        // Defaults for missing positional parameters.
        let defaults = fo.defaults.get().clone();
        let first_default = argcount.saturating_sub(defaults.len());
        let mut missing: Vec<String> = Vec::new();
        for i in 0..argcount {
            if frame.fast[i].is_none() {
                if i >= first_default {
                    frame.fast[i] = defaults.get(i - first_default).cloned();
                } else {
                    missing.push(String::from(code.varnames[i].payload_str().unwrap_or("")));
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.type_error(format!(
                "{qual}() missing {} required positional argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                quote_list(&missing)
            )));
        }
        let kwdefaults = fo.kwdefaults.get().clone();
        for i in argcount..argcount + kwonly {
            if frame.fast[i].is_none() {
                let name = code.varnames[i].payload_str().unwrap_or("");
                let d = match kwdefaults.payload() {
                    Some(Payload::Dict(d)) => d.get_str(name),
                    _ => None,
                };
                match d {
                    Some(v) => frame.fast[i] = Some(v),
                    None => missing.push(String::from(name)),
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.type_error(format!(
                "{qual}() missing {} required keyword-only argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                quote_list(&missing)
            )));
        }
        Ok(())
    }

    pub(crate) fn init_cells(&mut self, fo: &FunctionObj, code: &CodeObject, frame: &mut Frame) {
        let nl = code.varnames.len();
        for (k, arg) in code.cell2arg.iter().enumerate() {
            let init = arg.and_then(|a| frame.fast.get(a as usize).cloned().flatten());
            let cell = Value::from_payload(Payload::Cell(CellObj {
                value: PyCell::new(init),
            }));
            self.gc_track(&cell);
            frame.fast[nl + k] = Some(cell);
        }
        let nc = code.cellvars.len();
        for (k, c) in fo.closure.iter().enumerate() {
            if let Some(slot) = frame.fast.get_mut(nl + nc + k) {
                *slot = Some(c.clone());
            }
        }
    }

    /// For zero-argument `super()`: the `__class__` cell's content and the
    /// first argument of the innermost Python frame.
    pub fn super_args(&mut self) -> PyResult<(Value, Value)> {
        let Some(f) = self.eval.frames.last() else {
            return Err(self.new_exc(ExcKind::RuntimeError, "super(): no current frame"));
        };
        let Payload::Code(c) = f.code.payload() else {
            return Err(self.new_exc(ExcKind::RuntimeError, "super(): no code"));
        };
        if c.argcount == 0 && c.flags & flags::VARARGS == 0 {
            return Err(self.new_exc(ExcKind::RuntimeError, "super(): no arguments"));
        }
        let nl = c.varnames.len();
        let first = match c.cell2arg.iter().position(|a| *a == Some(0)) {
            Some(k) => match f.fast.get(nl + k) {
                Some(Some(Value::Obj(cell))) => match cell.payload() {
                    Payload::Cell(cc) => cc.value.get().clone(),
                    _ => None,
                },
                _ => None,
            },
            None => f.fast.first().cloned().flatten(),
        };
        let Some(first) = first else {
            return Err(self.new_exc(ExcKind::RuntimeError, "super(): arg[0] deleted"));
        };
        let idx = c
            .freevars
            .iter()
            .position(|n| n.payload_str() == Some("__class__"));
        let Some(idx) = idx else {
            return Err(self.new_exc(ExcKind::RuntimeError, "super(): __class__ cell not found"));
        };
        let cls = match f.fast.get(nl + c.cellvars.len() + idx) {
            Some(Some(Value::Obj(cell))) => match cell.payload() {
                Payload::Cell(cc) => cc.value.get().clone(),
                _ => None,
            },
            _ => None,
        };
        match cls {
            Some(cls) => Ok((cls, first)),
            None => Err(self.new_exc(ExcKind::RuntimeError, "super(): empty __class__ cell")),
        }
    }
}

/// The `__build_class__` builtin: runs the class body with a fresh
/// namespace, then creates the class with `new_class`.
pub fn build_class(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.pos.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let func = match &args.pos[0] {
        Value::Obj(o) if matches!(o.payload(), Payload::Function(_)) => o.clone(),
        _ => return Err(vm.type_error("__build_class__: func must be a function")),
    };
    let Some(name) = args.pos[1].as_str().map(String::from) else {
        return Err(vm.type_error("__build_class__: name is not a string"));
    };
    // PEP 560: bases that are not classes may substitute `__mro_entries__`,
    // found as an ordinary attribute of the base as in CPython (so a
    // function with a `__mro_entries__` attribute works, as `typing.NamedTuple`).
    let orig: Vec<Value> = args.pos[2..].to_vec();
    let mut resolved: Vec<Value> = Vec::with_capacity(orig.len());
    let mut substituted = false;
    let me_name = vm.intern("__mro_entries__");
    for b in &orig {
        if !matches!(b.payload(), Some(Payload::Type(_))) {
            if let Some(me) = vm.getattr_opt(b, &me_name)? {
                let ot = vm.new_tuple(orig.clone());
                let r = vm.call(&me, Args::new(&[ot]))?;
                let Some(Payload::Tuple(rt)) = r.payload() else {
                    return Err(vm.type_error("__mro_entries__ must return a tuple"));
                };
                resolved.extend(rt.items().iter().cloned());
                substituted = true;
                continue;
            }
        }
        resolved.push(b.clone());
    }
    let mut bases = Vec::new();
    for b in &resolved {
        match b {
            Value::Obj(o) if matches!(o.payload(), Payload::Type(_)) => bases.push(o.clone()),
            other => {
                let tn = vm.type_name(other);
                return Err(vm.type_error(format!("bases must be types, not {tn}")));
            }
        }
    }
    let ns = crate::object::class::prepare_namespace(vm, &name, &bases, args.kw)?;
    if substituted {
        let ot = vm.new_tuple(orig);
        let key = vm.new_str("__orig_bases__");
        vm.setitem(&Value::Obj(ns.clone()), &key, ot)?;
    }
    let mut frame = vm.bind_frame(&func, None, &mut core::iter::empty(), 0, &[])?;
    frame.locals = Some(ns.clone());
    let cell = vm.run_frame(frame)?;
    if let Payload::Dict(d) = ns.payload() {
        let old = d.table.get_mut().remove_str("__classcell__");
        drop(old);
    }
    let cls = crate::object::class::new_class(vm, &name, bases, ns, args.kw)?;
    if let Some(Payload::Cell(c)) = cell.payload() {
        c.value.replace(Some(cls.clone()));
    }
    Ok(cls)
}

#[allow(dead_code)]
fn _err(e: PyErr) -> PyErr {
    e
}

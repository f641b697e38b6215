//! Coroutines and asynchronous generators. Both are frame-backed
//! [`GeneratorObj`](super::generator::GeneratorObj)s of another
//! [`GenKind`]: this file adds their protocols (`await`, `async for`,
//! `async with`) and the small awaitables that step them
//! (`coroutine.__await__()`, an asynchronous generator's `asend`, `athrow`
//! and `aclose`). Resuming always goes through the generator machinery.

use alloc::boxed::Box;
use alloc::format;
use core::cell::Cell;

use super::generator::{self, gen_kind, GenKind, GenState, GenStep};
use super::{PyErr, PyResult, Vm};
use crate::object::exception::ExcKind;
use crate::object::function::{Args, BoundMethodObj, NativeFn};
use crate::object::{ObjRef, Payload, PyCell, Value};

/// What an [`AwaitOpObj`] does when stepped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OpKind {
    /// `coroutine.__await__()`: steps the coroutine.
    CoroWrapper,
    /// `agen.__anext__()` / `agen.asend(v)`.
    ASend,
    /// `agen.athrow(exc)`.
    AThrow,
    /// `agen.aclose()`.
    AClose,
    /// `anext(it, default)`: steps the awaitable of `__anext__()`, turning
    /// StopAsyncIteration into a return of the default.
    ANextDefault,
}

/// The state of an `asend`/`athrow` awaitable (CPython's
/// `AWAITABLE_STATE_*`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OpState {
    /// Not started.
    Init,
    /// Started.
    Iter,
    /// Done (or failed); cannot be reused.
    Closed,
}

/// The payload of an awaitable stepping a coroutine or an asynchronous
/// generator.
pub struct AwaitOpObj {
    /// The operation.
    pub kind: OpKind,
    /// The coroutine or asynchronous generator.
    pub target: PyCell<Value>,
    /// `asend`: the value to send first; `athrow`: the exception.
    pub arg: PyCell<Value>,
    /// The state.
    pub state: Cell<OpState>,
}

impl AwaitOpObj {
    pub(crate) fn drain(&mut self, sink: &mut dyn FnMut(Value)) {
        crate::object::drain_value(&mut self.target.get_mut(), sink);
        crate::object::drain_value(&mut self.arg.get_mut(), sink);
    }
}

/// The type of an await-op object.
pub(crate) fn type_of_op(a: &AwaitOpObj, t: &super::Types) -> ObjRef {
    match a.kind {
        OpKind::CoroWrapper => t.coroutine_wrapper.clone(),
        OpKind::ASend => t.async_generator_asend.clone(),
        OpKind::AThrow | OpKind::AClose => t.async_generator_athrow.clone(),
        OpKind::ANextDefault => t.anext_awaitable.clone(),
    }
}

fn new_op(kind: OpKind, target: Value, arg: Value) -> Value {
    Value::from_payload(Payload::AwaitOp(Box::new(AwaitOpObj {
        kind,
        target: PyCell::new(target),
        arg: PyCell::new(arg),
        state: Cell::new(OpState::Init),
    })))
}

fn gen_obj(v: &Value) -> Option<&super::generator::GeneratorObj> {
    match v.payload() {
        Some(Payload::Generator(g)) => Some(g),
        _ => None,
    }
}

impl Vm {
    /// `GET_AWAITABLE`: the iterator an `await` drives. `when` is 1 after
    /// `__aenter__`, 2 after `__aexit__` (for the messages).
    pub(crate) fn get_awaitable(&mut self, v: Value, when: u32) -> PyResult<Value> {
        match gen_kind(&v) {
            Some(GenKind::Coroutine) => return Ok(v),
            Some(_) => {}
            None => {
                if let Some(Payload::AwaitOp(_)) = v.payload() {
                    return Ok(v);
                }
            }
        }
        let Some(f) = self.lookup_special(&v, "__await__") else {
            let tn = self.type_name(&v);
            return Err(self.type_error(match when {
                1 => format!(
                    "'async with' received an object from __aenter__ that does not implement __await__: {tn}"
                ),
                2 => format!(
                    "'async with' received an object from __aexit__ that does not implement __await__: {tn}"
                ),
                _ => format!("object {tn} can't be used in 'await' expression"),
            }));
        };
        let it = self.call_unbound(&f, &v, &[])?;
        if gen_kind(&it) == Some(GenKind::Coroutine) {
            return Err(self.type_error("__await__() returned a coroutine"));
        }
        let is_iter = matches!(gen_kind(&it), Some(GenKind::Generator))
            || matches!(it.payload(), Some(Payload::AwaitOp(_)))
            || self.lookup_special(&it, "__next__").is_some();
        if !is_iter {
            let tn = self.type_name(&it);
            return Err(
                self.type_error(format!("__await__() returned non-iterator of type '{tn}'"))
            );
        }
        Ok(it)
    }

    /// `GET_AITER`: `v.__aiter__()`.
    pub(crate) fn get_aiter(&mut self, v: Value) -> PyResult<Value> {
        let Some(f) = self.lookup_special(&v, "__aiter__") else {
            let tn = self.type_name(&v);
            return Err(self.type_error(format!(
                "'async for' requires an object with __aiter__ method, got {tn}"
            )));
        };
        let it = self.call_unbound(&f, &v, &[])?;
        if self.lookup_special(&it, "__anext__").is_none() {
            let tn = self.type_name(&it);
            return Err(self.type_error(format!(
                "'async for' received an object from __aiter__ that does not implement __anext__: {tn}"
            )));
        }
        Ok(it)
    }

    /// `GET_ANEXT`: the awaitable of `aiter.__anext__()`.
    pub(crate) fn get_anext(&mut self, aiter: &Value) -> PyResult<Value> {
        if gen_kind(aiter) == Some(GenKind::AsyncGenerator) {
            return Ok(new_op(OpKind::ASend, aiter.clone(), Value::None));
        }
        let Some(f) = self.lookup_special(aiter, "__anext__") else {
            let tn = self.type_name(aiter);
            return Err(self.type_error(format!(
                "'async for' requires an iterator with __anext__ method, got {tn}"
            )));
        };
        let aw = self.call_unbound(&f, aiter, &[])?;
        match self.get_awaitable(aw.clone(), 0) {
            Ok(it) => Ok(it),
            Err(e) if self.err_matches(&e, ExcKind::TypeError) => {
                let tn = self.type_name(&aw);
                Err(self.type_error(format!(
                    "'async for' received an invalid object from __anext__: {tn}"
                )))
            }
            Err(e) => Err(e),
        }
    }

    /// `BEFORE_ASYNC_WITH`: `(bound __aexit__, __aenter__() result)`.
    pub(crate) fn before_async_with(&mut self, mgr: Value) -> PyResult<(Value, Value)> {
        let Some(enter) = self.lookup_special(&mgr, "__aenter__") else {
            let tn = self.type_name(&mgr);
            return Err(self.type_error(format!(
                "'{tn}' object does not support the asynchronous context manager protocol"
            )));
        };
        let Some(exit) = self.lookup_special(&mgr, "__aexit__") else {
            let tn = self.type_name(&mgr);
            return Err(self.type_error(format!(
                "'{tn}' object does not support the asynchronous context manager protocol (missed __aexit__ method)"
            )));
        };
        let bound = Value::from_payload(Payload::BoundMethod(BoundMethodObj {
            func: exit,
            self_: mgr.clone(),
        }));
        let r = self.call_unbound(&enter, &mgr, &[])?;
        Ok((bound, r))
    }

    /// An asynchronous generator step's result: its own `yield` becomes
    /// `StopIteration(value)`, an `await` inside passes its value through,
    /// and finishing becomes `StopAsyncIteration`.
    fn agen_unwrap(&mut self, ag: &ObjRef, r: PyResult<GenStep>) -> PyResult<Value> {
        let Payload::Generator(g) = ag.payload() else {
            return Err(self.type_error("not an async generator"));
        };
        match r {
            Ok(GenStep::Yield(v)) => {
                if g.wrapped_yield.get() {
                    g.running_async.set(false);
                    Err(self.stop_iteration(v))
                } else {
                    Ok(v)
                }
            }
            Ok(GenStep::Return(_)) => {
                g.running_async.set(false);
                g.closed.set(true);
                Err(self.new_exc_args(ExcKind::StopAsyncIteration, self.new_tuple(alloc::vec![])))
            }
            Err(e) => {
                g.running_async.set(false);
                if self.err_matches(&e, ExcKind::StopAsyncIteration)
                    || self.err_matches(&e, ExcKind::GeneratorExit)
                {
                    g.closed.set(true);
                }
                Err(e)
            }
        }
    }

    /// Resumes any awaitable iterator with `send(v)` or `throw(exc)`;
    /// finishing is a `StopIteration` error, as from `send`.
    fn step_iter(&mut self, it: &Value, sent: Value, exc: Option<PyErr>) -> PyResult<Value> {
        if let Some(o) = it.as_obj() {
            match o.payload() {
                Payload::AwaitOp(_) => return self.await_op_step(o, sent, exc),
                Payload::Generator(_) => {
                    let r = match exc {
                        Some(e) => self.gen_throw(o, e),
                        None => self.gen_send_ex(o, sent, None),
                    };
                    return match r? {
                        GenStep::Yield(v) => Ok(v),
                        GenStep::Return(v) => Err(self.stop_iteration(v)),
                    };
                }
                _ => {}
            }
        }
        if let Some(e) = exc {
            let name = self.intern("throw");
            return match self.getattr_opt(it, &name)? {
                Some(m) => {
                    let ev = e.value();
                    let tv = Value::Obj(self.type_of(&ev));
                    self.call(&m, Args::new(&[tv, ev, Value::None]))
                }
                None => Err(e),
            };
        }
        if matches!(sent, Value::None) {
            match self.lookup_special(it, "__next__") {
                Some(f) => self.call_unbound(&f, it, &[]),
                None => {
                    let tn = self.type_name(it);
                    Err(self.type_error(format!("'{tn}' object is not an iterator")))
                }
            }
        } else {
            self.call_method(it, "send", core::slice::from_ref(&sent))
        }
    }

    /// Steps an await-op: `send(v)` (`exc` None) or `throw(exc)`.
    pub(crate) fn await_op_step(
        &mut self,
        op: &ObjRef,
        sent: Value,
        exc: Option<PyErr>,
    ) -> PyResult<Value> {
        let Payload::AwaitOp(a) = op.payload() else {
            return Err(self.type_error("not an awaitable"));
        };
        let target = a.target.get().clone();
        let Some(t) = target.as_obj() else {
            return Err(self.type_error("not an awaitable"));
        };
        match a.kind {
            OpKind::ANextDefault => {
                let r = self.step_iter(&target, sent, exc);
                match r {
                    Err(e) if self.err_matches(&e, ExcKind::StopAsyncIteration) => {
                        let d = a.arg.get().clone();
                        Err(self.stop_iteration(d))
                    }
                    r => r,
                }
            }
            OpKind::CoroWrapper => {
                let r = match exc {
                    Some(e) => self.gen_throw(t, e),
                    None => self.gen_send_ex(t, sent, None),
                };
                match r? {
                    GenStep::Yield(v) => Ok(v),
                    GenStep::Return(v) => Err(self.stop_iteration(v)),
                }
            }
            OpKind::ASend => {
                let Some(g) = gen_obj(&target) else {
                    return Err(self.type_error("not an async generator"));
                };
                let mut sent = sent;
                match a.state.get() {
                    OpState::Closed => {
                        return Err(self.new_exc(
                            ExcKind::RuntimeError,
                            "cannot reuse already awaited __anext__()/asend()",
                        ))
                    }
                    OpState::Init => {
                        if g.running_async.get() {
                            a.state.set(OpState::Closed);
                            return Err(self.new_exc(
                                ExcKind::RuntimeError,
                                "anext(): asynchronous generator is already running",
                            ));
                        }
                        if matches!(sent, Value::None) {
                            sent = a.arg.get().clone();
                        }
                        a.state.set(OpState::Iter);
                    }
                    OpState::Iter => {}
                }
                g.running_async.set(true);
                let r = match exc {
                    Some(e) => self.gen_throw(t, e),
                    None => self.gen_send_ex(t, sent, None),
                };
                let r = self.agen_unwrap(t, r);
                if r.is_err() {
                    a.state.set(OpState::Closed);
                }
                r
            }
            OpKind::AThrow | OpKind::AClose => {
                let Some(g) = gen_obj(&target) else {
                    return Err(self.type_error("not an async generator"));
                };
                let aclose = a.kind == OpKind::AClose;
                let what = if aclose { "aclose()" } else { "athrow()" };
                if a.state.get() == OpState::Closed {
                    return Err(self.new_exc(
                        ExcKind::RuntimeError,
                        "cannot reuse already awaited aclose()/athrow()",
                    ));
                }
                if g.state.get() == GenState::Finished {
                    a.state.set(OpState::Closed);
                    return Err(self.stop_iteration(Value::None));
                }
                let r = if a.state.get() == OpState::Init {
                    if g.running_async.get() {
                        a.state.set(OpState::Closed);
                        return Err(self.new_exc(
                            ExcKind::RuntimeError,
                            format!("{what}: asynchronous generator is already running"),
                        ));
                    }
                    if g.closed.get() {
                        a.state.set(OpState::Closed);
                        return Err(if aclose {
                            self.stop_iteration(Value::None)
                        } else {
                            self.new_exc_args(
                                ExcKind::StopAsyncIteration,
                                self.new_tuple(alloc::vec![]),
                            )
                        });
                    }
                    if !matches!(sent, Value::None) {
                        return Err(self.new_exc(
                            ExcKind::RuntimeError,
                            "can't send non-None value to a just-started coroutine",
                        ));
                    }
                    a.state.set(OpState::Iter);
                    g.running_async.set(true);
                    let e = if aclose {
                        g.closed.set(true);
                        self.new_exc_args(ExcKind::GeneratorExit, self.new_tuple(alloc::vec![]))
                    } else {
                        let items = match a.arg.get().payload() {
                            Some(Payload::Tuple(t)) => t.items().to_vec(),
                            _ => alloc::vec::Vec::new(),
                        };
                        match generator::throw_exc(self, &items) {
                            Ok(o) => PyErr(o),
                            Err(e) => {
                                g.running_async.set(false);
                                a.state.set(OpState::Closed);
                                return Err(e);
                            }
                        }
                    };
                    self.gen_throw(t, e)
                } else {
                    match exc {
                        Some(e) => self.gen_throw(t, e),
                        None => self.gen_send_ex(t, sent, None),
                    }
                };
                if aclose {
                    match r {
                        Ok(GenStep::Yield(v)) => {
                            if g.wrapped_yield.get() {
                                g.running_async.set(false);
                                a.state.set(OpState::Closed);
                                Err(self.new_exc(
                                    ExcKind::RuntimeError,
                                    "async generator ignored GeneratorExit",
                                ))
                            } else {
                                Ok(v)
                            }
                        }
                        Ok(GenStep::Return(_)) => {
                            g.running_async.set(false);
                            a.state.set(OpState::Closed);
                            Err(self.stop_iteration(Value::None))
                        }
                        Err(e) => {
                            g.running_async.set(false);
                            a.state.set(OpState::Closed);
                            if self.err_matches(&e, ExcKind::StopAsyncIteration)
                                || self.err_matches(&e, ExcKind::GeneratorExit)
                            {
                                Err(self.stop_iteration(Value::None))
                            } else {
                                Err(e)
                            }
                        }
                    }
                } else {
                    let r = self.agen_unwrap(t, r);
                    if r.is_err() {
                        a.state.set(OpState::Closed);
                    }
                    r
                }
            }
        }
    }
}

fn self_op(vm: &Vm, args: &Args<'_>) -> PyResult<ObjRef> {
    match args.pos.first() {
        Some(Value::Obj(o)) if matches!(o.payload(), Payload::AwaitOp(_)) => Ok(o.clone()),
        _ => Err(vm.type_error("descriptor requires an awaitable object")),
    }
}

fn op_next_m(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let o = self_op(vm, &args)?;
    vm.await_op_step(&o, Value::None, None)
}

fn op_send_m(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let o = self_op(vm, &args)?;
    if args.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "send() takes exactly one argument ({} given)",
            args.pos.len().saturating_sub(1)
        )));
    }
    vm.await_op_step(&o, args.pos[1].clone(), None)
}

fn op_throw_m(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let o = self_op(vm, &args)?;
    let exc = generator::throw_exc(vm, args.pos.get(1..).unwrap_or(&[]))?;
    vm.await_op_step(&o, Value::None, Some(PyErr(exc)))
}

fn op_close_m(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let o = self_op(vm, &args)?;
    if let Payload::AwaitOp(a) = o.payload() {
        if a.kind == OpKind::CoroWrapper {
            let t = a.target.get().clone();
            if let Some(t) = t.as_obj() {
                vm.gen_close(t)?;
            }
        } else {
            a.state.set(OpState::Closed);
        }
    }
    Ok(Value::None)
}

fn op_self_m(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Obj(self_op(vm, &args)?))
}

fn self_kind(vm: &Vm, args: &Args<'_>, kind: GenKind) -> PyResult<ObjRef> {
    match args.pos.first() {
        Some(v @ Value::Obj(o)) if gen_kind(v) == Some(kind) => Ok(o.clone()),
        _ => Err(vm.type_error(format!(
            "descriptor requires a '{}' object",
            match kind {
                GenKind::AsyncGenerator => "async_generator",
                k => k.name(),
            }
        ))),
    }
}

fn coro_await_m(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let c = self_kind(vm, &args, GenKind::Coroutine)?;
    Ok(new_op(OpKind::CoroWrapper, Value::Obj(c), Value::None))
}

fn agen_aiter_m(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Obj(self_kind(vm, &args, GenKind::AsyncGenerator)?))
}

fn agen_anext_m(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let g = self_kind(vm, &args, GenKind::AsyncGenerator)?;
    Ok(new_op(OpKind::ASend, Value::Obj(g), Value::None))
}

fn agen_asend_m(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let g = self_kind(vm, &args, GenKind::AsyncGenerator)?;
    if args.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "async_generator.asend() takes exactly one argument ({} given)",
            args.pos.len().saturating_sub(1)
        )));
    }
    Ok(new_op(OpKind::ASend, Value::Obj(g), args.pos[1].clone()))
}

fn agen_athrow_m(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let g = self_kind(vm, &args, GenKind::AsyncGenerator)?;
    // Validated when first stepped, as CPython does.
    let rest = vm.new_tuple(args.pos.get(1..).unwrap_or(&[]).to_vec());
    Ok(new_op(OpKind::AThrow, Value::Obj(g), rest))
}

fn agen_aclose_m(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let g = self_kind(vm, &args, GenKind::AsyncGenerator)?;
    Ok(new_op(OpKind::AClose, Value::Obj(g), Value::None))
}

/// `aiter(obj)`.
pub(crate) fn builtin_aiter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.pos.len() != 1 || !args.kw.is_empty() {
        return Err(vm.type_error(format!(
            "aiter() takes exactly one argument ({} given)",
            args.pos.len() + args.kw.len()
        )));
    }
    let v = &args.pos[0];
    let Some(f) = vm.lookup_special(v, "__aiter__") else {
        let tn = vm.type_name(v);
        return Err(vm.type_error(format!("'{tn}' object is not an async iterable")));
    };
    let it = vm.call_unbound(&f, v, &[])?;
    if vm.lookup_special(&it, "__anext__").is_none() {
        let tn = vm.type_name(&it);
        return Err(vm.type_error(format!(
            "aiter() returned not an async iterator of type '{tn}'"
        )));
    }
    Ok(it)
}

/// `anext(aiterator[, default])`.
pub(crate) fn builtin_anext(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let n = args.pos.len();
    if !args.kw.is_empty() || !(1..=2).contains(&n) {
        return Err(vm.type_error(if n < 1 {
            format!("anext expected at least 1 argument, got {n}")
        } else {
            format!("anext expected at most 2 arguments, got {n}")
        }));
    }
    let v = &args.pos[0];
    let Some(f) = vm.lookup_special(v, "__anext__") else {
        let tn = vm.type_name(v);
        return Err(vm.type_error(format!("'{tn}' object is not an async iterator")));
    };
    let aw = vm.call_unbound(&f, v, &[])?;
    match args.pos.get(1) {
        None => Ok(aw),
        Some(d) => {
            let it = vm.get_awaitable(aw, 0)?;
            Ok(new_op(OpKind::ANextDefault, it, d.clone()))
        }
    }
}

fn add_props(vm: &mut Vm, ty: &ObjRef, owner: &'static str, props: &[(&'static str, NativeFn)]) {
    use crate::object::class::DescriptorObj;
    use crate::object::function::NativeFnObj;
    if let Payload::Type(t) = ty.payload() {
        for &(name, f) in props {
            let fget = Value::from_payload(Payload::Native(NativeFnObj {
                name,
                f,
                bound: None,
                owner: Some(owner),
            }));
            let p = DescriptorObj::Property {
                fget,
                fset: Value::None,
                fdel: Value::None,
                doc: Value::None,
            };
            t.dict()
                .set_str(vm.intern(name), Value::from_payload(Payload::Descriptor(p)));
        }
    }
}

/// Registers the coroutine, asynchronous generator and awaitable types'
/// methods.
pub(crate) fn init(vm: &mut Vm) {
    let coro = vm.types().coroutine.clone();
    vm.add_methods(
        &coro,
        "coroutine",
        &[
            ("send", generator::gen_send_m),
            ("throw", generator::gen_throw_m),
            ("close", generator::gen_close_m),
            ("__await__", coro_await_m),
            ("__repr__", generator::gen_repr_m),
        ],
    );
    add_props(
        vm,
        &coro,
        "coroutine",
        &[
            ("__name__", generator::gen_name_get),
            ("__qualname__", generator::gen_qualname_get),
            ("cr_running", generator::gen_running_get),
        ],
    );
    let agen = vm.types().async_generator.clone();
    vm.add_methods(
        &agen,
        "async_generator",
        &[
            ("__aiter__", agen_aiter_m),
            ("__anext__", agen_anext_m),
            ("asend", agen_asend_m),
            ("athrow", agen_athrow_m),
            ("aclose", agen_aclose_m),
            ("__repr__", generator::gen_repr_m),
        ],
    );
    add_props(
        vm,
        &agen,
        "async_generator",
        &[
            ("__name__", generator::gen_name_get),
            ("__qualname__", generator::gen_qualname_get),
            ("ag_running", generator::gen_running_get),
        ],
    );
    let methods: [(&'static str, NativeFn); 6] = [
        ("__next__", op_next_m),
        ("send", op_send_m),
        ("throw", op_throw_m),
        ("close", op_close_m),
        ("__iter__", op_self_m),
        ("__await__", op_self_m),
    ];
    let t = vm.types();
    let tys = [
        (t.anext_awaitable.clone(), "anext_awaitable"),
        (t.coroutine_wrapper.clone(), "coroutine_wrapper"),
        (t.async_generator_asend.clone(), "async_generator_asend"),
        (t.async_generator_athrow.clone(), "async_generator_athrow"),
    ];
    for (ty, name) in tys {
        vm.add_methods(&ty, name, &methods);
    }
}

//! Generator objects: a suspended frame plus its saved exception state.
//! Resumed inside the eval loop by `FOR_ITER`/`SEND` (no host recursion),
//! or from native code (`__next__`, `send`, `throw`, `close`) by a nested
//! loop.

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::cell::Cell;

use super::frame::{Frame, Resume};
use super::{PyErr, PyResult, Vm};
use crate::bytecode::opcode::Op;
use crate::object::class::DescriptorObj;
use crate::object::exception::ExcKind;
use crate::object::function::{Args, FunctionObj, NativeFnObj};
use crate::object::{ObjRef, Payload, PyCell, Value};

/// A generator's life cycle.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenState {
    /// Not started.
    Created,
    /// Suspended at a `yield`.
    Suspended,
    /// Running (its frame is on a frame stack).
    Running,
    /// Returned or raised.
    Finished,
}

/// Which generator-like type a frame-backed object is: the three share
/// this machinery and differ in their type, their protocol and messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenKind {
    /// `generator` (a `def` with `yield`).
    Generator,
    /// `coroutine` (an `async def`).
    Coroutine,
    /// `async_generator` (an `async def` with `yield`).
    AsyncGenerator,
}

impl GenKind {
    /// The type name used in messages.
    pub fn name(self) -> &'static str {
        match self {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async generator",
        }
    }
}

/// The payload of a generator, coroutine or asynchronous generator.
pub struct GeneratorObj {
    /// Generator, coroutine or asynchronous generator.
    pub kind: GenKind,
    /// Asynchronous generators: the last suspension was the generator's own
    /// `yield` (a value for `__anext__`), not an `await` passing through.
    pub wrapped_yield: Cell<bool>,
    /// Asynchronous generators: an `asend`/`athrow` is in progress.
    pub running_async: Cell<bool>,
    /// Asynchronous generators: `aclose()` was called or it finished.
    pub closed: Cell<bool>,
    /// The suspended frame (None while running or once finished).
    pub frame: PyCell<Option<Box<Frame>>>,
    /// State.
    pub state: Cell<GenState>,
    /// Exceptions being handled inside the generator when it yielded.
    pub saved_handled: PyCell<Vec<Value>>,
    /// `__name__`.
    pub name: PyCell<String>,
    /// `__qualname__`.
    pub qualname: PyCell<String>,
    /// The interpreter's finaliser queue: a generator dropped while
    /// suspended inside `try`/`with` is closed first, as CPython does.
    pub del_queue: Option<core::ptr::NonNull<crate::object::DelQueue>>,
    /// Set once it has been queued for closing.
    pub finalized: Cell<bool>,
    /// The code object (`gi_code`, kept after the frame is gone).
    pub code: ObjRef,
}

impl GeneratorObj {
    /// The queue to resurrect onto when its count reaches zero: only while
    /// suspended with an exception block (`try`, `with`) open.
    pub fn needs_finalizer(&self) -> Option<core::ptr::NonNull<crate::object::DelQueue>> {
        if self.finalized.get() || self.state.get() != GenState::Suspended {
            return None;
        }
        let frame = self.frame.try_get()?;
        match &*frame {
            Some(f) if !f.blocks.is_empty() => self.del_queue,
            _ => None,
        }
    }

    /// For the cycle collector: a generator suspended at a `yield` is closed
    /// (once) before its cycle is broken, as CPython finalises every
    /// suspended generator; closing runs its `finally`/`__exit__` and
    /// releases what its frame holds.
    pub fn gc_needs_finalizer(&self) -> bool {
        !self.finalized.get() && self.state.get() == GenState::Suspended
    }

    /// Visits the suspended frame's objects (for the cycle collector).
    pub(crate) fn traverse(&self, f: &mut dyn FnMut(&ObjRef)) {
        if let Some(fr) = self.frame.try_get() {
            if let Some(fr) = fr.as_ref() {
                fr.traverse(f);
            }
        }
        if let Some(h) = self.saved_handled.try_get() {
            for v in h.iter() {
                if let Value::Obj(o) = v {
                    f(o);
                }
            }
        }
    }

    pub(crate) fn drain(&mut self, sink: &mut dyn FnMut(Value)) {
        if let Some(mut f) = self.frame.get_mut().take() {
            f.drain(sink);
        }
        for v in self.saved_handled.get_mut().drain(..) {
            sink(v);
        }
    }
}

/// What a resumed generator did.
pub enum GenStep {
    /// Yielded a value.
    Yield(Value),
    /// Returned a value (StopIteration).
    Return(Value),
}

fn gen_of(g: &ObjRef) -> Option<&GeneratorObj> {
    match g.payload() {
        Payload::Generator(x) => Some(x),
        _ => None,
    }
}

/// A new generator object owning `frame` (a coroutine or an asynchronous
/// generator when the code's flags say so).
pub(crate) fn new_generator(vm: &mut Vm, frame: Box<Frame>, fo: &FunctionObj) -> Value {
    use crate::bytecode::code::flags;
    let fl = match fo.code.payload() {
        Payload::Code(c) => c.flags,
        _ => 0,
    };
    let kind = if fl & flags::ASYNC_GENERATOR != 0 {
        GenKind::AsyncGenerator
    } else if fl & flags::COROUTINE != 0 {
        GenKind::Coroutine
    } else {
        GenKind::Generator
    };
    let del_queue = Some(vm.interp().del_queue_ptr());
    let code = frame.code.clone();
    let g = Value::from_payload(Payload::Generator(Box::new(GeneratorObj {
        kind,
        wrapped_yield: Cell::new(false),
        running_async: Cell::new(false),
        closed: Cell::new(false),
        frame: PyCell::new(Some(frame)),
        state: Cell::new(GenState::Created),
        saved_handled: PyCell::new(Vec::new()),
        name: PyCell::new(fo.name.get().clone()),
        qualname: PyCell::new(fo.qualname.get().clone()),
        del_queue,
        finalized: Cell::new(false),
        code,
    })));
    vm.gc_track(&g);
    g
}

/// The state of a generator value.
pub fn gen_state(v: &Value) -> GenState {
    match v.payload() {
        Some(Payload::Generator(g)) => g.state.get(),
        _ => GenState::Finished,
    }
}

/// The kind of a generator-like value (`None` for anything else).
pub fn gen_kind(v: &Value) -> Option<GenKind> {
    match v.payload() {
        Some(Payload::Generator(g)) => Some(g.kind),
        _ => None,
    }
}

/// Records whether a suspension is an asynchronous generator's own `yield`.
pub(crate) fn set_wrapped(g: &ObjRef, wrapped: bool) {
    if let Some(x) = gen_of(g) {
        x.wrapped_yield.set(wrapped);
    }
}

/// Marks a generator finished (its frame returned or raised).
pub(crate) fn finish(g: &ObjRef) {
    if let Some(x) = gen_of(g) {
        x.state.set(GenState::Finished);
    }
}

/// Stores a frame back into its generator at a `yield`.
pub(crate) fn suspend(g: &ObjRef, f: Box<Frame>, saved: Vec<Value>) {
    if let Some(x) = gen_of(g) {
        let started = f.pc > 0;
        let old = x.frame.replace(Some(f));
        drop(old);
        if !saved.is_empty() || !x.saved_handled.get().is_empty() {
            let old = x.saved_handled.replace(saved);
            drop(old);
        }
        x.state.set(if started {
            GenState::Suspended
        } else {
            GenState::Created
        });
    }
}

/// The saved exception state of a generator being resumed.
pub(crate) fn take_saved_handled(g: &ObjRef) -> Vec<Value> {
    match gen_of(g) {
        Some(x) if !x.saved_handled.get().is_empty() => {
            core::mem::take(&mut *x.saved_handled.get_mut())
        }
        _ => Vec::new(),
    }
}

/// Takes the frame out of a generator to resume it; `None` when finished.
pub(crate) fn take_frame(vm: &mut Vm, g: &ObjRef, sent: &Value) -> PyResult<Option<Box<Frame>>> {
    let Some(x) = gen_of(g) else { return Ok(None) };
    match x.state.get() {
        GenState::Running => Err(vm.value_error(format!("{} already executing", x.kind.name()))),
        GenState::Finished if x.kind == GenKind::Coroutine => Err(vm.new_exc(
            ExcKind::RuntimeError,
            "cannot reuse already awaited coroutine",
        )),
        GenState::Finished => Ok(None),
        st => {
            if st == GenState::Created && !matches!(sent, Value::None) {
                return Err(vm.type_error(format!(
                    "can't send non-None value to a just-started {}",
                    x.kind.name()
                )));
            }
            let Some(mut f) = x.frame.get_mut().take() else {
                return Ok(None);
            };
            if st == GenState::Suspended {
                f.stack.push(sent.clone());
            }
            x.state.set(GenState::Running);
            Ok(Some(f))
        }
    }
}

impl Vm {
    /// Resumes a generator from native code: sends `sent`, or raises `exc`
    /// at the suspension point.
    pub fn gen_send_ex(
        &mut self,
        g: &ObjRef,
        sent: Value,
        exc: Option<PyErr>,
    ) -> PyResult<GenStep> {
        let Some(x) = gen_of(g) else {
            return Err(self.type_error("not a generator"));
        };
        if let Some(e) = &exc {
            match x.state.get() {
                GenState::Running => {
                    return Err(self.value_error(format!("{} already executing", x.kind.name())))
                }
                GenState::Finished if x.kind == GenKind::Coroutine => {
                    return Err(self.new_exc(
                        ExcKind::RuntimeError,
                        "cannot reuse already awaited coroutine",
                    ))
                }
                GenState::Finished => return Err(e.clone()),
                _ => {}
            }
        }
        let Some(mut f) = (if exc.is_some() {
            let st = x.state.get();
            let f = x.frame.get_mut().take();
            if f.is_some() {
                x.state.set(GenState::Running);
            }
            let _ = st;
            f
        } else {
            take_frame(self, g, &sent)?
        }) else {
            return Ok(GenStep::Return(Value::None));
        };
        f.resume = Resume::Entry;
        f.gen = Some(g.clone());
        let saved = take_saved_handled(g);
        if let Err(e) = self.enter_native() {
            suspend(g, f, saved);
            return Err(e);
        }
        if let Err(e) = self.push_frame_keep(f) {
            self.eval.native_depth -= 1;
            return Err(e);
        }
        if !saved.is_empty() {
            self.handled.extend(saved);
        }
        let r = self.run(exc);
        self.eval.native_depth -= 1;
        match r {
            Ok((v, true)) => Ok(GenStep::Yield(v)),
            Ok((v, false)) => Ok(GenStep::Return(v)),
            Err(e) => Err(e),
        }
    }

    /// `next(gen)` for a generator: `Ok(None)` when exhausted.
    pub fn gen_next(&mut self, g: &ObjRef) -> PyResult<Option<Value>> {
        match self.gen_send_ex(g, Value::None, None)? {
            GenStep::Yield(v) => Ok(Some(v)),
            GenStep::Return(_) => Ok(None),
        }
    }

    pub(crate) fn stop_iteration(&self, v: Value) -> PyErr {
        let args = if matches!(v, Value::None) {
            self.new_tuple(Vec::new())
        } else {
            self.new_tuple(alloc::vec![v])
        };
        self.new_exc_args(ExcKind::StopIteration, args)
    }

    /// `gen.throw(exc)`, delegating to a `yield from` sub-iterator.
    pub fn gen_throw(&mut self, g: &ObjRef, exc: PyErr) -> PyResult<GenStep> {
        let Some(x) = gen_of(g) else { return Err(exc) };
        // Delegation: suspended right after a `YIELD_VALUE 1` of `yield from`.
        let sub = if x.state.get() == GenState::Suspended {
            let fr = x.frame.get();
            match fr.as_ref() {
                Some(f) => {
                    let at_yf = match f.code.payload() {
                        Payload::Code(c) => {
                            let p = f.pc as usize;
                            p > 0
                                && matches!(c.instrs.get(p - 1), Some(i) if i.op == Op::YieldValue && i.arg == 1)
                        }
                        _ => false,
                    };
                    if at_yf {
                        f.stack.last().cloned()
                    } else {
                        None
                    }
                }
                None => None,
            }
        } else {
            None
        };
        if let Some(sub) = sub {
            x.state.set(GenState::Running);
            let r = if self.err_matches(&exc, ExcKind::GeneratorExit) {
                let r = self.close_iter(&sub);
                match r {
                    Ok(()) => Err(exc.clone()),
                    Err(e) => Err(e),
                }
            } else {
                match sub.payload() {
                    Some(Payload::Generator(_)) => match sub.as_obj() {
                        Some(so) => match self.gen_throw(so, exc.clone()) {
                            Ok(GenStep::Yield(v)) => Ok(Some(v)),
                            Ok(GenStep::Return(v)) => {
                                // The sub-generator returned: finish the `yield from`.
                                self.finish_yield_from(g, v);
                                Ok(None)
                            }
                            Err(e) => Err(e),
                        },
                        None => Err(exc.clone()),
                    },
                    _ => {
                        let name = self.intern("throw");
                        match self.getattr_opt(&sub, &name) {
                            Ok(Some(m)) => {
                                let ev = exc.value();
                                let tv = Value::Obj(self.type_of(&ev));
                                match self.call(&m, Args::new(&[tv, ev, Value::None])) {
                                    Ok(v) => Ok(Some(v)),
                                    Err(e) if self.err_matches(&e, ExcKind::StopIteration) => {
                                        self.finish_yield_from(g, super::eval::stop_value(&e));
                                        Ok(None)
                                    }
                                    Err(e) => Err(e),
                                }
                            }
                            Ok(None) => Err(exc.clone()),
                            Err(e) => Err(e),
                        }
                    }
                }
            };
            x.state.set(GenState::Suspended);
            return match r {
                Ok(Some(v)) => Ok(GenStep::Yield(v)),
                Ok(None) => self.gen_send_ex_resume_plain(g),
                Err(e) => self.gen_send_ex(g, Value::None, Some(e)),
            };
        }
        self.gen_send_ex(g, Value::None, Some(exc))
    }

    /// After a delegated throw finished the sub-iterator: pop it, push its
    /// result, and continue after the `yield from` loop.
    fn finish_yield_from(&mut self, g: &ObjRef, ret: Value) {
        if let Some(x) = gen_of(g) {
            if let Some(f) = x.frame.get_mut().as_mut() {
                f.stack.pop();
                f.stack.push(ret);
                // Skip the JUMP_BACKWARD that follows the YIELD_VALUE.
                f.pc += 1;
            }
        }
    }

    fn gen_send_ex_resume_plain(&mut self, g: &ObjRef) -> PyResult<GenStep> {
        // Resume without pushing a sent value (the stack already holds the result).
        let Some(x) = gen_of(g) else {
            return Ok(GenStep::Return(Value::None));
        };
        let Some(mut f) = x.frame.get_mut().take() else {
            return Ok(GenStep::Return(Value::None));
        };
        x.state.set(GenState::Running);
        f.resume = Resume::Entry;
        f.gen = Some(g.clone());
        let saved = take_saved_handled(g);
        self.enter_native()?;
        if let Err(e) = self.push_frame_keep(f) {
            self.eval.native_depth -= 1;
            return Err(e);
        }
        self.handled.extend(saved);
        let r = self.run(None);
        self.eval.native_depth -= 1;
        match r? {
            (v, true) => Ok(GenStep::Yield(v)),
            (v, false) => Ok(GenStep::Return(v)),
        }
    }

    fn close_iter(&mut self, it: &Value) -> PyResult<()> {
        match it.as_obj() {
            Some(o) if matches!(o.payload(), Payload::Generator(_)) => self.gen_close(o),
            _ => {
                let name = self.intern("close");
                if let Some(m) = self.getattr_opt(it, &name)? {
                    self.call(&m, Args::new(&[]))?;
                }
                Ok(())
            }
        }
    }

    /// `gen.close()`.
    pub fn gen_close(&mut self, g: &ObjRef) -> PyResult<()> {
        let Some(x) = gen_of(g) else { return Ok(()) };
        match x.state.get() {
            GenState::Created | GenState::Finished => {
                x.state.set(GenState::Finished);
                let f = x.frame.get_mut().take();
                if let Some(f) = f {
                    self.recycle(f);
                }
                return Ok(());
            }
            GenState::Running => {
                return Err(self.value_error(format!("{} already executing", x.kind.name())))
            }
            GenState::Suspended => {}
        }
        let kind = x.kind;
        let exc = self.new_exc_args(ExcKind::GeneratorExit, self.new_tuple(Vec::new()));
        match self.gen_throw(g, exc) {
            Ok(GenStep::Yield(_)) => Err(self.new_exc(
                ExcKind::RuntimeError,
                format!("{} ignored GeneratorExit", kind.name()),
            )),
            Ok(GenStep::Return(_)) => Ok(()),
            Err(e)
                if self.err_matches(&e, ExcKind::GeneratorExit)
                    || self.err_matches(&e, ExcKind::StopIteration) =>
            {
                Ok(())
            }
            Err(e) => Err(e),
        }
    }
}

pub(crate) fn self_gen(vm: &Vm, args: &Args<'_>) -> PyResult<ObjRef> {
    match args.pos.first() {
        Some(Value::Obj(o)) if matches!(o.payload(), Payload::Generator(_)) => Ok(o.clone()),
        _ => Err(vm.type_error("descriptor requires a 'generator' object")),
    }
}

fn gen_next_m(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let g = self_gen(vm, &args)?;
    match vm.gen_send_ex(&g, Value::None, None)? {
        GenStep::Yield(v) => Ok(v),
        GenStep::Return(v) => Err(vm.stop_iteration(v)),
    }
}

pub(crate) fn gen_send_m(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let g = self_gen(vm, &args)?;
    let v = args.pos.get(1).cloned().unwrap_or(Value::None);
    if args.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "generator.send() takes exactly one argument ({} given)",
            args.pos.len().saturating_sub(1)
        )));
    }
    match vm.gen_send_ex(&g, v, None)? {
        GenStep::Yield(v) => Ok(v),
        GenStep::Return(v) => Err(vm.stop_iteration(v)),
    }
}

pub(crate) fn gen_throw_m(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let g = self_gen(vm, &args)?;
    let exc = throw_exc(vm, args.pos.get(1..).unwrap_or(&[]))?;
    match vm.gen_throw(&g, PyErr(exc))? {
        GenStep::Yield(v) => Ok(v),
        GenStep::Return(v) => Err(vm.stop_iteration(v)),
    }
}

/// The exception of a `throw(typ[, val[, tb]])` call (generators,
/// coroutines and the asynchronous generator `athrow`).
pub(crate) fn throw_exc(vm: &mut Vm, args: &[Value]) -> PyResult<ObjRef> {
    let typ = args.first().cloned().unwrap_or(Value::None);
    let val = args.get(1).cloned().unwrap_or(Value::None);
    let tb = args.get(2).cloned().unwrap_or(Value::None);
    let exc = match &typ {
        Value::Obj(o) if matches!(o.payload(), Payload::Exception(_)) => {
            if !matches!(val, Value::None) {
                return Err(vm.type_error("instance exception may not have a separate value"));
            }
            o.clone()
        }
        Value::Obj(o)
            if matches!(o.payload(), Payload::Type(_))
                && super::ops::is_subtype(o, vm.interp().exc_type(ExcKind::BaseException)) =>
        {
            let inst = match &val {
                Value::Obj(v)
                    if matches!(v.payload(), Payload::Exception(_)) && vm.isinstance(&val, o) =>
                {
                    val.clone()
                }
                Value::None => vm.call(&typ, Args::new(&[]))?,
                Value::Obj(v) if matches!(v.payload(), Payload::Tuple(_)) => {
                    let items = match v.payload() {
                        Payload::Tuple(t) => t.items().to_vec(),
                        _ => Vec::new(),
                    };
                    vm.call(&typ, Args::new(&items))?
                }
                other => vm.call(&typ, Args::new(core::slice::from_ref(other)))?,
            };
            match inst {
                Value::Obj(i) if matches!(i.payload(), Payload::Exception(_)) => i,
                _ => {
                    return Err(vm.type_error(
                        "exceptions must be classes or instances deriving from BaseException",
                    ))
                }
            }
        }
        other => {
            let tn = vm.type_name(other);
            return Err(vm.type_error(format!(
                "exceptions must be classes or instances deriving from BaseException, not {tn}"
            )));
        }
    };
    if !matches!(tb, Value::None) {
        if let Payload::Exception(x) = exc.payload() {
            x.traceback.replace(tb);
        }
    }
    Ok(exc)
}

pub(crate) fn gen_close_m(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let g = self_gen(vm, &args)?;
    vm.gen_close(&g)?;
    Ok(Value::None)
}

fn gen_iter_m(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Obj(self_gen(vm, &args)?))
}

pub(crate) fn gen_repr_m(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let g = self_gen(vm, &args)?;
    let (q, kind) = gen_of(&g)
        .map(|x| (x.qualname.get().clone(), x.kind))
        .unwrap_or((String::new(), GenKind::Generator));
    let tn = match kind {
        GenKind::AsyncGenerator => "async_generator",
        k => k.name(),
    };
    Ok(vm.new_str(format!("<{tn} object {q} at {:#x}>", g.as_ptr() as usize)))
}

pub(crate) fn gen_name_get(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let g = self_gen(vm, &args)?;
    Ok(vm.new_str(gen_of(&g).map(|x| x.name.get().clone()).unwrap_or_default()))
}

pub(crate) fn gen_qualname_get(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let g = self_gen(vm, &args)?;
    Ok(vm.new_str(
        gen_of(&g)
            .map(|x| x.qualname.get().clone())
            .unwrap_or_default(),
    ))
}

pub(crate) fn gen_running_get(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let g = self_gen(vm, &args)?;
    Ok(Value::Bool(
        gen_of(&g).is_some_and(|x| x.state.get() == GenState::Running),
    ))
}

/// The `yield from` sub-iterator a suspended generator delegates to.
fn yield_from_target(x: &GeneratorObj) -> Option<Value> {
    if x.state.get() != GenState::Suspended {
        return None;
    }
    let fr = x.frame.try_get()?;
    let f = fr.as_ref()?;
    let Payload::Code(c) = f.code.payload() else {
        return None;
    };
    let p = f.pc as usize;
    let at_yf =
        p > 0 && matches!(c.instrs.get(p - 1), Some(i) if i.op == Op::YieldValue && i.arg == 1);
    if at_yf {
        f.stack.last().cloned()
    } else {
        None
    }
}

fn gen_yieldfrom_get(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let g = self_gen(vm, &args)?;
    Ok(gen_of(&g)
        .and_then(yield_from_target)
        .unwrap_or(Value::None))
}

fn gen_code_get(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let g = self_gen(vm, &args)?;
    match gen_of(&g) {
        Some(x) => Ok(Value::Obj(x.code.clone())),
        None => Ok(Value::None),
    }
}

fn gen_suspended_get(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let g = self_gen(vm, &args)?;
    Ok(Value::Bool(
        gen_of(&g).is_some_and(|x| x.state.get() == GenState::Suspended),
    ))
}

/// Registers this type's methods on its type object.
pub(crate) fn init(vm: &mut crate::vm::Vm) {
    let ty = vm.types().generator.clone();
    vm.add_methods(
        &ty,
        "generator",
        &[
            ("__next__", gen_next_m),
            ("send", gen_send_m),
            ("throw", gen_throw_m),
            ("close", gen_close_m),
            ("__iter__", gen_iter_m),
            ("__repr__", gen_repr_m),
        ],
    );
    let props: [(&'static str, crate::object::function::NativeFn); 6] = [
        ("__name__", gen_name_get),
        ("__qualname__", gen_qualname_get),
        ("gi_running", gen_running_get),
        ("gi_yieldfrom", gen_yieldfrom_get),
        ("gi_code", gen_code_get),
        ("gi_suspended", gen_suspended_get),
    ];
    if let Payload::Type(t) = ty.payload() {
        for (name, f) in props {
            let fget = Value::from_payload(Payload::Native(NativeFnObj {
                name,
                f,
                bound: None,
                owner: Some("generator"),
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

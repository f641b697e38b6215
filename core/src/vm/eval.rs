//! The eval loop: one `match` over the opcodes, running frames on the
//! thread's frame stack. Python-to-Python calls, returns, and generator
//! resumption from `FOR_ITER`/`SEND` switch frames inside the loop (no host
//! recursion); only native code calling back into Python nests a loop.

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::frame::{Block, BlockKind, Frame, Resume};
use super::{PyErr, PyResult, Vm};
use crate::bytecode::code::{flags, CodeObject};
use crate::bytecode::opcode::{Instr, Op};
use crate::compile::ast::{BinOp, CmpOp, UnaryOp};
use crate::object::class::{alloc_instance, BaseKind};
use crate::object::exception::{ExcKind, TracebackObj};
use crate::object::function::{Args, FunctionObj};
use crate::object::iter::{IterObj, IterState};
use crate::object::{ObjRef, Payload, PyCell, Value};

/// `BinOp` by its instruction argument.
pub(crate) const BINOPS: [BinOp; 13] = [
    BinOp::Add,
    BinOp::Sub,
    BinOp::Mult,
    BinOp::MatMult,
    BinOp::Div,
    BinOp::Mod,
    BinOp::Pow,
    BinOp::LShift,
    BinOp::RShift,
    BinOp::BitOr,
    BinOp::BitXor,
    BinOp::BitAnd,
    BinOp::FloorDiv,
];

const CMPOPS: [CmpOp; 6] = [
    CmpOp::Eq,
    CmpOp::NotEq,
    CmpOp::Lt,
    CmpOp::LtE,
    CmpOp::Gt,
    CmpOp::GtE,
];

/// Host-stack guard: the most nested eval loops native code may start.
pub const MAX_NATIVE_DEPTH: u32 = if cfg!(debug_assertions) { 160 } else { 900 };

#[inline]
fn int_binop(op: u32, x: i64, y: i64) -> Option<Value> {
    Some(match op {
        0 => Value::Int(x.checked_add(y)?),
        1 => Value::Int(x.checked_sub(y)?),
        2 => Value::Int(x.checked_mul(y)?),
        4 => {
            if y == 0 || x.unsigned_abs() > (1 << 53) || y.unsigned_abs() > (1 << 53) {
                return None;
            }
            Value::Float(x as f64 / y as f64)
        }
        5 => {
            if y == 0 {
                return None;
            }
            let r = x.checked_rem(y)?;
            Value::Int(if r != 0 && ((r < 0) != (y < 0)) {
                r + y
            } else {
                r
            })
        }
        7 => {
            if !(0..63).contains(&y) {
                return None;
            }
            let r = x.checked_shl(y as u32)?;
            if (r >> y) != x {
                return None;
            }
            Value::Int(r)
        }
        8 => {
            if y < 0 {
                return None;
            }
            Value::Int(x >> y.min(63))
        }
        9 => Value::Int(x | y),
        10 => Value::Int(x ^ y),
        11 => Value::Int(x & y),
        12 => {
            if y == 0 {
                return None;
            }
            let q = x.checked_div(y)?;
            Value::Int(if (x % y != 0) && ((x < 0) != (y < 0)) {
                q - 1
            } else {
                q
            })
        }
        _ => return None,
    })
}

#[inline]
fn float_binop(op: u32, x: f64, y: f64) -> Option<Value> {
    Some(Value::Float(match op {
        0 => x + y,
        1 => x - y,
        2 => x * y,
        4 => {
            if y == 0.0 {
                return None;
            }
            x / y
        }
        _ => return None,
    }))
}

#[inline]
fn num_binop(op: u32, a: &Value, b: &Value) -> Option<Value> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => int_binop(op, *x, *y),
        (Value::Float(x), Value::Float(y)) => float_binop(op, *x, *y),
        (Value::Float(x), Value::Int(y)) if y.unsigned_abs() <= (1 << 53) => {
            float_binop(op, *x, *y as f64)
        }
        (Value::Int(x), Value::Float(y)) if x.unsigned_abs() <= (1 << 53) => {
            float_binop(op, *x as f64, *y)
        }
        _ => None,
    }
}

#[inline]
fn cmp_result<T: PartialOrd>(op: u32, x: T, y: T) -> Option<bool> {
    Some(match op {
        0 => x == y,
        1 => x != y,
        2 => x < y,
        3 => x <= y,
        4 => x > y,
        5 => x >= y,
        _ => return None,
    })
}

#[inline]
fn fast_compare(op: u32, a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => cmp_result(op, x, y),
        (Value::Float(x), Value::Float(y)) => cmp_result(op, x, y),
        (Value::Int(x), Value::Float(y)) if x.unsigned_abs() <= (1 << 53) => {
            cmp_result(op, *x as f64, *y)
        }
        (Value::Float(x), Value::Int(y)) if y.unsigned_abs() <= (1 << 53) => {
            cmp_result(op, *x, *y as f64)
        }
        (Value::Obj(x), Value::Obj(y)) => match (x.payload(), y.payload()) {
            (Payload::Str(s), Payload::Str(t)) => cmp_result(op, s.as_str(), t.as_str()),
            _ => None,
        },
        _ => None,
    }
}

/// Exhausted-or-next result of a fast `FOR_ITER`.
enum Step {
    Next(Value),
    Done,
    Slow,
}

fn fast_next(it: &Value) -> Step {
    let Some(Payload::Iter(io)) = it.payload() else {
        return Step::Slow;
    };
    let Some(mut st) = io.state.try_mut() else {
        return Step::Slow;
    };
    let r = match &mut *st {
        Some(IterState::Range {
            next,
            remaining,
            step,
        }) => {
            if *remaining == 0 {
                Step::Done
            } else {
                let v = *next;
                *remaining -= 1;
                *next = next.wrapping_add(*step);
                Step::Next(Value::Int(v))
            }
        }
        None => Step::Done,
        _ => return Step::Slow,
    };
    if matches!(r, Step::Done) {
        *st = None;
    }
    r
}

/// The length of `range(start, stop, step)`.
pub(crate) fn range_len(start: i64, stop: i64, step: i64) -> u64 {
    let (a, b, s) = (i128::from(start), i128::from(stop), i128::from(step));
    let n = if s > 0 && a < b {
        (b - a - 1) / s + 1
    } else if s < 0 && a > b {
        (a - b - 1) / (-s) + 1
    } else {
        0
    };
    n as u64
}

impl Vm {
    /// True for the VM's internal NULL marker.
    #[inline]
    pub(crate) fn is_null(&self, v: &Value) -> bool {
        matches!(v, Value::Obj(o) if o.ptr_eq(&self.interp().null))
    }

    #[inline]
    pub(crate) fn null(&self) -> Value {
        Value::Obj(self.interp().null.clone())
    }

    /// Pushes a frame, enforcing the recursion limit.
    pub(crate) fn push_frame(&mut self, mut f: Box<Frame>) -> PyResult<()> {
        if self.depth >= self.interp().recursion_limit.get() {
            self.recycle(f);
            return Err(self.new_exc(ExcKind::RecursionError, "maximum recursion depth exceeded"));
        }
        self.depth += 1;
        f.handled_base = self.handled.len() as u32;
        self.eval.frames.push(f);
        Ok(())
    }

    #[inline]
    fn pop_frame(&mut self) -> Option<Box<Frame>> {
        let f = self.eval.frames.pop()?;
        self.depth = self.depth.saturating_sub(1);
        if self.handled.len() > f.handled_base as usize {
            self.handled.truncate(f.handled_base as usize);
        }
        Some(f)
    }

    /// Releases a finished frame's values and keeps the frame (with its
    /// vectors' capacity) for reuse.
    pub(crate) fn recycle(&mut self, mut f: Box<Frame>) {
        // The slots keep their number (the next call of the same code
        // needs no resize).
        for slot in f.fast.iter_mut() {
            if let Some(v) = slot.take() {
                drop(v);
            }
        }
        if !f.stack.is_empty() {
            f.stack.clear();
        }
        if !f.blocks.is_empty() {
            f.blocks.clear();
        }
        // The code object and the builtins dict stay in the pooled frame
        // (neither can hold values with observable finalisers; the next
        // `new_frame` usually installs the same ones again). The globals
        // may be a user dict (`exec`), so they are released now.
        let null = &self.interp().null;
        let globals = core::mem::replace(&mut f.globals, null.clone());
        let locals = f.locals.take();
        let kwnames = f.kwnames.take();
        let gen = f.gen.take();
        if self.eval.frame_pool.len() < 64 {
            self.eval.frame_pool.push(f);
        }
        drop((globals, locals, kwnames, gen));
    }

    /// A new frame for a code object, with empty slots.
    pub(crate) fn new_frame(
        &mut self,
        code: &ObjRef,
        c: &CodeObject,
        globals: &ObjRef,
        locals: Option<ObjRef>,
    ) -> Box<Frame> {
        let builtins = self.builtins_for(globals);
        let n = c.nslots();
        match self.eval.frame_pool.pop() {
            Some(mut f) => {
                if !f.code.ptr_eq(code) {
                    f.code = code.clone();
                }
                f.globals = globals.clone();
                if !f.builtins.ptr_eq(&builtins) {
                    f.builtins = builtins;
                }
                f.locals = locals;
                f.fast.resize(n, None);
                f.stack.reserve(c.max_stack as usize);
                f.pc = 0;
                f.resume = Resume::Normal;
                f.handled_base = 0;
                f
            }
            None => {
                let mut fast = Vec::new();
                fast.resize(n, None);
                Box::new(Frame {
                    code: code.clone(),
                    globals: globals.clone(),
                    builtins,
                    locals,
                    fast,
                    stack: Vec::with_capacity(c.max_stack as usize),
                    blocks: Vec::new(),
                    pc: 0,
                    resume: Resume::Normal,
                    handled_base: 0,
                    kwnames: None,
                    gen: None,
                })
            }
        }
    }

    fn builtins_for(&self, globals: &ObjRef) -> ObjRef {
        // Calls within one module: the caller's builtins are the answer.
        if let Some(top) = self.eval.frames.last() {
            if top.globals.ptr_eq(globals) {
                return top.builtins.clone();
            }
        }
        if let Payload::Dict(d) = globals.payload() {
            if let Some(Value::Obj(b)) = d.get_by_name(&self.intern("__builtins__")) {
                match b.payload() {
                    Payload::Dict(_) => return b,
                    Payload::Module(m) => return m.dict.clone(),
                    _ => {}
                }
            }
        }
        self.interp().builtins.clone()
    }

    /// Counts a native-to-Python re-entry.
    pub(crate) fn enter_native(&mut self) -> PyResult<()> {
        if self.eval.native_depth >= MAX_NATIVE_DEPTH
            || self.depth >= self.interp().recursion_limit.get()
        {
            return Err(self.new_exc(
                ExcKind::RecursionError,
                "maximum recursion depth exceeded while calling a Python object",
            ));
        }
        self.eval.native_depth += 1;
        Ok(())
    }

    /// Runs a frame to completion from native code (a nested eval loop).
    pub fn run_frame(&mut self, mut f: Box<Frame>) -> PyResult<Value> {
        f.resume = Resume::Entry;
        if let Err(e) = self.enter_native() {
            self.recycle(f);
            return Err(e);
        }
        let r = match self.push_frame(f) {
            Ok(()) => self.run(None).map(|(v, _)| v),
            Err(e) => Err(e),
        };
        self.eval.native_depth -= 1;
        r
    }

    /// Runs a module-level code object with `globals` as globals and locals.
    pub fn run_code(&mut self, code: &ObjRef, globals: &ObjRef) -> PyResult<Value> {
        let Payload::Code(c) = code.payload() else {
            return Err(self.type_error("expected a code object"));
        };
        if let Payload::Dict(d) = globals.payload() {
            if d.get_str("__builtins__").is_none() {
                d.set_str(
                    self.intern("__builtins__"),
                    Value::Obj(self.interp().builtins.clone()),
                );
            }
        }
        let f = self.new_frame(code, c, globals, Some(globals.clone()));
        self.run_frame(f)
    }

    /// Sets `__context__` of a newly raised exception to the exception
    /// being handled (breaking cycles), unless it already has one or `force`.
    pub(crate) fn set_context(&self, err: &PyErr, force: bool) {
        let Some(Value::Obj(h)) = self.handled.last() else {
            return;
        };
        if h.ptr_eq(&err.0) {
            return;
        }
        let Payload::Exception(x) = err.0.payload() else {
            return;
        };
        if !force && !matches!(*x.context.get(), Value::None) {
            return;
        }
        // Break a cycle: if `err` is already in h's context chain, cut it there.
        let mut o = h.clone();
        for _ in 0..1000 {
            let next = match o.payload() {
                Payload::Exception(e) => e.context.get().clone(),
                _ => break,
            };
            match next {
                Value::Obj(n) => {
                    if n.ptr_eq(&err.0) {
                        if let Payload::Exception(e) = o.payload() {
                            e.context.replace(Value::None);
                        }
                        break;
                    }
                    o = n;
                }
                _ => break,
            }
        }
        x.context.replace(Value::Obj(h.clone()));
    }

    /// Finds a handler for `err`, unwinding frames; `Ok` when execution
    /// continues in some frame, `Err` when it leaves the entry frame.
    fn unwind(&mut self, mut err: PyErr, mut skip_tb: bool) -> PyResult<()> {
        loop {
            let stopped = self.is_stopped();
            let Some(f) = self.eval.frames.last_mut() else {
                return Err(err);
            };
            if !skip_tb {
                if let Payload::Exception(x) = err.0.payload() {
                    let old = x.traceback.replace(Value::None);
                    let tb = TracebackObj {
                        next: PyCell::new(old),
                        code: f.code.clone(),
                        lasti: f.pc.saturating_sub(1),
                        locals: PyCell::new(Vec::new()),
                    };
                    x.traceback
                        .replace(Value::from_payload(Payload::Traceback(tb)));
                }
            }
            skip_tb = false;
            while let Some(b) = f.blocks.pop() {
                match b.kind {
                    // A stopped interpreter runs no handler (limits.rs).
                    BlockKind::Setup if stopped => f.stack.truncate(b.level as usize),
                    BlockKind::Setup => {
                        f.stack.truncate(b.level as usize);
                        f.stack.push(err.value());
                        f.blocks.push(Block {
                            kind: BlockKind::Handler,
                            handler: 0,
                            level: b.level,
                        });
                        self.handled.push(err.value());
                        f.pc = b.handler;
                        return Ok(());
                    }
                    BlockKind::Handler => {
                        f.stack.truncate(b.level as usize);
                        self.handled.pop();
                    }
                }
            }
            let Some(mut f) = self.pop_frame() else {
                return Err(err);
            };
            let resume = f.resume;
            if let Some(g) = f.gen.take() {
                super::generator::finish(&g);
                let kind = super::generator::gen_kind(&Value::Obj(g.clone()));
                let async_stop = kind == Some(super::generator::GenKind::AsyncGenerator)
                    && self.err_matches(&err, ExcKind::StopAsyncIteration);
                if async_stop || self.err_matches(&err, ExcKind::StopIteration) {
                    let what = kind.map_or("generator", |k| k.name());
                    let e2 = self.new_exc(
                        ExcKind::RuntimeError,
                        if async_stop {
                            format!("{what} raised StopAsyncIteration")
                        } else {
                            format!("{what} raised StopIteration")
                        },
                    );
                    if let Payload::Exception(x) = e2.0.payload() {
                        x.cause.replace(err.value());
                        x.context.replace(err.value());
                        x.suppress_context.set(true);
                    }
                    err = e2;
                }
            }
            // The traceback keeps the frame's locals alive (CPython's
            // `tb_frame`), so their `__del__` runs when the exception goes.
            if let Payload::Exception(x) = err.0.payload() {
                if let Some(Payload::Traceback(tb)) = x.traceback.get().payload() {
                    tb.locals.get_mut().extend(f.fast.drain(..).flatten());
                }
            }
            self.recycle(f);
            if resume == Resume::Entry {
                return Err(err);
            }
        }
    }

    /// Runs queued `__del__` methods.
    #[cold]
    pub(crate) fn run_finalizers(&mut self) {
        let q = &self.interp().del_queue;
        let gc = &self.interp().gc;
        if gc.requested.get() && !gc.collecting.get() && !self.is_stopped() {
            self.gc_collect(gc.wants_full());
        }
        loop {
            let next = q.pending.borrow_mut().pop();
            let Some(obj) = next else { break };
            self.finalize_object(&obj);
        }
        q.flag.set(!q.pending.borrow().is_empty());
    }

    /// Runs an object's finaliser once: an instance's `__del__`, or
    /// `close()` for a generator suspended in `try`/`with`. Errors are
    /// reported as unraisable, as CPython does.
    fn finalize_object(&mut self, obj: &ObjRef) {
        match obj.payload() {
            Payload::Instance(i) => {
                if i.finalized.replace(true) || self.is_stopped() {
                    return;
                }
                let v = Value::Obj(obj.clone());
                if let Some(del) = self.lookup_special(&v, "__del__") {
                    if let Err(e) = self.call(&del, Args::new(core::slice::from_ref(&v))) {
                        self.write_unraisable(None, &del, &e);
                    }
                }
            }
            Payload::Generator(g) => {
                if g.finalized.replace(true) || self.is_stopped() {
                    return;
                }
                if let Err(e) = self.gen_close(obj) {
                    self.write_unraisable(None, &Value::Obj(obj.clone()), &e);
                }
            }
            _ => {}
        }
    }

    /// Runs a cycle collection (all generations when `full`) and returns the
    /// number of unreachable objects it found. Their `__del__` methods run
    /// here, once each.
    pub fn gc_collect(&mut self, full: bool) -> usize {
        let gc = &self.interp().gc;
        gc.collect(full, &mut |objs| {
            for o in objs {
                self.finalize_object(o);
            }
        })
    }

    /// Reports an error nobody can catch (a finaliser's, `obj` being the
    /// `__del__` function or the generator): through `sys.unraisablehook`
    /// when the program set one, else as CPython's default hook does.
    /// `err_msg` replaces the default "Exception ignored in".
    pub(crate) fn write_unraisable(&mut self, err_msg: Option<&str>, obj: &Value, e: &PyErr) {
        if self.is_stopped() {
            return;
        }
        use crate::builtins::sys;
        let hook = crate::builtins::sys_attr(self, "unraisablehook");
        let custom = match &hook {
            Some(Value::None) | None => false,
            Some(Value::Obj(o)) => match o.payload() {
                Payload::Native(n) => n.name != "unraisablehook" || n.bound.is_some(),
                _ => true,
            },
            Some(_) => true,
        };
        let exc = e.value();
        match hook.filter(|_| custom) {
            None => sys::write_unraisable(self, err_msg, obj, &exc),
            Some(hook) => {
                let class = crate::builtins::new_helper_class(self, "UnraisableHookArgs", "sys");
                let args = crate::builtins::new_helper_instance(self, &class);
                if let Some(d) = crate::builtins::dict_of(&args) {
                    let tb = match e.0.payload() {
                        Payload::Exception(x) => x.traceback.get().clone(),
                        _ => Value::None,
                    };
                    let fields = [
                        ("exc_type", Value::Obj(self.type_of(&exc))),
                        ("exc_value", exc.clone()),
                        ("exc_traceback", tb),
                        ("err_msg", err_msg.map_or(Value::None, |m| self.new_str(m))),
                        ("object", obj.clone()),
                    ];
                    for (name, v) in fields {
                        self.dict_set_str(&d, name, v);
                    }
                }
                if let Err(e2) = self.call(&hook, Args::new(core::slice::from_ref(&args))) {
                    let msg = "Exception ignored in sys.unraisablehook";
                    sys::write_unraisable(self, Some(msg), &hook, &e2.value());
                }
            }
        }
    }

    /// The eval loop. Runs until the innermost `Resume::Entry` frame returns
    /// (`(value, false)`) or yields (`(value, true)`). `pending` raises an
    /// exception into the top frame first (generator `throw`).
    pub(crate) fn run(&mut self, mut pending: Option<PyErr>) -> PyResult<(Value, bool)> {
        'frame: loop {
            if let Err(e) = self.poll_gil(1) {
                pending.get_or_insert(e);
            }
            if let Some(e) = pending.take() {
                self.set_context(&e, false);
                match self.unwind(e, false) {
                    Ok(()) => continue 'frame,
                    Err(e) => return Err(e),
                }
            }
            let Some(fi) = self.eval.frames.len().checked_sub(1) else {
                return Err(self.new_exc(ExcKind::SystemError, "no frame to run"));
            };
            let code_ref = self.eval.frames[fi].code.clone();
            let Payload::Code(code) = code_ref.payload() else {
                return Err(self.new_exc(ExcKind::SystemError, "frame without code"));
            };
            let instrs: &[Instr] = &code.instrs;
            let fp: *mut Frame = &mut *self.eval.frames[fi];
            // SAFETY (for the `fp` dereference below): `fp` points into the
            // boxed frame at `frames[fi]`. Boxes do not move when the frame
            // vector grows, and that frame stays on the stack until this loop
            // itself pops it (return, yield, unwind), after which it
            // `continue`s 'frame (deriving a new `fp`) or returns. Nested
            // loops started by native code push and pop only frames above
            // it. Each use makes a short-lived reference that ends before any
            // call back into the VM, as borrows of `self.eval.frames[fi]` did.
            let mut pc = unsafe { (*fp).pc } as usize;
            let del_flag: &core::cell::Cell<bool> = &self.interp().del_queue.flag;

            macro_rules! fr {
                () => {
                    // SAFETY: see `fp` above.
                    unsafe { &mut *fp }
                };
            }
            macro_rules! push {
                ($v:expr) => {{
                    let v = $v;
                    fr!().stack.push(v)
                }};
            }
            macro_rules! pop {
                () => {
                    fr!().stack.pop().unwrap_or(Value::None)
                };
            }
            // A test result: when the next instruction is a conditional
            // `POP_JUMP_IF_*`, branch right away (no bool pushed, no
            // dispatch); otherwise push the bool.
            macro_rules! push_test {
                ($b:expr) => {{
                    let b: bool = $b;
                    match instrs.get(pc) {
                        Some(nx) if nx.op == Op::PopJumpIfFalse => {
                            pc = if b { pc + 1 } else { nx.arg as usize };
                        }
                        Some(nx) if nx.op == Op::PopJumpIfTrue => {
                            pc = if b { nx.arg as usize } else { pc + 1 };
                        }
                        _ => push!(Value::Bool(b)),
                    }
                }};
            }

            loop {
                if del_flag.get() {
                    fr!().pc = pc as u32;
                    self.run_finalizers();
                }
                let Some(&ins) = instrs.get(pc) else {
                    return Err(
                        self.new_exc(ExcKind::SystemError, "instruction index out of range")
                    );
                };
                pc += 1;
                let arg = ins.arg;
                let mut skip_tb = false;
                let res: PyResult<()> = match ins.op {
                    Op::Nop => Ok(()),
                    Op::PopTop => {
                        let v = pop!();
                        drop(v);
                        Ok(())
                    }
                    Op::Copy => {
                        let st = &mut fr!().stack;
                        let v = st
                            .get(st.len().wrapping_sub(arg as usize))
                            .cloned()
                            .unwrap_or(Value::None);
                        st.push(v);
                        Ok(())
                    }
                    Op::Swap => {
                        let st = &mut fr!().stack;
                        let n = st.len();
                        if (arg as usize) <= n && arg > 0 {
                            st.swap(n - 1, n - arg as usize);
                        }
                        Ok(())
                    }
                    Op::Rotate => {
                        let st = &mut fr!().stack;
                        let (n, k) = (st.len(), arg as usize);
                        if k >= 2 && k <= n {
                            st[n - k..].rotate_right(1);
                        }
                        Ok(())
                    }
                    Op::LoadConst => {
                        push!(code
                            .consts
                            .get(arg as usize)
                            .cloned()
                            .unwrap_or(Value::None));
                        Ok(())
                    }
                    Op::LoadFast => match fr!().fast.get(arg as usize) {
                        Some(Some(v)) => {
                            let v = v.clone();
                            push!(v);
                            // Common pairs run without a second dispatch.
                            if let Some(nx) = instrs.get(pc) {
                                if nx.op == Op::LoadConst {
                                    if let Some(c) = code.consts.get(nx.arg as usize) {
                                        push!(c.clone());
                                        pc += 1;
                                    }
                                } else if nx.op == Op::LoadFast {
                                    if let Some(Some(v)) = fr!().fast.get(nx.arg as usize) {
                                        let v = v.clone();
                                        push!(v);
                                        pc += 1;
                                    }
                                }
                            }
                            Ok(())
                        }
                        _ => Err(self.unbound_local(code, arg)),
                    },
                    Op::StoreFast => {
                        let v = pop!();
                        if let Some(slot) = fr!().fast.get_mut(arg as usize) {
                            let old = slot.replace(v);
                            drop(old);
                        }
                        Ok(())
                    }
                    Op::DeleteFast => match fr!().fast.get_mut(arg as usize).and_then(|s| s.take())
                    {
                        Some(v) => {
                            drop(v);
                            Ok(())
                        }
                        None => Err(self.unbound_local(code, arg)),
                    },
                    Op::LoadDeref => {
                        let slot = code.varnames.len() + arg as usize;
                        match self.cell_get(fi, slot) {
                            Some(v) => {
                                push!(v);
                                Ok(())
                            }
                            None => Err(self.unbound_deref(code, arg)),
                        }
                    }
                    Op::StoreDeref => {
                        let v = pop!();
                        let slot = code.varnames.len() + arg as usize;
                        self.cell_set(fi, slot, Some(v));
                        Ok(())
                    }
                    Op::DeleteDeref => {
                        let slot = code.varnames.len() + arg as usize;
                        if self.cell_get(fi, slot).is_none() {
                            Err(self.unbound_deref(code, arg))
                        } else {
                            self.cell_set(fi, slot, None);
                            Ok(())
                        }
                    }
                    Op::LoadClosure => {
                        let slot = code.varnames.len() + arg as usize;
                        let v = fr!()
                            .fast
                            .get(slot)
                            .cloned()
                            .flatten()
                            .unwrap_or(Value::None);
                        push!(v);
                        Ok(())
                    }
                    Op::LoadClassDeref => self.op_load_class_deref(fi, code, arg),
                    Op::LoadName => {
                        let hit = match code.caches.get(pc - 1) {
                            Some(ic) => self.load_name_cached(fr!(), code, ic, arg),
                            None => None,
                        };
                        match hit {
                            Some(v) => {
                                push!(v);
                                Ok(())
                            }
                            None => self.op_load_name(fi, code, arg),
                        }
                    }
                    Op::StoreName => {
                        let v = pop!();
                        match code.caches.get(pc - 1) {
                            Some(ic) => match self.store_name_cached(fr!(), code, ic, arg, v) {
                                Ok(()) => Ok(()),
                                Err(v) => {
                                    let r = self.op_store_name(fi, code, arg, v);
                                    if r.is_ok() {
                                        self.store_name_fill(fr!(), code, ic, arg);
                                    }
                                    r
                                }
                            },
                            None => self.op_store_name(fi, code, arg, v),
                        }
                    }
                    Op::DeleteName => self.op_delete_name(fi, code, arg),
                    Op::LoadGlobal => {
                        let found = match code.caches.get(pc - 1) {
                            Some(ic) => self.load_global_cached(fr!(), code, ic, arg),
                            None => None,
                        };
                        match found {
                            Some(v) => {
                                push!(v);
                                Ok(())
                            }
                            None => Err(self.name_not_defined(code, arg)),
                        }
                    }
                    Op::StoreGlobal => {
                        let v = pop!();
                        let g = fr!().globals.clone();
                        self.dict_store(&g, &code.names[arg as usize], v)
                    }
                    Op::DeleteGlobal => {
                        let g = fr!().globals.clone();
                        let name = &code.names[arg as usize];
                        self.dict_delete(&g, name).and_then(|found| {
                            if found {
                                Ok(())
                            } else {
                                Err(self.new_exc(
                                    ExcKind::NameError,
                                    format!(
                                        "name '{}' is not defined",
                                        name.payload_str().unwrap_or("")
                                    ),
                                ))
                            }
                        })
                    }
                    Op::LoadAttr => {
                        let o = pop!();
                        let name = &code.names[arg as usize];
                        let r = match code.caches.get(pc - 1) {
                            Some(ic) => self.load_attr_cached(&o, name, ic),
                            None => self.getattr(&o, name),
                        };
                        match r {
                            Ok(v) => {
                                push!(v);
                                Ok(())
                            }
                            Err(e) => Err(e),
                        }
                    }
                    Op::StoreAttr => {
                        let o = pop!();
                        let v = pop!();
                        let name = &code.names[arg as usize];
                        match code.caches.get(pc - 1) {
                            Some(ic) => self.store_attr_cached(&o, name, v, ic),
                            None => self.setattr(&o, name, v),
                        }
                    }
                    Op::DeleteAttr => {
                        let o = pop!();
                        self.delattr(&o, &code.names[arg as usize])
                    }
                    Op::LoadMethod => {
                        let name = &code.names[arg as usize];
                        let cached = match (fr!().stack.last(), code.caches.get(pc - 1)) {
                            (Some(o), Some(ic)) => self.load_method_cached(o, name, ic),
                            _ => None,
                        };
                        match cached {
                            Some(m) => {
                                let st = &mut fr!().stack;
                                let n = st.len();
                                // `obj -- meth obj`
                                st.push(m);
                                st.swap(n - 1, n);
                                Ok(())
                            }
                            None => self.op_load_method(fi, name),
                        }
                    }
                    Op::PushNull => {
                        push!(self.null());
                        Ok(())
                    }
                    Op::KwNames => {
                        fr!().kwnames = code
                            .consts
                            .get(arg as usize)
                            .and_then(|v| v.as_obj().cloned());
                        Ok(())
                    }
                    Op::Call => {
                        fr!().pc = pc as u32;
                        match self.op_call(fi, arg as usize) {
                            Ok(true) => continue 'frame,
                            Ok(false) => Ok(()),
                            Err(e) => Err(e),
                        }
                    }
                    Op::CallFunctionEx => {
                        fr!().pc = pc as u32;
                        self.op_call_ex(fi, arg)
                    }
                    Op::BinaryOp | Op::InplaceOp => {
                        let st = &mut fr!().stack;
                        let n = st.len();
                        let fast = if n >= 2 {
                            num_binop(arg, &st[n - 2], &st[n - 1])
                        } else {
                            None
                        };
                        match fast {
                            Some(v) => {
                                st.truncate(n - 2);
                                st.push(v);
                                Ok(())
                            }
                            None => {
                                let b = pop!();
                                let a = pop!();
                                let op = BINOPS.get(arg as usize).copied().unwrap_or(BinOp::Add);
                                let r = if ins.op == Op::BinaryOp {
                                    self.binary_op(&a, &b, op)
                                } else {
                                    self.inplace_op(&a, &b, op)
                                };
                                r.map(|v| push!(v))
                            }
                        }
                    }
                    Op::CompareOp => {
                        let st = &mut fr!().stack;
                        let n = st.len();
                        let fast = if n >= 2 {
                            fast_compare(arg, &st[n - 2], &st[n - 1])
                        } else {
                            None
                        };
                        match fast {
                            Some(b) => {
                                st.truncate(n - 2);
                                push_test!(b);
                                Ok(())
                            }
                            None => {
                                let b = pop!();
                                let a = pop!();
                                let op = CMPOPS.get(arg as usize).copied().unwrap_or(CmpOp::Eq);
                                self.compare(&a, &b, op).map(|v| push!(v))
                            }
                        }
                    }
                    Op::IsOp => {
                        let b = pop!();
                        let a = pop!();
                        let r = a.is(&b) != (arg == 1);
                        drop((a, b));
                        push_test!(r);
                        Ok(())
                    }
                    Op::ContainsOp => {
                        let b = pop!();
                        let a = pop!();
                        match self.contains(&b, &a) {
                            Ok(r) => {
                                drop((a, b));
                                push_test!(r != (arg == 1));
                                Ok(())
                            }
                            Err(e) => Err(e),
                        }
                    }
                    Op::UnaryNegative => {
                        let a = pop!();
                        let r = match a {
                            Value::Int(i) if i != i64::MIN => Ok(Value::Int(-i)),
                            Value::Float(f) => Ok(Value::Float(-f)),
                            _ => self.unary_op(&a, UnaryOp::USub),
                        };
                        r.map(|v| push!(v))
                    }
                    Op::UnaryPositive => {
                        let a = pop!();
                        self.unary_op(&a, UnaryOp::UAdd).map(|v| push!(v))
                    }
                    Op::UnaryInvert => {
                        let a = pop!();
                        let r = match a {
                            Value::Int(i) => Ok(Value::Int(!i)),
                            _ => self.unary_op(&a, UnaryOp::Invert),
                        };
                        r.map(|v| push!(v))
                    }
                    Op::UnaryNot => {
                        let a = pop!();
                        self.truth(&a).map(|t| push!(Value::Bool(!t)))
                    }
                    Op::BinarySubscr => {
                        let k = pop!();
                        let o = pop!();
                        self.subscr(&o, &k).map(|v| push!(v))
                    }
                    Op::StoreSubscr => {
                        let k = pop!();
                        let o = pop!();
                        let v = pop!();
                        self.store_subscr(&o, &k, v)
                    }
                    Op::DeleteSubscr => {
                        let k = pop!();
                        let o = pop!();
                        self.delitem(&o, &k)
                    }
                    Op::BuildSlice => {
                        let step = if arg == 3 { pop!() } else { Value::None };
                        let stop = pop!();
                        let start = pop!();
                        push!(Value::from_payload(Payload::Slice(
                            crate::object::slice::SliceObj { start, stop, step }
                        )));
                        Ok(())
                    }
                    Op::BuildTuple => {
                        let st = &mut fr!().stack;
                        let at = st.len().saturating_sub(arg as usize);
                        let items = st.split_off(at);
                        let t = self.new_tuple(items);
                        push!(t);
                        Ok(())
                    }
                    Op::BuildList => {
                        let st = &mut fr!().stack;
                        let at = st.len().saturating_sub(arg as usize);
                        let items = st.split_off(at);
                        let l = self.new_list(items);
                        push!(l);
                        Ok(())
                    }
                    Op::BuildSet => self.op_build_set(fi, arg as usize),
                    Op::BuildMap => self.op_build_map(fi, arg as usize),
                    Op::BuildString => self.op_build_string(fi, arg as usize),
                    Op::ListAppend => {
                        let v = pop!();
                        let st = &fr!().stack;
                        match st
                            .get(st.len().wrapping_sub(arg as usize))
                            .and_then(|l| l.payload())
                        {
                            Some(Payload::List(l)) => {
                                l.items.get_mut().push(v);
                                Ok(())
                            }
                            _ => {
                                Err(self
                                    .new_exc(ExcKind::SystemError, "LIST_APPEND without a list"))
                            }
                        }
                    }
                    Op::SetAdd
                    | Op::MapAdd
                    | Op::ListExtend
                    | Op::SetUpdate
                    | Op::DictUpdate
                    | Op::DictMerge => self.op_container_add(fi, ins.op, arg as usize),
                    Op::ListToTuple => {
                        let l = pop!();
                        let items = match l.payload() {
                            Some(Payload::List(l)) => l.items.get().clone(),
                            _ => Vec::new(),
                        };
                        push!(self.new_tuple(items));
                        Ok(())
                    }
                    Op::UnpackSequence => self.op_unpack(fi, arg as usize),
                    Op::UnpackEx => {
                        self.op_unpack_ex(fi, (arg & 0xff) as usize, (arg >> 8) as usize)
                    }
                    Op::FormatValue => {
                        let spec = if arg & 4 != 0 { Some(pop!()) } else { None };
                        let v = pop!();
                        self.op_format(&v, arg & 3, spec).map(|s| push!(s))
                    }
                    Op::GetIter => {
                        let v = pop!();
                        self.get_iter(v).map(|it| push!(it))
                    }
                    Op::ForIter => {
                        let step = match fr!().stack.last() {
                            Some(it) => fast_next(it),
                            None => Step::Done,
                        };
                        match step {
                            Step::Next(v) => {
                                push!(v);
                                Ok(())
                            }
                            Step::Done => {
                                let it = pop!();
                                drop(it);
                                pc = arg as usize;
                                Ok(())
                            }
                            Step::Slow => {
                                let it = fr!().stack.last().cloned().unwrap_or(Value::None);
                                if let Some(Payload::Generator(_)) = it.payload() {
                                    fr!().pc = pc as u32;
                                    match self.gen_push(&it, Value::None, Resume::ForIter(arg)) {
                                        Ok(true) => continue 'frame,
                                        Ok(false) => {
                                            let it = pop!();
                                            drop(it);
                                            pc = arg as usize;
                                            Ok(())
                                        }
                                        Err(e) => Err(e),
                                    }
                                } else {
                                    match self.next(&it) {
                                        Ok(Some(v)) => {
                                            push!(v);
                                            Ok(())
                                        }
                                        Ok(None) => {
                                            let it = pop!();
                                            drop(it);
                                            pc = arg as usize;
                                            Ok(())
                                        }
                                        Err(e) => Err(e),
                                    }
                                }
                            }
                        }
                    }
                    Op::Jump => {
                        pc = arg as usize;
                        Ok(())
                    }
                    Op::JumpBackward => {
                        // Poll first, so an interrupt is raised at the jump.
                        let body = pc.saturating_sub(arg as usize) as u32;
                        let r = self.poll_gil(body);
                        if r.is_ok() {
                            pc = arg as usize;
                        }
                        r
                    }
                    Op::PopJumpIfFalse | Op::PopJumpIfTrue => {
                        let v = pop!();
                        let t = match v {
                            Value::Bool(b) => Ok(b),
                            Value::None => Ok(false),
                            Value::Int(i) => Ok(i != 0),
                            _ => self.truth(&v),
                        };
                        match t {
                            Ok(t) => {
                                if t == (ins.op == Op::PopJumpIfTrue) {
                                    pc = arg as usize;
                                }
                                Ok(())
                            }
                            Err(e) => Err(e),
                        }
                    }
                    Op::JumpIfFalseOrPop | Op::JumpIfTrueOrPop => {
                        let v = fr!().stack.last().cloned().unwrap_or(Value::None);
                        match self.truth(&v) {
                            Ok(t) => {
                                if t == (ins.op == Op::JumpIfTrueOrPop) {
                                    pc = arg as usize;
                                } else {
                                    let v = pop!();
                                    drop(v);
                                }
                                Ok(())
                            }
                            Err(e) => Err(e),
                        }
                    }
                    Op::ReturnValue => {
                        let v = pop!();
                        let Some(mut f) = self.pop_frame() else {
                            return Ok((v, false));
                        };
                        if let Some(g) = f.gen.take() {
                            super::generator::finish(&g);
                        }
                        let resume = f.resume;
                        self.recycle(f);
                        match resume {
                            Resume::Entry => return Ok((v, false)),
                            Resume::Normal => self.push_top(v),
                            Resume::ForIter(t) => {
                                let it = self.pop_top();
                                drop(it);
                                self.set_top_pc(t);
                            }
                            Resume::Send(t) => {
                                let sub = self.pop_top();
                                drop(sub);
                                self.push_top(v);
                                self.set_top_pc(t);
                            }
                            Resume::Init => {
                                if !matches!(v, Value::None) {
                                    let inst = self.pop_top();
                                    drop(inst);
                                    pending = Some(self.type_error(format!(
                                        "__init__() should return None, not '{}'",
                                        self.type_name(&v)
                                    )));
                                }
                            }
                        }
                        continue 'frame;
                    }
                    Op::YieldValue => {
                        let v = pop!();
                        fr!().pc = pc as u32;
                        let Some(mut f) = self.eval.frames.pop() else {
                            return Ok((v, true));
                        };
                        self.depth = self.depth.saturating_sub(1);
                        let base = (f.handled_base as usize).min(self.handled.len());
                        let saved: Vec<Value> = if base == self.handled.len() {
                            Vec::new()
                        } else {
                            self.handled.drain(base..).collect()
                        };
                        let resume = f.resume;
                        match f.gen.take() {
                            Some(g) => {
                                super::generator::set_wrapped(&g, arg == 2);
                                super::generator::suspend(&g, f, saved)
                            }
                            None => self.recycle(f),
                        }
                        match resume {
                            Resume::Entry => return Ok((v, true)),
                            _ => self.push_top(v),
                        }
                        continue 'frame;
                    }
                    Op::GetYieldFromIter => {
                        let v = pop!();
                        let r = if matches!(v.payload(), Some(Payload::Generator(g)) if g.kind == super::generator::GenKind::Generator)
                        {
                            Ok(v)
                        } else if matches!(v.payload(), Some(Payload::Generator(g)) if g.kind == super::generator::GenKind::Coroutine)
                        {
                            Err(self.type_error("cannot 'yield from' a coroutine object in a non-coroutine generator"))
                        } else {
                            self.iter(&v)
                        };
                        r.map(|it| push!(it))
                    }
                    Op::Send => {
                        fr!().pc = pc as u32;
                        match self.op_send(fi, arg) {
                            Ok(Some(new_pc)) => {
                                pc = new_pc;
                                Ok(())
                            }
                            Ok(None) => continue 'frame,
                            Err(e) => Err(e),
                        }
                    }
                    Op::MakeFunction => self.op_make_function(fi, arg),
                    Op::LoadBuildClass => {
                        let b = fr!().builtins.clone();
                        match b.payload() {
                            Payload::Dict(d) => {
                                match d.get_str("__build_class__") {
                                    Some(v) => {
                                        push!(v);
                                        Ok(())
                                    }
                                    None => Err(self
                                        .new_exc(ExcKind::NameError, "__build_class__ not found")),
                                }
                            }
                            _ => Err(self.new_exc(ExcKind::NameError, "__build_class__ not found")),
                        }
                    }
                    Op::SetupAnnotations => self.op_setup_annotations(fi),
                    Op::StoreAnnotation => {
                        let v = pop!();
                        self.op_store_annotation(fi, code, arg, v)
                    }
                    Op::GetLen => {
                        let v = fr!().stack.last().cloned().unwrap_or(Value::None);
                        self.len(&v).map(|n| push!(Value::Int(n as i64)))
                    }
                    Op::MatchSequence | Op::MatchMapping => {
                        let v = fr!().stack.last().cloned().unwrap_or(Value::None);
                        let b = if ins.op == Op::MatchSequence {
                            self.match_is_sequence(&v)
                        } else {
                            self.match_is_mapping(&v)
                        };
                        push_test!(b);
                        Ok(())
                    }
                    Op::MatchKeys => {
                        let st = &fr!().stack;
                        let n = st.len();
                        let (subj, keys) = match (st.get(n.wrapping_sub(2)), st.last()) {
                            (Some(a), Some(b)) => (a.clone(), b.clone()),
                            _ => (Value::None, Value::None),
                        };
                        self.match_keys(&subj, &keys).map(|v| push!(v))
                    }
                    Op::MatchClass => {
                        let names = pop!();
                        let cls = pop!();
                        let subj = pop!();
                        self.match_class(&subj, &cls, arg as usize, &names)
                            .map(|v| push!(v))
                    }
                    Op::GetAwaitable => {
                        let v = pop!();
                        self.get_awaitable(v, arg).map(|it| push!(it))
                    }
                    Op::GetAiter => {
                        let v = pop!();
                        self.get_aiter(v).map(|it| push!(it))
                    }
                    Op::GetAnext => {
                        let it = fr!().stack.last().cloned().unwrap_or(Value::None);
                        self.get_anext(&it).map(|aw| push!(aw))
                    }
                    Op::EndAsyncFor => {
                        let exc = pop!();
                        let stop = match &exc {
                            Value::Obj(o) => {
                                self.err_matches(&PyErr(o.clone()), ExcKind::StopAsyncIteration)
                            }
                            _ => false,
                        };
                        if stop {
                            let it = pop!();
                            drop(it);
                            fr!().blocks.pop();
                            let h = self.handled.pop();
                            drop((h, exc));
                            Ok(())
                        } else {
                            skip_tb = true;
                            match exc {
                                Value::Obj(o) => Err(PyErr(o)),
                                _ => Err(self.new_exc(
                                    ExcKind::SystemError,
                                    "END_ASYNC_FOR without an exception",
                                )),
                            }
                        }
                    }
                    Op::BeforeAsyncWith => {
                        let mgr = pop!();
                        self.before_async_with(mgr).map(|(exit, r)| {
                            push!(exit);
                            push!(r);
                        })
                    }
                    Op::ImportName => {
                        let fromlist = pop!();
                        let level = pop!();
                        let lv = match level {
                            Value::Int(i) => i as u32,
                            _ => 0,
                        };
                        let name = code
                            .names
                            .get(arg as usize)
                            .and_then(|n| n.payload_str())
                            .unwrap_or("");
                        self.import_module(name, &fromlist, lv).map(|m| push!(m))
                    }
                    Op::ImportFrom => {
                        let m = fr!().stack.last().cloned().unwrap_or(Value::None);
                        self.import_from(&m, &code.names[arg as usize])
                            .map(|v| push!(v))
                    }
                    Op::ImportStar => {
                        let m = pop!();
                        self.op_import_star(fi, &m)
                    }
                    Op::RaiseVarargs => {
                        let e = self.op_raise(fi, arg);
                        if arg == 0 {
                            skip_tb = true;
                        }
                        Err(e)
                    }
                    Op::Reraise => {
                        let v = pop!();
                        skip_tb = true;
                        match v {
                            Value::Obj(o) if matches!(o.payload(), Payload::Exception(_)) => {
                                Err(PyErr(o))
                            }
                            _ => {
                                Err(self
                                    .new_exc(ExcKind::SystemError, "RERAISE without an exception"))
                            }
                        }
                    }
                    Op::SetupFinally | Op::SetupWith => {
                        let f = &mut fr!();
                        let mut level = f.stack.len() as u32;
                        if ins.op == Op::SetupWith {
                            level = level.saturating_sub(1);
                        }
                        f.blocks.push(Block {
                            kind: BlockKind::Setup,
                            handler: arg,
                            level,
                        });
                        Ok(())
                    }
                    Op::PopBlock => {
                        fr!().blocks.pop();
                        Ok(())
                    }
                    Op::PopExcept => {
                        fr!().blocks.pop();
                        let h = self.handled.pop();
                        drop(h);
                        Ok(())
                    }
                    Op::CheckExcMatch => {
                        // The code generator COPYs the exception first, so
                        // both operands are consumed here.
                        let ty = pop!();
                        let exc = pop!();
                        self.exc_matches(&exc, &ty).map(|b| push!(Value::Bool(b)))
                    }
                    Op::BeforeWith => self.op_before_with(fi),
                    Op::WithExitNormal => {
                        let exit = pop!();
                        let args = [Value::None, Value::None, Value::None];
                        self.call(&exit, Args::new(&args)).map(drop)
                    }
                    Op::WithExceptStart => {
                        let st = &fr!().stack;
                        let n = st.len();
                        let (exit, exc) = if n >= 2 {
                            (st[n - 2].clone(), st[n - 1].clone())
                        } else {
                            (Value::None, Value::None)
                        };
                        let ty = Value::Obj(self.type_of(&exc));
                        let tb = match exc.payload() {
                            Some(Payload::Exception(x)) => x.traceback.get().clone(),
                            _ => Value::None,
                        };
                        let args = [ty, exc, tb];
                        self.call(&exit, Args::new(&args)).map(|r| push!(r))
                    }
                    Op::LoadAssertionError => {
                        push!(Value::Obj(
                            self.interp().exc_type(ExcKind::AssertionError).clone()
                        ));
                        Ok(())
                    }
                    Op::PrintExpr => {
                        let v = pop!();
                        self.op_print_expr(v)
                    }
                    Op::LoadLocals => {
                        let l = fr!().locals.clone();
                        match l {
                            Some(l) => {
                                push!(Value::Obj(l));
                                Ok(())
                            }
                            None => Err(self.new_exc(ExcKind::SystemError, "no locals found")),
                        }
                    }
                };
                if let Err(e) = res {
                    fr!().pc = pc as u32;
                    if !skip_tb {
                        self.set_context(&e, false);
                    }
                    match self.unwind(e, skip_tb) {
                        Ok(()) => continue 'frame,
                        Err(e) => return Err(e),
                    }
                }
            }
        }
    }

    // ----- helpers used by the loop -----

    fn push_top(&mut self, v: Value) {
        if let Some(f) = self.eval.frames.last_mut() {
            f.stack.push(v);
        }
    }

    fn pop_top(&mut self) -> Value {
        self.eval
            .frames
            .last_mut()
            .and_then(|f| f.stack.pop())
            .unwrap_or(Value::None)
    }

    fn set_top_pc(&mut self, pc: u32) {
        if let Some(f) = self.eval.frames.last_mut() {
            f.pc = pc;
        }
    }

    /// `bool(v)` with fast paths.
    #[inline]
    pub(crate) fn truth(&mut self, v: &Value) -> PyResult<bool> {
        match v {
            Value::Bool(b) => Ok(*b),
            Value::None => Ok(false),
            Value::Int(i) => Ok(*i != 0),
            Value::Float(f) => Ok(*f != 0.0),
            Value::Obj(o) => match o.payload() {
                Payload::Str(s) => Ok(!s.as_str().is_empty()),
                Payload::List(l) => Ok(!l.items.get().is_empty()),
                Payload::Tuple(t) => Ok(!t.items().is_empty()),
                Payload::Dict(d) => Ok(!d.is_empty()),
                _ => self.truthy(v),
            },
        }
    }

    #[cold]
    fn unbound_local(&self, code: &CodeObject, arg: u32) -> PyErr {
        let name = code
            .varnames
            .get(arg as usize)
            .and_then(|n| n.payload_str())
            .unwrap_or("?");
        self.new_exc(
            ExcKind::UnboundLocalError,
            format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ),
        )
    }

    #[cold]
    fn unbound_deref(&self, code: &CodeObject, arg: u32) -> PyErr {
        let i = arg as usize;
        let name = code
            .deref_name(i)
            .and_then(|n| n.payload_str())
            .unwrap_or("?");
        if i < code.cellvars.len() {
            self.new_exc(
                ExcKind::UnboundLocalError,
                format!(
                    "cannot access local variable '{name}' where it is not associated with a value"
                ),
            )
        } else {
            self.new_exc(
                ExcKind::NameError,
                format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
            )
        }
    }

    fn cell_get(&self, fi: usize, slot: usize) -> Option<Value> {
        match self.eval.frames[fi].fast.get(slot) {
            Some(Some(Value::Obj(c))) => match c.payload() {
                Payload::Cell(cell) => cell.value.get().clone(),
                _ => None,
            },
            _ => None,
        }
    }

    fn cell_set(&mut self, fi: usize, slot: usize, v: Option<Value>) {
        let old = match self.eval.frames[fi].fast.get(slot) {
            Some(Some(Value::Obj(c))) => match c.payload() {
                Payload::Cell(cell) => cell.value.replace(v),
                _ => None,
            },
            _ => None,
        };
        drop(old);
    }

    fn op_load_class_deref(&mut self, fi: usize, code: &CodeObject, arg: u32) -> PyResult<()> {
        let name = code.deref_name(arg as usize).cloned();
        if let (Some(name), Some(l)) = (&name, self.eval.frames[fi].locals.clone()) {
            if let Some(v) = self.mapping_get(&l, name)? {
                self.eval.frames[fi].stack.push(v);
                return Ok(());
            }
        }
        let slot = code.varnames.len() + arg as usize;
        match self.cell_get(fi, slot) {
            Some(v) => {
                self.eval.frames[fi].stack.push(v);
                Ok(())
            }
            None => Err(self.unbound_deref(code, arg)),
        }
    }

    fn mapping_get(&mut self, m: &ObjRef, name: &ObjRef) -> PyResult<Option<Value>> {
        match m.payload() {
            Payload::Dict(d) => Ok(d.get_by_name(name)),
            _ => {
                let k = Value::Obj(name.clone());
                match self.getitem(&Value::Obj(m.clone()), &k) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if self.err_matches(&e, ExcKind::KeyError) => Ok(None),
                    Err(e) => Err(e),
                }
            }
        }
    }

    fn op_load_name(&mut self, fi: usize, code: &CodeObject, arg: u32) -> PyResult<()> {
        let Some(name) = code.names.get(arg as usize).cloned() else {
            return Ok(());
        };
        let (locals, globals, builtins) = {
            let f = &self.eval.frames[fi];
            (f.locals.clone(), f.globals.clone(), f.builtins.clone())
        };
        if let Some(l) = locals {
            if let Some(v) = self.mapping_get(&l, &name)? {
                self.eval.frames[fi].stack.push(v);
                return Ok(());
            }
        }
        for d in [&globals, &builtins] {
            if let Payload::Dict(d) = d.payload() {
                if let Some(v) = d.get_by_name(&name) {
                    self.eval.frames[fi].stack.push(v);
                    return Ok(());
                }
            }
        }
        Err(self.name_not_defined(code, arg))
    }

    #[cold]
    fn name_not_defined(&self, code: &CodeObject, arg: u32) -> PyErr {
        let s = code
            .names
            .get(arg as usize)
            .and_then(|n| n.payload_str())
            .unwrap_or("");
        self.new_exc(ExcKind::NameError, format!("name '{s}' is not defined"))
    }

    fn dict_store(&mut self, d: &ObjRef, name: &ObjRef, v: Value) -> PyResult<()> {
        match d.payload() {
            Payload::Dict(dd) => {
                dd.set_str(name.clone(), v);
                Ok(())
            }
            _ => self.setitem(&Value::Obj(d.clone()), &Value::Obj(name.clone()), v),
        }
    }

    fn dict_delete(&mut self, d: &ObjRef, name: &ObjRef) -> PyResult<bool> {
        match d.payload() {
            Payload::Dict(dd) => {
                let old = dd
                    .table
                    .get_mut()
                    .remove_str(name.payload_str().unwrap_or(""));
                Ok(old.is_some())
            }
            _ => match self.delitem(&Value::Obj(d.clone()), &Value::Obj(name.clone())) {
                Ok(()) => Ok(true),
                Err(e) if self.err_matches(&e, ExcKind::KeyError) => Ok(false),
                Err(e) => Err(e),
            },
        }
    }

    fn op_store_name(&mut self, fi: usize, code: &CodeObject, arg: u32, v: Value) -> PyResult<()> {
        let f = &self.eval.frames[fi];
        let target = f.locals.clone().unwrap_or_else(|| f.globals.clone());
        self.dict_store(&target, &code.names[arg as usize], v)
    }

    fn op_delete_name(&mut self, fi: usize, code: &CodeObject, arg: u32) -> PyResult<()> {
        let f = &self.eval.frames[fi];
        let target = f.locals.clone().unwrap_or_else(|| f.globals.clone());
        let name = &code.names[arg as usize];
        if self.dict_delete(&target, name)? {
            Ok(())
        } else {
            Err(self.new_exc(
                ExcKind::NameError,
                format!("name '{}' is not defined", name.payload_str().unwrap_or("")),
            ))
        }
    }

    fn op_load_method(&mut self, fi: usize, name: &ObjRef) -> PyResult<()> {
        let obj = self.eval.frames[fi].stack.pop().unwrap_or(Value::None);
        let s = name.payload_str().unwrap_or("");
        let _ = s;
        let meth = self.lookup_method_fast(&obj, name);
        match meth {
            Some(m) => {
                let st = &mut self.eval.frames[fi].stack;
                st.push(m);
                st.push(obj);
            }
            None => {
                let v = self.getattr(&obj, name)?;
                let null = self.null();
                let st = &mut self.eval.frames[fi].stack;
                st.push(null);
                st.push(v);
            }
        }
        Ok(())
    }

    /// The `CALL` fast path: a plain Python function (or a bound method of
    /// one) with a simple positional signature, called positionally.
    /// Builds and pushes its frame without touching the callable's count;
    /// `None` when the call does not qualify (nothing was done).
    #[inline]
    fn call_simple(&mut self, fi: usize, argc: usize) -> Option<PyResult<bool>> {
        let caller: *mut Frame = &mut *self.eval.frames[fi];
        // SAFETY: `caller` is the boxed frame `frames[fi]`; it stays on the
        // frame stack (and its box in place) for this whole function. The
        // callable read from its stack stays alive (the stack holds it)
        // until the `truncate` below, after its last use.
        let cf = unsafe { &mut *caller };
        if cf.kwnames.is_some() {
            return None;
        }
        let n = cf.stack.len();
        let base = n.checked_sub(argc + 2)?;
        let null = &self.interp().null;
        let (callable, args_start) = match &cf.stack[base] {
            Value::Obj(o) if o.ptr_eq(null) => (&cf.stack[base + 1], base + 2),
            v => (v, base + 1),
        };
        // SAFETY: see `caller` above (the reference must not keep `cf`
        // borrowed across the stack mutation below).
        let callable: &Value = unsafe { &*(callable as *const Value) };
        let (fo, self_arg) = match callable.payload()? {
            Payload::Function(fo) => (fo, None),
            Payload::BoundMethod(bm) => match bm.func.payload()? {
                Payload::Function(fo) => (fo, Some(&bm.self_)),
                _ => return None,
            },
            _ => return None,
        };
        let Payload::Code(c) = fo.code.payload() else {
            return None;
        };
        let npos = n - args_start + usize::from(self_arg.is_some());
        let special = flags::VARARGS
            | flags::VARKEYWORDS
            | flags::GENERATOR
            | flags::COROUTINE
            | flags::ASYNC_GENERATOR;
        if c.flags & special != 0 || c.kwonlyargcount != 0 || npos != c.argcount as usize {
            return None;
        }
        let builtins = if cf.globals.ptr_eq(&fo.globals) {
            Some(&cf.builtins)
        } else {
            None
        };
        let mut frame = self.frame_for_call(&fo.code, c, &fo.globals, builtins);
        let skip = match self_arg {
            Some(s) => {
                if let Some(slot) = frame.fast.get_mut(0) {
                    *slot = Some(s.clone());
                }
                1
            }
            None => 0,
        };
        if let Some(slots) = frame.fast.get_mut(skip..) {
            for (slot, v) in slots.iter_mut().zip(cf.stack.drain(args_start..)) {
                *slot = Some(v);
            }
        }
        if !c.cell2arg.is_empty() || !fo.closure.is_empty() {
            self.init_cells(fo, c, &mut frame);
        }
        // The callable may be freed here: `fo` and `c` are not used after.
        cf.stack.truncate(base);
        Some(self.push_frame(frame).map(|()| true))
    }

    /// A frame for a Python-to-Python call; `builtins` is the caller's when
    /// the callee shares its globals.
    #[inline]
    fn frame_for_call(
        &mut self,
        code: &ObjRef,
        c: &CodeObject,
        globals: &ObjRef,
        builtins: Option<&ObjRef>,
    ) -> Box<Frame> {
        let Some(mut f) = self.eval.frame_pool.pop() else {
            return self.new_frame(code, c, globals, None);
        };
        if !f.code.ptr_eq(code) {
            f.code = code.clone();
        }
        f.globals = globals.clone();
        match builtins {
            Some(b) => {
                if !f.builtins.ptr_eq(b) {
                    f.builtins = b.clone();
                }
            }
            None => {
                let b = self.builtins_for(globals);
                if !f.builtins.ptr_eq(&b) {
                    f.builtins = b;
                }
            }
        }
        let n = c.nslots();
        if f.fast.len() != n {
            f.fast.resize(n, None);
        }
        let want = c.max_stack as usize;
        if f.stack.capacity() < want {
            f.stack.reserve(want);
        }
        f.pc = 0;
        f.resume = Resume::Normal;
        f.handled_base = 0;
        f
    }

    /// The `CALL` fast path for an unbound native function or method
    /// called positionally: runs it on a slice of the caller's stack.
    /// `None` when the call does not qualify (nothing was done).
    #[inline]
    fn call_native(&mut self, fi: usize, argc: usize) -> Option<PyResult<bool>> {
        let null = &self.interp().null;
        let f = &mut self.eval.frames[fi];
        if f.kwnames.is_some() {
            return None;
        }
        let n = f.stack.len();
        let base = n.checked_sub(argc + 2)?;
        let ci = match &f.stack[base] {
            Value::Obj(o) if o.ptr_eq(null) => base + 1,
            _ => base,
        };
        let (nf, owned) = match f.stack[ci].payload()? {
            Payload::Native(nf) if nf.bound.is_none() => (nf.f, nf.owner.is_some()),
            _ => return None,
        };
        // Instances of built-in subclasses need `native_self_fixup`.
        if owned {
            if let Some(Payload::Instance(i)) = f.stack.get(ci + 1).and_then(|v| v.payload()) {
                if !matches!(i.base, Value::None) {
                    return None;
                }
            }
        }
        // The callable stays on the taken stack (alive) during the call.
        let stack = core::mem::take(&mut f.stack);
        let r = nf(self, Args::new(&stack[ci + 1..]));
        let mut stack = stack;
        stack.truncate(base);
        let f = &mut self.eval.frames[fi];
        let empty = core::mem::replace(&mut f.stack, stack);
        drop(empty);
        Some(r.map(|v| {
            self.gc_track(&v);
            self.eval.frames[fi].stack.push(v);
            false
        }))
    }

    /// `CALL argc`: returns true when a Python frame was pushed.
    fn op_call(&mut self, fi: usize, argc: usize) -> PyResult<bool> {
        if let Some(r) = self.call_simple(fi, argc) {
            return r;
        }
        if let Some(r) = self.call_native(fi, argc) {
            return r;
        }
        let kwnames = self.eval.frames[fi].kwnames.take();
        let nkw = match kwnames.as_ref().map(|k| k.payload()) {
            Some(Payload::Tuple(t)) => t.items().len(),
            _ => 0,
        };
        let n = self.eval.frames[fi].stack.len();
        if n < argc + 2 {
            return Err(self.new_exc(ExcKind::SystemError, "stack underflow in CALL"));
        }
        let base = n - argc - 2;
        let (callable, args_start) = {
            let st = &self.eval.frames[fi].stack;
            if self.is_null(&st[base]) {
                (st[base + 1].clone(), base + 2)
            } else {
                (st[base].clone(), base + 1)
            }
        };
        let npos = n - args_start - nkw;
        // Python functions (also bound methods of them): push a frame.
        let (func, self_arg) = match callable.payload() {
            Some(Payload::Function(_)) => (callable.as_obj().cloned(), None),
            Some(Payload::BoundMethod(bm))
                if matches!(bm.func.payload(), Some(Payload::Function(_))) =>
            {
                (bm.func.as_obj().cloned(), Some(bm.self_.clone()))
            }
            _ => (None, None),
        };
        if let Some(func) = func {
            let mut stack = core::mem::take(&mut self.eval.frames[fi].stack);
            let kwn: &[Value] = match kwnames.as_ref().map(|k| k.payload()) {
                Some(Payload::Tuple(t)) => t.items(),
                _ => &[],
            };
            let r = {
                let mut it = stack.drain(args_start..);
                self.bind_frame(&func, self_arg, &mut it, npos, kwn)
            };
            stack.truncate(base);
            self.eval.frames[fi].stack = stack;
            let frame = r?;
            let Payload::Function(fo) = func.payload() else {
                return Ok(false);
            };
            if let Payload::Code(c) = fo.code.payload() {
                if c.is_generator() {
                    let g = super::generator::new_generator(self, frame, fo);
                    self.eval.frames[fi].stack.push(g);
                    return Ok(false);
                }
            }
            self.push_frame(frame)?;
            return Ok(true);
        }
        if nkw == 0 {
            if let Value::Obj(cls) = &callable {
                if matches!(cls.payload(), Payload::Type(_))
                    && self.call_class_fast(fi, cls, base, args_start, npos)?
                {
                    return Ok(true);
                }
            }
        }
        // Everything else: call with a slice of the value stack.
        let stack = core::mem::take(&mut self.eval.frames[fi].stack);
        let kw: Vec<(ObjRef, Value)> = match kwnames.as_ref().map(|k| k.payload()) {
            Some(Payload::Tuple(t)) => t
                .items()
                .iter()
                .zip(&stack[args_start + npos..])
                .filter_map(|(k, v)| k.as_obj().map(|k| (k.clone(), v.clone())))
                .collect(),
            _ => Vec::new(),
        };
        let r = self.call(
            &callable,
            Args::with_kw(&stack[args_start..args_start + npos], &kw),
        );
        drop(kw);
        let mut stack = stack;
        stack.truncate(base);
        let f = &mut self.eval.frames[fi];
        f.stack = stack;
        drop(callable);
        let v = r?;
        self.gc_track(&v);
        self.eval.frames[fi].stack.push(v);
        Ok(false)
    }

    /// `Cls(a, b)` for a plain Python class whose `__new__` is
    /// `object.__new__` and whose `__init__` is a simple Python function:
    /// allocates the instance, leaves it on the caller's stack and pushes the
    /// `__init__` frame (`Resume::Init` checks its result). False (nothing
    /// done) when the class does not qualify.
    fn call_class_fast(
        &mut self,
        fi: usize,
        cls: &ObjRef,
        base: usize,
        args_start: usize,
        npos: usize,
    ) -> PyResult<bool> {
        let Payload::Type(t) = cls.payload() else {
            return Ok(false);
        };
        if t.base_kind != BaseKind::Object
            || t.meta.get().is_some()
            || cls.ptr_eq(&self.types().object)
        {
            return Ok(false);
        }
        let (init_name, new_name) = match &self.eval.init_new_names {
            Some((i, n)) => (i.clone(), n.clone()),
            None => {
                let names = (self.intern("__init__"), self.intern("__new__"));
                self.eval.init_new_names = Some(names.clone());
                names
            }
        };
        let Some(init) = t.lookup_name(&init_name) else {
            return Ok(false);
        };
        let Some(Payload::Function(fo)) = init.payload() else {
            return Ok(false);
        };
        let Payload::Code(c) = fo.code.payload() else {
            return Ok(false);
        };
        let special = flags::VARARGS
            | flags::VARKEYWORDS
            | flags::GENERATOR
            | flags::COROUTINE
            | flags::ASYNC_GENERATOR;
        if c.flags & special != 0 || c.kwonlyargcount != 0 || npos + 1 != c.argcount as usize {
            return Ok(false);
        }
        let newf = t.lookup_name(&new_name);
        let objnew = match self.types().object.payload() {
            Payload::Type(ot) => ot.lookup_name(&new_name),
            _ => None,
        };
        match (newf, objnew) {
            (Some(Value::Obj(a)), Some(Value::Obj(b)))
                if a.ptr_eq(&b) && !t.has_flag(crate::object::class::flags::IS_ABSTRACT) => {}
            _ => return Ok(false),
        }
        let inst = alloc_instance(self, cls, Value::None)?;
        let cf = &self.eval.frames[fi];
        let builtins = if cf.globals.ptr_eq(&fo.globals) {
            Some(cf.builtins.clone())
        } else {
            None
        };
        let mut frame = self.frame_for_call(&fo.code, c, &fo.globals, builtins.as_ref());
        if let Some(slot) = frame.fast.get_mut(0) {
            *slot = Some(inst.clone());
        }
        let st = &mut self.eval.frames[fi].stack;
        if let Some(slots) = frame.fast.get_mut(1..) {
            for (slot, v) in slots.iter_mut().zip(st.drain(args_start..)) {
                *slot = Some(v);
            }
        }
        st.truncate(base);
        st.push(inst);
        if !c.cell2arg.is_empty() || !fo.closure.is_empty() {
            self.init_cells(fo, c, &mut frame);
        }
        frame.resume = Resume::Init;
        self.push_frame(frame)?;
        Ok(true)
    }

    fn op_call_ex(&mut self, fi: usize, arg: u32) -> PyResult<()> {
        let kwargs = if arg & 1 != 0 {
            Some(self.eval.frames[fi].stack.pop().unwrap_or(Value::None))
        } else {
            None
        };
        let args = self.eval.frames[fi].stack.pop().unwrap_or(Value::None);
        let f = self.eval.frames[fi].stack.pop().unwrap_or(Value::None);
        let first = self.eval.frames[fi].stack.pop().unwrap_or(Value::None);
        let (callable, self_arg) = if self.is_null(&first) {
            (f, None)
        } else {
            (first, Some(f))
        };
        let mut pos: Vec<Value> = Vec::new();
        if let Some(s) = self_arg {
            pos.push(s);
        }
        match args.payload() {
            Some(Payload::Tuple(t)) => pos.extend(t.items().iter().cloned()),
            _ => {
                // `f(*x)`: x comes unconverted (CPython's check_args_iterable).
                let items = match self.collect(&args) {
                    Ok(items) => items,
                    Err(e) => {
                        if self.err_matches(&e, ExcKind::TypeError)
                            && self.lookup_special(&args, "__iter__").is_none()
                            && self.lookup_special(&args, "__getitem__").is_none()
                        {
                            let fname = self.function_str(&callable);
                            let tn = self.type_name(&args);
                            return Err(self.type_error(format!(
                                "{fname} argument after * must be an iterable, not {tn}"
                            )));
                        }
                        return Err(e);
                    }
                };
                pos.extend(items);
            }
        }
        let mut kw: Vec<(ObjRef, Value)> = Vec::new();
        if let Some(k) = kwargs {
            if let Some(Payload::Dict(d)) = k.payload() {
                for (key, v) in d.items() {
                    match key {
                        Value::Obj(o) if matches!(o.payload(), Payload::Str(_)) => kw.push((o, v)),
                        _ => return Err(self.type_error("keywords must be strings")),
                    }
                }
            }
        }
        let r = self.call(&callable, Args::with_kw(&pos, &kw))?;
        self.eval.frames[fi].stack.push(r);
        Ok(())
    }

    fn subscr(&mut self, o: &Value, k: &Value) -> PyResult<Value> {
        match (o.payload(), k) {
            (Some(Payload::List(l)), Value::Int(i)) => {
                let items = l.items.get();
                let n = items.len() as i64;
                let j = if *i < 0 { *i + n } else { *i };
                if j >= 0 && j < n {
                    return Ok(items[j as usize].clone());
                }
                drop(items);
                Err(self.index_error("list index out of range"))
            }
            (Some(Payload::Tuple(t)), Value::Int(i)) => {
                let items = t.items();
                let n = items.len() as i64;
                let j = if *i < 0 { *i + n } else { *i };
                if j >= 0 && j < n {
                    return Ok(items[j as usize].clone());
                }
                Err(self.index_error("tuple index out of range"))
            }
            (Some(Payload::Dict(d)), _) if crate::object::dict::simple_eq(k, k).is_some() => {
                match d.get(self, k)? {
                    Some(v) => Ok(v),
                    None => self.getitem(o, k),
                }
            }
            _ => self.getitem(o, k),
        }
    }

    fn store_subscr(&mut self, o: &Value, k: &Value, v: Value) -> PyResult<()> {
        match (o.payload(), k) {
            (Some(Payload::List(l)), Value::Int(i)) => {
                let mut items = l.items.get_mut();
                let n = items.len() as i64;
                let j = if *i < 0 { *i + n } else { *i };
                if j >= 0 && j < n {
                    let old = core::mem::replace(&mut items[j as usize], v);
                    drop(items);
                    drop(old);
                    return Ok(());
                }
                drop(items);
                Err(self.index_error("list assignment index out of range"))
            }
            (Some(Payload::Dict(d)), Value::Int(_)) => d.set(self, k.clone(), v),
            (Some(Payload::Dict(d)), Value::Obj(ko)) if matches!(ko.payload(), Payload::Str(_)) => {
                d.set_str(ko.clone(), v);
                Ok(())
            }
            _ => self.setitem(o, k, v),
        }
    }

    /// `iter(v)` with fast paths for list, tuple, range and iterators.
    pub(crate) fn get_iter(&mut self, v: Value) -> PyResult<Value> {
        let t = self.types();
        if matches!(v.payload(), Some(Payload::List(_) | Payload::Tuple(_))) {
            return Ok(crate::object::iter::new_seq_iter(self, v));
        }
        let (ty, state) = match v.payload() {
            Some(Payload::Range(r)) => (
                t.range_iterator.clone(),
                IterState::Range {
                    next: r.start,
                    remaining: range_len(r.start, r.stop, r.step),
                    step: r.step,
                },
            ),
            Some(Payload::Generator(g)) if g.kind == super::generator::GenKind::Generator => {
                return Ok(v)
            }
            Some(Payload::Iter(_)) => return Ok(v),
            _ => return self.iter(&v),
        };
        Ok(Value::from_payload(Payload::Iter(IterObj {
            ty,
            state: PyCell::new(Some(state)),
        })))
    }

    fn op_build_set(&mut self, fi: usize, n: usize) -> PyResult<()> {
        let st = &mut self.eval.frames[fi].stack;
        let at = st.len().saturating_sub(n);
        let items = st.split_off(at);
        let set = Value::from_payload(Payload::Set(crate::object::set::SetObj::default()));
        for it in items {
            self.set_add(&set, it)?;
        }
        self.gc_track(&set);
        self.eval.frames[fi].stack.push(set);
        Ok(())
    }

    fn set_add(&mut self, set: &Value, item: Value) -> PyResult<()> {
        let h = self.hash(&item)?;
        let Some(Payload::Set(s)) = set.payload() else {
            return Ok(());
        };
        s.add_hashed(self, item, h)?;
        Ok(())
    }

    fn op_build_map(&mut self, fi: usize, n: usize) -> PyResult<()> {
        let st = &mut self.eval.frames[fi].stack;
        let at = st.len().saturating_sub(2 * n);
        let items = st.split_off(at);
        let d = self.new_dict();
        if let Some(Payload::Dict(dd)) = d.payload() {
            let mut it = items.into_iter();
            while let (Some(k), Some(v)) = (it.next(), it.next()) {
                dd.set(self, k, v)?;
            }
        }
        self.eval.frames[fi].stack.push(d);
        Ok(())
    }

    fn op_build_string(&mut self, fi: usize, n: usize) -> PyResult<()> {
        let st = &mut self.eval.frames[fi].stack;
        let at = st.len().saturating_sub(n);
        let items = st.split_off(at);
        let mut s = String::new();
        for it in &items {
            if let Some(t) = it.as_str() {
                s.push_str(t);
            }
        }
        let v = self.new_str(s);
        self.eval.frames[fi].stack.push(v);
        Ok(())
    }

    fn op_container_add(&mut self, fi: usize, op: Op, depth: usize) -> PyResult<()> {
        let (v, k) = if op == Op::MapAdd {
            let v = self.eval.frames[fi].stack.pop().unwrap_or(Value::None);
            let k = self.eval.frames[fi].stack.pop().unwrap_or(Value::None);
            (v, Some(k))
        } else {
            (
                self.eval.frames[fi].stack.pop().unwrap_or(Value::None),
                None,
            )
        };
        let target = {
            let st = &self.eval.frames[fi].stack;
            st.get(st.len().wrapping_sub(depth))
                .cloned()
                .unwrap_or(Value::None)
        };
        match op {
            Op::SetAdd => self.set_add(&target, v),
            Op::MapAdd => match target.payload() {
                Some(Payload::Dict(d)) => d.set(self, k.unwrap_or(Value::None), v),
                _ => Ok(()),
            },
            Op::ListExtend => {
                let items = match v.payload() {
                    Some(Payload::List(l)) => l.items.get().clone(),
                    Some(Payload::Tuple(t)) => t.items().to_vec(),
                    _ => match self.collect(&v) {
                        Ok(i) => i,
                        Err(e) => {
                            if self.err_matches(&e, ExcKind::TypeError)
                                && self.lookup_special(&v, "__iter__").is_none()
                            {
                                let tn = self.type_name(&v);
                                return Err(self.type_error(format!(
                                    "Value after * must be an iterable, not {tn}"
                                )));
                            }
                            return Err(e);
                        }
                    },
                };
                if let Some(Payload::List(l)) = target.payload() {
                    l.items.get_mut().extend(items);
                }
                Ok(())
            }
            Op::SetUpdate => {
                let items = self.collect(&v)?;
                for it in items {
                    self.set_add(&target, it)?;
                }
                Ok(())
            }
            Op::DictUpdate | Op::DictMerge => {
                let items = match v.payload() {
                    Some(Payload::Dict(d)) => d.items(),
                    _ => {
                        let keys_m = self.intern("keys");
                        let Some(keys) = self.getattr_opt(&v, &keys_m)? else {
                            let tn = self.type_name(&v);
                            return Err(if op == Op::DictMerge {
                                let fname = self.callee_name_for_merge(fi, depth);
                                self.type_error(format!(
                                    "{fname} argument after ** must be a mapping, not {tn}"
                                ))
                            } else {
                                self.type_error(format!("'{tn}' object is not a mapping"))
                            });
                        };
                        let ks = self.call(&keys, Args::new(&[]))?;
                        let ks = self.collect(&ks)?;
                        let mut out = Vec::new();
                        for k in ks {
                            let val = self.getitem(&v, &k)?;
                            out.push((k, val));
                        }
                        out
                    }
                };
                if let Some(Payload::Dict(d)) = target.payload() {
                    for (k, val) in items {
                        if op == Op::DictMerge && d.get(self, &k)?.is_some() {
                            let ks = match k.as_str() {
                                Some(s) => String::from(s),
                                None => self.repr(&k)?,
                            };
                            let fname = self.callee_name_for_merge(fi, depth);
                            return Err(self.type_error(format!(
                                "{fname} got multiple values for keyword argument '{ks}'"
                            )));
                        }
                        d.set(self, k, val)?;
                    }
                }
                Ok(())
            }
            _ => Ok(()),
        }
    }

    fn callee_name_for_merge(&self, fi: usize, depth: usize) -> String {
        // Stack: [NULL|f, f, args, kwargs...]: the callable is below the args tuple.
        let st = &self.eval.frames[fi].stack;
        let i = st.len().wrapping_sub(depth + 2);
        match st.get(i).cloned() {
            Some(v) => self.function_str(&v),
            None => String::from("function"),
        }
    }

    /// CPython's `_PyObject_FunctionStr`: `module.qualname()` (the module
    /// left out for builtins), for call-site argument errors.
    fn function_str(&self, v: &Value) -> String {
        let with_module = |m: Option<&str>, q: &str| match m {
            Some(m) if m != "builtins" => format!("{m}.{q}()"),
            _ => format!("{q}()"),
        };
        match v.payload() {
            Some(Payload::Function(f)) => {
                let m = f.module.get().clone();
                with_module(m.as_str(), f.qualname.get().as_str())
            }
            Some(Payload::Native(n)) => match n.owner {
                Some(o) if !o.is_empty() => format!("{o}.{}()", n.name),
                _ => format!("{}()", n.name),
            },
            Some(Payload::Type(t)) => {
                let m = t.dict().get_str("__module__");
                with_module(
                    m.as_ref().and_then(|m| m.as_str()),
                    t.qualname.get().as_str(),
                )
            }
            _ => format!("{} object", self.type_name(v)),
        }
    }

    /// The type name of a value (`type(v).__name__`).
    pub fn type_name(&self, v: &Value) -> String {
        match self.type_of(v).payload() {
            Payload::Type(t) => t.name.get().clone(),
            _ => String::from("object"),
        }
    }

    fn unpack_items(&mut self, v: &Value, n: Option<usize>) -> PyResult<Vec<Value>> {
        match v.payload() {
            Some(Payload::Tuple(t)) => return Ok(t.items().to_vec()),
            Some(Payload::List(l)) => return Ok(l.items.get().clone()),
            _ => {}
        }
        let it = match self.iter(v) {
            Ok(it) => it,
            Err(e) => {
                if self.err_matches(&e, ExcKind::TypeError)
                    && self.lookup_special(v, "__iter__").is_none()
                {
                    let tn = self.type_name(v);
                    return Err(self.type_error(format!("cannot unpack non-iterable {tn} object")));
                }
                return Err(e);
            }
        };
        let mut out = Vec::new();
        while let Some(x) = self.next(&it)? {
            out.push(x);
            if let Some(n) = n {
                if out.len() > n {
                    return Err(
                        self.value_error(format!("too many values to unpack (expected {n})"))
                    );
                }
            }
        }
        Ok(out)
    }

    fn op_unpack(&mut self, fi: usize, n: usize) -> PyResult<()> {
        let v = self.eval.frames[fi].stack.pop().unwrap_or(Value::None);
        let items = self.unpack_items(&v, Some(n))?;
        if items.len() > n {
            return Err(self.value_error(format!("too many values to unpack (expected {n})")));
        }
        if items.len() < n {
            return Err(self.value_error(format!(
                "not enough values to unpack (expected {n}, got {})",
                items.len()
            )));
        }
        let st = &mut self.eval.frames[fi].stack;
        st.extend(items.into_iter().rev());
        Ok(())
    }

    fn op_unpack_ex(&mut self, fi: usize, before: usize, after: usize) -> PyResult<()> {
        let v = self.eval.frames[fi].stack.pop().unwrap_or(Value::None);
        let mut items = self.unpack_items(&v, None)?;
        if items.len() < before + after {
            return Err(self.value_error(format!(
                "not enough values to unpack (expected at least {}, got {})",
                before + after,
                items.len()
            )));
        }
        let tail = items.split_off(items.len() - after);
        let mid = items.split_off(before);
        let st = &mut self.eval.frames[fi].stack;
        st.extend(tail.into_iter().rev());
        let l = Value::from_payload(Payload::List(crate::object::list::ListObj::new(mid)));
        st.push(l);
        st.extend(items.into_iter().rev());
        Ok(())
    }

    fn op_format(&mut self, v: &Value, conv: u32, spec: Option<Value>) -> PyResult<Value> {
        let converted;
        let v = match conv {
            1 => {
                converted = self.str(v).map(|s| self.new_str(s))?;
                &converted
            }
            2 => {
                converted = self.repr(v).map(|s| self.new_str(s))?;
                &converted
            }
            3 => {
                let r = self.repr(v)?;
                converted = self.new_str(ascii_escape(&r));
                &converted
            }
            _ => v,
        };
        let spec_s = spec.as_ref().and_then(|s| s.as_str()).unwrap_or("");
        if spec_s.is_empty() && v.as_exact_str().is_some() {
            return Ok(v.clone());
        }
        let s = self.format_value(v, spec_s)?;
        Ok(self.new_str(s))
    }

    /// `format(value, spec)` for f-strings: fast paths for str/int/float
    /// with an empty spec, else `type(value).__format__(value, spec)`.
    pub fn format_value(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        if spec.is_empty() {
            match v {
                Value::Int(i) => return Ok(format!("{i}")),
                Value::Float(f) => return Ok(crate::num::float_repr(*f)),
                Value::Obj(o) => {
                    if let Payload::Str(s) = o.payload() {
                        return Ok(String::from(s.as_str()));
                    }
                }
                _ => {}
            }
        }
        let Some(f) = self.lookup_special(v, "__format__") else {
            let tn = self.type_name(v);
            return Err(self.type_error(format!(
                "unsupported format string passed to {tn}.__format__"
            )));
        };
        let sv = self.new_str(spec);
        let r = self.call_unbound(&f, v, &[sv])?;
        match r.as_str() {
            Some(s) => Ok(String::from(s)),
            None => {
                let tn = self.type_name(&r);
                Err(self.type_error(format!("__format__ must return a str, not {tn}")))
            }
        }
    }

    fn op_make_function(&mut self, fi: usize, fl: u32) -> PyResult<()> {
        let st = &mut self.eval.frames[fi].stack;
        let code = st.pop().unwrap_or(Value::None);
        let closure = if fl & 4 != 0 { st.pop() } else { None };
        let annotations = if fl & 8 != 0 { st.pop() } else { None };
        let kwdefaults = if fl & 2 != 0 { st.pop() } else { None };
        let defaults = if fl & 1 != 0 { st.pop() } else { None };
        let Some(code) = code.as_obj().cloned() else {
            return Err(self.new_exc(ExcKind::SystemError, "bad code"));
        };
        let Payload::Code(c) = code.payload() else {
            return Err(self.new_exc(ExcKind::SystemError, "bad code"));
        };
        let globals = self.eval.frames[fi].globals.clone();
        let module = match globals.payload() {
            Payload::Dict(d) => d.get_str("__name__").unwrap_or(Value::None),
            _ => Value::None,
        };
        let doc = if c.flags & crate::compile::codegen::HAS_DOCSTRING != 0 {
            c.consts.first().cloned().unwrap_or(Value::None)
        } else {
            Value::None
        };
        let f = FunctionObj {
            name: PyCell::new(c.name.clone()),
            qualname: PyCell::new(c.qualname.clone()),
            defaults: PyCell::new(match defaults.as_ref().and_then(|d| d.payload()) {
                Some(Payload::Tuple(t)) => t.items().to_vec(),
                _ => Vec::new(),
            }),
            kwdefaults: PyCell::new(kwdefaults.unwrap_or(Value::None)),
            closure: match closure.as_ref().and_then(|d| d.payload()) {
                Some(Payload::Tuple(t)) => t.items().to_vec(),
                _ => Vec::new(),
            },
            dict: PyCell::new(Value::None),
            doc: PyCell::new(doc),
            module: PyCell::new(module),
            code,
            globals,
        };
        if let Some(a) = annotations {
            let d = self.new_dict();
            if let Some(Payload::Dict(dd)) = d.payload() {
                dd.set_str(self.intern("__annotations__"), a);
            }
            *f.dict.get_mut() = d;
        }
        let f = Value::from_payload(Payload::Function(Box::new(f)));
        self.gc_track(&f);
        self.eval.frames[fi].stack.push(f);
        Ok(())
    }

    fn op_setup_annotations(&mut self, fi: usize) -> PyResult<()> {
        let f = &self.eval.frames[fi];
        let l = f.locals.clone().unwrap_or_else(|| f.globals.clone());
        if let Payload::Dict(d) = l.payload() {
            if d.get_str("__annotations__").is_none() {
                let a = self.new_dict();
                d.set_str(self.intern("__annotations__"), a);
            }
        }
        Ok(())
    }

    fn op_store_annotation(
        &mut self,
        fi: usize,
        code: &CodeObject,
        arg: u32,
        v: Value,
    ) -> PyResult<()> {
        let f = &self.eval.frames[fi];
        let l = f.locals.clone().unwrap_or_else(|| f.globals.clone());
        let ann = match l.payload() {
            Payload::Dict(d) => d.get_str("__annotations__"),
            _ => None,
        };
        let key = code
            .consts
            .get(arg as usize)
            .cloned()
            .unwrap_or(Value::None);
        match ann {
            Some(a) => self.setitem(&a, &key, v),
            None => Err(self.new_exc(ExcKind::NameError, "__annotations__ not found")),
        }
    }

    /// `from module import name`.
    pub(crate) fn import_from(&mut self, m: &Value, name: &ObjRef) -> PyResult<Value> {
        if let Some(v) = self.getattr_opt(m, name)? {
            return Ok(v);
        }
        let n = name.payload_str().unwrap_or("");
        let modname = match m.payload() {
            Some(Payload::Module(md)) => match md.dict.payload() {
                Payload::Dict(d) => d
                    .get_str("__name__")
                    .and_then(|v| v.as_str().map(String::from)),
                _ => None,
            },
            _ => None,
        };
        if let Some(mn) = &modname {
            let full = format!("{mn}.{n}");
            if let Payload::Dict(d) = self.interp().modules.payload() {
                if let Some(v) = d.get_str(&full) {
                    return Ok(v);
                }
            }
        }
        let file = match m.payload() {
            Some(Payload::Module(md)) => match md.dict.payload() {
                Payload::Dict(d) => d
                    .get_str("__file__")
                    .and_then(|v| v.as_str().map(String::from)),
                _ => None,
            },
            _ => None,
        };
        let mn = modname.unwrap_or_else(|| String::from("<unknown module name>"));
        let loc = file.unwrap_or_else(|| String::from("unknown location"));
        let e = self.new_exc(
            ExcKind::ImportError,
            format!("cannot import name '{n}' from '{mn}' ({loc})"),
        );
        if let Payload::Exception(x) = e.0.payload() {
            let d = self.new_dict();
            self.dict_set_str(
                d.as_obj().unwrap_or(&self.interp().null),
                "name",
                self.new_str(mn),
            );
            x.dict.replace(d);
        }
        Err(e)
    }

    fn op_import_star(&mut self, fi: usize, m: &Value) -> PyResult<()> {
        let f = &self.eval.frames[fi];
        let target = f.locals.clone().unwrap_or_else(|| f.globals.clone());
        let Some(Payload::Module(md)) = m.payload() else {
            return Ok(());
        };
        let Payload::Dict(d) = md.dict.payload() else {
            return Ok(());
        };
        let all = d.get_str("__all__");
        let names: Vec<Value> = match all {
            Some(a) => self.collect(&a)?,
            None => d
                .keys()
                .into_iter()
                .filter(|k| k.as_str().is_some_and(|s| !s.starts_with('_')))
                .collect(),
        };
        for n in names {
            let Some(no) = n.as_obj().cloned() else {
                continue;
            };
            let v = self.getattr(m, &no)?;
            self.dict_store(&target, &no, v)?;
        }
        Ok(())
    }

    /// Makes an exception instance from a `raise` operand.
    pub(crate) fn make_exception(&mut self, v: Value, what: &str) -> PyResult<ObjRef> {
        match &v {
            Value::Obj(o) if matches!(o.payload(), Payload::Exception(_)) => return Ok(o.clone()),
            Value::Obj(o) if matches!(o.payload(), Payload::Type(_)) => {
                let base = self.interp().exc_type(ExcKind::BaseException);
                if super::ops::is_subtype(o, base) {
                    if let Payload::Type(t) = o.payload() {
                        if t.has_flag(crate::object::class::flags::BUILTIN) {
                            let args = Value::Obj(self.interp().empty_tuple.clone());
                            let x = crate::object::exception::ExceptionObj::new(o.clone(), args);
                            return Ok(ObjRef::new(Payload::Exception(x)));
                        }
                    }
                    let inst = self.call(&v, Args::new(&[]))?;
                    if let Value::Obj(io) = &inst {
                        if matches!(io.payload(), Payload::Exception(_)) {
                            return Ok(io.clone());
                        }
                    }
                    let tn = self.type_name(&inst);
                    return Err(self.type_error(format!(
                        "calling {} should have returned an instance of BaseException, not {tn}",
                        self.type_name_of_type(o)
                    )));
                }
            }
            _ => {}
        }
        Err(self.type_error(String::from(what)))
    }

    fn type_name_of_type(&self, t: &ObjRef) -> String {
        match t.payload() {
            Payload::Type(t) => t.name.get().clone(),
            _ => String::from("?"),
        }
    }

    fn op_raise(&mut self, fi: usize, n: u32) -> PyErr {
        if n == 0 {
            return match self.handled.last() {
                Some(Value::Obj(o)) => PyErr(o.clone()),
                _ => self.new_exc(ExcKind::RuntimeError, "No active exception to reraise"),
            };
        }
        let cause = if n == 2 {
            Some(self.eval.frames[fi].stack.pop().unwrap_or(Value::None))
        } else {
            None
        };
        let exc = self.eval.frames[fi].stack.pop().unwrap_or(Value::None);
        let e = match self.make_exception(exc, "exceptions must derive from BaseException") {
            Ok(e) => PyErr(e),
            Err(e) => return e,
        };
        if let Some(c) = cause {
            let cv = match c {
                Value::None => Value::None,
                other => match self
                    .make_exception(other, "exception causes must derive from BaseException")
                {
                    Ok(o) => Value::Obj(o),
                    Err(e) => return e,
                },
            };
            if let Payload::Exception(x) = e.0.payload() {
                x.cause.replace(cv);
                x.suppress_context.set(true);
            }
        }
        self.set_context(&e, true);
        e
    }

    /// `isinstance(exc, ty)` for `except ty:` (ty a class or tuple of classes).
    pub(crate) fn exc_matches(&mut self, exc: &Value, ty: &Value) -> PyResult<bool> {
        let base = self.interp().exc_type(ExcKind::BaseException).clone();
        let check = |vm: &Vm, t: &Value| -> PyResult<bool> {
            match t {
                Value::Obj(o)
                    if matches!(o.payload(), Payload::Type(_))
                        && super::ops::is_subtype(o, &base) =>
                {
                    Ok(vm.isinstance(exc, o))
                }
                _ => Err(vm.type_error(
                    "catching classes that do not inherit from BaseException is not allowed",
                )),
            }
        };
        match ty.payload() {
            Some(Payload::Tuple(t)) => {
                let mut any = false;
                for x in t.items() {
                    if check(self, x)? {
                        any = true;
                    }
                }
                Ok(any)
            }
            _ => check(self, ty),
        }
    }

    fn op_before_with(&mut self, fi: usize) -> PyResult<()> {
        let mgr = self.eval.frames[fi].stack.pop().unwrap_or(Value::None);
        let enter = self.lookup_special(&mgr, "__enter__");
        let exit = self.lookup_special(&mgr, "__exit__");
        let (Some(enter), Some(exit)) = (enter, exit) else {
            let tn = self.type_name(&mgr);
            let missed = if self.lookup_special(&mgr, "__enter__").is_some() {
                " (missed __exit__ method)"
            } else {
                ""
            };
            return Err(self.type_error(format!(
                "'{tn}' object does not support the context manager protocol{missed}"
            )));
        };
        let bound = Value::from_payload(Payload::BoundMethod(
            crate::object::function::BoundMethodObj {
                func: exit,
                self_: mgr.clone(),
            },
        ));
        // `__exit__` goes on the stack only once `__enter__` succeeded, so
        // a failing `__enter__` unwinds to the enclosing `with`'s exit.
        let r = self.call(&enter, Args::new(core::slice::from_ref(&mgr)))?;
        self.eval.frames[fi].stack.push(bound);
        self.eval.frames[fi].stack.push(r);
        Ok(())
    }

    fn op_print_expr(&mut self, v: Value) -> PyResult<()> {
        let hook = match self.interp().modules.payload() {
            Payload::Dict(d) => d.get_str("sys"),
            _ => None,
        };
        let hook = match hook {
            Some(Value::Obj(m)) => match m.payload() {
                Payload::Module(md) => match md.dict.payload() {
                    Payload::Dict(d) => d.get_str("displayhook"),
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        };
        match hook {
            Some(h) => self
                .call(&h, Args::new(core::slice::from_ref(&v)))
                .map(drop),
            None => Err(self.new_exc(ExcKind::RuntimeError, "lost sys.displayhook")),
        }
    }

    /// `SEND`: `Ok(Some(pc))` to continue here (maybe at the exit target),
    /// `Ok(None)` when a generator frame was pushed.
    fn op_send(&mut self, fi: usize, target: u32) -> PyResult<Option<usize>> {
        let pc = self.eval.frames[fi].pc as usize;
        let val = self.eval.frames[fi].stack.pop().unwrap_or(Value::None);
        let sub = self.eval.frames[fi]
            .stack
            .last()
            .cloned()
            .unwrap_or(Value::None);
        if let Some(Payload::Generator(_)) = sub.payload() {
            match super::generator::gen_state(&sub) {
                super::generator::GenState::Finished
                    if super::generator::gen_kind(&sub)
                        == Some(super::generator::GenKind::Coroutine) =>
                {
                    return Err(self.new_exc(
                        ExcKind::RuntimeError,
                        "cannot reuse already awaited coroutine",
                    ));
                }
                super::generator::GenState::Finished => {
                    let st = &mut self.eval.frames[fi].stack;
                    st.pop();
                    st.push(Value::None);
                    return Ok(Some(target as usize));
                }
                _ => {
                    return if self.gen_push(&sub, val, Resume::Send(target))? {
                        Ok(None)
                    } else {
                        let st = &mut self.eval.frames[fi].stack;
                        st.pop();
                        st.push(Value::None);
                        Ok(Some(target as usize))
                    };
                }
            }
        }
        let r = if let (Some(Payload::AwaitOp(_)), Some(o)) = (sub.payload(), sub.as_obj()) {
            match self.await_op_step(o, val, None) {
                Ok(v) => Ok(Ok(v)),
                Err(e) if self.err_matches(&e, ExcKind::StopIteration) => Ok(Err(stop_value(&e))),
                Err(e) => Err(e),
            }
        } else if matches!(val, Value::None) {
            match self.lookup_special(&sub, "__next__") {
                Some(f) if !matches!(f, Value::None) => match self.call_unbound(&f, &sub, &[]) {
                    Ok(v) => Ok(Ok(v)),
                    Err(e) if self.err_matches(&e, ExcKind::StopIteration) => {
                        Ok(Err(stop_value(&e)))
                    }
                    Err(e) => Err(e),
                },
                _ => self.next(&sub).map(|o| o.ok_or(Value::None)),
            }
        } else {
            let send = self.intern("send");
            let m = self.getattr(&sub, &send)?;
            match self.call(&m, Args::new(core::slice::from_ref(&val))) {
                Ok(v) => Ok(Ok(v)),
                Err(e) if self.err_matches(&e, ExcKind::StopIteration) => Ok(Err(stop_value(&e))),
                Err(e) => Err(e),
            }
        };
        match r? {
            Ok(v) => {
                self.eval.frames[fi].stack.push(v);
                Ok(Some(pc))
            }
            Err(ret) => {
                let st = &mut self.eval.frames[fi].stack;
                st.pop();
                st.push(ret);
                Ok(Some(target as usize))
            }
        }
    }

    /// Resumes a generator inside the loop; false when it is already finished.
    fn gen_push(&mut self, gen: &Value, sent: Value, resume: Resume) -> PyResult<bool> {
        let Some(g) = gen.as_obj() else {
            return Ok(false);
        };
        let Some(mut f) = super::generator::take_frame(self, g, &sent)? else {
            return Ok(false);
        };
        f.resume = resume;
        f.gen = Some(g.clone());
        let saved = super::generator::take_saved_handled(g);
        self.push_frame_keep(f)?;
        if !saved.is_empty() {
            self.handled.extend(saved);
        }
        Ok(true)
    }

    /// Like `push_frame`, but on a recursion error the frame is given back
    /// to its generator.
    pub(crate) fn push_frame_keep(&mut self, mut f: Box<Frame>) -> PyResult<()> {
        if self.depth >= self.interp().recursion_limit.get() {
            if let Some(g) = f.gen.take() {
                super::generator::suspend(&g, f, Vec::new());
            }
            return Err(self.new_exc(ExcKind::RecursionError, "maximum recursion depth exceeded"));
        }
        self.depth += 1;
        f.handled_base = self.handled.len() as u32;
        self.eval.frames.push(f);
        Ok(())
    }
}

/// The value of a `StopIteration` (its first argument, or None).
pub(crate) fn stop_value(e: &PyErr) -> Value {
    match e.0.payload() {
        Payload::Exception(x) => match x.args.get().payload() {
            Some(Payload::Tuple(t)) => t.items().first().cloned().unwrap_or(Value::None),
            _ => Value::None,
        },
        _ => Value::None,
    }
}

/// `ascii()` escaping of a repr.
pub(crate) fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}

#[cfg(test)]
#[path = "eval_tests.rs"]
mod tests;

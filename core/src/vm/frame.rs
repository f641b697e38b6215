//! Frames: the activation record of one running code object, and the
//! per-thread frame stack the eval loop runs on.

use alloc::boxed::Box;
use alloc::vec::Vec;

use crate::object::{ObjRef, Value};

/// What happens to a frame's result when it returns or yields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resume {
    /// Returning leaves the eval loop (the frame was entered from Rust).
    Entry,
    /// The result is pushed on the caller's stack.
    Normal,
    /// A generator resumed by the caller's `FOR_ITER`: exhaustion jumps to the target.
    ForIter(u32),
    /// A generator resumed by the caller's `SEND`: returning jumps to the target.
    Send(u32),
    /// An `__init__` run by the `CALL` fast path for `Cls(...)`: the new
    /// instance is already on the caller's stack; the result must be None.
    Init,
}

/// The kind of a handler block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    /// `SETUP_FINALLY`: on exception, jump to the handler.
    Setup,
    /// Inside a handler: one entry of `vm.handled` belongs to it.
    Handler,
}

/// One entry of a frame's block stack.
#[derive(Clone, Copy, Debug)]
pub struct Block {
    /// Kind.
    pub kind: BlockKind,
    /// Handler address (Setup only).
    pub handler: u32,
    /// Value-stack depth to restore.
    pub level: u32,
}

/// One activation of a code object.
pub struct Frame {
    /// The code (`Payload::Code`).
    pub code: ObjRef,
    /// Module globals (`Payload::Dict`).
    pub globals: ObjRef,
    /// The builtins dict.
    pub builtins: ObjRef,
    /// The locals mapping for module and class bodies (None in functions).
    pub locals: Option<ObjRef>,
    /// Fast slots: locals, then cells, then free variables (cells are `Payload::Cell` values).
    pub fast: Vec<Option<Value>>,
    /// The value stack.
    pub stack: Vec<Value>,
    /// Handler blocks.
    pub blocks: Vec<Block>,
    /// Next instruction index.
    pub pc: u32,
    /// What to do with the result.
    pub resume: Resume,
    /// `vm.handled.len()` when the frame started running.
    pub handled_base: u32,
    /// Keyword names for the next call (from `KW_NAMES`).
    pub kwnames: Option<ObjRef>,
    /// The generator this frame belongs to, while it runs.
    pub gen: Option<ObjRef>,
}

impl Frame {
    /// Visits every object the frame holds (for the cycle collector).
    pub(crate) fn traverse(&self, f: &mut dyn FnMut(&ObjRef)) {
        f(&self.code);
        f(&self.globals);
        f(&self.builtins);
        for o in [&self.locals, &self.kwnames, &self.gen]
            .into_iter()
            .flatten()
        {
            f(o);
        }
        for v in self.fast.iter().flatten().chain(self.stack.iter()) {
            if let Value::Obj(o) = v {
                f(o);
            }
        }
    }

    /// Moves every value out (for freeing a suspended generator iteratively).
    pub(crate) fn drain(&mut self, sink: &mut dyn FnMut(Value)) {
        for v in self.fast.drain(..).flatten() {
            sink(v);
        }
        for v in self.stack.drain(..) {
            sink(v);
        }
        if let Some(l) = self.locals.take() {
            sink(Value::Obj(l));
        }
    }
}

/// The eval loop's per-thread state, kept in the `Vm`.
#[derive(Default)]
pub struct EvalState {
    /// The frame stack (innermost last). Frames are boxed so that calls,
    /// returns and generator switches move one pointer, not the frame.
    pub frames: Vec<Box<Frame>>,
    /// Native-to-Python re-entries currently active.
    pub native_depth: u32,
    /// Recycled frames (their vectors keep their capacity; they hold no
    /// Python values).
    // Boxed on purpose: pooled boxes are handed out as they are.
    #[allow(clippy::vec_box)]
    pub(crate) frame_pool: Vec<Box<Frame>>,
    /// The interned `__init__` and `__new__` (looked up once, for the
    /// `Cls(...)` fast path).
    pub(crate) init_new_names: Option<(ObjRef, ObjRef)>,
}

//! Code objects: the compiled form of a module, class body, function,
//! lambda or comprehension.

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;
use core::cell::Cell;

use super::opcode::Instr;
use crate::object::{ObjRef, Value};

/// Code flags (CPython's values).
pub mod flags {
    /// Locals live in the fast slots (functions).
    pub const OPTIMIZED: u32 = 0x1;
    /// A fresh locals namespace per call.
    pub const NEWLOCALS: u32 = 0x2;
    /// Has a `*args` parameter.
    pub const VARARGS: u32 = 0x4;
    /// Has a `**kwargs` parameter.
    pub const VARKEYWORDS: u32 = 0x8;
    /// Defined inside another function.
    pub const NESTED: u32 = 0x10;
    /// A generator function.
    pub const GENERATOR: u32 = 0x20;
    /// A coroutine (`async def`).
    pub const COROUTINE: u32 = 0x80;
    /// An asynchronous generator (`async def` with `yield`).
    pub const ASYNC_GENERATOR: u32 = 0x200;
}

/// Source position of one instruction: 1-based lines, 0-based columns
/// (characters). A zero line means "no position".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Position {
    /// First line.
    pub line: u32,
    /// First column.
    pub col: u32,
    /// Last line.
    pub end_line: u32,
    /// Column past the end.
    pub end_col: u32,
}

/// A compiled code object (`Payload::Code`).
pub struct CodeObject {
    /// `co_name`.
    pub name: String,
    /// `co_qualname`.
    pub qualname: String,
    /// `co_filename`.
    pub filename: String,
    /// `co_firstlineno`.
    pub first_line: u32,
    /// Number of positional parameters (including positional-only).
    pub argcount: u32,
    /// Number of positional-only parameters.
    pub posonlyargcount: u32,
    /// Number of keyword-only parameters.
    pub kwonlyargcount: u32,
    /// See [`flags`].
    pub flags: u32,
    /// Local variable names; parameters first (positional, keyword-only, `*args`, `**kwargs`).
    pub varnames: Vec<ObjRef>,
    /// Names of locals captured by inner scopes (cells).
    pub cellvars: Vec<ObjRef>,
    /// Names of variables taken from the enclosing scope (free).
    pub freevars: Vec<ObjRef>,
    /// For each cell: the parameter index it is initialised from, if any.
    pub cell2arg: Vec<Option<u32>>,
    /// Names used by attribute, global and name instructions (interned).
    pub names: Vec<ObjRef>,
    /// Constants.
    pub consts: Vec<Value>,
    /// The instructions.
    pub instrs: Box<[Instr]>,
    /// One position per instruction.
    pub positions: Box<[Position]>,
    /// Upper bound of the value stack depth (a capacity hint).
    pub max_stack: u32,
    /// One inline cache per instruction (used by `LOAD_GLOBAL`,
    /// `LOAD_ATTR`, `STORE_ATTR` and `LOAD_METHOD`; see `vm::eval`).
    pub caches: Box<[Cell<InlineCache>]>,
}

/// What the eval loop remembers about one instruction's last lookup. Every
/// field is a guard or a hint checked before use, so a stale cache only
/// costs a slow lookup, never a wrong answer.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct InlineCache {
    /// `LOAD_GLOBAL`: the globals dict's layout version. Attribute
    /// instructions: the class's type tag.
    pub a: usize,
    /// `LOAD_GLOBAL`: the builtins dict's layout version (0: found in the
    /// globals). Attribute instructions: the interpreter's type epoch.
    pub b: usize,
    /// `LOAD_GLOBAL`: the entry position. `LOAD_ATTR`/`STORE_ATTR`: the
    /// entry position hint in the instance dict. `LOAD_METHOD`: the address
    /// of the function found on the class (kept alive by the class while
    /// the type epoch is unchanged).
    pub c: usize,
}

impl InlineCache {
    /// Empty caches for `n` instructions.
    pub fn new_table(n: usize) -> Box<[Cell<InlineCache>]> {
        (0..n).map(|_| Cell::new(InlineCache::default())).collect()
    }
}

impl CodeObject {
    /// Number of fast slots: locals, then cells, then free variables.
    #[inline]
    pub fn nslots(&self) -> usize {
        self.varnames.len() + self.cellvars.len() + self.freevars.len()
    }

    /// True when calling the code makes a generator-like object
    /// (generator, coroutine or asynchronous generator) instead of running.
    #[inline]
    pub fn is_generator(&self) -> bool {
        self.flags & (flags::GENERATOR | flags::COROUTINE | flags::ASYNC_GENERATOR) != 0
    }

    /// The line of an instruction (0 when unknown).
    pub fn line_of(&self, index: usize) -> u32 {
        self.positions.get(index).map_or(0, |p| p.line)
    }

    /// The name of cell/free slot `i` (cells first, then free variables).
    pub fn deref_name(&self, i: usize) -> Option<&ObjRef> {
        if i < self.cellvars.len() {
            self.cellvars.get(i)
        } else {
            self.freevars.get(i - self.cellvars.len())
        }
    }

    pub(crate) fn nested_codes(&self) -> impl Iterator<Item = &ObjRef> {
        self.consts.iter().filter_map(|c| match c {
            Value::Obj(o) if matches!(o.payload(), crate::object::Payload::Code(_)) => Some(o),
            _ => None,
        })
    }
}

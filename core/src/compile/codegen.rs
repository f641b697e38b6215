//! The code generator: AST plus symbol table to code objects.

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use hashbrown::HashMap;

use super::ast::*;
use super::symtable::{node_key, ScopeKind, Sym, SymTable};
use super::CompileError;
use crate::bytecode::code::{flags, CodeObject, InlineCache, Position};
use crate::bytecode::opcode::{Instr, Op};
use crate::object::bytes::BytesObj;
use crate::object::str::StrObj;
use crate::object::tuple::TupleObj;
use crate::object::{ObjRef, Payload, Value};
use crate::vm::Interp;

mod pattern;

/// Code flag (Gilt-specific): `consts[0]` is the docstring.
pub const HAS_DOCSTRING: u32 = 0x1000_0000;

/// What kind of input is being compiled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeMode {
    /// A module.
    Module,
    /// A single expression whose value is returned.
    Expression,
    /// REPL input: expression statements are displayed.
    Interactive,
}

#[derive(Clone, PartialEq, Eq, Hash)]
enum ConstKey {
    None,
    Bool(bool),
    Int(i64),
    Float(u64),
    Imag(u64),
    Str(String),
    Bytes(Vec<u8>),
    Ellipsis,
    Tuple(Vec<ConstKey>),
}

enum FBlock<'a> {
    While {
        start: usize,
        end: usize,
    },
    For {
        start: usize,
        end: usize,
    },
    TryExcept,
    FinallyTry(&'a [Stmt]),
    /// Inside an exception handler; `exc_on_stack` when the exception is still on the value stack.
    Handler {
        exc_on_stack: bool,
    },
    /// The `as name` cleanup block inside a named handler.
    HandlerCleanup(&'a str),
    With,
    /// Inside `async with`: leaving awaits `__aexit__`.
    AsyncWith,
}

struct Unit<'a> {
    scope: usize,
    kind: ScopeKind,
    name: String,
    qualname: String,
    instrs: Vec<Instr>,
    positions: Vec<Position>,
    consts: Vec<Value>,
    const_map: HashMap<ConstKey, u32>,
    names: Vec<ObjRef>,
    name_map: HashMap<String, u32>,
    varnames: Vec<String>,
    var_map: HashMap<String, u32>,
    cellvars: Vec<String>,
    freevars: Vec<String>,
    fblocks: Vec<FBlock<'a>>,
    labels: Vec<Option<u32>>,
    span: Span,
    first_line: u32,
    argcount: u32,
    posonly: u32,
    kwonly: u32,
    flags: u32,
}

/// The code generator for one compilation.
pub struct Codegen<'a, 'i> {
    st: SymTable,
    units: Vec<Unit<'a>>,
    filename: String,
    interp: Option<&'i Interp>,
    mode: CodeMode,
    depth: u32,
    /// `from __future__ import annotations` was seen: variable annotations
    /// are stored as strings and not evaluated (PEP 563).
    future_annotations: bool,
}

type R = Result<(), CompileError>;

/// The source form of an annotation under PEP 563 (CPython's `ast.unparse`
/// spelling for the usual annotation shapes).
fn unparse_annotation(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Name { id, .. } => id.clone(),
        ExprKind::Attribute { value, attr, .. } => {
            format!("{}.{attr}", unparse_annotation(value))
        }
        ExprKind::Subscript { value, slice, .. } => {
            let inner = match &slice.kind {
                ExprKind::Tuple { elts, .. } if !elts.is_empty() => elts
                    .iter()
                    .map(unparse_annotation)
                    .collect::<Vec<_>>()
                    .join(", "),
                _ => unparse_annotation(slice),
            };
            format!("{}[{inner}]", unparse_annotation(value))
        }
        ExprKind::BinOp {
            left,
            op: BinOp::BitOr,
            right,
        } => format!(
            "{} | {}",
            unparse_annotation(left),
            unparse_annotation(right)
        ),
        ExprKind::List { elts, .. } => format!(
            "[{}]",
            elts.iter()
                .map(unparse_annotation)
                .collect::<Vec<_>>()
                .join(", ")
        ),
        ExprKind::Tuple { elts, .. } => {
            let items: Vec<String> = elts.iter().map(unparse_annotation).collect();
            if items.len() == 1 {
                format!("({},)", items[0])
            } else {
                format!("({})", items.join(", "))
            }
        }
        ExprKind::Constant(c) => match c {
            Constant::None => String::from("None"),
            Constant::Bool(b) => String::from(if *b { "True" } else { "False" }),
            Constant::Int(i) => format!("{i}"),
            Constant::Str(t) => crate::object::str::repr_str(t),
            Constant::Ellipsis => String::from("..."),
            _ => String::from("..."),
        },
        _ => String::from("..."),
    }
}

fn err(msg: impl Into<String>, span: Span) -> CompileError {
    CompileError {
        msg: msg.into(),
        span,
    }
}

const MAX_DEPTH: u32 = 400;

fn binop_index(op: BinOp) -> u32 {
    op as u32
}

fn is_const(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Constant(_))
}

fn has_starred(v: &[Expr]) -> bool {
    v.iter().any(|e| matches!(e.kind, ExprKind::Starred { .. }))
}

impl<'a, 'i> Codegen<'a, 'i> {
    /// Compiles a parsed module into a code object.
    pub fn compile_module(
        m: &'a Module,
        filename: &str,
        mode: CodeMode,
        interp: Option<&'i Interp>,
    ) -> Result<ObjRef, CompileError> {
        let st = if mode == CodeMode::Expression {
            let e = match m.body.first().map(|s| &s.kind) {
                Some(StmtKind::Expr(e)) => e,
                _ => return Err(err("expected an expression", Span::default())),
            };
            SymTable::build_expr(e, node_key(m))?
        } else {
            SymTable::build(&m.body, node_key(m))?
        };
        let mut cg = Codegen {
            st,
            units: Vec::new(),
            filename: String::from(filename),
            interp,
            mode,
            depth: 0,
            future_annotations: false,
        };
        cg.push_unit(0, "<module>", String::from("<module>"), 1);
        match mode {
            CodeMode::Expression => {
                if let Some(Stmt {
                    kind: StmtKind::Expr(e),
                    ..
                }) = m.body.first()
                {
                    cg.expr(e)?;
                }
                cg.emit(Op::ReturnValue, 0);
            }
            _ => {
                if let Some(f) = m.body.first() {
                    cg.unit().first_line = f.span.line.max(1);
                    cg.unit().span = Span {
                        line: f.span.line,
                        col: 0,
                        end_line: f.span.line,
                        end_col: 0,
                    };
                }
                let mut body: &[Stmt] = &m.body;
                if mode == CodeMode::Module {
                    if let Some(doc) = docstring(body) {
                        cg.unit().span = body[0].span;
                        let c = cg.str_const(doc);
                        cg.emit(Op::LoadConst, c);
                        let n = cg.name("__doc__");
                        cg.emit(Op::StoreName, n);
                        body = &body[1..];
                    }
                }
                if cg.st.scopes[0].has_annotations {
                    cg.emit(Op::SetupAnnotations, 0);
                }
                cg.stmts(body)?;
                let c = cg.const_none();
                cg.emit(Op::LoadConst, c);
                cg.emit(Op::ReturnValue, 0);
            }
        }
        Ok(cg.finish_unit())
    }

    // ----- units -----

    fn unit(&mut self) -> &mut Unit<'a> {
        let n = self.units.len() - 1;
        &mut self.units[n]
    }

    fn push_unit(&mut self, scope: usize, name: &str, qualname: String, first_line: u32) {
        let sc = &self.st.scopes[scope];
        let mut u = Unit {
            scope,
            kind: sc.kind,
            name: String::from(name),
            qualname,
            instrs: Vec::new(),
            positions: Vec::new(),
            consts: Vec::new(),
            const_map: HashMap::new(),
            names: Vec::new(),
            name_map: HashMap::new(),
            varnames: Vec::new(),
            var_map: HashMap::new(),
            cellvars: sc.cellvars.clone(),
            freevars: sc.freevars.clone(),
            fblocks: Vec::new(),
            labels: Vec::new(),
            span: Span {
                line: first_line,
                col: 0,
                end_line: first_line,
                end_col: 0,
            },
            first_line,
            argcount: 0,
            posonly: 0,
            kwonly: 0,
            flags: 0,
        };
        if sc.is_function_like() {
            for (i, n) in sc.local_names().into_iter().enumerate() {
                u.var_map.insert(n.clone(), i as u32);
                u.varnames.push(n);
            }
            u.flags |= flags::OPTIMIZED | flags::NEWLOCALS;
        }
        let coro = sc.is_async || (sc.kind == ScopeKind::Comprehension && sc.is_coroutine);
        if coro && sc.is_generator {
            u.flags |= flags::ASYNC_GENERATOR;
        } else if coro {
            u.flags |= flags::COROUTINE;
        } else if sc.is_generator {
            u.flags |= flags::GENERATOR;
        }
        if sc.nested {
            u.flags |= flags::NESTED;
        }
        self.units.push(u);
    }

    fn finish_unit(&mut self) -> ObjRef {
        let Some(mut u) = self.units.pop() else {
            return ObjRef::new(Payload::Object);
        };
        // Resolve labels; unconditional jumps to earlier code become backward jumps.
        for (i, ins) in u.instrs.iter_mut().enumerate() {
            if ins.op.is_jump() {
                let t = u
                    .labels
                    .get(ins.arg as usize)
                    .copied()
                    .flatten()
                    .unwrap_or(0);
                ins.arg = t;
                if ins.op == Op::Jump && (t as usize) <= i {
                    ins.op = Op::JumpBackward;
                }
            }
        }
        let mut depth: i32 = 0;
        let mut max: i32 = 0;
        for ins in u.instrs.iter() {
            depth += ins.op.stack_effect(ins.arg);
            if matches!(ins.op, Op::SetupFinally) {
                depth += 0;
            }
            max = max.max(depth);
        }
        let mk = |this: &Self, s: &str| this.intern(s);
        let sc = &self.st.scopes[u.scope];
        let cell2arg: Vec<Option<u32>> = u
            .cellvars
            .iter()
            .map(|c| sc.params.iter().position(|p| p == c).map(|i| i as u32))
            .collect();
        let code = CodeObject {
            name: u.name.clone(),
            qualname: u.qualname.clone(),
            filename: self.filename.clone(),
            first_line: u.first_line,
            argcount: u.argcount,
            posonlyargcount: u.posonly,
            kwonlyargcount: u.kwonly,
            flags: u.flags,
            varnames: u.varnames.iter().map(|s| mk(self, s)).collect(),
            cellvars: u.cellvars.iter().map(|s| mk(self, s)).collect(),
            freevars: u.freevars.iter().map(|s| mk(self, s)).collect(),
            cell2arg,
            names: core::mem::take(&mut u.names),
            consts: core::mem::take(&mut u.consts),
            caches: InlineCache::new_table(u.instrs.len()),
            instrs: u.instrs.into_boxed_slice(),
            positions: u.positions.into_boxed_slice(),
            max_stack: (max.max(0) as u32) + 4,
        };
        ObjRef::new(Payload::Code(Box::new(code)))
    }

    fn intern(&self, s: &str) -> ObjRef {
        match self.interp {
            Some(i) => i.intern(s),
            None => ObjRef::new(Payload::Str(StrObj::new(String::from(s)))),
        }
    }

    // ----- emitting -----

    fn emit(&mut self, op: Op, arg: u32) -> usize {
        let u = self.unit();
        let s = u.span;
        u.instrs.push(Instr::new(op, arg));
        u.positions.push(Position {
            line: s.line,
            col: s.col,
            end_line: s.end_line,
            end_col: s.end_col,
        });
        u.instrs.len() - 1
    }

    fn new_label(&mut self) -> usize {
        let u = self.unit();
        u.labels.push(None);
        u.labels.len() - 1
    }

    fn bind(&mut self, l: usize) {
        let u = self.unit();
        let here = u.instrs.len() as u32;
        if let Some(slot) = u.labels.get_mut(l) {
            *slot = Some(here);
        }
    }

    fn jump(&mut self, op: Op, l: usize) {
        self.emit(op, l as u32);
    }

    fn add_const(&mut self, key: Option<ConstKey>, v: Value) -> u32 {
        let u = self.unit();
        if let Some(k) = &key {
            if let Some(&i) = u.const_map.get(k) {
                return i;
            }
        }
        let i = u.consts.len() as u32;
        u.consts.push(v);
        if let Some(k) = key {
            u.const_map.insert(k, i);
        }
        i
    }

    fn const_none(&mut self) -> u32 {
        self.add_const(Some(ConstKey::None), Value::None)
    }

    fn str_const(&mut self, s: &str) -> u32 {
        let v = Value::Obj(self.intern_if_short(s));
        self.add_const(Some(ConstKey::Str(String::from(s))), v)
    }

    fn intern_if_short(&self, s: &str) -> ObjRef {
        if s.len() <= 40 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
            self.intern(s)
        } else {
            ObjRef::new(Payload::Str(StrObj::new(String::from(s))))
        }
    }

    fn const_value(
        &mut self,
        c: &Constant,
        span: Span,
    ) -> Result<(Option<ConstKey>, Value), CompileError> {
        Ok(match c {
            Constant::None => (Some(ConstKey::None), Value::None),
            Constant::Bool(b) => (Some(ConstKey::Bool(*b)), Value::Bool(*b)),
            Constant::Int(i) => (Some(ConstKey::Int(*i)), Value::Int(*i)),
            Constant::Float(f) => (Some(ConstKey::Float(f.to_bits())), Value::Float(*f)),
            Constant::Str(s) => (
                Some(ConstKey::Str(s.clone())),
                Value::Obj(self.intern_if_short(s)),
            ),
            Constant::Bytes(b) => (
                Some(ConstKey::Bytes(b.clone())),
                Value::from_payload(Payload::Bytes(BytesObj { data: b.clone() })),
            ),
            Constant::Ellipsis => (
                Some(ConstKey::Ellipsis),
                match self.interp {
                    Some(i) => Value::Obj(i.ellipsis.clone()),
                    None => Value::None,
                },
            ),
            Constant::BigInt { digits, radix } => match crate::num::BigInt::parse(digits, *radix) {
                Some(b) => (None, Value::from_bigint(b)),
                None => return Err(err("invalid integer literal", span)),
            },
            Constant::Imag(f) => (
                Some(ConstKey::Imag(f.to_bits())),
                crate::object::complex::new_complex(0.0, *f),
            ),
        })
    }

    fn load_const(&mut self, c: &Constant, span: Span) -> R {
        let (k, v) = self.const_value(c, span)?;
        let i = self.add_const(k, v);
        self.emit(Op::LoadConst, i);
        Ok(())
    }

    fn name(&mut self, s: &str) -> u32 {
        if let Some(&i) = self.unit().name_map.get(s) {
            return i;
        }
        let o = self.intern(s);
        let u = self.unit();
        let i = u.names.len() as u32;
        u.names.push(o);
        u.name_map.insert(String::from(s), i);
        i
    }

    fn deref_index(&mut self, s: &str) -> u32 {
        let u = self.unit();
        if let Some(i) = u.cellvars.iter().position(|c| c == s) {
            return i as u32;
        }
        if let Some(i) = u.freevars.iter().position(|c| c == s) {
            return (u.cellvars.len() + i) as u32;
        }
        0
    }

    fn var_index(&mut self, s: &str) -> u32 {
        let u = self.unit();
        if let Some(&i) = u.var_map.get(s) {
            return i;
        }
        let i = u.varnames.len() as u32;
        u.varnames.push(String::from(s));
        u.var_map.insert(String::from(s), i);
        i
    }

    /// The class whose body or methods are being compiled (for mangling).
    fn private(&self) -> Option<&str> {
        self.units
            .iter()
            .rev()
            .find(|u| u.kind == ScopeKind::Class)
            .map(|u| u.name.as_str())
    }

    /// The name-table index of attribute `attr`, private names mangled.
    fn attr_name(&mut self, attr: &str) -> u32 {
        let m = crate::compile::symtable::mangle(self.private(), attr);
        self.name(&m)
    }

    fn name_op(&mut self, id: &str, ctx: Ctx) {
        let mangled = crate::compile::symtable::mangle(self.private(), id);
        let id = mangled.as_str();
        let scope = self.unit().scope;
        let sc = &self.st.scopes[scope];
        let sym = sc.lookup(id);
        let optimized = sc.is_function_like();
        let is_class = sc.kind == ScopeKind::Class;
        let (op_load, op_store, op_del, arg) = match sym {
            Sym::Free if is_class => {
                let i = self.deref_index(id);
                (Op::LoadClassDeref, Op::StoreDeref, Op::DeleteDeref, i)
            }
            Sym::Free | Sym::Cell => {
                let i = self.deref_index(id);
                (Op::LoadDeref, Op::StoreDeref, Op::DeleteDeref, i)
            }
            Sym::Local if optimized => {
                let i = self.var_index(id);
                (Op::LoadFast, Op::StoreFast, Op::DeleteFast, i)
            }
            Sym::GlobalExplicit => {
                let i = self.name(id);
                (Op::LoadGlobal, Op::StoreGlobal, Op::DeleteGlobal, i)
            }
            Sym::GlobalImplicit if optimized => {
                let i = self.name(id);
                (Op::LoadGlobal, Op::StoreGlobal, Op::DeleteGlobal, i)
            }
            _ => {
                let i = self.name(id);
                (Op::LoadName, Op::StoreName, Op::DeleteName, i)
            }
        };
        let op = match ctx {
            Ctx::Load => op_load,
            Ctx::Store => op_store,
            Ctx::Del => op_del,
        };
        self.emit(op, arg);
    }

    // ----- statements -----

    fn stmts(&mut self, body: &'a [Stmt]) -> R {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &'a Stmt) -> R {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(err("too many statically nested blocks", s.span));
        }
        let old = self.unit().span;
        self.unit().span = s.span;
        let r = self.stmt_inner(s);
        self.unit().span = old;
        self.depth -= 1;
        r
    }

    fn stmt_inner(&mut self, s: &'a Stmt) -> R {
        match &s.kind {
            StmtKind::FunctionDef {
                name,
                args,
                body,
                decorators,
                returns,
                ..
            } => {
                self.decorators(decorators)?;
                let returns = returns.as_deref();
                self.make_function(
                    node_key(s),
                    name,
                    args,
                    returns,
                    FnBody::Stmts(body),
                    s.span,
                )?;
                self.apply_decorators(decorators.len());
                self.name_op(name, Ctx::Store);
            }
            StmtKind::ClassDef {
                name,
                bases,
                keywords,
                body,
                decorators,
            } => {
                self.class_def(s, name, bases, keywords, body, decorators)?;
            }
            StmtKind::Return(v) => {
                let sc = self.unit().scope;
                if !self.st.scopes[sc].is_function_like() {
                    return Err(err("'return' outside function", s.span));
                }
                if v.is_some() && self.unit().flags & flags::ASYNC_GENERATOR != 0 {
                    return Err(err("'return' with value in async generator", s.span));
                }
                match v {
                    Some(v) => self.expr(v)?,
                    None => {
                        let c = self.const_none();
                        self.emit(Op::LoadConst, c);
                    }
                }
                self.unwind_fblocks(true, false)?;
                self.unit().span = s.span;
                self.emit(Op::ReturnValue, 0);
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.delete(t)?;
                }
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Op::Copy, 1);
                    }
                    self.store(t)?;
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value)?,
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let Some(v) = value {
                    self.expr(v)?;
                    self.store(target)?;
                }
                let scope = self.unit().scope;
                if !self.st.scopes[scope].is_function_like() {
                    if let (true, ExprKind::Name { id, .. }) = (*simple, &target.kind) {
                        if self.future_annotations {
                            let text = self.str_const(&unparse_annotation(annotation));
                            self.emit(Op::LoadConst, text);
                        } else {
                            self.expr(annotation)?;
                        }
                        let c = self.str_const(id);
                        self.emit(Op::StoreAnnotation, c);
                    } else if value.is_none() && !self.future_annotations {
                        self.expr(annotation)?;
                        self.emit(Op::PopTop, 0);
                    }
                }
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            } => {
                if *is_async {
                    return self.async_for(target, iter, body, orelse, s.span);
                }
                let start = self.new_label();
                let cleanup = self.new_label();
                let end = self.new_label();
                self.expr(iter)?;
                self.emit(Op::GetIter, 0);
                self.bind(start);
                self.jump(Op::ForIter, cleanup);
                self.store(target)?;
                self.unit().fblocks.push(FBlock::For { start, end });
                self.stmts(body)?;
                self.unit().fblocks.pop();
                self.unit().span = s.span;
                self.jump(Op::Jump, start);
                self.bind(cleanup);
                self.stmts(orelse)?;
                self.bind(end);
            }
            StmtKind::While { test, body, orelse } => {
                let start = self.new_label();
                let orelse_l = self.new_label();
                let end = self.new_label();
                self.bind(start);
                let always = matches!(test.kind, ExprKind::Constant(Constant::Bool(true)));
                if !always {
                    self.cond_jump(test, false, orelse_l)?;
                }
                self.unit().fblocks.push(FBlock::While { start, end });
                self.stmts(body)?;
                self.unit().fblocks.pop();
                self.unit().span = s.span;
                self.jump(Op::Jump, start);
                self.bind(orelse_l);
                self.stmts(orelse)?;
                self.bind(end);
            }
            StmtKind::If { test, body, orelse } => {
                let else_l = self.new_label();
                let end = self.new_label();
                self.cond_jump(test, false, else_l)?;
                self.stmts(body)?;
                if !orelse.is_empty() {
                    self.jump(Op::Jump, end);
                }
                self.bind(else_l);
                self.stmts(orelse)?;
                self.bind(end);
            }
            StmtKind::With {
                items,
                body,
                is_async,
            } => {
                if *is_async {
                    if !self.in_async_function() {
                        return Err(err("'async with' outside async function", s.span));
                    }
                    self.with(items, body, s.span, true)?;
                } else {
                    self.with(items, body, s.span, false)?;
                }
            }
            StmtKind::Match { subject, cases } => self.match_stmt(subject, cases)?,
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.emit(Op::RaiseVarargs, n);
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                if finalbody.is_empty() {
                    self.try_except(body, handlers, orelse)?;
                } else {
                    self.try_finally(body, handlers, orelse, finalbody)?;
                }
            }
            StmtKind::Assert { test, msg } => {
                let end = self.new_label();
                self.cond_jump(test, true, end)?;
                match msg {
                    Some(m) => {
                        self.emit(Op::PushNull, 0);
                        self.emit(Op::LoadAssertionError, 0);
                        self.expr(m)?;
                        self.emit(Op::Call, 1);
                    }
                    None => {
                        self.emit(Op::LoadAssertionError, 0);
                    }
                }
                self.emit(Op::RaiseVarargs, 1);
                self.bind(end);
            }
            StmtKind::Import(names) => {
                for a in names {
                    let old = self.unit().span;
                    self.unit().span = a.span;
                    let z = self.add_const(Some(ConstKey::Int(0)), Value::Int(0));
                    self.emit(Op::LoadConst, z);
                    let c = self.const_none();
                    self.emit(Op::LoadConst, c);
                    let n = self.name(&a.name);
                    self.emit(Op::ImportName, n);
                    match &a.asname {
                        Some(asn) => {
                            let parts: Vec<&str> = a.name.split('.').collect();
                            if parts.len() > 1 {
                                for p in &parts[1..] {
                                    let i = self.name(p);
                                    self.emit(Op::ImportFrom, i);
                                    self.emit(Op::Swap, 2);
                                    self.emit(Op::PopTop, 0);
                                }
                            }
                            self.name_op(asn, Ctx::Store);
                        }
                        None => {
                            let first = a.name.split('.').next().unwrap_or("");
                            self.name_op(first, Ctx::Store);
                        }
                    }
                    self.unit().span = old;
                }
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                if module.as_deref() == Some("__future__")
                    && *level == 0
                    && names.iter().any(|a| a.name == "annotations")
                {
                    self.future_annotations = true;
                }
                let lv = self.add_const(
                    Some(ConstKey::Int(i64::from(*level))),
                    Value::Int(i64::from(*level)),
                );
                self.emit(Op::LoadConst, lv);
                let items: Vec<Value> = names
                    .iter()
                    .map(|a| Value::Obj(self.intern(&a.name)))
                    .collect();
                let keys = names
                    .iter()
                    .map(|a| ConstKey::Str(a.name.clone()))
                    .collect();
                let t = Value::from_payload(Payload::Tuple(TupleObj::new(items)));
                let c = self.add_const(Some(ConstKey::Tuple(keys)), t);
                self.emit(Op::LoadConst, c);
                let m = self.name(module.as_deref().unwrap_or(""));
                self.emit(Op::ImportName, m);
                if names.len() == 1 && names[0].name == "*" {
                    self.emit(Op::ImportStar, 0);
                } else {
                    for a in names {
                        let old = self.unit().span;
                        self.unit().span = a.span;
                        let i = self.name(&a.name);
                        self.emit(Op::ImportFrom, i);
                        self.name_op(a.asname.as_deref().unwrap_or(&a.name), Ctx::Store);
                        self.unit().span = old;
                    }
                    self.emit(Op::PopTop, 0);
                }
            }
            StmtKind::Global(_) | StmtKind::Nonlocal(_) | StmtKind::Pass => {}
            StmtKind::Expr(e) => {
                if self.mode == CodeMode::Interactive && self.units.len() == 1 {
                    self.expr(e)?;
                    self.emit(Op::PrintExpr, 0);
                } else if is_const(e) {
                    // A bare constant (docstring-like) has no effect.
                } else {
                    self.expr(e)?;
                    self.emit(Op::PopTop, 0);
                }
            }
            StmtKind::Break => {
                if !self.in_loop() {
                    return Err(err("'break' outside loop", s.span));
                }
                self.unwind_fblocks(false, true)?;
                let end = match self.unit().fblocks.iter().rev().find_map(|f| match f {
                    FBlock::While { end, .. } | FBlock::For { end, .. } => Some(*end),
                    _ => None,
                }) {
                    Some(e) => e,
                    None => return Err(err("'break' outside loop", s.span)),
                };
                if matches!(
                    self.unit()
                        .fblocks
                        .iter()
                        .rev()
                        .find(|f| matches!(f, FBlock::While { .. } | FBlock::For { .. })),
                    Some(FBlock::For { .. })
                ) {
                    self.emit(Op::PopTop, 0);
                }
                self.unit().span = s.span;
                self.jump(Op::Jump, end);
            }
            StmtKind::Continue => {
                if !self.in_loop() {
                    return Err(err("'continue' not properly in loop", s.span));
                }
                self.unwind_fblocks(false, true)?;
                let start = self.unit().fblocks.iter().rev().find_map(|f| match f {
                    FBlock::While { start, .. } | FBlock::For { start, .. } => Some(*start),
                    _ => None,
                });
                self.unit().span = s.span;
                if let Some(st) = start {
                    self.jump(Op::Jump, st);
                }
            }
        }
        Ok(())
    }

    fn in_loop(&mut self) -> bool {
        self.unit()
            .fblocks
            .iter()
            .any(|f| matches!(f, FBlock::While { .. } | FBlock::For { .. }))
    }

    /// Emits the cleanup of every fblock up to (not including) the innermost
    /// loop (`to_loop`) or all of them (return). `preserve_tos`: a return
    /// value is on top of the stack.
    fn unwind_fblocks(&mut self, preserve_tos: bool, to_loop: bool) -> R {
        let mut popped: Vec<FBlock<'a>> = Vec::new();
        let mut result = Ok(());
        while let Some(fb) = self.unit().fblocks.pop() {
            if to_loop && matches!(fb, FBlock::While { .. } | FBlock::For { .. }) {
                self.unit().fblocks.push(fb);
                break;
            }
            let r = self.unwind_one(&fb, preserve_tos);
            popped.push(fb);
            if r.is_err() {
                result = r;
                break;
            }
        }
        while let Some(fb) = popped.pop() {
            self.unit().fblocks.push(fb);
        }
        result
    }

    fn unwind_one(&mut self, fb: &FBlock<'a>, preserve_tos: bool) -> R {
        match fb {
            FBlock::While { .. } => {}
            FBlock::For { .. } => {
                if preserve_tos {
                    self.emit(Op::Swap, 2);
                }
                self.emit(Op::PopTop, 0);
            }
            FBlock::TryExcept => {
                self.emit(Op::PopBlock, 0);
            }
            FBlock::FinallyTry(body) => {
                self.emit(Op::PopBlock, 0);
                self.stmts(body)?;
            }
            FBlock::Handler { exc_on_stack } => {
                self.emit(Op::PopExcept, 0);
                if *exc_on_stack {
                    if preserve_tos {
                        self.emit(Op::Swap, 2);
                    }
                    self.emit(Op::PopTop, 0);
                }
            }
            FBlock::HandlerCleanup(name) => {
                self.emit(Op::PopBlock, 0);
                let c = self.const_none();
                self.emit(Op::LoadConst, c);
                self.name_op(name, Ctx::Store);
                self.name_op(name, Ctx::Del);
            }
            FBlock::With => {
                self.emit(Op::PopBlock, 0);
                if preserve_tos {
                    self.emit(Op::Swap, 2);
                }
                self.emit(Op::WithExitNormal, 0);
            }
            FBlock::AsyncWith => {
                self.emit(Op::PopBlock, 0);
                if preserve_tos {
                    self.emit(Op::Swap, 2);
                }
                self.async_exit_normal();
            }
        }
        Ok(())
    }

    /// True inside an `async def` body.
    fn in_async_function(&mut self) -> bool {
        let sc = self.unit().scope;
        self.st.scopes[sc].is_async
    }

    /// `exit --`: calls `exit(None, None, None)` and awaits the result.
    fn async_exit_normal(&mut self) {
        self.emit(Op::PushNull, 0);
        self.emit(Op::Swap, 2);
        let c = self.const_none();
        for _ in 0..3 {
            self.emit(Op::LoadConst, c);
        }
        self.emit(Op::Call, 3);
        self.emit(Op::GetAwaitable, 2);
        self.await_loop();
        self.emit(Op::PopTop, 0);
    }

    /// `awaitable -- result`: the `SEND`/`YIELD_VALUE` loop of `await`.
    fn await_loop(&mut self) {
        let start = self.new_label();
        let exit = self.new_label();
        let c = self.const_none();
        self.emit(Op::LoadConst, c);
        self.bind(start);
        self.jump(Op::Send, exit);
        self.emit(Op::YieldValue, 1);
        self.jump(Op::Jump, start);
        self.bind(exit);
    }

    /// `aiter -- aiter next` or, on StopAsyncIteration, `aiter --` and a jump to `end`.
    fn async_next(&mut self, end: usize) {
        let handler = self.new_label();
        let got = self.new_label();
        self.jump(Op::SetupFinally, handler);
        self.emit(Op::GetAnext, 0);
        self.emit(Op::GetAwaitable, 0);
        self.await_loop();
        self.emit(Op::PopBlock, 0);
        self.jump(Op::Jump, got);
        self.bind(handler);
        self.emit(Op::EndAsyncFor, 0);
        self.jump(Op::Jump, end);
        self.bind(got);
    }

    fn async_for(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
        span: Span,
    ) -> R {
        if !self.in_async_function() {
            return Err(err("'async for' outside async function", span));
        }
        let start = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.expr(iter)?;
        self.unit().span = span;
        self.emit(Op::GetAiter, 0);
        self.bind(start);
        self.unit().span = span;
        self.async_next(cleanup);
        self.store(target)?;
        self.unit().fblocks.push(FBlock::For { start, end });
        self.stmts(body)?;
        self.unit().fblocks.pop();
        self.unit().span = span;
        self.jump(Op::Jump, start);
        self.bind(cleanup);
        self.stmts(orelse)?;
        self.bind(end);
        Ok(())
    }

    fn try_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> R {
        let handler_l = self.new_label();
        let end = self.new_label();
        self.jump(Op::SetupFinally, handler_l);
        self.unit().fblocks.push(FBlock::TryExcept);
        self.stmts(body)?;
        self.unit().fblocks.pop();
        self.emit(Op::PopBlock, 0);
        self.stmts(orelse)?;
        self.jump(Op::Jump, end);
        self.bind(handler_l);
        for h in handlers {
            let old = self.unit().span;
            self.unit().span = h.span;
            let next = self.new_label();
            if let Some(t) = &h.typ {
                self.emit(Op::Copy, 1);
                self.expr(t)?;
                self.emit(Op::CheckExcMatch, 0);
                self.jump(Op::PopJumpIfFalse, next);
            }
            match &h.name {
                Some(n) => {
                    self.name_op(n, Ctx::Store);
                    let cleanup = self.new_label();
                    self.jump(Op::SetupFinally, cleanup);
                    self.unit().fblocks.push(FBlock::Handler {
                        exc_on_stack: false,
                    });
                    self.unit().fblocks.push(FBlock::HandlerCleanup(n));
                    self.stmts(&h.body)?;
                    self.unit().fblocks.pop();
                    self.unit().fblocks.pop();
                    self.emit(Op::PopBlock, 0);
                    self.emit(Op::PopExcept, 0);
                    let c = self.const_none();
                    self.emit(Op::LoadConst, c);
                    self.name_op(n, Ctx::Store);
                    self.name_op(n, Ctx::Del);
                    self.jump(Op::Jump, end);
                    // Exception inside the handler body: clear the name, re-raise.
                    self.bind(cleanup);
                    let c = self.const_none();
                    self.emit(Op::LoadConst, c);
                    self.name_op(n, Ctx::Store);
                    self.name_op(n, Ctx::Del);
                    self.emit(Op::Reraise, 0);
                }
                None => {
                    self.emit(Op::PopTop, 0);
                    self.unit().fblocks.push(FBlock::Handler {
                        exc_on_stack: false,
                    });
                    self.stmts(&h.body)?;
                    self.unit().fblocks.pop();
                    self.emit(Op::PopExcept, 0);
                    self.jump(Op::Jump, end);
                }
            }
            self.bind(next);
            self.unit().span = old;
        }
        // No handler matched: re-raise (the handler block unwinds itself).
        self.emit(Op::Reraise, 0);
        self.bind(end);
        Ok(())
    }

    fn try_finally(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
    ) -> R {
        let handler_l = self.new_label();
        let end = self.new_label();
        self.jump(Op::SetupFinally, handler_l);
        self.unit().fblocks.push(FBlock::FinallyTry(finalbody));
        if handlers.is_empty() {
            self.stmts(body)?;
        } else {
            self.try_except(body, handlers, orelse)?;
        }
        self.unit().fblocks.pop();
        self.emit(Op::PopBlock, 0);
        self.stmts(finalbody)?;
        self.jump(Op::Jump, end);
        self.bind(handler_l);
        self.unit()
            .fblocks
            .push(FBlock::Handler { exc_on_stack: true });
        self.stmts(finalbody)?;
        self.unit().fblocks.pop();
        self.emit(Op::Reraise, 0);
        self.bind(end);
        Ok(())
    }

    /// `with` (`is_async`: `async with`, awaiting `__aenter__` and
    /// `__aexit__`), one item at a time, nested.
    fn with(&mut self, items: &'a [WithItem], body: &'a [Stmt], span: Span, is_async: bool) -> R {
        let Some((first, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        let handler_l = self.new_label();
        let end = self.new_label();
        self.expr(&first.context_expr)?;
        self.unit().span = span;
        if is_async {
            self.emit(Op::BeforeAsyncWith, 0);
            self.emit(Op::GetAwaitable, 1);
            self.await_loop();
        } else {
            self.emit(Op::BeforeWith, 0);
        }
        self.jump(Op::SetupWith, handler_l);
        match &first.optional_vars {
            Some(t) => self.store(t)?,
            None => {
                self.emit(Op::PopTop, 0);
            }
        }
        let fb = if is_async {
            FBlock::AsyncWith
        } else {
            FBlock::With
        };
        self.unit().fblocks.push(fb);
        if rest.is_empty() {
            self.stmts(body)?;
        } else {
            self.with(rest, body, span, is_async)?;
        }
        self.unit().fblocks.pop();
        self.unit().span = span;
        self.emit(Op::PopBlock, 0);
        if is_async {
            self.async_exit_normal();
        } else {
            self.emit(Op::WithExitNormal, 0);
        }
        self.jump(Op::Jump, end);
        // Exceptional exit: stack is [exit, exc] with a handler block.
        self.bind(handler_l);
        let suppress = self.new_label();
        self.emit(Op::WithExceptStart, 0);
        if is_async {
            self.emit(Op::GetAwaitable, 2);
            self.await_loop();
        }
        self.jump(Op::PopJumpIfTrue, suppress);
        self.emit(Op::Reraise, 0);
        self.bind(suppress);
        self.emit(Op::PopTop, 0);
        self.emit(Op::PopExcept, 0);
        self.emit(Op::PopTop, 0);
        self.bind(end);
        Ok(())
    }

    fn decorators(&mut self, decs: &'a [Expr]) -> R {
        for d in decs {
            self.emit(Op::PushNull, 0);
            self.expr(d)?;
        }
        Ok(())
    }

    fn apply_decorators(&mut self, n: usize) {
        for _ in 0..n {
            self.emit(Op::Call, 1);
        }
    }

    fn child_qualname(&mut self, name: &str) -> String {
        let u = self.unit();
        match u.kind {
            ScopeKind::Module => String::from(name),
            ScopeKind::Class => format!("{}.{}", u.qualname, name),
            _ => format!("{}.<locals>.{}", u.qualname, name),
        }
    }

    /// Pushes the closure tuple for a child scope, if it has free variables.
    fn closure(&mut self, child: usize) -> bool {
        let frees = self.st.scopes[child].freevars.clone();
        if frees.is_empty() {
            return false;
        }
        for f in &frees {
            let i = self.deref_index(f);
            self.emit(Op::LoadClosure, i);
        }
        self.emit(Op::BuildTuple, frees.len() as u32);
        true
    }

    /// Pushes a parameter or return annotation: its value, or under
    /// `from __future__ import annotations` its source text (PEP 563).
    fn annotation_value(&mut self, an: &'a Expr) -> R {
        if self.future_annotations {
            let text = self.str_const(&unparse_annotation(an));
            self.emit(Op::LoadConst, text);
            Ok(())
        } else {
            self.expr(an)
        }
    }

    fn make_function(
        &mut self,
        key: usize,
        name: &str,
        args: &'a Arguments,
        returns: Option<&'a Expr>,
        body: FnBody<'a>,
        span: Span,
    ) -> R {
        let Some(&child) = self.st.by_node.get(&key) else {
            return Err(err("internal: missing scope", span));
        };
        let mut fl = 0;
        if !args.defaults.is_empty() {
            for d in &args.defaults {
                self.expr(d)?;
            }
            self.emit(Op::BuildTuple, args.defaults.len() as u32);
            fl |= 1;
        }
        let kwd: Vec<(&Arg, &Expr)> = args
            .kwonlyargs
            .iter()
            .zip(&args.kw_defaults)
            .filter_map(|(a, d)| d.as_ref().map(|d| (a, d)))
            .collect();
        if !kwd.is_empty() {
            for (a, d) in &kwd {
                let m = crate::compile::symtable::mangle(self.private(), &a.arg);
                let c = self.str_const(&m);
                self.emit(Op::LoadConst, c);
                self.expr(d)?;
            }
            self.emit(Op::BuildMap, kwd.len() as u32);
            fl |= 2;
        }
        // `__annotations__`: name/value pairs, evaluated here (flag 8).
        let mut n_ann = 0u32;
        for a in crate::compile::symtable::all_args(args) {
            if let Some(an) = &a.annotation {
                let m = crate::compile::symtable::mangle(self.private(), &a.arg);
                let c = self.str_const(&m);
                self.emit(Op::LoadConst, c);
                self.annotation_value(an)?;
                n_ann += 1;
            }
        }
        if let Some(r) = returns {
            let c = self.str_const("return");
            self.emit(Op::LoadConst, c);
            self.annotation_value(r)?;
            n_ann += 1;
        }
        if n_ann > 0 {
            self.emit(Op::BuildMap, n_ann);
            fl |= 8;
        }
        if self.closure(child) {
            fl |= 4;
        }
        let qualname = self.child_qualname(name);
        self.push_unit(child, name, qualname, span.line);
        {
            let u = self.unit();
            u.argcount = (args.posonlyargs.len() + args.args.len()) as u32;
            u.posonly = args.posonlyargs.len() as u32;
            u.kwonly = args.kwonlyargs.len() as u32;
            if args.vararg.is_some() {
                u.flags |= flags::VARARGS;
            }
            if args.kwarg.is_some() {
                u.flags |= flags::VARKEYWORDS;
            }
        }
        // Parameter slot order: positional, keyword-only, *args, **kwargs
        // (private names mangled, as the symbol table has them).
        let private = self.private().map(String::from);
        let mangle = |a: &Arg| crate::compile::symtable::mangle(private.as_deref(), &a.arg);
        let mut order: Vec<String> = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .map(mangle)
            .collect();
        order.extend(args.kwonlyargs.iter().map(mangle));
        if let Some(v) = &args.vararg {
            order.push(mangle(v));
        }
        if let Some(k) = &args.kwarg {
            order.push(mangle(k));
        }
        let order: Vec<&str> = order.iter().map(String::as_str).collect();
        self.reorder_params(&order);
        let r = match body {
            FnBody::Stmts(stmts) => {
                let mut stmts = stmts;
                if let Some(doc) = docstring(stmts) {
                    let c = self.str_const(doc);
                    let _ = c;
                    self.unit().flags |= HAS_DOCSTRING;
                    stmts = &stmts[1..];
                }
                let r = self.stmts(stmts);
                if r.is_ok() {
                    let c = self.const_none();
                    self.emit(Op::LoadConst, c);
                    self.emit(Op::ReturnValue, 0);
                }
                r
            }
            FnBody::Expr(e) => {
                let r = self.expr(e);
                if r.is_ok() {
                    self.emit(Op::ReturnValue, 0);
                }
                r
            }
        };
        let code = self.finish_unit();
        r?;
        let c = self.add_const(None, Value::Obj(code));
        self.emit(Op::LoadConst, c);
        self.emit(Op::MakeFunction, fl);
        Ok(())
    }

    /// Puts the parameters first in the varnames, in signature order.
    fn reorder_params(&mut self, order: &[&str]) {
        let u = self.unit();
        let mut names: Vec<String> = order.iter().map(|s| String::from(*s)).collect();
        for n in &u.varnames {
            if !names.contains(n) {
                names.push(n.clone());
            }
        }
        u.var_map.clear();
        for (i, n) in names.iter().enumerate() {
            u.var_map.insert(n.clone(), i as u32);
        }
        u.varnames = names;
    }

    fn class_def(
        &mut self,
        s: &'a Stmt,
        name: &str,
        bases: &'a [Expr],
        keywords: &'a [Keyword],
        body: &'a [Stmt],
        decorators: &'a [Expr],
    ) -> R {
        self.decorators(decorators)?;
        let Some(&child) = self.st.by_node.get(&node_key(s)) else {
            return Err(err("internal: missing scope", s.span));
        };
        self.emit(Op::PushNull, 0);
        self.emit(Op::LoadBuildClass, 0);
        let has_closure = self.closure(child);
        let qualname = self.child_qualname(name);
        self.push_unit(child, name, qualname.clone(), s.span.line);
        let r = (|| -> R {
            let n = self.name("__name__");
            self.emit(Op::LoadName, n);
            let m = self.name("__module__");
            self.emit(Op::StoreName, m);
            let q = self.str_const(&qualname);
            self.emit(Op::LoadConst, q);
            let qn = self.name("__qualname__");
            self.emit(Op::StoreName, qn);
            let mut body = body;
            if let Some(doc) = docstring(body) {
                let c = self.str_const(doc);
                self.emit(Op::LoadConst, c);
                let d = self.name("__doc__");
                self.emit(Op::StoreName, d);
                body = &body[1..];
            }
            if self.st.scopes[child].has_annotations {
                self.emit(Op::SetupAnnotations, 0);
            }
            self.stmts(body)?;
            if self.st.scopes[child].needs_class_cell {
                let i = self.deref_index("__class__");
                self.emit(Op::LoadClosure, i);
                self.emit(Op::Copy, 1);
                let cc = self.name("__classcell__");
                self.emit(Op::StoreName, cc);
            } else {
                let c = self.const_none();
                self.emit(Op::LoadConst, c);
            }
            self.emit(Op::ReturnValue, 0);
            Ok(())
        })();
        let code = self.finish_unit();
        r?;
        let c = self.add_const(None, Value::Obj(code));
        self.emit(Op::LoadConst, c);
        self.emit(Op::MakeFunction, if has_closure { 4 } else { 0 });
        let nc = self.str_const(name);
        self.emit(Op::LoadConst, nc);
        self.unit().span = s.span;
        self.call_tail(bases, keywords, 2)?;
        self.apply_decorators(decorators.len());
        self.name_op(name, Ctx::Store);
        Ok(())
    }

    // ----- targets -----

    fn store(&mut self, t: &'a Expr) -> R {
        let old = self.unit().span;
        self.unit().span = t.span;
        let r = self.store_inner(t);
        self.unit().span = old;
        r
    }

    fn store_inner(&mut self, t: &'a Expr) -> R {
        match &t.kind {
            ExprKind::Name { id, .. } => self.name_op(id, Ctx::Store),
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value)?;
                let n = self.attr_name(attr);
                self.emit(Op::StoreAttr, n);
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.emit(Op::StoreSubscr, 0);
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                let star = elts
                    .iter()
                    .position(|e| matches!(e.kind, ExprKind::Starred { .. }));
                match star {
                    None => {
                        // `a, b = x, y`: CPython 3.11 turns `BUILD_TUPLE n;
                        // UNPACK_SEQUENCE n` (n = 2, 3) into `SWAP n` (same
                        // stack result, no tuple).
                        let n = elts.len() as u32;
                        let u = self.unit();
                        let here = u.instrs.len() as u32;
                        let fuse = (n == 2 || n == 3)
                            && matches!(u.instrs.last(), Some(i) if i.op == Op::BuildTuple && i.arg == n)
                            && !u.labels.contains(&Some(here));
                        match u.instrs.last_mut() {
                            Some(last) if fuse => *last = Instr::new(Op::Swap, n),
                            _ => {
                                self.emit(Op::UnpackSequence, n);
                            }
                        }
                    }
                    Some(i) => {
                        if elts
                            .iter()
                            .filter(|e| matches!(e.kind, ExprKind::Starred { .. }))
                            .count()
                            > 1
                        {
                            return Err(err("multiple starred expressions in assignment", t.span));
                        }
                        let after = elts.len() - i - 1;
                        if i > 255 || after > 0xff_ffff {
                            return Err(err(
                                "too many expressions in star-unpacking assignment",
                                t.span,
                            ));
                        }
                        self.emit(Op::UnpackEx, (i as u32) | ((after as u32) << 8));
                    }
                }
                for e in elts {
                    match &e.kind {
                        ExprKind::Starred { value, .. } => self.store(value)?,
                        _ => self.store(e)?,
                    }
                }
            }
            ExprKind::Starred { .. } => {
                return Err(err(
                    "starred assignment target must be in a list or tuple",
                    t.span,
                ))
            }
            _ => return Err(err("cannot assign to expression", t.span)),
        }
        Ok(())
    }

    fn delete(&mut self, t: &'a Expr) -> R {
        let old = self.unit().span;
        self.unit().span = t.span;
        match &t.kind {
            ExprKind::Name { id, .. } => self.name_op(id, Ctx::Del),
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value)?;
                let n = self.attr_name(attr);
                self.emit(Op::DeleteAttr, n);
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.emit(Op::DeleteSubscr, 0);
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                for e in elts {
                    self.delete(e)?;
                }
            }
            _ => return Err(err("cannot delete expression", t.span)),
        }
        self.unit().span = old;
        Ok(())
    }

    fn aug_assign(&mut self, target: &'a Expr, op: BinOp, value: &'a Expr) -> R {
        match &target.kind {
            ExprKind::Name { id, .. } => {
                self.unit().span = target.span;
                self.name_op(id, Ctx::Load);
                self.expr(value)?;
                self.emit(Op::InplaceOp, binop_index(op));
                self.unit().span = target.span;
                self.name_op(id, Ctx::Store);
            }
            ExprKind::Attribute {
                value: obj, attr, ..
            } => {
                self.expr(obj)?;
                self.emit(Op::Copy, 1);
                let n = self.attr_name(attr);
                self.emit(Op::LoadAttr, n);
                self.expr(value)?;
                self.emit(Op::InplaceOp, binop_index(op));
                self.emit(Op::Swap, 2);
                self.emit(Op::StoreAttr, n);
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } => {
                self.expr(obj)?;
                self.expr(slice)?;
                self.emit(Op::Copy, 2);
                self.emit(Op::Copy, 2);
                self.emit(Op::BinarySubscr, 0);
                self.expr(value)?;
                self.emit(Op::InplaceOp, binop_index(op));
                self.emit(Op::Swap, 3);
                self.emit(Op::Swap, 2);
                self.emit(Op::StoreSubscr, 0);
            }
            _ => {
                return Err(err(
                    "'expression' is an illegal expression for augmented assignment",
                    target.span,
                ))
            }
        }
        Ok(())
    }

    // ----- expressions -----

    /// Compiles a condition and jumps to `label` when its truth equals `when`.
    fn cond_jump(&mut self, e: &'a Expr, when: bool, label: usize) -> R {
        match &e.kind {
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } => return self.cond_jump(operand, !when, label),
            ExprKind::BoolOp { op, values } => {
                let is_and = *op == BoolOpKind::And;
                // `a and b` jumps when false if any is false; when true only if all are.
                if is_and != when {
                    for v in values {
                        self.cond_jump(v, when, label)?;
                    }
                } else {
                    let skip = self.new_label();
                    let n = values.len();
                    for (i, v) in values.iter().enumerate() {
                        if i + 1 < n {
                            self.cond_jump(v, !when, skip)?;
                        } else {
                            self.cond_jump(v, when, label)?;
                        }
                    }
                    self.bind(skip);
                }
                return Ok(());
            }
            _ => {}
        }
        self.expr(e)?;
        self.unit().span = e.span;
        self.jump(
            if when {
                Op::PopJumpIfTrue
            } else {
                Op::PopJumpIfFalse
            },
            label,
        );
        Ok(())
    }

    fn expr(&mut self, e: &'a Expr) -> R {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(err("too many nested parentheses", e.span));
        }
        let old = self.unit().span;
        self.unit().span = e.span;
        let r = self.expr_inner(e);
        self.unit().span = old;
        self.depth -= 1;
        r
    }

    fn fold(&self, e: &Expr) -> Option<Constant> {
        match &e.kind {
            ExprKind::Constant(c) => Some(c.clone()),
            ExprKind::UnaryOp {
                op: UnaryOp::USub,
                operand,
            } => match self.fold(operand)? {
                Constant::Int(i) => i.checked_neg().map(Constant::Int),
                Constant::Float(f) => Some(Constant::Float(-f)),
                _ => None,
            },
            ExprKind::BinOp { left, op, right } => {
                let (a, b) = (self.fold(left)?, self.fold(right)?);
                match (a, b) {
                    (Constant::Int(x), Constant::Int(y)) => match op {
                        BinOp::Add => x.checked_add(y).map(Constant::Int),
                        BinOp::Sub => x.checked_sub(y).map(Constant::Int),
                        BinOp::Mult => x.checked_mul(y).map(Constant::Int),
                        _ => None,
                    },
                    (Constant::Float(x), Constant::Float(y)) => match op {
                        BinOp::Add => Some(Constant::Float(x + y)),
                        BinOp::Sub => Some(Constant::Float(x - y)),
                        BinOp::Mult => Some(Constant::Float(x * y)),
                        _ => None,
                    },
                    _ => None,
                }
            }
            _ => None,
        }
    }

    fn const_tuple(&mut self, elts: &[Expr]) -> Option<u32> {
        let mut keys = Vec::new();
        let mut vals = Vec::new();
        for e in elts {
            let c = self.fold(e)?;
            if matches!(
                c,
                Constant::BigInt { .. }
                    | Constant::Imag(_)
                    | Constant::Bytes(_)
                    | Constant::Ellipsis
            ) {
                return None;
            }
            let (k, v) = self.const_value(&c, e.span).ok()?;
            keys.push(k?);
            vals.push(v);
        }
        let t = if vals.is_empty() {
            match self.interp {
                Some(i) => Value::Obj(i.empty_tuple.clone()),
                None => Value::from_payload(Payload::Tuple(TupleObj::new(vals))),
            }
        } else {
            Value::from_payload(Payload::Tuple(TupleObj::new(vals)))
        };
        Some(self.add_const(Some(ConstKey::Tuple(keys)), t))
    }

    fn expr_inner(&mut self, e: &'a Expr) -> R {
        match &e.kind {
            ExprKind::Constant(c) => self.load_const(c, e.span)?,
            ExprKind::Name { id, ctx } => self.name_op(id, *ctx),
            ExprKind::BoolOp { op, values } => {
                let end = self.new_label();
                let n = values.len();
                for (i, v) in values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < n {
                        let j = if *op == BoolOpKind::And {
                            Op::JumpIfFalseOrPop
                        } else {
                            Op::JumpIfTrueOrPop
                        };
                        self.jump(j, end);
                    }
                }
                self.bind(end);
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit(Op::Copy, 1);
                self.store(target)?;
            }
            ExprKind::BinOp { left, op, right } => {
                if let Some(c) = self.fold(e) {
                    return self.load_const(&c, e.span);
                }
                self.expr(left)?;
                self.expr(right)?;
                self.emit(Op::BinaryOp, binop_index(*op));
            }
            ExprKind::UnaryOp { op, operand } => {
                if let Some(c) = self.fold(e) {
                    return self.load_const(&c, e.span);
                }
                self.expr(operand)?;
                let o = match op {
                    UnaryOp::Invert => Op::UnaryInvert,
                    UnaryOp::Not => Op::UnaryNot,
                    UnaryOp::UAdd => Op::UnaryPositive,
                    UnaryOp::USub => Op::UnaryNegative,
                };
                self.emit(o, 0);
            }
            ExprKind::Lambda { args, body } => {
                self.make_function(
                    node_key(e),
                    "<lambda>",
                    args,
                    None,
                    FnBody::Expr(body),
                    e.span,
                )?;
            }
            ExprKind::IfExp { test, body, orelse } => {
                let else_l = self.new_label();
                let end = self.new_label();
                self.cond_jump(test, false, else_l)?;
                self.expr(body)?;
                self.jump(Op::Jump, end);
                self.bind(else_l);
                self.expr(orelse)?;
                self.bind(end);
            }
            ExprKind::Dict { keys, values } => {
                if keys.iter().all(|k| k.is_some()) {
                    for (k, v) in keys.iter().zip(values) {
                        if let Some(k) = k {
                            self.expr(k)?;
                        }
                        self.expr(v)?;
                    }
                    self.emit(Op::BuildMap, keys.len() as u32);
                } else {
                    self.emit(Op::BuildMap, 0);
                    for (k, v) in keys.iter().zip(values) {
                        match k {
                            Some(k) => {
                                self.expr(k)?;
                                self.expr(v)?;
                                self.emit(Op::MapAdd, 1);
                            }
                            None => {
                                self.expr(v)?;
                                self.emit(Op::DictUpdate, 1);
                            }
                        }
                    }
                }
            }
            ExprKind::Set(elts) => self.sequence(elts, Op::BuildSet)?,
            ExprKind::List { elts, ctx } => match ctx {
                Ctx::Load => self.sequence(elts, Op::BuildList)?,
                Ctx::Store => self.store(e)?,
                Ctx::Del => self.delete(e)?,
            },
            ExprKind::Tuple { elts, ctx } => match ctx {
                Ctx::Load => {
                    if let Some(c) = self.const_tuple(elts) {
                        self.emit(Op::LoadConst, c);
                    } else {
                        self.sequence(elts, Op::BuildTuple)?
                    }
                }
                Ctx::Store => self.store(e)?,
                Ctx::Del => self.delete(e)?,
            },
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, "<listcomp>", generators, CompKind::List(elt))?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, "<setcomp>", generators, CompKind::Set(elt))?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, "<dictcomp>", generators, CompKind::Dict(key, value))?,
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, "<genexpr>", generators, CompKind::Gen(elt))?
            }
            ExprKind::Await(v) => {
                let si = self.unit().scope;
                let sc = &self.st.scopes[si];
                if !sc.is_function_like() {
                    return Err(err("'await' outside function", e.span));
                }
                if !sc.is_async && sc.kind != ScopeKind::Comprehension {
                    return Err(err("'await' outside async function", e.span));
                }
                self.expr(v)?;
                self.unit().span = e.span;
                self.emit(Op::GetAwaitable, 0);
                self.await_loop();
            }
            ExprKind::Yield(v) => {
                self.check_yield(e.span)?;
                match v {
                    Some(v) => self.expr(v)?,
                    None => {
                        let c = self.const_none();
                        self.emit(Op::LoadConst, c);
                    }
                }
                let a = self.yield_arg();
                self.emit(Op::YieldValue, a);
            }
            ExprKind::YieldFrom(v) => {
                self.check_yield(e.span)?;
                if self.in_async_function() {
                    return Err(err("'yield from' inside async function", e.span));
                }
                self.expr(v)?;
                self.yield_from();
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.compare(left, ops, comparators)?,
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.call(func, args, keywords, e.span)?,
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                self.expr(value)?;
                let mut fl = match conversion {
                    Some('s') => 1,
                    Some('r') => 2,
                    Some('a') => 3,
                    _ => 0,
                };
                if let Some(spec) = format_spec {
                    self.expr(spec)?;
                    fl |= 4;
                }
                self.emit(Op::FormatValue, fl);
            }
            ExprKind::JoinedStr(parts) => {
                if parts.is_empty() {
                    let c = self.str_const("");
                    self.emit(Op::LoadConst, c);
                } else {
                    for p in parts {
                        self.expr(p)?;
                    }
                    if parts.len() > 1 || !matches!(parts[0].kind, ExprKind::FormattedValue { .. })
                    {
                        self.emit(Op::BuildString, parts.len() as u32);
                    }
                }
            }
            ExprKind::Attribute { value, attr, ctx } => match ctx {
                Ctx::Load => {
                    self.expr(value)?;
                    let n = self.attr_name(attr);
                    self.emit(Op::LoadAttr, n);
                }
                Ctx::Store => self.store(e)?,
                Ctx::Del => self.delete(e)?,
            },
            ExprKind::Subscript { value, slice, ctx } => match ctx {
                Ctx::Load => {
                    self.expr(value)?;
                    self.expr(slice)?;
                    self.emit(Op::BinarySubscr, 0);
                }
                Ctx::Store => self.store(e)?,
                Ctx::Del => self.delete(e)?,
            },
            ExprKind::Starred { .. } => {
                return Err(err("can't use starred expression here", e.span))
            }
            ExprKind::Slice { lower, upper, step } => {
                let mut n = 2;
                for (i, x) in [lower, upper, step].into_iter().enumerate() {
                    match x {
                        Some(x) => self.expr(x)?,
                        None if i < 2 => {
                            let c = self.const_none();
                            self.emit(Op::LoadConst, c);
                        }
                        None => continue,
                    }
                    if i == 2 {
                        n = 3;
                    }
                }
                self.emit(Op::BuildSlice, n);
            }
        }
        Ok(())
    }

    fn check_yield(&mut self, span: Span) -> R {
        let sc = self.unit().scope;
        if !self.st.scopes[sc].is_function_like() {
            return Err(err("'yield' outside function", span));
        }
        Ok(())
    }

    /// The `YIELD_VALUE` argument of a plain `yield` here (2 in an
    /// asynchronous generator).
    fn yield_arg(&mut self) -> u32 {
        if self.unit().flags & flags::ASYNC_GENERATOR != 0 {
            2
        } else {
            0
        }
    }

    fn yield_from(&mut self) {
        let start = self.new_label();
        let exit = self.new_label();
        self.emit(Op::GetYieldFromIter, 0);
        let c = self.const_none();
        self.emit(Op::LoadConst, c);
        self.bind(start);
        self.jump(Op::Send, exit);
        self.emit(Op::YieldValue, 1);
        self.jump(Op::Jump, start);
        self.bind(exit);
    }

    fn sequence(&mut self, elts: &'a [Expr], build: Op) -> R {
        if build == Op::BuildSet && elts.len() >= 3 && self.const_set(elts)? {
            return Ok(());
        }
        if !has_starred(elts) {
            for x in elts {
                self.expr(x)?;
            }
            self.emit(build, elts.len() as u32);
            return Ok(());
        }
        let (b, add, ext) = match build {
            Op::BuildSet => (Op::BuildSet, Op::SetAdd, Op::SetUpdate),
            _ => (Op::BuildList, Op::ListAppend, Op::ListExtend),
        };
        let lead = elts
            .iter()
            .take_while(|e| !matches!(e.kind, ExprKind::Starred { .. }))
            .count();
        for x in &elts[..lead] {
            self.expr(x)?;
        }
        self.emit(b, lead as u32);
        for x in &elts[lead..] {
            match &x.kind {
                ExprKind::Starred { value, .. } => {
                    self.expr(value)?;
                    self.emit(ext, 1);
                }
                _ => {
                    self.expr(x)?;
                    self.emit(add, 1);
                }
            }
        }
        if build == Op::BuildTuple {
            self.emit(Op::ListToTuple, 0);
        }
        Ok(())
    }

    /// A display of three or more constants compiles as CPython 3.11 does:
    /// `BUILD_SET 0; LOAD_CONST frozenset(...); SET_UPDATE 1`. The frozenset
    /// is built the way CPython builds it (twice), so the resulting set
    /// iterates in CPython's order. False when an item is not a constant.
    fn const_set(&mut self, elts: &'a [Expr]) -> Result<bool, CompileError> {
        let mut vals = Vec::with_capacity(elts.len());
        for e in elts {
            match &e.kind {
                ExprKind::Constant(c) => vals.push(self.const_value(c, e.span)?.1),
                _ => return Ok(false),
            }
        }
        let Some(fs) = crate::object::set::constant_frozenset_novm(&vals) else {
            return Ok(false);
        };
        self.emit(Op::BuildSet, 0);
        let i = self.add_const(None, fs);
        self.emit(Op::LoadConst, i);
        self.emit(Op::SetUpdate, 1);
        Ok(true)
    }

    fn compare(&mut self, left: &'a Expr, ops: &[CmpOp], comps: &'a [Expr]) -> R {
        self.expr(left)?;
        let n = ops.len();
        if n == 1 {
            self.expr(&comps[0])?;
            self.cmp_op(ops[0]);
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        for i in 0..n {
            self.expr(&comps[i])?;
            if i + 1 < n {
                self.emit(Op::Swap, 2);
                self.emit(Op::Copy, 2);
                self.cmp_op(ops[i]);
                self.jump(Op::JumpIfFalseOrPop, cleanup);
            } else {
                self.cmp_op(ops[i]);
            }
        }
        self.jump(Op::Jump, end);
        self.bind(cleanup);
        self.emit(Op::Swap, 2);
        self.emit(Op::PopTop, 0);
        self.bind(end);
        Ok(())
    }

    fn cmp_op(&mut self, op: CmpOp) {
        match op {
            CmpOp::Is => self.emit(Op::IsOp, 0),
            CmpOp::IsNot => self.emit(Op::IsOp, 1),
            CmpOp::In => self.emit(Op::ContainsOp, 0),
            CmpOp::NotIn => self.emit(Op::ContainsOp, 1),
            other => self.emit(Op::CompareOp, other as u32),
        };
    }

    fn call(&mut self, func: &'a Expr, args: &'a [Expr], keywords: &'a [Keyword], span: Span) -> R {
        let simple = !has_starred(args) && keywords.iter().all(|k| k.arg.is_some());
        if let (
            true,
            ExprKind::Attribute {
                value,
                attr,
                ctx: Ctx::Load,
            },
        ) = (simple, &func.kind)
        {
            self.expr(value)?;
            let old = self.unit().span;
            self.unit().span = func.span;
            let n = self.attr_name(attr);
            self.emit(Op::LoadMethod, n);
            self.unit().span = old;
        } else {
            self.emit(Op::PushNull, 0);
            self.expr(func)?;
        }
        self.unit().span = span;
        self.call_tail(args, keywords, 0)
    }

    /// Emits the arguments and the call; `extra` arguments are already on the stack.
    fn call_tail(&mut self, args: &'a [Expr], keywords: &'a [Keyword], extra: u32) -> R {
        let span = self.unit().span;
        let simple = !has_starred(args) && keywords.iter().all(|k| k.arg.is_some());
        if simple {
            for a in args {
                self.expr(a)?;
            }
            if !keywords.is_empty() {
                let mut names = Vec::new();
                let mut keys = Vec::new();
                for k in keywords {
                    self.expr(&k.value)?;
                    let n = k.arg.as_deref().unwrap_or("");
                    names.push(Value::Obj(self.intern(n)));
                    keys.push(ConstKey::Str(String::from(n)));
                }
                let t = Value::from_payload(Payload::Tuple(TupleObj::new(names)));
                let c = self.add_const(None, t);
                let _ = keys;
                self.unit().span = span;
                self.emit(Op::KwNames, c);
            }
            self.unit().span = span;
            self.emit(Op::Call, extra + (args.len() + keywords.len()) as u32);
            return Ok(());
        }
        // General form: build the positional tuple (including `extra` items);
        // a lone `*x` goes to the call unconverted, as in CPython.
        let lone_star = match args {
            [Expr {
                kind: ExprKind::Starred { value, .. },
                ..
            }] if extra == 0 => Some(value),
            _ => None,
        };
        if let Some(value) = lone_star {
            self.expr(value)?;
        } else {
            self.call_positional_list(args, extra)?;
        }
        self.call_keywords_and_ex(keywords, span)
    }

    /// `call_tail`'s positional tuple built from a list.
    fn call_positional_list(&mut self, args: &'a [Expr], extra: u32) -> R {
        self.emit(Op::BuildList, extra);
        for a in args {
            match &a.kind {
                ExprKind::Starred { value, .. } => {
                    self.expr(value)?;
                    self.emit(Op::ListExtend, 1);
                }
                _ => {
                    self.expr(a)?;
                    self.emit(Op::ListAppend, 1);
                }
            }
        }
        self.emit(Op::ListToTuple, 0);
        Ok(())
    }

    /// `call_tail`'s keyword dict (if any) and the `CallFunctionEx`.
    fn call_keywords_and_ex(&mut self, keywords: &'a [Keyword], span: Span) -> R {
        let mut fl = 0;
        if !keywords.is_empty() {
            fl = 1;
            self.emit(Op::BuildMap, 0);
            for k in keywords {
                match &k.arg {
                    Some(n) => {
                        let c = self.str_const(n);
                        self.emit(Op::LoadConst, c);
                        self.expr(&k.value)?;
                        self.emit(Op::BuildMap, 1);
                        self.emit(Op::DictMerge, 1);
                    }
                    None => {
                        self.expr(&k.value)?;
                        self.emit(Op::DictMerge, 1);
                    }
                }
            }
        }
        self.unit().span = span;
        self.emit(Op::CallFunctionEx, fl);
        Ok(())
    }

    fn comprehension(
        &mut self,
        e: &'a Expr,
        name: &str,
        gens: &'a [Comprehension],
        kind: CompKind<'a>,
    ) -> R {
        let Some(&child) = self.st.by_node.get(&node_key(e)) else {
            return Err(err("internal: missing scope", e.span));
        };
        let is_gen = matches!(kind, CompKind::Gen(_));
        let awaited = self.st.scopes[child].is_coroutine && !is_gen;
        if awaited {
            let si = self.unit().scope;
            let sc = &self.st.scopes[si];
            if !sc.is_async && sc.kind != ScopeKind::Comprehension {
                return Err(err(
                    "asynchronous comprehension outside of an asynchronous function",
                    e.span,
                ));
            }
        }
        let Some(first) = gens.first() else {
            return Err(err("empty comprehension", e.span));
        };
        self.emit(Op::PushNull, 0);
        let has_closure = self.closure(child);
        let qualname = self.child_qualname(name);
        self.push_unit(child, name, qualname, e.span.line);
        self.unit().argcount = 1;
        self.unit().span = e.span;
        self.reorder_params(&[".0"]);
        let r = (|| -> R {
            match kind {
                CompKind::List(_) => {
                    self.emit(Op::BuildList, 0);
                }
                CompKind::Set(_) => {
                    self.emit(Op::BuildSet, 0);
                }
                CompKind::Dict(..) => {
                    self.emit(Op::BuildMap, 0);
                }
                CompKind::Gen(_) => {}
            }
            self.comp_loop(gens, 0, &kind)?;
            if matches!(kind, CompKind::Gen(_)) {
                let c = self.const_none();
                self.emit(Op::LoadConst, c);
            }
            self.emit(Op::ReturnValue, 0);
            Ok(())
        })();
        let code = self.finish_unit();
        r?;
        let c = self.add_const(None, Value::Obj(code));
        self.emit(Op::LoadConst, c);
        self.emit(Op::MakeFunction, if has_closure { 4 } else { 0 });
        self.expr(&first.iter)?;
        self.emit(
            if first.is_async {
                Op::GetAiter
            } else {
                Op::GetIter
            },
            0,
        );
        self.unit().span = e.span;
        self.emit(Op::Call, 1);
        if awaited {
            self.emit(Op::GetAwaitable, 0);
            self.await_loop();
        }
        Ok(())
    }

    fn comp_loop(&mut self, gens: &'a [Comprehension], i: usize, kind: &CompKind<'a>) -> R {
        let g = &gens[i];
        let start = self.new_label();
        let cont = self.new_label();
        let end = self.new_label();
        if i == 0 {
            let z = self.var_index(".0");
            self.emit(Op::LoadFast, z);
        } else {
            self.expr(&g.iter)?;
            self.emit(
                if g.is_async {
                    Op::GetAiter
                } else {
                    Op::GetIter
                },
                0,
            );
        }
        self.bind(start);
        if g.is_async {
            self.async_next(end);
        } else {
            self.jump(Op::ForIter, end);
        }
        self.store(&g.target)?;
        for c in &g.ifs {
            self.cond_jump(c, false, cont)?;
        }
        if i + 1 < gens.len() {
            self.comp_loop(gens, i + 1, kind)?;
        } else {
            let depth = (gens.len() + 1) as u32;
            match kind {
                CompKind::List(x) => {
                    self.expr(x)?;
                    self.emit(Op::ListAppend, depth);
                }
                CompKind::Set(x) => {
                    self.expr(x)?;
                    self.emit(Op::SetAdd, depth);
                }
                CompKind::Dict(k, v) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    self.emit(Op::MapAdd, depth);
                }
                CompKind::Gen(x) => {
                    self.expr(x)?;
                    let a = self.yield_arg();
                    self.emit(Op::YieldValue, a);
                    self.emit(Op::PopTop, 0);
                }
            }
        }
        self.bind(cont);
        self.jump(Op::Jump, start);
        self.bind(end);
        Ok(())
    }
}

enum FnBody<'a> {
    Stmts(&'a [Stmt]),
    Expr(&'a Expr),
}

enum CompKind<'a> {
    List(&'a Expr),
    Set(&'a Expr),
    Dict(&'a Expr, &'a Expr),
    Gen(&'a Expr),
}

fn docstring(body: &[Stmt]) -> Option<&str> {
    match body.first().map(|s| &s.kind) {
        Some(StmtKind::Expr(Expr {
            kind: ExprKind::Constant(Constant::Str(s)),
            ..
        })) => Some(s),
        _ => None,
    }
}

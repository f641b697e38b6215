//! The symbol table: which scope every name of every block belongs to
//! (local, global, free, cell), computed before code generation, as
//! CPython's `symtable.c` does.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use hashbrown::{HashMap, HashSet};

use super::ast::*;
use super::CompileError;

/// The kind of a block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    /// A module (or interactive input / expression).
    Module,
    /// A class body.
    Class,
    /// A `def`.
    Function,
    /// A `lambda`.
    Lambda,
    /// A list/set/dict comprehension or generator expression.
    Comprehension,
}

/// Where a name lives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sym {
    /// A local of this block.
    Local,
    /// Declared `global`.
    GlobalExplicit,
    /// Not bound anywhere visible: module globals or builtins.
    GlobalImplicit,
    /// Taken from an enclosing function (a closure cell).
    Free,
    /// A local captured by an inner block (lives in a cell).
    Cell,
}

const DEF_LOCAL: u32 = 1;
const DEF_GLOBAL: u32 = 2;
const DEF_NONLOCAL: u32 = 4;
const DEF_PARAM: u32 = 8;
const USE: u32 = 16;

/// One block's symbols.
#[derive(Debug)]
pub struct Scope {
    /// The block kind.
    pub kind: ScopeKind,
    /// The block name (function/class name, `<lambda>`, `<listcomp>`, ...).
    pub name: String,
    /// Names in first-seen order with their flags.
    order: Vec<String>,
    flags: HashMap<String, u32>,
    /// Parameter names in order.
    pub params: Vec<String>,
    /// Child scopes in source order.
    pub children: Vec<usize>,
    /// Resolved scope of each name.
    pub resolved: HashMap<String, Sym>,
    /// Cell variable names (sorted).
    pub cellvars: Vec<String>,
    /// Free variable names (sorted).
    pub freevars: Vec<String>,
    /// Contains `yield`.
    pub is_generator: bool,
    /// An `async def` function.
    pub is_async: bool,
    /// Contains `await` or an asynchronous comprehension (a comprehension
    /// marked so compiles to a coroutine or an asynchronous generator).
    pub is_coroutine: bool,
    /// A class body whose methods use `__class__` or `super`.
    pub needs_class_cell: bool,
    /// Nested inside a function.
    pub nested: bool,
    /// The class body or function contains annotated assignments.
    pub has_annotations: bool,
    /// Where each `nonlocal` name was declared.
    nonlocal_spans: HashMap<String, Span>,
    /// Where each `global` name was first declared (errors point there).
    global_spans: HashMap<String, Span>,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, nested: bool) -> Scope {
        Scope {
            kind,
            name: String::from(name),
            order: Vec::new(),
            flags: HashMap::new(),
            params: Vec::new(),
            children: Vec::new(),
            resolved: HashMap::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            is_generator: false,
            is_async: false,
            is_coroutine: false,
            needs_class_cell: false,
            nested,
            has_annotations: false,
            nonlocal_spans: HashMap::new(),
            global_spans: HashMap::new(),
        }
    }

    /// True for blocks whose locals are fast slots.
    pub fn is_function_like(&self) -> bool {
        matches!(
            self.kind,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
        )
    }

    /// The resolved scope of a name (implicit global when never seen).
    pub fn lookup(&self, name: &str) -> Sym {
        self.resolved
            .get(name)
            .copied()
            .unwrap_or(Sym::GlobalImplicit)
    }

    /// Local variable names in slot order: parameters first, then others.
    pub fn local_names(&self) -> Vec<String> {
        let mut out = self.params.clone();
        for n in &self.order {
            if out.contains(n) {
                continue;
            }
            if matches!(self.resolved.get(n), Some(Sym::Local)) {
                out.push(n.clone());
            }
        }
        out
    }
}

/// The symbol tables of one compilation.
pub struct SymTable {
    /// All blocks; index 0 is the module.
    pub scopes: Vec<Scope>,
    /// AST node address to block index.
    pub by_node: HashMap<usize, usize>,
}

/// The address of an AST node (the key of [`SymTable::by_node`]).
pub fn node_key<T>(n: &T) -> usize {
    n as *const T as usize
}

struct Builder {
    scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
    stack: Vec<usize>,
    depth: u32,
    /// Iteration variables of the comprehensions being visited (walrus
    /// may not rebind them).
    comp_vars: Vec<String>,
    /// Nesting of comprehension iterable expressions being visited.
    in_comp_iter: u32,
}

/// Every parameter of a signature, in CPython's `__annotations__` order.
pub(crate) fn all_args(a: &Arguments) -> impl Iterator<Item = &Arg> {
    a.args
        .iter()
        .chain(&a.posonlyargs)
        .chain(a.vararg.as_ref())
        .chain(&a.kwonlyargs)
        .chain(a.kwarg.as_ref())
}

/// The names bound by an assignment target (through tuples, lists, stars).
fn target_names(e: &Expr, out: &mut Vec<String>) {
    match &e.kind {
        ExprKind::Name { id, .. } => out.push(id.clone()),
        ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
            for x in elts {
                target_names(x, out);
            }
        }
        ExprKind::Starred { value, .. } => target_names(value, out),
        _ => {}
    }
}

type R = Result<(), CompileError>;

fn err(msg: impl Into<String>, span: Span) -> CompileError {
    CompileError {
        msg: msg.into(),
        span,
    }
}

const MAX_DEPTH: u32 = 500;

/// CPython's `_Py_Mangle`: `__name` inside class `C` becomes `_C__name`
/// (not dunder names, dotted names, or when `C` is all underscores).
pub(crate) fn mangle(private: Option<&str>, name: &str) -> String {
    let Some(p) = private else {
        return String::from(name);
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return String::from(name);
    }
    let stripped = p.trim_start_matches('_');
    if stripped.is_empty() {
        return String::from(name);
    }
    format!("_{stripped}{name}")
}

impl Builder {
    /// The name of the class whose body (or methods) is being visited.
    fn private(&self) -> Option<&str> {
        self.stack
            .iter()
            .rev()
            .map(|&i| &self.scopes[i])
            .find(|s| s.kind == ScopeKind::Class)
            .map(|s| s.name.as_str())
    }

    fn mangle_name(&self, name: &str) -> String {
        mangle(self.private(), name)
    }

    fn cur(&mut self) -> &mut Scope {
        let i = *self.stack.last().unwrap_or(&0);
        &mut self.scopes[i]
    }

    fn add(&mut self, name: &str, flag: u32, span: Span) -> R {
        let mangled = self.mangle_name(name);
        let name = mangled.as_str();
        let s = self.cur();
        let old = s.flags.get(name).copied().unwrap_or(0);
        if flag & DEF_PARAM != 0 && old & DEF_PARAM != 0 {
            return Err(err(
                format!("duplicate argument '{name}' in function definition"),
                span,
            ));
        }
        if old == 0 {
            s.order.push(String::from(name));
        }
        s.flags.insert(String::from(name), old | flag);
        if flag & DEF_PARAM != 0 {
            s.params.push(String::from(name));
        }
        Ok(())
    }

    fn push(&mut self, kind: ScopeKind, name: &str, key: usize) -> usize {
        let nested = self
            .stack
            .iter()
            .any(|&i| self.scopes[i].is_function_like());
        let idx = self.scopes.len();
        self.scopes.push(Scope::new(kind, name, nested));
        if let Some(&p) = self.stack.last() {
            self.scopes[p].children.push(idx);
        }
        self.by_node.insert(key, idx);
        self.stack.push(idx);
        idx
    }

    fn pop(&mut self) {
        self.stack.pop();
    }

    fn stmts(&mut self, body: &[Stmt]) -> R {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn params(&mut self, a: &Arguments) -> R {
        for p in a.posonlyargs.iter().chain(&a.args) {
            self.add(&p.arg, DEF_PARAM, p.span)?;
        }
        for p in &a.kwonlyargs {
            self.add(&p.arg, DEF_PARAM, p.span)?;
        }
        if let Some(p) = &a.vararg {
            self.add(&p.arg, DEF_PARAM, p.span)?;
        }
        if let Some(p) = &a.kwarg {
            self.add(&p.arg, DEF_PARAM, p.span)?;
        }
        Ok(())
    }

    fn defaults(&mut self, a: &Arguments) -> R {
        for d in &a.defaults {
            self.expr(d)?;
        }
        for d in a.kw_defaults.iter().flatten() {
            self.expr(d)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> R {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(err("too many statically nested blocks", s.span));
        }
        let r = self.stmt_inner(s);
        self.depth -= 1;
        r
    }

    fn stmt_inner(&mut self, s: &Stmt) -> R {
        match &s.kind {
            StmtKind::FunctionDef {
                name,
                args,
                body,
                decorators,
                is_async,
                returns,
                ..
            } => {
                for d in decorators {
                    self.expr(d)?;
                }
                self.defaults(args)?;
                // Annotations are evaluated in the enclosing scope.
                for a in all_args(args) {
                    if let Some(an) = &a.annotation {
                        self.expr(an)?;
                    }
                }
                if let Some(r) = returns {
                    self.expr(r)?;
                }
                self.add(name, DEF_LOCAL, s.span)?;
                self.push(ScopeKind::Function, name, node_key(s));
                self.cur().is_async = *is_async;
                self.params(args)?;
                self.stmts(body)?;
                self.pop();
            }
            StmtKind::ClassDef {
                name,
                bases,
                keywords,
                body,
                decorators,
            } => {
                for d in decorators {
                    self.expr(d)?;
                }
                for b in bases {
                    self.expr(b)?;
                }
                for k in keywords {
                    self.expr(&k.value)?;
                }
                self.add(name, DEF_LOCAL, s.span)?;
                self.push(ScopeKind::Class, name, node_key(s));
                self.stmts(body)?;
                self.pop();
            }
            StmtKind::Return(v) => {
                if !self.cur().is_function_like() {
                    return Err(err("'return' outside function", s.span));
                }
                if let Some(v) = v {
                    self.expr(v)?;
                }
            }
            StmtKind::Delete(t) => {
                for e in t {
                    self.expr(e)?;
                }
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for t in targets {
                    self.expr(t)?;
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value)?;
                if let ExprKind::Name { id, .. } = &target.kind {
                    self.add(id, DEF_LOCAL | USE, target.span)?;
                } else {
                    self.expr(target)?;
                }
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let Some(v) = value {
                    self.expr(v)?;
                }
                if let ExprKind::Name { id, .. } = &target.kind {
                    let fl = self.cur().flags.get(id.as_str()).copied().unwrap_or(0);
                    if fl & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && *simple {
                        let kind = if fl & DEF_GLOBAL != 0 {
                            "global"
                        } else {
                            "nonlocal"
                        };
                        return Err(err(
                            format!("annotated name '{id}' can't be {kind}"),
                            target.span,
                        ));
                    }
                }
                self.expr(target)?;
                if !self.cur().is_function_like() {
                    self.cur().has_annotations = true;
                    self.expr(annotation)?;
                }
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.expr(iter)?;
                self.expr(target)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::With { items, body, .. } => {
                for it in items {
                    self.expr(&it.context_expr)?;
                    if let Some(v) = &it.optional_vars {
                        self.expr(v)?;
                    }
                }
                self.stmts(body)?;
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject)?;
                for c in cases {
                    self.pattern(&c.pattern)?;
                    if let Some(g) = &c.guard {
                        self.expr(g)?;
                    }
                    self.stmts(&c.body)?;
                }
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e)?;
                }
                if let Some(c) = cause {
                    self.expr(c)?;
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.stmts(body)?;
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        self.add(n, DEF_LOCAL, h.span)?;
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(orelse)?;
                self.stmts(finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                if let Some(m) = msg {
                    self.expr(m)?;
                }
            }
            StmtKind::Import(names) => {
                for a in names {
                    let bound = match &a.asname {
                        Some(n) => n.as_str(),
                        None => a.name.split('.').next().unwrap_or(""),
                    };
                    self.add(bound, DEF_LOCAL, a.span)?;
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if a.name == "*" {
                        if self.cur().kind != ScopeKind::Module {
                            return Err(err("import * only allowed at module level", s.span));
                        }
                        continue;
                    }
                    let bound = a.asname.as_deref().unwrap_or(&a.name);
                    self.add(bound, DEF_LOCAL, a.span)?;
                }
            }
            StmtKind::Global(names) => {
                for n0 in names {
                    let n = &self.mangle_name(n0);
                    let fl = self.cur().flags.get(n.as_str()).copied().unwrap_or(0);
                    if fl & DEF_PARAM != 0 {
                        return Err(err(format!("name '{n}' is parameter and global"), s.span));
                    }
                    if fl & DEF_NONLOCAL != 0 {
                        let at = self.cur().nonlocal_spans.get(n.as_str()).copied();
                        return Err(err(
                            format!("name '{n}' is nonlocal and global"),
                            at.unwrap_or(s.span),
                        ));
                    }
                    if fl & DEF_LOCAL != 0 && fl & DEF_GLOBAL == 0 {
                        return Err(err(
                            format!("name '{n}' is assigned to before global declaration"),
                            s.span,
                        ));
                    }
                    if fl & USE != 0 && fl & DEF_GLOBAL == 0 {
                        return Err(err(
                            format!("name '{n}' is used prior to global declaration"),
                            s.span,
                        ));
                    }
                    self.add(n, DEF_GLOBAL, s.span)?;
                    self.cur().global_spans.entry(n.clone()).or_insert(s.span);
                }
            }
            StmtKind::Nonlocal(names) => {
                for n0 in names {
                    let n = &self.mangle_name(n0);
                    if self.cur().kind == ScopeKind::Module {
                        return Err(err(
                            "nonlocal declaration not allowed at module level",
                            s.span,
                        ));
                    }
                    let fl = self.cur().flags.get(n.as_str()).copied().unwrap_or(0);
                    if fl & DEF_PARAM != 0 {
                        return Err(err(format!("name '{n}' is parameter and nonlocal"), s.span));
                    }
                    if fl & DEF_GLOBAL != 0 {
                        let at = self.cur().global_spans.get(n.as_str()).copied();
                        return Err(err(
                            format!("name '{n}' is nonlocal and global"),
                            at.unwrap_or(s.span),
                        ));
                    }
                    if fl & DEF_LOCAL != 0 && fl & DEF_NONLOCAL == 0 {
                        return Err(err(
                            format!("name '{n}' is assigned to before nonlocal declaration"),
                            s.span,
                        ));
                    }
                    if fl & USE != 0 && fl & DEF_NONLOCAL == 0 {
                        return Err(err(
                            format!("name '{n}' is used prior to nonlocal declaration"),
                            s.span,
                        ));
                    }
                    self.add(n, DEF_NONLOCAL, s.span)?;
                    self.cur().nonlocal_spans.insert(n.clone(), s.span);
                }
            }
            StmtKind::Expr(e) => self.expr(e)?,
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        }
        Ok(())
    }

    fn pattern(&mut self, p: &Pattern) -> R {
        match &p.kind {
            PatternKind::MatchValue(e) => self.expr(e),
            PatternKind::MatchSingleton(_) => Ok(()),
            PatternKind::MatchSequence(ps) | PatternKind::MatchOr(ps) => {
                for q in ps {
                    self.pattern(q)?;
                }
                Ok(())
            }
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                for k in keys {
                    self.expr(k)?;
                }
                for q in patterns {
                    self.pattern(q)?;
                }
                if let Some(r) = rest {
                    self.add(r, DEF_LOCAL, p.span)?;
                }
                Ok(())
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.expr(cls)?;
                for q in patterns.iter().chain(kwd_patterns) {
                    self.pattern(q)?;
                }
                Ok(())
            }
            PatternKind::MatchStar(n) => {
                if let Some(n) = n {
                    self.add(n, DEF_LOCAL, p.span)?;
                }
                Ok(())
            }
            PatternKind::MatchAs { pattern, name } => {
                if let Some(q) = pattern {
                    self.pattern(q)?;
                }
                if let Some(n) = name {
                    self.add(n, DEF_LOCAL, p.span)?;
                }
                Ok(())
            }
        }
    }

    fn comprehension(&mut self, e: &Expr, name: &str, gens: &[Comprehension], elts: &[&Expr]) -> R {
        let Some(first) = gens.first() else {
            return Ok(());
        };
        self.in_comp_iter += 1;
        let r = self.expr(&first.iter);
        self.in_comp_iter -= 1;
        r?;
        let saved_vars = self.comp_vars.len();
        for g in gens {
            target_names(&g.target, &mut self.comp_vars);
        }
        let is_genexp = name == "genexpr";
        self.push(ScopeKind::Comprehension, &format!("<{name}>"), node_key(e));
        if is_genexp {
            self.cur().is_generator = true;
        }
        self.add(".0", DEF_PARAM, e.span)?;
        for (i, g) in gens.iter().enumerate() {
            if i > 0 {
                self.in_comp_iter += 1;
                let r = self.expr(&g.iter);
                self.in_comp_iter -= 1;
                r?;
            }
            self.expr(&g.target)?;
            for c in &g.ifs {
                self.expr(c)?;
            }
        }
        for x in elts {
            self.expr(x)?;
        }
        if gens.iter().any(|g| g.is_async) {
            self.cur().is_coroutine = true;
        }
        let is_async = self.cur().is_coroutine && !is_genexp;
        self.comp_vars.truncate(saved_vars);
        self.pop();
        if is_async {
            self.cur().is_coroutine = true;
        }
        Ok(())
    }

    fn expr(&mut self, e: &Expr) -> R {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(err("too many nested parentheses", e.span));
        }
        let r = self.expr_inner(e);
        self.depth -= 1;
        r
    }

    fn expr_inner(&mut self, e: &Expr) -> R {
        match &e.kind {
            ExprKind::Name { id, ctx } => {
                let flag = if *ctx == Ctx::Load { USE } else { DEF_LOCAL };
                self.add(id, flag, e.span)?;
                if *ctx == Ctx::Load && id == "super" && self.cur().is_function_like() {
                    self.add("__class__", USE, e.span)?;
                }
            }
            ExprKind::BoolOp { values, .. } => {
                for v in values {
                    self.expr(v)?;
                }
            }
            ExprKind::NamedExpr { target, value } => {
                if self.in_comp_iter > 0 {
                    return Err(err(
                        "assignment expression cannot be used in a comprehension iterable expression",
                        e.span,
                    ));
                }
                if let ExprKind::Name { id, .. } = &target.kind {
                    if self.cur().kind == ScopeKind::Comprehension
                        && self.comp_vars.iter().any(|v| v == id)
                    {
                        return Err(err(
                            format!(
                                "assignment expression cannot rebind comprehension iteration variable '{id}'"
                            ),
                            e.span,
                        ));
                    }
                }
                self.expr(value)?;
                if let ExprKind::Name { id, .. } = &target.kind {
                    // Bind in the nearest enclosing non-comprehension block.
                    let mut k = self.stack.len();
                    while k > 0 && self.scopes[self.stack[k - 1]].kind == ScopeKind::Comprehension {
                        k -= 1;
                    }
                    if k == self.stack.len() {
                        self.add(id, DEF_LOCAL, target.span)?;
                    } else {
                        let target_scope = self.stack.get(k.wrapping_sub(1)).copied().unwrap_or(0);
                        if self.scopes[target_scope].kind == ScopeKind::Class {
                            return Err(err(
                                "assignment expression within a comprehension cannot be used in a class body",
                                e.span,
                            ));
                        }
                        let is_module = self.scopes[target_scope].kind == ScopeKind::Module;
                        let saved = core::mem::take(&mut self.stack);
                        self.stack = saved[..k].to_vec();
                        self.add(id, DEF_LOCAL, target.span)?;
                        for &c in &saved[k..] {
                            self.stack.push(c);
                            self.add(
                                id,
                                if is_module { DEF_GLOBAL } else { DEF_NONLOCAL },
                                target.span,
                            )?;
                        }
                        self.stack = saved;
                    }
                } else {
                    self.expr(target)?;
                }
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand)?,
            ExprKind::Lambda { args, body } => {
                self.defaults(args)?;
                self.push(ScopeKind::Lambda, "<lambda>", node_key(e));
                self.params(args)?;
                self.expr(body)?;
                self.pop();
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)?;
            }
            ExprKind::Dict { keys, values } => {
                for (k, v) in keys.iter().zip(values) {
                    if let Some(k) = k {
                        self.expr(k)?;
                    }
                    self.expr(v)?;
                }
            }
            ExprKind::Set(v) => {
                for x in v {
                    self.expr(x)?;
                }
            }
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, "listcomp", generators, &[elt])?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, "setcomp", generators, &[elt])?
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, "genexpr", generators, &[elt])?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, "dictcomp", generators, &[key, value])?,
            ExprKind::Await(v) => {
                if !self.cur().is_function_like() {
                    return Err(err("'await' outside function", e.span));
                }
                self.expr(v)?;
                self.cur().is_coroutine = true;
            }
            ExprKind::Yield(v) => {
                self.yield_check(e.span)?;
                if let Some(v) = v {
                    self.expr(v)?;
                }
            }
            ExprKind::YieldFrom(v) => {
                self.yield_check(e.span)?;
                self.expr(v)?;
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left)?;
                for c in comparators {
                    self.expr(c)?;
                }
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func)?;
                for a in args {
                    self.expr(a)?;
                }
                for k in keywords {
                    self.expr(&k.value)?;
                }
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.expr(value)?;
                if let Some(f) = format_spec {
                    self.expr(f)?;
                }
            }
            ExprKind::JoinedStr(parts) => {
                for p in parts {
                    self.expr(p)?;
                }
            }
            ExprKind::Constant(_) => {}
            ExprKind::Attribute { value, .. } => self.expr(value)?,
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
            }
            ExprKind::Starred { value, .. } => self.expr(value)?,
            ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
                for x in elts {
                    self.expr(x)?;
                }
            }
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.expr(x)?;
                }
            }
        }
        Ok(())
    }

    fn yield_check(&mut self, span: Span) -> R {
        let s = self.cur();
        match s.kind {
            ScopeKind::Module | ScopeKind::Class => Err(err("'yield' outside function", span)),
            ScopeKind::Comprehension => {
                let what = match s.name.as_str() {
                    "<listcomp>" => "list comprehension",
                    "<setcomp>" => "set comprehension",
                    "<dictcomp>" => "dict comprehension",
                    _ => "generator expression",
                };
                Err(err(format!("'yield' inside {what}"), span))
            }
            _ => {
                s.is_generator = true;
                Ok(())
            }
        }
    }
}

impl SymTable {
    /// Builds and analyses the symbol table of a module's statements.
    pub fn build(body: &[Stmt], key: usize) -> Result<SymTable, CompileError> {
        let mut b = Builder {
            scopes: Vec::new(),
            by_node: HashMap::new(),
            stack: Vec::new(),
            depth: 0,
            comp_vars: Vec::new(),
            in_comp_iter: 0,
        };
        b.push(ScopeKind::Module, "<module>", key);
        b.stmts(body)?;
        Self::finish(b)
    }

    /// Builds the table for a single expression (expression mode).
    pub fn build_expr(e: &Expr, key: usize) -> Result<SymTable, CompileError> {
        let mut b = Builder {
            scopes: Vec::new(),
            by_node: HashMap::new(),
            stack: Vec::new(),
            depth: 0,
            comp_vars: Vec::new(),
            in_comp_iter: 0,
        };
        b.push(ScopeKind::Module, "<module>", key);
        b.expr(e)?;
        Self::finish(b)
    }

    fn finish(b: Builder) -> Result<SymTable, CompileError> {
        let mut t = SymTable {
            scopes: b.scopes,
            by_node: b.by_node,
        };
        t.analyze(0, &HashSet::new(), &HashSet::new())?;
        Ok(t)
    }

    fn analyze(
        &mut self,
        idx: usize,
        bound: &HashSet<String>,
        globals: &HashSet<String>,
    ) -> Result<HashSet<String>, CompileError> {
        let mut local: HashSet<String> = HashSet::new();
        let mut newglobal = globals.clone();
        let mut resolved: HashMap<String, Sym> = HashMap::new();
        let kind = self.scopes[idx].kind;
        let mut free: HashSet<String> = HashSet::new();
        for name in self.scopes[idx].order.clone() {
            let fl = self.scopes[idx].flags.get(&name).copied().unwrap_or(0);
            let sym = if fl & DEF_GLOBAL != 0 {
                newglobal.insert(name.clone());
                Sym::GlobalExplicit
            } else if fl & DEF_NONLOCAL != 0 {
                if !bound.contains(&name) {
                    let span = self.scopes[idx]
                        .nonlocal_spans
                        .get(&name)
                        .copied()
                        .unwrap_or_default();
                    return Err(err(format!("no binding for nonlocal '{name}' found"), span));
                }
                free.insert(name.clone());
                Sym::Free
            } else if fl & (DEF_LOCAL | DEF_PARAM) != 0 {
                local.insert(name.clone());
                newglobal.remove(&name);
                Sym::Local
            } else if bound.contains(&name) {
                free.insert(name.clone());
                Sym::Free
            } else {
                Sym::GlobalImplicit
            };
            resolved.insert(name, sym);
        }
        let mut newbound: HashSet<String> = bound.clone();
        if kind == ScopeKind::Class {
            newbound.insert(String::from("__class__"));
        } else if kind != ScopeKind::Module {
            for l in &local {
                newbound.insert(l.clone());
            }
        }
        for (n, s) in &resolved {
            if *s == Sym::GlobalExplicit {
                newbound.remove(n);
            }
        }
        let mut child_free: HashSet<String> = HashSet::new();
        for c in self.scopes[idx].children.clone() {
            let f = self.analyze(c, &newbound, &newglobal)?;
            child_free.extend(f);
        }
        let mut cells: Vec<String> = Vec::new();
        let mut class_cell = false;
        let mut passthrough: Vec<String> = Vec::new();
        for name in child_free {
            let cur = resolved.get(&name).copied();
            if kind == ScopeKind::Class && name == "__class__" {
                class_cell = true;
                continue;
            }
            if kind != ScopeKind::Class && kind != ScopeKind::Module && cur == Some(Sym::Local) {
                resolved.insert(name.clone(), Sym::Cell);
                cells.push(name);
                continue;
            }
            if cur == Some(Sym::Cell) || cur == Some(Sym::GlobalExplicit) {
                continue;
            }
            if kind == ScopeKind::Module {
                continue;
            }
            if cur == Some(Sym::Local) {
                // A class local that an inner block takes from further out.
                passthrough.push(name.clone());
            } else if cur != Some(Sym::Free) {
                resolved.insert(name.clone(), Sym::Free);
            }
            free.insert(name);
        }
        let s = &mut self.scopes[idx];
        s.resolved = resolved;
        cells.sort();
        if class_cell {
            s.needs_class_cell = true;
            cells.push(String::from("__class__"));
            cells.sort();
        }
        s.cellvars = cells;
        let mut fv: Vec<String> = free.iter().cloned().collect();
        fv.sort();
        let _ = passthrough;
        s.freevars = fv;
        Ok(free)
    }
}

//! Code generation for `match` statements, following CPython 3.11's scheme.
//!
//! A pattern consumes the subject on top of the stack. Captured values stay
//! on the stack (below any items the pattern still needs) until the whole
//! pattern has matched; only then are they stored, in capture order. So a
//! case that fails binds nothing, and a case whose guard fails keeps its
//! bindings, as in CPython. `fail_pop[n]` is the label to jump to on failure
//! with `n` items to pop above the subject.

use alloc::format;
use alloc::vec::Vec;

use super::{err, Codegen, ConstKey, R};
use crate::bytecode::opcode::Op;
use crate::compile::ast::*;
use crate::object::tuple::TupleObj;
use crate::object::{Payload, Value};

/// State while compiling one pattern (CPython's `pattern_context`).
#[derive(Default)]
struct PatCtx<'a> {
    /// Names captured so far; the last one sits deepest on the stack.
    stores: Vec<&'a str>,
    /// Whether an irrefutable pattern is allowed here.
    allow_irrefutable: bool,
    /// Failure labels by number of items to pop.
    fail_pop: Vec<usize>,
    /// Items on top of the stack above the captures that must be kept.
    on_top: usize,
}

fn is_wildcard(p: &Pattern) -> bool {
    matches!(
        p.kind,
        PatternKind::MatchAs {
            pattern: None,
            name: None
        }
    )
}

fn is_star_wildcard(p: &Pattern) -> bool {
    matches!(p.kind, PatternKind::MatchStar(None))
}

/// A constant mapping key, normalised so that equal Python values compare
/// equal (`1`, `1.0` and `True` are the same key).
#[derive(PartialEq)]
enum KeyId {
    Num(f64, i64),
    Str(alloc::string::String),
    Bytes(Vec<u8>),
    Big(alloc::string::String),
    None,
    Other,
}

fn key_const(e: &Expr) -> Option<Constant> {
    match &e.kind {
        ExprKind::Constant(c) => Some(c.clone()),
        ExprKind::UnaryOp {
            op: UnaryOp::USub,
            operand,
        } => match &operand.kind {
            ExprKind::Constant(Constant::Int(i)) => Some(match i.checked_neg() {
                Some(n) => Constant::Int(n),
                None => Constant::BigInt {
                    digits: format!("{}", -(*i as i128)),
                    radix: 10,
                },
            }),
            ExprKind::Constant(Constant::Float(f)) => Some(Constant::Float(-f)),
            ExprKind::Constant(Constant::BigInt { digits, radix }) => Some(Constant::BigInt {
                digits: format!("-{digits}"),
                radix: *radix,
            }),
            _ => None,
        },
        _ => None,
    }
}

fn key_id(c: &Constant) -> KeyId {
    match c {
        Constant::None => KeyId::None,
        Constant::Bool(b) => KeyId::Num(f64::from(u8::from(*b)), i64::from(*b)),
        Constant::Int(i) => KeyId::Num(*i as f64, *i),
        Constant::Float(f) => {
            if *f > -9.0e15 && *f < 9.0e15 && (*f as i64) as f64 == *f {
                KeyId::Num(*f, *f as i64)
            } else {
                KeyId::Num(*f, i64::MIN)
            }
        }
        Constant::Str(s) => KeyId::Str(s.clone()),
        Constant::Bytes(b) => KeyId::Bytes(b.clone()),
        Constant::BigInt { .. } => KeyId::Big(const_repr(c)),
        _ => KeyId::Other,
    }
}

/// `repr()` of a constant, as the duplicate-key message shows it.
fn const_repr(c: &Constant) -> alloc::string::String {
    match c {
        Constant::None => "None".into(),
        Constant::Bool(true) => "True".into(),
        Constant::Bool(false) => "False".into(),
        Constant::Int(i) => format!("{i}"),
        Constant::BigInt { digits, radix } => {
            match crate::num::BigInt::parse(digits.trim_start_matches('-'), *radix) {
                Some(b) => {
                    let s = format!("{b}");
                    if digits.starts_with('-') {
                        format!("-{s}")
                    } else {
                        s
                    }
                }
                None => digits.clone(),
            }
        }
        Constant::Float(f) => crate::num::float_repr(*f),
        Constant::Str(s) => crate::object::str::repr_str(s),
        Constant::Bytes(b) => crate::object::bytes::repr_bytes(b),
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Imag(f) => format!("{f}j"),
    }
}

impl<'a, 'i> Codegen<'a, 'i> {
    /// `match subject: cases`.
    pub(super) fn match_stmt(&mut self, subject: &'a Expr, cases: &'a [MatchCase]) -> R {
        self.expr(subject)?;
        let end = self.new_label();
        let n = cases.len();
        let has_default = n > 1 && cases.last().is_some_and(|m| is_wildcard(&m.pattern));
        let looped = n - usize::from(has_default);
        for (i, m) in cases.iter().enumerate().take(looped) {
            self.unit().span = m.pattern.span;
            let last = i + 1 == looped;
            if !last {
                self.emit(Op::Copy, 1);
            }
            let mut pc = PatCtx {
                allow_irrefutable: m.guard.is_some() || i + 1 == n,
                ..PatCtx::default()
            };
            self.pattern(&m.pattern, &mut pc)?;
            for name in pc.stores.iter() {
                self.name_op(name, Ctx::Store);
            }
            if let Some(g) = &m.guard {
                self.ensure_fail_pop(&mut pc, 0);
                let l = pc.fail_pop[0];
                self.cond_jump(g, false, l)?;
            }
            if !last {
                self.emit(Op::PopTop, 0);
            }
            self.stmts(&m.body)?;
            self.jump(Op::Jump, end);
            self.unit().span = m.pattern.span;
            self.emit_and_reset_fail_pop(&mut pc);
        }
        if has_default {
            if let Some(m) = cases.last() {
                self.unit().span = m.pattern.span;
                self.emit(Op::Nop, 0);
                if let Some(g) = &m.guard {
                    self.cond_jump(g, false, end)?;
                }
                self.stmts(&m.body)?;
            }
        }
        self.bind(end);
        Ok(())
    }

    fn ensure_fail_pop(&mut self, pc: &mut PatCtx<'a>, n: usize) {
        while pc.fail_pop.len() <= n {
            let l = self.new_label();
            pc.fail_pop.push(l);
        }
    }

    fn jump_to_fail_pop(&mut self, pc: &mut PatCtx<'a>, op: Op) {
        let pops = pc.on_top + pc.stores.len();
        self.ensure_fail_pop(pc, pops);
        let l = pc.fail_pop[pops];
        self.jump(op, l);
    }

    fn emit_and_reset_fail_pop(&mut self, pc: &mut PatCtx<'a>) {
        let labels = core::mem::take(&mut pc.fail_pop);
        let Some((&first, rest)) = labels.split_first() else {
            return;
        };
        for &l in rest.iter().rev() {
            self.bind(l);
            self.emit(Op::PopTop, 0);
        }
        self.bind(first);
    }

    /// Moves the top of stack down to position `count` (CPython emits a
    /// chain of SWAPs; one ROTATE keeps the code linear in the captures).
    fn rotate(&mut self, count: usize) {
        if count > 1 {
            self.emit(Op::Rotate, count as u32);
        }
    }

    fn int_const(&mut self, i: usize) {
        let i = i as i64;
        let c = self.add_const(Some(ConstKey::Int(i)), Value::Int(i));
        self.emit(Op::LoadConst, c);
    }

    fn store_capture(&mut self, name: Option<&'a str>, pc: &mut PatCtx<'a>) -> R {
        let Some(n) = name else {
            self.emit(Op::PopTop, 0);
            return Ok(());
        };
        let span = self.unit().span;
        if n == "__debug__" {
            return Err(err("cannot assign to __debug__", span));
        }
        if pc.stores.contains(&n) {
            return Err(err(
                format!("multiple assignments to name '{n}' in pattern"),
                span,
            ));
        }
        self.rotate(pc.on_top + pc.stores.len() + 1);
        pc.stores.push(n);
        Ok(())
    }

    fn pattern(&mut self, p: &'a Pattern, pc: &mut PatCtx<'a>) -> R {
        self.depth += 1;
        if self.depth > super::MAX_DEPTH {
            return Err(err("too many nested parentheses", p.span));
        }
        self.unit().span = p.span;
        let r = self.pattern_inner(p, pc);
        self.depth -= 1;
        r
    }

    fn subpattern(&mut self, p: &'a Pattern, pc: &mut PatCtx<'a>) -> R {
        let allow = pc.allow_irrefutable;
        pc.allow_irrefutable = true;
        self.pattern(p, pc)?;
        pc.allow_irrefutable = allow;
        Ok(())
    }

    fn pattern_inner(&mut self, p: &'a Pattern, pc: &mut PatCtx<'a>) -> R {
        match &p.kind {
            PatternKind::MatchValue(v) => {
                self.expr(v)?;
                self.emit(Op::CompareOp, CmpOp::Eq as u32);
                self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
                Ok(())
            }
            PatternKind::MatchSingleton(c) => {
                self.load_const(c, p.span)?;
                self.emit(Op::IsOp, 0);
                self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
                Ok(())
            }
            PatternKind::MatchSequence(ps) => self.pattern_sequence(ps, p.span, pc),
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => self.pattern_mapping(keys, patterns, rest.as_deref(), p.span, pc),
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => self.pattern_class(cls, patterns, kwd_attrs, kwd_patterns, pc),
            PatternKind::MatchStar(name) => self.store_capture(name.as_deref(), pc),
            PatternKind::MatchAs { pattern, name } => match pattern {
                None => {
                    if !pc.allow_irrefutable {
                        return Err(match name {
                            Some(n) => err(
                                format!("name capture '{n}' makes remaining patterns unreachable"),
                                p.span,
                            ),
                            None => err("wildcard makes remaining patterns unreachable", p.span),
                        });
                    }
                    self.store_capture(name.as_deref(), pc)
                }
                Some(q) => {
                    pc.on_top += 1;
                    self.emit(Op::Copy, 1);
                    self.pattern(q, pc)?;
                    pc.on_top -= 1;
                    self.store_capture(name.as_deref(), pc)
                }
            },
            PatternKind::MatchOr(alts) => self.pattern_or(alts, pc),
        }
    }

    fn pattern_sequence(&mut self, ps: &'a [Pattern], span: Span, pc: &mut PatCtx<'a>) -> R {
        let size = ps.len();
        let mut star: Option<usize> = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, q) in ps.iter().enumerate() {
            if matches!(q.kind, PatternKind::MatchStar(_)) {
                if star.is_some() {
                    return Err(err("multiple starred names in sequence pattern", span));
                }
                star_wildcard = is_star_wildcard(q);
                only_wildcard &= star_wildcard;
                star = Some(i);
                continue;
            }
            only_wildcard &= is_wildcard(q);
        }
        if star.is_some_and(|s| s >= 1 << 8 || size - s > (i32::MAX >> 8) as usize) {
            return Err(err(
                "too many expressions in star-unpacking sequence pattern",
                span,
            ));
        }
        pc.on_top += 1;
        self.emit(Op::MatchSequence, 0);
        self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
        match star {
            None => {
                self.emit(Op::GetLen, 0);
                self.int_const(size);
                self.emit(Op::CompareOp, CmpOp::Eq as u32);
                self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
            }
            Some(_) if size > 1 => {
                self.emit(Op::GetLen, 0);
                self.int_const(size - 1);
                self.emit(Op::CompareOp, CmpOp::GtE as u32);
                self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
            }
            Some(_) => {}
        }
        pc.on_top -= 1;
        if only_wildcard {
            self.emit(Op::PopTop, 0);
            return Ok(());
        }
        match star {
            Some(s) if star_wildcard => {
                // Index the items around `*_` instead of unpacking.
                pc.on_top += 1;
                for (i, q) in ps.iter().enumerate() {
                    if is_wildcard(q) || i == s {
                        continue;
                    }
                    self.emit(Op::Copy, 1);
                    if i < s {
                        self.int_const(i);
                    } else {
                        self.emit(Op::GetLen, 0);
                        self.int_const(size - i);
                        self.emit(Op::BinaryOp, BinOp::Sub as u32);
                    }
                    self.emit(Op::BinarySubscr, 0);
                    self.subpattern(q, pc)?;
                }
                pc.on_top -= 1;
                self.emit(Op::PopTop, 0);
            }
            _ => {
                match star {
                    Some(s) => self.emit(Op::UnpackEx, (s | ((size - s - 1) << 8)) as u32),
                    None => self.emit(Op::UnpackSequence, size as u32),
                };
                pc.on_top += size;
                for q in ps {
                    pc.on_top -= 1;
                    self.subpattern(q, pc)?;
                }
            }
        }
        Ok(())
    }

    fn pattern_mapping(
        &mut self,
        keys: &'a [Expr],
        patterns: &'a [Pattern],
        rest: Option<&'a str>,
        span: Span,
        pc: &mut PatCtx<'a>,
    ) -> R {
        let size = keys.len();
        if size != patterns.len() {
            return Err(err(
                format!(
                    "keys ({size}) / patterns ({}) length mismatch in mapping pattern",
                    patterns.len()
                ),
                span,
            ));
        }
        pc.on_top += 1;
        self.emit(Op::MatchMapping, 0);
        self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
        if size == 0 && rest.is_none() {
            pc.on_top -= 1;
            self.emit(Op::PopTop, 0);
            return Ok(());
        }
        if size > 0 {
            self.emit(Op::GetLen, 0);
            self.int_const(size);
            self.emit(Op::CompareOp, CmpOp::GtE as u32);
            self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
        }
        let mut seen: Vec<KeyId> = Vec::new();
        for k in keys {
            if let Some(c) = key_const(k) {
                let id = key_id(&c);
                if id != KeyId::Other && seen.contains(&id) {
                    return Err(err(
                        format!("mapping pattern checks duplicate key ({})", const_repr(&c)),
                        span,
                    ));
                }
                seen.push(id);
            } else if !matches!(k.kind, ExprKind::Attribute { .. }) {
                return Err(err(
                    "mapping pattern keys may only match literals and attribute lookups",
                    span,
                ));
            }
            self.expr(k)?;
        }
        self.emit(Op::BuildTuple, size as u32);
        self.emit(Op::MatchKeys, 0);
        pc.on_top += 2;
        self.emit(Op::Copy, 1);
        let none = self.const_none();
        self.emit(Op::LoadConst, none);
        self.emit(Op::IsOp, 1);
        self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
        self.emit(Op::UnpackSequence, size as u32);
        pc.on_top += size;
        pc.on_top -= 1;
        for q in patterns {
            pc.on_top -= 1;
            self.subpattern(q, pc)?;
        }
        pc.on_top -= 2;
        match rest {
            Some(r) => {
                // rest = dict(subject); del rest[k] for each matched key.
                self.emit(Op::BuildMap, 0);
                self.emit(Op::Swap, 3);
                self.emit(Op::DictUpdate, 2);
                self.emit(Op::UnpackSequence, size as u32);
                let mut n = size;
                while n > 0 {
                    self.emit(Op::Copy, (1 + n) as u32);
                    n -= 1;
                    self.emit(Op::Swap, 2);
                    self.emit(Op::DeleteSubscr, 0);
                }
                self.store_capture(Some(r), pc)?;
            }
            None => {
                self.emit(Op::PopTop, 0);
                self.emit(Op::PopTop, 0);
            }
        }
        Ok(())
    }

    fn pattern_class(
        &mut self,
        cls: &'a Expr,
        patterns: &'a [Pattern],
        kwd_attrs: &'a [alloc::string::String],
        kwd_patterns: &'a [Pattern],
        pc: &mut PatCtx<'a>,
    ) -> R {
        let nargs = patterns.len();
        let nattrs = kwd_attrs.len();
        for (i, a) in kwd_attrs.iter().enumerate() {
            if a == "__debug__" {
                let sp = kwd_patterns.get(i).map_or(cls.span, |q| q.span);
                return Err(err("cannot assign to __debug__", sp));
            }
            if kwd_attrs[i + 1..].contains(a) {
                let j = i + 1 + kwd_attrs[i + 1..].iter().position(|b| b == a).unwrap_or(0);
                let sp = kwd_patterns.get(j).map_or(cls.span, |q| q.span);
                return Err(err(
                    format!("attribute name repeated in class pattern: {a}"),
                    sp,
                ));
            }
        }
        self.expr(cls)?;
        let names: Vec<Value> = kwd_attrs
            .iter()
            .map(|a| Value::Obj(self.intern(a)))
            .collect();
        let key = ConstKey::Tuple(kwd_attrs.iter().map(|a| ConstKey::Str(a.clone())).collect());
        let t = if names.is_empty() {
            match self.interp {
                Some(i) => Value::Obj(i.empty_tuple.clone()),
                None => Value::from_payload(Payload::Tuple(TupleObj::new(names))),
            }
        } else {
            Value::from_payload(Payload::Tuple(TupleObj::new(names)))
        };
        let c = self.add_const(Some(key), t);
        self.emit(Op::LoadConst, c);
        self.emit(Op::MatchClass, nargs as u32);
        self.emit(Op::Copy, 1);
        let none = self.const_none();
        self.emit(Op::LoadConst, none);
        self.emit(Op::IsOp, 1);
        pc.on_top += 1;
        self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
        self.emit(Op::UnpackSequence, (nargs + nattrs) as u32);
        pc.on_top += nargs + nattrs;
        pc.on_top -= 1;
        for q in patterns.iter().chain(kwd_patterns) {
            pc.on_top -= 1;
            if is_wildcard(q) {
                self.emit(Op::PopTop, 0);
                continue;
            }
            self.subpattern(q, pc)?;
        }
        Ok(())
    }

    fn pattern_or(&mut self, alts: &'a [Pattern], pc: &mut PatCtx<'a>) -> R {
        let end = self.new_label();
        let size = alts.len();
        let old_stores = core::mem::take(&mut pc.stores);
        let old_fail_pop = core::mem::take(&mut pc.fail_pop);
        let old_on_top = pc.on_top;
        let old_allow = pc.allow_irrefutable;
        let mut control: Option<Vec<&'a str>> = None;
        for (i, alt) in alts.iter().enumerate() {
            self.unit().span = alt.span;
            pc.stores = Vec::new();
            pc.allow_irrefutable = i + 1 == size && old_allow;
            pc.fail_pop = Vec::new();
            pc.on_top = 0;
            self.emit(Op::Copy, 1);
            self.pattern(alt, pc)?;
            let nstores = pc.stores.len();
            match &control {
                None => control = Some(pc.stores.clone()),
                Some(ctl) if ctl.len() != nstores => {
                    let sp = self.unit().span;
                    return Err(err("alternative patterns bind different names", sp));
                }
                Some(ctl) => {
                    let mut icontrol = nstores;
                    while icontrol > 0 {
                        icontrol -= 1;
                        let name = ctl[icontrol];
                        let Some(istores) = pc.stores.iter().position(|s| *s == name) else {
                            let sp = self.unit().span;
                            return Err(err("alternative patterns bind different names", sp));
                        };
                        if icontrol != istores {
                            // Reorder this alternative's captures (on the
                            // stack and in `stores`) to the first one's order.
                            let rotations = istores + 1;
                            let rotated: Vec<&'a str> = pc.stores.drain(..rotations).collect();
                            let at = icontrol - istores;
                            for (k, s) in rotated.into_iter().enumerate() {
                                pc.stores.insert(at + k, s);
                            }
                            for _ in 0..rotations {
                                self.rotate(icontrol + 1);
                            }
                        }
                    }
                }
            }
            self.jump(Op::Jump, end);
            self.emit_and_reset_fail_pop(pc);
        }
        pc.stores = old_stores;
        pc.fail_pop = old_fail_pop;
        pc.on_top = old_on_top;
        pc.allow_irrefutable = old_allow;
        // No alternative matched: pop the subject and fail.
        self.emit(Op::PopTop, 0);
        self.jump_to_fail_pop(pc, Op::Jump);
        self.bind(end);
        let control = control.unwrap_or_default();
        let nstores = control.len();
        let nrots = nstores + 1 + pc.on_top + pc.stores.len();
        for name in control {
            self.rotate(nrots);
            if pc.stores.contains(&name) {
                let sp = self.unit().span;
                return Err(err(
                    format!("multiple assignments to name '{name}' in pattern"),
                    sp,
                ));
            }
            pc.stores.push(name);
        }
        self.emit(Op::PopTop, 0);
        Ok(())
    }
}

//! The disassembler: a readable listing of a code object and, recursively,
//! of every code object among its constants, laid out like CPython's `dis`.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::Write;

use super::code::CodeObject;
use super::opcode::Op;
use crate::object::{ObjRef, Payload, Value};

/// Disassembles a code object (`Payload::Code`) and its nested code objects.
pub fn dis_code(code: &ObjRef) -> String {
    let mut out = String::new();
    let Payload::Code(c) = code.payload() else {
        return out;
    };
    dis_one(c, &mut out);
    let mut todo: Vec<ObjRef> = c.nested_codes().cloned().collect();
    todo.reverse();
    while let Some(n) = todo.pop() {
        if let Payload::Code(nc) = n.payload() {
            let _ = write!(out, "\nDisassembly of {}:\n", code_repr(&n));
            dis_one(nc, &mut out);
            let mut more: Vec<ObjRef> = nc.nested_codes().cloned().collect();
            more.reverse();
            todo.extend(more);
        }
    }
    out
}

/// `<code object f at 0x..., file "x.py", line 3>`.
pub fn code_repr(code: &ObjRef) -> String {
    match code.payload() {
        Payload::Code(c) => {
            format!(
                "<code object {} at {:#x}, file \"{}\", line {}>",
                c.name,
                code.as_ptr() as usize,
                c.filename,
                c.first_line
            )
        }
        _ => String::from("<code object>"),
    }
}

fn const_repr(v: &Value) -> String {
    match v {
        Value::None => String::from("None"),
        Value::Bool(true) => String::from("True"),
        Value::Bool(false) => String::from("False"),
        Value::Int(i) => format!("{i}"),
        Value::Float(f) => crate::num::float_repr(*f),
        Value::Obj(o) => match o.payload() {
            Payload::Str(s) => format!("'{}'", s.as_str()),
            Payload::Code(_) => code_repr(o),
            Payload::Tuple(t) => {
                let parts: Vec<String> = t.items().iter().map(const_repr).collect();
                if parts.len() == 1 {
                    format!("({},)", parts[0])
                } else {
                    format!("({})", parts.join(", "))
                }
            }
            Payload::Marker(crate::object::Marker::Ellipsis) => String::from("Ellipsis"),
            Payload::Complex(c) => crate::object::complex::complex_repr(c.re, c.im),
            other => format!("<{}>", other.kind_name()),
        },
    }
}

fn name_at(v: &[ObjRef], i: u32) -> String {
    v.get(i as usize)
        .and_then(|o| o.payload_str())
        .map(String::from)
        .unwrap_or_default()
}

fn dis_one(c: &CodeObject, out: &mut String) {
    let mut targets = alloc::vec![false; c.instrs.len() + 1];
    for ins in c.instrs.iter() {
        if ins.op.is_jump() {
            if let Some(t) = targets.get_mut(ins.arg as usize) {
                *t = true;
            }
        }
    }
    let mut last_line = 0u32;
    let nlocals = c.varnames.len();
    for (i, ins) in c.instrs.iter().enumerate() {
        let line = c.line_of(i);
        let mut row = String::new();
        if line != last_line && line != 0 {
            if i != 0 {
                out.push('\n');
            }
            let _ = write!(row, "{line:>3}");
            last_line = line;
        } else {
            row.push_str("   ");
        }
        row.push_str("    ");
        row.push_str(if targets.get(i).copied().unwrap_or(false) {
            " >>"
        } else {
            "   "
        });
        let _ = write!(row, " {:>4} {:<20}", i * 2, ins.op.name());
        let argrepr = match ins.op {
            Op::LoadConst | Op::KwNames | Op::StoreAnnotation => {
                c.consts.get(ins.arg as usize).map(const_repr)
            }
            Op::LoadFast | Op::StoreFast | Op::DeleteFast => Some(name_at(&c.varnames, ins.arg)),
            Op::LoadDeref
            | Op::StoreDeref
            | Op::DeleteDeref
            | Op::LoadClosure
            | Op::LoadClassDeref => c
                .deref_name(ins.arg as usize)
                .and_then(|o| o.payload_str())
                .map(String::from),
            Op::LoadName
            | Op::StoreName
            | Op::DeleteName
            | Op::LoadGlobal
            | Op::StoreGlobal
            | Op::DeleteGlobal
            | Op::LoadAttr
            | Op::StoreAttr
            | Op::DeleteAttr
            | Op::LoadMethod
            | Op::ImportName
            | Op::ImportFrom => Some(name_at(&c.names, ins.arg)),
            Op::BinaryOp | Op::InplaceOp => {
                Some(String::from(binop_symbol(ins.arg, ins.op == Op::InplaceOp)))
            }
            Op::CompareOp => Some(String::from(
                ["==", "!=", "<", "<=", ">", ">="]
                    .get(ins.arg as usize)
                    .copied()
                    .unwrap_or("?"),
            )),
            op if op.is_jump() => Some(format!("to {}", ins.arg * 2)),
            _ => None,
        };
        let has_arg = !matches!(
            ins.op,
            Op::Nop
                | Op::PopTop
                | Op::PushNull
                | Op::UnaryNegative
                | Op::UnaryPositive
                | Op::UnaryInvert
                | Op::UnaryNot
                | Op::BinarySubscr
                | Op::StoreSubscr
                | Op::DeleteSubscr
                | Op::ListToTuple
                | Op::GetIter
                | Op::ReturnValue
                | Op::YieldValue
                | Op::GetYieldFromIter
                | Op::LoadBuildClass
                | Op::SetupAnnotations
                | Op::ImportStar
                | Op::PopBlock
                | Op::PopExcept
                | Op::CheckExcMatch
                | Op::BeforeWith
                | Op::WithExitNormal
                | Op::WithExceptStart
                | Op::LoadAssertionError
                | Op::PrintExpr
                | Op::LoadLocals
                | Op::Reraise
        );
        if has_arg {
            let _ = write!(row, " {:>5}", ins.arg);
            if let Some(r) = argrepr {
                let _ = write!(row, " ({r})");
            }
        }
        let _ = nlocals;
        out.push_str(row.trim_end());
        out.push('\n');
    }
}

/// The operator text of a `BinaryOp`/`InplaceOp` argument.
pub fn binop_symbol(arg: u32, inplace: bool) -> &'static str {
    const OPS: [&str; 13] = [
        "+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//",
    ];
    const IOPS: [&str; 13] = [
        "+=", "-=", "*=", "@=", "/=", "%=", "**=", "<<=", ">>=", "|=", "^=", "&=", "//=",
    ];
    let t = if inplace { &IOPS } else { &OPS };
    t.get(arg as usize).copied().unwrap_or("?")
}

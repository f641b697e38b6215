//! Parser tests: AST shapes (via a compact dump), error messages checked
//! against CPython 3.11, and robustness against hostile input.

extern crate std;

use super::*;
use alloc::string::ToString;
use alloc::vec;
use std::string::String as S;

fn module(src: &str) -> Module {
    match parse(src, Mode::Module, "<test>") {
        Ok(m) => m,
        Err(e) => panic!("parse failed for {:?}: {:?}", src, e),
    }
}

fn err(src: &str) -> SyntaxError {
    match parse(src, Mode::Module, "<test>") {
        Ok(m) => panic!("expected an error for {:?}, got {:?}", src, m),
        Err(e) => e,
    }
}

/// (message, line, offset) of the error.
fn e3(src: &str) -> (S, u32, u32) {
    let e = err(src);
    (e.msg, e.line, e.offset)
}

// ---- a compact dump in the spirit of `ast.dump` ----

fn d_expr(e: &Expr) -> S {
    use ExprKind::*;
    match &e.kind {
        BoolOp { op, values } => format!("BoolOp({:?}, [{}])", op, list(values)),
        NamedExpr { target, value } => format!("NamedExpr({}, {})", d_expr(target), d_expr(value)),
        BinOp { left, op, right } => {
            format!("BinOp({}, {:?}, {})", d_expr(left), op, d_expr(right))
        }
        UnaryOp { op, operand } => format!("UnaryOp({:?}, {})", op, d_expr(operand)),
        Lambda { args, body } => format!("Lambda({}, {})", d_args(args), d_expr(body)),
        IfExp { test, body, orelse } => format!(
            "IfExp({}, {}, {})",
            d_expr(test),
            d_expr(body),
            d_expr(orelse)
        ),
        Dict { keys, values } => format!(
            "Dict([{}], [{}])",
            keys.iter()
                .map(|k| k.as_ref().map(d_expr).unwrap_or_else(|| "None".to_string()))
                .collect::<Vec<_>>()
                .join(", "),
            list(values)
        ),
        Set(v) => format!("Set([{}])", list(v)),
        ListComp { elt, generators } => {
            format!("ListComp({}, [{}])", d_expr(elt), gens(generators))
        }
        SetComp { elt, generators } => format!("SetComp({}, [{}])", d_expr(elt), gens(generators)),
        DictComp {
            key,
            value,
            generators,
        } => {
            format!(
                "DictComp({}, {}, [{}])",
                d_expr(key),
                d_expr(value),
                gens(generators)
            )
        }
        GeneratorExp { elt, generators } => {
            format!("GeneratorExp({}, [{}])", d_expr(elt), gens(generators))
        }
        Await(v) => format!("Await({})", d_expr(v)),
        Yield(v) => format!(
            "Yield({})",
            v.as_ref().map(|v| d_expr(v)).unwrap_or_default()
        ),
        YieldFrom(v) => format!("YieldFrom({})", d_expr(v)),
        Compare {
            left,
            ops,
            comparators,
        } => format!(
            "Compare({}, {:?}, [{}])",
            d_expr(left),
            ops,
            list(comparators)
        ),
        Call {
            func,
            args,
            keywords,
        } => format!(
            "Call({}, [{}], [{}])",
            d_expr(func),
            list(args),
            keywords
                .iter()
                .map(|k| format!(
                    "{}={}",
                    k.arg.clone().unwrap_or_else(|| "**".to_string()),
                    d_expr(&k.value)
                ))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        FormattedValue {
            value,
            conversion,
            format_spec,
        } => format!(
            "FV({}, {:?}, {})",
            d_expr(value),
            conversion,
            format_spec.as_ref().map(|f| d_expr(f)).unwrap_or_default()
        ),
        JoinedStr(v) => format!("JoinedStr([{}])", list(v)),
        Constant(c) => d_const(c),
        Attribute { value, attr, ctx } => {
            format!("Attribute({}, {}, {:?})", d_expr(value), attr, ctx)
        }
        Subscript { value, slice, ctx } => {
            format!("Subscript({}, {}, {:?})", d_expr(value), d_expr(slice), ctx)
        }
        Starred { value, ctx } => format!("Starred({}, {:?})", d_expr(value), ctx),
        Name { id, ctx } => {
            if *ctx == Ctx::Load {
                id.clone()
            } else {
                format!("{}:{:?}", id, ctx)
            }
        }
        List { elts, ctx } => format!("List([{}], {:?})", list(elts), ctx),
        Tuple { elts, ctx } => format!("Tuple([{}], {:?})", list(elts), ctx),
        Slice { lower, upper, step } => format!(
            "Slice({}, {}, {})",
            lower.as_ref().map(|v| d_expr(v)).unwrap_or_default(),
            upper.as_ref().map(|v| d_expr(v)).unwrap_or_default(),
            step.as_ref().map(|v| d_expr(v)).unwrap_or_default()
        ),
    }
}

fn d_const(c: &Constant) -> S {
    match c {
        Constant::None => "None".into(),
        Constant::Bool(b) => format!("{}", if *b { "True" } else { "False" }),
        Constant::Int(i) => format!("{}", i),
        Constant::BigInt { digits, radix } => format!("Big({},{})", digits, radix),
        Constant::Float(f) => format!("{:?}", f),
        Constant::Imag(f) => format!("{:?}j", f),
        Constant::Str(s) => format!("{:?}", s),
        Constant::Bytes(b) => format!("b{:?}", b),
        Constant::Ellipsis => "...".into(),
    }
}

fn list(v: &[Expr]) -> S {
    v.iter().map(d_expr).collect::<Vec<_>>().join(", ")
}

fn gens(g: &[Comprehension]) -> S {
    g.iter()
        .map(|c| {
            format!(
                "comp({}, {}, [{}]{})",
                d_expr(&c.target),
                d_expr(&c.iter),
                list(&c.ifs),
                if c.is_async { ", async" } else { "" }
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn d_arg(a: &Arg) -> S {
    match &a.annotation {
        Some(an) => format!("{}:{}", a.arg, d_expr(an)),
        None => a.arg.clone(),
    }
}

fn d_args(a: &Arguments) -> S {
    format!(
        "args(po=[{}], a=[{}], va={}, kwo=[{}], kwd=[{}], kw={}, d=[{}])",
        a.posonlyargs
            .iter()
            .map(d_arg)
            .collect::<Vec<_>>()
            .join(", "),
        a.args.iter().map(d_arg).collect::<Vec<_>>().join(", "),
        a.vararg.as_ref().map(d_arg).unwrap_or_default(),
        a.kwonlyargs
            .iter()
            .map(d_arg)
            .collect::<Vec<_>>()
            .join(", "),
        a.kw_defaults
            .iter()
            .map(|d| d.as_ref().map(d_expr).unwrap_or_else(|| "-".into()))
            .collect::<Vec<_>>()
            .join(", "),
        a.kwarg.as_ref().map(d_arg).unwrap_or_default(),
        list(&a.defaults)
    )
}

fn d_pat(p: &Pattern) -> S {
    use PatternKind::*;
    match &p.kind {
        MatchValue(e) => format!("Value({})", d_expr(e)),
        MatchSingleton(c) => format!("Singleton({})", d_const(c)),
        MatchSequence(v) => format!(
            "Seq([{}])",
            v.iter().map(d_pat).collect::<Vec<_>>().join(", ")
        ),
        MatchMapping {
            keys,
            patterns,
            rest,
        } => format!(
            "Mapping([{}], [{}], {:?})",
            list(keys),
            patterns.iter().map(d_pat).collect::<Vec<_>>().join(", "),
            rest
        ),
        MatchClass {
            cls,
            patterns,
            kwd_attrs,
            kwd_patterns,
        } => format!(
            "Class({}, [{}], {:?}, [{}])",
            d_expr(cls),
            patterns.iter().map(d_pat).collect::<Vec<_>>().join(", "),
            kwd_attrs,
            kwd_patterns
                .iter()
                .map(d_pat)
                .collect::<Vec<_>>()
                .join(", ")
        ),
        MatchStar(n) => format!("Star({:?})", n),
        MatchAs { pattern, name } => {
            format!(
                "As({}, {:?})",
                pattern.as_ref().map(|p| d_pat(p)).unwrap_or_default(),
                name
            )
        }
        MatchOr(v) => format!(
            "Or([{}])",
            v.iter().map(d_pat).collect::<Vec<_>>().join(", ")
        ),
    }
}

fn body(v: &[Stmt]) -> S {
    v.iter().map(d_stmt).collect::<Vec<_>>().join("; ")
}

fn d_stmt(s: &Stmt) -> S {
    use StmtKind::*;
    match &s.kind {
        FunctionDef {
            name,
            args,
            body: b,
            decorators,
            returns,
            is_async,
        } => format!(
            "{}Def({}, {}, [{}], dec=[{}], ret={})",
            if *is_async { "Async" } else { "" },
            name,
            d_args(args),
            body(b),
            list(decorators),
            returns.as_ref().map(|r| d_expr(r)).unwrap_or_default()
        ),
        ClassDef {
            name,
            bases,
            keywords,
            body: b,
            decorators,
        } => format!(
            "Class({}, [{}], {}, [{}], dec=[{}])",
            name,
            list(bases),
            keywords.len(),
            body(b),
            list(decorators)
        ),
        Return(v) => format!("Return({})", v.as_ref().map(d_expr).unwrap_or_default()),
        Delete(v) => format!("Delete([{}])", list(v)),
        Assign { targets, value } => format!("Assign([{}], {})", list(targets), d_expr(value)),
        AugAssign { target, op, value } => {
            format!("AugAssign({}, {:?}, {})", d_expr(target), op, d_expr(value))
        }
        AnnAssign {
            target,
            annotation,
            value,
            simple,
        } => format!(
            "AnnAssign({}, {}, {}, {})",
            d_expr(target),
            d_expr(annotation),
            value.as_ref().map(d_expr).unwrap_or_default(),
            simple
        ),
        For {
            target,
            iter,
            body: b,
            orelse,
            is_async,
        } => format!(
            "{}For({}, {}, [{}], [{}])",
            if *is_async { "Async" } else { "" },
            d_expr(target),
            d_expr(iter),
            body(b),
            body(orelse)
        ),
        While {
            test,
            body: b,
            orelse,
        } => format!("While({}, [{}], [{}])", d_expr(test), body(b), body(orelse)),
        If {
            test,
            body: b,
            orelse,
        } => format!("If({}, [{}], [{}])", d_expr(test), body(b), body(orelse)),
        With {
            items,
            body: b,
            is_async,
        } => format!(
            "{}With([{}], [{}])",
            if *is_async { "Async" } else { "" },
            items
                .iter()
                .map(|i| format!(
                    "{} as {}",
                    d_expr(&i.context_expr),
                    i.optional_vars.as_ref().map(d_expr).unwrap_or_default()
                ))
                .collect::<Vec<_>>()
                .join(", "),
            body(b)
        ),
        Match { subject, cases } => format!(
            "Match({}, [{}])",
            d_expr(subject),
            cases
                .iter()
                .map(|c| format!(
                    "case({}, {}, [{}])",
                    d_pat(&c.pattern),
                    c.guard.as_ref().map(d_expr).unwrap_or_default(),
                    body(&c.body)
                ))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Raise { exc, cause } => format!(
            "Raise({}, {})",
            exc.as_ref().map(d_expr).unwrap_or_default(),
            cause.as_ref().map(d_expr).unwrap_or_default()
        ),
        Try {
            body: b,
            handlers,
            orelse,
            finalbody,
        } => format!(
            "Try([{}], [{}], [{}], [{}])",
            body(b),
            handlers
                .iter()
                .map(|h| format!(
                    "except({}, {:?}, [{}])",
                    h.typ.as_ref().map(d_expr).unwrap_or_default(),
                    h.name,
                    body(&h.body)
                ))
                .collect::<Vec<_>>()
                .join(", "),
            body(orelse),
            body(finalbody)
        ),
        Assert { test, msg } => format!(
            "Assert({}, {})",
            d_expr(test),
            msg.as_ref().map(d_expr).unwrap_or_default()
        ),
        Import(v) => format!(
            "Import({})",
            v.iter()
                .map(|a| format!(
                    "{}{}",
                    a.name,
                    a.asname
                        .as_ref()
                        .map(|n| format!(" as {}", n))
                        .unwrap_or_default()
                ))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        ImportFrom {
            module,
            names,
            level,
        } => format!(
            "ImportFrom({:?}, [{}], {})",
            module,
            names
                .iter()
                .map(|a| format!(
                    "{}{}",
                    a.name,
                    a.asname
                        .as_ref()
                        .map(|n| format!(" as {}", n))
                        .unwrap_or_default()
                ))
                .collect::<Vec<_>>()
                .join(", "),
            level
        ),
        Global(v) => format!("Global({:?})", v),
        Nonlocal(v) => format!("Nonlocal({:?})", v),
        Expr(e) => d_expr(e),
        Pass => "Pass".into(),
        Break => "Break".into(),
        Continue => "Continue".into(),
    }
}

fn dump(src: &str) -> S {
    body(&module(src).body)
}

fn dump_expr(src: &str) -> S {
    let m = parse(src, Mode::Expression, "<test>").unwrap_or_else(|e| panic!("{:?}: {:?}", src, e));
    body(&m.body)
}

#[test]
fn stdlib_sweep() {
    // Parse every file under $GILT_PARSE_DIR (e.g. /usr/lib/python3.11) when set.
    let Ok(dir) = std::env::var("GILT_PARSE_DIR") else {
        return;
    };
    let mut stack = vec![std::path::PathBuf::from(dir)];
    let (mut ok, mut bad) = (0, 0);
    while let Some(p) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&p) else {
            continue;
        };
        for ent in rd.flatten() {
            let path = ent.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "py") {
                let Ok(bytes) = std::fs::read(&path) else {
                    continue;
                };
                let Ok(src) = decode_source(&bytes, "x") else {
                    continue;
                };
                match parse(src, Mode::Module, "x") {
                    Ok(_) => ok += 1,
                    Err(e) => {
                        bad += 1;
                        std::println!(
                            "{}: {} line {} col {} {:?}",
                            path.display(),
                            e.msg,
                            e.line,
                            e.offset,
                            e.text
                        );
                    }
                }
            }
        }
    }
    std::println!("parsed {} ok, {} failed", ok, bad);
}

//! `gc`: the cycle collector's interface (see [`crate::object::gc`]).
//! One collector with two generations: `collect(0)` looks at the young
//! objects, `collect(1)` and `collect(2)` at all of them.

use alloc::format;
use alloc::vec::Vec;

use super::{index_i64, no_kwargs, one_arg};
use crate::object::function::{Args, NativeFn};
use crate::object::gc::GcHeap;
use crate::object::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

const FUNCS: &[(&str, NativeFn)] = &[
    ("collect", gc_collect),
    ("enable", gc_enable),
    ("disable", gc_disable),
    ("isenabled", gc_isenabled),
    ("get_threshold", gc_get_threshold),
    ("set_threshold", gc_set_threshold),
    ("get_count", gc_get_count),
    ("is_tracked", gc_is_tracked),
    ("get_objects", gc_get_objects),
];

/// Builds the `gc` module.
pub fn make_module(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("gc");
    if let Some(d) = super::dict_of(&Value::Obj(m.clone())) {
        crate::builtins::add_functions(vm, &d, FUNCS);
        vm.dict_set_str(&d, "garbage", vm.new_list(Vec::new()));
        vm.dict_set_str(&d, "callbacks", vm.new_list(Vec::new()));
        for (name, v) in [
            ("DEBUG_STATS", 1),
            ("DEBUG_COLLECTABLE", 2),
            ("DEBUG_UNCOLLECTABLE", 4),
            ("DEBUG_SAVEALL", 32),
            ("DEBUG_LEAK", 38),
        ] {
            vm.dict_set_str(&d, name, Value::Int(v));
        }
    }
    Ok(m)
}

fn no_args(vm: &Vm, args: &Args<'_>, name: &str) -> PyResult<()> {
    no_kwargs(vm, args, name)?;
    if args.pos.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!(
            "{name}() takes no arguments ({} given)",
            args.pos.len()
        )))
    }
}

fn gc_collect(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let mut gen = None;
    for (k, v) in args.kw {
        match k.payload_str() {
            Some("generation") if gen.is_none() && args.pos.is_empty() => gen = Some(v),
            Some("generation") => {
                return Err(vm.type_error(
                    "argument for collect() given by name ('generation') and position (1)",
                ))
            }
            Some(other) => {
                return Err(vm.type_error(format!(
                    "collect() got an unexpected keyword argument '{other}'"
                )))
            }
            None => return Err(vm.type_error("keywords must be strings")),
        }
    }
    if args.pos.len() > 1 {
        return Err(vm.type_error(format!(
            "collect() takes at most 1 argument ({} given)",
            args.pos.len()
        )));
    }
    let gen = match gen.or(args.pos.first()) {
        Some(v) => index_i64(vm, v, "Python int too large to convert to C int")?,
        None => 2,
    };
    if !(0..=2).contains(&gen) {
        return Err(vm.value_error("invalid generation"));
    }
    let n = vm.gc_collect(gen > 0);
    Ok(Value::Int(n as i64))
}

fn gc_enable(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_args(vm, &args, "gc.enable")?;
    vm.interp().gc.enabled.set(true);
    Ok(Value::None)
}

fn gc_disable(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_args(vm, &args, "gc.disable")?;
    vm.interp().gc.enabled.set(false);
    Ok(Value::None)
}

fn gc_isenabled(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_args(vm, &args, "gc.isenabled")?;
    Ok(Value::Bool(vm.interp().gc.enabled.get()))
}

fn gc_get_threshold(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_args(vm, &args, "gc.get_threshold")?;
    let (a, b, c) = vm.interp().gc.thresholds.get();
    Ok(vm.new_tuple(alloc::vec![Value::Int(a), Value::Int(b), Value::Int(c)]))
}

fn gc_set_threshold(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_kwargs(vm, &args, "set_threshold")?;
    let n = args.pos.len();
    if n == 0 {
        return Err(vm.type_error("set_threshold() takes at least 1 argument (0 given)"));
    }
    if n > 3 {
        return Err(vm.type_error(format!(
            "set_threshold() takes at most 3 arguments ({n} given)"
        )));
    }
    let mut t = vm.interp().gc.thresholds.get();
    let mut vals = [t.0, t.1, t.2];
    for (i, v) in args.pos.iter().enumerate() {
        let x = index_i64(vm, v, "Python int too large to convert to C int")?;
        if i32::try_from(x).is_err() {
            return Err(vm.overflow_error(if x < 0 {
                "signed integer is less than minimum"
            } else {
                "signed integer is greater than maximum"
            }));
        }
        vals[i] = x;
    }
    t = (vals[0], vals[1], vals[2]);
    vm.interp().gc.thresholds.set(t);
    Ok(Value::None)
}

fn gc_get_count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_args(vm, &args, "gc.get_count")?;
    let (a, b, c) = vm.interp().gc.counts();
    Ok(vm.new_tuple(alloc::vec![
        Value::Int(a as i64),
        Value::Int(b as i64),
        Value::Int(c as i64)
    ]))
}

fn gc_is_tracked(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = match one_arg(vm, &args, "is_tracked") {
        Ok(v) => v,
        Err(_) => {
            return Err(vm.type_error(format!(
                "gc.is_tracked() takes exactly one argument ({} given)",
                args.pos.len() + args.kw.len()
            )))
        }
    };
    Ok(Value::Bool(match v {
        // A container the VM has not met yet is tracked at the next
        // collection: report what CPython would.
        Value::Obj(o) => match o.payload() {
            // CPython tracks a dict once it holds a container.
            crate::object::Payload::Dict(d) => d.table.try_get().is_some_and(|t| {
                t.iter().any(|e| {
                    [&e.key, &e.value]
                        .iter()
                        .any(|v| v.payload().is_some_and(|p| p.is_container()))
                })
            }),
            p => GcHeap::is_tracked(o) || (p.needs_tracking() && !o.is_immortal()),
        },
        _ => false,
    }))
}

fn gc_get_objects(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    super::check_kwargs(vm, &args, "get_objects", &["generation"])?;
    let objs = vm.interp().gc.objects();
    Ok(vm.new_list(objs.into_iter().map(Value::Obj).collect()))
}

//! The `time` module: clocks from the platform, and `sleep`, which releases
//! the GIL around the platform's sleep. `thread_time`/`process_time` are
//! CPU-time clocks where the platform has them (the std shim on Linux),
//! the monotonic clock elsewhere.

use crate::builtins::{check_pos, no_kwargs, one_arg};
use crate::object::function::{Args, NativeFn};
use crate::object::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

const FUNCS: &[(&str, NativeFn)] = &[
    ("sleep", time_sleep),
    ("time", time_time),
    ("time_ns", time_time_ns),
    ("monotonic", time_monotonic),
    ("monotonic_ns", time_monotonic_ns),
    ("perf_counter", time_monotonic),
    ("perf_counter_ns", time_monotonic_ns),
    ("thread_time", time_thread_time),
    ("thread_time_ns", time_thread_time_ns),
    ("process_time", time_process_time),
    ("process_time_ns", time_process_time_ns),
];

/// Builds the `time` module.
pub fn make_module(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("time");
    if let Some(d) = crate::builtins::dict_of(&Value::Obj(m.clone())) {
        crate::builtins::add_functions(vm, &d, FUNCS);
    }
    Ok(m)
}

fn ns_value(ns: u64) -> Value {
    Value::Int(i64::try_from(ns).unwrap_or(i64::MAX))
}

fn wall_ns(vm: &Vm) -> u64 {
    let p = &vm.interp().platform;
    p.time_ns().unwrap_or_else(|| p.monotonic_ns())
}

fn time_sleep(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = one_arg(vm, &args, "sleep")?;
    let secs = match v {
        Value::Int(i) => *i as f64,
        Value::Bool(b) => f64::from(u8::from(*b)),
        Value::Float(f) => *f,
        _ => {
            if matches!(v.payload(), Some(crate::object::Payload::Int(_))) {
                return Err(vm.overflow_error("timestamp too large to convert to C _PyTime_t"));
            }
            vm.to_f64(v).map_err(|_| {
                vm.type_error(alloc::format!(
                    "'{}' object cannot be interpreted as an integer",
                    crate::builtins::type_name(vm, v)
                ))
            })?
        }
    };
    if secs.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    let ns = secs * 1e9;
    if ns >= 9.2e18 {
        return Err(vm.overflow_error("timestamp too large to convert to C _PyTime_t"));
    }
    vm.sleep_interruptible(ns as u64)?;
    Ok(Value::None)
}

fn time_time(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_pos(vm, &args, "time", 0, 0)?;
    Ok(Value::Float(wall_ns(vm) as f64 / 1e9))
}

fn time_time_ns(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_pos(vm, &args, "time_ns", 0, 0)?;
    Ok(ns_value(wall_ns(vm)))
}

fn time_monotonic(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_kwargs(vm, &args, "monotonic")?;
    check_pos(vm, &args, "monotonic", 0, 0)?;
    Ok(Value::Float(
        vm.interp().platform.monotonic_ns() as f64 / 1e9,
    ))
}

fn time_monotonic_ns(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_pos(vm, &args, "monotonic_ns", 0, 0)?;
    Ok(ns_value(vm.interp().platform.monotonic_ns()))
}

fn thread_ns(vm: &Vm) -> u64 {
    let p = &vm.interp().platform;
    p.thread_time_ns().unwrap_or_else(|| p.monotonic_ns())
}

fn process_ns(vm: &Vm) -> u64 {
    let p = &vm.interp().platform;
    p.process_time_ns().unwrap_or_else(|| p.monotonic_ns())
}

fn time_thread_time(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_pos(vm, &args, "thread_time", 0, 0)?;
    Ok(Value::Float(thread_ns(vm) as f64 / 1e9))
}

fn time_thread_time_ns(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_pos(vm, &args, "thread_time_ns", 0, 0)?;
    Ok(ns_value(thread_ns(vm)))
}

fn time_process_time(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_pos(vm, &args, "process_time", 0, 0)?;
    Ok(Value::Float(process_ns(vm) as f64 / 1e9))
}

fn time_process_time_ns(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_pos(vm, &args, "process_time_ns", 0, 0)?;
    Ok(ns_value(process_ns(vm)))
}

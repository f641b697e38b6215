//! Unit tests for the protocols, numbers, classes and exceptions, driven
//! directly from Rust (no compiler needed).

use super::*;
use crate::object::class::{new_class, type_call};
use crate::object::dict::DictObj;
use crate::vm::{Config, Interp};
use alloc::boxed::Box;

struct TestPlatform;
impl crate::platform::Platform for TestPlatform {
    fn monotonic_ns(&self) -> u64 {
        0
    }
    fn write_stdout(&self, _bytes: &[u8]) {}
}

fn with_vm(f: impl FnOnce(&mut Vm)) {
    let interp = Interp::new(Box::new(TestPlatform), Config::default());
    // SAFETY: the interpreter outlives the VM (dropped at the end of this fn).
    let mut vm = unsafe { Vm::new(&interp) };
    crate::vm::init::init_types(&mut vm);
    f(&mut vm);
    drop(vm);
    drop(interp);
}

fn err_text(vm: &mut Vm, e: PyErr) -> String {
    let v = e.value();
    let ty = vm.type_name(&v);
    let s = vm.str(&v).unwrap_or_default();
    format!("{ty}: {s}")
}

fn big(vm: &mut Vm, s: &str) -> Value {
    let v = vm.new_str(s);
    crate::object::int::int_convert(vm, &v).unwrap()
}

fn r(vm: &mut Vm, v: &Value) -> String {
    vm.repr(v).unwrap()
}

#[test]
fn int_arithmetic_and_overflow() {
    with_vm(|vm| {
        let a = Value::Int(i64::MAX);
        let s = vm.binary_op(&a, &Value::Int(1), BinOp::Add).unwrap();
        assert_eq!(r(vm, &s), "9223372036854775808");
        let back = vm.binary_op(&s, &Value::Int(1), BinOp::Sub).unwrap();
        assert!(matches!(back, Value::Int(i64::MAX)));
        let p = vm
            .binary_op(&Value::Int(2), &Value::Int(100), BinOp::Pow)
            .unwrap();
        assert_eq!(r(vm, &p), "1267650600228229401496703205376");
        let q = vm
            .binary_op(&Value::Int(-7), &Value::Int(2), BinOp::FloorDiv)
            .unwrap();
        assert!(matches!(q, Value::Int(-4)));
        let m = vm
            .binary_op(&Value::Int(-7), &Value::Int(2), BinOp::Mod)
            .unwrap();
        assert!(matches!(m, Value::Int(1)));
        let m = vm
            .binary_op(&Value::Int(7), &Value::Int(-2), BinOp::Mod)
            .unwrap();
        assert!(matches!(m, Value::Int(-1)));
        let d = vm
            .binary_op(&Value::Int(1), &Value::Int(2), BinOp::Div)
            .unwrap();
        assert_eq!(r(vm, &d), "0.5");
        let n = vm
            .binary_op(&Value::Int(2), &Value::Int(-1), BinOp::Pow)
            .unwrap();
        assert_eq!(r(vm, &n), "0.5");
        let t = vm
            .binary_op(&Value::Bool(true), &Value::Bool(true), BinOp::Add)
            .unwrap();
        assert!(matches!(t, Value::Int(2)));
        let t = vm
            .binary_op(&Value::Bool(true), &Value::Bool(false), BinOp::BitOr)
            .unwrap();
        assert!(matches!(t, Value::Bool(true)));
        let sh = vm
            .binary_op(&Value::Int(1), &Value::Int(70), BinOp::LShift)
            .unwrap();
        assert_eq!(r(vm, &sh), "1180591620717411303424");
        let sh = vm
            .binary_op(&Value::Int(-5), &Value::Int(1), BinOp::RShift)
            .unwrap();
        assert!(matches!(sh, Value::Int(-3)));
        let neg = vm.unary_op(&Value::Int(i64::MIN), UnaryOp::USub).unwrap();
        assert_eq!(r(vm, &neg), "9223372036854775808");
    });
}

#[test]
fn arithmetic_errors_match_cpython() {
    with_vm(|vm| {
        let cases: &[(Value, Value, BinOp, &str)] = &[
            (
                Value::Int(1),
                Value::Int(0),
                BinOp::Div,
                "ZeroDivisionError: division by zero",
            ),
            (
                Value::Int(1),
                Value::Int(0),
                BinOp::FloorDiv,
                "ZeroDivisionError: integer division or modulo by zero",
            ),
            (
                Value::Float(1.0),
                Value::Int(0),
                BinOp::Div,
                "ZeroDivisionError: float division by zero",
            ),
            (
                Value::Float(1.0),
                Value::Float(0.0),
                BinOp::Mod,
                "ZeroDivisionError: float modulo",
            ),
            (
                Value::Int(0),
                Value::Int(-1),
                BinOp::Pow,
                "ZeroDivisionError: 0.0 cannot be raised to a negative power",
            ),
            (
                Value::Int(1),
                Value::Int(-1),
                BinOp::LShift,
                "ValueError: negative shift count",
            ),
            (
                Value::Int(1),
                Value::Int(2),
                BinOp::MatMult,
                "TypeError: unsupported operand type(s) for @: 'int' and 'int'",
            ),
        ];
        for (a, b, op, msg) in cases {
            let e = vm.binary_op(a, b, *op).unwrap_err();
            assert_eq!(err_text(vm, e), *msg);
        }
        let s = vm.new_str("a");
        let e = vm.binary_op(&Value::Int(1), &s, BinOp::Add).unwrap_err();
        assert_eq!(
            err_text(vm, e),
            "TypeError: unsupported operand type(s) for +: 'int' and 'str'"
        );
        let e = vm.binary_op(&Value::Int(1), &s, BinOp::Pow).unwrap_err();
        assert_eq!(
            err_text(vm, e),
            "TypeError: unsupported operand type(s) for ** or pow(): 'int' and 'str'"
        );
        let e = vm.inplace_op(&Value::Int(1), &s, BinOp::Add).unwrap_err();
        assert_eq!(
            err_text(vm, e),
            "TypeError: unsupported operand type(s) for +=: 'int' and 'str'"
        );
        let e = vm.binary_op(&s, &Value::Int(1), BinOp::Add).unwrap_err();
        assert_eq!(
            err_text(vm, e),
            "TypeError: can only concatenate str (not \"int\") to str"
        );
        let e = vm.unary_op(&s, UnaryOp::USub).unwrap_err();
        assert_eq!(
            err_text(vm, e),
            "TypeError: bad operand type for unary -: 'str'"
        );
        let e = vm
            .unary_op(&Value::Float(1.0), UnaryOp::Invert)
            .unwrap_err();
        assert_eq!(
            err_text(vm, e),
            "TypeError: bad operand type for unary ~: 'float'"
        );
        let e = vm.compare(&s, &Value::Int(1), CmpOp::Lt).unwrap_err();
        assert_eq!(
            err_text(vm, e),
            "TypeError: '<' not supported between instances of 'str' and 'int'"
        );
    });
}

#[test]
fn mixed_comparisons_are_exact() {
    with_vm(|vm| {
        let two53 = vm
            .binary_op(&Value::Int(2), &Value::Int(53), BinOp::Pow)
            .unwrap();
        let p1 = vm.binary_op(&two53, &Value::Int(1), BinOp::Add).unwrap();
        let f = Value::Float(9007199254740992.0);
        assert!(matches!(
            vm.compare(&p1, &f, CmpOp::Gt).unwrap(),
            Value::Bool(true)
        ));
        assert!(matches!(
            vm.compare(&two53, &f, CmpOp::Eq).unwrap(),
            Value::Bool(true)
        ));
        let b = big(vm, "100000000000000000000000");
        assert!(matches!(
            vm.compare(&b, &Value::Float(1e23), CmpOp::Gt).unwrap(),
            Value::Bool(true)
        ));
        assert!(matches!(
            vm.compare(&Value::Float(f64::NAN), &Value::Int(1), CmpOp::NotEq)
                .unwrap(),
            Value::Bool(true)
        ));
        assert!(matches!(
            vm.compare(&Value::Int(1), &Value::Float(1.5), CmpOp::Lt)
                .unwrap(),
            Value::Bool(true)
        ));
        assert!(vm.eq(&Value::Bool(true), &Value::Float(1.0)).unwrap());
    });
}

#[test]
fn numeric_hashes_agree() {
    with_vm(|vm| {
        assert_eq!(
            vm.hash(&Value::Int(1)).unwrap(),
            vm.hash(&Value::Float(1.0)).unwrap()
        );
        assert_eq!(vm.hash(&Value::Bool(true)).unwrap(), 1);
        assert_eq!(vm.hash(&Value::Int(-1)).unwrap(), -2);
        let b = big(vm, "1267650600228229401496703205376");
        let f = Value::Float(1267650600228229401496703205376.0);
        assert_eq!(vm.hash(&b).unwrap(), vm.hash(&f).unwrap());
        assert_eq!(vm.hash(&Value::Float(0.5)).unwrap(), 1152921504606846976);
        let t = vm.new_tuple(alloc::vec![Value::Int(1), Value::Int(2)]);
        assert_eq!(vm.hash(&t).unwrap(), -3550055125485641917);
        let l = vm.new_list(alloc::vec![]);
        let e = vm.hash(&l).unwrap_err();
        assert_eq!(err_text(vm, e), "TypeError: unhashable type: 'list'");
    });
}

#[test]
fn reprs_of_immediates_and_types() {
    with_vm(|vm| {
        assert_eq!(r(vm, &Value::None), "None");
        assert_eq!(r(vm, &Value::Bool(true)), "True");
        assert_eq!(r(vm, &Value::Float(1e16)), "1e+16");
        assert_eq!(r(vm, &Value::Float(0.1)), "0.1");
        let t = Value::Obj(vm.types().int.clone());
        assert_eq!(r(vm, &t), "<class 'int'>");
        let ni = vm.not_implemented();
        assert_eq!(r(vm, &ni), "NotImplemented");
        let s = vm.new_str("it's");
        assert_eq!(r(vm, &s), "\"it's\"");
        let o = Value::from_payload(Payload::Object);
        assert!(r(vm, &o).starts_with("<object object at 0x"));
    });
}

fn call_type(vm: &mut Vm, ty: &ObjRef, args: &[Value]) -> PyResult<Value> {
    type_call(vm, ty, Args::new(args))
}

#[test]
fn int_and_float_constructors() {
    with_vm(|vm| {
        let int_t = vm.types().int.clone();
        let float_t = vm.types().float.clone();
        let s = vm.new_str(" 42 ");
        assert!(matches!(
            call_type(vm, &int_t, &[s]).unwrap(),
            Value::Int(42)
        ));
        let s = vm.new_str("ff");
        assert!(matches!(
            call_type(vm, &int_t, &[s, Value::Int(16)]).unwrap(),
            Value::Int(255)
        ));
        let s = vm.new_str("0x_ff");
        assert!(matches!(
            call_type(vm, &int_t, &[s, Value::Int(0)]).unwrap(),
            Value::Int(255)
        ));
        let s = vm.new_str("x");
        let e = call_type(vm, &int_t, &[s]).unwrap_err();
        assert_eq!(
            err_text(vm, e),
            "ValueError: invalid literal for int() with base 10: 'x'"
        );
        let e = call_type(vm, &int_t, &[Value::Float(f64::NAN)]).unwrap_err();
        assert_eq!(
            err_text(vm, e),
            "ValueError: cannot convert float NaN to integer"
        );
        let e = call_type(vm, &int_t, &[Value::Float(f64::INFINITY)]).unwrap_err();
        assert_eq!(
            err_text(vm, e),
            "OverflowError: cannot convert float infinity to integer"
        );
        assert!(matches!(
            call_type(vm, &int_t, &[Value::Float(-3.9)]).unwrap(),
            Value::Int(-3)
        ));
        let s = vm.new_str("1e3");
        assert!(matches!(call_type(vm, &float_t, &[s]).unwrap(), Value::Float(f) if f == 1000.0));
        let s = vm.new_str("abc");
        let e = call_type(vm, &float_t, &[s]).unwrap_err();
        assert_eq!(
            err_text(vm, e),
            "ValueError: could not convert string to float: 'abc'"
        );
        let l = vm.new_list(alloc::vec![]);
        let e = call_type(vm, &int_t, &[l]).unwrap_err();
        assert_eq!(
            err_text(vm, e),
            "TypeError: int() argument must be a string, a bytes-like object or a real number, not 'list'"
        );
        let bool_t = vm.types().bool_.clone();
        assert!(matches!(
            call_type(vm, &bool_t, &[Value::Int(3)]).unwrap(),
            Value::Bool(true)
        ));
    });
}

fn fmt(vm: &mut Vm, v: Value, spec: &str) -> String {
    match vm.format(&v, spec) {
        Ok(s) => s,
        Err(e) => err_text(vm, e),
    }
}

#[test]
fn format_spec_for_numbers() {
    with_vm(|vm| {
        assert_eq!(fmt(vm, Value::Int(1234), "010,"), "00,001,234");
        assert_eq!(fmt(vm, Value::Int(255), "#010x"), "0x000000ff");
        assert_eq!(fmt(vm, Value::Int(255), "#_b"), "0b1111_1111");
        assert_eq!(fmt(vm, Value::Int(65), "c"), "A");
        assert_eq!(fmt(vm, Value::Int(5), "^5"), "  5  ");
        assert_eq!(fmt(vm, Value::Int(-5), "+05"), "-0005");
        assert_eq!(fmt(vm, Value::Int(5), "+"), "+5");
        assert_eq!(fmt(vm, Value::Bool(true), ""), "True");
        assert_eq!(fmt(vm, Value::Bool(true), "d"), "1");
        assert_eq!(
            fmt(vm, Value::Int(1), ".2d"),
            "ValueError: Precision not allowed in integer format specifier"
        );
        assert_eq!(
            fmt(vm, Value::Int(1), ",x"),
            "ValueError: Cannot specify ',' with 'x'."
        );
        assert_eq!(
            fmt(vm, Value::Int(1), "abc"),
            "ValueError: Invalid format specifier 'abc' for object of type 'int'"
        );
        assert_eq!(fmt(vm, Value::Float(1234567.25), ",.2f"), "1,234,567.25");
        assert_eq!(fmt(vm, Value::Float(-1.5), "010"), "-0000001.5");
        assert_eq!(fmt(vm, Value::Float(0.5), "%"), "50.000000%");
        assert_eq!(fmt(vm, Value::Float(1.0), ".3"), "1.0");
        assert_eq!(fmt(vm, Value::Float(1234.5), ".3"), "1.23e+03");
        assert_eq!(fmt(vm, Value::Float(f64::INFINITY), "010"), "0000000inf");
        assert_eq!(fmt(vm, Value::Float(12345.678), "e"), "1.234568e+04");
        assert_eq!(fmt(vm, Value::Int(1), "%"), "100.000000%");
        assert_eq!(
            fmt(vm, Value::Float(1.5), "d"),
            "ValueError: Unknown format code 'd' for object of type 'float'"
        );
    });
}

#[test]
fn rounding() {
    with_vm(|vm| {
        let r1 = vm.round(&Value::Float(2.5), None).unwrap();
        assert!(matches!(r1, Value::Int(2)));
        let r2 = vm.round(&Value::Float(3.5), None).unwrap();
        assert!(matches!(r2, Value::Int(4)));
        let r3 = vm
            .round(&Value::Float(2.675), Some(&Value::Int(2)))
            .unwrap();
        assert_eq!(r(vm, &r3), "2.67");
        let r4 = vm.round(&Value::Int(1250), Some(&Value::Int(-2))).unwrap();
        assert!(matches!(r4, Value::Int(1200)));
        let r5 = vm.round(&Value::Int(1350), Some(&Value::Int(-2))).unwrap();
        assert!(matches!(r5, Value::Int(1400)));
        let d = vm.divmod(&Value::Int(-7), &Value::Int(2)).unwrap();
        let items = vm.collect(&d).unwrap();
        assert!(matches!(items[..], [Value::Int(-4), Value::Int(1)]));
        let p = vm
            .pow3(&Value::Int(3), &Value::Int(4), &Value::Int(5))
            .unwrap();
        assert!(matches!(p, Value::Int(1)));
        let a = vm.abs(&Value::Float(-2.0)).unwrap();
        assert_eq!(r(vm, &a), "2.0");
    });
}

fn ns_with(vm: &mut Vm, items: &[(&str, Value)]) -> ObjRef {
    let ns = ObjRef::new(Payload::Dict(DictObj::new()));
    if let Payload::Dict(d) = ns.payload() {
        d.set_str(vm.intern("__module__"), vm.new_str("__main__"));
        d.set_str(vm.intern("__qualname__"), vm.new_str("A"));
        for (k, v) in items {
            d.set_str(vm.intern(k), v.clone());
        }
    }
    ns
}

#[test]
fn classes_instances_and_attributes() {
    with_vm(|vm| {
        let ns = ns_with(vm, &[("x", Value::Int(5))]);
        let a = new_class(vm, "A", alloc::vec![], ns, &[]).unwrap();
        assert_eq!(r(vm, &a), "<class '__main__.A'>");
        let ao = a.as_obj().unwrap().clone();
        let inst = call_type(vm, &ao, &[]).unwrap();
        assert!(r(vm, &inst).starts_with("<__main__.A object at 0x"));
        let x = vm.intern("x");
        assert!(matches!(vm.getattr(&inst, &x).unwrap(), Value::Int(5)));
        vm.setattr(&inst, &x, Value::Int(7)).unwrap();
        assert!(matches!(vm.getattr(&inst, &x).unwrap(), Value::Int(7)));
        assert!(matches!(vm.getattr(&a, &x).unwrap(), Value::Int(5)));
        let y = vm.intern("y");
        let e = vm.getattr(&inst, &y).unwrap_err();
        assert_eq!(
            err_text(vm, e),
            "AttributeError: 'A' object has no attribute 'y'"
        );
        let e = vm.getattr(&a, &y).unwrap_err();
        assert_eq!(
            err_text(vm, e),
            "AttributeError: type object 'A' has no attribute 'y'"
        );
        let e = call_type(vm, &ao, &[Value::Int(1)]).unwrap_err();
        assert_eq!(err_text(vm, e), "TypeError: A() takes no arguments");
        let one = Value::Int(1);
        let real = vm.intern("real");
        let e = vm.setattr(&one, &real, Value::Int(2)).unwrap_err();
        assert_eq!(
            err_text(vm, e),
            "AttributeError: attribute 'real' of 'int' objects is not writable"
        );
        let e = vm.setattr(&one, &y, Value::Int(2)).unwrap_err();
        assert_eq!(
            err_text(vm, e),
            "AttributeError: 'int' object has no attribute 'y'"
        );
        let it = Value::Obj(vm.types().int.clone());
        let e = vm.setattr(&it, &y, Value::Int(2)).unwrap_err();
        assert_eq!(
            err_text(vm, e),
            "TypeError: cannot set 'y' attribute of immutable type 'int'"
        );
        assert!(matches!(
            vm.getattr(&Value::Bool(true), &real).unwrap(),
            Value::Int(1)
        ));
        let mro = vm.intern("__mro__");
        let m = vm.getattr(&a, &mro).unwrap();
        assert_eq!(vm.len(&m).unwrap(), 2);
        // int.bit_length bound method via getattr
        let bl = vm.intern("bit_length");
        let f = vm.getattr(&Value::Int(255), &bl).unwrap();
        let res = vm.call(&f, Args::new(&[])).unwrap();
        assert!(matches!(res, Value::Int(8)));
        assert!(vm.isinstance_check(&inst, &a).unwrap());
        let ot = Value::Obj(vm.types().object.clone());
        assert!(vm.issubclass_check(&a, &ot).unwrap());
        let e = vm.isinstance_check(&inst, &Value::Int(2)).unwrap_err();
        assert_eq!(
            err_text(vm, e),
            "TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union"
        );
    });
}

#[test]
fn mro_conflict_and_layout() {
    with_vm(|vm| {
        let ns = ns_with(vm, &[]);
        let a = new_class(vm, "A", alloc::vec![], ns, &[])
            .unwrap()
            .as_obj()
            .unwrap()
            .clone();
        let ns = ns_with(vm, &[]);
        let b = new_class(vm, "B", alloc::vec![a.clone()], ns, &[])
            .unwrap()
            .as_obj()
            .unwrap()
            .clone();
        let ns = ns_with(vm, &[]);
        let e = new_class(vm, "C", alloc::vec![a, b], ns, &[]).unwrap_err();
        assert_eq!(
            err_text(vm, e),
            "TypeError: Cannot create a consistent method resolution\norder (MRO) for bases A, B"
        );
        let ns = ns_with(vm, &[]);
        let bt = vm.types().bool_.clone();
        let e = new_class(vm, "D", alloc::vec![bt], ns, &[]).unwrap_err();
        assert_eq!(
            err_text(vm, e),
            "TypeError: type 'bool' is not an acceptable base type"
        );
        let ns = ns_with(vm, &[]);
        let it = vm.types().int.clone();
        let ex = vm.interp().exc_type(ExcKind::Exception).clone();
        let e = new_class(vm, "E", alloc::vec![it, ex], ns, &[]).unwrap_err();
        assert_eq!(
            err_text(vm, e),
            "TypeError: multiple bases have instance lay-out conflict"
        );
    });
}

#[test]
fn exceptions_str_repr_and_subclasses() {
    with_vm(|vm| {
        let ve = vm.interp().exc_type(ExcKind::ValueError).clone();
        let s = vm.new_str("x");
        let e = call_type(vm, &ve, &[s]).unwrap();
        assert_eq!(r(vm, &e), "ValueError('x')");
        assert_eq!(vm.str(&e).unwrap(), "x");
        let ke = vm.interp().exc_type(ExcKind::KeyError).clone();
        let k = vm.new_str("k");
        let e3 = call_type(vm, &ke, &[k]).unwrap();
        assert_eq!(vm.str(&e3).unwrap(), "'k'");
        let ns = ns_with(vm, &[]);
        let my = new_class(vm, "MyErr", alloc::vec![ve.clone()], ns, &[])
            .unwrap()
            .as_obj()
            .unwrap()
            .clone();
        let e4 = call_type(vm, &my, &[]).unwrap();
        assert_eq!(r(vm, &e4), "MyErr()");
        assert!(matches!(e4.payload(), Some(Payload::Exception(_))));
        assert!(vm.isinstance(&e4, &ve));
        let ose = vm.interp().exc_type(ExcKind::OSError).clone();
        let msg = vm.new_str("No such file or directory");
        let f = vm.new_str("x");
        let e5 = call_type(vm, &ose, &[Value::Int(2), msg, f]).unwrap();
        assert_eq!(vm.type_name(&e5), "FileNotFoundError");
        assert_eq!(
            vm.str(&e5).unwrap(),
            "[Errno 2] No such file or directory: 'x'"
        );
        let se = vm.interp().exc_type(ExcKind::SyntaxError).clone();
        let m = vm.new_str("invalid syntax");
        let fnm = vm.new_str("/a/x.py");
        let det = vm.new_tuple(alloc::vec![fnm, Value::Int(3), Value::Int(1), Value::None]);
        let e6 = call_type(vm, &se, &[m, det]).unwrap();
        assert_eq!(vm.str(&e6).unwrap(), "invalid syntax (x.py, line 3)");
        let lineno = vm.intern("lineno");
        assert!(matches!(vm.getattr(&e6, &lineno).unwrap(), Value::Int(3)));
        let si = vm.interp().exc_type(ExcKind::StopIteration).clone();
        let e7 = call_type(vm, &si, &[Value::Int(9)]).unwrap();
        let value = vm.intern("value");
        assert!(matches!(vm.getattr(&e7, &value).unwrap(), Value::Int(9)));
        let args = vm.intern("args");
        let a = vm.getattr(&e7, &args).unwrap();
        assert!(matches!(vm.collect(&a).unwrap()[..], [Value::Int(9)]));
    });
}

fn prop_getter(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(42))
}

#[test]
fn properties_and_descriptors() {
    with_vm(|vm| {
        let getter = vm.new_native("x", prop_getter);
        let pt = vm.types().property.clone();
        let p = call_type(vm, &pt, &[getter]).unwrap();
        let ns = ns_with(vm, &[("x", p)]);
        let a = new_class(vm, "P", alloc::vec![], ns, &[])
            .unwrap()
            .as_obj()
            .unwrap()
            .clone();
        let inst = call_type(vm, &a, &[]).unwrap();
        let x = vm.intern("x");
        assert!(matches!(vm.getattr(&inst, &x).unwrap(), Value::Int(42)));
        let e = vm.setattr(&inst, &x, Value::Int(1)).unwrap_err();
        assert_eq!(
            err_text(vm, e),
            "AttributeError: property 'x' of 'P' object has no setter"
        );
        let e = vm.delattr(&inst, &x).unwrap_err();
        assert_eq!(
            err_text(vm, e),
            "AttributeError: property 'x' of 'P' object has no deleter"
        );
    });
}

#[test]
fn protocol_errors() {
    with_vm(|vm| {
        let one = Value::Int(1);
        let e = vm.getitem(&one, &Value::Int(0)).unwrap_err();
        assert_eq!(
            err_text(vm, e),
            "TypeError: 'int' object is not subscriptable"
        );
        let e = vm.len(&one).unwrap_err();
        assert_eq!(
            err_text(vm, e),
            "TypeError: object of type 'int' has no len()"
        );
        let e = vm.iter(&one).unwrap_err();
        assert_eq!(err_text(vm, e), "TypeError: 'int' object is not iterable");
        let e = vm.next(&one).unwrap_err();
        assert_eq!(
            err_text(vm, e),
            "TypeError: 'int' object is not an iterator"
        );
        let e = vm.contains(&one, &one).unwrap_err();
        assert_eq!(
            err_text(vm, e),
            "TypeError: argument of type 'int' is not iterable"
        );
        let e = vm.setitem(&one, &one, Value::None).unwrap_err();
        assert_eq!(
            err_text(vm, e),
            "TypeError: 'int' object does not support item assignment"
        );
        let e = vm.delitem(&one, &one).unwrap_err();
        assert_eq!(
            err_text(vm, e),
            "TypeError: 'int' object does not support item deletion"
        );
        let f = Value::Float(1.0);
        let e = vm.index(&f).unwrap_err();
        assert_eq!(
            err_text(vm, e),
            "TypeError: 'float' object cannot be interpreted as an integer"
        );
        let l = vm.new_list(alloc::vec![Value::Int(1), Value::Int(2)]);
        assert!(matches!(
            vm.getitem(&l, &Value::Int(-1)).unwrap(),
            Value::Int(2)
        ));
        assert!(vm.contains(&l, &Value::Float(2.0)).unwrap());
        assert!(vm.truthy(&l).unwrap());
    });
}

// ----- end-to-end: Python source through the compiler and eval loop -----

mod e2e {
    extern crate std;

    use alloc::string::String;
    use alloc::sync::Arc;
    use alloc::vec::Vec;

    use crate::compile::Mode;
    use crate::object::function::Args;
    use crate::object::Value;
    use crate::platform::Platform;
    use crate::vm::{Config, Interp, PyResult, Vm};
    use alloc::boxed::Box;

    struct Capture(Arc<spin::Mutex<Vec<u8>>>);

    impl Platform for Capture {
        fn monotonic_ns(&self) -> u64 {
            0
        }
        fn write_stdout(&self, b: &[u8]) {
            self.0.lock().extend_from_slice(b);
        }
    }

    fn print(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
        let mut parts = Vec::new();
        for a in args.pos {
            parts.push(vm.str(a)?);
        }
        let mut s = parts.join(" ");
        s.push('\n');
        vm.interp().platform.write_stdout(s.as_bytes());
        Ok(Value::None)
    }

    /// Runs a program; returns stdout, or stdout plus the error's type and
    /// message when it raises.
    fn run(src: &str) -> String {
        let buf = Arc::new(spin::Mutex::new(Vec::new()));
        let interp = Interp::new(Box::new(Capture(buf.clone())), Config::default());
        // SAFETY: `interp` outlives `vm` (dropped first below).
        let mut vm = unsafe { Vm::new(&interp) };
        crate::vm::init::init_types(&mut vm);
        crate::builtins::builtins::install(&mut vm);
        let b = interp.builtins.clone();
        vm.dict_set_str(&b, "print", vm.new_native("print", print));
        vm.dict_set_str(
            &b,
            "__build_class__",
            vm.new_native("__build_class__", crate::vm::call::build_class),
        );
        let mut err = String::new();
        match vm.compile(src, "t.py", Mode::Module) {
            Ok(code) => {
                let g = vm.new_dict();
                let g = g.as_obj().cloned().unwrap_or_else(|| interp.null.clone());
                vm.dict_set_str(&g, "__name__", vm.new_str("__main__"));
                if let Err(e) = vm.run_code(&code, &g) {
                    let v = e.value();
                    let tn = vm.type_name(&v);
                    let msg = vm.str(&v).unwrap_or_default();
                    err = alloc::format!("{tn}: {msg}\n");
                }
            }
            Err(e) => err = vm.format_exception(&e),
        }
        drop(vm);
        let mut out = String::from_utf8_lossy(&buf.lock()).into_owned();
        out.push_str(&err);
        out
    }

    #[test]
    fn classes_super_properties_and_descriptors() {
        let src = "
class A:
    def __init__(self, v):
        self.v = v
    @property
    def double(self):
        return self.v * 2
    @double.setter
    def double(self, x):
        self.v = x // 2
class B(A):
    def __init__(self, v, w):
        super().__init__(v)
        self.w = w
b = B(3, 4)
b.double = 10
print(b.v, b.double, b.w, isinstance(b, A), B.__mro__[1].__name__)
";
        assert_eq!(run(src), "5 10 4 True A\n");
    }

    #[test]
    fn operator_dispatch_reflection_and_subclass_priority() {
        let src = "
class V:
    def __init__(self, x): self.x = x
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return 'V.radd'
class W(V):
    def __radd__(self, o): return 'W.radd'
print(1 + V(1), V(1) + W(2))
try:
    V(1) + V(2)
except TypeError as e:
    print(e)
";
        assert_eq!(
            run(src),
            "V.radd W.radd\nunsupported operand type(s) for +: 'V' and 'V'\n"
        );
    }

    #[test]
    fn user_exceptions_keep_their_class_and_attributes() {
        let src = "
class MyError(ValueError):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
try:
    raise MyError('bad', 7)
except ValueError as e:
    print(repr(e), e.code, e.args, type(e).__name__)
";
        assert_eq!(run(src), "MyError('bad') 7 ('bad',) MyError\n");
    }

    #[test]
    fn builtin_subclasses_and_metaclasses() {
        let src = "
class L(list):
    def total(self): return sum(self)
l = L([1, 2]); l.append(3)
class D(dict):
    def __missing__(self, k): return k * 2
class Meta(type):
    def __len__(cls): return 7
    def __call__(cls, *a):
        o = super().__call__(*a)
        o.tag = 'meta'
        return o
class M(metaclass=Meta):
    pass
m = M()
print(l, l.total(), type(l).__name__, D(a=1)['zz'], len(M), m.tag, type(M).__name__)
";
        assert_eq!(run(src), "[1, 2, 3] 6 L zzzz 7 meta Meta\n");
    }

    #[test]
    fn unhashable_and_attribute_errors() {
        let src = "
class E:
    def __eq__(self, o): return True
try:
    hash(E())
except TypeError as e:
    print(e)
try:
    E().missing
except AttributeError as e:
    print(e)
class G:
    def __getattr__(self, n): return n.upper()
print(G().abc)
";
        assert_eq!(
            run(src),
            "unhashable type: 'E'\n'E' object has no attribute 'missing'\nABC\n"
        );
    }
}

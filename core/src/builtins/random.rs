//! The `_random` module: the Mersenne Twister MT19937 generator behind
//! `random` (whose Python-level algorithms live in `py/random.py`), giving
//! CPython's exact sequences for the same seed.
//!
//! `_random.Random` is a helper class whose instances keep their generator
//! state in a `bytearray` under `__dict__['_mt']` (624 little-endian words
//! followed by the index word), so each instance has its own stream and no
//! interpreter-global state exists. The module also offers `_sha512`, the
//! SHA-512 digest `random.seed` needs for `str`/`bytes` seeds (version 2).

use alloc::format;
use alloc::vec::Vec;

use crate::builtins::{check_pos, dict_get_str, dict_of, index_value, type_name};
use crate::num::bigint::BigInt;
use crate::object::bytes::{bytes_of, new_bytearray, new_bytes};
use crate::object::class::{flags, BaseKind, TypeObj};
use crate::object::function::{Args, NativeFn};
use crate::object::int::{int_of, IntVal};
use crate::object::{ObjRef, Payload, Value};
use crate::vm::{PyResult, Vm};

/// Number of state words.
const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;
/// Bytes of a state buffer: `N` words and the index.
const STATE_BYTES: usize = (N + 1) * 4;

/// The MT19937 state, unpacked from / packed into the instance's buffer.
struct Mt {
    mt: [u32; N],
    index: usize,
}

impl Mt {
    fn new() -> Mt {
        Mt {
            mt: [0; N],
            index: N + 1,
        }
    }

    fn load(buf: &[u8]) -> Mt {
        let mut m = Mt::new();
        for (i, w) in m.mt.iter_mut().enumerate() {
            *w = word_at(buf, i);
        }
        m.index = word_at(buf, N) as usize;
        m
    }

    fn store(&self, buf: &mut [u8]) {
        for (i, w) in self.mt.iter().enumerate() {
            put_word(buf, i, *w);
        }
        put_word(buf, N, self.index as u32);
    }

    fn init_genrand(&mut self, s: u32) {
        self.mt[0] = s;
        for i in 1..N {
            let prev = self.mt[i - 1];
            self.mt[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let mt = &mut self.mt;
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let prev = mt[i - 1];
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = mt[i - 1];
            mt[i] =
                (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
    }

    /// Refills the state words (MT19937's "generate N words" step).
    fn regenerate(&mut self) {
        if self.index == N + 1 {
            self.init_genrand(5489);
        }
        let mag = |y: u32| if y & 1 == 1 { MATRIX_A } else { 0 };
        let mt = &mut self.mt;
        for kk in 0..N - M {
            let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag(y);
        }
        for kk in N - M..N - 1 {
            let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + M - N] ^ (y >> 1) ^ mag(y);
        }
        let y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
        mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag(y);
        self.index = 0;
    }
}

/// A generator working in place on an instance's state buffer: drawing a
/// word touches one word and the index, not the whole state.
struct Gen<'a>(&'a mut [u8]);

impl Gen<'_> {
    fn next_u32(&mut self) -> u32 {
        let mut index = word_at(self.0, N) as usize;
        if index >= N {
            let mut mt = Mt::load(self.0);
            mt.regenerate();
            mt.store(self.0);
            index = 0;
        }
        let mut y = word_at(self.0, index);
        put_word(self.0, N, (index + 1) as u32);
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    fn random(&mut self) -> f64 {
        let a = self.next_u32() >> 5;
        let b = self.next_u32() >> 6;
        (f64::from(a) * 67_108_864.0 + f64::from(b)) * (1.0 / 9_007_199_254_740_992.0)
    }
}

fn word_at(buf: &[u8], i: usize) -> u32 {
    let mut w = [0u8; 4];
    if let Some(s) = buf.get(i * 4..i * 4 + 4) {
        w.copy_from_slice(s);
    }
    u32::from_le_bytes(w)
}

fn put_word(buf: &mut [u8], i: usize, w: u32) {
    if let Some(s) = buf.get_mut(i * 4..i * 4 + 4) {
        s.copy_from_slice(&w.to_le_bytes());
    }
}

const METHODS: &[(&str, NativeFn)] = &[
    ("seed", r_seed),
    ("random", r_random),
    ("getrandbits", r_getrandbits),
    ("getstate", r_getstate),
    ("setstate", r_setstate),
];

/// Builds the `_random` module.
pub fn make_module(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("_random");
    let Some(d) = dict_of(&Value::Obj(m.clone())) else {
        return Ok(m);
    };
    let cls = base_class(vm);
    vm.add_methods(&cls, "Random", METHODS);
    vm.dict_set_str(&d, "Random", Value::Obj(cls));
    vm.dict_set_str(&d, "_sha512", vm.new_native("_sha512", sha512_fn));
    Ok(m)
}

/// `_random.Random`: a helper class that Python code may subclass.
fn base_class(vm: &Vm) -> ObjRef {
    let object = vm.types().object.clone();
    let ty = ObjRef::new(Payload::Type(TypeObj::new(
        "Random",
        alloc::vec![object.clone()],
        alloc::vec![object],
        BaseKind::Object,
        flags::BUILTIN | flags::BASETYPE,
    )));
    if let Payload::Type(t) = ty.payload() {
        t.dict()
            .set_str(vm.intern("__module__"), vm.new_str("_random"));
        t.qualname.replace(alloc::string::String::from("Random"));
    }
    ty
}

/// Runs `f` on the generator state of `args.pos[0]`, creating (and seeding
/// from the clock) a missing state first.
fn with_state<R>(vm: &mut Vm, args: &Args<'_>, f: impl FnOnce(&mut Mt) -> R) -> PyResult<R> {
    let buf = state_buf(vm, args)?;
    let Some(Payload::ByteArray(b)) = buf.payload() else {
        return Err(vm.type_error("invalid Random state"));
    };
    let Some(mut data) = b.data.try_mut() else {
        return Err(vm.new_exc(
            crate::object::exception::ExcKind::RuntimeError,
            "Random state in use",
        ));
    };
    if data.len() != STATE_BYTES {
        return Err(vm.type_error("invalid Random state"));
    }
    let mut mt = Mt::load(&data);
    let r = f(&mut mt);
    mt.store(&mut data);
    Ok(r)
}

/// Runs `f` on an in-place generator over the state of `args.pos[0]`.
fn with_gen<R>(vm: &mut Vm, args: &Args<'_>, f: impl FnOnce(&mut Gen<'_>) -> R) -> PyResult<R> {
    let buf = state_buf(vm, args)?;
    let Some(Payload::ByteArray(b)) = buf.payload() else {
        return Err(vm.type_error("invalid Random state"));
    };
    let Some(mut data) = b.data.try_mut() else {
        return Err(vm.new_exc(
            crate::object::exception::ExcKind::RuntimeError,
            "Random state in use",
        ));
    };
    if data.len() != STATE_BYTES {
        return Err(vm.type_error("invalid Random state"));
    }
    Ok(f(&mut Gen(&mut data)))
}

fn state_buf(vm: &mut Vm, args: &Args<'_>) -> PyResult<Value> {
    let Some(this) = args.pos.first() else {
        return Err(vm.type_error("descriptor needs an argument"));
    };
    let Some(d) = dict_of(this) else {
        return Err(vm.type_error(format!(
            "descriptor requires a '_random.Random' object but received a '{}'",
            type_name(vm, this)
        )));
    };
    if let Some(v) = dict_get_str(&d, "_mt") {
        if matches!(v.payload(), Some(Payload::ByteArray(_))) {
            return Ok(v);
        }
    }
    let mut mt = Mt::new();
    mt.init_by_array(&entropy_key(vm, this));
    let mut data = alloc::vec![0u8; STATE_BYTES];
    mt.store(&mut data);
    let v = new_bytearray(data);
    vm.dict_set_str(&d, "_mt", v.clone());
    Ok(v)
}

/// A seed key for `seed(None)`: the platform has no entropy source, so the
/// clocks, the thread and the object's address are mixed.
fn entropy_key(vm: &Vm, this: &Value) -> Vec<u32> {
    let p = &vm.interp().platform;
    let t = p.time_ns().unwrap_or(0);
    let m = p.monotonic_ns();
    let th = p.thread_id();
    let addr = match this {
        Value::Obj(o) => o.as_ptr() as usize as u64,
        _ => 0,
    };
    let mut key = Vec::new();
    for x in [t, m, th, addr] {
        key.push(x as u32);
        key.push((x >> 32) as u32);
    }
    key
}

/// `Random.seed(n=None)`: an int seeds with its absolute value's 32-bit
/// words; anything else with its hash taken as an unsigned word.
fn r_seed(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_pos(vm, &args, "seed", 1, 2)?;
    let key: Vec<u32> = match args.pos.get(1) {
        None | Some(Value::None) => entropy_key(vm, &args.pos[0]),
        Some(v) => {
            let big = match int_of(v) {
                Some(i) => i.to_big(),
                None => BigInt::from_u64(vm.hash(v)? as u64),
            };
            let mut key = Vec::new();
            for w in big.abs().magnitude() {
                key.push(*w as u32);
                key.push((*w >> 32) as u32);
            }
            while key.len() > 1 && key.last() == Some(&0) {
                key.pop();
            }
            if key.is_empty() {
                key.push(0);
            }
            key
        }
    };
    // Make sure the buffer exists, then reseed it.
    state_buf(vm, &args)?;
    with_state(vm, &args, |mt| mt.init_by_array(&key))?;
    Ok(Value::None)
}

fn r_random(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_pos(vm, &args, "random", 1, 1)?;
    Ok(Value::Float(with_gen(vm, &args, |g| g.random())?))
}

fn r_getrandbits(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_pos(vm, &args, "getrandbits", 2, 2)?;
    let k = match index_value(vm, &args.pos[1])? {
        Value::Int(k) => k,
        v => {
            if int_of(&v).is_some_and(|i| i.is_negative()) {
                return Err(vm.value_error("number of bits must be non-negative"));
            }
            return Err(vm.overflow_error("Python int too large to convert to C int"));
        }
    };
    if k < 0 {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    if k > i64::from(i32::MAX) {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    }
    if k == 0 {
        return Ok(Value::Int(0));
    }
    let k = k as u64;
    if k <= 32 {
        let r = with_gen(vm, &args, |g| g.next_u32() >> (32 - k))?;
        return Ok(Value::Int(i64::from(r)));
    }
    let words = with_gen(vm, &args, |mt| {
        let n = (k - 1) / 32 + 1;
        let mut bytes = Vec::with_capacity(n as usize * 4);
        let mut left = k;
        for _ in 0..n {
            let mut r = mt.next_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            bytes.extend_from_slice(&r.to_le_bytes());
            left = left.saturating_sub(32);
        }
        bytes
    })?;
    let big = BigInt::from_bytes(&words, true, false);
    Ok(match big.to_i64() {
        Some(i) => Value::Int(i),
        None => Value::from_bigint(big),
    })
}

fn r_getstate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_pos(vm, &args, "getstate", 1, 1)?;
    let (words, index) = with_state(vm, &args, |mt| (mt.mt, mt.index))?;
    let mut items: Vec<Value> = words.iter().map(|w| Value::Int(i64::from(*w))).collect();
    items.push(Value::Int(index as i64));
    Ok(vm.new_tuple(items))
}

fn r_setstate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_pos(vm, &args, "setstate", 2, 2)?;
    let items = match args.pos[1].payload() {
        Some(Payload::Tuple(t)) => t.items().to_vec(),
        _ => return Err(vm.type_error("state vector must be a tuple")),
    };
    if items.len() != N + 1 {
        return Err(vm.value_error("state vector is the wrong size"));
    }
    let mut mt = Mt::new();
    let not_int = |vm: &Vm| vm.type_error("an integer is required");
    // Words convert as C unsigned longs and are truncated to 32 bits;
    // the index converts as a ssize_t and must be in 0..=N.
    for (i, v) in items[..N].iter().enumerate() {
        let big = match int_of(v) {
            Some(x) => x.to_big(),
            None => return Err(not_int(vm)),
        };
        if big.is_negative() {
            return Err(vm.overflow_error("can't convert negative value to unsigned int"));
        }
        let Some(w) = big.to_u64() else {
            return Err(vm.overflow_error("Python int too large to convert to C unsigned long"));
        };
        mt.mt[i] = w as u32;
    }
    let index = match int_of(&items[N]) {
        Some(IntVal::Small(x)) => x,
        Some(IntVal::Big(_)) => {
            return Err(vm.overflow_error("Python int too large to convert to C long"))
        }
        None => return Err(not_int(vm)),
    };
    if !(0..=N as i64).contains(&index) {
        return Err(vm.value_error("invalid state"));
    }
    mt.index = index as usize;
    state_buf(vm, &args)?;
    with_state(vm, &args, |m| *m = mt)?;
    Ok(Value::None)
}

fn sha512_fn(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_pos(vm, &args, "_sha512", 1, 1)?;
    let Some(data) = bytes_of(&args.pos[0]) else {
        return Err(vm.type_error("a bytes-like object is required"));
    };
    Ok(new_bytes(sha512(&data).to_vec()))
}

const K512: [u64; 80] = [
    0x428a2f98d728ae22,
    0x7137449123ef65cd,
    0xb5c0fbcfec4d3b2f,
    0xe9b5dba58189dbbc,
    0x3956c25bf348b538,
    0x59f111f1b605d019,
    0x923f82a4af194f9b,
    0xab1c5ed5da6d8118,
    0xd807aa98a3030242,
    0x12835b0145706fbe,
    0x243185be4ee4b28c,
    0x550c7dc3d5ffb4e2,
    0x72be5d74f27b896f,
    0x80deb1fe3b1696b1,
    0x9bdc06a725c71235,
    0xc19bf174cf692694,
    0xe49b69c19ef14ad2,
    0xefbe4786384f25e3,
    0x0fc19dc68b8cd5b5,
    0x240ca1cc77ac9c65,
    0x2de92c6f592b0275,
    0x4a7484aa6ea6e483,
    0x5cb0a9dcbd41fbd4,
    0x76f988da831153b5,
    0x983e5152ee66dfab,
    0xa831c66d2db43210,
    0xb00327c898fb213f,
    0xbf597fc7beef0ee4,
    0xc6e00bf33da88fc2,
    0xd5a79147930aa725,
    0x06ca6351e003826f,
    0x142929670a0e6e70,
    0x27b70a8546d22ffc,
    0x2e1b21385c26c926,
    0x4d2c6dfc5ac42aed,
    0x53380d139d95b3df,
    0x650a73548baf63de,
    0x766a0abb3c77b2a8,
    0x81c2c92e47edaee6,
    0x92722c851482353b,
    0xa2bfe8a14cf10364,
    0xa81a664bbc423001,
    0xc24b8b70d0f89791,
    0xc76c51a30654be30,
    0xd192e819d6ef5218,
    0xd69906245565a910,
    0xf40e35855771202a,
    0x106aa07032bbd1b8,
    0x19a4c116b8d2d0c8,
    0x1e376c085141ab53,
    0x2748774cdf8eeb99,
    0x34b0bcb5e19b48a8,
    0x391c0cb3c5c95a63,
    0x4ed8aa4ae3418acb,
    0x5b9cca4f7763e373,
    0x682e6ff3d6b2b8a3,
    0x748f82ee5defb2fc,
    0x78a5636f43172f60,
    0x84c87814a1f0ab72,
    0x8cc702081a6439ec,
    0x90befffa23631e28,
    0xa4506cebde82bde9,
    0xbef9a3f7b2c67915,
    0xc67178f2e372532b,
    0xca273eceea26619c,
    0xd186b8c721c0c207,
    0xeada7dd6cde0eb1e,
    0xf57d4f7fee6ed178,
    0x06f067aa72176fba,
    0x0a637dc5a2c898a6,
    0x113f9804bef90dae,
    0x1b710b35131c471b,
    0x28db77f523047d84,
    0x32caab7b40c72493,
    0x3c9ebe0a15c9bebc,
    0x431d67c49c100d4c,
    0x4cc5d4becb3e42b6,
    0x597f299cfc657e2a,
    0x5fcb6fab3ad6faec,
    0x6c44198c4a475817,
];

/// The SHA-512 digest of `data` (FIPS 180-4).
pub fn sha512(data: &[u8]) -> [u8; 64] {
    let mut h: [u64; 8] = [
        0x6a09e667f3bcc908,
        0xbb67ae8584caa73b,
        0x3c6ef372fe94f82b,
        0xa54ff53a5f1d36f1,
        0x510e527fade682d1,
        0x9b05688c2b3e6c1f,
        0x1f83d9abfb41bd6b,
        0x5be0cd19137e2179,
    ];
    let mut msg = data.to_vec();
    msg.push(0x80);
    while msg.len() % 128 != 112 {
        msg.push(0);
    }
    msg.extend_from_slice(&((data.len() as u128) * 8).to_be_bytes());
    for block in msg.chunks_exact(128) {
        let mut w = [0u64; 80];
        for (i, c) in block.chunks_exact(8).enumerate() {
            let mut b = [0u8; 8];
            b.copy_from_slice(c);
            w[i] = u64::from_be_bytes(b);
        }
        for i in 16..80 {
            let s0 = w[i - 15].rotate_right(1) ^ w[i - 15].rotate_right(8) ^ (w[i - 15] >> 7);
            let s1 = w[i - 2].rotate_right(19) ^ w[i - 2].rotate_right(61) ^ (w[i - 2] >> 6);
            w[i] = w[i - 16]
                .wrapping_add(s0)
                .wrapping_add(w[i - 7])
                .wrapping_add(s1);
        }
        let mut v = h;
        for i in 0..80 {
            let [a, b, c, d, e, f, g, hh] = v;
            let s1 = e.rotate_right(14) ^ e.rotate_right(18) ^ e.rotate_right(41);
            let ch = (e & f) ^ (!e & g);
            let t1 = hh
                .wrapping_add(s1)
                .wrapping_add(ch)
                .wrapping_add(K512[i])
                .wrapping_add(w[i]);
            let s0 = a.rotate_right(28) ^ a.rotate_right(34) ^ a.rotate_right(39);
            let maj = (a & b) ^ (a & c) ^ (b & c);
            let t2 = s0.wrapping_add(maj);
            v = [t1.wrapping_add(t2), a, b, c, d.wrapping_add(t1), e, f, g];
        }
        for (x, y) in h.iter_mut().zip(v) {
            *x = x.wrapping_add(y);
        }
    }
    let mut out = [0u8; 64];
    for (i, x) in h.iter().enumerate() {
        out[i * 8..i * 8 + 8].copy_from_slice(&x.to_be_bytes());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sha512_of_abc() {
        let d = sha512(b"abc");
        assert_eq!(d[0], 0xdd);
        assert_eq!(d[1], 0xaf);
        assert_eq!(d[63], 0x9f);
    }

    #[test]
    fn mt_matches_reference_for_seed_5489() {
        let mut mt = Mt::new();
        mt.init_genrand(5489);
        let mut buf = alloc::vec![0u8; STATE_BYTES];
        mt.store(&mut buf);
        assert_eq!(Gen(&mut buf).next_u32(), 3_499_211_612);
    }
}

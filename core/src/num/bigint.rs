//! Arbitrary-precision integers with Python semantics.
//!
//! [`BigInt`] is sign + magnitude, the magnitude a little-endian `Vec<u64>`
//! that is always normalised (no high zero limbs; zero is non-negative).
//! Division, shifts and bitwise operations follow Python: floor division,
//! remainders with the divisor's sign, and infinite two's complement for
//! negative operands. Decimal (and any non-power-of-two radix) conversion in
//! both directions is divide-and-conquer over a table of squared powers, so
//! 100,000-digit numbers convert in milliseconds.

use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;
use core::cmp::Ordering;
use core::fmt;

/// Operand length (in limbs) from which multiplication switches to Karatsuba.
const KARATSUBA_THRESHOLD: usize = 32;

/// Largest bit length a result may reach through [`BigInt::checked_shl`] or
/// [`BigInt::checked_pow`] (2^36 bits, 8 GiB): beyond this the caller should
/// raise `MemoryError`/`OverflowError` rather than try to allocate.
pub const MAX_BITS: u64 = 1 << 36;

/// CPython's `_PyHASH_BITS`.
const HASH_BITS: u32 = 61;
/// CPython's `_PyHASH_MODULUS`, the Mersenne prime 2^61 - 1.
pub const HASH_MODULUS: u64 = (1 << HASH_BITS) - 1;
/// CPython's `_PyHASH_INF`: the hash of `float('inf')`.
pub const HASH_INF: i64 = 314_159;

/// An arbitrary-precision signed integer.
#[derive(Clone, PartialEq, Eq, Hash, Default)]
pub struct BigInt {
    neg: bool,
    mag: Vec<u64>,
}

/// Why an int/int true division failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TrueDivError {
    /// The divisor is zero (`ZeroDivisionError: division by zero`).
    ZeroDivision,
    /// The quotient is too large for a float
    /// (`OverflowError: integer division result too large for a float`).
    Overflow,
}

// ---------------------------------------------------------------------------
// Magnitude (unsigned limb slice) primitives
// ---------------------------------------------------------------------------

fn trim(v: &mut Vec<u64>) {
    while let Some(&0) = v.last() {
        v.pop();
    }
}

fn cmp_mag(a: &[u64], b: &[u64]) -> Ordering {
    if a.len() != b.len() {
        return a.len().cmp(&b.len());
    }
    for i in (0..a.len()).rev() {
        if a[i] != b[i] {
            return a[i].cmp(&b[i]);
        }
    }
    Ordering::Equal
}

/// `acc += b`, carrying through the rest of `acc`; returns the final carry.
fn add_into(acc: &mut [u64], b: &[u64]) -> u64 {
    let mut carry = 0u64;
    let mut i = 0;
    while i < b.len() && i < acc.len() {
        let (s1, c1) = acc[i].overflowing_add(b[i]);
        let (s2, c2) = s1.overflowing_add(carry);
        acc[i] = s2;
        carry = u64::from(c1) + u64::from(c2);
        i += 1;
    }
    while carry != 0 && i < acc.len() {
        let (s, c) = acc[i].overflowing_add(carry);
        acc[i] = s;
        carry = u64::from(c);
        i += 1;
    }
    carry
}

/// `acc -= b`, borrowing through the rest of `acc`; returns the final borrow.
fn sub_into(acc: &mut [u64], b: &[u64]) -> u64 {
    let mut borrow = 0u64;
    let mut i = 0;
    while i < b.len() && i < acc.len() {
        let (s1, c1) = acc[i].overflowing_sub(b[i]);
        let (s2, c2) = s1.overflowing_sub(borrow);
        acc[i] = s2;
        borrow = u64::from(c1) + u64::from(c2);
        i += 1;
    }
    while borrow != 0 && i < acc.len() {
        let (s, c) = acc[i].overflowing_sub(borrow);
        acc[i] = s;
        borrow = u64::from(c);
        i += 1;
    }
    borrow
}

fn add_mag(a: &[u64], b: &[u64]) -> Vec<u64> {
    let (a, b) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    let mut r = Vec::with_capacity(a.len() + 1);
    r.extend_from_slice(a);
    r.push(0);
    add_into(&mut r, b);
    trim(&mut r);
    r
}

/// `a - b` for `a >= b`.
fn sub_mag(a: &[u64], b: &[u64]) -> Vec<u64> {
    let mut r = a.to_vec();
    sub_into(&mut r, b);
    trim(&mut r);
    r
}

fn add_small_mag(a: &[u64], d: u64) -> Vec<u64> {
    add_mag(a, &[d])
}

/// `r += a * b` (schoolbook); `r.len() >= a.len() + b.len()`.
fn mul_school(r: &mut [u64], a: &[u64], b: &[u64]) {
    for (j, &bj) in b.iter().enumerate() {
        if bj == 0 {
            continue;
        }
        let mut carry: u64 = 0;
        for (i, &ai) in a.iter().enumerate() {
            let t = u128::from(ai) * u128::from(bj) + u128::from(r[i + j]) + u128::from(carry);
            r[i + j] = t as u64;
            carry = (t >> 64) as u64;
        }
        let mut k = j + a.len();
        while carry != 0 && k < r.len() {
            let (s, c) = r[k].overflowing_add(carry);
            r[k] = s;
            carry = u64::from(c);
            k += 1;
        }
    }
}

/// `r += a * b`; `r.len() >= a.len() + b.len()`.
fn mul_into(r: &mut [u64], a: &[u64], b: &[u64]) {
    let (a, b) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    if b.is_empty() {
        return;
    }
    if b.len() < KARATSUBA_THRESHOLD {
        mul_school(r, a, b);
        return;
    }
    if a.len() >= 2 * b.len() {
        // Unbalanced: multiply b by b-sized slices of a.
        let mut tmp = vec![0u64; 2 * b.len()];
        for (k, chunk) in a.chunks(b.len()).enumerate() {
            for t in tmp.iter_mut() {
                *t = 0;
            }
            let n = chunk.len() + b.len();
            mul_into(&mut tmp[..n], chunk, b);
            add_into(&mut r[k * b.len()..], &tmp[..n]);
        }
        return;
    }
    // Karatsuba: a.len()/2 < b.len() <= a.len(), so b has a high half.
    let m = a.len() / 2;
    let (a0, a1) = a.split_at(m);
    let (b0, b1) = b.split_at(m);
    let mut a0 = a0.to_vec();
    trim(&mut a0);
    let mut b0 = b0.to_vec();
    trim(&mut b0);
    let z0 = mul_mag(&a0, &b0);
    let z2 = mul_mag(a1, b1);
    let sa = add_mag(&a0, a1);
    let sb = add_mag(&b0, b1);
    let mut z1 = mul_mag(&sa, &sb);
    sub_into(&mut z1, &z0);
    sub_into(&mut z1, &z2);
    trim(&mut z1);
    add_into(r, &z0);
    add_into(&mut r[m..], &z1);
    add_into(&mut r[2 * m..], &z2);
}

fn mul_mag(a: &[u64], b: &[u64]) -> Vec<u64> {
    if a.is_empty() || b.is_empty() {
        return Vec::new();
    }
    let mut r = vec![0u64; a.len() + b.len()];
    mul_into(&mut r, a, b);
    trim(&mut r);
    r
}

/// `(a / d, a % d)` for a single nonzero limb `d`.
fn divmod_small(a: &[u64], d: u64) -> (Vec<u64>, u64) {
    let mut q = vec![0u64; a.len()];
    let mut rem: u64 = 0;
    let dd = u128::from(d);
    for i in (0..a.len()).rev() {
        let cur = (u128::from(rem) << 64) | u128::from(a[i]);
        q[i] = (cur / dd) as u64;
        rem = (cur % dd) as u64;
    }
    trim(&mut q);
    (q, rem)
}

fn shl_mag(a: &[u64], bits: u64) -> Vec<u64> {
    if a.is_empty() {
        return Vec::new();
    }
    let limbs = (bits / 64) as usize;
    let s = (bits % 64) as u32;
    let mut r = vec![0u64; limbs];
    r.reserve(a.len() + 1);
    if s == 0 {
        r.extend_from_slice(a);
    } else {
        let mut carry = 0u64;
        for &x in a {
            r.push((x << s) | carry);
            carry = x >> (64 - s);
        }
        r.push(carry);
    }
    trim(&mut r);
    r
}

/// `a >> bits` (truncating) and whether any one bits were shifted out.
fn shr_mag(a: &[u64], bits: u64) -> (Vec<u64>, bool) {
    let limbs = bits / 64;
    if limbs >= a.len() as u64 {
        return (Vec::new(), !a.is_empty());
    }
    let limbs = limbs as usize;
    let s = (bits % 64) as u32;
    let mut lost = a[..limbs].iter().any(|&x| x != 0);
    let mut r = Vec::with_capacity(a.len() - limbs);
    if s == 0 {
        r.extend_from_slice(&a[limbs..]);
    } else {
        lost |= a[limbs] & ((1u64 << s) - 1) != 0;
        for i in limbs..a.len() {
            let hi = if i + 1 < a.len() {
                a[i + 1] << (64 - s)
            } else {
                0
            };
            r.push((a[i] >> s) | hi);
        }
    }
    trim(&mut r);
    (r, lost)
}

/// Divisor length (in limbs) from which division goes recursive
/// (Burnikel-Ziegler style, as CPython's `_pylong`), so that its cost
/// follows Karatsuba multiplication instead of growing quadratically.
const BZ_THRESHOLD: usize = 48;

/// Truncating `(a / b, a % b)` on magnitudes; `b` must be nonzero.
fn divmod_mag(a: &[u64], b: &[u64]) -> (Vec<u64>, Vec<u64>) {
    if b.len() >= BZ_THRESHOLD && a.len() >= b.len() + BZ_THRESHOLD {
        divmod_recursive(a, b)
    } else {
        divmod_knuth(a, b)
    }
}

/// Bits `lo .. lo + n` of `a`, as a magnitude.
fn extract_bits(a: &[u64], lo: u64, n: u64) -> Vec<u64> {
    let mut v = shr_mag_slice(a, lo, n.div_ceil(64) as usize + 1);
    let keep = n.div_ceil(64) as usize;
    v.truncate(keep);
    if n & 63 != 0 {
        if let Some(top) = v.get_mut(keep.wrapping_sub(1)) {
            *top &= (1u64 << (n % 64)) - 1;
        }
    }
    trim(&mut v);
    v
}

/// `(a >> bits)` limited to its low `max_limbs` limbs (no full copy).
fn shr_mag_slice(a: &[u64], bits: u64, max_limbs: usize) -> Vec<u64> {
    let start = (bits / 64) as usize;
    if start >= a.len() {
        return Vec::new();
    }
    let end = core::cmp::min(a.len(), start + max_limbs + 1);
    shr_mag(&a[start..end], bits % 64).0
}

/// `dst |= src << bit_offset`; `dst` must be long enough.
fn or_shifted(dst: &mut [u64], src: &[u64], bit_offset: u64) {
    let off = (bit_offset / 64) as usize;
    let s = (bit_offset % 64) as u32;
    for (i, &x) in src.iter().enumerate() {
        dst[off + i] |= x << s;
        if s != 0 && x >> (64 - s) != 0 {
            dst[off + i + 1] |= x >> (64 - s);
        }
    }
}

/// Schoolbook division in base `2^n` (`n` = bits of `b`) whose digit steps
/// are the recursive 2n-by-n division.
fn divmod_recursive(a: &[u64], b: &[u64]) -> (Vec<u64>, Vec<u64>) {
    let n = bit_length_mag(b);
    let bb = BigInt::from_parts(false, b.to_vec());
    let abits = bit_length_mag(a);
    let ndigits = abits.div_ceil(n);
    let mut q = vec![0u64; a.len() + 2];
    let mut r = BigInt::zero();
    for i in (0..ndigits).rev() {
        let digit = BigInt::from_parts(false, extract_bits(a, i * n, n));
        let cur = r.shl(n).add(&digit);
        let (qd, rd) = div2n1n(&cur, &bb, n);
        or_shifted(&mut q, &qd.mag, i * n);
        r = rd;
    }
    trim(&mut q);
    (q, r.mag)
}

/// `(a / b, a % b)` for `b` of exactly `n` bits and `a < 2^n * b`.
fn div2n1n(a: &BigInt, b: &BigInt, n: u64) -> (BigInt, BigInt) {
    if a.mag.len() < b.mag.len() + BZ_THRESHOLD || b.mag.len() < BZ_THRESHOLD {
        let (q, r) = divmod_knuth(&a.mag, &b.mag);
        return (BigInt::from_parts(false, q), BigInt::from_parts(false, r));
    }
    let pad = n & 1 == 1;
    let (a2, b2, n) = if pad {
        (a.shl(1), b.shl(1), n + 1)
    } else {
        (a.clone(), b.clone(), n)
    };
    let half = n / 2;
    let b_hi = b2.shr(half);
    let b_lo = BigInt::from_parts(false, extract_bits(&b2.mag, 0, half));
    let a_hi = a2.shr(n);
    let a_mid = BigInt::from_parts(false, extract_bits(&a2.mag, half, half));
    let a_lo = BigInt::from_parts(false, extract_bits(&a2.mag, 0, half));
    let (q1, r) = div3n2n(&a_hi, &a_mid, &b2, &b_hi, &b_lo, half);
    let (q2, r) = div3n2n(&r, &a_lo, &b2, &b_hi, &b_lo, half);
    let r = if pad { r.shr(1) } else { r };
    (q1.shl(half).add(&q2), r)
}

fn div3n2n(
    a12: &BigInt,
    a3: &BigInt,
    b: &BigInt,
    b1: &BigInt,
    b2: &BigInt,
    n: u64,
) -> (BigInt, BigInt) {
    let (mut q, r) = if a12.shr(n) == *b1 {
        let q = BigInt::one().shl(n).sub(&BigInt::one());
        (q, a12.sub(&b1.shl(n)).add(b1))
    } else {
        div2n1n(a12, b1, n)
    };
    let mut r = r.shl(n).add(a3).sub(&q.mul(b2));
    while r.is_negative() {
        q = q.sub(&BigInt::one());
        r = r.add(b);
    }
    (q, r)
}

/// Knuth's algorithm D: truncating `(a / b, a % b)`; `b` must be nonzero.
fn divmod_knuth(a: &[u64], b: &[u64]) -> (Vec<u64>, Vec<u64>) {
    if cmp_mag(a, b) == Ordering::Less {
        return (Vec::new(), a.to_vec());
    }
    if b.len() == 1 {
        let (q, r) = divmod_small(a, b[0]);
        return (q, if r == 0 { Vec::new() } else { vec![r] });
    }
    // Knuth, TAOCP vol. 2, 4.3.1, algorithm D.
    let s = b[b.len() - 1].leading_zeros();
    let n = b.len();
    let mut v = b.to_vec();
    let mut u = a.to_vec();
    u.push(0);
    if s != 0 {
        for i in (1..n).rev() {
            v[i] = (v[i] << s) | (v[i - 1] >> (64 - s));
        }
        v[0] <<= s;
        for i in (1..u.len()).rev() {
            u[i] = (u[i] << s) | (u[i - 1] >> (64 - s));
        }
        u[0] <<= s;
    }
    let m = a.len() - n;
    let mut q = vec![0u64; m + 1];
    let vtop = u128::from(v[n - 1]);
    let vnext = u128::from(v[n - 2]);
    const B: u128 = 1u128 << 64;
    for j in (0..=m).rev() {
        let num = (u128::from(u[j + n]) << 64) | u128::from(u[j + n - 1]);
        let mut qhat = num / vtop;
        let mut rhat = num % vtop;
        while qhat >= B || qhat * vnext > ((rhat << 64) | u128::from(u[j + n - 2])) {
            qhat -= 1;
            rhat += vtop;
            if rhat >= B {
                break;
            }
        }
        let mut carry: u64 = 0;
        let mut borrow: u64 = 0;
        for i in 0..n {
            let p = qhat * u128::from(v[i]) + u128::from(carry);
            carry = (p >> 64) as u64;
            let (t, b1) = u[i + j].overflowing_sub(p as u64);
            let (t2, b2) = t.overflowing_sub(borrow);
            u[i + j] = t2;
            borrow = u64::from(b1) + u64::from(b2);
        }
        let (t, b1) = u[j + n].overflowing_sub(carry);
        let (t2, b2) = t.overflowing_sub(borrow);
        u[j + n] = t2;
        if b1 || b2 {
            qhat -= 1;
            let mut c: u64 = 0;
            for i in 0..n {
                let (s1, c1) = u[i + j].overflowing_add(v[i]);
                let (s2, c2) = s1.overflowing_add(c);
                u[i + j] = s2;
                c = u64::from(c1) + u64::from(c2);
            }
            u[j + n] = u[j + n].wrapping_add(c);
        }
        q[j] = qhat as u64;
    }
    trim(&mut q);
    u.truncate(n);
    if s != 0 {
        for i in 0..n {
            let hi = if i + 1 < n { u[i + 1] << (64 - s) } else { 0 };
            u[i] = (u[i] >> s) | hi;
        }
    }
    trim(&mut u);
    (q, u)
}

fn bit_length_mag(a: &[u64]) -> u64 {
    match a.last() {
        None => 0,
        Some(&top) => (a.len() as u64 - 1) * 64 + u64::from(64 - top.leading_zeros()),
    }
}

/// `2^e` as an f64, for `-1074 <= e <= 1023`.
fn pow2_f64(e: i64) -> f64 {
    if e >= -1022 {
        f64::from_bits(((e + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (e + 1074))
    }
}

/// Largest power of `radix` that fits in a u64, and its exponent.
fn radix_chunk(radix: u32) -> (u64, usize) {
    let r = u64::from(radix);
    let mut p = r;
    let mut k = 1;
    while let Some(n) = p.checked_mul(r) {
        p = n;
        k += 1;
    }
    (p, k)
}

const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";

/// Leaf conversion: digits of `x` (most significant first) appended to `out`,
/// left-padded with zeros to `width` when given.
fn to_radix_leaf(
    x: &[u64],
    radix: u32,
    chunk: (u64, usize),
    width: Option<usize>,
    out: &mut Vec<u8>,
) {
    let mut chunks = Vec::new();
    let mut cur = x.to_vec();
    while !cur.is_empty() {
        let (q, r) = divmod_small(&cur, chunk.0);
        chunks.push(r);
        cur = q;
    }
    let mut digits: Vec<u8> = Vec::with_capacity(chunks.len() * chunk.1);
    for (i, &c) in chunks.iter().enumerate() {
        let mut c = c;
        let last = i + 1 == chunks.len();
        for _ in 0..chunk.1 {
            if last && c == 0 {
                break;
            }
            digits.push(DIGITS[(c % u64::from(radix)) as usize]);
            c /= u64::from(radix);
        }
    }
    if let Some(w) = width {
        while digits.len() < w {
            digits.push(b'0');
        }
    }
    out.extend(digits.iter().rev());
}

/// Divide and conquer: `x < pows[k+1]`; `width` pads to `chunk.1 * 2^(k+1)`.
fn to_radix_rec(
    x: &[u64],
    k: usize,
    pows: &[Vec<u64>],
    radix: u32,
    chunk: (u64, usize),
    width: Option<usize>,
    out: &mut Vec<u8>,
) {
    if k == 0 || x.len() <= 24 {
        to_radix_leaf(x, radix, chunk, width, out);
        return;
    }
    let (q, r) = divmod_mag(x, &pows[k]);
    let half = chunk.1 << k;
    match width {
        None if q.is_empty() => {}
        None => to_radix_rec(&q, k - 1, pows, radix, chunk, None, out),
        Some(_) => to_radix_rec(&q, k - 1, pows, radix, chunk, Some(half), out),
    }
    let rw = if width.is_none() && q.is_empty() {
        None
    } else {
        Some(half)
    };
    to_radix_rec(&r, k - 1, pows, radix, chunk, rw, out);
}

fn digit_value(c: u8) -> u32 {
    match c {
        b'0'..=b'9' => u32::from(c - b'0'),
        b'a'..=b'z' => u32::from(c - b'a') + 10,
        b'A'..=b'Z' => u32::from(c - b'A') + 10,
        _ => 99,
    }
}

// ---------------------------------------------------------------------------
// BigInt
// ---------------------------------------------------------------------------

impl BigInt {
    fn from_parts(neg: bool, mut mag: Vec<u64>) -> BigInt {
        trim(&mut mag);
        let neg = neg && !mag.is_empty();
        BigInt { neg, mag }
    }

    /// Zero.
    pub fn zero() -> BigInt {
        BigInt::default()
    }

    /// One.
    pub fn one() -> BigInt {
        BigInt::from_u64(1)
    }

    /// The integer `v`.
    pub fn from_i64(v: i64) -> BigInt {
        BigInt::from_parts(v < 0, vec![v.unsigned_abs()])
    }

    /// The integer `v`.
    pub fn from_u64(v: u64) -> BigInt {
        BigInt::from_parts(false, vec![v])
    }

    /// The integer `v`.
    pub fn from_i128(v: i128) -> BigInt {
        let m = v.unsigned_abs();
        BigInt::from_parts(v < 0, vec![m as u64, (m >> 64) as u64])
    }

    /// The integer `v`.
    pub fn from_u128(v: u128) -> BigInt {
        BigInt::from_parts(false, vec![v as u64, (v >> 64) as u64])
    }

    /// The value as an i64, if it fits.
    pub fn to_i64(&self) -> Option<i64> {
        match self.mag.len() {
            0 => Some(0),
            1 => {
                let m = self.mag[0];
                if self.neg {
                    if m <= 1u64 << 63 {
                        Some((m as i64).wrapping_neg())
                    } else {
                        None
                    }
                } else {
                    i64::try_from(m).ok()
                }
            }
            _ => None,
        }
    }

    /// The value as a u64, if it is non-negative and fits.
    pub fn to_u64(&self) -> Option<u64> {
        if self.neg {
            return None;
        }
        match self.mag.len() {
            0 => Some(0),
            1 => Some(self.mag[0]),
            _ => None,
        }
    }

    /// The value as an i128, if it fits.
    pub fn to_i128(&self) -> Option<i128> {
        if self.mag.len() > 2 {
            return None;
        }
        let lo = u128::from(self.mag.first().copied().unwrap_or(0));
        let hi = u128::from(self.mag.get(1).copied().unwrap_or(0));
        let m = (hi << 64) | lo;
        if self.neg {
            if m <= 1u128 << 127 {
                Some((m as i128).wrapping_neg())
            } else {
                None
            }
        } else {
            i128::try_from(m).ok()
        }
    }

    /// Whether the value is zero.
    pub fn is_zero(&self) -> bool {
        self.mag.is_empty()
    }

    /// Whether the value is negative.
    pub fn is_negative(&self) -> bool {
        self.neg
    }

    /// Whether the value is odd.
    pub fn is_odd(&self) -> bool {
        self.mag.first().is_some_and(|&x| x & 1 == 1)
    }

    /// -1, 0 or 1.
    pub fn sign(&self) -> i32 {
        if self.neg {
            -1
        } else if self.mag.is_empty() {
            0
        } else {
            1
        }
    }

    /// The little-endian u64 limbs of the magnitude.
    pub fn magnitude(&self) -> &[u64] {
        &self.mag
    }

    /// `int(f)`: truncates toward zero; `None` for infinities and NaN.
    pub fn from_f64(f: f64) -> Option<BigInt> {
        if !f.is_finite() {
            return None;
        }
        let bits = f.to_bits();
        let neg = bits >> 63 == 1;
        let exp = ((bits >> 52) & 0x7ff) as i64;
        if exp < 1023 {
            return Some(BigInt::zero());
        }
        let mant = (bits & ((1u64 << 52) - 1)) | (1u64 << 52);
        let shift = exp - 1075;
        let mag = if shift >= 0 {
            shl_mag(&[mant], shift as u64)
        } else {
            vec![mant >> (-shift)]
        };
        Some(BigInt::from_parts(neg, mag))
    }

    /// `float(self)`, correctly rounded (half-even); `Err` when too large
    /// (`OverflowError: int too large to convert to float`).
    #[allow(clippy::result_unit_err)] // the one error is OverflowError; callers match `Err(_)`
    pub fn to_f64(&self) -> Result<f64, ()> {
        let n = self.bit_length();
        let mag = if n <= 64 {
            self.mag.first().copied().unwrap_or(0) as f64
        } else {
            if n > 1024 {
                return Err(());
            }
            let (top, lost) = shr_mag(&self.mag, n - 64);
            let t = top.first().copied().unwrap_or(0) | u64::from(lost);
            let r = (t as f64) * pow2_f64(n as i64 - 64);
            if r.is_infinite() {
                return Err(());
            }
            r
        };
        Ok(if self.neg { -mag } else { mag })
    }

    /// Number of bits in the magnitude (`int.bit_length()`).
    pub fn bit_length(&self) -> u64 {
        bit_length_mag(&self.mag)
    }

    /// Number of one bits in the magnitude (`int.bit_count()`).
    pub fn count_ones(&self) -> u64 {
        self.mag.iter().map(|x| u64::from(x.count_ones())).sum()
    }

    /// `-self`.
    pub fn neg(&self) -> BigInt {
        BigInt::from_parts(!self.neg, self.mag.clone())
    }

    /// `abs(self)`.
    pub fn abs(&self) -> BigInt {
        BigInt::from_parts(false, self.mag.clone())
    }

    fn add_signed(&self, other: &BigInt, other_neg: bool) -> BigInt {
        if self.neg == other_neg {
            return BigInt::from_parts(self.neg, add_mag(&self.mag, &other.mag));
        }
        match cmp_mag(&self.mag, &other.mag) {
            Ordering::Equal => BigInt::zero(),
            Ordering::Greater => BigInt::from_parts(self.neg, sub_mag(&self.mag, &other.mag)),
            Ordering::Less => BigInt::from_parts(other_neg, sub_mag(&other.mag, &self.mag)),
        }
    }

    /// `self + other`.
    pub fn add(&self, other: &BigInt) -> BigInt {
        self.add_signed(other, other.neg)
    }

    /// `self - other`.
    pub fn sub(&self, other: &BigInt) -> BigInt {
        self.add_signed(other, !other.neg && !other.mag.is_empty())
    }

    /// `self * other` (schoolbook, Karatsuba for large operands).
    pub fn mul(&self, other: &BigInt) -> BigInt {
        BigInt::from_parts(self.neg != other.neg, mul_mag(&self.mag, &other.mag))
    }

    /// Truncating division: `(q, r)` with `q` rounded toward zero and `r`
    /// having the dividend's sign; `None` when `other` is zero.
    pub fn divmod_trunc(&self, other: &BigInt) -> Option<(BigInt, BigInt)> {
        if other.is_zero() {
            return None;
        }
        let (q, r) = divmod_mag(&self.mag, &other.mag);
        Some((
            BigInt::from_parts(self.neg != other.neg, q),
            BigInt::from_parts(self.neg, r),
        ))
    }

    /// Python's `divmod(self, other)`: floor quotient, remainder with the
    /// divisor's sign; `None` when `other` is zero.
    pub fn divmod_floor(&self, other: &BigInt) -> Option<(BigInt, BigInt)> {
        if other.is_zero() {
            return None;
        }
        let (q, r) = divmod_mag(&self.mag, &other.mag);
        if self.neg != other.neg && !r.is_empty() {
            let q = add_small_mag(&q, 1);
            let r = sub_mag(&other.mag, &r);
            Some((
                BigInt::from_parts(true, q),
                BigInt::from_parts(other.neg, r),
            ))
        } else {
            Some((
                BigInt::from_parts(self.neg != other.neg, q),
                BigInt::from_parts(other.neg, r),
            ))
        }
    }

    /// Python's `self // other`; `None` when `other` is zero.
    pub fn div_floor(&self, other: &BigInt) -> Option<BigInt> {
        self.divmod_floor(other).map(|(q, _)| q)
    }

    /// Python's `self % other`; `None` when `other` is zero.
    pub fn mod_floor(&self, other: &BigInt) -> Option<BigInt> {
        self.divmod_floor(other).map(|(_, r)| r)
    }

    /// Python's `a / b` for ints, correctly rounded (half-even).
    pub fn truediv(a: &BigInt, b: &BigInt) -> Result<f64, TrueDivError> {
        if b.is_zero() {
            return Err(TrueDivError::ZeroDivision);
        }
        let negate = a.neg != b.neg;
        if a.is_zero() {
            return Ok(if negate { -0.0 } else { 0.0 });
        }
        let na = a.bit_length();
        let nb = b.bit_length();
        if na <= 53 && nb <= 53 {
            let x = a.mag[0] as f64;
            let y = b.mag[0] as f64;
            let r = x / y;
            return Ok(if negate { -r } else { r });
        }
        // Scale so the integer quotient has 55 or 56 bits, keep a sticky bit.
        let e = na as i64 - nb as i64 - 55;
        let (num, den) = if e >= 0 {
            (a.mag.clone(), shl_mag(&b.mag, e as u64))
        } else {
            (shl_mag(&a.mag, (-e) as u64), b.mag.clone())
        };
        let (q, r) = divmod_mag(&num, &den);
        let q = q.first().copied().unwrap_or(0);
        let sticky = !r.is_empty();
        let bl = i64::from(64 - q.leading_zeros());
        if bl + e > 1024 {
            return Err(TrueDivError::Overflow);
        }
        let p = core::cmp::max(bl + e - 53, -1074);
        let k = p - e; // >= 2
        let m = if k >= 64 {
            0
        } else {
            let mut m = q >> k;
            let rem = q & ((1u64 << k) - 1);
            let half = 1u64 << (k - 1);
            if rem > half || (rem == half && (sticky || m & 1 == 1)) {
                m += 1;
            }
            m
        };
        let res = if p > 1023 {
            f64::INFINITY
        } else {
            (m as f64) * pow2_f64(p)
        };
        if res.is_infinite() {
            return Err(TrueDivError::Overflow);
        }
        Ok(if negate { -res } else { res })
    }

    /// `self ** exp`, by repeated squaring.
    pub fn pow(&self, exp: u64) -> BigInt {
        let mut result = vec![1u64];
        let mut base = self.mag.clone();
        let mut e = exp;
        while e > 0 {
            if e & 1 == 1 {
                result = mul_mag(&result, &base);
            }
            e >>= 1;
            if e > 0 {
                base = mul_mag(&base, &base);
            }
        }
        BigInt::from_parts(self.neg && exp & 1 == 1, result)
    }

    /// `self ** exp`, or `None` when the result would exceed [`MAX_BITS`].
    pub fn checked_pow(&self, exp: u64) -> Option<BigInt> {
        let bl = self.bit_length();
        if bl > 1 && !matches!((bl - 1).checked_mul(exp), Some(b) if b <= MAX_BITS) {
            return None;
        }
        Some(self.pow(exp))
    }

    /// The inverse of `self` modulo `m` (`m > 0`), if it exists, in `[0, m)`.
    pub fn mod_inverse(&self, m: &BigInt) -> Option<BigInt> {
        if m.is_zero() || m.is_negative() {
            return None;
        }
        let a = self.mod_floor(m)?;
        let (mut old_r, mut r) = (a, m.clone());
        let (mut old_s, mut s) = (BigInt::one(), BigInt::zero());
        while !r.is_zero() {
            let (q, rem) = old_r.divmod_floor(&r)?;
            old_r = core::mem::replace(&mut r, rem);
            let ns = old_s.sub(&q.mul(&s));
            old_s = core::mem::replace(&mut s, ns);
        }
        if old_r != BigInt::one() {
            return None;
        }
        old_s.mod_floor(m)
    }

    /// Python's three-argument `pow(self, exp, modulus)`, negative exponents
    /// included (via the modular inverse). The error strings are CPython's
    /// `ValueError` messages.
    pub fn modpow(&self, exp: &BigInt, modulus: &BigInt) -> Result<BigInt, &'static str> {
        if modulus.is_zero() {
            return Err("pow() 3rd argument cannot be 0");
        }
        let m = modulus.abs();
        let mut base = self.mod_floor(&m).ok_or("pow() 3rd argument cannot be 0")?;
        if exp.is_negative() {
            base = base
                .mod_inverse(&m)
                .ok_or("base is not invertible for the given modulus")?;
        }
        let mut result = BigInt::one().mod_floor(&m).unwrap_or_default();
        let bits = exp.bit_length();
        for i in (0..bits).rev() {
            result = mod_mag(&mul_mag(&result.mag, &result.mag), &m.mag);
            if exp.mag[(i / 64) as usize] >> (i % 64) & 1 == 1 {
                result = mod_mag(&mul_mag(&result.mag, &base.mag), &m.mag);
            }
        }
        if modulus.is_negative() && !result.is_zero() {
            result = result.add(modulus);
        }
        Ok(result)
    }

    /// `self << n`.
    pub fn shl(&self, n: u64) -> BigInt {
        BigInt::from_parts(self.neg, shl_mag(&self.mag, n))
    }

    /// `self << n`, or `None` when the result would exceed [`MAX_BITS`].
    pub fn checked_shl(&self, n: u64) -> Option<BigInt> {
        if !self.is_zero() && !matches!(self.bit_length().checked_add(n), Some(b) if b <= MAX_BITS)
        {
            return None;
        }
        Some(self.shl(n))
    }

    /// `self >> n` with Python's floor semantics (`-5 >> 1 == -3`).
    pub fn shr(&self, n: u64) -> BigInt {
        let (m, lost) = shr_mag(&self.mag, n);
        if self.neg && lost {
            BigInt::from_parts(true, add_small_mag(&m, 1))
        } else {
            BigInt::from_parts(self.neg, m)
        }
    }

    /// Two's complement limbs, sign-extended to `len` limbs.
    fn to_twos(&self, len: usize) -> Vec<u64> {
        let mut v = self.mag.clone();
        v.resize(len, 0);
        if self.neg {
            for x in v.iter_mut() {
                *x = !*x;
            }
            let mut i = 0;
            while i < v.len() {
                let (s, c) = v[i].overflowing_add(1);
                v[i] = s;
                if !c {
                    break;
                }
                i += 1;
            }
        }
        v
    }

    fn from_twos(mut v: Vec<u64>) -> BigInt {
        let neg = v.last().is_some_and(|&x| x >> 63 == 1);
        if neg {
            for x in v.iter_mut() {
                *x = !*x;
            }
            let mut i = 0;
            while i < v.len() {
                let (s, c) = v[i].overflowing_add(1);
                v[i] = s;
                if !c {
                    break;
                }
                i += 1;
            }
        }
        BigInt::from_parts(neg, v)
    }

    fn bitop(&self, other: &BigInt, f: impl Fn(u64, u64) -> u64) -> BigInt {
        let len = core::cmp::max(self.mag.len(), other.mag.len()) + 1;
        let a = self.to_twos(len);
        let b = other.to_twos(len);
        BigInt::from_twos(a.iter().zip(b.iter()).map(|(&x, &y)| f(x, y)).collect())
    }

    /// `self & other` (infinite two's complement).
    pub fn bitand(&self, other: &BigInt) -> BigInt {
        if !self.neg && !other.neg {
            let mut v: Vec<u64> = self
                .mag
                .iter()
                .zip(other.mag.iter())
                .map(|(a, b)| a & b)
                .collect();
            trim(&mut v);
            return BigInt::from_parts(false, v);
        }
        self.bitop(other, |a, b| a & b)
    }

    /// `self | other` (infinite two's complement).
    pub fn bitor(&self, other: &BigInt) -> BigInt {
        self.bitop(other, |a, b| a | b)
    }

    /// `self ^ other` (infinite two's complement).
    pub fn bitxor(&self, other: &BigInt) -> BigInt {
        self.bitop(other, |a, b| a ^ b)
    }

    /// `~self`, that is `-self - 1`.
    pub fn not(&self) -> BigInt {
        self.neg().sub(&BigInt::one())
    }

    /// `math.gcd(self, other)`, non-negative.
    pub fn gcd(&self, other: &BigInt) -> BigInt {
        let mut a = self.mag.clone();
        let mut b = other.mag.clone();
        while !b.is_empty() {
            if a.len() == 1 && b.len() == 1 {
                let (mut x, mut y) = (a[0], b[0]);
                while y != 0 {
                    let t = x % y;
                    x = y;
                    y = t;
                }
                return BigInt::from_u64(x);
            }
            let r = mod_mag(&a, &b).mag;
            a = b;
            b = r;
        }
        BigInt::from_parts(false, a)
    }

    /// `math.isqrt(self)`; `None` for negative values.
    pub fn isqrt(&self) -> Option<BigInt> {
        if self.neg {
            return None;
        }
        if self.is_zero() {
            return Some(BigInt::zero());
        }
        // Newton from an initial guess above the root.
        let bl = self.bit_length();
        let mut x = BigInt::one().shl(bl.div_ceil(2));
        loop {
            let y = x.add(&self.div_floor(&x)?).shr(1);
            if y >= x {
                return Some(x);
            }
            x = y;
        }
    }

    /// CPython's `hash(int)`: the value modulo 2^61 - 1 with the sign
    /// applied, -1 mapped to -2.
    pub fn py_hash(&self) -> i64 {
        let mut h: u64 = 0;
        for &limb in self.mag.iter().rev() {
            h = (((u128::from(h)) << 64 | u128::from(limb)) % u128::from(HASH_MODULUS)) as u64;
        }
        let h = h as i64;
        let h = if self.neg { -h } else { h };
        if h == -1 {
            -2
        } else {
            h
        }
    }

    /// The digits in `radix` (2..=36, lowercase, `-` for negatives, no
    /// prefix). Returns an empty string for an invalid radix.
    pub fn to_string_radix(&self, radix: u32) -> String {
        if !(2..=36).contains(&radix) {
            return String::new();
        }
        let mut out: Vec<u8> = Vec::new();
        if self.neg {
            out.push(b'-');
        }
        if self.mag.is_empty() {
            out.push(b'0');
        } else if radix.is_power_of_two() {
            let bits = u64::from(radix.trailing_zeros());
            let total = self.bit_length();
            let ndig = total.div_ceil(bits);
            for d in (0..ndig).rev() {
                let pos = d * bits;
                let mut v = 0u64;
                for b in 0..bits {
                    let p = pos + b;
                    let limb = self.mag.get((p / 64) as usize).copied().unwrap_or(0);
                    v |= ((limb >> (p % 64)) & 1) << b;
                }
                out.push(DIGITS[v as usize]);
            }
        } else {
            let chunk = radix_chunk(radix);
            let mut pows: Vec<Vec<u64>> = vec![vec![chunk.0]];
            // Invariant for the recursion: x < pows[k + 1].
            loop {
                let last = &pows[pows.len() - 1];
                if cmp_mag(&self.mag, last) == Ordering::Less {
                    break;
                }
                let sq = mul_mag(last, last);
                pows.push(sq);
            }
            // pows[last] > x; start at k = len - 2 (or leaf if only one).
            if pows.len() < 2 {
                to_radix_leaf(&self.mag, radix, chunk, None, &mut out);
            } else {
                let k = pows.len() - 2;
                to_radix_rec(&self.mag, k, &pows, radix, chunk, None, &mut out);
            }
        }
        String::from_utf8(out).unwrap_or_default()
    }

    /// Python's `int(s, radix)` for `radix` 0 or 2..=36: surrounding
    /// whitespace, an optional sign, an optional `0x`/`0o`/`0b` prefix when
    /// it matches the radix (radix 0 infers it, and then rejects leading
    /// zeros), digits with single underscores between them (and after a
    /// prefix). `None` when the text is not a valid integer.
    pub fn parse(s: &str, radix: u32) -> Option<BigInt> {
        if radix == 1 || radix > 36 {
            return None;
        }
        let mut b = s.trim().as_bytes();
        let mut neg = false;
        if let Some((&c, rest)) = b.split_first() {
            if c == b'+' || c == b'-' {
                neg = c == b'-';
                b = rest;
            }
        }
        let mut radix = radix;
        let mut after_prefix = false;
        if b.len() >= 2 && b[0] == b'0' {
            let p = match b[1] {
                b'x' | b'X' => 16,
                b'o' | b'O' => 8,
                b'b' | b'B' => 2,
                _ => 0,
            };
            if p != 0 && (radix == 0 || radix == p) {
                radix = p;
                b = &b[2..];
                after_prefix = true;
            }
        }
        let base0 = radix == 0;
        if base0 {
            radix = 10;
        }
        // Validate and collect digit values.
        let mut digits: Vec<u8> = Vec::with_capacity(b.len());
        let mut prev_us = after_prefix;
        if after_prefix && b.first() == Some(&b'_') {
            b = &b[1..];
            prev_us = false;
        }
        for &c in b {
            if c == b'_' {
                if prev_us || digits.is_empty() {
                    return None;
                }
                prev_us = true;
                continue;
            }
            let d = digit_value(c);
            if d >= radix {
                return None;
            }
            digits.push(d as u8);
            prev_us = false;
        }
        if digits.is_empty() || prev_us {
            return None;
        }
        if base0 && digits[0] == 0 && digits.iter().any(|&d| d != 0) {
            return None;
        }
        Some(BigInt::from_parts(neg, from_digits(&digits, radix)))
    }

    /// `self.to_bytes(length, byteorder, signed=signed)`; errors are
    /// CPython's `OverflowError` messages, or `"out of memory"` (raise
    /// `MemoryError`) when `length` bytes cannot be allocated.
    pub fn to_bytes(
        &self,
        length: usize,
        little_endian: bool,
        signed: bool,
    ) -> Result<Vec<u8>, &'static str> {
        if self.neg && !signed {
            return Err("can't convert negative int to unsigned");
        }
        let bits = (length as u64).saturating_mul(8);
        let fits = if !signed {
            self.bit_length() <= bits
        } else if self.neg {
            // -2^(bits-1) <= x, i.e. |x| - 1 < 2^(bits-1).
            bits > 0 && self.abs().sub(&BigInt::one()).bit_length() < bits
        } else {
            self.is_zero() || self.bit_length() < bits
        };
        if !fits {
            return Err("int too big to convert");
        }
        let mut out = Vec::new();
        if out.try_reserve_exact(length).is_err() {
            return Err("out of memory");
        }
        let tw = self.to_twos(self.mag.len() + 1);
        let fill = if self.neg { 0xff } else { 0 };
        for i in 0..length {
            out.push(tw.get(i / 8).map_or(fill, |&l| (l >> ((i % 8) * 8)) as u8));
        }
        if !little_endian {
            out.reverse();
        }
        Ok(out)
    }

    /// `int.from_bytes(bytes, byteorder, signed=signed)`.
    pub fn from_bytes(bytes: &[u8], little_endian: bool, signed: bool) -> BigInt {
        let mut le: Vec<u8> = bytes.to_vec();
        if !little_endian {
            le.reverse();
        }
        let mut mag = vec![0u64; le.len().div_ceil(8)];
        for (i, &b) in le.iter().enumerate() {
            mag[i / 8] |= u64::from(b) << ((i % 8) * 8);
        }
        let v = BigInt::from_parts(false, mag);
        if signed && le.last().is_some_and(|&b| b & 0x80 != 0) {
            v.sub(&BigInt::one().shl(le.len() as u64 * 8))
        } else {
            v
        }
    }
}

/// `a % b` on magnitudes, as a non-negative BigInt.
fn mod_mag(a: &[u64], b: &[u64]) -> BigInt {
    BigInt::from_parts(false, divmod_mag(a, b).1)
}

/// Magnitude from digit values (most significant first), divide and conquer.
fn from_digits(digits: &[u8], radix: u32) -> Vec<u64> {
    let chunk = radix_chunk(radix);
    let r = u64::from(radix);
    // Chunk values, least significant first.
    let mut level: Vec<Vec<u64>> = Vec::with_capacity(digits.len() / chunk.1 + 1);
    let mut end = digits.len();
    while end > 0 {
        let start = end.saturating_sub(chunk.1);
        let mut v = 0u64;
        for &d in &digits[start..end] {
            v = v * r + u64::from(d);
        }
        level.push(if v == 0 { Vec::new() } else { vec![v] });
        end = start;
    }
    // Only the last (most significant) chunk may be short, and it never
    // needs scaling, so every pairing below multiplies by a full power.
    let mut pow = vec![chunk.0];
    while level.len() > 1 {
        let mut next = Vec::with_capacity(level.len().div_ceil(2));
        let mut it = level.chunks(2);
        for pair in &mut it {
            if pair.len() == 2 {
                let mut hi = mul_mag(&pair[1], &pow);
                hi.resize(core::cmp::max(hi.len(), pair[0].len()) + 1, 0);
                add_into(&mut hi, &pair[0]);
                trim(&mut hi);
                next.push(hi);
            } else {
                next.push(pair[0].clone());
            }
        }
        level = next;
        if level.len() > 1 {
            pow = mul_mag(&pow, &pow);
        }
    }
    level.pop().unwrap_or_default()
}

/// CPython's `hash(i)` for an int that fits in an i64.
pub fn hash_i64(i: i64) -> i64 {
    let m = (i.unsigned_abs() % HASH_MODULUS) as i64;
    let h = if i < 0 { -m } else { m };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// CPython's `hash(float)` (`_Py_HashDouble`); NaN hashes to 0 here (the
/// caller hashes NaN by identity).
pub fn hash_f64(v: f64) -> i64 {
    if !v.is_finite() {
        if v.is_infinite() {
            return if v > 0.0 { HASH_INF } else { -HASH_INF };
        }
        return 0;
    }
    let (mut m, mut e) = libm::frexp(v);
    let mut sign: i64 = 1;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & HASH_MODULUS) | (x >> (HASH_BITS - 28));
        m *= 268_435_456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= HASH_MODULUS {
            x -= HASH_MODULUS;
        }
    }
    let hb = HASH_BITS as i32;
    let e = if e >= 0 {
        e % hb
    } else {
        hb - 1 - ((-1 - e) % hb)
    } as u32;
    x = ((x << e) & HASH_MODULUS) | (x >> (HASH_BITS - e));
    let h = (x as i64).wrapping_mul(sign);
    if h == -1 {
        -2
    } else {
        h
    }
}

impl Ord for BigInt {
    fn cmp(&self, other: &BigInt) -> Ordering {
        match (self.neg, other.neg) {
            (false, true) => Ordering::Greater,
            (true, false) => Ordering::Less,
            (false, false) => cmp_mag(&self.mag, &other.mag),
            (true, true) => cmp_mag(&other.mag, &self.mag),
        }
    }
}

impl PartialOrd for BigInt {
    fn partial_cmp(&self, other: &BigInt) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq<i64> for BigInt {
    fn eq(&self, other: &i64) -> bool {
        self.to_i64() == Some(*other)
    }
}

impl PartialOrd<i64> for BigInt {
    fn partial_cmp(&self, other: &i64) -> Option<Ordering> {
        Some(self.cmp(&BigInt::from_i64(*other)))
    }
}

impl From<i64> for BigInt {
    fn from(v: i64) -> BigInt {
        BigInt::from_i64(v)
    }
}

impl From<u64> for BigInt {
    fn from(v: u64) -> BigInt {
        BigInt::from_u64(v)
    }
}

impl From<i128> for BigInt {
    fn from(v: i128) -> BigInt {
        BigInt::from_i128(v)
    }
}

impl fmt::Display for BigInt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_string_radix(10))
    }
}

impl fmt::Debug for BigInt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_string_radix(10))
    }
}

macro_rules! binop {
    ($tr:ident, $m:ident) => {
        impl core::ops::$tr<&BigInt> for &BigInt {
            type Output = BigInt;
            fn $m(self, rhs: &BigInt) -> BigInt {
                BigInt::$m(self, rhs)
            }
        }
    };
}
binop!(Add, add);
binop!(Sub, sub);
binop!(Mul, mul);
binop!(BitAnd, bitand);
binop!(BitOr, bitor);
binop!(BitXor, bitxor);

impl core::ops::Neg for &BigInt {
    type Output = BigInt;
    fn neg(self) -> BigInt {
        BigInt::neg(self)
    }
}

impl core::ops::Not for &BigInt {
    type Output = BigInt;
    fn not(self) -> BigInt {
        BigInt::not(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::string::ToString;

    fn splitmix(state: &mut u64) -> u64 {
        *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = *state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Decodes the generator's operand notation (hex, or a recipe for big ones).
    fn operand(s: &str) -> BigInt {
        let (body, neg) = match s.strip_suffix('-') {
            Some(b) if !s.starts_with('-') => (b, true),
            _ => (s, false),
        };
        let v = if let Some(r) = body.strip_prefix('g') {
            let (seed, bits) = r.split_once('.').unwrap();
            let mut st: u64 = seed.parse().unwrap();
            let bits: u64 = bits.parse().unwrap();
            let limbs: Vec<u64> = (0..bits.div_ceil(64)).map(|_| splitmix(&mut st)).collect();
            let v = BigInt::from_parts(false, limbs);
            let mask = BigInt::one().shl(bits).sub(&BigInt::one());
            v.bitand(&mask).bitor(&BigInt::one().shl(bits - 1))
        } else if let Some(r) = body.strip_prefix('o') {
            BigInt::one().shl(r.parse().unwrap()).sub(&BigInt::one())
        } else if let Some(r) = body.strip_prefix('p') {
            BigInt::one().shl(r.parse().unwrap())
        } else if let Some(r) = body.strip_prefix('q') {
            BigInt::one().shl(r.parse().unwrap()).add(&BigInt::one())
        } else {
            BigInt::parse(body, 16).unwrap()
        };
        if neg {
            v.neg()
        } else {
            v
        }
    }

    fn res(v: &BigInt) -> String {
        alloc::format!("{}:{}", v.py_hash(), v.bit_length())
    }

    fn float_res(r: Result<f64, ()>) -> String {
        match r {
            Ok(f) => alloc::format!("{:?}", f),
            Err(()) => "overflow".to_string(),
        }
    }

    fn same_float(got: &str, want: &str) -> bool {
        if got == want {
            return true;
        }
        match (got.parse::<f64>(), want.parse::<f64>()) {
            (Ok(a), Ok(b)) => a.to_bits() == b.to_bits(),
            _ => false,
        }
    }

    #[test]
    fn matches_cpython_on_random_table() {
        for (ha, hb, s, want) in TABLE {
            let a = operand(ha);
            let b = operand(hb);
            let want: Vec<&str> = want.split(' ').collect();
            let ctx = alloc::format!("a={} b={} s={}", ha, hb, s);
            assert_eq!(res(&a.add(&b)), want[0], "add {}", ctx);
            assert_eq!(res(&a.sub(&b)), want[1], "sub {}", ctx);
            assert_eq!(res(&a.mul(&b)), want[2], "mul {}", ctx);
            if b.is_zero() {
                assert!(a.divmod_floor(&b).is_none());
                assert_eq!(BigInt::truediv(&a, &b), Err(TrueDivError::ZeroDivision));
            } else {
                let (q, r) = a.divmod_floor(&b).unwrap();
                assert_eq!(res(&q), want[3], "floordiv {}", ctx);
                assert_eq!(res(&r), want[4], "mod {}", ctx);
                let t = BigInt::truediv(&a, &b).map_err(|_| ());
                assert!(
                    same_float(&float_res(t), want[5]),
                    "truediv {} got {:?} want {}",
                    ctx,
                    t,
                    want[5]
                );
            }
            assert_eq!(res(&a.bitand(&b)), want[6], "and {}", ctx);
            assert_eq!(res(&a.bitor(&b)), want[7], "or {}", ctx);
            assert_eq!(res(&a.bitxor(&b)), want[8], "xor {}", ctx);
            assert_eq!(res(&a.shl(*s)), want[9], "shl {}", ctx);
            assert_eq!(res(&a.shr(*s)), want[10], "shr {}", ctx);
            assert_eq!(res(&a.gcd(&b)), want[11], "gcd {}", ctx);
            match a.isqrt() {
                Some(r) => assert_eq!(res(&r), want[12], "isqrt {}", ctx),
                None => assert_eq!(want[12], "-"),
            }
            assert!(
                same_float(&float_res(a.to_f64()), want[13]),
                "float {} {:?}",
                ctx,
                a.to_f64()
            );
            assert_eq!(res(&a.not()), want[14], "not {}", ctx);
            if want[15] != "-" {
                assert_eq!(a.to_string_radix(10), want[15], "str {}", ctx);
                assert_eq!(a.to_string_radix(8), want[16], "oct {}", ctx);
            }
            let round = BigInt::parse(&a.to_string(), 10).unwrap();
            assert_eq!(res(&round), want[17], "str roundtrip {}", ctx);
            assert_eq!(round, a);
            assert_eq!(BigInt::parse(&a.to_string_radix(16), 16).unwrap(), a);
            assert_eq!(BigInt::parse(&a.to_string_radix(7), 7).unwrap(), a);
        }
    }

    #[test]
    fn truediv_and_float_edge_cases_match_cpython() {
        for (ha, hb, want) in DIV_CASES {
            let a = operand(ha);
            if hb.is_empty() {
                assert!(
                    same_float(&float_res(a.to_f64()), want),
                    "float({}) = {:?}",
                    ha,
                    a.to_f64()
                );
            } else {
                let b = operand(hb);
                let got = BigInt::truediv(&a, &b).map_err(|_| ());
                assert!(
                    same_float(&float_res(got), want),
                    "{}/{} = {:?} want {}",
                    ha,
                    hb,
                    got,
                    want
                );
            }
        }
    }

    #[test]
    fn pow_and_modpow_match_cpython() {
        for (ha, he, hm, want) in POW_CASES {
            let a = operand(ha);
            let e = operand(he);
            if hm.is_empty() {
                assert_eq!(res(&a.pow(e.to_u64().unwrap())), *want, "{}**{}", ha, he);
            } else {
                let m = operand(hm);
                assert_eq!(
                    res(&a.modpow(&e, &m).unwrap()),
                    *want,
                    "pow({},{},{})",
                    ha,
                    he,
                    hm
                );
            }
        }
        let i = |v: i64| BigInt::from_i64(v);
        assert_eq!(i(38).modpow(&i(-1), &i(97)).unwrap(), 23);
        assert_eq!(
            i(2).modpow(&i(-1), &i(4)),
            Err("base is not invertible for the given modulus")
        );
        assert_eq!(
            i(2).modpow(&i(3), &i(0)),
            Err("pow() 3rd argument cannot be 0")
        );
        assert_eq!(i(3).modpow(&i(2), &i(-5)).unwrap(), -1);
        assert!(i(2).checked_pow(1 << 40).is_none());
        assert_eq!(i(1).checked_pow(u64::MAX).unwrap(), 1);
        assert_eq!(i(-1).checked_pow(u64::MAX).unwrap(), -1);
        assert!(i(1).checked_shl(u64::MAX).is_none());
        assert_eq!(i(0).checked_shl(u64::MAX).unwrap(), 0);
    }

    #[test]
    fn small_semantics_match_python() {
        let i = |v: i64| BigInt::from_i64(v);
        assert_eq!(i(-5).shr(1), -3);
        assert_eq!(i(-1).shr(1000), -1);
        assert_eq!(i(5).shr(1000), 0);
        assert_eq!(i(-7).div_floor(&i(2)).unwrap(), -4);
        assert_eq!(i(-7).mod_floor(&i(2)).unwrap(), 1);
        assert_eq!(i(7).mod_floor(&i(-2)).unwrap(), -1);
        assert_eq!(i(-7).mod_floor(&i(-2)).unwrap(), -1);
        assert_eq!(i(-6).mod_floor(&i(3)).unwrap(), 0);
        assert!(i(1).div_floor(&i(0)).is_none());

        assert_eq!(i(-12).bitand(&i(10)), -12 & 10);
        assert_eq!(i(-12).bitor(&i(10)), -12 | 10);
        assert_eq!(i(-12).bitxor(&i(-10)), -12 ^ -10);
        assert_eq!(i(0).not(), -1);
        assert_eq!(i(i64::MIN).to_i64(), Some(i64::MIN));
        assert_eq!(i(i64::MIN).neg().to_i64(), None);
        assert_eq!(BigInt::from_i128(i128::MIN).to_i128(), Some(i128::MIN));
        assert_eq!(BigInt::from_u64(u64::MAX).to_i64(), None);
        assert_eq!(i(0).sign(), 0);
        assert_eq!(i(-3).sign(), -1);
        assert!(!i(0).neg().is_negative());
        assert_eq!(i(255).count_ones(), 8);
        assert_eq!(i(-255).count_ones(), 8);
        assert_eq!(i(0).bit_length(), 0);
        assert_eq!(i(-256).bit_length(), 9);
        assert!(i(-3) < i(2));
        assert!(i(-3) < i(-2));
        assert!(BigInt::from_u64(u64::MAX) > i(i64::MAX));
        assert_eq!(i(12).gcd(&i(-18)), 6);
        assert_eq!(i(0).gcd(&i(0)), 0);
        assert_eq!(i(-5).isqrt(), None);
        assert_eq!(i(99).isqrt().unwrap(), 9);
        assert_eq!(i(100).isqrt().unwrap(), 10);
        assert_eq!(
            BigInt::truediv(&i(0), &i(-5)).unwrap().to_bits(),
            (-0.0f64).to_bits()
        );
    }

    #[test]
    fn from_f64_truncates() {
        assert_eq!(BigInt::from_f64(-2.7).unwrap(), -2);
        assert_eq!(BigInt::from_f64(0.9).unwrap(), 0);
        assert_eq!(BigInt::from_f64(-0.0).unwrap(), 0);
        assert!(BigInt::from_f64(f64::NAN).is_none());
        assert!(BigInt::from_f64(f64::NEG_INFINITY).is_none());
        assert_eq!(
            BigInt::from_f64(1e20).unwrap().to_string(),
            "100000000000000000000"
        );
        assert_eq!(
            BigInt::from_f64(-1.7976931348623157e308)
                .unwrap()
                .to_string()
                .len(),
            310
        );
        assert_eq!(
            BigInt::from_f64(-2251799813685249.5).unwrap(),
            -2251799813685249
        );
    }

    #[test]
    fn hashes_match_cpython() {
        assert_eq!(hash_f64(1.5), 1152921504606846977);
        assert_eq!(hash_f64(-1.0), -2);
        assert_eq!(hash_f64(f64::INFINITY), 314159);
        assert_eq!(hash_f64(f64::NEG_INFINITY), -314159);
        assert_eq!(hash_f64(f64::NAN), 0);
        assert_eq!(hash_f64(0.0), 0);
        assert_eq!(hash_f64(-0.0), 0);
        assert_eq!(hash_f64(1e300), 1224995262755759164);
        assert_eq!(hash_f64(0.1), 230584300921369408);
        assert_eq!(hash_f64(-3.25e-7), -1038924888438009290);
        assert_eq!(hash_f64(5e-324), 16777216);
        assert_eq!(hash_f64(2f64.powi(61)), 1);
        assert_eq!(hash_f64(123456.0), 123456);
        assert_eq!(hash_i64(-1), -2);
        assert_eq!(hash_i64(-2), -2);
        assert_eq!(hash_i64(i64::MIN), -4);
        assert_eq!(hash_i64(i64::MAX), 3);
        assert_eq!(hash_i64((1 << 61) - 1), 0);
        assert_eq!(BigInt::one().shl(61).py_hash(), 1);
        assert_eq!(BigInt::from_i64(-1).py_hash(), -2);
        assert_eq!(BigInt::from_i64(i64::MIN).py_hash(), -4);
        assert_eq!(BigInt::one().shl(1000).neg().py_hash(), -16777216);
    }

    #[test]
    fn radix_strings_match_python() {
        let v = BigInt::parse("-123456789012345678901234567890", 10).unwrap();
        assert_eq!(v.to_string_radix(16), "-18ee90ff6c373e0ee4e3f0ad2");
        assert_eq!(v.to_string_radix(2).len(), 98);
        assert_eq!(v.to_string_radix(36), "-byw97um9s91dlz68tsi");
        assert_eq!(v.to_string_radix(8), "-143564417755415637016711617605322");
        assert_eq!(BigInt::zero().to_string_radix(2), "0");
        assert_eq!(BigInt::from_i64(-255).to_string_radix(16), "-ff");
        assert_eq!(BigInt::from_i64(35).to_string_radix(36), "z");
        assert_eq!(BigInt::from_i64(5).to_string_radix(1), "");
        let p = BigInt::from_i64(10).pow(1000);
        let s = p.to_string();
        assert_eq!(s.len(), 1001);
        assert!(s.starts_with('1') && s[1..].bytes().all(|c| c == b'0'));
        let m = p.sub(&BigInt::one()).to_string();
        assert_eq!(m.len(), 1000);
        assert!(m.bytes().all(|c| c == b'9'));
        let q = BigInt::from_i64(10).pow(5000).add(&BigInt::from_i64(7));
        let s = q.to_string();
        assert_eq!(&s[s.len() - 3..], "007");
        assert_eq!(s.len(), 5001);
    }

    #[test]
    fn parse_follows_int_rules() {
        let p = |s: &str, r: u32| BigInt::parse(s, r).map(|v| v.to_string());
        assert_eq!(p("1_000", 10).as_deref(), Some("1000"));
        assert_eq!(p("_1", 10), None);
        assert_eq!(p("1_", 10), None);
        assert_eq!(p("1__0", 10), None);
        assert_eq!(p("  -42\n", 10).as_deref(), Some("-42"));
        assert_eq!(p("+7", 10).as_deref(), Some("7"));
        assert_eq!(p("", 10), None);
        assert_eq!(p("-", 10), None);
        assert_eq!(p("12a", 10), None);
        assert_eq!(p("ff", 16).as_deref(), Some("255"));
        assert_eq!(p("0xff", 16).as_deref(), Some("255"));
        assert_eq!(p("0x_ff", 16).as_deref(), Some("255"));
        assert_eq!(p("0x", 16), None);
        assert_eq!(p("0x_", 16), None);
        assert_eq!(p("0b101", 0).as_deref(), Some("5"));
        assert_eq!(p("0o17", 0).as_deref(), Some("15"));
        assert_eq!(p("010", 0), None);
        assert_eq!(p("000", 0).as_deref(), Some("0"));
        assert_eq!(p("0_0", 0).as_deref(), Some("0"));
        assert_eq!(p("0b2", 0), None);
        assert_eq!(p("0b1", 16).as_deref(), Some("177"));
        assert_eq!(p("Zz", 36).as_deref(), Some("1295"));
        assert_eq!(p("1", 1), None);
        assert_eq!(p("1", 37), None);
        assert_eq!(p("١٢", 10), None);
        assert_eq!(p("-0", 10).as_deref(), Some("0"));
        assert_eq!(
            p("00000000000000000000000000000000000000001", 10).as_deref(),
            Some("1")
        );
    }

    #[test]
    fn bytes_match_cpython() {
        let i = |v: i64| BigInt::from_i64(v);
        assert_eq!(i(1024).to_bytes(2, false, false).unwrap(), [4, 0]);
        assert_eq!(i(1024).to_bytes(2, true, false).unwrap(), [0, 4]);
        assert_eq!(
            i(-1024).to_bytes(10, false, true).unwrap(),
            [255, 255, 255, 255, 255, 255, 255, 255, 252, 0]
        );
        assert_eq!(i(-128).to_bytes(1, false, true).unwrap(), [128]);
        assert_eq!(
            i(-129).to_bytes(1, false, true),
            Err("int too big to convert")
        );
        assert_eq!(
            i(128).to_bytes(1, false, true),
            Err("int too big to convert")
        );
        assert_eq!(i(255).to_bytes(1, false, false).unwrap(), [255]);
        assert_eq!(
            i(256).to_bytes(1, false, false),
            Err("int too big to convert")
        );
        assert_eq!(
            i(-1).to_bytes(1, false, false),
            Err("can't convert negative int to unsigned")
        );
        assert_eq!(i(0).to_bytes(0, false, true).unwrap(), []);
        assert_eq!(
            i(-1).to_bytes(0, false, true),
            Err("int too big to convert")
        );
        assert_eq!(
            i(1).to_bytes(0, false, false),
            Err("int too big to convert")
        );
        assert_eq!(
            i(0).to_bytes(usize::MAX, false, false),
            Err("out of memory")
        );
        assert_eq!(
            i(-1).to_bytes(usize::MAX / 2, false, true),
            Err("out of memory")
        );
        assert_eq!(
            i(-2).to_bytes(12, true, true).unwrap(),
            [254, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255]
        );
        assert_eq!(BigInt::from_bytes(&[4, 0], false, false), 1024);
        assert_eq!(BigInt::from_bytes(&[0xfc, 0x00], false, true), -1024);
        assert_eq!(BigInt::from_bytes(&[0xff; 20], true, true), -1);
        assert_eq!(BigInt::from_bytes(&[], true, true), 0);
        assert_eq!(BigInt::from_bytes(&[0x80], true, true), -128);
        let big = BigInt::from_i64(-3).pow(99);
        let bytes = big.to_bytes(20, true, true).unwrap();
        assert_eq!(BigInt::from_bytes(&bytes, true, true), big);
    }

    #[test]
    fn karatsuba_agrees_with_schoolbook() {
        let mut st = 7u64;
        for &(la, lb) in &[
            (32, 32),
            (33, 100),
            (64, 64),
            (100, 37),
            (250, 200),
            (301, 33),
        ] {
            let a: Vec<u64> = (0..la).map(|_| splitmix(&mut st)).collect();
            let b: Vec<u64> = (0..lb).map(|_| splitmix(&mut st)).collect();
            let mut school = vec![0u64; la + lb];
            mul_school(&mut school, &a, &b);
            trim(&mut school);
            assert_eq!(mul_mag(&a, &b), school);
            let (q, r) = divmod_mag(&school, &b);
            assert_eq!(q, a);
            assert!(r.is_empty());
            let (q, r) = divmod_knuth(&school, &b);
            assert_eq!(q, a);
            assert!(r.is_empty());
        }
    }

    /// Checks `q * b + r == a` and `0 <= r < b`, which pins down division.
    fn check_division(a: &BigInt, b: &BigInt) {
        let (q, r) = a.divmod_floor(b).unwrap();
        assert_eq!(q.mul(b).add(&r), *a, "{} divmod {}", a, b);
        if b.is_negative() {
            assert!(r <= BigInt::zero() && r > *b, "{} % {} = {}", a, b, r);
        } else {
            assert!(r >= BigInt::zero() && r < *b, "{} % {} = {}", a, b, r);
        }
    }

    #[test]
    fn division_is_exact_on_adversarial_limb_patterns() {
        // Limb values that stress Knuth D's quotient estimate and add-back.
        let pats = [0u64, 1, u64::MAX, u64::MAX - 1, 1 << 63, (1 << 63) - 1];
        let build = |mut code: usize, len: usize| {
            let mut v = Vec::new();
            for _ in 0..len {
                v.push(pats[code % pats.len()]);
                code /= pats.len();
            }
            BigInt::from_parts(false, v)
        };
        let mut divisors = Vec::new();
        for len in 2..=3 {
            for code in 0..pats.len().pow(len as u32) {
                let b = build(code, len);
                if !b.is_zero() {
                    divisors.push(b);
                }
            }
        }
        for len in 3..=4 {
            for code in 0..pats.len().pow(len as u32) {
                let a = build(code, len);
                for b in divisors.iter().skip(code % 7).step_by(7) {
                    let (q, r) = divmod_mag(&a.mag, &b.mag);
                    let back = BigInt::from_parts(false, q)
                        .mul(b)
                        .add(&BigInt::from_parts(false, r.clone()));
                    assert_eq!(back, a);
                    assert_eq!(cmp_mag(&r, &b.mag), Ordering::Less);
                }
            }
        }
    }

    #[test]
    fn recursive_division_agrees_with_knuth() {
        let mut st = 99u64;
        for &(la, lb) in &[
            (100, 48),
            (97, 49),
            (200, 60),
            (500, 100),
            (1000, 333),
            (777, 200),
            (300, 150),
            (250, 64),
        ] {
            for pattern in 0..4 {
                let mut gen = |len: usize| -> Vec<u64> {
                    let mut v: Vec<u64> = (0..len)
                        .map(|i| match pattern {
                            0 => splitmix(&mut st),
                            1 => u64::MAX,
                            2 => u64::from(i % 17 == 0),
                            _ => splitmix(&mut st) | (1 << 63),
                        })
                        .collect();
                    if let Some(top) = v.last_mut() {
                        *top |= 1;
                    }
                    v
                };
                let a = gen(la);
                let b = gen(lb);
                let (q1, r1) = divmod_recursive(&a, &b);
                let (q2, r2) = divmod_knuth(&a, &b);
                assert_eq!(q1, q2, "quotient {}x{} pattern {}", la, lb, pattern);
                assert_eq!(r1, r2, "remainder {}x{} pattern {}", la, lb, pattern);
                // And an exact multiple, whose remainder must be zero.
                let p = mul_mag(&a, &b);
                let (q, r) = divmod_recursive(&p, &b);
                assert_eq!(q, a);
                assert!(r.is_empty());
            }
        }
    }

    #[test]
    fn random_identities_hold() {
        let mut st = 42u64;
        let rnd = |st: &mut u64| {
            let limbs = (splitmix(st) % 90) as usize;
            let v: Vec<u64> = (0..limbs)
                .map(|_| match splitmix(st) % 5 {
                    0 => 0,
                    1 => u64::MAX,
                    _ => splitmix(st),
                })
                .collect();
            let neg = splitmix(st) & 1 == 1;
            BigInt::from_parts(neg, v)
        };
        for _ in 0..300 {
            let a = rnd(&mut st);
            let b = rnd(&mut st);
            assert_eq!(a.add(&b).sub(&b), a);
            assert_eq!(a.mul(&b), b.mul(&a));
            assert_eq!(a.mul(&b).add(&a), a.mul(&b.add(&BigInt::one())));
            if !b.is_zero() {
                check_division(&a, &b);
                check_division(&a.mul(&b), &b);
                assert_eq!(a.mul(&b).div_floor(&b).unwrap(), a);
            }
            assert_eq!(a.bitxor(&b).bitxor(&b), a);
            assert_eq!(a.bitand(&b).add(&a.bitor(&b)), a.add(&b));
            assert_eq!(a.not().not(), a);
            let s = splitmix(&mut st) % 300;
            assert_eq!(a.shl(s).shr(s), a);
            assert_eq!(a.shr(s), a.div_floor(&BigInt::one().shl(s)).unwrap());
            assert_eq!(BigInt::parse(&a.to_string(), 10).unwrap(), a);
            assert_eq!(BigInt::parse(&a.to_string_radix(36), 36).unwrap(), a);
            assert_eq!(BigInt::parse(&a.to_string_radix(2), 2).unwrap(), a);
            let n = (a.bit_length() / 8 + 1) as usize;
            assert_eq!(
                BigInt::from_bytes(&a.to_bytes(n, false, true).unwrap(), false, true),
                a
            );
            let g = a.gcd(&b);
            if !g.is_zero() {
                assert!(a.mod_floor(&g).unwrap().is_zero() && b.mod_floor(&g).unwrap().is_zero());
            }
            let r = a.abs().isqrt().unwrap();
            assert!(r.mul(&r) <= a.abs() && r.add(&BigInt::one()).pow(2) > a.abs());
        }
    }

    #[test]
    #[ignore]
    fn perf_decimal_conversion() {
        extern crate std;
        use std::time::Instant;
        let x = BigInt::from_i64(2).pow(100_000);
        let t = Instant::now();
        let s = x.to_string();
        let d1 = t.elapsed();
        assert_eq!(s.len(), 30103);
        let t = Instant::now();
        let y = BigInt::parse(&s, 10).unwrap();
        let d2 = t.elapsed();
        assert_eq!(y, x);
        let digits: String = (0..100_000)
            .map(|i| char::from(b'0' + ((i * 7 + 3) % 10) as u8))
            .collect();
        let t = Instant::now();
        let z = BigInt::parse(&digits, 10).unwrap();
        let d3 = t.elapsed();
        let t = Instant::now();
        let back = z.to_string();
        let d4 = t.elapsed();
        assert_eq!(back, digits);
        let big = BigInt::from_i64(3).pow(1_000_000);
        let t = Instant::now();
        let s = big.to_string();
        let d5 = t.elapsed();
        assert_eq!(s.len(), 477122);
        let t = Instant::now();
        let sq = big.mul(&big);
        let d6 = t.elapsed();
        assert_eq!(sq.bit_length(), 3169926);
        std::println!("str(2**100000) [30103 digits]: {:?}", d1);
        std::println!("int(str(2**100000)): {:?}", d2);
        std::println!("int(100000-digit str): {:?}", d3);
        std::println!("str(100000-digit int): {:?}", d4);
        std::println!("str(3**1000000) [477122 digits]: {:?}", d5);
        std::println!("3**1000000 squared (24.8k limbs): {:?}", d6);
    }

    const TABLE: &[(&str, &str, u64, &str)] = &[
    ("400000000000000000000000000000000000000000000000", "80000000000000000000000000000000", 127, "160:191 96:190 4096:318 4:64 0:0 9.223372036854776e+18 0:0 160:191 160:191 4096:318 4:64 32:128 17179869184:96 1.5692754338466702e+57 -129:191 1569275433846670190958947355801916604025588861116008628224 2000000000000000000000000000000000000000000000000000000000000000 128:191"),
    ("-100000001", "1ffffffffffffffff", 1000, "2305843004918726669:65 -4294967312:66 -64424509455:98 -2:1 2305843004918726669:65 -1.1641532185403987e-10 2305843004918726670:65 -2:1 -2305843004918726671:65 -72057594054705152:1033 -2:1 1:1 - -4294967297.0 4294967296:33 -4294967297 -40000000001 -4294967297:33"),
    ("-187f26aee", "o6000", 65, "2305843002642109712:6000 -6579972845:6001 -27580807666046226:6033 -2:1 2305843002642109712:6000 -0.0 2305843002642109713:6000 -2:1 -2305843002642109714:6000 -105212456672:98 -2:1 1:1 - -6575778542.0 6575778541:33 -6575778542 -60774465356 -6575778542:33"),
    ("-40000000000000000000000000000000", "0", 1000, "-16:127 -16:127 0:0 - - - 0:0 -16:127 -16:127 -268435456:1127 -2:1 16:127 - -8.507059173023462e+37 15:126 -85070591730234615865843651857942052864 -1000000000000000000000000000000000000000000 -16:127"),
    ("g28661629.4000", "g3803350155.2100", 5, "68961731306858236:4000 2035005036488179485:4000 2189307132736470203:6099 1325956470129790187:1900 1171967451618722167:2097 overflow 1264514486539980641:2100 1110290253980571546:4000 2151618776654284856:4000 1381666155728888222:4005 501248841993329048:3995 2:2 502719207862347042:2000 overflow -2204904888504365837:4000 - - 2204904888504365836:4000"),
    ("o6000", "7fffffff", 1000, "2151677950:6001 2305843007070404607:6000 9007197103063041:6031 8725724282093568:5970 131071:17 overflow 2147483647:31 4194303:6000 2305843007070404607:6000 70368727400448:7000 576460752303423487:5000 1:1 2047:3000 overflow -4194304:6001 - - 4194303:6000"),
    ("p2099", "0", 5, "33554432:2100 33554432:2100 0:0 - - - 0:0 33554432:2100 33554432:2100 1073741824:2105 1048576:2095 33554432:2100 2061779823227152770:1050 overflow -33554433:2100 - - 33554432:2100"),
    ("-8000000000000000", "-10ca02f4d", 200, "-4506791761:64 -2305843004706902198:63 18027167028:96 2046549415:31 -3039603653:32 2046549415.6744494 -4:64 -4506791757:33 2305843004706902198:63 -524288:264 -2:1 1:1 - -9.223372036854776e+18 3:63 -9223372036854775808 -1000000000000000000000 -4:64"),
    ("-3", "0", 65, "-3:2 -3:2 0:0 - - - 0:0 -3:2 -3:2 -48:67 -2:1 3:2 - -3.0 2:2 -3 -3 -3:2"),
    ("4f98c0217b142708", "-2", 65, "1123859357060310792:63 1123859357060310796:63 -2247718714120621588:64 -561929678530155397:62 0:0 -2.8677726877438495e+18 1123859357060310794:63 -2:2 -1123859357060310796:63 1840848648469115047:128 0:0 2:2 2394899867:32 5.735545375487699e+18 -1123859357060310795:63 5735545375487698696 476306002057305023410 1123859357060310794:63"),
    ("q8999", "g2390419887.1000-", 5, "107691517147718383:8999 2198151500655910162:9000 -2132388683500852783:9999 -657554963852287216:8000 -1508393497479739559:1000 overflow 4294967296:9000 -2198151496360942864:1000 -2198151500655910160:9000 137438953504:9005 134217728:8995 3:2 492594291145375184:4500 overflow -4294967298:9000 - - 4294967297:9000"),
    ("2", "-ffffffffffffffff", 64, "-5:64 9:65 -14:65 -2:1 -5:64 -1.0842021724855044e-19 0:0 -5:64 -5:64 16:66 0:0 1:1 1:1 2.0 -3:2 2 2 2:2"),
    ("80000201", "o2100", 1, "2214593024:2101 -2305843007133318653:2100 144115220355218943:2132 0:0 2147484161:32 0.0 2147484161:32 67108863:2100 2305843007133318653:2100 4294968322:33 1073742080:31 1:1 46340:16 2147484161.0 -2147484162:32 2147484161 20000001001 2147484161:32"),
    ("10000000000000001", "3", 127, "12:65 6:64 27:66 1537228672809129303:63 2:2 6.148914691236517e+18 1:1 11:65 10:65 288:192 0:0 1:1 4294967296:33 1.8446744073709552e+19 -10:65 18446744073709551617 2000000000000000000001 9:65"),
    ("-1ffffffff", "0", 65, "-8589934591:33 -8589934591:33 0:0 - - - 0:0 -8589934591:33 -8589934591:33 -137438953456:98 -2:1 8589934591:33 - -8589934591.0 8589934590:33 -8589934591 -77777777777 -8589934591:33"),
    ("-7fffffffffffffffffffffffffffffff", "104008000", 127, "-2305843004851585054:127 -4362108959:128 -135225376768:160 -374367584452756373:95 2684420097:32 -3.9004340851817725e+28 0:0 -2305843004851585054:127 -2305843004851585054:127 -992:254 -2:1 1:1 - -1.7014118346046923e+38 30:127 -170141183460469231731687303715884105727 -1777777777777777777777777777777777777777777 -31:127"),
    ("-40000000000000000000000000000001", "o6000", 65, "4194286:6000 -4194320:6001 -71303151:6127 -2:1 4194286:6000 -0.0 4194287:6000 -2:1 -4194288:6000 -272:192 -2:62 65:7 - -8.507059173023462e+37 16:127 -85070591730234615865843651857942052865 -1000000000000000000000000000000000000000001 -17:127"),
    ("g1116417307.2047", "p8999", 1000, "1118022335520171082:9000 -1187820682283457461:8999 2279353894987373335:11046 0:0 1118022331225203786:2047 0.0 0:0 1118022335520171082:9000 1118022335520171082:9000 216069309011337243:3047 1098750551646762317:1047 1:1 1344573941609215849:1024 overflow -1118022331225203787:2047 - - 1118022331225203786:2047"),
    ("g670759517.1000", "af973c3d71afc8adbf0976bd4661d077", 65, "633811448302396404:1000 1244417183499663314:1000 566876904894346691:1128 2216567597137120281:873 1621831277072564851:128 4.185979508431007e+262 374556618226487373:126 259254830075909031:1000 2190541221063115609:1000 1190770999134314038:1065 971277200850815771:935 33:6 1880015215686196843:500 9.770082782367975e+300 -939114315901029860:1000 - - 939114315901029859:1000"),
    ("-140000000000080080000000000000000", "-1000000000000000000000000000000000000000000000001", 0, "-262801:193 2305843009213432176:192 134553744:321 0:0 -262288:129 6.776263578034412e-20 -262800:193 -2:1 262799:193 -262288:129 -262288:129 1:1 - -4.253529586511737e+38 262287:129 -425352958651173683939702019193974030336 -5000000000000000200020000000000000000000000 -262288:129"),
    ("-f8373eebad17d536", "g131447442.2049", 1, "178310618380743446:2049 -1362332734310276497:2049 -1480838858976045193:2113 -2:1 178310618380743446:2049 -0.0 755951025009341466:2049 -577640406628598020:63 -1333591431637939486:2049 -1184022115929533051:65 -2025387785892653726:63 2:2 - -1.7885833627067472e+19 1744932562571613500:64 -17885833627067471158 -1740671756565505752466 -1744932562571613501:64"),
    ("q2047", "-1000000000000000000000000000000000000000000000000", 63, "17179868673:2047 17179869697:2048 -8796093022720:2240 -33554433:1856 -511:192 overflow 17179869184:2048 -511:192 -17179869695:2048 68719476740:2111 4294967296:1985 1:1 1442878969370801363:1024 overflow -17179869186:2048 - - 17179869185:2048"),
    ("8000000000000000000000001", "2", 0, "274877906947:100 274877906943:99 549755813890:101 137438953472:99 1:1 3.1691265005705735e+29 0:0 274877906947:100 274877906947:100 274877906945:100 274877906945:100 1:1 796131459065721:50 6.338253001141147e+29 -274877906946:100 633825300114114700748351602689 1000000000000000000000000000000001 274877906945:100"),
    ("-764f3175553481243b747bc04e779665d14b5d87249176da", "-41caa129f3a30d70", 0, "-181896644631036278:191 -2229554172071208593:191 638081426409207628:253 1608984371874752556:129 -1106734188684758331:62 6.119114452972636e+38 -89008797964598570:191 -92887846666437708:63 2301963960511854813:191 -52803903744275460:191 -52803903744275460:191 2:2 - -2.9009367824464887e+57 52803903744275459:191 -2900936782446488841464980528908157528825359612624906581722 -3544746135252464402220733507570023473626313505132730344444273332 -52803903744275460:191"),
    ("-5302892e7c11330819806fe83dc9a075", "p2046", 0, "1039001817308776245:2046 -1266841209084786890:2047 -2064462364384400833:2173 -2:1 1039001817308776245:2046 -0.0 8589934592:2047 -1266841200494852298:127 -1266841209084786890:2047 -1266841200494852298:127 -1266841200494852298:127 1:1 - -1.103390906168732e+38 1266841200494852297:127 -110339090616873196988163064923026989173 -1230050445637010463020146003376407562320165 -1266841200494852298:127"),
    ("-3", "q999", 1000, "8388606:999 -8388612:1000 -25165827:1001 -2:1 8388606:999 -5.599581711019313e-301 8388609:1000 -3:2 -8388612:1000 -50331648:1002 -2:1 3:2 - -3.0 2:2 -3 -3 -3:2"),
    ("0", "q8999", 0, "4294967297:9000 -4294967297:9000 0:0 0:0 0:0 0.0 0:0 4294967297:9000 4294967297:9000 0:0 0:0 4294967297:9000 0:0 0.0 -2:1 0 0 0:0"),
    ("80000000000000000000000000000001", "81000000000200000000000000000010", 200, "576460752304472145:129 -576460752304472079:121 576460752338028088:255 0:0 33:128 0.9922480620154899 32:128 576460752304472113:128 576460752304472081:121 4325376:328 0:0 3:2 1514602779264312457:64 1.7014118346046923e+38 -34:128 170141183460469231731687303715884105729 2000000000000000000000000000000000000000001 33:128"),
    ("-2", "-8000081000000000000000080", 1, "-274878171266:100 274878171262:100 549756342528:101 0:0 -2:2 3.1554405881115368e-30 -274878171264:100 -2:2 274878171262:100 -4:3 -2:1 2:2 - -2.0 1:1 -2 -2 -2:2"),
    ("14f10da2e0d1c6a5ef0a8c3b40883bd312c92bdc39d6285d6", "4000000000000001", 200, "1589602336489802172:193 1589602336489802166:193 157120991042018605:255 1418829256184929198:131 1944800586362402477:61 1.7815155222061205e+39 0:0 1589602336489802172:193 1589602336489802172:193 994821860391870710:393 0:0 1:1 88499919327473559:97 8.215790225369333e+57 -1589602336489802170:193 8215790225369332217005702783776998814842536656226041890262 12361033213406434324573605214166402101675142262225734163530502726 1589602336489802169:193"),
    ("-1ffffffffffffffffffffffffffffffffffffffffffffffff", "-ffffffffffffffff", 127, "-1030:194 -1016:193 7161:257 146:130 -2:1 6.80564733841877e+38 -1023:193 -7:64 1016:193 -32736:320 -32:67 1:1 - -1.2554203470773362e+58 1022:193 -12554203470773361527671578846415332832204710888928069025791 -17777777777777777777777777777777777777777777777777777777777777777 -1023:193"),
    ("q2046", "120002400", 0, "13421782017:2047 3758087169:2046 79169669047314:2079 2034567131108128781:2014 2147479553:31 overflow 0:0 13421782017:2047 13421782017:2047 8589934593:2047 8589934593:2047 1:1 140737488355328:1024 overflow -8589934594:2047 - - 8589934593:2047"),
    ("g2407675605.2049-", "-400001c0", 63, "-769166276125392238:2049 -769166273977907694:2049 541455589852688995:2079 1857363375574447863:2019 -252472761:28 overflow -769166275051650357:2049 -1073741881:31 769166273977908476:2049 -770822090992905913:2112 -1102221247398761421:1986 1:1 - overflow 769166275051649965:2049 - - -769166275051649966:2049"),
    ("-1000000000000000000000000000000000000000000000001", "o2100", 200, "67108350:2100 -67109376:2101 -34426846719:2293 -2:1 67108350:2100 -0.0 67108351:2100 -2:1 -67108352:2100 -67239936:393 -2:1 1:1 - -6.277101735386681e+57 512:193 -6277101735386680763835789423207666416102355444464034512897 -10000000000000000000000000000000000000000000000000000000000000001 -513:193"),
    ("g2202790517.500-", "p999", 63, "737063399812714015:999 -1568779609417757152:1000 -2241346039117714866:1499 -2:1 737063399812714015:999 -4.338435606127225e-151 8388608:1000 -1568779609409368544:500 -1568779609417757152:1000 -1663432419210086274:563 -2147063951603699256:437 256:9 - -2.324335546844346e+150 1568779609409368543:500 - - -1568779609409368544:500"),
    ("153e7dea91c6c5239772ec8016be805e9", "-800000000000000000000000000000000080080080000000", 127, "-725724636321769718:191 1652193563410864393:192 -1079908317874011407:320 -2:1 -725724636321769718:191 -1.439556809129408e-19 1616147170248004128:129 -36028797356079895:192 -1652175967604084023:192 988444778143351094:256 2:2 1:1 503288039938575446:65 4.51812227238696e+38 -1616155968151394314:129 451812227238696034235708378521186862569 5237175725107066122162734566200055372002751 1616155968151394313:129"),
    ("1ffffffffffffffff", "p2048-", 0, "-34359738353:2048 34359738383:2049 -515396075520:2113 -2:1 -34359738353:2048 -0.0 0:0 -34359738353:2048 -34359738353:2048 15:65 15:65 1:1 6074000999:33 3.6893488147419103e+19 -16:66 36893488147419103231 3777777777777777777777 15:65"),
    ("1ffffffffffffffffffffffffffffffffffffffffffffffff", "q2048-", 65, "-34359737346:2048 34359739392:2049 -35150012351487:2241 -2:1 -34359737346:2048 -0.0 1023:193 -34359738369:2049 -34359739392:2049 16368:258 63:128 1:1 1422232670133962405:97 1.2554203470773362e+58 -1024:194 12554203470773361527671578846415332832204710888928069025791 17777777777777777777777777777777777777777777777777777777777777777 1023:193"),
    ("4000000000000000", "-ffffffffffffffff", 64, "-5:64 9:65 -14:126 -2:1 -5:64 -0.25 0:0 -5:64 -5:64 16:127 0:0 1:1 2147483648:32 4.611686018427388e+18 -3:63 4611686018427387904 400000000000000000000 2:63"),
    ("o1000-", "o2047", 65, "17163091968:2047 -17196646398:2048 -288230358955065345:3047 -2:1 17163091968:2047 -6.63123685e-316 17163091969:2047 -2:1 -17163091970:2047 -268435440:1065 -1048576:936 1:1 - -1.0715086071862673e+301 16777214:1000 - - -16777215:1000"),
    ("-4000008100080000", "-8000000000000000000000001", 127, "-828929212419:100 2305842730040295422:99 144116291883041282:162 0:0 -554051305474:63 7.275958488322255e-12 -828929212418:100 -2:1 828929212417:100 -17729641775168:190 -2:1 9:4 - -4.611686572478693e+18 554051305473:63 -4611686572478693376 -400000010040002000000 -554051305474:63"),
    ("q2099", "p2046", 1000, "8623489025:2100 2305843000657313792:2099 288230384741646336:4146 9007199254740992:54 1:1 9007199254740992.0 0:0 8623489025:2100 8623489025:2100 562949970198528:3100 2:1100 1:1 2061779823227152770:1050 overflow -33554434:2100 - - 33554433:2100"),
    ("8000000000000000000000001", "o4000", 127, "309237645312:4001 -2305842768695525373:4000 2305842768695529470:4100 0:0 274877906945:100 0.0 274877906945:100 34359738367:4000 2305842768695525373:4000 8796093022240:227 0:0 3:2 796131459065721:50 6.338253001141147e+29 -274877906946:100 633825300114114700748351602689 1000000000000000000000000000000001 274877906945:100"),
    ("1", "q2099-", 127, "-33554432:2100 33554434:2100 -33554433:2100 -2:1 -33554432:2100 -0.0 1:1 -33554433:2100 -33554434:2100 32:128 0:0 1:1 1:1 1.0 -2:2 1 1 1:1"),
    ("-1000000000000000000000000000000000000000000000001", "q3999", 63, "17179868672:3999 -17179869698:4000 -8813272891905:4192 -2:1 17179868672:3999 -0.0 17179869185:4000 -513:193 -17179869698:4000 -2052:256 -129:130 1:1 - -6.277101735386681e+57 512:193 -6277101735386680763835789423207666416102355444464034512897 -10000000000000000000000000000000000000000000000000000000000000001 -513:193"),
    ("q2047-", "80000000", 5, "-15032385537:2047 -19327352833:2048 -2147483664:2079 -9:2017 2147483647:31 overflow 2147483648:32 -17179869185:2048 -19327352833:2048 -549755813920:2053 -536870913:2043 1:1 - overflow 17179869184:2048 - - -17179869185:2048"),
    ("o2100-", "-100000000000000000000000000000000", 65, "-67108927:2101 -67108799:2100 4294967232:2228 1048575:1972 -63:128 overflow -67108864:2101 -63:128 67108801:2100 -1073741808:2165 -4194304:2036 1:1 - overflow 67108862:2100 - - -67108863:2100"),
    ("-7fffffffffffffffffffffffffffffffffffffffffffffff", "q3999", 0, "17179868930:3999 -17179869440:4000 -4380866642175:4190 -2:1 17179868930:3999 -0.0 17179869185:4000 -255:191 -17179869440:4000 -255:191 -255:191 1:1 - -3.1385508676933404e+57 254:191 -3138550867693340381917894711603833208051177722232017256447 -3777777777777777777777777777777777777777777777777777777777777777 -255:191"),
    ("80000000000000000000000000000001", "80000000", 64, "2147483681:128 2305843007066210336:127 70866960384:159 34359738368:97 1:1 7.922816251426434e+28 0:0 2147483681:128 2147483681:128 264:192 4:64 1:1 1514602779264312457:64 1.7014118346046923e+38 -34:128 170141183460469231731687303715884105729 2000000000000000000000000000000000000000001 33:128"),
    ("q999-", "p3999-", 63, "-17188257793:4000 17171480575:3999 144115205255725056:4999 0:0 -8388609:1000 0.0 -17179869184:4000 -8388609:1000 17171480575:3999 -33554436:1063 -2097153:937 1:1 - -5.357543035931337e+300 8388608:1000 - - -8388609:1000"),
    ("7fffffffffffffffffffffffffffffffffffffffffffffff", "q2047", 64, "17179869440:2048 -17179868930:2047 4380866642175:2238 0:0 255:191 0.0 1:1 17179869439:2048 17179869438:2048 2040:255 31:127 1:1 1864037839673828178:96 3.1385508676933404e+57 -256:192 3138550867693340381917894711603833208051177722232017256447 3777777777777777777777777777777777777777777777777777777777777777 255:191"),
    ("q2047-", "7fffffffffffffffffffffffffffffff", 5, "-17179869154:2047 -17179869216:2048 -532575944735:2174 -1190112521438675473:1921 2305843009213661213:127 overflow 31:127 -17179869185:2048 -17179869216:2048 -549755813920:2053 -536870913:2043 1:1 - overflow 17179869184:2048 - - -17179869185:2048"),
    ("g3353841519.1000-", "-1004b2398370efb18a8b96db7334df055", 65, "-1976003231220309268:1000 -380298559311678048:1000 2242239921119072635:1128 1140281749153967269:872 -1924361808351378980:128 1.928939546059711e+262 -1322949924316914954:1000 -653053306903394314:116 669896617413520640:1000 -403670250546346920:1065 -1821127017260427051:935 11:4 - -6.57136678972938e+300 1178150895265993657:1000 - - -1178150895265993658:1000"),
    ("10000108800000000", "-40000000000008000100000000008000", 200, "-72039417736380424:127 72075770339573784:127 -1470153717218410624:191 -2:1 -72039417736380424:127 -2.1684064815849925e-19 18176301596680:65 -72057594037977104:127 -72075770339573784:127 76561193666347009:265 0:0 98304:17 4294969411:33 1.844676225001115e+19 -18176301596681:65 18446762250011148288 2000000410400000000000 18176301596680:65"),
    ("p2048-", "-40000000", 0, "-35433480192:2049 -33285996544:2048 16:2079 32:2019 0:0 overflow -34359738368:2049 -1073741824:31 33285996544:2048 -34359738368:2049 -34359738368:2049 1073741824:31 - overflow 34359738367:2048 - - -34359738368:2049"),
    ("p499-", "-ffffffffffffffffffffffffffffffff", 63, "-2111:500 -1985:499 129024:627 1170935903116328992:372 -18014398509481984:116 4.8098152095208105e+111 -2048:500 -63:128 1985:499 -8192:563 -512:437 1:1 - -1.636695303948071e+150 2047:499 - - -2048:500"),
    ("o4000", "0", 0, "34359738367:4000 34359738367:4000 0:0 - - - 0:0 34359738367:4000 34359738367:4000 34359738367:4000 34359738367:4000 34359738367:4000 281474976710655:2000 overflow -34359738368:4001 - - 34359738367:4000"),
    ("-84000802", "80000240", 65, "-67110338:27 -4362078786:33 -144120866023801986:63 -2:2 2080373886:31 -1.0312506780026525 576:10 -67110914:27 -67111490:27 -35433512992:97 -2:1 2:2 - -2214594562.0 2214594561:32 -2214594562 -20400004002 -2214594562:32"),
    ("o6000-", "0", 1, "-4194303:6000 -4194303:6000 0:0 - - - 0:0 -4194303:6000 -4194303:6000 -8388606:6001 -2097152:6000 4194303:6000 - overflow 4194302:6000 - - -4194303:6000"),
    ("-80000000000000000000000000000000", "40000000000000000000000000000000", 63, "-16:127 -48:128 -512:254 -2:2 0:0 -2.0 0:0 -16:127 -16:127 -128:191 -8:65 16:127 - -1.7014118346046923e+38 31:127 -170141183460469231731687303715884105728 -2000000000000000000000000000000000000000000 -32:128"),
    ("g1424041769.1000-", "-101000500", 0, "-864478748278029959:1000 -864478739654538375:1000 1484118505245218185:1032 413658657531953255:968 -2212472291:32 1.692469078629833e+291 -864478743966284196:1000 -4311745763:33 864478739654538433:1000 -864478743966284167:1000 -864478743966284167:1000 1:1 - -7.2974964278723e+300 864478743966284166:1000 - - -864478743966284167:1000"),
    ("-800000000000000000000000000000000000000000000000", "ffffffff", 1000, "-2305843004918726912:191 -4294967551:192 -1099511627520:223 -156766306341:160 2147483647:31 -7.307508188355926e+47 0:0 -2305843004918726912:191 -2305843004918726912:191 -4294967296:1192 -2:1 1:1 - -3.1385508676933404e+57 255:191 -3138550867693340381917894711603833208051177722232017256448 -4000000000000000000000000000000000000000000000000000000000000000 -256:192"),
    ("p5999", "8080001000000800000000000", 127, "141013442103296:6000 2305701995775784959:5999 578712556412076160:6099 1254060847821035397:5900 1955547494098683674:98 overflow 0:0 141013442103296:6000 141013442103296:6000 67108864:6127 65536:5873 140737488355328:48 563563112927236018:3000 overflow -2097153:6000 - - 2097152:6000"),
    ("g3866225611.1000-", "7fffffff", 200, "-1324949445970972393:1000 -1324949450265939687:1000 -1573582504963169050:1031 -565986097821902777:969 1518071500:31 -3.020854538306914e+291 1158917442:31 -1324949447129889835:1000 -1324949448288807277:1000 -1513667862123849266:1200 -1820443129399047550:800 1:1 - -6.487235720979833e+300 1324949448118456039:1000 - - -1324949448118456040:1000"),
    ("g1929238322.500", "p2048-", 64, "-1211809082940842165:2048 1094033994992328522:2049 -2143988660435060174:2548 -2:1 -1211809082940842165:2048 -0.0 0:0 -1211809082940842165:2048 -1211809082940842165:2048 1834742657419639379:564 1763282444016944703:436 1:1 411684049406141001:250 2.915723510815103e+150 -1094033960632590155:500 - - 1094033960632590154:500"),
    ("ffffffff", "g1833313030.6000-", 5, "-390621592413597189:6000 390621601003531779:6000 -287431848885564458:6032 -2:1 -390621592413597189:6000 -0.0 2600586134:32 -390621595014183323:6000 -390621597614769457:6000 137438953440:37 134217727:27 1:1 65535:16 4294967295.0 -4294967296:33 4294967295 37777777777 4294967295:32"),
    ("-150640a54abd48af3", "100000000800000080040000000000000", 127, "1142777063848768898:129 -1199094776743627645:129 -51824796066804333:193 -2:1 1142777063848768898:129 -7.123351900276747e-20 17179869312:129 -1163065962544794365:65 -1163065979724663677:129 -901083406317739952:192 -2:1 1:1 - -2.4239510453191217e+19 1181080361054276348:65 -24239510453191215859 -2501440245225365105363 -1181080361054276349:65"),
    ("-80000000002a0000000000000", "1000000000000000000000000000000000000000000000001", 200, "2116691549986226688:192 -189151459227468289:193 -189292196715823146:292 -2:1 2116691549986226688:192 -1.0097419586831964e-28 512:193 -189151459227467775:100 -189151459227468287:193 -36028797018974720:300 -2:1 1:1 - -6.338253001143039e+29 189151459227467775:100 -633825300114303851932701163520 -1000000000000012400000000000000000 -189151459227467776:100"),
    ("8000000000000000", "1ffffffff", 1, "8589934595:64 2305843000623759364:63 34359738364:96 1073741824:31 1073741824:31 1073741824.125 0:0 8589934595:64 8589934595:64 8:65 2:63 1:1 3037000499:32 9.223372036854776e+18 -5:64 9223372036854775808 1000000000000000000000 4:64"),
    ("g3555710980.2047-", "-6176d80d", 1, "-616635585427128979:2047 -616635582156771961:2047 1630242200537884447:2077 1826765703890959255:2016 -200628203:28 overflow -616635585420784274:2047 -6344705:23 616635585414439569:2047 -1233271167583900940:2048 -308317791895975235:2046 1:1 - overflow 616635583791950469:2047 - - -616635583791950470:2047"),
    ("g2068167581.1000-", "p2047", 1, "157950488018329168:2047 -2147892555555103151:2048 -1604837000242469958:3047 -2:1 157950488018329168:2047 -5.5559929e-316 17179869184:2048 -2147892538375233967:1000 -2147892555555103151:2048 -1989942067536773983:1001 -1073946269187616984:999 1:1 - -8.977652801462371e+300 2147892538375233966:1000 - - -2147892538375233967:1000"),
    ("0", "0", 127, "0:0 0:0 0:0 - - - 0:0 0:0 0:0 0:0 0:0 0:0 0:0 0.0 -2:1 0 0 0:0"),
    ("-4967403c", "100000000000000000000000000000001", 65, "2305843007982190596:128 -1231503485:129 -80047722300:159 -2:1 2305843007982190596:128 -3.619063283070817e-30 64:129 -1231503419:31 -1231503483:129 -19704054720:96 -2:1 1:1 - -1231503420.0 1231503419:31 -1231503420 -11131640074 -1231503420:31"),
    ("1ffffffffffffffffffffffffffffffffffffffffffffffff", "q2048", 63, "34359739392:2049 -34359737346:2048 35150012351487:2241 0:0 1023:193 0.0 1:1 34359739391:2049 34359739390:2049 4092:256 255:130 1:1 1422232670133962405:97 1.2554203470773362e+58 -1024:194 12554203470773361527671578846415332832204710888928069025791 17777777777777777777777777777777777777777777777777777777777777777 1023:193"),
    ("400000000000000000000000000000000000000000000001", "o2100", 127, "67108992:2101 -67108734:2100 8657043327:2291 0:0 129:191 0.0 129:191 67108863:2100 67108734:2100 4128:318 4:64 1025:11 17179869184:96 1.5692754338466702e+57 -130:191 1569275433846670190958947355801916604025588861116008628225 2000000000000000000000000000000000000000000000000000000000000001 129:191"),
    ("0", "-800000000000000000000000000000000000000000000001", 65, "-257:192 257:192 0:0 0:0 0:0 -0.0 0:0 -257:192 -257:192 0:0 0:0 257:192 0:0 0.0 -2:1 0 0 0:0"),
    ("43549074", "-4000000000000001", 65, "-2305843008084078478:62 1129615479:63 -3388846428:93 -2:1 -2305843008084078478:62 -2.4494631063048944e-10 1129615476:31 -3:63 -1129615479:63 18073847616:96 0:0 1:1 33609:16 1129615476.0 -1129615477:31 1129615476 10325110164 1129615476:31"),
    ("o1000", "8000000000000001", 0, "16777220:1001 16777210:1000 83886075:1064 468374361249887026:937 2269814212194729987:63 1.161731959748268e+282 5:64 16777215:1000 16777210:1000 16777215:1000 16777215:1000 3:2 4095:500 1.0715086071862673e+301 -16777216:1001 - - 16777215:1000"),
    ("-80000001", "ffffffffffffffff", 127, "2305843007066210309:64 -2147483656:65 -15032385543:96 -2:1 2305843007066210309:64 -1.1641532188114492e-10 2305843007066210310:64 -2:1 -2305843007066210311:64 -68719476768:159 -2:1 3:2 - -2147483649.0 2147483648:32 -2147483649 -20000000001 -2147483649:32"),
    ("q2099-", "-400000000000000000000000000000000000000000000001", 0, "-33554562:2100 -33554304:2099 4328521857:2290 2019846977063418382:1909 -2305843009213693569:190 overflow -33554561:2100 -2:1 33554560:2100 -33554433:2100 -33554433:2100 1:1 - overflow 33554432:2100 - - -33554433:2100"),
    ("15dcdfd9b", "0", 64, "5868748187:33 5868748187:33 0:0 - - - 0:0 5868748187:33 5868748187:33 46949985496:97 0:0 5868748187:33 76607:17 5868748187.0 -5868748188:33 5868748187 53563376633 5868748187:33"),
    ("o9000", "-1", 200, "8589934590:9000 8589934592:9001 -8589934591:9000 -8589934591:9000 0:0 overflow 8589934591:9000 -2:1 -8589934592:9001 1125899906711552:9200 65535:8800 1:1 140737488355327:4500 overflow -8589934592:9001 - - 8589934591:9000"),
    ("p2046", "-400000000000000000000000000000000000000000000000", 127, "8589934464:2046 8589934720:2047 -1099511627776:2237 -67108864:1857 0:0 overflow 8589934592:2047 -128:191 -8589934720:2047 274877906944:2174 268435456:1920 128:191 140737488355328:1024 overflow -8589934593:2047 - - 8589934592:2047"),
    ("p999", "g770844695.2049-", 63, "-492738768208057237:2049 492738768224834453:2049 -452415404340107837:3048 -2:1 -492738768208057237:2049 -1.22702167e-316 0:0 -492738768208057237:2049 -492738768208057237:2049 33554432:1063 2097152:937 1:1 796321441469982956:500 5.357543035931337e+300 -8388609:1000 - - 8388608:1000"),
    ("1000000000000020000000000004000000000000000400000", "10000000000000001", 65, "37782025:193 37782007:193 340038144:257 4197945:129 511:9 3.402823669209385e+38 0:0 37782025:193 37782025:193 604512256:258 2099232:128 1:1 1133871366144:97 6.277101735386681e+57 -37782017:193 6277101735386680938060361286728237080602609785796544167936 10000000000000000004000000000000000040000000000000000000020000000 37782016:193"),
    ("g1967724846.1000-", "400000000000000000000000000000000000000000000001", 63, "-1088495414859411310:1000 -1088495414859411568:1000 -2065327964042438571:1190 -364503638024764781:810 2121456715275060241:187 -5.468517454413919e+243 0:0 -1088495414859411310:1000 -1088495414859411310:1000 -2048138650223951805:1063 -1329261356943767633:937 1:1 - -8.581610100773491e+300 1088495414859411438:1000 - - -1088495414859411439:1000"),
    ("-7fffffffffffffffffffffffffffffffffffffffffffffff", "80000000000000000000000000000001", 127, "-222:191 -288:192 -8415:319 -8:65 9:65 -1.8446744073709552e+19 1:1 -223:191 -224:191 -8160:318 -8:65 1:1 - -3.1385508676933404e+57 254:191 -3138550867693340381917894711603833208051177722232017256447 -3777777777777777777777777777777777777777777777777777777777777777 -255:191"),
    ("g3053622792.500-", "80000000000000000000000000000001", 0, "-2075915627959062409:500 -2075915627959062475:500 -1635768455451936007:627 -151348642292139890:373 612746558467859977:127 -1.759327910942608e+112 32:128 -2075915627959062441:500 -2075915627959062473:500 -2075915627959062442:500 -2075915627959062442:500 1:1 - -2.9933413286281036e+150 2075915627959062441:500 - - -2075915627959062442:500"),
    ("g614870966.2100-", "ca72a11806a151cdcf820d5831f9699d", 127, "-1307689797159233825:2100 -1753031798442170781:2100 -1105050200308562344:2228 -312359699854610321:1972 1175474964512151427:128 overflow 833729191419716815:117 -2141418988578950640:2100 -669305170784973504:2100 -548842336134900725:2227 -884607306793848271:1973 1:1 - overflow 1530360797800702302:2100 - - -1530360797800702303:2100"),
    ("o500", "p3999", 65, "17179873279:4000 -17179865089:3999 70351564308480:4499 0:0 4095:500 0.0 0:0 17179873279:4000 17179873279:4000 65520:565 255:435 1:1 63:250 3.273390607896142e+150 -4096:501 - - 4095:500"),
    ("7fffffffffffffffffffffffffffffffffffffffffffffff", "bb55c13cd75d20f0953645f3e3d8cee63a8ed2f83bb11ba1", 200, "1851350863570784621:193 -1851350863570784111:190 1702496330956447326:383 0:0 255:191 0.6832680160487693 1851350863570784110:190 511:192 454492145642910352:192 33423360:391 0:0 1:1 1864037839673828178:96 3.1385508676933404e+57 -256:192 3138550867693340381917894711603833208051177722232017256447 3777777777777777777777777777777777777777777777777777777777777777 255:191"),
    ("g4054103531.6000-", "q3999", 5, "-1197058269484109176:6000 -1197058303843847546:6000 -1209783922903552741:9999 -103583629898305414:2001 1395113885905132147:3999 overflow 17179869184:4000 -1197058286663978360:6000 -1197058303843847544:6000 -1412377025828204336:6005 -974156793951312492:5995 1:1 - overflow 1197058286663978360:6000 - - -1197058286663978361:6000"),
    ("80000000", "g423092237.2048-", 5, "-746724364359283686:2048 746724368654250982:2048 -1252521809781430123:2079 -2:1 -746724364359283686:2048 -0.0 2147483648:32 -746724366506767334:2048 -746724368654250982:2048 68719476736:37 67108864:27 2:2 46340:16 2147483648.0 -2147483649:32 2147483648 20000000000 2147483648:32"),
    ("d4139fa9", "p2047", 1000, "20737925033:2048 -13621813335:2047 1175015795630014490:2079 0:0 3558055849:32 0.0 0:0 20737925033:2048 20737925033:2048 59694271518736384:1032 0:0 1:1 59649:16 3558055849.0 -3558055850:32 3558055849 32404717651 3558055849:32"),
    ("-b50dd95171cf3794329930a66d2ea70b", "-7fffffff", 1000, "-1947801558102598616:128 -1947801553807631322:128 201596259851012334:159 1717512475470700385:97 -1108128063:31 1.1206705819064996e+29 -1947801556270824653:128 -1831773963:31 1947801554439050690:128 -1295814464609206233:1128 -2:1 1:1 - -2.406621748318182e+38 1947801555955114968:128 -240662174831818198041046216602863707915 -2650335452134347467450312311412315513523413 -1947801555955114969:128"),
    ("-a481579146615df7a4e56a61fcac6f18", "7fffffffffffffffffffffffffffffff", 1000, "-644057542568664799:126 -644057542568664861:129 -1519039745919058122:255 -2:2 1661785466645029183:127 -1.2851972064352237 1661785466645029185:127 -33:128 -1661785466645029218:128 -878122070981443895:1128 -2:1 1:1 - -2.1866497368297795e+38 644057542568664829:128 -218664973682977938424268113472096333592 -2444025362121460535757223453246077453067430 -644057542568664830:128"),
    ("q2046", "p8999-", 200, "-2305843004918726654:8999 12884901889:9000 -4294967312:11046 -2:1 -2305843004918726654:8999 -0.0 0:0 -2305843004918726654:8999 -2305843004918726654:8999 1125899906973696:2247 65536:1847 1:1 140737488355328:1024 overflow -8589934594:2047 - - 8589934593:2047"),
    ("40000000000000000000000000000000", "o6000", 0, "4194319:6001 -4194287:6000 67108848:6126 0:0 16:127 0.0 16:127 4194303:6000 4194287:6000 16:127 16:127 1:1 4:64 8.507059173023462e+37 -17:127 85070591730234615865843651857942052864 1000000000000000000000000000000000000000000 16:127"),
    ("3", "p8999-", 64, "-4294967293:8999 4294967299:9000 -12884901888:9001 -2:1 -4294967293:8999 -0.0 0:0 -4294967293:8999 -4294967293:8999 24:66 0:0 1:1 1:1 3.0 -4:3 3 3 3:2"),
    ("92096715849c052ce3e07ddde474c7b4c974a4a3ae0e7a56", "p2046", 63, "779783498951427161:2047 -1526059527442135974:2046 1255387959631646527:2238 0:0 779783490361492569:192 0.0 0:0 779783498951427161:2047 779783498951427161:2047 813290952232276325:255 601069008257147520:129 2:2 1083775362976838074:96 3.5808101805282274e+57 -779783490361492570:192 3580810180528227109641505482817140878638991687590603553366 4440454705302234012263437007673571072307551445645112165603475126 779783490361492569:192"),
    ("p2046", "p499-", 5, "8589932544:2046 8589936640:2047 -17592186044416:2546 -4194304:1548 0:0 overflow 8589934592:2047 -2048:500 -8589936640:2047 274877906944:2052 268435456:2042 2048:500 140737488355328:1024 overflow -8589934593:2047 - - 8589934592:2047"),
    ("ffffffff", "q8999", 65, "8589934592:9000 -2:8999 7:9031 0:0 4294967295:32 0.0 1:1 8589934591:9000 8589934590:9000 68719476720:97 0:0 3:2 65535:16 4294967295.0 -4294967296:33 4294967295 37777777777 4294967295:32"),
    ("100000000", "p8999", 63, "8589934592:9000 0:8999 8:9032 0:0 4294967296:33 0.0 0:0 8589934592:9000 8589934592:9000 17179869184:96 0:0 4294967296:33 65536:17 4294967296.0 -4294967297:33 4294967296 40000000000 4294967296:33"),
    ("800000000000000000000000000000000000000000000001", "q5999", 64, "2097410:6000 -2096896:5999 538968321:6191 0:0 257:192 0.0 1:1 2097409:6000 2097408:6000 2056:256 32:128 3:2 1864037839673828178:96 3.1385508676933404e+57 -258:192 3138550867693340381917894711603833208051177722232017256449 4000000000000000000000000000000000000000000000000000000000000001 257:192"),
    ("ffffffffffffffff", "7fffffffffffffffffffffffffffffffffffffffffffffff", 1000, "262:192 -248:191 1785:255 0:0 7:64 5.877471754111438e-39 7:64 255:191 248:191 117440512:1064 0:0 1:1 4294967295:32 1.8446744073709552e+19 -8:65 18446744073709551615 1777777777777777777777 7:64"),
    ("g2604000119.2047", "40000000000000000000000000000001", 0, "2095876997278183800:2047 2095876997278183766:2047 1042263815523715046:2173 1091333084504738621:1921 1989958634407178834:125 overflow 17:127 2095876997278183783:2047 2095876997278183766:2047 2095876997278183783:2047 2095876997278183783:2047 1:1 1634140874934527852:1024 overflow -2095876997278183784:2047 - - 2095876997278183783:2047"),
    ("p2099-", "-1000000000000000000000000000000000000000000000000", 65, "-33554944:2100 -33553920:2099 17179869184:2292 65536:1908 0:0 overflow -33554432:2100 -512:193 33553920:2099 -536870912:2165 -2097152:2035 512:193 - overflow 33554431:2099 - - -33554432:2100"),
    ("g4260197913.9000-", "0", 65, "-1533681690270264071:9000 -1533681690270264071:9000 0:0 - - - 0:0 -1533681690270264071:9000 -1533681690270264071:9000 -1480476952187285626:9065 -970533245157197463:8935 1533681690270264071:9000 - overflow 1533681690270264070:9000 - - -1533681690270264071:9000"),
    ("-80000000", "115a6f4c497d69e40ca45775473fb3d10", 65, "1692541439192346459:129 -1692541443487313755:129 -1826235684419302884:160 -2:1 1692541439192346459:129 -5.818744799100482e-30 1692541439393985099:129 -201638640:28 -1692541439595623739:129 -34359738368:97 -2:1 16:5 - -2147483648.0 2147483647:31 -2147483648 -20000000000 -2147483648:32"),
    ("16baa9a7ec0f3dcf2912bb38f90c8418c", "o2100-", 63, "-1260858887873549955:2100 1044984121474361722:2101 -567758256641468277:2229 -2:1 -1260858887873549955:2100 -0.0 0:0 -1260858887873549955:2100 -1260858887873549955:2100 1874093476415317485:192 1681308299303565819:66 9:4 1233671954698838183:65 4.833955864694188e+38 -1044984121407252860:129 483395586469418755970547529153927201164 5535251517660171734745104535470762062040614 1044984121407252859:129"),
    ("g2809359067.500", "p3999", 127, "18141811790133754:4000 -2287701231783298565:3999 2113569108897201078:4499 0:0 18141794610264570:500 0.0 0:0 18141811790133754:4000 18141811790133754:4000 580537427528466240:627 374207490227038815:373 1:1 858232516129908780:250 2.258781736336937e+150 -18141794610264571:500 - - 18141794610264570:500"),
    ("g106512990.4000-", "-636f4fc832c113db006f039b4e9b3903", 65, "-855080441731899237:4000 -1444203471506550653:4000 1344386895015664946:4126 10196644681552047:3873 -604737185119780296:124 overflow -270939215090752586:4000 -584141226641146651:127 1992640997663299886:4000 -2253370241411741463:4065 -499530126056704484:3935 1:1 - overflow 1149641956619224944:4000 - - -1149641956619224945:4000"),
    ("p5999", "b8a72bdfef7e0ac46c055de771895a75", 1000, "1242638247215608006:6000 1063204762002280249:5999 2080011249794498236:6127 923858479705191801:5872 1513188203738875399:128 overflow 0:0 1242638247215608006:6000 1242638247215608006:6000 35184372088832:7000 288230376151711744:5000 1:1 563563112927236018:3000 overflow -2097153:6000 - - 2097152:6000"),
    ("g3824885665.9000", "16f7db472bc81c2825febfef2a4267716", 65, "1912496270935209045:9000 204711647639575884:9000 1715240090508368935:9129 991911665946561970:8872 1883521143311406141:124 overflow 1417736637179632504:129 494759633755576541:9000 1382866005789637988:9000 796762284102421775:9065 389158585712673299:8935 1:1 445176362252027982:4500 overflow -2211525463894239441:9000 - - 2211525463894239440:9000"),
    ("-400000000000000000000000000000000000000000000000", "g2627940233.1000", 1000, "1812723532758614635:1000 -1812723532758614891:1000 -1444311271733294564:1190 -2:1 1812723532758614635:1000 -1.730676544815887e-244 1513669972578297919:1000 -2006789449033377235:188 -1214616412397981203:1000 -2147483648:1191 -2:1 1:1 - -1.5692754338466702e+57 127:190 -1569275433846670190958947355801916604025588861116008628224 -2000000000000000000000000000000000000000000000000000000000000000 -128:191"),
    ("-7fffffffffffffffffffffffffffffff", "75110c11f75111a7caf743fd443aa2ba8c1bcee650cf7c10", 65, "583483669267152034:191 -583483669267152096:191 -1947092682785856358:318 -2:1 583483669267152034:191 -5.927305030954871e-20 307094138070002378:191 -2029453478016544295:126 -30704606872852722:191 -496:192 -2:63 1:1 - -1.7014118346046923e+38 30:127 -170141183460469231731687303715884105727 -1777777777777777777777777777777777777777777 -31:127"),
    ("g2085131791.2100", "-100000000", 5, "308388523390907618:2100 308388531980842210:2100 -397923025422183899:2132 -2011758337695653307:2068 -2043930499:31 overflow 308388525434838117:2100 -2043930499:31 -308388527478768616:2100 645060849093221444:2105 369925111679823270:2095 1:1 1736859413600700943:1050 overflow -308388527685874915:2100 - - 308388527685874914:2100"),
    ("g3471423167.2048", "3", 127, "737827043897488162:2048 737827043897488156:2048 2213481131692464477:2050 1783171020774958687:2047 0:0 overflow 1:1 737827043897488161:2048 737827043897488160:2048 552035312582681578:2175 105224603874096473:1921 3:2 872838402229160902:1024 overflow -737827043897488160:2048 - - 737827043897488159:2048"),
    ("q499", "-ba35a4e771d6d886df57c2841", 1, "185341603918998535:499 2120501405294699514:500 -699150090235702101:599 -444660095259211991:400 -269844802369048903:97 -1.7750324237211163e+120 2049:500 -2120501405294697465:100 -2120501405294699514:500 4098:501 1024:499 1:1 1803531245199697500:250 1.636695303948071e+150 -2050:500 - - 2049:500"),
    ("afd9009df383a63c", "o9000-", 65, "-1163898358893140413:9000 1141944667500422720:9001 -1670355958889210781:9064 -2:1 -1163898358893140413:9000 -0.0 0:0 -1163898358893140413:9000 -1163898358893140413:9000 2130213478071952407:129 0:0 117:7 3559657245:32 1.2671159704978958e+19 -1141944658910488130:64 12671159704978957884 1277310011676340723074 1141944658910488129:64"),
    ("o2049-", "0", 127, "-68719476735:2049 -68719476735:2049 0:0 - - - 0:0 -68719476735:2049 -68719476735:2049 -2199023255520:2176 -2147483648:1923 68719476735:2049 - overflow 68719476734:2049 - - -68719476735:2049"),
    ("80000000000000000000000000000001", "-4000000000000001", 63, "30:127 36:128 -99:190 -9:65 -2305843009213693945:62 -3.6893488147419103e+19 33:128 -3:63 -36:128 132:191 8:65 1:1 1514602779264312457:64 1.7014118346046923e+38 -34:128 170141183460469231731687303715884105729 2000000000000000000000000000000000000000001 33:128"),
    ("-400000000000000000000000000000000000000000000001", "800000000000000000000000000000000000000000000001", 63, "128:191 -386:192 -33153:382 -2:1 128:191 -0.5 257:192 -129:191 -386:192 -516:254 -33:128 1:1 - -1.5692754338466702e+57 128:191 -1569275433846670190958947355801916604025588861116008628225 -2000000000000000000000000000000000000000000000000000000000000001 -129:191"),
    ("100000410000000020000000000000000", "g44795331.1000", 65, "1250149607567972210:1000 -1250078139312166610:1000 2177382866064035110:1128 0:0 35734127902800:129 3.529308241742517e-263 35734127902784:129 1250113873440069426:1000 1250078139312166642:1000 571746046444800:194 2233382993925:64 2:2 2233382858729:65 3.402824493182275e+38 -35734127902801:129 340282449318227478335179192864895664128 4000000202000000000004000000000000000000000 35734127902800:129"),
    ("-40000000", "o500-", 1000, "-1073745919:501 2305843008139956222:500 4396972769280:530 0:0 -1073741824:31 3.2802129431479926e-142 -4096:501 -1073741823:30 2305843008139956224:500 -18014398509481984:1031 -2:1 1:1 - -1073741824.0 1073741823:30 -1073741824 -10000000000 -1073741824:31"),
    ("q2099", "g1663984612.2049", 64, "908472865552752828:2100 1397370143728049989:2099 1199716734452636015:4148 1244228236276748:51 1282139880806962634:2049 1244228236276748.8 1:1 908472865552752827:2100 908472865552752826:2100 268435464:2164 4194304:2036 1:1 2061779823227152770:1050 overflow -33554434:2100 - - 33554433:2100"),
    ("1888f7fdc82a519be", "-7fffffffffffffffffffffffffffffff", 65, "-1688990750179255892:127 616852259034438121:128 -675675956358029182:192 -2:1 -1688990750179255892:127 -1.6625585760176042e-19 0:0 -1688990750179255892:127 -1688990750179255892:127 646264107696233636:130 0:0 1:1 5318549461:33 2.8286968369598767e+19 -616852259034438091:65 28286968369598765502 3042173775620251214676 616852259034438090:65"),
    ("o2047", "100000000", 1, "21474836479:2048 12884901887:2047 2305843004918726687:2079 3:2015 4294967295:32 overflow 4294967296:33 17179869183:2047 12884901887:2047 34359738366:2048 8589934591:2046 1:1 1442878969370801363:1024 overflow -17179869184:2048 - - 17179869183:2047"),
    ("-80000000000000000000000000000001", "p2046-", 0, "-8589934625:2047 8589934559:2046 283467841536:2174 0:0 -33:128 0.0 -8589934592:2047 -33:128 8589934559:2046 -33:128 -33:128 1:1 - -1.7014118346046923e+38 32:128 -170141183460469231731687303715884105729 -2000000000000000000000000000000000000000001 -33:128"),
    ("802000000000000000000000080000000000000000080000", "q499", 200, "576460753377691905:500 -1729382255836006144:499 576462953475212032:691 0:0 576460753377689856:192 1.9194873054238013e-93 0:0 576460753377691905:500 576460753377691905:500 140806241419264:392 0:0 1:1 266104057051725314:96 3.141615858775072e+57 -576460753377689857:192 3141615858775072159634611405660609706496985961026183233536 4002000000000000000000000000000002000000000000000000000002000000 576460753377689856:192"),
    ("-2", "g3715126971.2048", 0, "1463949357936134307:2048 -1463949357936134311:2048 -622055706658574667:2049 -2:1 1463949357936134307:2048 -0.0 1463949357936134309:2048 -2:2 -1463949357936134311:2048 -2:2 -2:2 2:2 - -2.0 1:1 -2 -2 -2:2"),
    ("1ffffffff", "1", 1, "8589934592:34 8589934590:33 8589934591:33 8589934591:33 0:0 8589934591.0 1:1 8589934591:33 8589934590:33 17179869182:34 4294967295:32 1:1 92681:17 8589934591.0 -8589934592:34 8589934591 77777777777 8589934591:33"),
    ("0", "2", 127, "2:2 -2:2 0:0 0:0 0:0 0.0 0:0 2:2 2:2 0:0 0:0 2:2 0:0 0.0 -2:1 0 0 0:0"),
    ("80000001", "400000000000000000000000000000000000000000000001", 5, "2147483778:191 -2305843007066210431:190 277025390721:222 0:0 2147483649:32 1.368455532204441e-48 1:1 2147483777:191 2147483776:191 68719476768:37 67108864:27 1:1 46340:16 2147483649.0 -2147483650:32 2147483649 20000000001 2147483649:32"),
    ("aca9ff34", "100000000000000000000000000000000", 127, "2896822132:129 -2305843006316871947:128 185396612352:160 0:0 2896822068:32 8.512994940678341e-30 0:0 2896822132:129 2896822132:129 92698306176:159 0:0 4:3 53822:16 2896822068.0 -2896822069:32 2896822068 25452377464 2896822068:32"),
    ("g5341253.4000-", "p3999-", 64, "-648394822144345036:4001 -648394787784606668:3998 33512225892332665:7999 1:1 -648394787784606668:3998 1.2522387080756885 -34359738368:4001 -648394787784606668:3998 1657448255788825651:4000 -575472421288418914:4064 -474504953382600553:3936 2:2 - overflow 648394804964475851:4000 - - -648394804964475852:4000"),
    ("0", "100000001", 127, "4294967297:33 -4294967297:33 0:0 0:0 0:0 0.0 0:0 4294967297:33 4294967297:33 0:0 0:0 4294967297:33 0:0 0.0 -2:1 0 0 0:0"),
    ("-1cbd8da8a", "40000000000000000000000000000001", 200, "2305843001498740102:126 -7714953883:127 -131154215722:159 -2:1 2305843001498740102:126 -9.068884686337567e-29 16:127 -7714953865:33 -7714953881:127 -1011214433124352:233 -2:1 1:1 - -7714953866.0 7714953865:33 -7714953866 -71366155212 -7714953866:33"),
    ("-4000000000000000", "p2047-", 1, "-17179869186:2048 17179869182:2047 34359738368:2110 0:0 -2:63 0.0 -17179869184:2048 -2:63 17179869182:2047 -4:64 -2:62 2:63 - -4.611686018427388e+18 1:62 -4611686018427387904 -400000000000000000000 -2:63"),
    ("g4034676117.2049", "40000010000000010000000000004000", 5, "2000858895144722584:2049 2000857795633061992:2049 2080606587894203720:2175 557933788847212014:1923 2303709999712204284:126 overflow 549755830296:127 2000858345388892288:2049 2000857795633061992:2049 1769705803674816539:2054 566929981558898435:2044 1:1 1161918207984176773:1025 overflow -2000858345388892289:2049 - - 2000858345388892288:2049"),
    ("g1104743711.6000-", "p2048-", 5, "-1604680461259639940:6000 -1604680392540163204:6000 1954672350792128041:8048 859245987282824048:3952 -64067261244776819:2047 overflow -1540613200014863121:6000 -64067261244776819:2047 1476545938770086302:6000 -621227458095583382:6005 -554549421606117476:5995 1:1 - overflow 1604680426899901571:6000 - - -1604680426899901572:6000"),
    ("1", "10000000000000001", 0, "10:65 -8:65 9:65 0:0 1:1 5.421010862427522e-20 1:1 9:65 8:65 1:1 1:1 1:1 1:1 1.0 -2:2 1 1 1:1"),
    ("-fffffffffffffffffffffffff", "p5999-", 1000, "-549757911039:6000 2305842459459977216:5999 1152921504604749824:6099 0:0 -549755813887:100 0.0 -2097152:6000 -549755813887:100 2305842459459977216:5999 -2305843009196916739:1100 -2:1 1:1 - -1.2676506002282294e+30 549755813886:100 -1267650600228229401496703205375 -1777777777777777777777777777777777 -549755813887:100"),
    ("-1002000000000400000000000000000000000000000000000", "-80002000000000000000000000001800", 0, "-576742227281189408:193 -576179277327755744:193 144185563299202696:320 17873592838813710:66 -1442133742842720236:127 3.691136174025792e+19 -576460752304472576:193 -281474976716832:128 576179277327755744:193 -576460752304472576:193 -576460752304472576:193 2048:12 - -6.280166726468418e+57 576460752304472575:193 -6280166726468418116738805749917752418399161084798778212352 -10002000000000000200000000000000000000000000000000000000000000000 -576460752304472576:193"),
    ("p999-", "100000000000000000000000000000000", 64, "-8388544:999 -8388672:1000 -536870912:1128 -131072:872 0:0 -1.5744403932561435e+262 0:0 -8388544:999 -8388544:999 -67108864:1064 -1048576:936 64:129 - -5.357543035931337e+300 8388607:999 - - -8388608:1000"),
    ("3", "-ea6742b684fbbffc", 5, "-749641214663049216:64 749641214663049222:64 -2248923643989147657:66 -2:1 -749641214663049216:64 -1.7761419085411331e-19 0:0 -749641214663049216:64 -749641214663049216:64 96:7 0:0 1:1 1:1 3.0 -4:3 3 3 3:2"),
    ("40000000000000000000000000000001", "g834144575.1000-", 1, "-2060217992131694494:1000 2060217992131694528:1000 -436060728033397422:1126 -2:1 -2060217992131694494:1000 -8.383153899817502e-264 17:127 -2060217992131694511:1000 -2060217992131694528:1000 34:128 8:126 5:3 4:64 8.507059173023462e+37 -18:127 85070591730234615865843651857942052865 1000000000000000000000000000000000000000001 17:127"),
    ("o2047", "-1000000000100000000000000000000000001000000080000", 0, "2305561550342585854:2047 281493230846463:2048 -8734519298883080:2240 -620278056938871220:1855 -2114809730917913896:191 overflow 2305561550342585855:2047 -2:1 -2305561550342585856:2047 17179869183:2047 17179869183:2047 1:1 1442878969370801363:1024 overflow -17179869184:2048 - - 17179869183:2047"),
    ("-100000000000000000000000000000000", "-65838f7936036bd6c72f7456d354e14b", 0, "-1390468932408721498:129 -915374076804972581:128 1367977324037801638:255 2:2 -1830748153609945098:126 2.5218219364234042 -64:129 -1390468932408721434:127 915374076804972581:128 -64:129 -64:129 1:1 - -3.402823669209385e+38 63:128 -340282366920938463463374607431768211456 -4000000000000000000000000000000000000000000 -64:129"),
    ("40000001", "o2100", 0, "1140850688:2101 -2305843008207060989:2100 72057593031294975:2131 0:0 1073741825:31 0.0 1073741825:31 67108863:2100 2305843008207060989:2100 1073741825:31 1073741825:31 1073741825:31 32768:16 1073741825.0 -1073741826:31 1073741825 10000000001 1073741825:31"),
    ("g3989003615.9000", "g1894371333.2047", 65, "586363700501129559:9000 839267472841689449:9000 2103446402309938993:11047 1812513399050599580:6953 1780815967893892862:2044 overflow 1403808730033879622:2047 1488397979680943888:9000 84589249647064266:9000 2181677349887776260:9065 2009247043983948570:8935 2:2 2022421501824888129:4500 overflow -712815586671409505:9000 - - 712815586671409504:9000"),
    ("p2047", "119f24690bd7312eebe10ce5b718956ca", 1000, "982632327830171270:2048 1323210715743261049:2047 1479355622177659947:2176 1712636807651668550:1919 1567980489512430822:127 overflow 0:0 982632327830171270:2048 982632327830171270:2048 288230376151711744:3048 1024:1048 2:2 1442878969370801363:1024 overflow -17179869185:2048 - - 17179869184:2048"),
    ("p499", "b9e7301225f949b7", 127, "1866513425073000892:500 439329584140697155:499 1837628282410755705:563 309973114326762114:436 1532722847273750021:62 1.2218038813447268e+131 0:0 1866513425073000892:500 1866513425073000892:500 65536:627 64:373 1:1 1803531245199697500:250 1.636695303948071e+150 -2049:500 - - 2048:500"),
    ("-80000001", "80000000000000000000000000000001", 200, "2305843007066210335:127 -2147483682:128 -70866960417:159 -2:1 2305843007066210335:127 -1.262177448941366e-29 33:128 -2147483649:32 -2147483682:128 -281474976841728:232 -2:1 3:2 - -2147483649.0 2147483648:32 -2147483649 -20000000001 -2147483649:32"),
    ("-dbbfba91129ab3a7c3dda9cf3", "-1ffffffffffffffff", 63, "-696715344554222987:100 -696715344554222957:100 1227358131458568776:165 29494203528:35 -696714902141170052:65 29494203528.581383 -471907256463:100 -696714872646966524:65 1609128608473983890:100 -481018369003197937:163 -117976814115:37 1:1 - -1.088144048299284e+30 696715344554222971:100 -1088144048299284000595420814579 -1556775651042246531647607566516363 -696715344554222972:100"),
    ("10000000000000001", "p3999-", 1, "-17179869175:3999 17179869193:4000 -154618822656:4064 -2:1 -17179869175:3999 -0.0 0:0 -17179869175:3999 -17179869175:3999 18:66 4:64 1:1 4294967296:33 1.8446744073709552e+19 -10:65 18446744073709551617 2000000000000000000001 9:65"),
    ("g125004856.1000", "40000000", 0, "145922475270907218:1000 145922473123423570:1000 419161683291592559:1030 48423729173737182:970 367825682:29 8.213466646412674e+291 0:0 145922475270907218:1000 145922475270907218:1000 145922474197165394:1000 145922474197165394:1000 2:2 381953894960755493:500 8.819142658282308e+300 -145922474197165395:1000 - - 145922474197165394:1000"),
    ("755c5f37a6321418a0cbe076da52e31e9129c4fad0798eb1", "81200080", 1, "1054007908233490232:191 1054007903900773944:191 1633589885818199026:222 1243299566322236232:160 882403121:30 1.328348747358434e+48 2149580928:32 1054007906083909304:191 1054007903934328376:191 2108015812134264176:192 1679925457640413019:190 269:9 1094720700934264266:96 2.877679126912142e+57 -1054007906067132089:191 2877679126912142000383931746800636695095652604693418970801 3525613715723062050142406276016666451343075104516117532036307261 1054007906067132088:191"),
    ("0", "-fffffffffffffffffffffffff", 64, "-549755813887:100 549755813887:100 0:0 0:0 0:0 -0.0 0:0 -549755813887:100 -549755813887:100 0:0 0:0 549755813887:100 0:0 0.0 -2:1 0 0 0:0"),
    ("q2099-", "0", 1000, "-33554433:2100 -33554433:2100 0:0 - - - 0:0 -33554433:2100 -33554433:2100 -562949970198528:3100 -3:1100 33554433:2100 - overflow 33554432:2100 - - -33554433:2100"),
    ("-7fffffffffffffffffffffffffffffffffffffffffffffff", "988af12cf68057213d12af6ec39ed773", 127, "-2203886573863202907:191 -101956435350491554:192 -634617913024647784:319 -1643772349837496320:64 1479625548131108187:127 -1.547883040511966e+19 1:1 -2203886573863202908:191 -2203886573863202909:191 -8160:318 -8:65 1:1 - -3.1385508676933404e+57 254:191 -3138550867693340381917894711603833208051177722232017256447 -3777777777777777777777777777777777777777777777777777777777777777 -255:191"),
    ("o6000-", "o2100-", 1000, "-71303166:6001 -2305843009150779391:6000 281474905407489:8100 144115190223339520:3901 -2147483647:1800 overflow -4194303:6000 -67108863:2100 2305843009150779391:6000 -70368727400448:7000 -576460752303423488:5001 72057594037927935:300 - overflow 4194302:6000 - - -4194303:6000"),
    ("q2047", "o2049-", 63, "-51539607550:2049 85899345920:2050 -51539608063:4097 -2:1 -51539607550:2049 -0.25 1:1 -51539607551:2049 -51539607552:2049 68719476740:2111 4294967296:1985 1:1 1442878969370801363:1024 overflow -17179869186:2048 - - 17179869185:2048"),
    ("-3", "p2046-", 5, "-8589934595:2047 8589934589:2046 25769803776:2048 0:0 -3:2 0.0 -8589934592:2047 -3:2 8589934589:2046 -96:7 -2:1 1:1 - -3.0 2:2 -3 -3 -3:2"),
    ("4000000000000001", "-800000000000000000000000000000000000000000000000", 200, "-253:191 259:192 -768:254 -2:1 -253:191 -1.4693679385278594e-39 0:0 -253:191 -253:191 393216:263 0:0 1:1 2147483648:32 4.611686018427388e+18 -4:63 4611686018427387905 400000000000000000001 3:63"),
    ("1", "p999-", 63, "-8388607:999 8388609:1000 -8388608:1000 -2:1 -8388607:999 -1.8665272370064378e-301 0:0 -8388607:999 -8388607:999 4:64 0:0 1:1 1:1 1.0 -2:2 1 1 1:1"),
    ("ffffffffffffffffffffffffffffffff", "-800000000000000000000000000000000000000000000000", 5, "-193:191 319:192 -16128:319 -2:1 -193:191 -1.0842021724855044e-19 0:0 -193:191 -193:191 2016:133 1:123 1:1 7:64 3.402823669209385e+38 -64:129 340282366920938463463374607431768211455 3777777777777777777777777777777777777777777 63:128"),
    ("ffffffffffffffff", "400000000000000000000000000000000000000000000000", 0, "135:191 -121:190 896:254 0:0 7:64 1.1754943508222875e-38 0:0 135:191 135:191 7:64 7:64 1:1 4294967295:32 1.8446744073709552e+19 -8:65 18446744073709551615 1777777777777777777777 7:64"),
    ("p8999", "100000001", 1, "8589934593:9000 2305843009213693950:8999 4294967304:9032 1317624654616517467:8967 4294967169:32 overflow 0:0 8589934593:9000 8589934593:9000 8589934592:9001 2147483648:8999 1:1 492594291145375184:4500 overflow -4294967297:9000 - - 4294967296:9000"),
    ("8000000000000000000000001", "q499", 1000, "274877908994:500 -2305842734335789055:499 563224831330305:599 0:0 274877906945:100 3.8725919148493183e-121 1:1 274877908993:500 274877908992:500 16777218:1100 0:0 3:2 796131459065721:50 6.338253001141147e+29 -274877906946:100 633825300114114700748351602689 1000000000000000000000000000000001 274877906945:100"),
    ("10b1497f39071d491", "-1", 5, "798430106307646616:65 798430106307646618:65 -798430106307646617:65 -798430106307646617:65 0:0 -1.9245174180017197e+19 798430106307646617:65 -2:1 -798430106307646618:65 185490300494058283:70 601411693125537444:60 1:1 4386932205:33 1.9245174180017197e+19 -798430106307646618:65 19245174180017198225 2054244577162034352221 798430106307646617:65"),
    ("2", "-7fffffff", 0, "-2147483645:31 2147483649:32 -4294967294:32 -2:1 -2147483645:31 -9.313225750491594e-10 0:0 -2147483645:31 -2147483645:31 2:2 2:2 1:1 1:1 2.0 -3:2 2 2 2:2"),
    ("o4000", "q8999-", 1000, "-2305842979148922881:8999 38654705664:9000 -30064771135:12999 -2:1 -2305842979148922881:8999 -0.0 34359738367:4000 -4294967297:9000 -38654705664:9000 576460752286646272:5000 2047:3000 3:2 281474976710655:2000 overflow -34359738368:4001 - - 34359738367:4000"),
    ("p3999-", "-6b70cb678a3581da5e3f7cff00e562a6", 63, "-1857128187840000403:4000 -448714855733431916:3999 740215757328811882:4126 1083783382946870936:3873 -1753906654341410292:125 overflow -17179869184:4000 -1857128170660131219:127 448714855733431916:3999 -68719476736:4063 -4294967296:3937 2:2 - overflow 17179869183:3999 - - -17179869184:4000"),
    ("q3999", "1ffffffff", 0, "25769803776:4000 8589934594:3999 2305843000623759422:4032 2305842992033824767:3967 65:7 overflow 1:1 25769803775:4000 25769803774:4000 17179869185:4000 17179869185:4000 1:1 1494000528685958716:2000 overflow -17179869186:4000 - - 17179869185:4000"),
    ("-800000000000000000080008000000000000000100000000", "fffffffffffffffffffffffff", 5, "-18014127926542593:192 -18015227438170367:192 -2287969073314726655:292 -1073774593:92 269509165055:99 -2.4758800785707605e+27 270582939648:99 -18014398509482241:192 -18014669092421889:192 -576469685835407360:197 -562958677573640:187 275:9 - -3.1385508676933404e+57 18014677682356479:192 -3138550867693340381917936250612526786786320666955297587200 -4000000000000000000000000200001000000000000000000000040000000000 -18014677682356480:192"),
    ("400000000000000000000000000000000000000000000001", "-10000080080000040", 0, "2305834210973188152:190 8798240506057:191 -1134973025264712:255 -1146432805127228160:126 -294847189843107072:62 -8.507055115553124e+37 128:191 -8798240505927:65 -8798240506055:191 129:191 129:191 1:1 17179869184:96 1.5692754338466702e+57 -130:191 1569275433846670190958947355801916604025588861116008628225 2000000000000000000000000000000000000000000000000000000000000001 129:191"),
    ("3", "-2", 1000, "1:1 5:3 -6:3 -2:2 -2:1 -1.5 2:2 -2:1 -3:2 50331648:1002 0:0 1:1 1:1 3.0 -4:3 3 3 3:2"),
    ("q2046-", "-3", 63, "-8589934596:2047 -8589934590:2046 25769803779:2048 1537228675672440831:2045 -2:2 overflow -8589934595:2047 -2:1 8589934594:2047 -34359738372:2110 -2147483649:1984 1:1 - overflow 8589934592:2047 - - -8589934593:2047"),
    ("ffffffffffffffffffffffffffffffffffffffffffffffff", "-80000200000001000000000000000400", 1, "2305825417027646942:192 17592186048031:193 -8989607070282720:320 -2305834213122767887:65 -2260807019379310608:126 -3.689347935132818e+19 2305825417027646943:192 -2:1 -2305825417027646944:192 1022:193 255:191 45:6 34359738367:96 6.277101735386681e+57 -512:193 6277101735386680763835789423207666416102355444464034512895 7777777777777777777777777777777777777777777777777777777777777777 511:192"),
    ("g1904203558.4000", "-1000000000100000000000000000000200020000000000000", 1, "602609739090477290:4000 620624139747444458:4000 -2244770528339573066:4192 -1582777856239169300:3808 -103764923990230970:191 overflow 605284227842248080:4000 -2674488751770790:70 -607958716594018870:4000 1223233878837921748:4001 305808469709480437:3999 2:2 1599227786242917985:2000 overflow -611616939418960875:4000 - - 611616939418960874:4000"),
    ("10000000000000000", "-4000000000000000", 1000, "6:64 10:65 -16:127 -4:3 0:0 -4.0 8:65 -2:63 -10:65 134217728:1065 0:0 2:63 4294967296:33 1.8446744073709552e+19 -9:65 18446744073709551616 2000000000000000000000 8:65"),
    ("2", "g3048357905.6000", 200, "26649065390102118:6000 -26649065390102114:6000 53298130780204232:6001 0:0 2:2 0.0 2:2 26649065390102116:6000 26649065390102114:6000 262144:202 0:0 1:1 1:1 2.0 -3:2 2 2 2:2"),
    ("p499-", "800000000000000000020000000000000000000002008000", 127, "-2301339409552738047:499 -4503599660960000:500 -68787109892:691 -35888060603292697:308 112660016100573936:191 -5.2148120994162844e+92 0:0 -2301339409552738047:499 -2301339409552738047:499 -65536:627 -64:373 32768:16 - -1.636695303948071e+150 2047:499 - - -2048:500"),
    ("40000000000000000000000000000001", "8000000000000000", 63, "21:127 13:126 68:190 4:64 1:1 9.223372036854776e+18 0:0 21:127 21:127 68:190 4:64 1:1 4:64 8.507059173023462e+37 -18:127 85070591730234615865843651857942052865 1000000000000000000000000000000000000000001 17:127"),
    ("q3999", "-3", 5, "17179869182:3999 17179869188:4000 -51539607555:4001 -768614342131187712:3998 0:0 overflow 17179869185:4000 -3:2 -17179869188:4000 549755813920:4005 536870912:3995 3:2 1494000528685958716:2000 overflow -17179869186:4000 - - 17179869185:4000"),
    ("g2564722105.6000", "-3", 200, "1707736762330849381:6000 1707736762330849387:6000 -511524268565160250:6002 -569245587443616462:5999 -2:2 overflow 1707736762330849384:6000 -3:2 -1707736762330849387:6000 1374478828177554225:6200 686317995967841839:5800 1:1 897746636025558314:3000 overflow -1707736762330849385:6000 - - 1707736762330849384:6000"),
    ("3", "q2048", 1000, "34359738372:2049 -34359738366:2048 103079215107:2050 0:0 3:2 0.0 1:1 34359738371:2049 34359738370:2049 50331648:1002 0:0 1:1 1:1 3.0 -4:3 3 3 3:2"),
    ("-1", "o2047", 1000, "17179869182:2047 -17179869184:2048 -17179869183:2047 -2:1 17179869182:2047 -0.0 17179869183:2047 -2:1 -17179869184:2048 -16777216:1001 -2:1 1:1 - -1.0 0:0 -1 -1 -2:1"),
    ("40000000", "77f96d92c3dd12738f449cd31db895517f3404107f16640d", 1, "1708077409399450732:191 -1708077407251967084:191 1803668677777202868:221 0:0 1073741824:31 3.6499956003088545e-49 1073741824:31 1708077408325708908:191 1708077407251967084:191 2147483648:32 536870912:30 1:1 32768:16 1073741824.0 -1073741825:31 1073741824 10000000000 1073741824:31"),
    ("q3999", "-ffffffffffffffff", 63, "17179869178:3999 17179869192:4000 -120259084295:4063 -2147483649:3936 -2305843007066210309:64 overflow 17179869185:4000 -7:64 -17179869192:4000 68719476740:4063 4294967296:3937 3:2 1494000528685958716:2000 overflow -17179869186:4000 - - 17179869185:4000"),
    ("g1440518512.9000", "-8d2b4ea84df03128509e0fe3987e464adadc36f86a730614", 0, "1052736381363189215:9000 278328701004512530:9000 -1799726742513818293:9191 -213442285254401136:8809 -805132902313485414:191 overflow 1295138854477274717:9000 -242402473114085502:188 -1537541327591360219:9000 1818454045790697848:9000 1818454045790697848:9000 2:2 2201020120336062262:4500 overflow -1818454045790697849:9000 - - 1818454045790697848:9000"),
    ("8000000000000000000000000", "8000000000000000000000000", 5, "549755813888:101 0:0 32768:199 1:1 0:0 1.0 274877906944:100 274877906944:100 0:0 8796093022208:105 8589934592:95 274877906944:100 796131459065721:50 6.338253001141147e+29 -274877906945:100 633825300114114700748351602688 1000000000000000000000000000000000 274877906944:100"),
    ("-80000000", "426751abf866b6ab50e70815e2324b212221597d5042e32a", 200, "229126308913932172:191 -229126313208899468:191 -2144122192059176105:222 -2:1 229126308913932172:191 -1.3189219750051244e-48 229126309714855010:191 -800922838:30 -229126310515777848:191 -281474976710656:232 -2:1 2:2 - -2147483648.0 2147483647:31 -2147483648 -20000000000 -2147483648:32"),
    ("-ddd5428e92d0d4af", "o9000", 0, "156145440548399945:9000 -2149697585845163188:9001 -561937154138395699:9064 -2:1 156145440548399945:9000 -0.0 156145440548399946:9000 -2:1 -156145440548399947:9000 -2149697577255228597:64 -2149697577255228597:64 1107:11 - -1.5984755632537393e+19 2149697577255228596:64 -15984755632537392303 -1567252050722264152257 -2149697577255228597:64"),
    ("-10000000000804400", "-db083346e7315eaaa4ddeaec76f853c87e92957230675e7b", 64, "-544582129384811814:192 544582129367999766:192 1075904308426804219:256 0:0 -8406024:65 3.4347322453225467e-39 -544582129384794795:192 -17019:15 544582129384777776:192 -67248192:129 -2:2 1:1 - -1.8446744073717957e+19 8406023:65 -18446744073717957632 -2000000000000040042000 -8406024:65"),
    ("1", "1148f145fde258987", 127, "1481425204409633168:65 -1481425204409633166:65 1481425204409633167:65 0:0 1:1 5.0180224086011966e-20 1:1 1481425204409633167:65 1481425204409633166:65 32:128 0:0 1:1 1:1 1.0 -2:2 1 1 1:1"),
    ("o4000-", "-1000020000004000400000000000000000000000000000000", 1000, "-2251834190201599:4001 -2303591243742969086:4000 574235340785581312:4193 1298166399908695009:3808 -2194154452866220351:192 overflow -34359738368:4001 -2251799830463231:193 2303591243742969088:4000 -576460752286646272:5000 -2048:3001 11:4 - overflow 34359738366:4000 - - -34359738367:4000"),
    ("-7fffffffffffffff", "80000000000000000000000000000000", 0, "29:127 -35:128 -96:190 -2:1 29:127 -5.421010862427522e-20 32:128 -3:63 -35:128 -3:63 -3:63 1:1 - -9.223372036854776e+18 2:63 -9223372036854775807 -777777777777777777777 -3:63"),
    ("8000402800000000", "q999", 65, "70540551258117:1000 -2305772468679213052:999 1441222421334982916:1063 0:0 70540542869508:64 1.7215806789677564e-282 0:0 70540551258117:1000 70540551258117:1000 1128648685912128:129 0:0 1:1 3037012113:32 9.223442577397645e+18 -70540542869509:64 9223442577397645312 1000002002400000000000 70540542869508:64"),
    ("g2605461214.2048-", "p999", 200, "-2078845848132553201:2048 -2078845848149330417:2048 -319929592614970925:3047 -772566170191929934:1049 1043805731321436385:998 overflow 8388608:1000 -2078845848140941809:2048 -2078845848149330417:2048 -1626294765737987480:2248 -1303830168013283636:1848 2:2 - overflow 2078845848140941808:2048 - - -2078845848140941809:2048"),
    ("1ffffffffffffffff", "8000000000000000", 200, "19:66 11:65 60:128 3:2 3:63 4.0 4:64 15:65 11:65 1966080:265 0:0 1:1 6074000999:33 3.6893488147419103e+19 -16:66 36893488147419103231 3777777777777777777777 15:65"),
    ("40000001", "7fffffffffffffffffffffffffffffffffffffffffffffff", 5, "1073742080:192 -2305843008139952381:191 273804165375:222 0:0 1073741825:31 3.421138832104194e-49 1073741825:31 255:191 2305843008139952381:191 34359738400:36 33554432:26 1:1 32768:16 1073741825.0 -1073741826:31 1073741825 10000000001 1073741825:31"),
    ("o1000", "g200561436.4000-", 200, "-906576899738166591:4000 906576899771721021:4000 -1622044642514878776:5000 -2:1 -906576899738166591:4000 -0.0 728631233047724370:998 -1635208132785890961:4000 -57996356619921380:4000 2199023124480:1200 127:800 15:4 4095:500 1.0715086071862673e+301 -16777216:1001 - - 16777215:1000"),
    ("40000000000000000000000000000000", "p3999", 127, "17179869200:4000 -17179869168:3999 274877906944:4126 0:0 16:127 0.0 0:0 17179869200:4000 17179869200:4000 512:254 0:0 16:127 4:64 8.507059173023462e+37 -17:127 85070591730234615865843651857942052864 1000000000000000000000000000000000000000000 16:127"),
    ("1ffffffffffffffffffffffffffffffff", "7fffffffffffffffffffffffffffffff", 64, "158:130 96:129 3937:256 4:3 3:2 4.0 31:127 127:129 96:129 1016:193 15:65 1:1 723362549314930963:65 6.80564733841877e+38 -128:130 680564733841876926926749214863536422911 7777777777777777777777777777777777777777777 127:129"),
    ("400000000000000000000000000000000000000000000000", "ffffffff", 63, "4294967423:191 2305843004918726784:190 549755813760:222 78383153170:159 1073741824:31 3.653754094177963e+47 0:0 4294967423:191 4294967423:191 512:254 32:128 1:1 17179869184:96 1.5692754338466702e+57 -129:191 1569275433846670190958947355801916604025588861116008628224 2000000000000000000000000000000000000000000000000000000000000000 128:191"),
    ("-800000000000000000000000000001000000000000020008", "-1000000000000000000000000000000000000000000000001", 1, "-133897:193 2305843009213561080:191 68425992:384 0:0 -133384:192 0.5 -133896:193 -2:1 133895:193 -266768:193 -66692:191 1:1 - -3.1385508676933404e+57 133383:192 -3138550867693340381917894711603833212773544205101662601224 -4000000000000000000000000000000000000001000000000000000000400010 -133384:192"),
    ("-e19f685817451e2b2cc98f4df", "g2622502967.4000", 0, "1730081064442642786:4000 -46797237930820408:4000 -808423341745983280:4100 -2:1 1730081064442642786:4000 -0.0 2018806567712845160:4000 -288725503270202374:99 -1689061769353583:4000 -1464201095957782762:100 -1464201095957782762:100 1:1 - -1.1172294266596135e+30 1464201095957782761:100 -1117229426659613488615135966431 -1606373205402721217053131446172337 -1464201095957782762:100"),
    ("80000000000000000000000000000001", "p2048", 63, "34359738401:2049 -34359738335:2048 1133871366144:2176 0:0 33:128 0.0 0:0 34359738401:2049 34359738401:2049 132:191 8:65 1:1 1514602779264312457:64 1.7014118346046923e+38 -34:128 170141183460469231731687303715884105729 2000000000000000000000000000000000000000001 33:128"),
    ("o2047-", "-19996a090544fea5d99755f855f598095cf05060d22d83a59", 1000, "-24811928117238176:2048 -2281031115456194141:2047 442267792732188677:2240 218277484966244163:1855 -1848277788141571655:193 overflow -17179869183:2047 -24811910937368993:193 2281031115456194141:2047 -288230376134934528:3047 -1024:1048 1:1 - overflow 17179869182:2047 - - -17179869183:2047"),
    ("3", "-15a902b16", 1, "-5814364947:33 5814364953:33 -17443094850:35 -2:1 -5814364947:33 -5.159634845418501e-10 2:2 -5814364949:33 -5814364951:33 6:3 1:1 3:2 1:1 3.0 -4:3 3 3 3:2"),
    ("p5999-", "g3231832726.2100", 1, "-2123789905558600008:5999 -182053103659288247:6000 -768347319029630664:8099 -2157188347243546725:3900 573949660711259686:2100 overflow 0:0 -2123789905558600008:5999 -2123789905558600008:5999 -4194304:6001 -1048576:5999 1:1 - overflow 2097151:5999 - - -2097152:6000"),
    ("-8000000000000000000000001", "0", 1, "-274877906945:100 -274877906945:100 0:0 - - - 0:0 -274877906945:100 -274877906945:100 -549755813890:101 -137438953473:99 274877906945:100 - -6.338253001141147e+29 274877906944:100 -633825300114114700748351602689 -1000000000000000000000000000000001 -274877906945:100"),
    ("0", "q5999-", 64, "-2097153:6000 2097153:6000 0:0 0:0 0:0 -0.0 0:0 -2097153:6000 -2097153:6000 0:0 0:0 2097153:6000 0:0 0.0 -2:1 0 0 0:0"),
    ("-fffffffffffffffffffffffff", "8000000000000000", 1000, "-549755813883:100 -549755813891:101 -2199023255548:163 -137438953472:38 1:1 -137438953472.0 0:0 -549755813883:100 -549755813883:100 -2305843009196916739:1100 -2:1 1:1 - -1.2676506002282294e+30 549755813886:100 -1267650600228229401496703205375 -1777777777777777777777777777777777 -549755813887:100"),
    ("p2046", "4000000000000000", 64, "8589934594:2047 8589934590:2046 17179869184:2109 4294967296:1985 0:0 overflow 0:0 8589934594:2047 8589934594:2047 68719476736:2111 1073741824:1983 2:63 140737488355328:1024 overflow -8589934593:2047 - - 8589934592:2047"),
    ("4002000020000020", "p8999", 127, "562954785259554:9000 -2305280063018368989:8999 146029936641:9062 0:0 562950490292258:63 0.0 0:0 562954785259554:9000 562954785259554:9000 18014415689352256:190 0:0 32:6 2147614716:32 4.61224896891768e+18 -562950490292259:63 4612248968917680160 400020000004000000040 562950490292258:63"),
    ("-2", "-40002000010000000000100000000000", 65, "-299067296972818:127 299067296972814:127 598134593945632:128 0:0 -2:2 2.3509707651525236e-38 -299067296972816:127 -2:2 299067296972814:127 -32:67 -2:1 2:2 - -2.0 1:1 -2 -2 -2:2"),
    ("534ced7b73dbd1d726717573ada26718", "p499", 5, "61046325671689702:500 -2244796683542008345:499 507352478076842038:626 0:0 61046325671687654:127 6.765178262337479e-113 0:0 61046325671689702:500 61046325671689702:500 1953482421494004928:132 1010714014208231342:122 8:4 1299239564995462632:64 1.1072535492339323e+38 -61046325671687655:127 110725354923393240878553609910268094232 1232316657334755721656231613527165550463430 61046325671687654:127"),
    ("q2048", "g3919298013.2047", 1000, "489138654105593697:2049 1816704423827576992:2048 417990329112831563:4095 3:2 838427184335866336:2044 3.1956522137680112 0:0 489138654105593697:2049 489138654105593697:2049 576460752320200704:3049 2048:1049 1:1 281474976710656:1025 overflow -34359738370:2049 - - 34359738369:2049"),
    ("100000000", "b2a66addba4944ac7d61acaa48d91572", 0, "1338980420332763906:128 -1338980411742829314:128 1955471545478945984:160 0:0 4294967296:33 1.808661088847138e-29 0:0 1338980420332763906:128 1338980420332763906:128 4294967296:33 4294967296:33 2:2 65536:17 4294967296.0 -4294967297:33 4294967296 40000000000 4294967296:33"),
    ("g3784833046.1000", "-3", 64, "303282305897783703:1000 303282305897783709:1000 -909846917693351118:1002 -101094101965927902:999 0:0 -3.3253980438133944e+300 303282305897783706:1000 -3:2 -303282305897783709:1000 120415437968575697:1064 1829104739241623047:936 3:2 41036109202782115:500 9.976194131440184e+300 -303282305897783707:1000 - - 303282305897783706:1000"),
    ("-1000000000000000000000000000000000000000000000000", "p2048-", 5, "-34359738880:2049 34359737856:2048 17592186044416:2241 0:0 -512:193 0.0 -34359738368:2049 -512:193 34359737856:2048 -16384:198 -16:188 512:193 - -6.277101735386681e+57 511:192 -6277101735386680763835789423207666416102355444464034512896 -10000000000000000000000000000000000000000000000000000000000000000 -512:193"),
    ("1", "8000000000000000", 63, "5:64 -3:63 4:64 0:0 1:1 1.0842021724855044e-19 0:0 5:64 5:64 4:64 0:0 1:1 1:1 1.0 -2:2 1 1 1:1"),
    ("0", "5f3aab5f36293ed9", 5, "2250299389243899611:63 -2250299389243899611:63 0:0 0:0 0:0 0.0 0:0 2250299389243899611:63 2250299389243899611:63 0:0 0:0 2250299389243899611:63 0:0 0.0 -2:1 0 0 0:0"),
    ("g3265555059.2047", "q499", 200, "150336149326632061:2047 150336149326627963:2047 1361649744843599105:2546 566070066061204723:1548 111804424406209938:499 overflow 1:1 150336149326632060:2047 150336149326632059:2047 1431250809034121569:2247 2184740270918963895:1847 3:2 1494916285406623974:1024 overflow -150336149326630013:2047 - - 150336149326630012:2047"),
    ("p2048", "400000080000008000000000000000000000008000000000", 63, "2783138816128:2049 2305840294794354559:2048 285873023262720:2239 14731590379317754:1858 297856312680493412:190 overflow 0:0 2783138816128:2049 2783138816128:2049 137438953472:2112 8589934592:1986 549755813888:40 281474976710656:1025 overflow -34359738369:2049 - - 34359738368:2049"),
    ("q2047", "80000001", 5, "19327352834:2048 15032385536:2047 19327352849:2079 2305842987738857489:2016 3:2 overflow 1:1 19327352833:2048 19327352832:2048 549755813920:2053 536870912:2043 3:2 1442878969370801363:1024 overflow -17179869186:2048 - - 17179869185:2048"),
    ("100000000", "-10000000000000000", 1, "-2305843004918726663:64 4294967304:65 -34359738368:97 -2:1 -2305843004918726663:64 -2.3283064365386963e-10 0:0 -2305843004918726663:64 -2305843004918726663:64 8589934592:34 2147483648:32 4294967296:33 65536:17 4294967296.0 -4294967297:33 4294967296 40000000000 4294967296:33"),
    ("1", "800000000000000000000000000000000000000000000000", 0, "257:192 -255:191 256:192 0:0 1:1 3.1861838222649046e-58 0:0 257:192 257:192 1:1 1:1 1:1 1:1 1.0 -2:2 1 1 1:1"),
    ("-ac1341f26fdccfc09f5b222c6", "p5999-", 1000, "-2147368611586710525:6000 158474397631177730:5999 864667366544231676:6099 0:0 -2147368611584613373:100 0.0 -2097152:6000 -2147368611584613373:100 158474397631177730:5999 -2305652913926465506:1100 -2:1 2:2 - -8.520752432934085e+29 2147368611584613372:100 -852075243293408447982923293382 -1260232037115767147700476554421306 -2147368611584613373:100"),
    ("5008000000008000", "15da195a74201870ad75261798efa2a03", 63, "1470159967989719731:129 -1465656368362283694:129 1716025423677114831:191 0:0 1155173304420564994:63 1.2408797849470924e-20 1152921504606846978:63 317238463382872753:129 1470159967989719726:129 9007199254872074:126 0:0 7:3 2401428600:32 5.766859322847953e+18 -1155173304420564995:63 5766859322847952896 500100000000000100000 1155173304420564994:63"),
    ("0", "14000000000000010", 1000, "26:65 -26:65 0:0 0:0 0:0 0.0 0:0 26:65 26:65 0:0 0:0 26:65 0:0 0.0 -2:1 0 0 0:0"),
    ("8400000000000400004000000", "80000000008a0000", 5, "70652288172036:100 70652270084092:100 258720618202005781:163 70866960383:37 1664994856063860739:63 70866960383.93053 0:0 70652288172036:100 70652288172036:100 2260872932098048:105 2207883722752:95 131072:18 808475318573598:50 6.536323407426809e+29 -70652279128065:100 653632340742680855515548876800 1020000000000000002000000400000000 70652279128064:100"),
    ("-3", "-800000000000000000000000000000000000000000000000", 0, "-259:192 253:191 768:193 0:0 -3:2 9.558551466794714e-58 -256:192 -3:2 253:191 -3:2 -3:2 1:1 - -3.0 2:2 -3 -3 -3:2"),
    ("2", "41f49f0a3f93dbd8", 5, "140912354720472028:63 -140912354720472024:63 281824709440944052:64 0:0 2:2 4.208224307991146e-19 0:0 140912354720472028:63 140912354720472028:63 64:7 0:0 2:2 1:1 2.0 -3:2 2 2 2:2"),
    ("q3999", "100310000", 64, "21478047745:4000 12881690625:3999 55169099733467168:4032 2254477046928701855:3967 1041563649:30 overflow 0:0 21478047745:4000 21478047745:4000 137438953480:4064 2147483648:3936 1:1 1494000528685958716:2000 overflow -17179869186:4000 - - 17179869185:4000"),
    ("-1ffffffff", "-3", 200, "-8589934594:34 -8589934588:33 25769803773:35 2863311530:32 -2:1 2863311530.3333335 -8589934591:33 -3:2 8589934588:33 -1125899906711552:233 -2:1 1:1 - -8589934591.0 8589934590:33 -8589934591 -77777777777 -8589934591:33"),
    ("p499", "q3999", 1000, "17179871233:4000 -17179867137:3999 35184372090880:4499 0:0 2048:500 0.0 0:0 17179871233:4000 17179871233:4000 34359738368:1500 0:0 1:1 1803531245199697500:250 1.636695303948071e+150 -2049:500 - - 2048:500"),
    ("g2163243032.4000-", "g3472800340.9000", 127, "553211658377686707:9000 -233921031319153156:9000 -102418397085828709:12999 -2:1 553211658377686707:9000 -0.0 1520076961347059246:9000 -966865302969372539:4000 -181099255102737834:9000 -1808878994704545037:4127 -2195347835763334811:3873 1:1 - overflow 993276191077580199:4000 - - -993276191077580200:4000"),
    ("0", "o2047", 1000, "17179869183:2047 -17179869183:2047 0:0 0:0 0:0 0.0 0:0 17179869183:2047 17179869183:2047 0:0 0:0 17179869183:2047 0:0 0.0 -2:1 0 0 0:0"),
    ("g2031824304.4000-", "400000000000000000000000000000000000000000000001", 65, "-2013920086898393170:4000 -2013920086898393428:4000 -1541274177959013059:4190 -426702937059745224:3810 2302212591107473675:190 overflow 129:191 -2013920086898393299:4000 -2013920086898393428:4000 -2246762270596271421:4065 -1244445340901088317:3935 1:1 - overflow 2013920086898393298:4000 - - -2013920086898393299:4000"),
    ("80000001", "1000000000000010800000000000000000080000000000000", 63, "36028799166465025:193 -36028794871497727:193 36066180447880192:224 0:0 2147483649:32 3.421138830511102e-49 0:0 36028799166465025:193 36028799166465025:193 8589934596:95 0:0 3:2 46340:16 2147483649.0 -2147483650:32 2147483649 20000000001 2147483649:32"),
    ("400000000000000000000000000000000000000000000000", "g183884909.500-", 0, "-81874198726382111:500 81874198726382367:500 -1256525400122150788:690 -2:1 -81874198726382111:500 -6.366220634082989e-94 128:191 -81874198726382239:500 -81874198726382367:500 128:191 128:191 1:1 17179869184:96 1.5692754338466702e+57 -129:191 1569275433846670190958947355801916604025588861116008628224 2000000000000000000000000000000000000000000000000000000000000000 128:191"),
    ("40000000000000000000000000000001", "o500", 5, "4112:501 -4078:500 69615:627 0:0 17:127 2.598852441411225e-113 17:127 4095:500 4078:500 544:132 1152921504606846976:122 5:3 4:64 8.507059173023462e+37 -18:127 85070591730234615865843651857942052865 1000000000000000000000000000000000000000001 17:127"),
    ("q3999-", "80080420", 64, "-15031860193:3999 -19327878177:4000 -9025343344608304:4031 -728367087214967089:3968 99953247:27 overflow 2148008992:32 -17179869185:4000 -19327878177:4000 -137438953480:4064 -2147483649:3936 1:1 - overflow 17179869184:4000 - - -17179869185:4000"),
    ("40000001", "3", 1000, "1073741828:31 1073741822:30 3221225475:32 357913941:29 2:2 357913941.6666667 1:1 1073741827:31 1073741826:31 18014398526259200:1031 0:0 1:1 32768:16 1073741825.0 -1073741826:31 1073741825 10000000001 1073741825:31"),
    ("3", "100000001", 200, "4294967300:33 -4294967294:32 12884901891:34 0:0 3:2 6.984919307989786e-10 1:1 4294967299:33 4294967298:33 393216:202 0:0 1:1 1:1 3.0 -4:3 3 3 3:2"),
    ("2", "g2054045927.2047", 63, "1626908328604030103:2047 -1626908328604030099:2047 947973647994366251:2048 0:0 2:2 0.0 2:2 1626908328604030101:2047 1626908328604030099:2047 8:65 0:0 2:2 1:1 2.0 -3:2 2 2 2:2"),
    ("1000000000000000000000000000000000000000000000000", "0", 0, "512:193 512:193 0:0 - - - 0:0 512:193 512:193 512:193 512:193 512:193 34359738368:97 6.277101735386681e+57 -513:193 6277101735386680763835789423207666416102355444464034512896 10000000000000000000000000000000000000000000000000000000000000000 512:193"),
    ("g3905246702.4000", "g12070530.2049", 200, "2259227421695093020:4000 1702740217649994875:4000 473715316918510496:6049 2129842503697280057:1952 28901478180364330:2045 overflow 2012719804909106445:2049 246507616785986575:4000 539630821090574081:4000 2059159611672934365:4200 809202649062086184:3800 2:2 2210116526041162309:2000 overflow -828062315065696973:4000 - - 828062315065696972:4000"),
    ("0", "q2099", 127, "33554433:2100 -33554433:2100 0:0 0:0 0:0 0.0 0:0 33554433:2100 33554433:2100 0:0 0:0 33554433:2100 0:0 0.0 -2:1 0 0 0:0"),
    ("10010000008400000", "-3", 0, "4503599765782533:65 4503599765782539:65 -13510799297347608:66 -1538729872731056813:63 -2:1 -6.150415891158445e+18 4503599765782536:65 -3:2 -4503599765782539:65 4503599765782536:65 4503599765782536:65 1:1 4295491552:33 1.8451247673475334e+19 -4503599765782537:65 18451247673475334144 2000200000001020000000 4503599765782536:65"),
    ("13f0aa5e3224d34a3950316827fd429257495b62e79531259", "q8999", 64, "2258523379017549544:9000 -47319638786079001:8999 763758104314683200:9192 0:0 2258523374722582247:193 0.0 1:1 2258523379017549543:9000 2258523379017549542:9000 1927285933284800319:257 961595054919372433:129 1:1 2277081446097734879:97 7.822877116078397e+57 -2258523374722582248:193 7822877116078397874142967215617319849511453657481878901337 11760524570621115151216250061320237752051112722255542717124611131 2258523374722582247:193"),
    ("-4000000000000001", "p2047", 64, "17179869181:2047 -17179869187:2048 -51539607552:2110 -2:1 17179869181:2047 -0.0 17179869184:2048 -3:63 -17179869187:2048 -24:127 -2:1 1:1 - -4.611686018427388e+18 2:63 -4611686018427387905 -400000000000000000001 -3:63"),
    ("g2684967375.2048-", "-ffffffff", 200, "-1708879560721481864:2048 -1708879552131547274:2048 1514220624736585390:2080 1553637791186209341:2016 -1300529168:31 overflow -1708879560670896645:2048 -50585219:26 1708879560620311426:2048 -1282990936314575730:2248 -395032366151261275:1848 1:1 - overflow 1708879556426514568:2048 - - -1708879556426514569:2048"),
    ("194c6b6b9a44ac71c", "8000000000000000000000000", 0, "1497085109466744616:100 -808758449502763223:99 1347080043375719240:164 0:0 1497084834588837672:65 4.601772908071335e-11 0:0 1497085109466744616:100 1497085109466744616:100 1497084834588837672:65 1497084834588837672:65 4:3 5400666713:33 2.9167200945153163e+19 -1497084834588837673:65 29167200945153165084 3123065553464422543434 1497084834588837672:65"),
    ("-48000001000000000100000000000000", "0", 1000, "-72057628397666322:127 -72057628397666322:127 0:0 - - - 0:0 -72057628397666322:127 -72057628397666322:127 -576460752605937664:1127 -2:1 72057628397666322:127 - -9.57044157757421e+37 72057628397666321:127 -95704415775742105363410503527766687744 -1100000000100000000000004000000000000000000 -72057628397666322:127"),
    ("40000000000000000000000080200400", "p2046", 5, "10739516432:2047 -6440352752:2046 18023332041457672:2173 0:0 2149581840:127 0.0 0:0 10739516432:2047 10739516432:2047 68786618880:132 1152921504674021408:122 1024:11 4:64 8.507059173023462e+37 -2149581841:127 85070591730234615865843651860091634688 1000000000000000000000000000000020010002000 2149581840:127"),
    ("g663146046.1000", "800001000000000000000000000000000000008000000080", 64, "1396363570278897238:1000 1396221733278913366:1000 1779266353944593617:1191 1832549291916618254:809 603227001138982354:191 2.313159002611189e+243 70368744177664:169 1396293201534719574:1000 1396222832790541910:1000 1946969177376466612:1064 921257054122967415:936 1:1 1389327949027821686:500 7.25996806021354e+300 -1396292651778905303:1000 - - 1396292651778905302:1000"),
    ("-12198b0ce5e248f7a", "-8000000000000001", 64, "-115036190887153544:65 -115036190887153534:64 575180954435767695:128 2:2 -115036190887153529:62 2.262472248807431 -115036190887153543:65 -2:1 115036190887153542:65 -920289527097228312:129 -2:2 3:2 - -2.08676232738104e+19 115036190887153538:65 -20867623273810399098 -2206305414713611107572 -115036190887153539:65"),
    ("g4108765197.2100", "0", 65, "572578187697533013:2100 572578187697533013:2100 0:0 - - - 0:0 572578187697533013:2100 572578187697533013:2100 2243721975519446355:2165 848411284006745501:2035 572578187697533013:2100 1966362295883173654:1050 overflow -572578187697533014:2100 - - 572578187697533013:2100"),
    ("7fffffffffffffffffffffffffffffff", "8000000000000000000000000", 127, "274877906975:128 2305842734335787038:127 8521215115264:226 268435455:28 274877906943:99 268435456.0 274877906944:100 31:127 2305842734335787038:127 992:254 0:0 1:1 1514602779264312457:64 1.7014118346046923e+38 -32:128 170141183460469231731687303715884105727 1777777777777777777777777777777777777777777 31:127"),
    ("q999-", "607394257a91c225a21581e75a065bb8c1a27a4bf3ef5561", 1, "-1210462360841306800:999 -1095380648389164369:1000 -137320498556013468:1190 -933920847856591295:809 1309594210253711824:191 -2.265361802193608e+243 1095380648380775760:191 -8388609:1000 -1095380648389164369:1000 -16777218:1001 -4194305:999 3:2 - -5.357543035931337e+300 8388608:1000 - - -8388609:1000"),
    ("-800000000000000000000000000000000000000000000000", "p5999", 5, "2096896:5999 -2097408:6000 -536870912:6191 -2:1 2096896:5999 -0.0 2097152:6000 -256:192 -2097408:6000 -8192:197 -8:187 256:192 - -3.1385508676933404e+57 255:191 -3138550867693340381917894711603833208051177722232017256448 -4000000000000000000000000000000000000000000000000000000000000000 -256:192"),
    ("-7fffffffffffffffffffffffffffffffffffffffffffffff", "-2", 127, "-257:192 -253:191 510:192 127:190 -2:1 1.5692754338466702e+57 -256:192 -2:1 255:191 -8160:318 -8:65 1:1 - -3.1385508676933404e+57 254:191 -3138550867693340381917894711603833208051177722232017256447 -3777777777777777777777777777777777777777777777777777777777777777 -255:191"),
    ("-40000000", "q2048", 64, "33285996545:2048 -35433480193:2049 -1073741840:2079 -2:1 33285996545:2048 -0.0 34359738368:2049 -1073741823:30 -35433480191:2049 -8589934592:95 -2:1 1:1 - -1073741824.0 1073741823:30 -1073741824 -10000000000 -1073741824:31"),
    ("q2046", "1ffffffffffffffffffffffffffffffff", 1, "8589934720:2047 8589934466:2046 1090921693311:2175 726240901395518504:1918 1125899906842625:112 overflow 1:1 8589934719:2047 8589934718:2047 17179869186:2048 4294967296:2046 1:1 140737488355328:1024 overflow -8589934594:2047 - - 8589934593:2047"),
    ("g2702870833.4000-", "g3312741162.1000", 64, "-1944124895276418408:4000 -1642894333213249954:4000 -192096803662740194:5000 -1560505105990223349:3001 1993323069254052134:998 overflow 1649068554646320973:998 -1287350440709045430:4000 -630575986141672452:4000 -513018858676509742:4064 -1648325402018694699:3936 3:2 - overflow 1793509614244834180:4000 - - -1793509614244834181:4000"),
    ("-8000000000010000010000100", "3", 1, "-4503874773713149:100 -4503874773713155:100 -13511624321139456:101 -770115627995802368:98 1:1 -2.1127510003803973e+29 0:0 -4503874773713149:100 -4503874773713149:100 -9007749547426304:101 -2251937386856576:99 1:1 - -6.338253001141192e+29 4503874773713151:100 -633825300114119204348247408896 -1000000000000000200000002000000400 -4503874773713152:100"),
    ("q5999", "400000000000000000000000000000000000000000000000", 200, "2097281:6000 2097025:5999 268435584:6190 16384:5810 1:1 overflow 0:0 2097281:6000 2097281:6000 274878038016:6200 16:5800 1:1 563563112927236018:3000 overflow -2097154:6000 - - 2097153:6000"),
    ("1ffffffffffffffffffffffffffffffff", "12ca543585d1e539c", 63, "911208546410845220:130 1394634462802848985:129 431334933492629261:194 1438883666144085510:65 1237214612481089862:63 3.1414842785922105e+19 911208546410845093:65 127:129 1394634462802848985:129 508:192 31:66 7:3 723362549314930963:65 6.80564733841877e+38 -128:130 680564733841876926926749214863536422911 7777777777777777777777777777777777777777777 127:129"),
    ("p999", "7c7a4693", 64, "2096776851:1000 2305843007133694316:999 17518670322335744:1030 629955298751784419:969 1763299943:31 2.5653960914064274e+291 0:0 2096776851:1000 2096776851:1000 67108864:1064 1048576:936 1:1 796321441469982956:500 5.357543035931337e+300 -8388609:1000 - - 8388608:1000"),
    ("-7b29bdbaf28d8ca68ea84cc489655287a8872526c5616caf", "-6fa93f25b8318415682681b9605b193bb2eff18f4ac0f2ae", 5, "-480973459064221259:192 -704023064915241153:188 580117059895916088:382 1:1 -704023064915241153:188 1.1030074883943537 -1933827226210405288:191 -852989242067509922:191 1080837984142895366:189 -513200309961846984:196 -1675840233559521628:186 1:1 - -3.0199492307667956e+57 592498261989731205:191 -3019949230766795699412396943006962560387143426599746104495 -3662467556571215431232165204630442262522417242071122330530266257 -592498261989731206:191"),
    ("440fc715", "100000000000000000000000000000000", 5, "1141884757:129 -2305843008071809322:128 73080620352:159 0:0 1141884693:31 3.355697514779855e-30 0:0 1141884757:129 1141884757:129 36540310176:36 35683896:26 1:1 33791:16 1141884693.0 -1141884694:31 1141884693 10403743425 1141884693:31"),
    ("0", "-80000000000000000000000000000001", 65, "-33:128 33:128 0:0 0:0 0:0 -0.0 0:0 -33:128 -33:128 0:0 0:0 33:128 0:0 0.0 -2:1 0 0 0:0"),
    ("11cc296b1", "1adfcd95b06559913", 1000, "1007919406373154769:65 -1007919396818190959:65 373623274822743788:97 0:0 4777481905:33 1.5419250697437174e-10 4366307345:33 1007919402006847424:65 1007919397640540079:65 80152845856276480:1033 0:0 1:1 69119:17 4777481905.0 -4777481906:33 4777481905 43460513261 4777481905:33"),
    ("g2007114606.9000", "90800100", 1000, "2100364707035620715:9000 2100364702187004779:9000 1939704142671117684:9031 540704711096492926:8969 182076927:28 overflow 2155872512:32 2100364704879748203:9000 2100364702723875691:9000 1302983007994982388:10000 917607132205004560:8000 3:2 1084716367718561943:4500 overflow -2100364704611312748:9000 - - 2100364704611312747:9000"),
    ("q499", "q5999", 1000, "2099202:6000 -2095104:5999 4297066497:6499 0:0 2049:500 0.0 1:1 2099201:6000 2099200:6000 34376515584:1500 0:0 3:2 1803531245199697500:250 1.636695303948071e+150 -2050:500 - - 2049:500"),
    ("0", "-100000018000020000000000000000000", 1, "-824633786432:129 824633786432:129 0:0 0:0 0:0 -0.0 0:0 -824633786432:129 -824633786432:129 0:0 0:0 824633786432:129 0:0 0.0 -2:1 0 0 0:0"),
    ("q3999", "-2", 64, "17179869183:3999 17179869187:4000 -34359738370:4001 -8589934593:3999 -2:1 overflow 17179869184:4000 -2:1 -17179869185:4000 137438953480:4064 2147483648:3936 1:1 1494000528685958716:2000 overflow -17179869186:4000 - - 17179869185:4000"),
    ("o2100", "800000000000000000000000000000000010000000200004", 1, "4503599696576771:2101 2301339409651334906:2100 2301480164521017083:2292 589649771744068575:1909 538405622452488547:191 overflow 4503599629467908:192 67108863:2100 2301339409651334906:2100 134217726:2101 33554431:2099 3075:12 8191:1050 overflow -67108864:2101 - - 67108863:2100"),
    ("8000000000000000", "798067d4e7fe098dc52359e2b213c20e3dcefcb0acd4fd59", 0, "505459789962506803:191 -505459789962506795:191 2021839159850027196:254 0:0 4:64 3.095911829376462e-39 0:0 505459789962506803:191 505459789962506803:191 4:64 4:64 1:1 3037000499:32 9.223372036854776e+18 -5:64 9223372036854775808 1000000000000000000000 4:64"),
    ("1b9430c34", "-1000000000000000000000000000000000000000000000001", 65, "-2305843001810548172:192 7403146805:193 -3797814047796:225 -2:1 -2305843001810548172:192 -1.1793892474715408e-48 7403146292:33 -513:193 -7403146805:193 118450340672:98 0:0 1:1 86041:17 7403146292.0 -7403146293:33 7403146292 67120606064 7403146292:33"),
    ("-4454427fb34ef8e62cb291203a2e84346ca2f882ae61bcd5", "-2", 1000, "-524706127205898382:191 -524706127205898378:191 1049412254411796760:192 1415274568209796165:190 -2:1 8.377128151088378e+56 -524706127205898381:191 -2:1 524706127205898380:191 -1248504354864513291:1191 -2:1 1:1 - -1.6754256302176757e+57 524706127205898379:191 -1675425630217675766634860804716825936882462599761709087957 -2105210237731516761630545451044016427204150662427610125630336325 -524706127205898380:191"),
    ("-a000000000000002000020000", "-10000000000000000", 1000, "-481036468232:100 -481036468216:100 3848291745792:164 42949672960:36 -137439084544:38 42949672960.0 -343597383688:100 -137439084544:38 206158299144:100 -1152923703630102531:1100 -2:1 131072:18 - -7.922816251426434e+29 481036468223:100 -792281625142643376072878587904 -1200000000000000000002000000400000 -481036468224:100"),
    ("q2047", "p999", 63, "17188257793:2048 17171480577:2047 144115188084244480:3047 2048:1049 1:1 overflow 0:0 17188257793:2048 17188257793:2048 68719476740:2111 4294967296:1985 1:1 1442878969370801363:1024 overflow -17179869186:2048 - - 17179869185:2048"),
    ("3", "g384265240.2049-", 1000, "-879976738690660352:2049 879976738690660358:2049 -334087206858287114:2050 -2:1 -879976738690660352:2049 -0.0 0:0 -879976738690660352:2049 -879976738690660352:2049 50331648:1002 0:0 1:1 1:1 3.0 -4:3 3 3 3:2"),
    ("0", "4280000001000000", 1000, "180143985111597058:63 -180143985111597058:63 0:0 0:0 0:0 0.0 0:0 180143985111597058:63 180143985111597058:63 0:0 0:0 180143985111597058:63 0:0 0.0 -2:1 0 0 0:0"),
    ("800000000000000000000000000000000000000000000001", "g4033104078.2048", 1000, "897207053839991531:2048 -897207053839991017:2048 2303754924722056269:2239 0:0 257:192 0.0 1:1 897207053839991530:2048 897207053839991529:2048 4311744512:1192 0:0 3:2 1864037839673828178:96 3.1385508676933404e+57 -258:192 3138550867693340381917894711603833208051177722232017256449 4000000000000000000000000000000000000000000000000000000000000001 257:192"),
    ("0", "g773871643.1000", 200, "1869942414709964378:1000 -1869942414709964378:1000 0:0 0:0 0:0 0.0 0:0 1869942414709964378:1000 1869942414709964378:1000 0:0 0:0 1869942414709964378:1000 0:0 0.0 -2:1 0 0 0:0"),
    ("-400000000000000000000000000000000000000000000001", "q3999-", 65, "-17179869314:4000 17179869056:3999 2216203124865:4190 0:0 -129:191 0.0 -17179869313:4000 -2:1 17179869312:4000 -2064:256 -9:126 1:1 - -1.5692754338466702e+57 128:191 -1569275433846670190958947355801916604025588861116008628225 -2000000000000000000000000000000000000000000000000000000000000001 -129:191"),
    ("p3999", "3", 64, "17179869187:4000 17179869181:3999 51539607552:4001 768614342131187711:3998 2:2 overflow 0:0 17179869187:4000 17179869187:4000 137438953472:4064 2147483648:3936 1:1 1494000528685958716:2000 overflow -17179869185:4000 - - 17179869184:4000"),
    ("100000000", "o9000-", 127, "-4294967295:9000 12884901887:9001 -2305843004918726671:9032 -2:1 -4294967295:9000 -0.0 0:0 -4294967295:9000 -4294967295:9000 137438953472:160 0:0 1:1 65536:17 4294967296.0 -4294967297:33 4294967296 40000000000 4294967296:33"),
    ("p3999-", "18bbc51a6c7b9f4c0", 65, "-1460202419597478707:3999 -845640623975953612:4000 -2226980750170404056:4064 -454364307694657539:3935 717761011298875908:64 overflow 0:0 -1460202419597478707:3999 -1460202419597478707:3999 -274877906944:4065 -1073741824:3935 64:7 - overflow 17179869183:3999 - - -17179869184:4000"),
    ("q999", "o500-", 63, "8384514:999 8392704:1000 -34351353855:1499 -2049:500 -2046:499 -1.636695303948071e+150 8388609:1000 -4095:500 -8392704:1000 33554436:1063 2097152:937 3:2 796321441469982956:500 5.357543035931337e+300 -8388610:1000 - - 8388609:1000"),
    ("-153b63020", "b0f5fe9f0318dc6dffe45cd00b267876", 5, "546151369157323762:128 -546151380556155954:128 -989836908860361623:160 -2:1 546151369157323762:128 -2.4230006246695122e-29 546151374803905532:128 -5646581770:33 -546151380450487302:128 -182381315072:38 -178106753:28 2:2 - -5699416096.0 5699416095:33 -5699416096 -52355430040 -5699416096:33"),
    ("8000000000000000000000000", "10200008000000040", 64, "144116012709576776:100 2161727546259931063:99 19808389234688:164 34093382798:35 1450641782664649862:64 34093382798.822216 0:0 144116012709576776:100 144116012709576776:100 2199023255552:164 34359738368:36 64:7 796131459065721:50 6.338253001141147e+29 -274877906945:100 633825300114114700748351602688 1000000000000000000000000000000000 274877906944:100"),
    ("0", "3", 200, "3:2 -3:2 0:0 0:0 0:0 0.0 0:0 3:2 3:2 0:0 0:0 3:2 0:0 0.0 -2:1 0 0 0:0"),
    ("g73265703.2047", "p3999", 0, "1487882284926514815:4000 -817960758646917504:3999 1337808776769610050:6046 0:0 1487882267746645631:2047 0.0 0:0 1487882284926514815:4000 1487882284926514815:4000 1487882267746645631:2047 1487882267746645631:2047 1:1 232668177111210553:1024 overflow -1487882267746645632:2047 - - 1487882267746645631:2047"),
    ("o500", "o4000", 5, "34359742462:4001 -34359734272:4000 140703128612865:4500 0:0 4095:500 0.0 4095:500 34359738367:4000 34359734272:4000 131040:505 127:495 4095:500 63:250 3.273390607896142e+150 -4096:501 - - 4095:500"),
    ("q2046", "b5a016a71438f68c6a9f2aafc", 5, "256539304874868359:2047 2049303721518694778:2046 1696562031097057437:2146 1850042440708429894:1947 621562258486910558:99 overflow 0:0 256539304874868359:2047 256539304874868359:2047 274877906976:2052 268435456:2042 1:1 140737488355328:1024 overflow -8589934594:2047 - - 8589934593:2047"),
    ("400000000000000004000000000000000000000000018000", "q3999-", 1, "-17179770752:3999 17179967618:4000 -1691066063487105:4190 -2:1 -17179770752:3999 -0.0 98433:191 -17179869185:4000 -17179967618:4000 196866:192 1152921504606896192:190 1:1 17246978047:96 1.5692754338466702e+57 -98434:191 1569275433846670190964264267785056267517204089357130104832 2000000000000000000000040000000000000000000000000000000000300000 98433:191"),
    ("-7fffffffffffffffffffffffffffffff", "-1", 1000, "-32:128 -30:127 31:127 31:127 0:0 1.7014118346046923e+38 -31:127 -2:1 30:127 -520093696:1127 -2:1 1:1 - -1.7014118346046923e+38 30:127 -170141183460469231731687303715884105727 -1777777777777777777777777777777777777777777 -31:127"),
    ("8000000000000000", "3", 64, "7:64 1:63 12:65 768614336404564651:62 2:2 3.0744573456182584e+18 0:0 7:64 7:64 32:128 0:0 1:1 3037000499:32 9.223372036854776e+18 -5:64 9223372036854775808 1000000000000000000000 4:64"),
    ("q999", "-7fffffffffffffffffffffffffffffff", 65, "8388578:999 8388640:1000 -260046879:1126 -595038100766597385:873 -2305280059260272669:127 -3.148880786512287e+262 8388609:1000 -31:127 -8388640:1000 134217744:1065 524288:935 1:1 796321441469982956:500 5.357543035931337e+300 -8388610:1000 - - 8388609:1000"),
    ("100400000000000080000000000000001", "ffffffffffffffff", 63, "144115188075856008:129 144115188075855994:129 1008806316530992007:193 18014398509482001:65 18014398509481994:55 1.8464758472219034e+19 1:1 144115188075856007:129 144115188075856006:129 576460752303424004:192 36028797018964000:66 1:1 9005001304572363:65 3.406146739198847e+38 -144115188075856002:129 340614673919884692579174511786514710529 4002000000000000000020000000000000000000001 144115188075856001:129"),
    ("g3080712203.2047", "1ffffffff", 1000, "1062530421922875009:2047 1062530404743005827:2047 343873622591116798:2080 1658328176929093435:2014 6113882801:33 overflow 6929498920:33 1062530414993376089:2047 1062530408063877169:2047 579207635186087662:3047 687351562814682675:1047 1:1 393279922320499765:1024 overflow -1062530413332940419:2047 - - 1062530413332940418:2047"),
    ("o9000", "17ad186ab", 65, "14945453738:9001 2234415444:9000 1559104552663153004:9033 137899044910615478:8968 5027758121:33 overflow 6355519147:33 8589934591:9000 2234415444:9000 137438953456:9065 536870911:8935 1:1 140737488355327:4500 overflow -8589934592:9001 - - 8589934591:9000"),
    ("p2048", "1ffffffff", 200, "42949672959:2049 25769803777:2048 2305842974853955711:2081 4:2016 4:3 overflow 0:0 42949672959:2049 42949672959:2049 4503599627370496:2249 262144:1849 1:1 281474976710656:1025 overflow -34359738369:2049 - - 34359738368:2049"),
    ("p2099-", "-1", 65, "-33554433:2100 -33554431:2099 33554432:2100 33554432:2100 0:0 overflow -33554432:2100 -2:1 33554431:2099 -536870912:2165 -2097152:2035 1:1 - overflow 33554431:2099 - - -33554432:2100"),
    ("40000000", "o2100-", 63, "-2305843008207060990:2100 1140850687:2101 -72057592964186112:2130 -2:1 -2305843008207060990:2100 -0.0 0:0 -2305843008207060990:2100 -2305843008207060990:2100 4294967296:94 0:0 1:1 32768:16 1073741824.0 -1073741825:31 1073741824 10000000000 1073741824:31"),
    ("p2099", "1", 63, "33554433:2100 33554431:2099 33554432:2100 33554432:2100 0:0 overflow 0:0 33554433:2100 33554433:2100 134217728:2163 8388608:2037 1:1 2061779823227152770:1050 overflow -33554433:2100 - - 33554432:2100"),
    ("-ffffffff", "1000000000000000000000000000000000000000000000001", 200, "2305843004918727169:192 -4294967808:193 -2203318222335:224 -2:1 2305843004918727169:192 -6.842277656242929e-49 513:193 -4294967295:32 -4294967808:193 -562949953290240:232 -2:1 1:1 - -4294967295.0 4294967294:32 -4294967295 -37777777777 -4294967295:32"),
    ("5294954434edb27ce1d4ce8322c6448c", "18f00b4f543f315d5", 63, "394678057033985641:127 538395314109858470:127 605350581864586393:192 1512024185845866987:62 1152212063995206365:63 3.817867195059561e+18 72203283669845128:64 322474773364140513:127 250271489694295385:127 1866146742287688222:190 371875209614681342:64 1:1 1253659177776248189:64 1.0976818307235284e+38 -1619458190178769032:127 109768183072352829950864501942285386892 1224511250415166662371607246350144261442214 1619458190178769031:127"),
    ("p2047", "g1512616196.4000-", 65, "-1059413265401425996:4000 1059413299761164364:4000 -746121108079073423:6047 -2:1 -1059413265401425996:4000 -0.0 17179869184:2048 -1059413282581295180:4000 -1059413299761164364:4000 274877906944:2113 1073741824:1983 8:4 1442878969370801363:1024 overflow -17179869185:2048 - - 17179869184:2048"),
    ("-429c6a1de5bc9294", "p3999", 200, "2117701065309908329:3999 -188141978263523990:4000 -1653465756417737660:4062 -2:1 2117701065309908329:3999 -0.0 17179869184:4000 -188141961083654806:63 -188141978263523990:4000 -1457982625559620038:263 -2:1 4:3 - -4.799827979511043e+18 188141961083654805:63 -4799827979511042708 -412343241674557111224 -188141961083654806:63"),
    ("8000000000000000000000000", "-fffffffffffffffffffffffff", 63, "-274877906943:99 824633720831:101 -2305842734335852543:199 -2:1 -274877906943:99 -0.5 0:0 -274877906943:99 -274877906943:99 1099511627776:163 68719476736:37 1:1 796131459065721:50 6.338253001141147e+29 -274877906945:100 633825300114114700748351602688 1000000000000000000000000000000000 274877906944:100"),
    ("80000000000000000000000000000001", "p5999", 63, "2097185:6000 -2097119:5999 69206016:6127 0:0 33:128 0.0 0:0 2097185:6000 2097185:6000 132:191 8:65 1:1 1514602779264312457:64 1.7014118346046923e+38 -34:128 170141183460469231731687303715884105729 2000000000000000000000000000000000000000001 33:128"),
    ("p2046", "5af403ed35ee8885", 64, "1942181665240418439:2047 363661361153144696:2046 854858263332667091:2109 436680186083327803:1984 1648262339086479921:62 overflow 0:0 1942181665240418439:2047 1942181665240418439:2047 68719476736:2111 1073741824:1983 1:1 140737488355328:1024 overflow -8589934593:2047 - - 8589934592:2047"),
    ("100000000000000000000000000000001", "-7fffffffffffffffffffffffffffffffffffffffffffffff", 64, "-190:191 320:192 -16575:320 -2:1 -190:191 -1.0842021724855044e-19 1:1 -191:191 -192:191 520:193 8:65 1:1 8:65 3.402823669209385e+38 -66:129 340282366920938463463374607431768211457 4000000000000000000000000000000000000000001 65:129"),
    ("p999", "4000000000000000", 1000, "8388610:1000 8388606:999 16777216:1062 4194304:938 0:0 1.161731959748268e+282 0:0 8388610:1000 8388610:1000 140737488355328:2000 0:0 2:63 796321441469982956:500 5.357543035931337e+300 -8388609:1000 - - 8388608:1000"),
    ("-ffffffff", "40000000000000000000000000000000", 0, "2305843004918726672:126 -4294967311:127 -68719476720:158 -2:1 2305843004918726672:126 -5.048709792238981e-29 16:127 -4294967295:32 -4294967311:127 -4294967295:32 -4294967295:32 1:1 - -4294967295.0 4294967294:32 -4294967295 -37777777777 -4294967295:32"),
    ("o6000-", "100000000000000000000000000000001", 1, "-4194238:6000 -4194368:6001 -272629695:6129 -851353544943371753:5872 2303591209400008769:128 overflow 1:1 -4194239:6000 -4194240:6000 -8388606:6001 -2097152:6000 1:1 - overflow 4194302:6000 - - -4194303:6000"),
    ("0", "-8000000000000001", 65, "-5:64 5:64 0:0 0:0 0:0 -0.0 0:0 -5:64 -5:64 0:0 0:0 5:64 0:0 0.0 -2:1 0 0 0:0"),
    ("-829c1cb0", "1ffffffff", 200, "6398665551:33 -10781203631:34 -376113651173811032:65 -2:1 6398665551:33 -0.25509729053069574 6398665552:33 -2:1 -6398665553:33 -287214015610880:232 -2:1 1:1 - -2191269040.0 2191269039:32 -2191269040 -20247016260 -2191269040:32"),
    ("-fffffffffffffffffffffffff", "q8999-", 1, "-554050781184:9000 2305842463752847361:8999 545460847615:9099 0:0 -549755813887:100 0.0 -554050781183:9000 -2:1 554050781182:9000 -1099511627774:101 -274877906944:100 3:2 - -1.2676506002282294e+30 549755813886:100 -1267650600228229401496703205375 -1777777777777777777777777777777777 -549755813887:100"),
    ("p2046", "2", 5, "8589934594:2047 8589934590:2046 17179869184:2048 4294967296:2046 0:0 overflow 0:0 8589934594:2047 8589934594:2047 274877906944:2052 268435456:2042 2:2 140737488355328:1024 overflow -8589934593:2047 - - 8589934592:2047"),
    ("-1", "-40000000000000000000000000000000", 64, "-17:127 15:126 16:127 0:0 -2:1 1.1754943508222875e-38 -16:127 -2:1 15:126 -8:65 -2:1 1:1 - -1.0 0:0 -1 -1 -2:1"),
    ("o2100", "q2048", 200, "34426847232:2101 2305842974921064445:2100 2305842974921064447:4149 4503599627370495:52 2301339443946061823:2048 4503599627370496.0 34359738369:2049 67108863:2100 2305842974921064445:2100 8796092891136:2300 511:1900 1:1 8191:1050 overflow -67108864:2101 - - 67108863:2100"),
    ("q2099-", "o1000", 65, "-16777218:2099 -50331648:2100 -562949936644095:3099 -274877906947:1100 2305842734352564221:1000 overflow 16777215:1000 -33554433:2100 -50331648:2100 -536870928:2165 -2097153:2035 3:2 - overflow 33554432:2100 - - -33554433:2100"),
    ("4000000000000001", "-ffffffffffffffffffffffffffffffff", 5, "-60:128 66:129 -189:191 -2:1 -60:128 -1.3552527156068805e-20 1:1 -61:128 -62:128 96:68 144115188075855872:58 5:3 2147483648:32 4.611686018427388e+18 -4:63 4611686018427387905 400000000000000000001 3:63"),
    ("-fffffffffffffffffffffffff", "p2099", 0, "2305842459491434496:2099 -549789368319:2100 -2305843009180139527:2199 -2:1 2305842459491434496:2099 -0.0 33554432:2100 -549755813887:100 -549789368319:2100 -549755813887:100 -549755813887:100 1:1 - -1.2676506002282294e+30 549755813886:100 -1267650600228229401496703205375 -1777777777777777777777777777777777 -549755813887:100"),
    ("o2047", "g1131626263.2048-", 1000, "-1781233908713188195:2046 1781233943072926561:2049 -158600951518457548:4095 -2:1 -1781233908713188195:2046 -0.7193283427587209 524609117680374941:2047 -17179869185:2048 -524609134860244126:2048 288230376134934528:3047 1023:1047 1:1 1442878969370801363:1024 overflow -17179869184:2048 - - 17179869183:2047"),
    ("-1000000000000000000000000000000000000000000000001", "a0080800", 63, "-2305843006528813568:192 -2684881409:193 -1377343899648:224 -262758586616840756:161 2079199231:31 -2.337944206291779e+48 2684880896:32 -513:193 -2684881409:193 -2052:256 -129:130 1:1 - -6.277101735386681e+57 512:193 -6277101735386680763835789423207666416102355444464034512897 -10000000000000000000000000000000000000000000000000000000000000001 -513:193"),
    ("1000000000000000000000000000000000000000000000001", "1", 1000, "514:193 512:193 513:193 513:193 0:0 6.277101735386681e+57 1:1 513:193 512:193 8606711808:1193 0:0 1:1 34359738368:97 6.277101735386681e+57 -514:193 6277101735386680763835789423207666416102355444464034512897 10000000000000000000000000000000000000000000000000000000000000001 513:193"),
    ("-2", "40000000000000000000000000000001", 64, "15:126 -19:127 -34:128 -2:1 15:126 -2.350988701644575e-38 16:127 -2:1 -17:127 -16:66 -2:1 1:1 - -2.0 1:1 -2 -2 -2:2"),
    ("q2046", "-2", 200, "8589934591:2046 8589934595:2047 -17179869186:2048 -4294967297:2046 -2:1 overflow 8589934592:2047 -2:1 -8589934593:2047 1125899906973696:2247 65536:1847 1:1 140737488355328:1024 overflow -8589934594:2047 - - 8589934593:2047"),
    ("-1", "g2085907656.6000", 65, "893354311296057310:6000 -893354311296057312:6000 -893354311296057311:6000 -2:1 893354311296057310:6000 -0.0 893354311296057311:6000 -2:1 -893354311296057312:6000 -16:66 -2:1 1:1 - -1.0 0:0 -1 -1 -2:1"),
    ("o9000-", "3", 200, "-8589934588:9000 -8589934594:9001 -25769803773:9002 -1537228675672440831:8999 0:0 overflow 1:1 -8589934589:9000 -8589934590:9000 -1125899906711552:9200 -65536:8801 3:2 - overflow 8589934590:9000 - - -8589934591:9000"),
    ("51696c190106c0f4", "128f959e99f36cc1f87b4fb6986256186f6d8188f2e5b9839", 0, "306203389132304283:193 -102740746652806574:193 1536808659495380480:255 0:0 1254652825846595830:63 8.056185776250188e-40 1173196537677905970:63 1438849860668092264:193 265653322990186294:193 1254652825846595830:63 1254652825846595830:63 3:2 2422052609:32 5.866338844273983e+18 -1254652825846595831:63 5866338844273983732 505513301440101540364 1254652825846595830:63"),
    ("q499", "800000000000000000000000000000000000000000000001", 200, "2306:500 1792:499 526593:691 2233785415175766023:308 72057594037927937:118 5.2148120994162844e+92 1:1 2305:500 2304:500 268566528:700 36028797018963968:300 3:2 1803531245199697500:250 1.636695303948071e+150 -2050:500 - - 2049:500"),
    ("p3999", "-40c00000", 127, "16093544448:3999 18266193920:4000 -216172782113783816:4030 -1833990964857223777:3969 -1010827264:30 overflow 17179869184:4000 -1086324736:31 -18266193920:4000 549755813888:4127 536870912:3873 4194304:23 1494000528685958716:2000 overflow -17179869185:4000 - - 17179869184:4000"),
    ("1", "1ffffffff", 65, "8589934592:34 -8589934590:33 8589934591:33 0:0 1:1 1.1641532184048734e-10 1:1 8589934591:33 8589934590:33 16:66 0:0 1:1 1:1 1.0 -2:2 1 1 1:1"),
    ("p2046-", "100000000000000000000000000000001", 5, "-8589934527:2046 -8589934657:2047 -558345748480:2175 -2022046946673392151:1918 16:127 overflow 0:0 -8589934527:2046 -8589934527:2046 -274877906944:2052 -268435456:2042 1:1 - overflow 8589934591:2046 - - -8589934592:2047"),
    ("6d35368d50eeb06c5e17893db55e94da", "o2049-", 1000, "-1747047456378185638:2049 558795690274461783:2050 -396395775879986118:2176 -2:1 -1747047456378185638:2049 -0.0 0:0 -1747047456378185638:2049 -1747047456378185638:2049 593582451930827245:1127 0:0 7:3 519110552137906987:64 1.4516214972039504e+38 -558795621554985049:127 145162149720395045978606850639182861530 1551523321524167260330570274223666527512332 558795621554985048:127"),
    ("ffffffffffffffffffffffffffffffffffffffffffffffff", "p2046-", 1, "-8589934081:2046 8589935103:2047 -4389456576512:2238 -2:1 -8589934081:2046 -0.0 0:0 -8589934081:2046 -8589934081:2046 1022:193 255:191 1:1 34359738367:96 6.277101735386681e+57 -512:193 6277101735386680763835789423207666416102355444464034512895 7777777777777777777777777777777777777777777777777777777777777777 511:192"),
    ("g3387547962.4000", "g3290119542.4000-", 1, "743429476545263595:3997 1653444689270671699:4001 -954480849491065962:7999 -2:2 -2017421139031134408:4000 -1.1484038377704924 1442476399677476973:3997 -699046923132213378:3991 -2141523322809690351:3997 91031156602241343:4001 599218541453983823:3999 1:1 1039799601335896386:2000 overflow -1198437082907967648:4000 - - 1198437082907967647:4000"),
    ("0", "-3", 1, "-3:2 3:2 0:0 0:0 0:0 -0.0 0:0 -3:2 -3:2 0:0 0:0 3:2 0:0 0.0 -2:1 0 0 0:0"),
    ("g169274816.6000-", "80000001", 64, "-35816263411319720:6000 -35816267706287018:6000 -1542307537511857785:6031 -761717080656063004:5969 743607564:30 overflow 2147483649:32 -35816265558803369:6000 -35816267706287018:6000 -286530124470426952:6064 -1534121018885144154:5936 3:2 - overflow 35816265558803368:6000 - - -35816265558803369:6000"),
    ("q999", "10000000000000000", 1, "8388617:1000 8388601:999 67108872:1064 1048576:936 1:1 2.90432989937067e+281 0:0 8388617:1000 8388617:1000 16777218:1001 4194304:999 1:1 796321441469982956:500 5.357543035931337e+300 -8388610:1000 - - 8388609:1000"),
    ("g1150915275.2049", "o2047-", 1000, "735781793576348854:2048 735781827936087220:2049 -1085276442669828189:4096 -3:2 -1570061249997083463:2047 -2.3608337704491036 34359738368:2049 -1570061249997083465:2047 -1570061284356821833:2049 618771526150369325:3049 1209753850913492296:1049 1:1 799092378664802161:1025 overflow -735781810756218038:2049 - - 735781810756218037:2049"),
    ("-100000000004000000000080000020000", "0", 1000, "-8796126707776:129 -8796126707776:129 0:0 - - - 0:0 -8796126707776:129 -8796126707776:129 -565150050418752:1129 -2:1 8796126707776:129 - -3.402823669210158e+38 8796126707775:129 -340282366921015834715829952495042560000 -4000000000000040000000000000200000000400000 -8796126707776:129"),
    ("7fffffffffffffffffffffffffffffff", "6e61d706016d6414", 200, "1036345810065646646:128 1269497199148047367:127 2150760992257023702:190 638393656915069385:65 535357690595785984:62 2.1390980739838317e+19 1036345810065646615:63 31:127 1269497199148047367:127 4063232:327 0:0 1:1 1514602779264312457:64 1.7014118346046923e+38 -32:128 170141183460469231731687303715884105727 1777777777777777777777777777777777777777777 31:127"),
    ("-1ffffffffffffffff", "-7fffffffffffffffffffffffffffffff", 127, "-46:128 16:127 465:192 0:0 -15:65 2.168404344971009e-19 -31:127 -15:65 16:127 -480:192 -2:1 1:1 - -3.6893488147419103e+19 14:65 -36893488147419103231 -3777777777777777777777 -15:65"),
    ("1ffffffffffffffff", "-40000000000000000000000000000001", 65, "-2:126 32:127 -255:191 -2:1 -2:126 -4.336808689942018e-19 15:65 -17:127 -32:127 240:130 0:0 1:1 6074000999:33 3.6893488147419103e+19 -16:66 36893488147419103231 3777777777777777777777 15:65"),
    ("100000001", "2", 1000, "4294967299:33 4294967295:32 8589934594:34 2147483648:32 1:1 2147483648.5 0:0 4294967299:33 4294967299:33 72057594054705152:1033 0:0 1:1 65536:17 4294967297.0 -4294967298:33 4294967297 40000000001 4294967297:33"),
    ("p499", "-100000001", 63, "2305843004918728702:499 4294969345:500 -8796093024256:532 -988541374792466139:467 -524288:20 -3.810728209947697e+140 2048:500 -4294967297:33 -4294969345:500 8192:563 512:437 1:1 1803531245199697500:250 1.636695303948071e+150 -2049:500 - - 2048:500"),
    ("80000000", "1d2b98dd05c4352440c029f6b4dca6048", 5, "130338233021428445:129 -130338228726461149:129 1725575122858555320:160 0:0 2147483648:32 3.461541071126148e-30 0:0 130338233021428445:129 130338233021428445:129 68719476736:37 67108864:27 8:4 46340:16 2147483648.0 -2147483649:32 2147483648 20000000000 2147483648:32"),
    ("80000000", "g487916080.1000", 127, "17609387335145268:1000 -17609383040177972:1000 2191401002877992593:1031 0:0 2147483648:32 2.9369095674288763e-292 2147483648:32 17609385187661620:1000 17609383040177972:1000 68719476736:159 0:0 4:3 46340:16 2147483648.0 -2147483649:32 2147483648 20000000000 2147483648:32"),
    ("40000001", "-400000000000000000000000000000000000000000000001", 200, "-2305843008139952255:190 1073741954:191 -138512695425:221 -2:1 -2305843008139952255:190 -6.842277664208388e-49 1073741825:31 -129:191 -1073741954:191 140737488486400:231 0:0 1025:11 32768:16 1073741825.0 -1073741826:31 1073741825 10000000001 1073741825:31"),
    ("8000000000000000", "g593871975.2100", 65, "1627673914288000566:2100 -1627673914288000558:2100 1899009638724614346:2163 0:0 4:64 0.0 0:0 1627673914288000566:2100 1627673914288000566:2100 64:129 0:0 1:1 3037000499:32 9.223372036854776e+18 -5:64 9223372036854775808 1000000000000000000000 4:64"),
    ("-8000000000000001", "p5999", 200, "2097147:5999 -2097157:6000 -10485760:6063 -2:1 2097147:5999 -0.0 2097152:6000 -5:64 -2097157:6000 -655360:264 -2:1 1:1 - -9.223372036854776e+18 4:64 -9223372036854775809 -1000000000000000000001 -5:64"),
    ("-10000000000000001", "q5999", 127, "2097144:5999 -2097162:6000 -18874377:6064 -2:1 2097144:5999 -0.0 2097153:6000 -9:65 -2097162:6000 -288:192 -2:1 1:1 - -1.8446744073709552e+19 8:65 -18446744073709551617 -2000000000000000000001 -9:65"),
    ("o2100-", "-6a30ba7b", 5, "-1848687226:2101 -2305843007499224451:2100 119559698286331269:2131 722911581619499526:2070 -408868765:29 overflow -67108863:2100 -1781578363:31 2305843007499224451:2100 -2147483616:2105 -2097152:2096 71:7 - overflow 67108862:2100 - - -67108863:2100"),
    ("o1000-", "-3", 200, "-16777218:1001 -16777212:1000 50331645:1002 5592405:999 0:0 3.5716953572875575e+300 -16777215:1000 -3:2 16777212:1000 -2199023124480:1200 -128:801 3:2 - -1.0715086071862673e+301 16777214:1000 - - -16777215:1000"),
    ("p2047", "10003000000100000", 0, "844442111049736:2048 2304998601462382583:2047 18014535954726912:2112 513423145372440533:1983 389985513780543488:59 overflow 0:0 844442111049736:2048 844442111049736:2048 17179869184:2048 17179869184:2048 1048576:21 1442878969370801363:1024 overflow -17179869185:2048 - - 17179869184:2048"),
    ("o2100-", "g251479185.2100", 1, "-808981436049678884:2099 -1496861573298232793:2101 -1833970877540671386:4200 -2:2 687880137181445046:2099 -1.338488178655832 1:1 -808981436049678885:2099 -808981436049678886:2099 -134217726:2101 -33554432:2100 15:4 - overflow 67108862:2100 - - -67108863:2100"),
    ("1ffffffffffffffff", "400000000000000000000000000000000000000000000000", 0, "143:191 -113:190 1920:255 0:0 15:65 2.350988701644575e-38 0:0 143:191 143:191 15:65 15:65 1:1 6074000999:33 3.6893488147419103e+19 -16:66 36893488147419103231 3777777777777777777777 15:65"),
    ("8000000204200000000000000", "-1ffffffffffffffffffffffffffffffff", 1000, "-2161727546259931004:129 144115462953763201:130 -2161762730632052741:229 -2:1 -2161727546259931004:129 -9.313225754898283e-10 0:0 -2161727546259931004:129 -2161727546259931004:129 4329570306:1100 0:0 7:3 796131459439435:50 6.338253007091663e+29 -144115462953763075:100 633825300709166312313560498176 1000000000100410000000000000000000 144115462953763074:100"),
    ("-3", "-800000000000000000000000000000000000000000000000", 0, "-259:192 253:191 768:193 0:0 -3:2 9.558551466794714e-58 -256:192 -3:2 253:191 -3:2 -3:2 1:1 - -3.0 2:2 -3 -3 -3:2"),
    ("-5976b0da", "2", 0, "-1500950744:31 -1500950748:31 -3001901492:32 -750475373:30 0:0 -750475373.0 2:2 -1500950746:31 -1500950748:31 -1500950746:31 -1500950746:31 2:2 - -1500950746.0 1500950745:31 -1500950746 -13135530332 -1500950746:31"),
    ("q2047", "7fffffffffffffffffffffffffffffffffffffffffffffff", 127, "17179869440:2048 17179868930:2047 4380866642175:2238 36170086486410244:1857 32769:138 overflow 1:1 17179869439:2048 17179869438:2048 549755813920:2175 536870912:1921 1:1 1442878969370801363:1024 overflow -17179869186:2048 - - 17179869185:2048"),
    ("o9000", "p5999-", 64, "8587837439:9000 8592031743:9001 -18014398507384832:14999 -4096:3002 -2:1 overflow 8587837440:9000 -2:1 -8587837441:9000 68719476728:9064 1073741823:8936 1:1 140737488355327:4500 overflow -8589934592:9001 - - 8589934591:9000"),
    ("400000000000000000000000000000000000000000000001", "-1132847b415d89f0a9589b067720c3b1e9da79935c33b63be", 64, "-1443132611391455485:192 1443132611391455743:193 -1696666132402258126:383 -2:1 -1443132611391455485:192 -0.2325941915433389 128:191 -1443132611391455613:193 -1443132611391455741:193 1032:255 16:127 5:3 17179869184:96 1.5692754338466702e+57 -130:191 1569275433846670190958947355801916604025588861116008628225 2000000000000000000000000000000000000000000000000000000000000001 129:191"),
    ("-132b7cb60b26ed825adfa76cad9658ad6b82786f1852bc0d6", "-dff7e585ea09269d6316fc723", 64, "-1621436307415805300:193 -1539011914932918596:193 1982144677604523205:293 735330904981915456:93 -220507265753165973:99 6.781287341863859e+27 -1620872160033942206:193 -564147381863094:100 1620308012652079112:193 -1112577843326425829:257 -268194870938324049:129 1:1 - -7.520702178467964e+57 1580224111174361947:193 -7520702178467963718723421562726270538993764329919517278422 -11453371330131156660226557647331266262612655340474157060512740326 -1580224111174361948:193"),
    ("p2048", "p3999-", 64, "-2305842992033824767:3999 51539607552:4000 -256:6048 -2:1 -2305842992033824767:3999 -0.0 0:0 -2305842992033824767:3999 -2305842992033824767:3999 274877906944:2113 4294967296:1985 34359738368:2049 281474976710656:1025 overflow -34359738369:2049 - - 34359738368:2049"),
    ("q2099-", "0", 65, "-33554433:2100 -33554433:2100 0:0 - - - 0:0 -33554433:2100 -33554433:2100 -536870928:2165 -2097153:2035 33554433:2100 - overflow 33554432:2100 - - -33554433:2100"),
    ("2", "p999-", 200, "-8388606:999 8388610:1000 -16777216:1001 -2:1 -8388606:999 -3.7330544740128755e-301 0:0 -8388606:999 -8388606:999 262144:202 0:0 2:2 1:1 2.0 -3:2 2 2 2:2"),
    ("q2047-", "1ffffffffffffffffffffffffffffffff", 1000, "-17179869058:2047 -17179869312:2048 -2181843386495:2176 -1452481802791037009:1919 2303591209400008829:129 overflow 127:129 -17179869185:2048 -17179869312:2048 -288230376168488960:3048 -1025:1048 1:1 - overflow 17179869184:2048 - - -17179869185:2048"),
    ("p2099", "-100401800", 127, "2305843004948080639:2099 4332722176:2100 -144256131722641408:2132 -795374101313497997:2067 -1303984128:31 overflow 33554432:2100 -4299167744:33 -4332722176:2100 1073741824:2227 1048576:1973 2048:12 2061779823227152770:1050 overflow -33554433:2100 - - 33554432:2100"),
    ("-100000000000000000000000000000000", "o4000", 127, "34359738303:4000 -34359738431:4001 -2199023255488:4128 -2:1 34359738303:4000 -0.0 34359738304:4000 -2:1 -34359738305:4000 -2048:256 -2:2 1:1 - -3.402823669209385e+38 63:128 -340282366920938463463374607431768211456 -4000000000000000000000000000000000000000000 -64:129"),
    ("80000000000000000000000000000000", "p499", 65, "2080:500 -2016:499 65536:627 0:0 32:128 1.03954097656449e-112 0:0 2080:500 2080:500 512:193 2:63 32:128 1514602779264312457:64 1.7014118346046923e+38 -33:128 170141183460469231731687303715884105728 2000000000000000000000000000000000000000000 32:128"),
    ("7fffffff", "o2047", 65, "19327352830:2048 -15032385536:2047 2305842989886341136:2078 0:0 2147483647:31 0.0 2147483647:31 17179869183:2047 15032385536:2047 34359738352:96 0:0 1:1 46340:16 2147483647.0 -2147483648:32 2147483647 17777777777 2147483647:31"),
    ("-1ffffffffffffffff", "1", 63, "-14:65 -16:66 -15:65 -15:65 0:0 -3.6893488147419103e+19 1:1 -15:65 -16:66 -60:128 -4:3 1:1 - -3.6893488147419103e+19 14:65 -36893488147419103231 -3777777777777777777777 -15:65"),
    ("-2", "q499", 127, "2047:499 -2051:500 -4098:501 -2:1 2047:499 -1.221974545399842e-150 2048:500 -2:1 -2049:500 -64:129 -2:1 1:1 - -2.0 1:1 -2 -2 -2:2"),
    ("p2099", "p499", 1000, "33556480:2100 33552384:2099 68719476736:2599 16384:1601 0:0 overflow 0:0 33556480:2100 33556480:2100 562949953421312:3100 2:1100 2048:500 2061779823227152770:1050 overflow -33554433:2100 - - 33554432:2100"),
    ("-100a00800", "-114008000", 0, "-8935999488:34 325089280:29 1489856878681784328:65 0:0 -4305455104:33 0.9297945871929688 -4641030144:33 -4294969344:33 346060800:29 -4305455104:33 -4305455104:33 2048:12 - -4305455104.0 4305455103:33 -4305455104 -40050004000 -4305455104:33"),
    ("80000000000000000000000000000000", "400000000000000000000000000000000000000000000001", 65, "161:191 -97:190 4128:318 0:0 32:128 1.0842021724855044e-19 0:0 161:191 161:191 512:193 2:63 1:1 1514602779264312457:64 1.7014118346046923e+38 -33:128 170141183460469231731687303715884105728 2000000000000000000000000000000000000000000 32:128"),
    ("p2046", "8000000000000000000000000", 200, "283467841536:2047 2305842742925721599:2046 1024:2146 72057594037927936:1948 0:0 overflow 0:0 283467841536:2047 283467841536:2047 1125899906842624:2247 65536:1847 274877906944:100 140737488355328:1024 overflow -8589934593:2047 - - 8589934592:2047"),
    ("q2099", "0", 1, "33554433:2100 33554433:2100 0:0 - - - 0:0 33554433:2100 33554433:2100 67108866:2101 16777216:2099 33554433:2100 2061779823227152770:1050 overflow -33554434:2100 - - 33554433:2100"),
    ("0", "-400000000000000000000000000000000000000000000001", 0, "-129:191 129:191 0:0 0:0 0:0 -0.0 0:0 -129:191 -129:191 0:0 0:0 129:191 0:0 0.0 -2:1 0 0 0:0"),
    ("q2099", "p999", 127, "41943041:2100 25165825:2099 281474985099264:3099 4:1101 1:1 overflow 0:0 41943041:2100 41943041:2100 1073741856:2227 1048576:1973 1:1 2061779823227152770:1050 overflow -33554434:2100 - - 33554433:2100"),
    ("o2049", "o9000-", 127, "-2305842949084151807:9000 77309411326:9001 -2305842931904282880:11049 -2:1 -2305842949084151807:9000 -0.0 1:1 -2305842949084151808:9000 -2305842949084151809:9000 2199023255520:2176 2147483647:1922 7:3 579914929527908776:1025 overflow -68719476736:2050 - - 68719476735:2049"),
    ("c5369b8b5d0a0e297a329b163", "60080020", 0, "1198207066909407025:100 1198207063687132913:100 241821820424926040:131 1995725118182807287:70 1075245891:31 6.061265935321706e+20 537395232:30 1198207066372011793:100 1198207065834616561:100 1198207065298269969:100 1198207065298269969:100 1:1 988206969954538:50 9.7655301546673e+29 -1198207065298269970:100 976553015466730017943244616035 1424664670553502407051364312330543 1198207065298269969:100"),
    ("1000000000000000000000000000000000000000000000000", "-40000000000000000000000000000001", 1, "495:192 529:193 -8704:319 -32:67 -32:67 -7.378697629483821e+19 512:193 -17:127 -529:193 1024:194 256:192 1:1 34359738368:97 6.277101735386681e+57 -513:193 6277101735386680763835789423207666416102355444464034512896 10000000000000000000000000000000000000000000000000000000000000000 512:193"),
    ("-fffffffffffffffffffffffff", "-c0000400", 63, "-552977040383:101 -546534587391:100 562946732195584:132 1537103572859248493:69 -3062166527:32 3.935304151391872e+20 -549755813888:101 -3221226495:32 546534587393:100 -2199023255548:163 -137438953472:38 1:1 - -1.2676506002282294e+30 549755813886:100 -1267650600228229401496703205375 -1777777777777777777777777777777777 -549755813887:100"),
    ("1000000000000000800000000200000000000000010000000", "q2046", 1, "13153338369:2047 -4026530817:2046 8800656426001:2239 0:0 4563403776:193 0.0 0:0 13153338369:2047 13153338369:2047 9126807552:194 2281701888:192 1:1 51539607552:97 6.277101735386681e+57 -4563403777:193 6277101735386680766558048358585077644123635346117641633792 10000000000000000000040000000000010000000000000000000002000000000 4563403776:193"),
    ("g1098581153.500", "0", 5, "2126735181415007980:500 2126735181415007980:500 0:0 - - - 0:0 2126735181415007980:500 2126735181415007980:500 1186078538083130781:505 2300245889594985014:495 2126735181415007980:500 1080547365802182533:250 2.136012846018935e+150 -2126735181415007981:500 - - 2126735181415007980:500"),
];
    const DIV_CASES: &[(&str, &str, &str)] = &[
    ("1", "3", "0.3333333333333333"),
    ("40000000000001", "2", "9007199254740992.0"),
    ("40000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "5e-324"),
    ("1", "40000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "5e-324"),
    ("1", "80000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "0.0"),
    ("3", "100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "5e-324"),
    ("1", "80000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001", "0.0"),
    ("fffffffffffffc00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "1", "overflow"),
    ("fffffffffffffbffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff", "1", "1.7976931348623157e+308"),
    ("fffffffffffff800000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "1", "1.7976931348623157e+308"),
    ("1b4ec7f91973ff3cb1ccf26fbc177c38db6e54582de258ff5190b8bc150afadb38030e5d0b7bf50120e5c0e6ad18e629853ce9946a0b2eccf6cfde0af8634bf8dc5a427fe4236ce5959baa0e776cdb47c4813e1e0c75ca271e1d059e08e4996aa4193a48ad3a24633ebdb32e9f0b824377e2fa9c10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "17e43c8800759ba59c08e14c7cd7aad86a4a458109f91c21c571dbe84d52d936f44abe8a3d5b48c100959d9d0b6cc856b3adc93b67aea8f8e067d2c8d04bc177f7b4287a6e3fcda36fa3b3342eaeb442e15d450952f4dd1000000000000000000000000000000000000000000000000000000000000000000000000000", "1e+100"),
    ("-7", "1000000000000000", "-6.071532165918825e-18"),
    ("20000000000001", "1", "9007199254740992.0"),
    ("20000000000003", "1", "9007199254740996.0"),
    ("100000000000000000000000000000000000000000000000001", "8000000000000000000000000000000000000", "9007199254740992.0"),
    ("-c9f2c9cd04674edea40000000", "7", "-1.4285714285714285e+29"),
    ("0", "-5", "-0.0"),
    ("1f365fec9370d2baee34b150720878ea52ccba5e661e2f4fbda27e2b43bc65e952814f46187bf47646f960e57615b1b14565571de604d10b58df55762cd1b1d82d412b739baf43048fbf621de5493a15049a5ce8703d84990f0bcf9a1b88e0179c93273fff1641f92f53e9ccc53f7883cb08bdee813899aed8283c15eebd4372dad168bab87080f7d40d71a207f3ab7b6b100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "3", "overflow"),
    ("3", "1f365fec9370d2baee34b150720878ea52ccba5e661e2f4fbda27e2b43bc65e952814f46187bf47646f960e57615b1b14565571de604d10b58df55762cd1b1d82d412b739baf43048fbf621de5493a15049a5ce8703d84990f0bcf9a1b88e0179c93273fff1641f92f53e9ccc53f7883cb08bdee813899aed8283c15eebd4372dad168bab87080f7d40d71a207f3ab7b6b100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "0.0"),
    ("100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "20000000000000000001", "8.98846567431158e+307"),
    ("1", "30000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "5e-324"),
    ("5", "100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "5e-324"),
    ("fffffffffffffc00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "", "overflow"),
    ("fffffffffffffbffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff", "", "1.7976931348623157e+308"),
    ("fffffffffffff800000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "", "1.7976931348623157e+308"),
    ("20000000000001", "", "9007199254740992.0"),
    ("40000000000002", "", "1.8014398509481984e+16"),
    ("40000000000006", "", "1.801439850948199e+16"),
    ("-ffffffffffffffff", "", "-1.8446744073709552e+19"),
    ("c000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "", "1.348269851146737e+308"),
    ("10000000000000800", "", "1.8446744073709552e+19"),
    ("10000000000000801", "", "1.8446744073709556e+19"),
];
    const POW_CASES: &[(&str, &str, &str, &str)] = &[
        ("26", "-1", "61", "23:5"),
        ("3", "2", "-5", "-2:1"),
        ("2", "64", "1", "0:0"),
        ("2", "0", "1", "0:0"),
        ("2", "0", "-7", "-6:3"),
        ("-3", "5", "7", "2:2"),
        (
            "ab54a98ceb1f0ad2",
            "55aa54d38e5267eea",
            "56bc75e2d63100027",
            "2182384315922940948:67",
        ),
        (
            "7",
            "-3",
            "7fffffffffffffffffffffffffffffff",
            "60503169337968668:127",
        ),
        (
            "1000000000000000000000000000000000000000000000000000000000000000000000000005",
            "10000000000000000000000003",
            "1000000000000000000000000000000000000000000000000eb",
            "1404106539946998943:198",
        ),
        ("0", "0", "5", "1:1"),
        ("-5", "-1", "c", "7:3"),
        ("3", "0", "", "1:1"),
        ("3", "1", "", "3:2"),
        ("-3", "3", "", "-27:5"),
        ("7", "c8", "", "790471870335901833:562"),
        ("-2", "3f", "", "-4:64"),
        ("2", "40", "", "8:65"),
        ("a", "3e8", "", "88588427293594263:3322"),
        ("3039", "14d", "", "1626782707788423029:4527"),
        ("0", "0", "", "1:1"),
        ("-1", "7", "", "-2:1"),
    ];
}

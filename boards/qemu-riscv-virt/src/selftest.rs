//! First milestone, independent of the interpreter: every hart reports in,
//! harts 1-3 each run a CPU-bound job through `Platform::spawn` and add to a
//! shared counter under a spin lock, and hart 0 checks the total.

use alloc::boxed::Box;
use alloc::sync::Arc;
use alloc::vec::Vec;
use core::sync::atomic::{AtomicBool, AtomicU32, Ordering};

use gilt_core::platform::Platform;

use crate::{clint, hart, println};

const JOBS: usize = 3;
const INCREMENTS: u64 = 10_000;

/// The counter and, per finished job, (job, hart, prime work).
type Tally = (u64, Vec<(usize, usize, u64)>);

struct Shared {
    /// The counter, incremented under the lock; also records who ran what.
    counter: spin::Mutex<Tally>,
    /// Jobs wait on this so all three are busy at once.
    go: AtomicBool,
    /// Jobs finished (waited on with `Platform::wait`).
    done: AtomicU32,
}

/// Sum of the primes below `n` (the CPU work).
fn prime_sum(n: u64) -> u64 {
    let mut sum = 0;
    for k in 2..n {
        let mut d = 2;
        let mut prime = true;
        while d * d <= k {
            if k % d == 0 {
                prime = false;
                break;
            }
            d += 1;
        }
        if prime {
            sum += k;
        }
    }
    sum
}

/// Runs the self-test; returns the exit status (0 on success).
pub fn run(p: &'static dyn Platform) -> i32 {
    // Wait (bounded) for the other harts to come online.
    let t0 = p.monotonic_ns();
    while hart::online_mask().count_ones() < hart::MAX_HARTS as u32 - 1
        && p.monotonic_ns() - t0 < 2_000_000_000
    {
        p.sleep_ns(1_000_000);
    }
    let online = hart::online_mask();
    println!("hart 0: running main; harts online: {:#06b}", online | 1);

    // Clock and sleep.
    let before = p.monotonic_ns();
    p.sleep_ns(10_000_000);
    let slept = p.monotonic_ns() - before;
    println!("hart 0: sleep_ns(10 ms) took {} us", slept / 1000);
    if !(10_000_000..200_000_000).contains(&slept) {
        println!("selftest: FAIL sleep out of range");
        return 2;
    }

    let shared = Arc::new(Shared {
        counter: spin::Mutex::new((0, Vec::new())),
        go: AtomicBool::new(false),
        done: AtomicU32::new(0),
    });
    let start = clint::ticks();
    let mut harts = Vec::new();
    for job in 0..JOBS {
        let s = shared.clone();
        let r = p.spawn(Box::new(move || {
            while !s.go.load(Ordering::Acquire) {
                core::hint::spin_loop();
            }
            let me = hart::hart_id();
            let mut work: u64 = 0;
            for i in 0..INCREMENTS {
                if i % 1000 == 0 {
                    work = work.wrapping_add(prime_sum(2000 + job as u64 * 100));
                }
                let mut c = s.counter.lock();
                c.0 += 1;
            }
            s.counter.lock().1.push((job, me, work));
            println!("hart {me}: job {job} done (prime work {work})");
            s.done.fetch_add(1, Ordering::AcqRel);
            p.wake(&s.done, u32::MAX);
        }));
        match r {
            Ok(h) => {
                println!("hart 0: spawned job {job} on hart {h}");
                harts.push(h);
            }
            Err(e) => {
                println!("selftest: FAIL spawn job {job}: {e:?}");
                return 2;
            }
        }
    }
    // Every hart is now busy: a fourth spawn must fail cleanly.
    match p.spawn(Box::new(|| {})) {
        Err(e) => println!(
            "hart 0: spawn with all harts busy -> errno {} ({})",
            e.errno, e.message
        ),
        Ok(h) => {
            println!("selftest: FAIL spawn succeeded with all harts busy (hart {h})");
            return 2;
        }
    }
    shared.go.store(true, Ordering::Release);
    let deadline = p.monotonic_ns() + 30_000_000_000;
    loop {
        let n = shared.done.load(Ordering::Acquire);
        if n as usize == JOBS {
            break;
        }
        if p.monotonic_ns() > deadline {
            println!("selftest: FAIL timeout, {n} of {JOBS} jobs done");
            return 2;
        }
        p.wait(&shared.done, n, Some(10_000_000));
    }
    let ticks = clint::ticks() - start;
    let c = shared.counter.lock();
    let mut ran: Vec<_> = c.1.clone();
    ran.sort();
    for (job, h, _) in &ran {
        println!("hart 0: job {job} ran on hart {h}");
    }
    let expected = JOBS as u64 * INCREMENTS;
    println!(
        "hart 0: counter = {} (expected {}), {} us",
        c.0,
        expected,
        ticks / (clint::TICKS_PER_SEC / 1_000_000)
    );
    let mut distinct: Vec<usize> = ran.iter().map(|r| r.1).collect();
    distinct.sort();
    distinct.dedup();
    if c.0 != expected || distinct.len() != JOBS || distinct.contains(&0) {
        println!("selftest: FAIL");
        return 1;
    }
    let (used, free) = crate::heap::stats();
    println!("hart 0: heap used {used} B, free {} MiB", free >> 20);
    println!("selftest: OK");
    0
}

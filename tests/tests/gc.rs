//! The cycle collector through the embedding API: a ring of 100,000
//! instances outlives its last external reference (reference counting
//! cannot free a cycle), and `gc.collect()` finds all of it and gives the
//! memory back, counted both as live tracked containers and as live heap
//! bytes (the std shim's `CountingAlloc` feeding the interpreter's meter).

use gilt_core::api::Interpreter;
use gilt_core::vm::limits::Limits;
use gilt_core::vm::Config;
use gilt_std::{CapturePlatform, INTERP_STACK_SIZE};

/// Every allocation made while the interpreter runs is charged to its meter.
#[global_allocator]
static ALLOC: gilt_std::CountingAlloc = gilt_std::CountingAlloc;

const RING: usize = 100_000;

/// (tracked containers, live heap bytes) of the interpreter.
fn live(interp: &Interpreter) -> (usize, usize) {
    let i = interp.interp();
    (i.gc.live(), i.limits.meter.used())
}

fn run(interp: &mut Interpreter, src: &str) {
    if let Err(e) = interp.run_source(src, "<gc>") {
        let code = interp.exit_code_for(&e);
        panic!("script failed (exit code {code}): {src}");
    }
}

fn ring_case(make_ring: &'static str) {
    let t = std::thread::Builder::new()
        .stack_size(INTERP_STACK_SIZE)
        .spawn(move || {
            let config = Config {
                // A memory limit binds the meter; this one is never reached.
                limits: Limits {
                    max_memory_bytes: Some(1 << 40),
                    ..Limits::default()
                },
                ..Config::default()
            };
            let mut interp = Interpreter::new(Box::new(CapturePlatform::new("")), config);
            run(
                &mut interp,
                "import gc\ngc.disable()\nclass Node:\n    pass\nfound = 0\ngc.collect()\n",
            );
            run(&mut interp, "found = gc.collect()\n");
            let (objs0, bytes0) = live(&interp);
            run(&mut interp, make_ring);
            let (objs1, bytes1) = live(&interp);
            assert!(
                objs1 >= objs0 + RING,
                "ring not tracked: {objs0} -> {objs1} containers"
            );
            assert!(
                bytes1 >= bytes0 + RING * 64,
                "ring not counted: {bytes0} -> {bytes1} bytes"
            );
            run(&mut interp, "found = gc.collect()\n");
            let found: i64 = interp.get("found").expect("found");
            let (objs2, bytes2) = live(&interp);
            assert!(found >= RING as i64, "gc.collect() returned {found}");
            assert_eq!(objs2, objs0, "containers left after gc.collect()");
            assert!(
                bytes2 <= bytes0 + 64 * 1024,
                "memory not back: {bytes0} before, {bytes1} with the ring, {bytes2} after"
            );
        })
        .expect("spawn");
    t.join().expect("test thread panicked");
}

#[test]
fn collect_frees_a_ring_of_100000_instances() {
    ring_case(
        "first = Node()\nn = first\nfor i in range(99999):\n    m = Node()\n    n.next = m\n    n = m\n\
         n.next = first\ndel first, n, m, i\n",
    );
}

#[test]
fn collect_frees_a_ring_of_100000_lists() {
    ring_case(
        "first = []\nn = first\nfor i in range(99999):\n    m = []\n    n.append(m)\n    n = m\n\
         n.append(first)\ndel first, n, m, i\n",
    );
}

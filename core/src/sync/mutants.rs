//! Deliberate weakenings of the GIL and locks, one per test build, to prove
//! the loom models have teeth.
//!
//! A build with `--cfg gilt_mutant="NAME"` (set only by
//! `scripts/loom-mutants.sh`) turns exactly one of these knobs; in every other
//! build each constant is the correct value, so the real code reads the same
//! and compiles to the same machine code. A mutant is *caught* when some loom
//! model fails with it.
//!
//! | mutant                  | weakening                                              |
//! |-------------------------|--------------------------------------------------------|
//! | `gil_release_relaxed`   | GIL release store `Release` -> `Relaxed`                |
//! | `gil_acquire_relaxed`   | GIL acquire loads `Acquire` -> `Relaxed`                |
//! | `gil_no_handoff`        | `yield_to_waiter` keeps the GIL (holder re-takes it)    |
//! | `gil_no_wake`           | GIL release never wakes parked waiters                  |
//! | `gil_no_fence`          | the SeqCst fences that decide "wake or not" are dropped |
//! | `lock_release_relaxed`  | `RawLock` release `Release` -> `Relaxed`                |
//! | `lock_no_wake`          | `RawLock` release never wakes a waiter                  |
//! | `lock_acquire_relaxed`  | `RawLock` acquire `Acquire` -> `Relaxed`                |
//! | `rlock_no_owner_check`  | `RLock::release` skips the owner check                  |
//! | `event_set_relaxed`     | `Event::set` store `Release` -> `Relaxed`               |
//! | `event_no_wake`         | `Event::set` never wakes waiters                        |
//! | `completion_no_wake`    | `Completion::complete` never wakes the waiter           |
//! | `cond_no_wake`          | `Condvar::notify` marks the waiter but never wakes it   |
//! | `cond_register_late`    | `Condvar::wait` queues the waiter after releasing the lock |
//! | `cond_timeout_no_recheck` | a timed-out waiter ignores a notify that picked it    |

#![allow(dead_code)]

use super::Ordering;
use Ordering::{Acquire, Relaxed, Release};

/// The GIL release store (`now_serving`).
pub(crate) const GIL_RELEASE: Ordering = if cfg!(gilt_mutant = "gil_release_relaxed") {
    Relaxed
} else {
    Release
};
/// The GIL acquire loads (`now_serving`).
pub(crate) const GIL_ACQUIRE: Ordering = if cfg!(gilt_mutant = "gil_acquire_relaxed") {
    Relaxed
} else {
    Acquire
};
/// Skip the hand-off in `yield_to_waiter`.
pub(crate) const GIL_NO_HANDOFF: bool = cfg!(gilt_mutant = "gil_no_handoff");
/// Skip the wake in the GIL release.
pub(crate) const GIL_NO_WAKE: bool = cfg!(gilt_mutant = "gil_no_wake");
/// Drop the store-buffering fences between "queued" and "wake".
pub(crate) const GIL_NO_FENCE: bool = cfg!(gilt_mutant = "gil_no_fence");
/// The `RawLock` release swap.
pub(crate) const LOCK_RELEASE: Ordering = if cfg!(gilt_mutant = "lock_release_relaxed") {
    Relaxed
} else {
    Release
};
/// Skip the wake in the `RawLock` release.
pub(crate) const LOCK_NO_WAKE: bool = cfg!(gilt_mutant = "lock_no_wake");
/// The `RawLock` acquire swaps.
pub(crate) const LOCK_ACQUIRE: Ordering = if cfg!(gilt_mutant = "lock_acquire_relaxed") {
    Relaxed
} else {
    Acquire
};
/// `RLock::release` does not check the owner.
pub(crate) const RLOCK_NO_OWNER_CHECK: bool = cfg!(gilt_mutant = "rlock_no_owner_check");
/// The `Event::set` store.
pub(crate) const EVENT_SET: Ordering = if cfg!(gilt_mutant = "event_set_relaxed") {
    Relaxed
} else {
    Release
};
/// Skip the wake in `Event::set`.
pub(crate) const EVENT_NO_WAKE: bool = cfg!(gilt_mutant = "event_no_wake");
/// Skip the wake in `Completion::complete`.
pub(crate) const COMPLETION_NO_WAKE: bool = cfg!(gilt_mutant = "completion_no_wake");
/// Skip the wake in `Condvar::notify`.
pub(crate) const COND_NO_WAKE: bool = cfg!(gilt_mutant = "cond_no_wake");
/// `Condvar::wait` queues the waiter after the caller's lock is released.
pub(crate) const COND_REGISTER_LATE: bool = cfg!(gilt_mutant = "cond_register_late");
/// A timed-out waiter does not re-check, under the queue lock, whether a
/// notifier picked it meanwhile (it swallows that notification).
pub(crate) const COND_TIMEOUT_NO_RECHECK: bool = cfg!(gilt_mutant = "cond_timeout_no_recheck");

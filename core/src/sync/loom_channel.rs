//! Loom models of the cross-interpreter channel's queue
//! (`api::channel::ChannelCore`): messages from concurrent senders arrive
//! exactly once, each sender's in order; closing lets receivers drain what
//! was sent before and then report the end.
//!
//! Run with `scripts/loom.sh sync::loom_channel`.

extern crate std;

use loom::sync::Arc;
use loom::thread;

use crate::api::channel::ChannelCore;

/// Receives while the senders may still be running: a couple of attempts
/// (unbounded spinning would make the model infinite), then the rest after
/// they are joined.
fn try_some(ch: &ChannelCore<u32>, got: &mut std::vec::Vec<u32>) {
    for _ in 0..2 {
        if let Ok(Some(m)) = ch.try_recv() {
            got.push(m);
        }
    }
}

fn drain(ch: &ChannelCore<u32>, got: &mut std::vec::Vec<u32>) -> bool {
    loop {
        match ch.try_recv() {
            Ok(Some(m)) => got.push(m),
            Ok(None) => return false,
            Err(()) => return true,
        }
    }
}

/// Two senders (a thread and the receiving thread itself) race: every
/// message arrives exactly once and each sender's messages keep their
/// order. (A third thread makes the model exceed loom's branch limit: each
/// spin of the lock is a branch.)
#[test]
fn concurrent_senders_deliver_each_message_once_in_order() {
    loom::model(|| {
        let ch = Arc::new(ChannelCore::<u32>::new());
        let a = {
            let ch = ch.clone();
            thread::spawn(move || {
                assert!(ch.send(1).is_ok());
                assert!(ch.send(2).is_ok());
            })
        };
        let mut got = std::vec::Vec::new();
        assert!(ch.send(10).is_ok());
        try_some(&ch, &mut got);
        a.join().unwrap();
        assert!(!drain(&ch, &mut got));
        let mut sorted = got.clone();
        sorted.sort();
        assert_eq!(sorted, [1, 2, 10]);
        let pos = |x| got.iter().position(|&m| m == x);
        assert!(pos(1) < pos(2));
        assert_eq!(ch.try_recv(), Ok(None));
    });
}

/// A sender sends then closes while the receiver drains: the message sent
/// before the close is received, then the receiver sees the end; a send
/// after the close is refused and given back.
#[test]
fn close_after_send_drains_then_ends() {
    loom::model(|| {
        let ch = Arc::new(ChannelCore::<u32>::new());
        let s = {
            let ch = ch.clone();
            thread::spawn(move || {
                assert!(ch.send(7).is_ok());
                ch.close();
                assert_eq!(ch.send(8), Err(8));
            })
        };
        let mut got = std::vec::Vec::new();
        try_some(&ch, &mut got);
        s.join().unwrap();
        assert!(drain(&ch, &mut got), "closed after the drain");
        assert_eq!(got, [7]);
    });
}

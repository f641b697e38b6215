//! [`Channel`]: passes plain values between interpreters by copy.
//!
//! Interpreters share nothing, so a value crosses as a [`Message`]: a deep
//! copy made under the sender's GIL and rebuilt under the receiver's. The
//! queue itself is a spin-locked `VecDeque` (no GIL involved); blocking
//! receivers release their GIL and park on a sequence word, with a short
//! timeout because the two sides may run on different platforms (a wake-up
//! through one platform's futex table does not reach the other's). The loom
//! model is `sync::loom_channel`.

use alloc::collections::VecDeque;
use alloc::string::String;
use alloc::sync::Arc;
use alloc::vec::Vec;

use super::spin::SpinLock;
use super::{Class, Error, FromPy, FromPyError, IntoPy, PyClass, Python};
use crate::num::bigint::BigInt;
use crate::object::{Payload, Value};
use crate::platform::Platform;
use crate::sync::{AtomicU32, Ordering};

/// A value that can cross between interpreters: `None`, `bool`, `int`,
/// `float`, `str`, `bytes`, and tuples, lists and dicts of these.
///
/// Converting from Python copies deeply (nesting is limited to
/// [`Message::MAX_DEPTH`] levels, which also stops self-containing lists);
/// anything else is a `TypeError`.
#[derive(Clone, Debug, PartialEq)]
pub enum Message {
    /// `None`.
    None,
    /// A `bool`.
    Bool(bool),
    /// An `int` that fits in i64.
    Int(i64),
    /// A larger `int`, as decimal digits (with a sign).
    BigInt(String),
    /// A `float`.
    Float(f64),
    /// A `str`.
    Str(String),
    /// A `bytes` (or `bytearray`, which arrives as `bytes`).
    Bytes(Vec<u8>),
    /// A `tuple`.
    Tuple(Vec<Message>),
    /// A `list`.
    List(Vec<Message>),
    /// A `dict`, in insertion order.
    Dict(Vec<(Message, Message)>),
}

const EXPECTED: &str = "None, bool, int, float, str, bytes, tuple, list or dict";

impl Message {
    /// The deepest nesting of containers a message may have.
    pub const MAX_DEPTH: usize = 64;

    fn from_value(py: Python<'_>, v: &Value, depth: usize) -> Result<Message, FromPyError> {
        if depth > Message::MAX_DEPTH {
            return Err(FromPyError::Error(Error::value_error(
                "message nested too deeply",
            )));
        }
        let seq = |items: &[Value]| -> Result<Vec<Message>, FromPyError> {
            items
                .iter()
                .map(|x| Message::from_value(py, x, depth + 1))
                .collect()
        };
        Ok(match v {
            Value::None => Message::None,
            Value::Bool(b) => Message::Bool(*b),
            Value::Int(i) => Message::Int(*i),
            Value::Float(f) => Message::Float(*f),
            Value::Obj(o) => match o.payload() {
                Payload::Str(s) => Message::Str(String::from(s.as_str())),
                Payload::Int(b) => Message::BigInt(b.to_string_radix(10)),
                Payload::Bytes(b) => Message::Bytes(b.data.clone()),
                Payload::ByteArray(b) => Message::Bytes(b.data.get().clone()),
                Payload::Tuple(t) => Message::Tuple(seq(t.items())?),
                Payload::List(l) => {
                    let items = l.items.get().clone();
                    Message::List(seq(&items)?)
                }
                Payload::Dict(d) => {
                    let mut out = Vec::new();
                    for (k, x) in d.items() {
                        out.push((
                            Message::from_value(py, &k, depth + 1)?,
                            Message::from_value(py, &x, depth + 1)?,
                        ));
                    }
                    Message::Dict(out)
                }
                _ => return Err(FromPyError::mismatch(EXPECTED, py.type_name(v))),
            },
        })
    }
}

impl FromPy for Message {
    fn expected() -> String {
        String::from(EXPECTED)
    }
    fn from_py(py: Python<'_>, v: &Value) -> Result<Self, FromPyError> {
        Message::from_value(py, v, 0)
    }
}

impl IntoPy for Message {
    fn into_py(self, py: Python<'_>) -> Result<Value, Error> {
        Ok(match self {
            Message::None => Value::None,
            Message::Bool(b) => Value::Bool(b),
            Message::Int(i) => Value::Int(i),
            Message::BigInt(s) => match BigInt::parse(&s, 10) {
                Some(b) => Value::from_bigint(b),
                None => return Err(Error::value_error("invalid int in message")),
            },
            Message::Float(f) => Value::Float(f),
            Message::Str(s) => py.vm().new_str(s),
            Message::Bytes(b) => crate::object::bytes::new_bytes(b),
            Message::Tuple(items) => {
                let vs = items
                    .into_iter()
                    .map(|m| m.into_py(py))
                    .collect::<Result<Vec<_>, _>>()?;
                py.vm().new_tuple(vs)
            }
            Message::List(items) => items.into_py(py)?,
            Message::Dict(pairs) => {
                let d = py.vm().new_dict();
                if let Some(Payload::Dict(dict)) = d.payload() {
                    for (k, x) in pairs {
                        let (k, x) = (k.into_py(py)?, x.into_py(py)?);
                        let r = dict.set(py.vm(), k, x);
                        py.result(r)?;
                    }
                }
                d
            }
        })
    }
}

struct ChanState<T> {
    queue: VecDeque<T>,
    closed: bool,
}

/// The shared queue of a channel (generic for the loom model).
pub(crate) struct ChannelCore<T> {
    state: SpinLock<ChanState<T>>,
    /// Bumped by every send and by `close`: the word receivers park on.
    seq: AtomicU32,
}

impl<T> ChannelCore<T> {
    pub(crate) fn new() -> Self {
        ChannelCore {
            state: SpinLock::new(ChanState {
                queue: VecDeque::new(),
                closed: false,
            }),
            seq: AtomicU32::new(0),
        }
    }

    /// Appends a message; gives it back if the channel is closed.
    pub(crate) fn send(&self, m: T) -> Result<(), T> {
        self.state.with(|s| {
            if s.closed {
                return Err(m);
            }
            s.queue.push_back(m);
            Ok(())
        })?;
        // Release: a receiver that sees the new count (Acquire) and then
        // takes the lock finds the message (the lock orders it anyway).
        self.seq.fetch_add(1, Ordering::Release);
        Ok(())
    }

    /// The oldest message; `Ok(None)` when empty, `Err(())` when empty and
    /// closed.
    pub(crate) fn try_recv(&self) -> Result<Option<T>, ()> {
        self.state.with(|s| match s.queue.pop_front() {
            Some(m) => Ok(Some(m)),
            None if s.closed => Err(()),
            None => Ok(None),
        })
    }

    /// Refuses further sends (queued messages can still be received).
    pub(crate) fn close(&self) {
        self.state.with(|s| s.closed = true);
        self.seq.fetch_add(1, Ordering::Release);
    }

    pub(crate) fn len(&self) -> usize {
        self.state.with(|s| s.queue.len())
    }

    /// The wait word's current value.
    pub(crate) fn seq(&self) -> u32 {
        // Acquire: pairs with the Release increments (see `send`).
        self.seq.load(Ordering::Acquire)
    }

    /// Blocks until a message arrives or the channel is closed and empty,
    /// parking through `p` (re-checking at least every `poll_ns`).
    pub(crate) fn recv(&self, p: &dyn Platform, poll_ns: u64) -> Result<T, ()> {
        loop {
            let seen = self.seq();
            if let Some(m) = self.try_recv()? {
                return Ok(m);
            }
            p.wait(&self.seq, seen, Some(poll_ns));
        }
    }
}

/// How long a blocked receiver parks before looking again (the sender may
/// wake through another platform's futex table, which would not reach it).
const POLL_NS: u64 = 200_000;

/// A multi-producer, multi-consumer queue of [`Message`]s shared by any
/// number of interpreters (and Rust threads). Cloning gives another handle
/// to the same queue.
///
/// Given to Python (as an argument, a global or a constant) it is a
/// `Channel` object with `send(value)`, `recv()` (blocks with the GIL
/// released; `EOFError` once closed and drained), `try_recv(default=None)`,
/// `close()` and `len()`.
///
/// ```
/// use gilt_core::api::{Channel, Interpreter, Message, testing::TestPlatform};
///
/// let chan = Channel::new();
/// let mut a = Interpreter::new(Box::new(TestPlatform::new()), Default::default());
/// let mut b = Interpreter::new(Box::new(TestPlatform::new()), Default::default());
/// a.set("chan", chan.clone()).unwrap();
/// b.set("chan", chan.clone()).unwrap();
/// a.run("chan.send({'n': 1, 'tags': ('x', b'y'), 'big': 2**70})", "<a>").unwrap();
/// b.run("got = chan.recv()", "<b>").unwrap();
/// assert_eq!(b.eval::<String>("repr(got)").unwrap(), "{'n': 1, 'tags': ('x', b'y'), 'big': 1180591620717411303424}");
/// // Rust can take part too.
/// chan.send(Message::Int(7)).unwrap();
/// assert_eq!(b.eval::<i64>("chan.recv()").unwrap(), 7);
/// assert_eq!(chan.try_recv().unwrap(), None);
/// ```
#[derive(Clone)]
pub struct Channel {
    core: Arc<ChannelCore<Message>>,
}

impl Default for Channel {
    fn default() -> Self {
        Channel::new()
    }
}

impl core::fmt::Debug for Channel {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "Channel({} queued)", self.len())
    }
}

impl Channel {
    /// A new, empty channel.
    pub fn new() -> Channel {
        Channel {
            core: Arc::new(ChannelCore::new()),
        }
    }

    /// Queues a message (an `EOFError` kind of error once closed).
    pub fn send(&self, m: Message) -> Result<(), Error> {
        self.core.send(m).map_err(|_| Error::channel_closed())
    }

    /// The oldest message, or `None` when empty; an error once closed and
    /// drained.
    pub fn try_recv(&self) -> Result<Option<Message>, Error> {
        self.core.try_recv().map_err(|()| Error::channel_closed())
    }

    /// Blocks until a message arrives, parking through `platform` (call it
    /// without holding any GIL).
    pub fn recv(&self, platform: &dyn Platform) -> Result<Message, Error> {
        self.core
            .recv(platform, POLL_NS)
            .map_err(|()| Error::channel_closed())
    }

    /// Closes the channel: sends fail, receivers drain what is queued and
    /// then get an error.
    pub fn close(&self) {
        self.core.close()
    }

    /// How many messages are queued.
    pub fn len(&self) -> usize {
        self.core.len()
    }

    /// True when nothing is queued.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

fn py_recv(py: Python<'_>, ch: &Channel) -> Result<Message, Error> {
    // Fast path without giving up the GIL.
    if let Some(m) = ch.try_recv()? {
        return Ok(m);
    }
    let core = ch.core.clone();
    let platform: &dyn Platform = &*py.interp().platform;
    py.allow_threads(move || core.recv(platform, POLL_NS))
        .map_err(|()| Error::channel_closed())
}

impl PyClass for Channel {
    const NAME: &'static str = "Channel";

    fn auto_class() -> Option<Class<Channel>> {
        Some(
            Class::new()
                .constructor(Channel::new)
                .method("send", |ch: &Channel, m: Message| ch.send(m))
                .method("recv", py_recv)
                .method(
                    "try_recv",
                    |ch: &Channel, default: Option<crate::api::PyObject>| {
                        ch.try_recv().map(|m| match m {
                            Some(m) => TryRecv::Got(m),
                            None => TryRecv::Default(default),
                        })
                    },
                )
                .method("close", |ch: &Channel| ch.close())
                .method("__len__", |ch: &Channel| ch.len()),
        )
    }
}

/// What `try_recv` returns to Python: the message or the default.
enum TryRecv {
    Got(Message),
    Default(Option<crate::api::PyObject>),
}

impl IntoPy for TryRecv {
    fn into_py(self, py: Python<'_>) -> Result<Value, Error> {
        match self {
            TryRecv::Got(m) => m.into_py(py),
            TryRecv::Default(Some(d)) => d.into_py(py),
            TryRecv::Default(None) => Ok(Value::None),
        }
    }
}

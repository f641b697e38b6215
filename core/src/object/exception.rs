//! Exception instances, traceback entries, and the built-in exception
//! hierarchy.

use core::cell::Cell;

use super::{drain_value, ObjRef, PyCell, Value};

/// The payload of an exception instance (any subclass of `BaseException`).
pub struct ExceptionObj {
    /// `__class__`.
    pub class: PyCell<ObjRef>,
    /// `args` (a tuple).
    pub args: PyCell<Value>,
    /// `__dict__` (a dict object) for extra attributes, or None until needed.
    pub dict: PyCell<Value>,
    /// `__traceback__`: None or a traceback object (innermost last).
    pub traceback: PyCell<Value>,
    /// `__cause__`.
    pub cause: PyCell<Value>,
    /// `__context__`.
    pub context: PyCell<Value>,
    /// `__suppress_context__`.
    pub suppress_context: Cell<bool>,
}

impl ExceptionObj {
    /// A new exception payload.
    pub fn new(class: ObjRef, args: Value) -> Self {
        ExceptionObj {
            class: PyCell::new(class),
            args: PyCell::new(args),
            dict: PyCell::new(Value::None),
            traceback: PyCell::new(Value::None),
            cause: PyCell::new(Value::None),
            context: PyCell::new(Value::None),
            suppress_context: Cell::new(false),
        }
    }

    pub(crate) fn drain(&mut self, sink: &mut dyn FnMut(Value)) {
        drain_value(self.args.0.get_mut(), sink);
        drain_value(self.dict.0.get_mut(), sink);
        drain_value(self.traceback.0.get_mut(), sink);
        drain_value(self.cause.0.get_mut(), sink);
        drain_value(self.context.0.get_mut(), sink);
    }
}

/// The payload of a traceback entry (`tb_next` chains outward-in, as CPython).
pub struct TracebackObj {
    /// The next (inner) entry or None.
    pub next: PyCell<Value>,
    /// The code object that was running.
    pub code: ObjRef,
    /// The instruction index that was running (for line and column).
    pub lasti: u32,
}

impl TracebackObj {
    pub(crate) fn drain(&mut self, sink: &mut dyn FnMut(Value)) {
        drain_value(self.next.0.get_mut(), sink);
    }
}

macro_rules! exc_kinds {
    ($( $name:ident : $parent:tt ),* $(,)?) => {
        /// Every built-in exception type.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        #[allow(missing_docs)]
        pub enum ExcKind { $($name),* }

        impl ExcKind {
            /// All kinds, parents before children.
            pub const ALL: &'static [ExcKind] = &[$(ExcKind::$name),*];
            /// The Python name.
            pub fn name(self) -> &'static str {
                match self { $(ExcKind::$name => stringify!($name)),* }
            }
            /// The base exception kind (None for BaseException).
            pub fn parent(self) -> Option<ExcKind> {
                match self { $(ExcKind::$name => exc_kinds!(@parent $parent)),* }
            }
        }
    };
    (@parent root) => { None };
    (@parent $p:ident) => { Some(ExcKind::$p) };
}

exc_kinds! {
    BaseException: root,
    SystemExit: BaseException,
    KeyboardInterrupt: BaseException,
    GeneratorExit: BaseException,
    Exception: BaseException,
    StopIteration: Exception,
    StopAsyncIteration: Exception,
    ArithmeticError: Exception,
    FloatingPointError: ArithmeticError,
    OverflowError: ArithmeticError,
    ZeroDivisionError: ArithmeticError,
    AssertionError: Exception,
    AttributeError: Exception,
    BufferError: Exception,
    EOFError: Exception,
    ImportError: Exception,
    ModuleNotFoundError: ImportError,
    LookupError: Exception,
    IndexError: LookupError,
    KeyError: LookupError,
    MemoryError: Exception,
    NameError: Exception,
    UnboundLocalError: NameError,
    OSError: Exception,
    BlockingIOError: OSError,
    ChildProcessError: OSError,
    ConnectionError: OSError,
    BrokenPipeError: ConnectionError,
    ConnectionAbortedError: ConnectionError,
    ConnectionRefusedError: ConnectionError,
    ConnectionResetError: ConnectionError,
    FileExistsError: OSError,
    FileNotFoundError: OSError,
    InterruptedError: OSError,
    IsADirectoryError: OSError,
    NotADirectoryError: OSError,
    PermissionError: OSError,
    ProcessLookupError: OSError,
    TimeoutError: OSError,
    ReferenceError: Exception,
    RuntimeError: Exception,
    NotImplementedError: RuntimeError,
    RecursionError: RuntimeError,
    SyntaxError: Exception,
    IndentationError: SyntaxError,
    TabError: IndentationError,
    SystemError: Exception,
    TypeError: Exception,
    ValueError: Exception,
    UnicodeError: ValueError,
    UnicodeDecodeError: UnicodeError,
    UnicodeEncodeError: UnicodeError,
    UnicodeTranslateError: UnicodeError,
    Warning: Exception,
    DeprecationWarning: Warning,
    PendingDeprecationWarning: Warning,
    RuntimeWarning: Warning,
    SyntaxWarning: Warning,
    UserWarning: Warning,
    FutureWarning: Warning,
    ImportWarning: Warning,
    UnicodeWarning: Warning,
    BytesWarning: Warning,
    ResourceWarning: Warning,
    EncodingWarning: Warning,
}

/// Registers this type's methods on its type object.
pub(crate) fn init(_vm: &mut crate::vm::Vm) {}

//! The opcode set. Every opcode is documented in one line with its stack
//! effect (`before -- after`, top of stack rightmost). Jump targets are
//! absolute instruction indices.

/// One bytecode operation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Op {
    /// `--` does nothing.
    Nop,
    /// `a --` discards the top of stack.
    PopTop,
    /// `a_n .. a_1 -- a_n .. a_1 a_n`: pushes a copy of the arg-th item (1 = top).
    Copy,
    /// `a_n .. a_1 -- a_1 .. a_n`: swaps the top with the arg-th item.
    Swap,
    /// `-- consts[arg]`.
    LoadConst,
    /// `-- fast[arg]` (UnboundLocalError when unset).
    LoadFast,
    /// `v --` stores into `fast[arg]`.
    StoreFast,
    /// `--` unbinds `fast[arg]`.
    DeleteFast,
    /// `-- cell.value` for cell/free slot arg (index past the plain locals).
    LoadDeref,
    /// `v --` stores into cell/free slot arg.
    StoreDeref,
    /// `--` empties cell/free slot arg.
    DeleteDeref,
    /// `-- cell` pushes the cell object itself of cell/free slot arg.
    LoadClosure,
    /// `-- v` class body: locals dict first, then the cell/free slot arg.
    LoadClassDeref,
    /// `-- v` looks `names[arg]` up in locals, globals, builtins.
    LoadName,
    /// `v --` stores `names[arg]` in the locals dict.
    StoreName,
    /// `--` deletes `names[arg]` from the locals dict.
    DeleteName,
    /// `-- v` looks `names[arg]` up in globals, then builtins.
    LoadGlobal,
    /// `v --` stores `names[arg]` in globals.
    StoreGlobal,
    /// `--` deletes `names[arg]` from globals.
    DeleteGlobal,
    /// `obj -- obj.names[arg]`.
    LoadAttr,
    /// `v obj --` sets `obj.names[arg] = v`.
    StoreAttr,
    /// `obj --` deletes `obj.names[arg]`.
    DeleteAttr,
    /// `obj -- meth obj` when the attribute is a plain function on the type, else `obj -- NULL attr`.
    LoadMethod,
    /// `-- NULL` pushes the call marker.
    PushNull,
    /// `-- ` records `consts[arg]` (a tuple of names) as the keyword names of the next `Call`.
    KwNames,
    /// `NULL|f f|self args.. -- result`: calls with arg arguments (the last `len(kwnames)` are keywords).
    Call,
    /// `NULL|f f args_tuple [kwargs] -- result`: `f(*args, **kwargs)`; arg & 1 = kwargs present.
    CallFunctionEx,
    /// `a b -- a op b` for `BinOp` number arg.
    BinaryOp,
    /// `a b -- a op= b` for `BinOp` number arg.
    InplaceOp,
    /// `a b -- a cmp b` for `CmpOp` number arg (one of the six rich comparisons).
    CompareOp,
    /// `a b -- a is b` (arg 1: `is not`).
    IsOp,
    /// `a b -- a in b` (arg 1: `not in`).
    ContainsOp,
    /// `a -- -a`.
    UnaryNegative,
    /// `a -- +a`.
    UnaryPositive,
    /// `a -- ~a`.
    UnaryInvert,
    /// `a -- not a`.
    UnaryNot,
    /// `obj key -- obj[key]`.
    BinarySubscr,
    /// `v obj key --` sets `obj[key] = v`.
    StoreSubscr,
    /// `obj key --` deletes `obj[key]`.
    DeleteSubscr,
    /// `lo hi [step] -- slice` (arg = 2 or 3).
    BuildSlice,
    /// `items.. -- tuple` of arg items.
    BuildTuple,
    /// `items.. -- list` of arg items.
    BuildList,
    /// `items.. -- set` of arg items.
    BuildSet,
    /// `k1 v1 .. -- dict` of arg pairs.
    BuildMap,
    /// `parts.. -- str` concatenates arg strings.
    BuildString,
    /// `list.. v -- list..` appends v to the list arg items below it.
    ListAppend,
    /// `set.. v -- set..` adds v to the set arg items below it.
    SetAdd,
    /// `dict.. k v -- dict..` stores into the dict arg items below them.
    MapAdd,
    /// `list.. it -- list..` extends the list arg items below with an iterable.
    ListExtend,
    /// `set.. it -- set..` updates the set arg items below with an iterable.
    SetUpdate,
    /// `dict.. m -- dict..` updates the dict arg items below with a mapping.
    DictUpdate,
    /// `dict.. m -- dict..` as DictUpdate, but duplicate keys are a call error.
    DictMerge,
    /// `list -- tuple`.
    ListToTuple,
    /// `seq -- v_n .. v_1` unpacks exactly arg items (first item on top).
    UnpackSequence,
    /// `seq -- after.. list before..` unpacks with a star (arg = before | after << 8).
    UnpackEx,
    /// `v [spec] -- str`: format (arg & 3: 0 none, 1 str, 2 repr, 3 ascii; arg & 4: spec present).
    FormatValue,
    /// `v -- iter(v)`.
    GetIter,
    /// `it -- it next` or, when exhausted, `it --` and jump to arg.
    ForIter,
    /// `--` jumps forward to arg.
    Jump,
    /// `--` jumps backward to arg (checks the eval breaker).
    JumpBackward,
    /// `v --` jumps to arg when v is false.
    PopJumpIfFalse,
    /// `v --` jumps to arg when v is true.
    PopJumpIfTrue,
    /// `v -- v` and jumps to arg when false, else `v --`.
    JumpIfFalseOrPop,
    /// `v -- v` and jumps to arg when true, else `v --`.
    JumpIfTrueOrPop,
    /// `v --` returns v from the frame.
    ReturnValue,
    /// `v -- sent` yields v from a generator; the sent value is pushed on resume (arg 1: inside `yield from`/`await`, 2: an async generator's own `yield`).
    YieldValue,
    /// `v -- iter` for `yield from`: generators as is, else `iter(v)`.
    GetYieldFromIter,
    /// `sub v -- sub out` sends v into sub (yielding out next), or `sub v -- result` and jumps to arg when sub returns.
    Send,
    /// `[defaults] [kwdefaults] [closure] code -- function` (arg bits: 1 defaults, 2 kwdefaults, 4 closure).
    MakeFunction,
    /// `-- __build_class__`.
    LoadBuildClass,
    /// `--` creates `__annotations__` in the locals dict if missing.
    SetupAnnotations,
    /// `level fromlist -- module` imports `names[arg]`.
    ImportName,
    /// `module -- module attr` for `from module import names[arg]`.
    ImportFrom,
    /// `module --` copies the public names into the locals dict.
    ImportStar,
    /// `[exc [cause]] --` raises (arg = number of operands; 0 re-raises).
    RaiseVarargs,
    /// `exc --` re-raises exc without adding a traceback entry.
    Reraise,
    /// `--` pushes a handler block jumping to arg on exception.
    SetupFinally,
    /// `--` pops the innermost handler block.
    PopBlock,
    /// `--` leaves an exception handler: pops its block and the handled exception.
    PopExcept,
    /// `exc type -- exc bool` matches an exception against a class or tuple.
    CheckExcMatch,
    /// `mgr -- exit enter_result` calls `__enter__` and keeps the bound `__exit__`.
    BeforeWith,
    /// `exit --` calls `exit(None, None, None)` and drops the result.
    WithExitNormal,
    /// `exit exc -- exit exc result` calls `exit(type, exc, tb)`.
    WithExceptStart,
    /// `-- AssertionError`.
    LoadAssertionError,
    /// `v --` interactive mode: calls `sys.displayhook(v)`.
    PrintExpr,
    /// `-- locals` pushes the frame's locals dict.
    LoadLocals,
    /// `v --` stores v as `__annotations__[consts[arg]]` in the locals dict.
    StoreAnnotation,
    /// `obj -- obj len(obj)` (match statements).
    GetLen,
    /// `subj -- subj bool`: is subj a mapping (a dict or dict subclass)?
    MatchMapping,
    /// `subj -- subj bool`: is subj a sequence (list, tuple, range, deque, ... but not str/bytes)?
    MatchSequence,
    /// `subj keys -- subj keys values|None`: the values for the keys tuple, None if one is missing.
    MatchKeys,
    /// `subj cls names -- attrs|None`: class pattern with arg positional sub-patterns.
    MatchClass,
    /// `a_n .. a_2 a_1 -- a_1 a_n .. a_2`: moves the top item down to position arg (match captures).
    Rotate,
    /// `v -- awaitable_iter` for `await` (arg 1: after `__aenter__`, 2: after `__aexit__`, for messages).
    GetAwaitable,
    /// `v -- v.__aiter__()` for `async for`.
    GetAiter,
    /// `aiter -- aiter awaitable` pushes the awaitable of `aiter.__anext__()`.
    GetAnext,
    /// `aiter exc --` ends an `async for` on StopAsyncIteration (leaving the handler), else re-raises.
    EndAsyncFor,
    /// `mgr -- aexit aenter_result` calls `__aenter__` and keeps the bound `__aexit__`.
    BeforeAsyncWith,
    /// `exit res -- exit res` like SetupFinally (jumping to arg), but the handler's stack level excludes `res`.
    SetupWith,
}

impl Op {
    /// The CPython-style upper-case name (for the disassembler).
    pub fn name(self) -> &'static str {
        use Op::*;
        match self {
            Nop => "NOP",
            PopTop => "POP_TOP",
            Copy => "COPY",
            Swap => "SWAP",
            LoadConst => "LOAD_CONST",
            LoadFast => "LOAD_FAST",
            StoreFast => "STORE_FAST",
            DeleteFast => "DELETE_FAST",
            LoadDeref => "LOAD_DEREF",
            StoreDeref => "STORE_DEREF",
            DeleteDeref => "DELETE_DEREF",
            LoadClosure => "LOAD_CLOSURE",
            LoadClassDeref => "LOAD_CLASSDEREF",
            LoadName => "LOAD_NAME",
            StoreName => "STORE_NAME",
            DeleteName => "DELETE_NAME",
            LoadGlobal => "LOAD_GLOBAL",
            StoreGlobal => "STORE_GLOBAL",
            DeleteGlobal => "DELETE_GLOBAL",
            LoadAttr => "LOAD_ATTR",
            StoreAttr => "STORE_ATTR",
            DeleteAttr => "DELETE_ATTR",
            LoadMethod => "LOAD_METHOD",
            PushNull => "PUSH_NULL",
            KwNames => "KW_NAMES",
            Call => "CALL",
            CallFunctionEx => "CALL_FUNCTION_EX",
            BinaryOp => "BINARY_OP",
            InplaceOp => "INPLACE_OP",
            CompareOp => "COMPARE_OP",
            IsOp => "IS_OP",
            ContainsOp => "CONTAINS_OP",
            UnaryNegative => "UNARY_NEGATIVE",
            UnaryPositive => "UNARY_POSITIVE",
            UnaryInvert => "UNARY_INVERT",
            UnaryNot => "UNARY_NOT",
            BinarySubscr => "BINARY_SUBSCR",
            StoreSubscr => "STORE_SUBSCR",
            DeleteSubscr => "DELETE_SUBSCR",
            BuildSlice => "BUILD_SLICE",
            BuildTuple => "BUILD_TUPLE",
            BuildList => "BUILD_LIST",
            BuildSet => "BUILD_SET",
            BuildMap => "BUILD_MAP",
            BuildString => "BUILD_STRING",
            ListAppend => "LIST_APPEND",
            SetAdd => "SET_ADD",
            MapAdd => "MAP_ADD",
            ListExtend => "LIST_EXTEND",
            SetUpdate => "SET_UPDATE",
            DictUpdate => "DICT_UPDATE",
            DictMerge => "DICT_MERGE",
            ListToTuple => "LIST_TO_TUPLE",
            UnpackSequence => "UNPACK_SEQUENCE",
            UnpackEx => "UNPACK_EX",
            FormatValue => "FORMAT_VALUE",
            GetIter => "GET_ITER",
            ForIter => "FOR_ITER",
            Jump => "JUMP_FORWARD",
            JumpBackward => "JUMP_BACKWARD",
            PopJumpIfFalse => "POP_JUMP_IF_FALSE",
            PopJumpIfTrue => "POP_JUMP_IF_TRUE",
            JumpIfFalseOrPop => "JUMP_IF_FALSE_OR_POP",
            JumpIfTrueOrPop => "JUMP_IF_TRUE_OR_POP",
            ReturnValue => "RETURN_VALUE",
            YieldValue => "YIELD_VALUE",
            GetYieldFromIter => "GET_YIELD_FROM_ITER",
            Send => "SEND",
            MakeFunction => "MAKE_FUNCTION",
            LoadBuildClass => "LOAD_BUILD_CLASS",
            SetupAnnotations => "SETUP_ANNOTATIONS",
            ImportName => "IMPORT_NAME",
            ImportFrom => "IMPORT_FROM",
            ImportStar => "IMPORT_STAR",
            RaiseVarargs => "RAISE_VARARGS",
            Reraise => "RERAISE",
            SetupFinally => "SETUP_FINALLY",
            PopBlock => "POP_BLOCK",
            PopExcept => "POP_EXCEPT",
            CheckExcMatch => "CHECK_EXC_MATCH",
            BeforeWith => "BEFORE_WITH",
            WithExitNormal => "WITH_EXIT_NORMAL",
            WithExceptStart => "WITH_EXCEPT_START",
            LoadAssertionError => "LOAD_ASSERTION_ERROR",
            PrintExpr => "PRINT_EXPR",
            LoadLocals => "LOAD_LOCALS",
            StoreAnnotation => "STORE_ANNOTATION",
            GetLen => "GET_LEN",
            MatchMapping => "MATCH_MAPPING",
            MatchSequence => "MATCH_SEQUENCE",
            MatchKeys => "MATCH_KEYS",
            MatchClass => "MATCH_CLASS",
            Rotate => "ROTATE",
            GetAwaitable => "GET_AWAITABLE",
            GetAiter => "GET_AITER",
            GetAnext => "GET_ANEXT",
            EndAsyncFor => "END_ASYNC_FOR",
            BeforeAsyncWith => "BEFORE_ASYNC_WITH",
            SetupWith => "SETUP_WITH",
        }
    }

    /// True when the argument is an absolute jump target.
    pub fn is_jump(self) -> bool {
        use Op::*;
        matches!(
            self,
            ForIter
                | Jump
                | JumpBackward
                | PopJumpIfFalse
                | PopJumpIfTrue
                | JumpIfFalseOrPop
                | JumpIfTrueOrPop
                | Send
                | SetupFinally
                | SetupWith
        )
    }

    /// Net stack effect when falling through (used for the stack-size estimate).
    pub fn stack_effect(self, arg: u32) -> i32 {
        use Op::*;
        let a = arg as i32;
        match self {
            Nop | Swap | Rotate | Jump | JumpBackward | SetupFinally | PopBlock | PopExcept
            | KwNames | DeleteFast | DeleteDeref | DeleteName | DeleteGlobal | SetupAnnotations
            | UnaryNegative | UnaryPositive | UnaryInvert | UnaryNot | GetIter
            | GetYieldFromIter | ListToTuple | LoadAttr | YieldValue | ImportFrom
            | CheckExcMatch => {
                if matches!(self, ImportFrom) {
                    1
                } else {
                    0
                }
            }
            PopTop | StoreFast | StoreDeref | StoreName | StoreGlobal | DeleteAttr
            | PopJumpIfFalse | PopJumpIfTrue | JumpIfFalseOrPop | JumpIfTrueOrPop | ReturnValue
            | ImportStar | Reraise | PrintExpr | WithExitNormal | StoreAnnotation => -1,
            Copy | LoadConst | LoadFast | LoadDeref | LoadClosure | LoadClassDeref | LoadName
            | LoadGlobal | PushNull | LoadBuildClass | LoadAssertionError | LoadLocals
            | ForIter | BeforeWith | LoadMethod | WithExceptStart => 1,
            StoreAttr | DeleteSubscr => -2,
            StoreSubscr => -3,
            Call => -a - 1,
            CallFunctionEx => -1 - (a & 1),
            BinaryOp | InplaceOp | CompareOp | IsOp | ContainsOp | BinarySubscr | Send
            | ImportName => -1,
            BuildSlice => 1 - a,
            BuildTuple | BuildList | BuildSet | BuildString => 1 - a,
            BuildMap => 1 - 2 * a,
            ListAppend | SetAdd | ListExtend | SetUpdate | DictUpdate | DictMerge => -1,
            MapAdd => -2,
            UnpackSequence => a - 1,
            UnpackEx => (a & 0xff) + (a >> 8),
            FormatValue => {
                if a & 4 != 0 {
                    -1
                } else {
                    0
                }
            }
            MakeFunction => -((a & 1) + ((a >> 1) & 1) + ((a >> 2) & 1)),
            RaiseVarargs => -a,
            GetLen | MatchMapping | MatchSequence | MatchKeys => 1,
            MatchClass => -2,
            GetAwaitable | GetAiter | SetupWith => 0,
            GetAnext | BeforeAsyncWith => 1,
            EndAsyncFor => -2,
        }
    }
}

/// One instruction: an opcode and a 32-bit argument (8 bytes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Instr {
    /// The operation.
    pub op: Op,
    /// Its argument (0 when unused).
    pub arg: u32,
}

impl Instr {
    /// An instruction.
    #[inline]
    pub const fn new(op: Op, arg: u32) -> Self {
        Instr { op, arg }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instr_is_8_bytes() {
        assert_eq!(core::mem::size_of::<Instr>(), 8);
    }
}

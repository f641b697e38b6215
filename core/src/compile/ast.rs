//! The abstract syntax tree produced by the parser and consumed by the
//! symbol table and code generator.
//!
//! The shapes follow CPython's `ast` module (3.11) closely so that its
//! documentation doubles as ours; every node carries a [`Span`] with
//! 1-based lines and 0-based columns (in characters), as CPython reports them.

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

/// A source position range: 1-based lines, 0-based character columns.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Span {
    /// First line (1-based).
    pub line: u32,
    /// First column (0-based, in characters).
    pub col: u32,
    /// Last line (1-based).
    pub end_line: u32,
    /// Column just past the end (0-based, in characters).
    pub end_col: u32,
}

/// A parsed module: the statements of one source file.
#[derive(Clone, Debug)]
pub struct Module {
    /// Top-level statements in order.
    pub body: Vec<Stmt>,
}

/// A statement with its source span.
#[derive(Clone, Debug)]
pub struct Stmt {
    /// What the statement is.
    pub kind: StmtKind,
    /// Where it is.
    pub span: Span,
}

/// Statement kinds.
#[derive(Clone, Debug)]
pub enum StmtKind {
    /// `def name(args) -> returns: body`, with decorators; `is_async` for `async def`.
    FunctionDef {
        /// Function name.
        name: String,
        /// Parameters.
        args: Box<Arguments>,
        /// Body statements.
        body: Vec<Stmt>,
        /// Decorator expressions, outermost first.
        decorators: Vec<Expr>,
        /// Return annotation.
        returns: Option<Box<Expr>>,
        /// `async def`.
        is_async: bool,
    },
    /// `class name(bases, **keywords): body`.
    ClassDef {
        /// Class name.
        name: String,
        /// Positional bases (may contain `Starred`).
        bases: Vec<Expr>,
        /// Keyword arguments such as `metaclass=`.
        keywords: Vec<Keyword>,
        /// Body statements.
        body: Vec<Stmt>,
        /// Decorator expressions, outermost first.
        decorators: Vec<Expr>,
    },
    /// `return [value]`.
    Return(Option<Expr>),
    /// `del a, b[0], c.d`.
    Delete(Vec<Expr>),
    /// `t1 = t2 = value`: one or more targets.
    Assign {
        /// Targets, left to right.
        targets: Vec<Expr>,
        /// Right-hand side.
        value: Expr,
    },
    /// `target op= value`.
    AugAssign {
        /// Name, attribute or subscript.
        target: Expr,
        /// The operator.
        op: BinOp,
        /// Right-hand side.
        value: Expr,
    },
    /// `target: annotation [= value]`; `simple` when the target is a bare name.
    AnnAssign {
        /// Target.
        target: Expr,
        /// Annotation expression.
        annotation: Expr,
        /// Optional value.
        value: Option<Expr>,
        /// Target is a plain name not in parentheses.
        simple: bool,
    },
    /// `for target in iter: body else: orelse`.
    For {
        /// Loop target.
        target: Expr,
        /// Iterable.
        iter: Expr,
        /// Body.
        body: Vec<Stmt>,
        /// `else` block.
        orelse: Vec<Stmt>,
        /// `async for`.
        is_async: bool,
    },
    /// `while test: body else: orelse`.
    While {
        /// Condition.
        test: Expr,
        /// Body.
        body: Vec<Stmt>,
        /// `else` block.
        orelse: Vec<Stmt>,
    },
    /// `if test: body elif/else: orelse` (an `elif` is a nested `If` in `orelse`).
    If {
        /// Condition.
        test: Expr,
        /// Body.
        body: Vec<Stmt>,
        /// `else`/`elif` block.
        orelse: Vec<Stmt>,
    },
    /// `with a as b, c: body`.
    With {
        /// Context managers.
        items: Vec<WithItem>,
        /// Body.
        body: Vec<Stmt>,
        /// `async with`.
        is_async: bool,
    },
    /// `match subject: cases`.
    Match {
        /// Subject expression.
        subject: Expr,
        /// Cases in order.
        cases: Vec<MatchCase>,
    },
    /// `raise [exc [from cause]]`.
    Raise {
        /// Exception.
        exc: Option<Expr>,
        /// Cause.
        cause: Option<Expr>,
    },
    /// `try: body except...: handlers else: orelse finally: finalbody`.
    Try {
        /// Body.
        body: Vec<Stmt>,
        /// Except clauses.
        handlers: Vec<ExceptHandler>,
        /// `else` block.
        orelse: Vec<Stmt>,
        /// `finally` block.
        finalbody: Vec<Stmt>,
    },
    /// `assert test, msg`.
    Assert {
        /// Condition.
        test: Expr,
        /// Message.
        msg: Option<Expr>,
    },
    /// `import a.b as c, d`.
    Import(Vec<Alias>),
    /// `from ..module import a as b` (`module` None for `from . import x`).
    ImportFrom {
        /// Dotted module name.
        module: Option<String>,
        /// Imported names; a single `*` alias for star imports.
        names: Vec<Alias>,
        /// Number of leading dots.
        level: u32,
    },
    /// `global a, b`.
    Global(Vec<String>),
    /// `nonlocal a, b`.
    Nonlocal(Vec<String>),
    /// An expression statement.
    Expr(Expr),
    /// `pass`.
    Pass,
    /// `break`.
    Break,
    /// `continue`.
    Continue,
}

/// An expression with its source span.
#[derive(Clone, Debug)]
pub struct Expr {
    /// What the expression is.
    pub kind: ExprKind,
    /// Where it is.
    pub span: Span,
}

/// Whether a name/attribute/subscript/starred/tuple/list is read, written or deleted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ctx {
    /// Read.
    Load,
    /// Assignment target.
    Store,
    /// `del` target.
    Del,
}

/// Expression kinds.
#[derive(Clone, Debug)]
pub enum ExprKind {
    /// `a and b and c` / `a or b`.
    BoolOp {
        /// `and` or `or`.
        op: BoolOpKind,
        /// Two or more operands.
        values: Vec<Expr>,
    },
    /// `target := value`.
    NamedExpr {
        /// A `Name` in Store context.
        target: Box<Expr>,
        /// Value.
        value: Box<Expr>,
    },
    /// `left op right`.
    BinOp {
        /// Left operand.
        left: Box<Expr>,
        /// Operator.
        op: BinOp,
        /// Right operand.
        right: Box<Expr>,
    },
    /// `op operand`.
    UnaryOp {
        /// Operator.
        op: UnaryOp,
        /// Operand.
        operand: Box<Expr>,
    },
    /// `lambda args: body`.
    Lambda {
        /// Parameters.
        args: Box<Arguments>,
        /// Body expression.
        body: Box<Expr>,
    },
    /// `body if test else orelse`.
    IfExp {
        /// Condition.
        test: Box<Expr>,
        /// Value when true.
        body: Box<Expr>,
        /// Value when false.
        orelse: Box<Expr>,
    },
    /// `{k: v, **d}`: a `None` key marks a `**d` entry.
    Dict {
        /// Keys (None for `**value`).
        keys: Vec<Option<Expr>>,
        /// Values.
        values: Vec<Expr>,
    },
    /// `{a, b}`.
    Set(Vec<Expr>),
    /// `[elt for ...]`.
    ListComp {
        /// Element.
        elt: Box<Expr>,
        /// Generators.
        generators: Vec<Comprehension>,
    },
    /// `{elt for ...}`.
    SetComp {
        /// Element.
        elt: Box<Expr>,
        /// Generators.
        generators: Vec<Comprehension>,
    },
    /// `{key: value for ...}`.
    DictComp {
        /// Key.
        key: Box<Expr>,
        /// Value.
        value: Box<Expr>,
        /// Generators.
        generators: Vec<Comprehension>,
    },
    /// `(elt for ...)`.
    GeneratorExp {
        /// Element.
        elt: Box<Expr>,
        /// Generators.
        generators: Vec<Comprehension>,
    },
    /// `await value`.
    Await(Box<Expr>),
    /// `yield [value]`.
    Yield(Option<Box<Expr>>),
    /// `yield from value`.
    YieldFrom(Box<Expr>),
    /// `left op1 c1 op2 c2 ...` (chained comparison).
    Compare {
        /// First operand.
        left: Box<Expr>,
        /// Operators.
        ops: Vec<CmpOp>,
        /// Remaining operands, one per operator.
        comparators: Vec<Expr>,
    },
    /// `func(args, keywords)`; args may contain `Starred`, keywords `**d` (arg None).
    Call {
        /// Callee.
        func: Box<Expr>,
        /// Positional arguments.
        args: Vec<Expr>,
        /// Keyword arguments.
        keywords: Vec<Keyword>,
    },
    /// A formatted value inside an f-string: `{value!conversion:format_spec}`.
    FormattedValue {
        /// The expression.
        value: Box<Expr>,
        /// `None`, `Some('s')`, `Some('r')` or `Some('a')`.
        conversion: Option<char>,
        /// The format spec, itself a `JoinedStr`.
        format_spec: Option<Box<Expr>>,
    },
    /// An f-string: concatenation of `Constant(Str)` and `FormattedValue` parts.
    JoinedStr(Vec<Expr>),
    /// A literal.
    Constant(Constant),
    /// `value.attr`.
    Attribute {
        /// Object.
        value: Box<Expr>,
        /// Attribute name.
        attr: String,
        /// Context.
        ctx: Ctx,
    },
    /// `value[slice]`.
    Subscript {
        /// Object.
        value: Box<Expr>,
        /// Index (a `Slice`, a `Tuple`, or any expression).
        slice: Box<Expr>,
        /// Context.
        ctx: Ctx,
    },
    /// `*value` in a call, display or assignment target.
    Starred {
        /// The starred expression.
        value: Box<Expr>,
        /// Context.
        ctx: Ctx,
    },
    /// A name.
    Name {
        /// Identifier.
        id: String,
        /// Context.
        ctx: Ctx,
    },
    /// `[a, b]`.
    List {
        /// Elements.
        elts: Vec<Expr>,
        /// Context.
        ctx: Ctx,
    },
    /// `(a, b)` / `a, b`.
    Tuple {
        /// Elements.
        elts: Vec<Expr>,
        /// Context.
        ctx: Ctx,
    },
    /// `lower:upper:step` inside a subscript.
    Slice {
        /// Lower bound.
        lower: Option<Box<Expr>>,
        /// Upper bound.
        upper: Option<Box<Expr>>,
        /// Step.
        step: Option<Box<Expr>>,
    },
}

/// A literal constant.
#[derive(Clone, Debug)]
pub enum Constant {
    /// `None`.
    None,
    /// `True` / `False`.
    Bool(bool),
    /// An integer that fits in i64.
    Int(i64),
    /// An integer literal beyond i64: its digits (no prefix, no underscores)
    /// and radix (2, 8, 10 or 16); the compiler turns it into an int object.
    BigInt {
        /// Digits without prefix or underscores.
        digits: String,
        /// 2, 8, 10 or 16.
        radix: u32,
    },
    /// A float literal.
    Float(f64),
    /// An imaginary literal `3j` (the imaginary part).
    Imag(f64),
    /// A string literal (after escapes and implicit concatenation).
    Str(String),
    /// A bytes literal.
    Bytes(Vec<u8>),
    /// `...`.
    Ellipsis,
}

/// `and` / `or`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoolOpKind {
    /// `and`.
    And,
    /// `or`.
    Or,
}

/// Binary operators (also used by augmented assignment).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    /// `+`
    Add,
    /// `-`
    Sub,
    /// `*`
    Mult,
    /// `@`
    MatMult,
    /// `/`
    Div,
    /// `%`
    Mod,
    /// `**`
    Pow,
    /// `<<`
    LShift,
    /// `>>`
    RShift,
    /// `|`
    BitOr,
    /// `^`
    BitXor,
    /// `&`
    BitAnd,
    /// `//`
    FloorDiv,
}

/// Unary operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    /// `~`
    Invert,
    /// `not`
    Not,
    /// `+`
    UAdd,
    /// `-`
    USub,
}

/// Comparison operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    /// `==`
    Eq,
    /// `!=`
    NotEq,
    /// `<`
    Lt,
    /// `<=`
    LtE,
    /// `>`
    Gt,
    /// `>=`
    GtE,
    /// `is`
    Is,
    /// `is not`
    IsNot,
    /// `in`
    In,
    /// `not in`
    NotIn,
}

/// One `for ... in ... if ...` clause of a comprehension.
#[derive(Clone, Debug)]
pub struct Comprehension {
    /// Loop target.
    pub target: Expr,
    /// Iterable.
    pub iter: Expr,
    /// Filters.
    pub ifs: Vec<Expr>,
    /// `async for`.
    pub is_async: bool,
}

/// One `except` clause.
#[derive(Clone, Debug)]
pub struct ExceptHandler {
    /// Exception type expression (None for bare `except:`).
    pub typ: Option<Expr>,
    /// `as name`.
    pub name: Option<String>,
    /// Handler body.
    pub body: Vec<Stmt>,
    /// Span of the `except` line.
    pub span: Span,
}

/// Function parameters, in CPython's layout.
#[derive(Clone, Debug, Default)]
pub struct Arguments {
    /// Positional-only parameters (before `/`).
    pub posonlyargs: Vec<Arg>,
    /// Ordinary positional-or-keyword parameters.
    pub args: Vec<Arg>,
    /// `*name`.
    pub vararg: Option<Arg>,
    /// Keyword-only parameters (after `*` or `*name`).
    pub kwonlyargs: Vec<Arg>,
    /// Defaults of keyword-only parameters (None = required), one per kwonly arg.
    pub kw_defaults: Vec<Option<Expr>>,
    /// `**name`.
    pub kwarg: Option<Arg>,
    /// Defaults for the last N of posonlyargs+args.
    pub defaults: Vec<Expr>,
}

/// One parameter.
#[derive(Clone, Debug)]
pub struct Arg {
    /// Parameter name.
    pub arg: String,
    /// Annotation.
    pub annotation: Option<Box<Expr>>,
    /// Where it is.
    pub span: Span,
}

/// A keyword argument `arg=value`, or `**value` when `arg` is None.
#[derive(Clone, Debug)]
pub struct Keyword {
    /// Keyword name (None for `**value`).
    pub arg: Option<String>,
    /// Value.
    pub value: Expr,
    /// Where it is.
    pub span: Span,
}

/// `name as asname` in an import.
#[derive(Clone, Debug)]
pub struct Alias {
    /// Dotted name (or `*`).
    pub name: String,
    /// Local alias.
    pub asname: Option<String>,
    /// Where it is.
    pub span: Span,
}

/// `context_expr as optional_vars` in a `with`.
#[derive(Clone, Debug)]
pub struct WithItem {
    /// The context manager expression.
    pub context_expr: Expr,
    /// The target.
    pub optional_vars: Option<Expr>,
}

/// One `case pattern if guard: body`.
#[derive(Clone, Debug)]
pub struct MatchCase {
    /// The pattern.
    pub pattern: Pattern,
    /// Guard.
    pub guard: Option<Expr>,
    /// Body.
    pub body: Vec<Stmt>,
}

/// A `match` pattern with its span.
#[derive(Clone, Debug)]
pub struct Pattern {
    /// What the pattern is.
    pub kind: PatternKind,
    /// Where it is.
    pub span: Span,
}

/// Pattern kinds (CPython's `ast.pattern`).
#[derive(Clone, Debug)]
pub enum PatternKind {
    /// A literal or dotted-name value compared with `==`.
    MatchValue(Expr),
    /// `None`, `True`, `False` compared with `is`.
    MatchSingleton(Constant),
    /// `[p, *rest, q]`.
    MatchSequence(Vec<Pattern>),
    /// `{k: p, **rest}`.
    MatchMapping {
        /// Keys.
        keys: Vec<Expr>,
        /// Patterns.
        patterns: Vec<Pattern>,
        /// `**rest`.
        rest: Option<String>,
    },
    /// `Cls(p, k=p)`.
    MatchClass {
        /// Class expression.
        cls: Expr,
        /// Positional patterns.
        patterns: Vec<Pattern>,
        /// Keyword attribute names.
        kwd_attrs: Vec<String>,
        /// Keyword patterns.
        kwd_patterns: Vec<Pattern>,
    },
    /// `*name` (None for `*_`).
    MatchStar(Option<String>),
    /// `p as name`, a capture `name` (pattern None), or `_` (both None).
    MatchAs {
        /// Sub-pattern.
        pattern: Option<Box<Pattern>>,
        /// Bound name.
        name: Option<String>,
    },
    /// `p | q`.
    MatchOr(Vec<Pattern>),
}

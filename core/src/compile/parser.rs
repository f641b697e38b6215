//! The parser: a hand-written recursive-descent parser for Python 3.11,
//! producing the [`ast`](super::ast) with CPython's error messages.
//!
//! Entry points are [`parse`] and [`decode_source`]. Recursion is bounded
//! (see `MAX_DEPTH`), so hostile input cannot overflow the host stack.

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::ast::*;
use super::lexer::{normalize, tokenize, tokenize_field, Num, StrTok, Tok, Token};
pub use super::lexer::{SyntaxError, SyntaxErrorKind};
use super::parse_string::{decode_bytes, decode_str};

/// What a source text is parsed as (CPython's `exec`, `eval`, `single`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A module: any number of statements.
    Module,
    /// A single expression; the result holds one `StmtKind::Expr`.
    Expression,
    /// One REPL input: one simple or compound statement.
    Interactive,
}

/// Nesting bound for expressions, patterns and blocks inside the parser.
const MAX_DEPTH: u32 = 250;

/// Parse `source` in the given mode. `filename` is used only in messages.
pub fn parse(source: &str, mode: Mode, filename: &str) -> Result<Module, SyntaxError> {
    let _ = filename;
    let chars = normalize(source);
    let lexed = tokenize(&chars);
    let mut p = Parser::new(lexed.tokens, 0, 0);
    let res = match mode {
        Mode::Module => p.file(),
        Mode::Expression => p.eval_input(),
        Mode::Interactive => p.single_input(),
    };
    match res {
        Ok(m) => Ok(m),
        Err(e) => {
            let unexpected_indent =
                e.kind == SyntaxErrorKind::Indentation && e.msg.starts_with("unexpected");
            let mut e = match (lexed.error, lexed.unclosed) {
                (Some(le), _) if !unexpected_indent => le,
                (None, Some((ch, l, c))) if (e.line, e.offset) > (l, c) => {
                    SyntaxError::new(format!("'{}' was never closed", ch), l, c, l, c).incomplete()
                }
                _ => e,
            };
            e.text = line_text(&chars, e.line);
            Err(e)
        }
    }
}

fn line_text(chars: &[char], line: u32) -> Option<String> {
    let mut cur = 1u32;
    let mut start = None;
    if line == 1 {
        start = Some(0);
    } else {
        for (i, &c) in chars.iter().enumerate() {
            if c == '\n' {
                cur += 1;
                if cur == line {
                    start = Some(i + 1);
                    break;
                }
            }
        }
    }
    let s = start?;
    let rest = chars.get(s..)?;
    let end = rest.iter().position(|&c| c == '\n').unwrap_or(rest.len());
    Some(rest[..end].iter().collect())
}

/// Check that `bytes` is valid UTF-8 without NUL bytes and strip a BOM.
pub fn decode_source<'a>(bytes: &'a [u8], filename: &str) -> Result<&'a str, SyntaxError> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    match core::str::from_utf8(bytes) {
        Ok(s) => {
            if let Some(i) = s.find('\0') {
                let line = s[..i].matches('\n').count() as u32 + 1;
                let mut e = SyntaxError::new(
                    "source code string cannot contain null bytes",
                    line,
                    0,
                    line,
                    0,
                );
                e.offset = 0;
                e.end_offset = 0;
                return Err(e);
            }
            Ok(s)
        }
        Err(err) => {
            let at = err.valid_up_to();
            let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() as u32 + 1;
            let bad = bytes.get(at).copied().unwrap_or(0);
            let msg = format!(
                "Non-UTF-8 code starting with '\\x{:02x}' in file {} on line {}, but no encoding declared; \
                 see https://peps.python.org/pep-0263/ for details",
                bad, filename, line
            );
            let mut e = SyntaxError::new(msg, line, 0, line, 0);
            e.offset = 0;
            e.end_offset = 0;
            Err(e)
        }
    }
}

type PResult<T> = Result<T, SyntaxError>;

static EOF_TOKEN: Token = Token {
    tok: Tok::EndMarker,
    line: 1,
    col: 0,
    end_line: 1,
    end_col: 0,
};

const KEYWORDS: [&str; 35] = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

fn is_keyword(s: &str) -> bool {
    KEYWORDS.contains(&s)
}

fn mk(kind: ExprKind, span: Span) -> Expr {
    Expr { kind, span }
}

fn span_join(a: Span, b: Span) -> Span {
    Span {
        line: a.line,
        col: a.col,
        end_line: b.end_line,
        end_col: b.end_col,
    }
}

/// CPython's `_PyPegen_get_expr_name`.
fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred { .. } => "starred",
        ExprKind::Name { .. } => "name",
        ExprKind::List { .. } => "list",
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Constant(Constant::None) => "None",
        ExprKind::Constant(Constant::Bool(true)) => "True",
        ExprKind::Constant(Constant::Bool(false)) => "False",
        ExprKind::Constant(Constant::Ellipsis) => "ellipsis",
        ExprKind::Constant(_) => "literal",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// Set `ctx` on an assignment or deletion target, recursively; on failure
/// return the offending sub-expression's name and span.
fn set_ctx(e: &mut Expr, ctx: Ctx) -> Result<(), (&'static str, Span)> {
    let span = e.span;
    match &mut e.kind {
        ExprKind::Name { ctx: c, .. }
        | ExprKind::Attribute { ctx: c, .. }
        | ExprKind::Subscript { ctx: c, .. } => {
            *c = ctx;
            Ok(())
        }
        ExprKind::Starred { value, ctx: c } => {
            if ctx == Ctx::Del {
                return Err(("starred", span));
            }
            *c = ctx;
            set_ctx(value, ctx)
        }
        ExprKind::Tuple { elts, ctx: c } | ExprKind::List { elts, ctx: c } => {
            *c = ctx;
            for el in elts.iter_mut() {
                set_ctx(el, ctx)?;
            }
            Ok(())
        }
        _ => Err((expr_name(e), span)),
    }
}

struct Parser {
    toks: Vec<Token>,
    pos: usize,
    last_end: (u32, u32),
    depth: u32,
    /// Nesting of f-string format specs (CPython allows two levels).
    fdepth: u32,
}

impl Parser {
    fn new(toks: Vec<Token>, depth: u32, fdepth: u32) -> Self {
        Parser {
            toks,
            pos: 0,
            last_end: (1, 0),
            depth,
            fdepth,
        }
    }

    // ----- token access -----

    fn cur(&self) -> &Token {
        self.toks
            .get(self.pos)
            .or(self.toks.last())
            .unwrap_or(&EOF_TOKEN)
    }
    fn tok(&self) -> &Tok {
        &self.cur().tok
    }
    fn nth(&self, n: usize) -> &Tok {
        &self
            .toks
            .get(self.pos + n)
            .or(self.toks.last())
            .unwrap_or(&EOF_TOKEN)
            .tok
    }
    fn start(&self) -> (u32, u32) {
        let t = self.cur();
        (t.line, t.col)
    }
    fn advance(&mut self) {
        let t = self.cur();
        self.last_end = (t.end_line, t.end_col);
        if self.pos + 1 < self.toks.len() {
            self.pos += 1;
        }
    }
    fn span_from(&self, start: (u32, u32)) -> Span {
        Span {
            line: start.0,
            col: start.1,
            end_line: self.last_end.0,
            end_col: self.last_end.1,
        }
    }
    fn at_op(&self, op: &str) -> bool {
        matches!(self.tok(), Tok::Op(o) if *o == op)
    }
    fn eat_op(&mut self, op: &str) -> bool {
        if self.at_op(op) {
            self.advance();
            true
        } else {
            false
        }
    }
    fn at_kw(&self, kw: &str) -> bool {
        matches!(self.tok(), Tok::Name(n) if n == kw)
    }
    fn nth_is_kw(&self, n: usize, kw: &str) -> bool {
        matches!(self.nth(n), Tok::Name(s) if s == kw)
    }
    fn eat_kw(&mut self, kw: &str) -> bool {
        if self.at_kw(kw) {
            self.advance();
            true
        } else {
            false
        }
    }
    fn expect_op(&mut self, op: &str) -> PResult<()> {
        if self.eat_op(op) {
            Ok(())
        } else {
            Err(self.invalid())
        }
    }
    fn expect_kw(&mut self, kw: &str) -> PResult<()> {
        if self.eat_kw(kw) {
            Ok(())
        } else {
            Err(self.invalid())
        }
    }
    fn expect_colon(&mut self) -> PResult<()> {
        if self.eat_op(":") {
            return Ok(());
        }
        if matches!(self.tok(), Tok::Newline) {
            return Err(self.err_here("expected ':'"));
        }
        Err(self.invalid())
    }
    /// CPython's forced `&&':'` (after `else`, `try`, `finally`).
    fn expect_colon_forced(&mut self) -> PResult<()> {
        if self.eat_op(":") {
            return Ok(());
        }
        Err(self.err_here("expected ':'"))
    }
    /// A non-keyword identifier.
    fn name(&mut self) -> PResult<String> {
        match self.tok() {
            Tok::Name(n) if !is_keyword(n) => {
                let n = n.clone();
                self.advance();
                Ok(n)
            }
            _ => Err(self.invalid()),
        }
    }
    fn at_name(&self) -> bool {
        matches!(self.tok(), Tok::Name(n) if !is_keyword(n))
    }

    // ----- errors -----

    fn err_span(&self, msg: impl Into<String>, s: Span) -> SyntaxError {
        SyntaxError::new(msg, s.line, s.col, s.end_line, s.end_col)
    }
    fn err_here(&self, msg: impl Into<String>) -> SyntaxError {
        let t = self.cur();
        let e = SyntaxError::new(msg, t.line, t.col, t.end_line, t.end_col);
        if matches!(t.tok, Tok::EndMarker) {
            e.incomplete()
        } else {
            e
        }
    }
    fn invalid(&self) -> SyntaxError {
        match self.tok() {
            Tok::Indent => {
                let t = self.cur();
                let mut e =
                    SyntaxError::new("unexpected indent", t.line, t.end_col.max(1) - 1, t.line, 0)
                        .with_kind(SyntaxErrorKind::Indentation);
                e.end_offset = u32::MAX;
                e
            }
            Tok::Dedent => self
                .err_here("unexpected unindent")
                .with_kind(SyntaxErrorKind::Indentation),
            _ => self.err_here("invalid syntax"),
        }
    }

    fn enter(&mut self) -> PResult<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.err_here("too complex"));
        }
        Ok(())
    }
    fn leave(&mut self) {
        self.depth -= 1;
    }

    // ----- top level -----

    fn file(&mut self) -> PResult<Module> {
        let mut body = Vec::new();
        loop {
            match self.tok() {
                Tok::EndMarker => break,
                Tok::Newline => self.advance(),
                _ => self.statement(&mut body)?,
            }
        }
        Ok(Module { body })
    }

    fn eval_input(&mut self) -> PResult<Module> {
        // Blank lines may lead, an indent may not (`compile("  x", "", "eval")`
        // is an IndentationError; the builtin `eval` strips leading blanks itself).
        while matches!(self.tok(), Tok::Newline) {
            self.advance();
        }
        if matches!(self.tok(), Tok::Indent) {
            return Err(self.invalid());
        }
        let start = self.start();
        let e = self.expressions()?;
        while matches!(self.tok(), Tok::Newline | Tok::Dedent) {
            self.advance();
        }
        if !matches!(self.tok(), Tok::EndMarker) {
            return Err(self.invalid());
        }
        let span = self.span_from(start);
        Ok(Module {
            body: alloc::vec![Stmt {
                kind: StmtKind::Expr(e),
                span
            }],
        })
    }

    fn single_input(&mut self) -> PResult<Module> {
        let mut body = Vec::new();
        if matches!(self.tok(), Tok::EndMarker) {
            return Ok(Module { body });
        }
        if matches!(self.tok(), Tok::Newline) {
            self.advance();
            return Ok(Module { body });
        }
        self.statement(&mut body)?;
        while matches!(self.tok(), Tok::Newline) {
            self.advance();
        }
        if !matches!(self.tok(), Tok::EndMarker) {
            let t = self.cur();
            return Err(SyntaxError::new(
                "multiple statements found while compiling a single statement",
                t.line,
                t.col,
                t.end_line,
                t.end_col,
            ));
        }
        Ok(Module { body })
    }

    // ----- statements -----

    fn statement(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        if let Tok::Name(n) = self.tok() {
            match n.as_str() {
                "if" => return self.push1(out, Self::if_stmt),
                "while" => return self.push1(out, Self::while_stmt),
                "for" => return self.push1(out, |p| p.for_stmt(None)),
                "try" => return self.push1(out, Self::try_stmt),
                "with" => return self.push1(out, |p| p.with_stmt(None)),
                "def" => return self.push1(out, |p| p.funcdef(Vec::new(), None)),
                "class" => return self.push1(out, |p| p.classdef(Vec::new(), None)),
                "async" => return self.push1(out, Self::async_stmt),
                "match" => {
                    if let Some(s) = self.try_match_stmt()? {
                        out.push(s);
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
        if self.at_op("@") {
            return self.push1(out, Self::decorated);
        }
        self.simple_stmts(out)
    }

    fn push1(
        &mut self,
        out: &mut Vec<Stmt>,
        f: impl FnOnce(&mut Self) -> PResult<Stmt>,
    ) -> PResult<()> {
        self.enter()?;
        let s = f(self)?;
        self.leave();
        out.push(s);
        Ok(())
    }

    fn simple_stmts(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        loop {
            let s = self.simple_stmt()?;
            out.push(s);
            if self.eat_op(";") {
                if matches!(self.tok(), Tok::Newline) {
                    self.advance();
                    return Ok(());
                }
                continue;
            }
            if matches!(self.tok(), Tok::Newline) {
                self.advance();
                return Ok(());
            }
            return Err(self.invalid());
        }
    }

    /// `: block` with the "expected an indented block" diagnostics.
    fn block(&mut self, what: &str, header_line: u32) -> PResult<Vec<Stmt>> {
        let mut body = Vec::new();
        if !matches!(self.tok(), Tok::Newline) {
            self.simple_stmts(&mut body)?;
            return Ok(body);
        }
        self.advance();
        if !matches!(self.tok(), Tok::Indent) {
            let msg = format!(
                "expected an indented block after {} on line {}",
                what, header_line
            );
            let t = self.cur();
            let mut e = SyntaxError::new(msg, t.line, t.col, t.end_line, t.end_col);
            e.incomplete = self
                .toks
                .get(self.pos..)
                .unwrap_or(&[])
                .iter()
                .all(|t| matches!(t.tok, Tok::Dedent | Tok::EndMarker));
            return Err(e.with_kind(SyntaxErrorKind::Indentation));
        }
        self.advance();
        loop {
            match self.tok() {
                Tok::Dedent => {
                    self.advance();
                    break;
                }
                Tok::EndMarker => break,
                _ => self.statement(&mut body)?,
            }
        }
        Ok(body)
    }

    fn if_stmt(&mut self) -> PResult<Stmt> {
        let start = self.start();
        let what = if self.at_kw("elif") {
            "'elif' statement"
        } else {
            "'if' statement"
        };
        self.advance();
        let test = self.named_expression()?;
        self.expect_colon()?;
        let body = self.block(what, start.0)?;
        let orelse = if self.at_kw("elif") {
            self.enter()?;
            let s = self.if_stmt()?;
            self.leave();
            alloc::vec![s]
        } else {
            self.else_block()?
        };
        Ok(Stmt {
            kind: StmtKind::If { test, body, orelse },
            span: self.span_from(start),
        })
    }

    fn else_block(&mut self) -> PResult<Vec<Stmt>> {
        if self.at_kw("else") {
            let line = self.start().0;
            self.advance();
            self.expect_colon_forced()?;
            self.block("'else' statement", line)
        } else {
            Ok(Vec::new())
        }
    }

    fn while_stmt(&mut self) -> PResult<Stmt> {
        let start = self.start();
        self.advance();
        let test = self.named_expression()?;
        self.expect_colon()?;
        let body = self.block("'while' statement", start.0)?;
        let orelse = self.else_block()?;
        Ok(Stmt {
            kind: StmtKind::While { test, body, orelse },
            span: self.span_from(start),
        })
    }

    fn for_stmt(&mut self, async_start: Option<(u32, u32)>) -> PResult<Stmt> {
        let start = async_start.unwrap_or(self.start());
        let line = self.start().0;
        self.advance();
        let target = self.target_list(Ctx::Store, true)?;
        self.expect_kw("in")?;
        let iter = self.star_expressions()?;
        self.expect_colon()?;
        let body = self.block("'for' statement", line)?;
        let orelse = self.else_block()?;
        Ok(Stmt {
            kind: StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async: async_start.is_some(),
            },
            span: self.span_from(start),
        })
    }

    fn async_stmt(&mut self) -> PResult<Stmt> {
        let start = self.start();
        self.advance();
        match self.tok() {
            Tok::Name(n) if n == "def" => self.funcdef(Vec::new(), Some(start)),
            Tok::Name(n) if n == "for" => self.for_stmt(Some(start)),
            Tok::Name(n) if n == "with" => self.with_stmt(Some(start)),
            _ => Err(self.invalid()),
        }
    }

    fn with_item(&mut self) -> PResult<WithItem> {
        let context_expr = self.expression()?;
        let optional_vars = if self.eat_kw("as") {
            let mut t = self.star_target()?;
            self.check_target(&mut t, Ctx::Store)?;
            Some(t)
        } else {
            None
        };
        Ok(WithItem {
            context_expr,
            optional_vars,
        })
    }

    fn with_stmt(&mut self, async_start: Option<(u32, u32)>) -> PResult<Stmt> {
        let start = async_start.unwrap_or(self.start());
        let line = self.start().0;
        self.advance();
        let mut items = Vec::new();
        // Parenthesized form `with (a as b, c):`.
        if self.at_op("(") {
            let save = (self.pos, self.last_end, self.depth);
            self.advance();
            let ok = (|| -> PResult<bool> {
                loop {
                    items.push(self.with_item()?);
                    if !self.eat_op(",") || self.at_op(")") {
                        break;
                    }
                }
                Ok(self.eat_op(")") && self.at_op(":"))
            })();
            if !matches!(ok, Ok(true)) {
                (self.pos, self.last_end, self.depth) = save;
                items.clear();
            }
        }
        if items.is_empty() {
            loop {
                items.push(self.with_item()?);
                if !self.eat_op(",") {
                    break;
                }
            }
        }
        self.expect_colon()?;
        let body = self.block("'with' statement", line)?;
        Ok(Stmt {
            kind: StmtKind::With {
                items,
                body,
                is_async: async_start.is_some(),
            },
            span: self.span_from(start),
        })
    }

    fn try_stmt(&mut self) -> PResult<Stmt> {
        let start = self.start();
        self.advance();
        self.expect_colon_forced()?;
        let body = self.block("'try' statement", start.0)?;
        let mut handlers = Vec::new();
        while self.at_kw("except") {
            let hstart = self.start();
            self.advance();
            if self.at_op("*") {
                return Err(self.err_here("except* (exception groups) is not supported"));
            }
            let mut typ = None;
            let mut name = None;
            if !self.at_op(":") {
                let t = self.expression()?;
                if self.at_op(",") {
                    let save = self.pos;
                    self.advance();
                    let _ = self.expression();
                    let sp = Span {
                        line: t.span.line,
                        col: t.span.col,
                        end_line: self.last_end.0,
                        end_col: self.last_end.1,
                    };
                    self.pos = save;
                    return Err(self.err_span("multiple exception types must be parenthesized", sp));
                }
                typ = Some(t);
                if self.eat_kw("as") {
                    name = Some(self.name()?);
                }
            }
            self.expect_colon()?;
            let hbody = self.block("'except' statement", hstart.0)?;
            handlers.push(ExceptHandler {
                typ,
                name,
                body: hbody,
                span: self.span_from(hstart),
            });
        }
        let orelse = if !handlers.is_empty() {
            self.else_block()?
        } else {
            Vec::new()
        };
        let mut finalbody = Vec::new();
        if self.at_kw("finally") {
            let line = self.start().0;
            self.advance();
            self.expect_colon_forced()?;
            finalbody = self.block("'finally' statement", line)?;
        }
        if handlers.is_empty() && finalbody.is_empty() {
            return Err(self.err_here("expected 'except' or 'finally' block"));
        }
        Ok(Stmt {
            kind: StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            },
            span: self.span_from(start),
        })
    }

    fn decorated(&mut self) -> PResult<Stmt> {
        let mut decorators = Vec::new();
        while self.eat_op("@") {
            decorators.push(self.named_expression()?);
            if !matches!(self.tok(), Tok::Newline) {
                return Err(self.invalid());
            }
            self.advance();
        }
        let start = self.start();
        if self.at_kw("def") {
            self.funcdef(decorators, None)
        } else if self.at_kw("class") {
            self.classdef(decorators, None)
        } else if self.at_kw("async") && self.nth_is_kw(1, "def") {
            self.advance();
            self.funcdef(decorators, Some(start))
        } else {
            Err(self.invalid())
        }
    }

    fn funcdef(&mut self, decorators: Vec<Expr>, async_start: Option<(u32, u32)>) -> PResult<Stmt> {
        let start = async_start.unwrap_or(self.start());
        let line = self.start().0;
        self.advance();
        let name = self.name()?;
        self.expect_op("(")?;
        let args = self.parameters(false)?;
        self.expect_op(")")?;
        let returns = if self.eat_op("->") {
            Some(Box::new(self.expression()?))
        } else {
            None
        };
        self.expect_colon()?;
        let body = self.block("function definition", line)?;
        Ok(Stmt {
            kind: StmtKind::FunctionDef {
                name,
                args: Box::new(args),
                body,
                decorators,
                returns,
                is_async: async_start.is_some(),
            },
            span: self.span_from(start),
        })
    }

    fn classdef(&mut self, decorators: Vec<Expr>, _async: Option<(u32, u32)>) -> PResult<Stmt> {
        let start = self.start();
        self.advance();
        let name = self.name()?;
        let (mut bases, mut keywords) = (Vec::new(), Vec::new());
        if self.eat_op("(") {
            let (b, k) = self.call_args(false)?;
            bases = b;
            keywords = k;
        }
        self.expect_colon()?;
        let body = self.block("class definition", start.0)?;
        Ok(Stmt {
            kind: StmtKind::ClassDef {
                name,
                bases,
                keywords,
                body,
                decorators,
            },
            span: self.span_from(start),
        })
    }

    /// Parameters of a `def` (annotations allowed) or `lambda`; stops before `)` / `:`.
    fn parameters(&mut self, lambda: bool) -> PResult<Arguments> {
        let mut a = Arguments::default();
        let close = if lambda { ":" } else { ")" };
        let mut star = false;
        let mut slash = false;
        let mut seen_default = false;
        while !self.at_op(close) {
            if self.at_op("/") {
                if slash {
                    return Err(self.err_here("/ may appear only once"));
                }
                if star {
                    return Err(self.err_here("/ must be ahead of *"));
                }
                if a.args.is_empty() {
                    return Err(self.err_here("at least one argument must precede /"));
                }
                slash = true;
                self.advance();
                a.posonlyargs.append(&mut a.args);
            } else if self.at_op("*") {
                let star_tok = self.cur().clone();
                if star {
                    return Err(self.err_here("* argument may appear only once"));
                }
                star = true;
                self.advance();
                if self.at_op(",") || self.at_op(close) {
                    let bare_ok = self.at_op(",")
                        && !matches!(self.nth(1), Tok::Op(o) if *o == close || *o == "**");
                    if !bare_ok {
                        return Err(SyntaxError::new(
                            "named arguments must follow bare *",
                            star_tok.line,
                            star_tok.col,
                            star_tok.end_line,
                            star_tok.end_col,
                        ));
                    }
                } else {
                    a.vararg = Some(self.param(lambda, true)?);
                }
            } else if self.at_op("**") {
                self.advance();
                a.kwarg = Some(self.param(lambda, false)?);
                self.eat_op(",");
                if !self.at_op(close) {
                    return Err(self.err_here("arguments cannot follow var-keyword argument"));
                }
                break;
            } else {
                let p = self.param(lambda, false)?;
                let default = if self.eat_op("=") {
                    Some(self.expression()?)
                } else {
                    None
                };
                if star {
                    a.kwonlyargs.push(p);
                    a.kw_defaults.push(default);
                } else {
                    match default {
                        Some(d) => {
                            seen_default = true;
                            a.defaults.push(d);
                        }
                        None if seen_default => {
                            return Err(self.err_span(
                                "non-default argument follows default argument",
                                p.span,
                            ));
                        }
                        None => {}
                    }
                    a.args.push(p);
                }
            }
            if !self.eat_op(",") {
                break;
            }
        }
        if !self.at_op(close) {
            if lambda && matches!(self.tok(), Tok::Op("(")) {
                return Err(self.invalid());
            }
            return Err(self.invalid());
        }
        Ok(a)
    }

    fn param(&mut self, lambda: bool, star: bool) -> PResult<Arg> {
        let start = self.start();
        let arg = self.name()?;
        let annotation = if !lambda && self.eat_op(":") {
            Some(Box::new(if star && self.at_op("*") {
                self.star_expression()?
            } else {
                self.expression()?
            }))
        } else {
            None
        };
        Ok(Arg {
            arg,
            annotation,
            span: self.span_from(start),
        })
    }

    // ----- simple statements -----

    fn simple_stmt(&mut self) -> PResult<Stmt> {
        let start = self.start();
        let kw = match self.tok() {
            Tok::Name(n) if is_keyword(n) => Some(n.clone()),
            _ => None,
        };
        let kind = match kw.as_deref() {
            Some("pass") => {
                self.advance();
                StmtKind::Pass
            }
            Some("break") => {
                self.advance();
                StmtKind::Break
            }
            Some("continue") => {
                self.advance();
                StmtKind::Continue
            }
            Some("return") => {
                self.advance();
                let v = if self.at_stmt_end() {
                    None
                } else {
                    Some(self.star_expressions()?)
                };
                StmtKind::Return(v)
            }
            Some("raise") => {
                self.advance();
                let (mut exc, mut cause) = (None, None);
                if !self.at_stmt_end() {
                    exc = Some(self.expression()?);
                    if self.eat_kw("from") {
                        cause = Some(self.expression()?);
                    }
                }
                StmtKind::Raise { exc, cause }
            }
            Some("global") | Some("nonlocal") => {
                self.advance();
                let mut names = alloc::vec![self.name()?];
                while self.eat_op(",") {
                    names.push(self.name()?);
                }
                if kw.as_deref() == Some("global") {
                    StmtKind::Global(names)
                } else {
                    StmtKind::Nonlocal(names)
                }
            }
            Some("del") => {
                self.advance();
                let t = self.target_list(Ctx::Del, false)?;
                if !self.at_stmt_end() {
                    return Err(self.invalid());
                }
                match t.kind {
                    ExprKind::Tuple { elts, .. }
                        if t.span.line == start.0 && !self.del_was_parenthesized(&t) =>
                    {
                        StmtKind::Delete(elts)
                    }
                    _ => StmtKind::Delete(alloc::vec![t]),
                }
            }
            Some("assert") => {
                self.advance();
                let test = self.expression()?;
                let msg = if self.eat_op(",") {
                    Some(self.expression()?)
                } else {
                    None
                };
                StmtKind::Assert { test, msg }
            }
            Some("import") => {
                self.advance();
                let mut names = Vec::new();
                loop {
                    let s = self.start();
                    let name = self.dotted_name()?;
                    let asname = if self.eat_kw("as") {
                        Some(self.name()?)
                    } else {
                        None
                    };
                    names.push(Alias {
                        name,
                        asname,
                        span: self.span_from(s),
                    });
                    if !self.eat_op(",") {
                        break;
                    }
                }
                StmtKind::Import(names)
            }
            Some("from") => self.import_from()?,
            _ => return self.expr_stmt(),
        };
        Ok(Stmt {
            kind,
            span: self.span_from(start),
        })
    }

    fn del_was_parenthesized(&self, t: &Expr) -> bool {
        // `del (a, b)` keeps the tuple; `del a, b` lists the targets.
        let toks = &self.toks;
        toks.iter().any(|tk| {
            tk.line == t.span.line && tk.col == t.span.col && matches!(tk.tok, Tok::Op("("))
        })
    }

    fn at_stmt_end(&self) -> bool {
        matches!(self.tok(), Tok::Newline | Tok::Op(";") | Tok::EndMarker)
    }

    fn dotted_name(&mut self) -> PResult<String> {
        let mut name = self.name()?;
        while self.at_op(".") {
            self.advance();
            name.push('.');
            name.push_str(&self.name()?);
        }
        Ok(name)
    }

    fn import_from(&mut self) -> PResult<StmtKind> {
        self.advance();
        let mut level = 0u32;
        loop {
            if self.eat_op(".") {
                level += 1;
            } else if self.eat_op("...") {
                level += 3;
            } else {
                break;
            }
        }
        let module = if level > 0 && self.at_kw("import") {
            None
        } else {
            Some(self.dotted_name()?)
        };
        self.expect_kw("import")?;
        let mut names = Vec::new();
        if self.at_op("*") {
            let s = self.start();
            self.advance();
            names.push(Alias {
                name: String::from("*"),
                asname: None,
                span: self.span_from(s),
            });
            return Ok(StmtKind::ImportFrom {
                module,
                names,
                level,
            });
        }
        let paren = self.eat_op("(");
        loop {
            let s = self.start();
            let name = self.name()?;
            let asname = if self.eat_kw("as") {
                Some(self.name()?)
            } else {
                None
            };
            names.push(Alias {
                name,
                asname,
                span: self.span_from(s),
            });
            if !self.eat_op(",") {
                break;
            }
            if paren && self.at_op(")") {
                break;
            }
            if !paren && self.at_stmt_end() {
                return Err(
                    self.err_here("trailing comma not allowed without surrounding parentheses")
                );
            }
        }
        if paren {
            self.expect_op(")")?;
        }
        Ok(StmtKind::ImportFrom {
            module,
            names,
            level,
        })
    }

    fn at_expr_start(&self) -> bool {
        match self.tok() {
            Tok::Name(n) => {
                !is_keyword(n)
                    || matches!(
                        n.as_str(),
                        "True" | "False" | "None" | "lambda" | "not" | "await"
                    )
            }
            Tok::Num(_) | Tok::Str(_) => true,
            Tok::Op(o) => matches!(*o, "(" | "[" | "{" | "-" | "+" | "~" | "..."),
            _ => false,
        }
    }

    /// Expression statements and all assignment forms.
    fn expr_stmt(&mut self) -> PResult<Stmt> {
        let start = self.start();
        let first_tok = self.pos;
        let first_is_yield = self.at_kw("yield");
        let first = if first_is_yield {
            self.yield_expr()?
        } else {
            self.star_expressions()?
        };

        // Annotated assignment.
        if self.at_op(":") {
            self.advance();
            let parenthesized =
                matches!(self.toks.get(first_tok).map(|t| &t.tok), Some(Tok::Op("(")));
            let mut target = first;
            match &target.kind {
                ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {
                }
                ExprKind::Tuple { .. } => {
                    return Err(self.err_span(
                        "only single target (not tuple) can be annotated",
                        target.span,
                    ))
                }
                ExprKind::List { .. } => {
                    return Err(self.err_span(
                        "only single target (not list) can be annotated",
                        target.span,
                    ))
                }
                _ => return Err(self.err_span("illegal target for annotation", target.span)),
            }
            let simple = matches!(target.kind, ExprKind::Name { .. }) && !parenthesized;
            let _ = set_ctx(&mut target, Ctx::Store);
            let annotation = self.expression()?;
            let value = if self.eat_op("=") {
                Some(if self.at_kw("yield") {
                    self.yield_expr()?
                } else {
                    self.star_expressions()?
                })
            } else {
                None
            };
            return Ok(Stmt {
                kind: StmtKind::AnnAssign {
                    target,
                    annotation,
                    value,
                    simple,
                },
                span: self.span_from(start),
            });
        }

        // Augmented assignment.
        if let Tok::Op(o) = self.tok() {
            if let Some(op) = aug_op(o) {
                let mut target = first;
                if !matches!(
                    target.kind,
                    ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }
                ) {
                    return Err(self.err_span(
                        format!(
                            "'{}' is an illegal expression for augmented assignment",
                            expr_name(&target)
                        ),
                        target.span,
                    ));
                }
                let _ = set_ctx(&mut target, Ctx::Store);
                self.advance();
                let value = if self.at_kw("yield") {
                    self.yield_expr()?
                } else {
                    self.star_expressions()?
                };
                return Ok(Stmt {
                    kind: StmtKind::AugAssign { target, op, value },
                    span: self.span_from(start),
                });
            }
        }

        if !self.at_op("=") {
            if !self.at_stmt_end() {
                return Err(self.stmt_junk_error(&first));
            }
            return Ok(Stmt {
                kind: StmtKind::Expr(first),
                span: self.span_from(start),
            });
        }

        // Assignment chain.
        let mut parts = alloc::vec![(first, first_is_yield, first_tok)];
        while self.eat_op("=") {
            let tokpos = self.pos;
            let is_yield = self.at_kw("yield");
            let e = if is_yield {
                self.yield_expr()?
            } else {
                self.star_expressions()?
            };
            parts.push((e, is_yield, tokpos));
        }
        if !self.at_stmt_end() {
            if let Some((last, _, _)) = parts.last() {
                return Err(self.stmt_junk_error(last));
            }
        }
        let (value, _, _) = parts.pop().ok_or_else(|| self.invalid())?;
        let single = parts.len() == 1;
        let mut targets = Vec::with_capacity(parts.len());
        for (i, (mut t, is_yield, tokpos)) in parts.into_iter().enumerate() {
            if is_yield {
                return Err(self.err_span("assignment to yield expression not possible", t.span));
            }
            if let Err((what, sp)) = set_ctx(&mut t, Ctx::Store) {
                let whole = sp == t.span;
                let parenthesized = self.toks.get(tokpos).is_some_and(|tk| {
                    matches!(tk.tok, Tok::Op("(")) && (tk.line, tk.col) != (t.span.line, t.span.col)
                });
                let bitor_level = parenthesized
                    || !matches!(
                        t.kind,
                        ExprKind::Compare { .. }
                            | ExprKind::BoolOp { .. }
                            | ExprKind::IfExp { .. }
                            | ExprKind::Lambda { .. }
                            | ExprKind::NamedExpr { .. }
                            | ExprKind::UnaryOp {
                                op: UnaryOp::Not,
                                ..
                            }
                    );
                let excluded = matches!(
                    t.kind,
                    ExprKind::List { .. }
                        | ExprKind::Tuple { .. }
                        | ExprKind::GeneratorExp { .. }
                        | ExprKind::Constant(Constant::Bool(_))
                        | ExprKind::Constant(Constant::None)
                );
                let value_bitor = !matches!(
                    value.kind,
                    ExprKind::UnaryOp {
                        op: UnaryOp::Not,
                        ..
                    } | ExprKind::Lambda { .. }
                        | ExprKind::Starred { .. }
                        | ExprKind::Yield(_)
                        | ExprKind::YieldFrom(_)
                ) && !matches!(&value.kind, ExprKind::Tuple { elts, .. }
                        if elts.first().is_some_and(|e| matches!(e.kind, ExprKind::Starred { .. })));
                if i == 0 && single && whole && bitor_level && !excluded && value_bitor {
                    return Err(self.err_span(
                        format!(
                            "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                            what
                        ),
                        sp,
                    ));
                }
                return Err(self.err_span(format!("cannot assign to {}", what), sp));
            }
            targets.push(t);
        }
        Ok(Stmt {
            kind: StmtKind::Assign { targets, value },
            span: self.span_from(start),
        })
    }

    /// An expression statement followed by something unexpected.
    fn stmt_junk_error(&mut self, first: &Expr) -> SyntaxError {
        if let ExprKind::Name { id, .. } = &first.kind {
            if (id == "print" || id == "exec") && self.at_expr_start() {
                let save = self.pos;
                let _ = self.star_expressions();
                let sp = span_join(first.span, self.span_from((0, 0)));
                self.pos = save;
                return self.err_span(
                    format!(
                        "Missing parentheses in call to '{}'. Did you mean {}(...)?",
                        id, id
                    ),
                    sp,
                );
            }
        }
        if self.at_op(":=") && !matches!(first.kind, ExprKind::Name { .. }) {
            return self.err_span(
                format!(
                    "cannot use assignment expressions with {}",
                    expr_name(first)
                ),
                first.span,
            );
        }
        self.invalid()
    }

    // ----- targets -----

    fn star_target(&mut self) -> PResult<Expr> {
        if self.at_op("*") {
            let start = self.start();
            self.advance();
            self.enter()?;
            let v = self.star_target()?;
            self.leave();
            return Ok(mk(
                ExprKind::Starred {
                    value: Box::new(v),
                    ctx: Ctx::Load,
                },
                self.span_from(start),
            ));
        }
        self.bitwise_or()
    }

    /// `a, *b, c.d` for `for` targets and `del`.
    fn target_list(&mut self, ctx: Ctx, for_target: bool) -> PResult<Expr> {
        let start = self.start();
        let first = self.star_target()?;
        let mut t = if self.at_op(",") {
            let mut elts = alloc::vec![first];
            while self.eat_op(",") {
                if (for_target && self.at_kw("in")) || self.at_stmt_end() || self.at_op("=") {
                    break;
                }
                elts.push(self.star_target()?);
            }
            mk(
                ExprKind::Tuple {
                    elts,
                    ctx: Ctx::Load,
                },
                self.span_from(start),
            )
        } else {
            first
        };
        self.check_target(&mut t, ctx)?;
        Ok(t)
    }

    fn check_target(&self, t: &mut Expr, ctx: Ctx) -> PResult<()> {
        set_ctx(t, ctx).map_err(|(what, sp)| {
            let verb = if ctx == Ctx::Del {
                "delete"
            } else {
                "assign to"
            };
            self.err_span(format!("cannot {} {}", verb, what), sp)
        })
    }

    // ----- expressions -----

    fn expressions(&mut self) -> PResult<Expr> {
        let start = self.start();
        let first = self.expression()?;
        if !self.at_op(",") {
            return Ok(first);
        }
        let mut elts = alloc::vec![first];
        while self.eat_op(",") {
            if !self.at_expr_start() {
                break;
            }
            elts.push(self.expression()?);
        }
        Ok(mk(
            ExprKind::Tuple {
                elts,
                ctx: Ctx::Load,
            },
            self.span_from(start),
        ))
    }

    fn star_expressions(&mut self) -> PResult<Expr> {
        let start = self.start();
        let first = self.star_expression()?;
        if !self.at_op(",") {
            return Ok(first);
        }
        let mut elts = alloc::vec![first];
        while self.eat_op(",") {
            if !(self.at_expr_start() || self.at_op("*")) {
                break;
            }
            elts.push(self.star_expression()?);
        }
        Ok(mk(
            ExprKind::Tuple {
                elts,
                ctx: Ctx::Load,
            },
            self.span_from(start),
        ))
    }

    fn star_expression(&mut self) -> PResult<Expr> {
        if self.at_op("*") {
            let start = self.start();
            self.advance();
            let v = self.bitwise_or()?;
            return Ok(mk(
                ExprKind::Starred {
                    value: Box::new(v),
                    ctx: Ctx::Load,
                },
                self.span_from(start),
            ));
        }
        self.expression()
    }

    fn star_named_expression(&mut self) -> PResult<Expr> {
        if self.at_op("*") {
            let start = self.start();
            self.advance();
            let v = self.bitwise_or()?;
            return Ok(mk(
                ExprKind::Starred {
                    value: Box::new(v),
                    ctx: Ctx::Load,
                },
                self.span_from(start),
            ));
        }
        self.named_expression()
    }

    fn yield_expr(&mut self) -> PResult<Expr> {
        let start = self.start();
        self.advance();
        if self.eat_kw("from") {
            let v = self.expression()?;
            return Ok(mk(ExprKind::YieldFrom(Box::new(v)), self.span_from(start)));
        }
        let v = if self.at_expr_start() || self.at_op("*") {
            Some(Box::new(self.star_expressions()?))
        } else {
            None
        };
        Ok(mk(ExprKind::Yield(v), self.span_from(start)))
    }

    fn named_expression(&mut self) -> PResult<Expr> {
        if self.at_name() && matches!(self.nth(1), Tok::Op(":=")) {
            let start = self.start();
            let id = self.name()?;
            let target = mk(
                ExprKind::Name {
                    id,
                    ctx: Ctx::Store,
                },
                self.span_from(start),
            );
            self.advance();
            let value = self.expression()?;
            return Ok(mk(
                ExprKind::NamedExpr {
                    target: Box::new(target),
                    value: Box::new(value),
                },
                self.span_from(start),
            ));
        }
        let e = self.expression()?;
        if self.at_op(":=") {
            return Err(self.err_span(
                format!("cannot use assignment expressions with {}", expr_name(&e)),
                e.span,
            ));
        }
        if self.at_op("=") && matches!(e.kind, ExprKind::Name { .. }) {
            let save = (self.pos, self.last_end);
            self.advance();
            if self.bitwise_or().is_ok() && !self.at_op("=") && !self.at_op(":=") {
                let sp = span_join(e.span, self.span_from((0, 0)));
                return Err(self.err_span(
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                    sp,
                ));
            }
            (self.pos, self.last_end) = save;
        }
        Ok(e)
    }

    fn expression(&mut self) -> PResult<Expr> {
        self.enter()?;
        let r = self.expression_inner();
        self.leave();
        r
    }

    fn expression_inner(&mut self) -> PResult<Expr> {
        if self.at_kw("lambda") {
            return self.lambdef();
        }
        let start = self.start();
        let body = self.disjunction()?;
        if !self.at_kw("if") {
            return Ok(body);
        }
        self.advance();
        let test = self.disjunction()?;
        if !self.eat_kw("else") {
            if matches!(self.tok(), Tok::Newline | Tok::EndMarker)
                || self.at_op(")")
                || self.at_op(",")
            {
                return Err(self.err_span(
                    "expected 'else' after 'if' expression",
                    self.span_from(start),
                ));
            }
            return Err(self.invalid());
        }
        let orelse = self.expression()?;
        Ok(mk(
            ExprKind::IfExp {
                test: Box::new(test),
                body: Box::new(body),
                orelse: Box::new(orelse),
            },
            self.span_from(start),
        ))
    }

    fn lambdef(&mut self) -> PResult<Expr> {
        let start = self.start();
        self.advance();
        let args = self.parameters(true)?;
        self.expect_op(":")?;
        let body = self.expression()?;
        Ok(mk(
            ExprKind::Lambda {
                args: Box::new(args),
                body: Box::new(body),
            },
            self.span_from(start),
        ))
    }

    fn disjunction(&mut self) -> PResult<Expr> {
        let start = self.start();
        let first = self.conjunction()?;
        if !self.at_kw("or") {
            return Ok(first);
        }
        let mut values = alloc::vec![first];
        while self.eat_kw("or") {
            values.push(self.conjunction()?);
        }
        Ok(mk(
            ExprKind::BoolOp {
                op: BoolOpKind::Or,
                values,
            },
            self.span_from(start),
        ))
    }

    fn conjunction(&mut self) -> PResult<Expr> {
        let start = self.start();
        let first = self.inversion()?;
        if !self.at_kw("and") {
            return Ok(first);
        }
        let mut values = alloc::vec![first];
        while self.eat_kw("and") {
            values.push(self.inversion()?);
        }
        Ok(mk(
            ExprKind::BoolOp {
                op: BoolOpKind::And,
                values,
            },
            self.span_from(start),
        ))
    }

    fn inversion(&mut self) -> PResult<Expr> {
        if self.at_kw("not") {
            let start = self.start();
            self.advance();
            self.enter()?;
            let operand = self.inversion()?;
            self.leave();
            return Ok(mk(
                ExprKind::UnaryOp {
                    op: UnaryOp::Not,
                    operand: Box::new(operand),
                },
                self.span_from(start),
            ));
        }
        self.comparison()
    }

    fn comp_op(&self) -> Option<(CmpOp, usize)> {
        Some(match self.tok() {
            Tok::Op("==") => (CmpOp::Eq, 1),
            Tok::Op("!=") => (CmpOp::NotEq, 1),
            Tok::Op("<") => (CmpOp::Lt, 1),
            Tok::Op("<=") => (CmpOp::LtE, 1),
            Tok::Op(">") => (CmpOp::Gt, 1),
            Tok::Op(">=") => (CmpOp::GtE, 1),
            Tok::Name(n) if n == "in" => (CmpOp::In, 1),
            Tok::Name(n) if n == "not" && self.nth_is_kw(1, "in") => (CmpOp::NotIn, 2),
            Tok::Name(n) if n == "is" => {
                if self.nth_is_kw(1, "not") {
                    (CmpOp::IsNot, 2)
                } else {
                    (CmpOp::Is, 1)
                }
            }
            _ => return None,
        })
    }

    fn comparison(&mut self) -> PResult<Expr> {
        let start = self.start();
        let left = self.bitwise_or()?;
        let Some(_) = self.comp_op() else {
            return Ok(left);
        };
        let mut ops = Vec::new();
        let mut comparators = Vec::new();
        while let Some((op, n)) = self.comp_op() {
            for _ in 0..n {
                self.advance();
            }
            ops.push(op);
            comparators.push(self.bitwise_or()?);
        }
        Ok(mk(
            ExprKind::Compare {
                left: Box::new(left),
                ops,
                comparators,
            },
            self.span_from(start),
        ))
    }

    fn bitwise_or(&mut self) -> PResult<Expr> {
        self.binary(1)
    }

    fn bin_op(&self) -> Option<(BinOp, u8)> {
        Some(match self.tok() {
            Tok::Op("|") => (BinOp::BitOr, 1),
            Tok::Op("^") => (BinOp::BitXor, 2),
            Tok::Op("&") => (BinOp::BitAnd, 3),
            Tok::Op("<<") => (BinOp::LShift, 4),
            Tok::Op(">>") => (BinOp::RShift, 4),
            Tok::Op("+") => (BinOp::Add, 5),
            Tok::Op("-") => (BinOp::Sub, 5),
            Tok::Op("*") => (BinOp::Mult, 6),
            Tok::Op("/") => (BinOp::Div, 6),
            Tok::Op("//") => (BinOp::FloorDiv, 6),
            Tok::Op("%") => (BinOp::Mod, 6),
            Tok::Op("@") => (BinOp::MatMult, 6),
            _ => return None,
        })
    }

    /// Left-associative binary operators by precedence climbing.
    fn binary(&mut self, min: u8) -> PResult<Expr> {
        let start = self.start();
        let mut left = self.factor()?;
        while let Some((op, prec)) = self.bin_op() {
            if prec < min {
                break;
            }
            self.advance();
            let right = self.binary(prec + 1)?;
            left = mk(
                ExprKind::BinOp {
                    left: Box::new(left),
                    op,
                    right: Box::new(right),
                },
                self.span_from(start),
            );
        }
        Ok(left)
    }

    fn factor(&mut self) -> PResult<Expr> {
        let op = match self.tok() {
            Tok::Op("+") => UnaryOp::UAdd,
            Tok::Op("-") => UnaryOp::USub,
            Tok::Op("~") => UnaryOp::Invert,
            _ => return self.power(),
        };
        let start = self.start();
        self.advance();
        self.enter()?;
        let operand = self.factor()?;
        self.leave();
        Ok(mk(
            ExprKind::UnaryOp {
                op,
                operand: Box::new(operand),
            },
            self.span_from(start),
        ))
    }

    fn power(&mut self) -> PResult<Expr> {
        let start = self.start();
        let base = if self.at_kw("await") {
            self.advance();
            self.enter()?;
            let v = self.primary()?;
            self.leave();
            mk(ExprKind::Await(Box::new(v)), self.span_from(start))
        } else {
            self.primary()?
        };
        if self.eat_op("**") {
            self.enter()?;
            let exp = self.factor()?;
            self.leave();
            return Ok(mk(
                ExprKind::BinOp {
                    left: Box::new(base),
                    op: BinOp::Pow,
                    right: Box::new(exp),
                },
                self.span_from(start),
            ));
        }
        Ok(base)
    }

    fn primary(&mut self) -> PResult<Expr> {
        let start = self.start();
        let mut e = self.atom()?;
        loop {
            if self.eat_op(".") {
                let attr = self.name()?;
                e = mk(
                    ExprKind::Attribute {
                        value: Box::new(e),
                        attr,
                        ctx: Ctx::Load,
                    },
                    self.span_from(start),
                );
            } else if self.at_op("(") {
                self.advance();
                let (args, keywords) = self.call_args(true)?;
                e = mk(
                    ExprKind::Call {
                        func: Box::new(e),
                        args,
                        keywords,
                    },
                    self.span_from(start),
                );
            } else if self.at_op("[") {
                self.advance();
                let slice = self.slices()?;
                self.close_or_comma("]", slice.span)?;
                e = mk(
                    ExprKind::Subscript {
                        value: Box::new(e),
                        slice: Box::new(slice),
                        ctx: Ctx::Load,
                    },
                    self.span_from(start),
                );
            } else {
                return Ok(e);
            }
        }
    }

    /// Expect `close`; if an expression follows instead, report the missing comma.
    fn close_or_comma(&mut self, close: &str, last: Span) -> PResult<()> {
        if self.eat_op(close) {
            return Ok(());
        }
        Err(self.missing_comma(last))
    }

    fn missing_comma(&mut self, last: Span) -> SyntaxError {
        let prev_is_name = matches!(
            self.toks.get(self.pos.wrapping_sub(1)).map(|t| &t.tok),
            Some(Tok::Name(_))
        );
        let soft = matches!(self.toks.get(self.pos.wrapping_sub(1)).map(|t| &t.tok),
            Some(Tok::Name(n)) if n == "match" || n == "case" || n == "_");
        let is_str = matches!(self.tok(), Tok::Str(_));
        if self.at_expr_start()
            && (!prev_is_name || !is_str)
            && !soft
            && !self.at_op("-")
            && !self.at_op("+")
        {
            let save = (self.pos, self.last_end, self.depth);
            if self.expression().is_ok() {
                let sp = span_join(last, self.span_from((0, 0)));
                (self.pos, self.last_end, self.depth) = save;
                return self.err_span("invalid syntax. Perhaps you forgot a comma?", sp);
            }
            (self.pos, self.last_end, self.depth) = save;
        }
        self.invalid()
    }

    fn slices(&mut self) -> PResult<Expr> {
        let start = self.start();
        let first = self.slice_item()?;
        if !self.at_op(",") {
            if matches!(first.kind, ExprKind::Starred { .. }) {
                let sp = first.span;
                return Ok(mk(
                    ExprKind::Tuple {
                        elts: alloc::vec![first],
                        ctx: Ctx::Load,
                    },
                    sp,
                ));
            }
            return Ok(first);
        }
        let mut elts = alloc::vec![first];
        while self.eat_op(",") {
            if self.at_op("]") {
                break;
            }
            elts.push(self.slice_item()?);
        }
        Ok(mk(
            ExprKind::Tuple {
                elts,
                ctx: Ctx::Load,
            },
            self.span_from(start),
        ))
    }

    fn slice_item(&mut self) -> PResult<Expr> {
        let start = self.start();
        if self.at_op("*") {
            return self.star_named_expression();
        }
        let lower = if self.at_op(":") {
            None
        } else {
            Some(self.named_expression()?)
        };
        if !self.at_op(":") {
            return lower.ok_or_else(|| self.invalid());
        }
        self.advance();
        let upper = if self.at_op(":") || self.at_op("]") || self.at_op(",") {
            None
        } else {
            Some(Box::new(self.expression()?))
        };
        let mut step = None;
        if self.eat_op(":") && !(self.at_op("]") || self.at_op(",")) {
            step = Some(Box::new(self.expression()?));
        }
        Ok(mk(
            ExprKind::Slice {
                lower: lower.map(Box::new),
                upper,
                step,
            },
            self.span_from(start),
        ))
    }

    /// Arguments of a call after `(`, through `)`.
    fn call_args(&mut self, allow_genexp: bool) -> PResult<(Vec<Expr>, Vec<Keyword>)> {
        let open_end = self.last_end;
        let mut args: Vec<Expr> = Vec::new();
        let mut keywords: Vec<Keyword> = Vec::new();
        let mut seen_kw = false;
        let mut seen_dstar = false;
        let mut genexp_span: Option<Span> = None;
        let mut count = 0;
        while !self.at_op(")") {
            let start = self.start();
            count += 1;
            if self.at_op("*") {
                self.advance();
                let v = self.expression()?;
                let sp = self.span_from(start);
                if seen_dstar {
                    return Err(self.err_span(
                        "iterable argument unpacking follows keyword argument unpacking",
                        sp,
                    ));
                }
                if self.at_comp_for() {
                    return Err(
                        self.err_span("iterable unpacking cannot be used in comprehension", sp)
                    );
                }
                args.push(mk(
                    ExprKind::Starred {
                        value: Box::new(v),
                        ctx: Ctx::Load,
                    },
                    sp,
                ));
            } else if self.at_op("**") {
                self.advance();
                let v = self.expression()?;
                seen_dstar = true;
                keywords.push(Keyword {
                    arg: None,
                    value: v,
                    span: self.span_from(start),
                });
            } else if matches!(self.tok(), Tok::Name(_)) && matches!(self.nth(1), Tok::Op("=")) {
                let Tok::Name(n) = self.tok() else {
                    return Err(self.invalid());
                };
                let n = n.clone();
                if matches!(n.as_str(), "True" | "False" | "None") {
                    self.advance();
                    self.advance();
                    let _ = self.expression();
                    return Err(
                        self.err_span(format!("cannot assign to {}", n), self.span_from(start))
                    );
                }
                let arg = self.name()?;
                let name_span = self.span_from(start);
                if keywords
                    .iter()
                    .any(|k| k.arg.as_deref() == Some(arg.as_str()))
                {
                    return Err(
                        self.err_span(format!("keyword argument repeated: {arg}"), name_span)
                    );
                }
                self.advance();
                let v = self.expression()?;
                seen_kw = true;
                keywords.push(Keyword {
                    arg: Some(arg),
                    value: v,
                    span: self.span_from(start),
                });
            } else {
                let mut e = self.named_expression()?;
                if self.at_comp_for() {
                    if !allow_genexp {
                        return Err(self.invalid());
                    }
                    let generators = self.comprehension_clauses()?;
                    let sp = self.span_from(start);
                    e = mk(
                        ExprKind::GeneratorExp {
                            elt: Box::new(e),
                            generators,
                        },
                        sp,
                    );
                    genexp_span = Some(sp);
                } else if self.at_op("=") {
                    let _ = self.expression();
                    return Err(self.err_span(
                        "expression cannot contain assignment, perhaps you meant \"==\"?",
                        self.span_from(start),
                    ));
                }
                if seen_dstar {
                    return Err(
                        self.err_here("positional argument follows keyword argument unpacking")
                    );
                }
                if seen_kw {
                    return Err(self.err_here("positional argument follows keyword argument"));
                }
                args.push(e);
            }
            if !self.eat_op(",") {
                break;
            }
        }
        if !self.at_op(")") {
            let last = args
                .last()
                .map(|a| a.span)
                .into_iter()
                .chain(keywords.last().map(|k| k.span))
                .max_by_key(|s| (s.end_line, s.end_col))
                .unwrap_or_default();
            return Err(self.missing_comma(last));
        }
        self.advance();
        if let Some(sp) = genexp_span {
            if count > 1 || !allow_genexp {
                if !allow_genexp {
                    return Err(self.err_span("invalid syntax", sp));
                }
                return Err(self.err_span("Generator expression must be parenthesized", sp));
            }
            // A sole generator argument takes the call's parentheses as its span.
            if let Some(g) = args.last_mut() {
                g.span = Span {
                    line: open_end.0,
                    col: open_end.1.saturating_sub(1),
                    end_line: self.last_end.0,
                    end_col: self.last_end.1,
                };
            }
        }
        Ok((args, keywords))
    }

    fn comprehension_clauses(&mut self) -> PResult<Vec<Comprehension>> {
        let mut gens = Vec::new();
        loop {
            let is_async = if self.at_kw("async") && self.nth_is_kw(1, "for") {
                self.advance();
                true
            } else {
                false
            };
            if !self.eat_kw("for") {
                break;
            }
            let target = self.target_list(Ctx::Store, true)?;
            self.expect_kw("in")?;
            let iter = self.disjunction()?;
            let mut ifs = Vec::new();
            while self.eat_kw("if") {
                ifs.push(self.disjunction()?);
            }
            gens.push(Comprehension {
                target,
                iter,
                ifs,
                is_async,
            });
        }
        Ok(gens)
    }

    fn at_comp_for(&self) -> bool {
        self.at_kw("for") || (self.at_kw("async") && self.nth_is_kw(1, "for"))
    }

    fn atom(&mut self) -> PResult<Expr> {
        let start = self.start();
        let t = self.cur();
        let (line, col, end_line, end_col) = (t.line, t.col, t.end_line, t.end_col);
        let sp = Span {
            line,
            col,
            end_line,
            end_col,
        };
        let kind = match &t.tok {
            Tok::Name(n) => {
                let k = match n.as_str() {
                    "True" => ExprKind::Constant(Constant::Bool(true)),
                    "False" => ExprKind::Constant(Constant::Bool(false)),
                    "None" => ExprKind::Constant(Constant::None),
                    s if is_keyword(s) => return Err(self.invalid()),
                    _ => ExprKind::Name {
                        id: n.clone(),
                        ctx: Ctx::Load,
                    },
                };
                self.advance();
                k
            }
            Tok::Num(n) => {
                let c = match n {
                    Num::Int(i) => Constant::Int(*i),
                    Num::Big(d, r) => Constant::BigInt {
                        digits: d.clone(),
                        radix: *r,
                    },
                    Num::Float(f) => Constant::Float(*f),
                    Num::Imag(f) => Constant::Imag(*f),
                };
                self.advance();
                ExprKind::Constant(c)
            }
            Tok::Str(_) => return self.strings(),
            Tok::Op("...") => {
                self.advance();
                ExprKind::Constant(Constant::Ellipsis)
            }
            Tok::Op("(") => return self.paren(),
            Tok::Op("[") => return self.list_display(),
            Tok::Op("{") => return self.brace_display(),
            _ => return Err(self.invalid()),
        };
        let _ = start;
        Ok(mk(kind, sp))
    }

    fn paren(&mut self) -> PResult<Expr> {
        let start = self.start();
        self.advance();
        if self.eat_op(")") {
            return Ok(mk(
                ExprKind::Tuple {
                    elts: Vec::new(),
                    ctx: Ctx::Load,
                },
                self.span_from(start),
            ));
        }
        if self.at_kw("yield") {
            let y = self.yield_expr()?;
            self.close_or_comma(")", y.span)?;
            return Ok(y);
        }
        let first = self.star_named_expression()?;
        if self.at_comp_for() {
            self.no_starred_elt(&first)?;
            let generators = self.comprehension_clauses()?;
            self.close_or_comma(")", first.span)?;
            return Ok(mk(
                ExprKind::GeneratorExp {
                    elt: Box::new(first),
                    generators,
                },
                self.span_from(start),
            ));
        }
        if self.at_op(",") {
            let mut elts = alloc::vec![first];
            while self.eat_op(",") {
                if self.at_op(")") {
                    break;
                }
                elts.push(self.star_named_expression()?);
            }
            let last = elts.last().map(|e| e.span).unwrap_or_default();
            self.close_or_comma(")", last)?;
            return Ok(mk(
                ExprKind::Tuple {
                    elts,
                    ctx: Ctx::Load,
                },
                self.span_from(start),
            ));
        }
        self.close_or_comma(")", first.span)?;
        if matches!(first.kind, ExprKind::Starred { .. }) {
            return Err(self.err_span("cannot use starred expression here", first.span));
        }
        Ok(first)
    }

    /// `[*a for a in b]`: CPython's message for a starred comprehension element.
    fn no_starred_elt(&self, e: &Expr) -> PResult<()> {
        if matches!(e.kind, ExprKind::Starred { .. }) {
            return Err(self.err_span("iterable unpacking cannot be used in comprehension", e.span));
        }
        Ok(())
    }

    fn list_display(&mut self) -> PResult<Expr> {
        let start = self.start();
        self.advance();
        if self.eat_op("]") {
            return Ok(mk(
                ExprKind::List {
                    elts: Vec::new(),
                    ctx: Ctx::Load,
                },
                self.span_from(start),
            ));
        }
        let first = self.star_named_expression()?;
        if self.at_comp_for() {
            self.no_starred_elt(&first)?;
            let generators = self.comprehension_clauses()?;
            self.close_or_comma("]", first.span)?;
            return Ok(mk(
                ExprKind::ListComp {
                    elt: Box::new(first),
                    generators,
                },
                self.span_from(start),
            ));
        }
        let mut elts = alloc::vec![first];
        while self.eat_op(",") {
            if self.at_op("]") {
                break;
            }
            elts.push(self.star_named_expression()?);
        }
        let last = elts.last().map(|e| e.span).unwrap_or_default();
        self.close_or_comma("]", last)?;
        Ok(mk(
            ExprKind::List {
                elts,
                ctx: Ctx::Load,
            },
            self.span_from(start),
        ))
    }

    fn brace_display(&mut self) -> PResult<Expr> {
        let start = self.start();
        self.advance();
        if self.eat_op("}") {
            return Ok(mk(
                ExprKind::Dict {
                    keys: Vec::new(),
                    values: Vec::new(),
                },
                self.span_from(start),
            ));
        }
        if self.at_op("**") {
            let save = self.pos;
            let dstart = self.start();
            self.advance();
            if self.bitwise_or().is_ok() && self.at_comp_for() {
                let sp = self.span_from(dstart);
                return Err(
                    self.err_span("dict unpacking cannot be used in dict comprehension", sp)
                );
            }
            self.pos = save;
            return self.dict_rest(start, Vec::new(), Vec::new());
        }
        let first = self.star_named_expression()?;
        if self.eat_op(":") {
            let value = self.expression()?;
            if self.at_comp_for() {
                let generators = self.comprehension_clauses()?;
                self.close_or_comma("}", value.span)?;
                return Ok(mk(
                    ExprKind::DictComp {
                        key: Box::new(first),
                        value: Box::new(value),
                        generators,
                    },
                    self.span_from(start),
                ));
            }
            if self.eat_op(",") {
                return self.dict_rest(start, alloc::vec![Some(first)], alloc::vec![value]);
            }
            self.close_or_comma("}", value.span)?;
            return Ok(mk(
                ExprKind::Dict {
                    keys: alloc::vec![Some(first)],
                    values: alloc::vec![value],
                },
                self.span_from(start),
            ));
        }
        if self.at_comp_for() {
            self.no_starred_elt(&first)?;
            let generators = self.comprehension_clauses()?;
            self.close_or_comma("}", first.span)?;
            return Ok(mk(
                ExprKind::SetComp {
                    elt: Box::new(first),
                    generators,
                },
                self.span_from(start),
            ));
        }
        let mut elts = alloc::vec![first];
        while self.eat_op(",") {
            if self.at_op("}") {
                break;
            }
            elts.push(self.star_named_expression()?);
        }
        let last = elts.last().map(|e| e.span).unwrap_or_default();
        self.close_or_comma("}", last)?;
        Ok(mk(ExprKind::Set(elts), self.span_from(start)))
    }

    fn dict_rest(
        &mut self,
        start: (u32, u32),
        mut keys: Vec<Option<Expr>>,
        mut values: Vec<Expr>,
    ) -> PResult<Expr> {
        while !self.at_op("}") {
            if self.eat_op("**") {
                keys.push(None);
                values.push(self.bitwise_or()?);
            } else {
                let k = self.expression()?;
                if !self.eat_op(":") {
                    if self.at_op("}") || self.at_op(",") {
                        let t = k.span;
                        let mut e = SyntaxError::new(
                            "':' expected after dictionary key",
                            t.line,
                            t.col,
                            t.line,
                            0,
                        );
                        e.end_offset = 0;
                        return Err(e);
                    }
                    return Err(self.missing_comma(k.span));
                }
                keys.push(Some(k));
                values.push(self.expression()?);
            }
            if !self.eat_op(",") {
                break;
            }
        }
        let last = values.last().map(|e| e.span).unwrap_or_default();
        self.close_or_comma("}", last)?;
        Ok(mk(ExprKind::Dict { keys, values }, self.span_from(start)))
    }

    // ----- strings and f-strings -----

    fn strings(&mut self) -> PResult<Expr> {
        let start = self.start();
        let mut toks: Vec<(Box<StrTok>, Span)> = Vec::new();
        while let Tok::Str(s) = self.tok() {
            let t = self.cur();
            let sp = Span {
                line: t.line,
                col: t.col,
                end_line: t.end_line,
                end_col: t.end_col,
            };
            toks.push((s.clone(), sp));
            self.advance();
        }
        let span = self.span_from(start);
        let nbytes = toks.iter().filter(|(s, _)| s.bytes).count();
        if nbytes != 0 && nbytes != toks.len() {
            return Err(SyntaxError::new(
                "cannot mix bytes and nonbytes literals",
                span.end_line,
                span.end_col,
                span.end_line,
                span.end_col,
            ));
        }
        if nbytes != 0 {
            let mut out = Vec::new();
            for (s, sp) in &toks {
                match decode_bytes(&s.body, s.raw) {
                    Ok(mut b) => out.append(&mut b),
                    Err(m) => return Err(self.err_span(m, *sp)),
                }
            }
            return Ok(mk(ExprKind::Constant(Constant::Bytes(out)), span));
        }
        let any_f = toks.iter().any(|(s, _)| s.fmt);
        let mut buf = String::new();
        let mut parts = Vec::new();
        for (s, sp) in &toks {
            if s.fmt {
                self.fstring(s, *sp, span, &mut buf, &mut parts)?;
            } else if s.raw {
                buf.push_str(&s.body);
            } else {
                match decode_str(&s.body) {
                    Ok(d) => buf.push_str(&d),
                    Err(m) => {
                        return Err(SyntaxError::new(
                            m,
                            sp.end_line,
                            sp.end_col,
                            sp.end_line,
                            sp.end_col,
                        ));
                    }
                }
            }
        }
        if !any_f {
            return Ok(mk(ExprKind::Constant(Constant::Str(buf)), span));
        }
        if !buf.is_empty() {
            parts.push(mk(ExprKind::Constant(Constant::Str(buf)), span));
        }
        Ok(mk(ExprKind::JoinedStr(parts), span))
    }

    fn fstring(
        &mut self,
        st: &StrTok,
        tok_span: Span,
        whole: Span,
        buf: &mut String,
        parts: &mut Vec<Expr>,
    ) -> PResult<()> {
        let cs: Vec<char> = st.body.chars().collect();
        let mut cur = FCursor {
            i: 0,
            line: st.line,
            col: st.col,
        };
        let ctx = FCtx {
            cs: &cs,
            raw: st.raw,
            tok_span,
            whole,
        };
        self.fstring_body(&ctx, &mut cur, false, buf, parts)?;
        Ok(())
    }

    /// Parse literal text and fields until the end of the body (or, inside a
    /// format spec, until the closing `}` which is left unconsumed).
    fn fstring_body(
        &mut self,
        fx: &FCtx,
        cur: &mut FCursor,
        in_spec: bool,
        buf: &mut String,
        parts: &mut Vec<Expr>,
    ) -> PResult<()> {
        let cs = fx.cs;
        let mut lit = String::new();
        let flush = |lit: &mut String, buf: &mut String| -> PResult<()> {
            if lit.is_empty() {
                return Ok(());
            }
            if fx.raw {
                buf.push_str(lit);
            } else {
                match decode_str(lit) {
                    Ok(d) => buf.push_str(&d),
                    Err(m) => {
                        let s = fx.tok_span;
                        return Err(SyntaxError::new(
                            m, s.end_line, s.end_col, s.end_line, s.end_col,
                        ));
                    }
                }
            }
            lit.clear();
            Ok(())
        };
        while let Some(&c) = cs.get(cur.i) {
            match c {
                '{' => {
                    if !in_spec && cs.get(cur.i + 1) == Some(&'{') {
                        lit.push('{');
                        cur.bump(cs);
                        cur.bump(cs);
                        continue;
                    }
                    flush(&mut lit, buf)?;
                    self.fstring_field(fx, cur, buf, parts)?;
                }
                '}' => {
                    if in_spec {
                        break;
                    }
                    if cs.get(cur.i + 1) == Some(&'}') {
                        lit.push('}');
                        cur.bump(cs);
                        cur.bump(cs);
                        continue;
                    }
                    return Err(self.ferr("f-string: single '}' is not allowed", fx));
                }
                '\\' if !fx.raw => {
                    lit.push(c);
                    cur.bump(cs);
                    if let Some(&n) = cs.get(cur.i) {
                        if n == 'N' && cs.get(cur.i + 1) == Some(&'{') {
                            while let Some(&d) = cs.get(cur.i) {
                                lit.push(d);
                                cur.bump(cs);
                                if d == '}' {
                                    break;
                                }
                            }
                        } else if n != '{' && n != '}' {
                            lit.push(n);
                            cur.bump(cs);
                        }
                    }
                }
                _ => {
                    lit.push(c);
                    cur.bump(cs);
                }
            }
        }
        flush(&mut lit, buf)
    }

    fn ferr(&self, msg: &str, fx: &FCtx) -> SyntaxError {
        let s = fx.tok_span;
        SyntaxError::new(msg, s.end_line, s.end_col, s.end_line, s.end_col)
    }

    /// One `{expr[=][!c][:spec]}` field; `cur` is at the `{`.
    fn fstring_field(
        &mut self,
        fx: &FCtx,
        cur: &mut FCursor,
        buf: &mut String,
        parts: &mut Vec<Expr>,
    ) -> PResult<()> {
        let cs = fx.cs;
        cur.bump(cs); // '{'
        let expr_start = *cur;
        // Find the end of the expression.
        let mut nest: Vec<char> = Vec::new();
        let mut debug_end: Option<usize> = None;
        loop {
            let Some(&c) = cs.get(cur.i) else {
                return Err(self.ferr("f-string: expecting '}'", fx));
            };
            match c {
                '(' | '[' | '{' => nest.push(c),
                ')' | ']' if nest.pop().is_none() => {
                    return Err(self.ferr(&format!("f-string: unmatched '{}'", c), fx));
                }
                ')' | ']' => {}
                '}' if !nest.is_empty() => {
                    nest.pop();
                }
                '\'' | '"' => {
                    // A nested string of another quote kind.
                    let triple = cs.get(cur.i + 1) == Some(&c) && cs.get(cur.i + 2) == Some(&c);
                    let n = if triple { 3 } else { 1 };
                    for _ in 0..n {
                        cur.bump(cs);
                    }
                    loop {
                        let Some(&d) = cs.get(cur.i) else {
                            return Err(self.ferr("f-string: unterminated string", fx));
                        };
                        if d == '\\' {
                            return Err(self
                                .ferr("f-string expression part cannot include a backslash", fx));
                        }
                        if d == c
                            && (!triple
                                || (cs.get(cur.i + 1) == Some(&c) && cs.get(cur.i + 2) == Some(&c)))
                        {
                            for _ in 0..n {
                                cur.bump(cs);
                            }
                            break;
                        }
                        cur.bump(cs);
                    }
                    continue;
                }
                '\\' => {
                    return Err(self.ferr("f-string expression part cannot include a backslash", fx))
                }
                '#' => return Err(self.ferr("f-string expression part cannot include '#'", fx)),
                _ if nest.is_empty() => {
                    let next = cs.get(cur.i + 1).copied();
                    if c == '}' || c == ':' || (c == '!' && next != Some('=')) {
                        break;
                    }
                    if c == '=' && next != Some('=') {
                        let prev = if cur.i > 0 {
                            cs.get(cur.i - 1).copied()
                        } else {
                            None
                        };
                        if !matches!(prev, Some('=' | '!' | '<' | '>')) {
                            debug_end = Some(cur.i);
                            break;
                        }
                    }
                }
                _ => {}
            }
            cur.bump(cs);
        }
        let expr_chars = &cs[expr_start.i..debug_end.unwrap_or(cur.i)];
        if expr_chars.iter().all(|c| c.is_whitespace()) {
            return Err(self.ferr("f-string: empty expression not allowed", fx));
        }
        let value = self.parse_field_expr(expr_chars, expr_start.line, expr_start.col)?;
        if debug_end.is_some() {
            cur.bump(cs); // '='
            while cs.get(cur.i).is_some_and(|c| c.is_whitespace()) {
                cur.bump(cs);
            }
            buf.extend(&cs[expr_start.i..cur.i]);
        }
        let mut conversion = None;
        if cs.get(cur.i) == Some(&'!') {
            cur.bump(cs);
            match cs.get(cur.i) {
                Some(&c @ ('s' | 'r' | 'a')) => {
                    conversion = Some(c);
                    cur.bump(cs);
                }
                Some(&'}') | Some(&':') | None => {
                    return Err(self.ferr("f-string: missing conversion character", fx));
                }
                Some(_) => {
                    return Err(self.ferr(
                        "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                        fx,
                    ));
                }
            }
        }
        let mut format_spec = None;
        if cs.get(cur.i) == Some(&':') {
            cur.bump(cs);
            if self.fdepth >= 1 {
                // A field inside a spec inside a spec.
                if cs[cur.i..]
                    .iter()
                    .take_while(|&&c| c != '}')
                    .any(|&c| c == '{')
                {
                    return Err(self.ferr("f-string: expressions nested too deeply", fx));
                }
            }
            self.fdepth += 1;
            let mut sbuf = String::new();
            let mut sparts = Vec::new();
            let r = self.fstring_body(fx, cur, true, &mut sbuf, &mut sparts);
            self.fdepth -= 1;
            r?;
            if !sbuf.is_empty() {
                sparts.push(mk(ExprKind::Constant(Constant::Str(sbuf)), fx.whole));
            }
            format_spec = Some(Box::new(mk(ExprKind::JoinedStr(sparts), fx.whole)));
        }
        if cs.get(cur.i) != Some(&'}') {
            return Err(self.ferr("f-string: expecting '}'", fx));
        }
        cur.bump(cs);
        if debug_end.is_some() && conversion.is_none() && format_spec.is_none() {
            conversion = Some('r');
        }
        if !buf.is_empty() {
            parts.push(mk(
                ExprKind::Constant(Constant::Str(core::mem::take(buf))),
                fx.whole,
            ));
        }
        parts.push(mk(
            ExprKind::FormattedValue {
                value: Box::new(value),
                conversion,
                format_spec,
            },
            fx.whole,
        ));
        Ok(())
    }

    fn parse_field_expr(&mut self, chars: &[char], line: u32, col: u32) -> PResult<Expr> {
        let lexed = tokenize_field(chars, line, col);
        let prefix = |mut e: SyntaxError| {
            if !e.msg.starts_with("f-string") {
                e.msg = format!("f-string: {}", e.msg);
            }
            e
        };
        if let Some(e) = lexed.error {
            return Err(prefix(e));
        }
        let mut sub = Parser::new(lexed.tokens, self.depth + 1, self.fdepth);
        if sub.depth > MAX_DEPTH {
            return Err(sub.err_here("too complex"));
        }
        let e = if sub.at_kw("yield") {
            sub.yield_expr()
        } else {
            sub.star_expressions()
        };
        let e = e.map_err(prefix)?;
        if !matches!(sub.tok(), Tok::EndMarker) {
            let err = if sub.at_op("=") {
                sub.invalid()
            } else {
                sub.missing_comma(e.span)
            };
            return Err(prefix(err));
        }
        Ok(e)
    }

    // ----- match statement -----

    fn try_match_stmt(&mut self) -> PResult<Option<Stmt>> {
        let save = (self.pos, self.last_end, self.depth);
        let start = self.start();
        self.advance();
        let subject = (|| -> PResult<Expr> {
            let s = self.start();
            let first = self.star_named_expression()?;
            if !self.at_op(",") {
                return Ok(first);
            }
            let mut elts = alloc::vec![first];
            while self.eat_op(",") {
                if self.at_op(":") {
                    break;
                }
                elts.push(self.star_named_expression()?);
            }
            Ok(mk(
                ExprKind::Tuple {
                    elts,
                    ctx: Ctx::Load,
                },
                self.span_from(s),
            ))
        })();
        let subject = match subject {
            Ok(s) if self.at_op(":") && matches!(self.nth(1), Tok::Newline) => s,
            _ => {
                (self.pos, self.last_end, self.depth) = save;
                return Ok(None);
            }
        };
        self.advance();
        self.advance();
        if !matches!(self.tok(), Tok::Indent) {
            let t = self.cur();
            let msg = format!(
                "expected an indented block after 'match' statement on line {}",
                start.0
            );
            let e = SyntaxError::new(msg, t.line, t.col, t.end_line, t.end_col)
                .with_kind(SyntaxErrorKind::Indentation);
            return Err(if matches!(t.tok, Tok::EndMarker) {
                e.incomplete()
            } else {
                e
            });
        }
        self.advance();
        let mut cases = Vec::new();
        loop {
            match self.tok() {
                Tok::Dedent => {
                    self.advance();
                    break;
                }
                Tok::EndMarker => break,
                Tok::Name(n) if n == "case" => {
                    let line = self.start().0;
                    self.advance();
                    let pattern = self.patterns()?;
                    let guard = if self.eat_kw("if") {
                        Some(self.named_expression()?)
                    } else {
                        None
                    };
                    self.expect_colon()?;
                    let body = self.block("'case' statement", line)?;
                    cases.push(MatchCase {
                        pattern,
                        guard,
                        body,
                    });
                }
                _ => return Err(self.invalid()),
            }
        }
        if cases.is_empty() {
            return Err(self.invalid());
        }
        Ok(Some(Stmt {
            kind: StmtKind::Match { subject, cases },
            span: self.span_from(start),
        }))
    }

    fn patterns(&mut self) -> PResult<Pattern> {
        let start = self.start();
        let first = self.maybe_star_pattern()?;
        if !self.at_op(",") {
            if matches!(first.kind, PatternKind::MatchStar(_)) {
                // `case *a:` needs a comma to be a sequence pattern.
                return Err(self.invalid());
            }
            return Ok(first);
        }
        let mut items = alloc::vec![first];
        while self.eat_op(",") {
            if self.at_op(":") || self.at_kw("if") {
                break;
            }
            items.push(self.maybe_star_pattern()?);
        }
        Ok(mk_pat(
            PatternKind::MatchSequence(items),
            self.span_from(start),
        ))
    }

    fn maybe_star_pattern(&mut self) -> PResult<Pattern> {
        if self.at_op("*") {
            let start = self.start();
            self.advance();
            let n = self.name()?;
            let name = if n == "_" { None } else { Some(n) };
            return Ok(mk_pat(PatternKind::MatchStar(name), self.span_from(start)));
        }
        self.pattern()
    }

    fn pattern(&mut self) -> PResult<Pattern> {
        self.enter()?;
        let r = self.pattern_inner();
        self.leave();
        r
    }

    fn pattern_inner(&mut self) -> PResult<Pattern> {
        let start = self.start();
        let first = self.closed_pattern()?;
        let mut p = if self.at_op("|") {
            let mut alts = alloc::vec![first];
            while self.eat_op("|") {
                alts.push(self.closed_pattern()?);
            }
            mk_pat(PatternKind::MatchOr(alts), self.span_from(start))
        } else {
            first
        };
        if self.eat_kw("as") {
            let ns = self.start();
            let n = self.name()?;
            if n == "_" {
                return Err(self.err_span("cannot use '_' as a target", self.span_from(ns)));
            }
            p = mk_pat(
                PatternKind::MatchAs {
                    pattern: Some(Box::new(p)),
                    name: Some(n),
                },
                self.span_from(start),
            );
        }
        Ok(p)
    }

    fn closed_pattern(&mut self) -> PResult<Pattern> {
        let start = self.start();
        match self.tok().clone() {
            Tok::Num(_) | Tok::Op("-") => {
                let v = self.signed_number_pattern()?;
                Ok(mk_pat(PatternKind::MatchValue(v), self.span_from(start)))
            }
            Tok::Str(_) => {
                let s = self.strings()?;
                if matches!(s.kind, ExprKind::JoinedStr(_)) {
                    return Err(self.err_span(
                        "patterns may only match literals and attribute lookups",
                        s.span,
                    ));
                }
                Ok(mk_pat(PatternKind::MatchValue(s), self.span_from(start)))
            }
            Tok::Name(n) => match n.as_str() {
                "None" => {
                    self.advance();
                    Ok(mk_pat(
                        PatternKind::MatchSingleton(Constant::None),
                        self.span_from(start),
                    ))
                }
                "True" | "False" => {
                    self.advance();
                    Ok(mk_pat(
                        PatternKind::MatchSingleton(Constant::Bool(n == "True")),
                        self.span_from(start),
                    ))
                }
                _ if is_keyword(&n) => Err(self.invalid()),
                _ => {
                    self.advance();
                    let mut e = mk(
                        ExprKind::Name {
                            id: n.clone(),
                            ctx: Ctx::Load,
                        },
                        self.span_from(start),
                    );
                    let dotted = self.at_op(".");
                    while self.eat_op(".") {
                        let attr = self.name()?;
                        e = mk(
                            ExprKind::Attribute {
                                value: Box::new(e),
                                attr,
                                ctx: Ctx::Load,
                            },
                            self.span_from(start),
                        );
                    }
                    if self.at_op("(") {
                        return self.class_pattern(e, start);
                    }
                    if dotted {
                        return Ok(mk_pat(PatternKind::MatchValue(e), self.span_from(start)));
                    }
                    let name = if n == "_" { None } else { Some(n) };
                    Ok(mk_pat(
                        PatternKind::MatchAs {
                            pattern: None,
                            name,
                        },
                        self.span_from(start),
                    ))
                }
            },
            Tok::Op("(") => {
                self.advance();
                if self.eat_op(")") {
                    return Ok(mk_pat(
                        PatternKind::MatchSequence(Vec::new()),
                        self.span_from(start),
                    ));
                }
                let first = self.maybe_star_pattern()?;
                if self.at_op(")") {
                    if matches!(first.kind, PatternKind::MatchStar(_)) {
                        // `(*a)` is neither a group nor a sequence pattern.
                        return Err(self.invalid());
                    }
                    self.advance();
                    return Ok(first);
                }
                let mut items = alloc::vec![first];
                while self.eat_op(",") {
                    if self.at_op(")") {
                        break;
                    }
                    items.push(self.maybe_star_pattern()?);
                }
                self.expect_op(")")?;
                Ok(mk_pat(
                    PatternKind::MatchSequence(items),
                    self.span_from(start),
                ))
            }
            Tok::Op("[") => {
                self.advance();
                let mut items = Vec::new();
                while !self.at_op("]") {
                    items.push(self.maybe_star_pattern()?);
                    if !self.eat_op(",") {
                        break;
                    }
                }
                self.expect_op("]")?;
                Ok(mk_pat(
                    PatternKind::MatchSequence(items),
                    self.span_from(start),
                ))
            }
            Tok::Op("{") => {
                self.advance();
                let (mut keys, mut patterns, mut rest) = (Vec::new(), Vec::new(), None);
                while !self.at_op("}") {
                    if self.eat_op("**") {
                        if matches!(self.tok(), Tok::Name(n) if n == "_") {
                            return Err(self.invalid());
                        }
                        rest = Some(self.name()?);
                        self.eat_op(",");
                        break;
                    }
                    let ks = self.start();
                    let key = match self.tok().clone() {
                        Tok::Num(_) | Tok::Op("-") => self.signed_number_pattern()?,
                        Tok::Str(_) => self.strings()?,
                        Tok::Name(n) if n == "None" || n == "True" || n == "False" => {
                            self.atom()?
                        }
                        Tok::Name(_) => {
                            let mut e = self.atom()?;
                            if !self.at_op(".") {
                                return Err(self.invalid());
                            }
                            while self.eat_op(".") {
                                let attr = self.name()?;
                                e = mk(
                                    ExprKind::Attribute {
                                        value: Box::new(e),
                                        attr,
                                        ctx: Ctx::Load,
                                    },
                                    self.span_from(ks),
                                );
                            }
                            e
                        }
                        _ => return Err(self.invalid()),
                    };
                    self.expect_op(":")?;
                    keys.push(key);
                    patterns.push(self.pattern()?);
                    if !self.eat_op(",") {
                        break;
                    }
                }
                self.expect_op("}")?;
                Ok(mk_pat(
                    PatternKind::MatchMapping {
                        keys,
                        patterns,
                        rest,
                    },
                    self.span_from(start),
                ))
            }
            _ => Err(self.invalid()),
        }
    }

    fn class_pattern(&mut self, cls: Expr, start: (u32, u32)) -> PResult<Pattern> {
        self.advance(); // (
        let (mut patterns, mut kwd_attrs, mut kwd_patterns) = (Vec::new(), Vec::new(), Vec::new());
        while !self.at_op(")") {
            if self.at_name() && matches!(self.nth(1), Tok::Op("=")) {
                let n = self.name()?;
                self.advance();
                kwd_attrs.push(n);
                kwd_patterns.push(self.pattern()?);
            } else {
                let p = self.pattern()?;
                if !kwd_attrs.is_empty() {
                    return Err(
                        self.err_span("positional patterns follow keyword patterns", p.span)
                    );
                }
                patterns.push(p);
            }
            if !self.eat_op(",") {
                break;
            }
        }
        self.expect_op(")")?;
        Ok(mk_pat(
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            },
            self.span_from(start),
        ))
    }

    /// `-1`, `1.5`, `1 + 2j`, `-1 - 2j` in a pattern.
    fn signed_number_pattern(&mut self) -> PResult<Expr> {
        let start = self.start();
        let neg = self.eat_op("-");
        let num = match self.tok() {
            Tok::Num(_) => self.atom()?,
            _ => return Err(self.invalid()),
        };
        let mut real = if neg {
            mk(
                ExprKind::UnaryOp {
                    op: UnaryOp::USub,
                    operand: Box::new(num),
                },
                self.span_from(start),
            )
        } else {
            num
        };
        if self.at_op("+") || self.at_op("-") {
            let op = if self.at_op("+") {
                BinOp::Add
            } else {
                BinOp::Sub
            };
            let is_imag = |e: &Expr| match &e.kind {
                ExprKind::Constant(Constant::Imag(_)) => true,
                ExprKind::UnaryOp { operand, .. } => {
                    matches!(operand.kind, ExprKind::Constant(Constant::Imag(_)))
                }
                _ => false,
            };
            if is_imag(&real) {
                return Err(self.err_span("real number required in complex literal", real.span));
            }
            self.advance();
            let imag = match self.tok() {
                Tok::Num(_) => self.atom()?,
                _ => return Err(self.invalid()),
            };
            if !matches!(imag.kind, ExprKind::Constant(Constant::Imag(_))) {
                return Err(
                    self.err_span("imaginary number required in complex literal", imag.span)
                );
            }
            real = mk(
                ExprKind::BinOp {
                    left: Box::new(real),
                    op,
                    right: Box::new(imag),
                },
                self.span_from(start),
            );
        }
        Ok(real)
    }
}

fn mk_pat(kind: PatternKind, span: Span) -> Pattern {
    Pattern { kind, span }
}

fn aug_op(o: &str) -> Option<BinOp> {
    Some(match o {
        "+=" => BinOp::Add,
        "-=" => BinOp::Sub,
        "*=" => BinOp::Mult,
        "@=" => BinOp::MatMult,
        "/=" => BinOp::Div,
        "%=" => BinOp::Mod,
        "**=" => BinOp::Pow,
        "<<=" => BinOp::LShift,
        ">>=" => BinOp::RShift,
        "|=" => BinOp::BitOr,
        "^=" => BinOp::BitXor,
        "&=" => BinOp::BitAnd,
        "//=" => BinOp::FloorDiv,
        _ => return None,
    })
}

/// Position inside an f-string body.
#[derive(Clone, Copy)]
struct FCursor {
    i: usize,
    line: u32,
    col: u32,
}

impl FCursor {
    fn bump(&mut self, cs: &[char]) {
        if cs.get(self.i) == Some(&'\n') {
            self.line += 1;
            self.col = 0;
        } else {
            self.col += 1;
        }
        self.i += 1;
    }
}

struct FCtx<'a> {
    cs: &'a [char],
    raw: bool,
    tok_span: Span,
    whole: Span,
}

#[cfg(test)]
mod tests;

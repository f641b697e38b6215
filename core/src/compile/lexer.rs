//! The tokenizer: Python source text to a vector of [`Token`]s.
//!
//! The lexer works on the whole input at once. It normalises line endings
//! (`\r\n` and lone `\r` become `\n`), tracks indentation with a stack
//! (tabs advance to the next multiple of 8; mixing that is ambiguous is a
//! `TabError`, as in CPython), joins lines inside brackets and after a
//! backslash, and recognises every literal form. String literals are kept
//! raw (prefix flags plus body); the parser decodes escapes and parses
//! f-string fields. The first tokenizer error stops lexing: the token list
//! then ends with [`Tok::Error`] and the error is returned alongside.

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

/// What kind of `SyntaxError` subclass an error is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    /// `SyntaxError`.
    Syntax,
    /// `IndentationError`.
    Indentation,
    /// `TabError`.
    Tab,
}

/// A syntax error with CPython's message and location.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    /// Which exception class.
    pub kind: SyntaxErrorKind,
    /// The message (`SyntaxError.msg`).
    pub msg: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column, like CPython's `SyntaxError.offset`.
    pub offset: u32,
    /// 1-based end line.
    pub end_line: u32,
    /// 1-based end column.
    pub end_offset: u32,
    /// The offending source line, without its line ending.
    pub text: Option<String>,
    /// True when the only problem is that the input ended early (the REPL
    /// should ask for more lines).
    pub incomplete: bool,
}

impl SyntaxError {
    /// A `SyntaxError` at 0-based column `col` of `line`, spanning to `end_col`.
    pub(crate) fn new(
        msg: impl Into<String>,
        line: u32,
        col: u32,
        end_line: u32,
        end_col: u32,
    ) -> Self {
        SyntaxError {
            kind: SyntaxErrorKind::Syntax,
            msg: msg.into(),
            line,
            offset: col.saturating_add(1),
            end_line,
            // u32::MAX stays the "no end" sentinel (Python's -1).
            end_offset: if end_col == u32::MAX {
                u32::MAX
            } else {
                end_col + 1
            },
            text: None,
            incomplete: false,
        }
    }

    /// The same error with another kind.
    pub(crate) fn with_kind(mut self, kind: SyntaxErrorKind) -> Self {
        self.kind = kind;
        self
    }

    /// The same error marked incomplete.
    pub(crate) fn incomplete(mut self) -> Self {
        self.incomplete = true;
        self
    }
}

/// A numeric literal.
#[derive(Clone, Debug, PartialEq)]
pub enum Num {
    /// Fits in i64.
    Int(i64),
    /// Does not fit: digits and radix.
    Big(String, u32),
    /// Float.
    Float(f64),
    /// Imaginary.
    Imag(f64),
}

/// One string literal token, still undecoded.
#[derive(Clone, Debug, PartialEq)]
pub struct StrTok {
    /// `b` prefix.
    pub bytes: bool,
    /// `r` prefix.
    pub raw: bool,
    /// `f` prefix.
    pub fmt: bool,
    /// Triple-quoted.
    pub triple: bool,
    /// The text between the quotes, verbatim.
    pub body: String,
    /// Line of the first body character.
    pub line: u32,
    /// Column of the first body character.
    pub col: u32,
}

/// Token kinds.
#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    /// Identifier or keyword.
    Name(String),
    /// Number.
    Num(Num),
    /// String literal.
    Str(Box<StrTok>),
    /// Operator or delimiter.
    Op(&'static str),
    /// A character that is no token (`$`, `?`, `!`, backtick).
    Bad(char),
    /// End of a logical line.
    Newline,
    /// Indentation increased.
    Indent,
    /// Indentation decreased.
    Dedent,
    /// End of input.
    EndMarker,
    /// The tokenizer failed here; the error is in [`Lexed::error`].
    Error,
}

/// A token with its position (1-based lines, 0-based char columns).
#[derive(Clone, Debug, PartialEq)]
pub struct Token {
    /// The kind.
    pub tok: Tok,
    /// Start line.
    pub line: u32,
    /// Start column.
    pub col: u32,
    /// End line.
    pub end_line: u32,
    /// End column (exclusive).
    pub end_col: u32,
}

/// The result of tokenizing.
#[derive(Debug)]
pub struct Lexed {
    /// Tokens; always ends with `EndMarker` or `Error`.
    pub tokens: Vec<Token>,
    /// The tokenizer error, if lexing stopped early.
    pub error: Option<SyntaxError>,
    /// The innermost bracket still open at end of input: (char, line, col).
    pub unclosed: Option<(char, u32, u32)>,
}

/// CPython's tokenizer limit on indentation levels (`MAXINDENT`).
const MAX_INDENT: usize = 100;

/// CPython's tokenizer limit on bracket nesting.
pub const MAX_BRACKET_DEPTH: usize = 200;

const OPS3: [&str; 5] = ["**=", "//=", ">>=", "<<=", "..."];
const OPS2: [&str; 19] = [
    "->", "**", "//", "<<", ">>", "<=", ">=", "==", "!=", "+=", "-=", "*=", "/=", "%=", "&=", "|=",
    "^=", "@=", ":=",
];
const OPS1: [&str; 23] = [
    "+", "-", "*", "/", "%", "@", "&", "|", "^", "~", "<", ">", "(", ")", "[", "]", "{", "}", ",",
    ":", ".", ";", "=",
];

/// Normalise line endings to `\n`, as one char vector.
pub fn normalize(source: &str) -> Vec<char> {
    let mut out = Vec::with_capacity(source.len());
    let mut it = source.chars().peekable();
    while let Some(c) = it.next() {
        if c == '\r' {
            if it.peek() == Some(&'\n') {
                it.next();
            }
            out.push('\n');
        } else {
            out.push(c);
        }
    }
    out
}

/// Whether `c` may start an identifier.
pub fn is_id_start(c: char) -> bool {
    c == '_' || c.is_ascii_alphabetic() || (!c.is_ascii() && c.is_alphabetic())
}

/// Whether `c` may continue an identifier.
pub fn is_id_continue(c: char) -> bool {
    c == '_'
        || c.is_ascii_alphanumeric()
        || (!c.is_ascii() && (c.is_alphanumeric() || is_combining(c)))
}

fn is_combining(c: char) -> bool {
    // Combining marks and connector punctuation commonly used in identifiers.
    matches!(c as u32, 0x0300..=0x036F | 0x0483..=0x0487 | 0x0591..=0x05BD | 0x064B..=0x065F
        | 0x0900..=0x0903 | 0x093A..=0x094F | 0x1DC0..=0x1DFF | 0x200C | 0x200D | 0x203F | 0x2040
        | 0x20D0..=0x20FF | 0xFE20..=0xFE2F | 0xFE33 | 0xFE34 | 0xFE4D..=0xFE4F | 0xFF3F)
}

struct Lexer<'a> {
    c: &'a [char],
    pos: usize,
    line: u32,
    line_start: usize,
    /// Column offset added to columns on the first line (for f-string fields).
    first_col: u32,
    first_line: u32,
    indents: Vec<(u32, u32)>,
    brackets: Vec<(char, u32, u32)>,
    tokens: Vec<Token>,
    /// Lexing an f-string field: no NEWLINE/INDENT, behaves as inside brackets.
    field: bool,
}

type LResult<T> = Result<T, SyntaxError>;

/// Tokenize a whole (normalised) source.
pub fn tokenize(chars: &[char]) -> Lexed {
    run(chars, 1, 0, false)
}

/// Tokenize the expression part of an f-string field that starts at
/// (`line`, `col`): newlines are insignificant, as inside brackets.
pub fn tokenize_field(chars: &[char], line: u32, col: u32) -> Lexed {
    run(chars, line, col, true)
}

fn run(chars: &[char], line: u32, col: u32, field: bool) -> Lexed {
    let mut lx = Lexer {
        c: chars,
        pos: 0,
        line,
        line_start: 0,
        first_col: col,
        first_line: line,
        indents: Vec::new(),
        brackets: Vec::new(),
        tokens: Vec::with_capacity(chars.len() / 3 + 4),
        field,
    };
    let res = lx.lex_all();
    let (line, col) = lx.here();
    match res {
        Ok(()) => {
            let unclosed = lx.brackets.last().copied();
            Lexed {
                tokens: lx.tokens,
                error: None,
                unclosed,
            }
        }
        Err(e) => {
            lx.tokens.push(Token {
                tok: Tok::Error,
                line,
                col,
                end_line: line,
                end_col: col,
            });
            Lexed {
                tokens: lx.tokens,
                error: Some(e),
                unclosed: None,
            }
        }
    }
}

impl<'a> Lexer<'a> {
    fn peek(&self) -> Option<char> {
        self.c.get(self.pos).copied()
    }
    fn peek_at(&self, n: usize) -> Option<char> {
        self.c.get(self.pos + n).copied()
    }
    fn col_of(&self, pos: usize) -> u32 {
        let base = if self.line == self.first_line {
            self.first_col
        } else {
            0
        };
        base + pos.saturating_sub(self.line_start) as u32
    }
    fn here(&self) -> (u32, u32) {
        (self.line, self.col_of(self.pos))
    }
    fn newline_at(&mut self, pos: usize) {
        self.line += 1;
        self.line_start = pos + 1;
    }
    fn push(&mut self, tok: Tok, line: u32, col: u32) {
        let (end_line, end_col) = self.here();
        self.tokens.push(Token {
            tok,
            line,
            col,
            end_line,
            end_col,
        });
    }
    fn err_here(&self, msg: impl Into<String>) -> SyntaxError {
        let (l, c) = self.here();
        SyntaxError::new(msg, l, c, l, c)
    }

    fn lex_all(&mut self) -> LResult<()> {
        let mut at_line_start = !self.field;
        loop {
            if at_line_start {
                at_line_start = false;
                if !self.indentation()? {
                    break;
                }
            }
            let Some(ch) = self.peek() else { break };
            let (line, col) = self.here();
            match ch {
                ' ' | '\t' | '\x0c' => self.pos += 1,
                '#' => {
                    if self.field {
                        return Err(self.err_here("f-string expression part cannot include '#'"));
                    }
                    while let Some(c) = self.peek() {
                        if c == '\n' {
                            break;
                        }
                        self.pos += 1;
                    }
                }
                '\n' => {
                    let nl_needed = self.brackets.is_empty() && !self.field;
                    if nl_needed {
                        self.pos += 1;
                        self.tokens.push(Token {
                            tok: Tok::Newline,
                            line,
                            col,
                            end_line: line,
                            end_col: col + 1,
                        });
                        self.newline_at(self.pos - 1);
                        at_line_start = true;
                    } else {
                        self.pos += 1;
                        self.newline_at(self.pos - 1);
                    }
                }
                '\\' => {
                    if self.field {
                        return Err(
                            self.err_here("f-string expression part cannot include a backslash")
                        );
                    }
                    match self.peek_at(1) {
                        Some('\n') => {
                            self.pos += 2;
                            self.newline_at(self.pos - 1);
                            if self.peek().is_none() {
                                return Err(self
                                    .err_here("unexpected EOF while parsing")
                                    .incomplete());
                            }
                        }
                        None => {
                            self.pos += 1;
                            return Err(self.err_here("unexpected EOF while parsing").incomplete());
                        }
                        Some(_) => {
                            self.pos += 1;
                            return Err(self.err_here(
                                "unexpected character after line continuation character",
                            ));
                        }
                    }
                }
                c if c.is_ascii_digit()
                    || (c == '.' && self.peek_at(1).is_some_and(|d| d.is_ascii_digit())) =>
                {
                    let n = self.number()?;
                    self.push(Tok::Num(n), line, col);
                }
                '"' | '\'' => self.string(false, false, false, line, col)?,
                c if is_id_start(c) => self.name_or_string(line, col)?,
                _ => self.operator(ch, line, col)?,
            }
        }
        // End of input.
        let (line, col) = self.here();
        if !self.field {
            if let Some(last) = self.tokens.last() {
                if !matches!(last.tok, Tok::Newline | Tok::Indent | Tok::Dedent) {
                    self.tokens.push(Token {
                        tok: Tok::Newline,
                        line,
                        col,
                        end_line: line,
                        end_col: col + 1,
                    });
                }
            }
            for _ in 0..self.indents.len() {
                self.tokens.push(Token {
                    tok: Tok::Dedent,
                    line,
                    col,
                    end_line: line,
                    end_col: col,
                });
            }
            self.indents.clear();
        }
        self.tokens.push(Token {
            tok: Tok::EndMarker,
            line,
            col,
            end_line: line,
            end_col: col,
        });
        Ok(())
    }

    /// Handle indentation at the start of a line. Returns false at end of input.
    fn indentation(&mut self) -> LResult<bool> {
        loop {
            let mut col: u32 = 0;
            let mut alt: u32 = 0;
            let start = self.pos;
            while let Some(c) = self.peek() {
                match c {
                    ' ' => {
                        col += 1;
                        alt += 1;
                    }
                    '\t' => {
                        col = (col / 8 + 1) * 8;
                        alt += 1;
                    }
                    '\x0c' => {
                        col = 0;
                        alt = 0;
                    }
                    _ => break,
                }
                self.pos += 1;
            }
            match self.peek() {
                None => return Ok(false),
                Some('#') | Some('\n') => {
                    // Blank or comment-only line.
                    while let Some(c) = self.peek() {
                        self.pos += 1;
                        if c == '\n' {
                            self.newline_at(self.pos - 1);
                            break;
                        }
                    }
                    continue;
                }
                Some('\\') if self.peek_at(1) == Some('\n') && self.pos == start => {
                    // A continuation line starting with a backslash: no indentation check.
                    return Ok(true);
                }
                _ => {}
            }
            let nchars = (self.pos - start) as u32;
            let line = self.line;
            let (top, top_alt) = self.indents.last().copied().unwrap_or((0, 0));
            if col == top {
                if alt != top_alt {
                    return Err(tab_error(line));
                }
            } else if col > top {
                if alt <= top_alt {
                    return Err(tab_error(line));
                }
                if self.indents.len() + 1 >= MAX_INDENT {
                    let mut e =
                        SyntaxError::new("too many levels of indentation", line, 0, line, 0)
                            .with_kind(SyntaxErrorKind::Indentation);
                    e.end_offset = 0;
                    return Err(e);
                }
                self.indents.push((col, alt));
                self.tokens.push(Token {
                    tok: Tok::Indent,
                    line,
                    col: 0,
                    end_line: line,
                    end_col: nchars,
                });
            } else {
                while let Some(&(c, _)) = self.indents.last() {
                    if c <= col {
                        break;
                    }
                    self.indents.pop();
                    self.tokens.push(Token {
                        tok: Tok::Dedent,
                        line,
                        col: nchars,
                        end_line: line,
                        end_col: nchars,
                    });
                }
                let (top, top_alt) = self.indents.last().copied().unwrap_or((0, 0));
                if col != top {
                    let rest = self.c.get(self.pos..).unwrap_or(&[]);
                    let len = nchars + rest.iter().take_while(|&&c| c != '\n').count() as u32;
                    return Err(SyntaxError::new(
                        "unindent does not match any outer indentation level",
                        line,
                        len,
                        line,
                        u32::MAX,
                    )
                    .with_kind(SyntaxErrorKind::Indentation));
                }
                if alt != top_alt {
                    return Err(tab_error(line));
                }
            }
            return Ok(true);
        }
    }

    fn name_or_string(&mut self, line: u32, col: u32) -> LResult<()> {
        let start = self.pos;
        while self.peek().is_some_and(is_id_continue) {
            self.pos += 1;
        }
        let word = &self.c[start..self.pos];
        if word.len() <= 2 && matches!(self.peek(), Some('"') | Some('\'')) {
            let (mut b, mut r, mut f, mut u) = (false, false, false, false);
            let mut ok = true;
            for &ch in word {
                match ch {
                    'b' | 'B' if !b && !f && !u => b = true,
                    'r' | 'R' if !r && !u => r = true,
                    'f' | 'F' if !f && !b && !u => f = true,
                    'u' | 'U' if word.len() == 1 => u = true,
                    _ => ok = false,
                }
            }
            if ok {
                return self.string(b, r, f, line, col);
            }
        }
        let s: String = word.iter().collect();
        self.push(Tok::Name(s), line, col);
        Ok(())
    }

    fn string(&mut self, bytes: bool, raw: bool, fmt: bool, line: u32, col: u32) -> LResult<()> {
        let q = self.peek().unwrap_or('"');
        let triple = self.peek_at(1) == Some(q) && self.peek_at(2) == Some(q);
        self.pos += if triple { 3 } else { 1 };
        let (bline, bcol) = self.here();
        let body_start = self.pos;
        let body_end;
        loop {
            let Some(c) = self.peek() else {
                let (mut l, _) = self.here();
                if self.c.last() == Some(&'\n') {
                    l -= 1;
                }
                let e = if triple {
                    SyntaxError::new(
                        format!(
                            "unterminated triple-quoted string literal (detected at line {})",
                            l
                        ),
                        line,
                        col,
                        line,
                        col,
                    )
                    .incomplete()
                } else {
                    let mut e = SyntaxError::new(
                        format!("unterminated string literal (detected at line {})", l),
                        line,
                        col,
                        line,
                        col,
                    );
                    // `'abc\` at end of input: more lines could finish it.
                    e.incomplete = self.c.last() == Some(&'\n')
                        && self.c.len() >= 2
                        && self.c[self.c.len() - 2] == '\\';
                    e
                };
                return Err(e);
            };
            if c == '\\' {
                self.pos += 1;
                if let Some(n) = self.peek() {
                    self.pos += 1;
                    if n == '\n' {
                        self.newline_at(self.pos - 1);
                    }
                }
                continue;
            }
            if c == '\n' {
                if !triple {
                    return Err(SyntaxError::new(
                        format!(
                            "unterminated string literal (detected at line {})",
                            self.line
                        ),
                        line,
                        col,
                        line,
                        col,
                    ));
                }
                self.pos += 1;
                self.newline_at(self.pos - 1);
                continue;
            }
            if c == q && (!triple || (self.peek_at(1) == Some(q) && self.peek_at(2) == Some(q))) {
                body_end = self.pos;
                self.pos += if triple { 3 } else { 1 };
                break;
            }
            self.pos += 1;
        }
        let body: String = self.c[body_start..body_end].iter().collect();
        let st = StrTok {
            bytes,
            raw,
            fmt,
            triple,
            body,
            line: bline,
            col: bcol,
        };
        self.push(Tok::Str(Box::new(st)), line, col);
        Ok(())
    }

    fn operator(&mut self, ch: char, line: u32, col: u32) -> LResult<()> {
        let mut found: Option<&'static str> = None;
        'outer: for (n, table) in [(3usize, &OPS3[..]), (2, &OPS2[..]), (1, &OPS1[..])] {
            for op in table {
                let mut ok = true;
                for (i, oc) in op.chars().enumerate() {
                    if self.peek_at(i) != Some(oc) {
                        ok = false;
                        break;
                    }
                }
                if ok {
                    found = Some(op);
                    let _ = n;
                    break 'outer;
                }
            }
        }
        let Some(op) = found else {
            if ch.is_ascii() {
                self.pos += 1;
                self.push(Tok::Bad(ch), line, col);
                return Ok(());
            }
            let msg = if ch.is_control()
                || ch.is_whitespace()
                || matches!(ch as u32, 0x200B..=0x200F | 0xFEFF)
            {
                format!("invalid non-printable character U+{:04X}", ch as u32)
            } else {
                format!("invalid character '{}' (U+{:04X})", ch, ch as u32)
            };
            return Err(SyntaxError::new(msg, line, col, line, col));
        };
        let n = op.len();
        match op {
            "(" | "[" | "{" => {
                if self.brackets.len() >= MAX_BRACKET_DEPTH {
                    return Err(SyntaxError::new(
                        "too many nested parentheses",
                        line,
                        col,
                        line,
                        col,
                    ));
                }
                self.brackets.push((ch, line, col));
            }
            ")" | "]" | "}" => {
                match self.brackets.pop() {
                    None => {
                        return Err(SyntaxError::new(
                            format!("unmatched '{}'", ch),
                            line,
                            col,
                            line,
                            col,
                        ));
                    }
                    Some((open, oline, _)) => {
                        let want = match open {
                            '(' => ')',
                            '[' => ']',
                            _ => '}',
                        };
                        if want != ch {
                            let msg = if oline != line {
                                format!(
                                "closing parenthesis '{}' does not match opening parenthesis '{}' on line {}",
                                ch, open, oline
                            )
                            } else {
                                format!("closing parenthesis '{}' does not match opening parenthesis '{}'", ch, open)
                            };
                            return Err(SyntaxError::new(msg, line, col, line, col));
                        }
                    }
                }
            }
            _ => {}
        }
        self.pos += n;
        self.push(Tok::Op(op), line, col);
        Ok(())
    }

    fn digits(&mut self, radix: u32, out: &mut String, kind: &str) -> LResult<()> {
        // Digits with single underscores between them.
        loop {
            match self.peek() {
                Some(c) if c.is_digit(radix) => {
                    out.push(c);
                    self.pos += 1;
                }
                Some('_')
                    if out.chars().last().is_some_and(|c| c.is_digit(radix))
                        || (out.is_empty() && radix != 10) =>
                {
                    self.pos += 1;
                    if !self.peek().is_some_and(|c| c.is_digit(radix)) {
                        if let Some(c) = self.peek().filter(|c| c.is_ascii_digit()) {
                            return Err(
                                self.err_here(format!("invalid digit '{}' in {} literal", c, kind))
                            );
                        }
                        self.pos -= 1;
                        return Err(self.err_here(format!("invalid {} literal", kind)));
                    }
                }
                _ => return Ok(()),
            }
        }
    }

    fn end_of_number(&mut self, kind: &str, start_col: u32) -> LResult<()> {
        let Some(c) = self.peek() else { return Ok(()) };
        if !is_id_continue(c) {
            return Ok(());
        }
        // `1if x else y` and friends are accepted (with a warning) by CPython.
        for kw in ["and", "else", "for", "if", "in", "is", "not", "or"] {
            let mut ok = true;
            for (i, k) in kw.chars().enumerate() {
                if self.peek_at(i) != Some(k) {
                    ok = false;
                    break;
                }
            }
            if ok {
                return Ok(());
            }
        }
        let line = self.line;
        if kind == "decimal" {
            return Err(SyntaxError::new(
                "invalid decimal literal",
                line,
                start_col,
                line,
                start_col,
            ));
        }
        if kind == "imaginary" {
            return Err(SyntaxError::new(
                "invalid imaginary literal",
                line,
                start_col,
                line,
                start_col,
            ));
        }
        if c.is_ascii_digit() {
            return Err(self.err_here(format!("invalid digit '{}' in {} literal", c, kind)));
        }
        Err(self.err_here(format!("invalid {} literal", kind)))
    }

    fn number(&mut self) -> LResult<Num> {
        let (line, col) = self.here();
        let first = self.peek().unwrap_or('0');
        if first == '0' {
            let radix = match self.peek_at(1) {
                Some('x') | Some('X') => Some((16, "hexadecimal")),
                Some('o') | Some('O') => Some((8, "octal")),
                Some('b') | Some('B') => Some((2, "binary")),
                _ => None,
            };
            if let Some((radix, kind)) = radix {
                self.pos += 2;
                let mut ds = String::new();
                self.digits(radix, &mut ds, kind)?;
                if ds.is_empty() {
                    if let Some(c) = self.peek().filter(|c| c.is_ascii_digit()) {
                        return Err(
                            self.err_here(format!("invalid digit '{}' in {} literal", c, kind))
                        );
                    }
                    self.pos -= 1;
                    return Err(self.err_here(format!("invalid {} literal", kind)));
                }
                self.end_of_number(kind, col)?;
                return Ok(int_from_digits(ds, radix));
            }
        }
        let mut text = String::new();
        let mut is_float = false;
        if first != '.' {
            self.digits(10, &mut text, "decimal")?;
        }
        let int_end = text.len();
        if self.peek() == Some('.') {
            is_float = true;
            self.pos += 1;
            text.push('.');
            if self.peek().is_some_and(|c| c.is_ascii_digit()) {
                self.digits(10, &mut text, "decimal")?;
            }
        }
        if matches!(self.peek(), Some('e') | Some('E')) {
            let save = self.pos;
            let save_len = text.len();
            self.pos += 1;
            text.push('e');
            if let Some(s @ ('+' | '-')) = self.peek() {
                text.push(s);
                self.pos += 1;
            }
            if self.peek().is_some_and(|c| c.is_ascii_digit()) {
                self.digits(10, &mut text, "decimal")?;
                is_float = true;
            } else {
                self.pos = save;
                text.truncate(save_len);
                return Err(SyntaxError::new(
                    "invalid decimal literal",
                    line,
                    col,
                    line,
                    col,
                ));
            }
        }
        if matches!(self.peek(), Some('j') | Some('J')) {
            self.pos += 1;
            self.end_of_number("imaginary", col)?;
            let v = text.parse::<f64>().unwrap_or(f64::INFINITY);
            return Ok(Num::Imag(v));
        }
        if is_float {
            self.end_of_number("decimal", col)?;
            let v = text.parse::<f64>().unwrap_or(f64::INFINITY);
            return Ok(Num::Float(v));
        }
        let ds = &text[..int_end];
        if ds.len() > 1 && ds.starts_with('0') && ds.bytes().any(|b| b != b'0') {
            return Err(SyntaxError::new(
                "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                line,
                col,
                line,
                col + 1,
            ));
        }
        self.end_of_number("decimal", col)?;
        Ok(int_from_digits(text, 10))
    }
}

fn tab_error(line: u32) -> SyntaxError {
    SyntaxError::new(
        "inconsistent use of tabs and spaces in indentation",
        line,
        0,
        line,
        u32::MAX,
    )
    .with_kind(SyntaxErrorKind::Tab)
}

fn int_from_digits(ds: String, radix: u32) -> Num {
    let mut v: i64 = 0;
    for c in ds.chars() {
        let d = c.to_digit(radix).unwrap_or(0) as i64;
        match v.checked_mul(radix as i64).and_then(|x| x.checked_add(d)) {
            Some(n) => v = n,
            None => {
                let trimmed = ds.trim_start_matches('0');
                return Num::Big(String::from(trimmed), radix);
            }
        }
    }
    Num::Int(v)
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec;

    fn kinds(src: &str) -> Vec<Tok> {
        let l = tokenize(&normalize(src));
        assert!(l.error.is_none(), "{:?}", l.error);
        l.tokens.into_iter().map(|t| t.tok).collect()
    }
    fn lex_err(src: &str) -> SyntaxError {
        tokenize(&normalize(src)).error.expect("expected an error")
    }
    fn name(s: &str) -> Tok {
        Tok::Name(String::from(s))
    }

    #[test]
    fn simple_tokens_and_newline_at_eof() {
        assert_eq!(
            kinds("x = 1"),
            vec![
                name("x"),
                Tok::Op("="),
                Tok::Num(Num::Int(1)),
                Tok::Newline,
                Tok::EndMarker
            ]
        );
        assert_eq!(kinds(""), vec![Tok::EndMarker]);
        assert_eq!(kinds("\n\n# c\n"), vec![Tok::EndMarker]);
    }

    #[test]
    fn indent_and_dedent() {
        let k = kinds("if x:\n    y\n    z\nw\n");
        assert_eq!(
            k,
            vec![
                name("if"),
                name("x"),
                Tok::Op(":"),
                Tok::Newline,
                Tok::Indent,
                name("y"),
                Tok::Newline,
                name("z"),
                Tok::Newline,
                Tok::Dedent,
                name("w"),
                Tok::Newline,
                Tok::EndMarker
            ]
        );
    }

    #[test]
    fn brackets_join_lines_and_backslash_continues() {
        let k = kinds("x = (1,\n  2)\ny = 1 + \\\n 2\n");
        assert_eq!(k.iter().filter(|t| **t == Tok::Newline).count(), 2);
    }

    #[test]
    fn crlf_and_lone_cr_are_newlines() {
        let k = kinds("a\r\nb\rc");
        assert_eq!(k.iter().filter(|t| **t == Tok::Newline).count(), 3);
    }

    #[test]
    fn numbers() {
        assert_eq!(kinds("1_000")[0], Tok::Num(Num::Int(1000)));
        assert_eq!(kinds("0x_ff")[0], Tok::Num(Num::Int(255)));
        assert_eq!(kinds("0o17")[0], Tok::Num(Num::Int(15)));
        assert_eq!(kinds("0b101")[0], Tok::Num(Num::Int(5)));
        assert_eq!(kinds("1.")[0], Tok::Num(Num::Float(1.0)));
        assert_eq!(kinds(".5")[0], Tok::Num(Num::Float(0.5)));
        assert_eq!(kinds("1e10")[0], Tok::Num(Num::Float(1e10)));
        assert_eq!(kinds("1_000.5e-3")[0], Tok::Num(Num::Float(1.0005)));
        assert_eq!(kinds("3j")[0], Tok::Num(Num::Imag(3.0)));
        assert_eq!(kinds("00")[0], Tok::Num(Num::Int(0)));
        assert_eq!(
            kinds("99999999999999999999")[0],
            Tok::Num(Num::Big(String::from("99999999999999999999"), 10))
        );
        assert_eq!(kinds("1if x else 2")[0], Tok::Num(Num::Int(1)));
    }

    #[test]
    fn number_errors_match_cpython() {
        let e = lex_err("x = 1a");
        assert_eq!(
            (e.msg.as_str(), e.line, e.offset),
            ("invalid decimal literal", 1, 5)
        );
        let e = lex_err("x = 012");
        assert!(e
            .msg
            .starts_with("leading zeros in decimal integer literals"));
        assert_eq!(e.offset, 5);
        let e = lex_err("x = 0b2");
        assert_eq!(
            (e.msg.as_str(), e.offset),
            ("invalid digit '2' in binary literal", 7)
        );
        let e = lex_err("x = 0o8");
        assert_eq!(e.msg, "invalid digit '8' in octal literal");
        let e = lex_err("x = 0x");
        assert_eq!(
            (e.msg.as_str(), e.offset),
            ("invalid hexadecimal literal", 6)
        );
        let e = lex_err("x = 1_");
        assert_eq!((e.msg.as_str(), e.offset), ("invalid decimal literal", 6));
        let e = lex_err("x = 1__0");
        assert_eq!((e.msg.as_str(), e.offset), ("invalid decimal literal", 6));
    }

    #[test]
    fn string_prefixes() {
        for p in ["r", "b", "rb", "Br", "f", "rF", "FR", "u", "U", "R"] {
            let src = format!("{}'x'", p);
            assert!(matches!(kinds(&src)[0], Tok::Str(_)), "{}", p);
        }
        assert_eq!(kinds("ub'x'")[0], name("ub"));
    }

    #[test]
    fn unterminated_strings() {
        let e = lex_err("x = 'abc");
        assert_eq!(e.msg, "unterminated string literal (detected at line 1)");
        assert_eq!((e.line, e.offset), (1, 5));
        let e = lex_err("x = '''abc\n\n");
        assert_eq!(
            e.msg,
            "unterminated triple-quoted string literal (detected at line 2)"
        );
        assert!(e.incomplete);
    }

    #[test]
    fn bracket_errors() {
        let e = lex_err("x = )");
        assert_eq!((e.msg.as_str(), e.offset), ("unmatched ')'", 5));
        let e = lex_err("x = (1]");
        assert_eq!(
            e.msg,
            "closing parenthesis ']' does not match opening parenthesis '('"
        );
        assert_eq!(e.offset, 7);
        let e = lex_err("x = (1,\n  2]");
        assert_eq!(
            e.msg,
            "closing parenthesis ']' does not match opening parenthesis '(' on line 1"
        );
        let e = lex_err(&"(".repeat(201));
        assert_eq!(
            (e.msg.as_str(), e.offset),
            ("too many nested parentheses", 201)
        );
        let l = tokenize(&normalize("x = [1, (2"));
        assert_eq!(l.unclosed, Some(('(', 1, 8)));
    }

    #[test]
    fn indentation_errors() {
        let e = lex_err("if x:\n    a\n  b");
        assert_eq!(e.msg, "unindent does not match any outer indentation level");
        assert_eq!((e.kind, e.line), (SyntaxErrorKind::Indentation, 3));
        let e = lex_err("if x:\n\ta\n        b");
        assert_eq!((e.kind, e.line), (SyntaxErrorKind::Tab, 3));
        assert_eq!(e.msg, "inconsistent use of tabs and spaces in indentation");
    }

    #[test]
    fn invalid_character() {
        let e = lex_err("x = 3 €");
        assert_eq!(
            (e.msg.as_str(), e.offset),
            ("invalid character '€' (U+20AC)", 7)
        );
        assert_eq!(kinds("$")[0], Tok::Bad('$'));
    }

    #[test]
    fn unicode_identifiers_and_columns_in_chars() {
        let l = tokenize(&normalize("é = ñ"));
        assert_eq!(l.tokens[0].tok, name("é"));
        assert_eq!(l.tokens[2].col, 4);
    }

    #[test]
    fn trailing_backslash_is_incomplete() {
        let e = lex_err("x = \\");
        assert!(e.incomplete);
        assert_eq!(e.msg, "unexpected EOF while parsing");
    }
}

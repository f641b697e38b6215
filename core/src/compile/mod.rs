//! Python source to bytecode: lexer, parser, symbol table, code generator.

pub mod ast;
pub mod codegen;
pub mod lexer;
mod parse_string;
pub mod parser;
pub mod symtable;

use alloc::string::String;

use crate::object::ObjRef;
pub use codegen::CodeMode;
pub use parser::{Mode, SyntaxError, SyntaxErrorKind};

/// An error found by the symbol table or code generator (always a
/// `SyntaxError`), with the span of the offending node.
#[derive(Clone, Debug)]
pub struct CompileError {
    /// The message, as CPython words it.
    pub msg: String,
    /// Where.
    pub span: ast::Span,
}

impl CompileError {
    /// Converts to the parser's error type, taking the source line from `source`.
    pub fn into_syntax_error(self, source: &str) -> SyntaxError {
        let line = self.span.line.max(1);
        let text = source.lines().nth(line as usize - 1).map(String::from);
        SyntaxError {
            kind: SyntaxErrorKind::Syntax,
            msg: self.msg,
            line,
            offset: self.span.col + 1,
            end_line: self.span.end_line.max(line),
            end_offset: self.span.end_col + 1,
            text,
            incomplete: false,
        }
    }
}

fn code_mode(mode: Mode) -> CodeMode {
    match mode {
        Mode::Module => CodeMode::Module,
        Mode::Expression => CodeMode::Expression,
        Mode::Interactive => CodeMode::Interactive,
    }
}

/// Compiles source text to a code object (`Payload::Code`). Names are not
/// interned (use `Vm::compile` inside an interpreter).
pub fn compile(source: &str, filename: &str, mode: Mode) -> Result<ObjRef, SyntaxError> {
    compile_in(source, filename, mode, None)
}

/// Compiles with names interned in `interp` when given.
pub fn compile_in(
    source: &str,
    filename: &str,
    mode: Mode,
    interp: Option<&crate::vm::Interp>,
) -> Result<ObjRef, SyntaxError> {
    let module = parser::parse(source, mode, filename)?;
    codegen::Codegen::compile_module(&module, filename, code_mode(mode), interp)
        .map_err(|e| e.into_syntax_error(source))
}

//! Python source to bytecode: lexer, parser, symbol table, code generator.

pub mod ast;
pub mod lexer;
mod parse_string;
pub mod parser;

//! Python source to bytecode: lexer, parser, symbol table, code generator.

pub mod ast;

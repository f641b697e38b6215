//! Bytecode: the opcode set, code objects, and the disassembler.

pub mod code;
pub mod dis;
pub mod opcode;

pub use code::{CodeObject, Position};
pub use opcode::{Instr, Op};

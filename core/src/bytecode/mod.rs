//! Bytecode: the opcode set, code objects, and the disassembler.

use alloc::string::String;

/// A compiled code object (placeholder; the code generator defines it).
pub struct CodeObject {
    /// Function name.
    pub name: String,
}

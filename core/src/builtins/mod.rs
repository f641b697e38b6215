//! Built-in modules: `builtins`, `sys`, and friends (one file per module).

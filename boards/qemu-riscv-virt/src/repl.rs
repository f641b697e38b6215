//! REPL-lite (`--features repl`): Python's `>>>` prompt on the UART. One
//! line in, its result out: expression statements show their `repr`
//! (`sys.displayhook`), exceptions print their traceback and the prompt comes
//! back. Compound statements and open brackets continue on `... ` lines (a
//! block ends with an empty line), as in CPython's interactive mode.
//! `exit()` (or `raise SystemExit(n)`) leaves with its status, Ctrl-D on an
//! empty line with 0; the status goes to the virt test finisher.

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

use gilt_core::api::Interpreter;
use gilt_core::compile::parser::{parse, Mode};
use gilt_core::object::exception::ExcKind;
use gilt_core::vm::Config;

use crate::console::{self, Input};
use crate::platform::VirtPlatform;
use crate::{print, println};

/// Does this first line start a compound statement (which ends with an empty
/// line)?
fn starts_block(line: &str) -> bool {
    let t = line.trim();
    if t.ends_with(':') || t.starts_with('@') {
        return true;
    }
    let word = t
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .next()
        .unwrap_or("");
    matches!(
        word,
        "if" | "for" | "while" | "def" | "class" | "with" | "try" | "async" | "match"
    )
}

/// Does the input so far need another `... ` line? Open brackets and
/// unfinished blocks do; a compound statement also waits for an empty line
/// (unless the input is already broken).
fn needs_more(lines: &[String]) -> bool {
    let Some(first) = lines.first() else {
        return true;
    };
    let src = lines.join("\n") + "\n";
    let (incomplete, open) = match parse(&src, Mode::Interactive, "<stdin>") {
        Err(e) if e.incomplete => (
            true,
            e.msg.contains("was never closed") || e.msg.contains("unterminated triple-quoted"),
        ),
        _ => (false, false),
    };
    if open {
        return true;
    }
    let last_blank = lines.len() > 1 && lines.last().is_some_and(|l| l.trim().is_empty());
    if starts_block(first) {
        !last_blank
    } else {
        incomplete
    }
}

/// Reads one line after `prompt`; `None` on end of input, `Some(None)` on
/// Ctrl-C.
fn read(prompt: &str) -> Option<Option<String>> {
    print!("{prompt}");
    match console::read_line() {
        Input::Line(l) => Some(Some(String::from_utf8_lossy(&l).into_owned())),
        Input::Interrupted => Some(None),
        Input::Eof => None,
    }
}

/// Runs the prompt until `exit()` or end of input; returns the exit status.
pub fn run() -> i32 {
    println!("python: REPL-lite (Gilt, Python 3.11 compatible)");
    println!("Type exit() or Ctrl-D to leave.");
    let config = Config {
        argv: vec![String::new()],
        ..Config::default()
    };
    let mut interp = Interpreter::new(Box::new(VirtPlatform), config);
    interp.set_script_dir("");
    loop {
        let first = match read(">>> ") {
            Some(Some(l)) => l,
            Some(None) => {
                println!("KeyboardInterrupt");
                continue;
            }
            None => break,
        };
        if first.trim().is_empty() {
            continue;
        }
        let mut lines: Vec<String> = vec![first];
        let mut interrupted = false;
        while needs_more(&lines) {
            match read("... ") {
                Some(Some(l)) => lines.push(l),
                Some(None) => {
                    interrupted = true;
                    break;
                }
                None => break,
            }
        }
        if interrupted {
            println!("KeyboardInterrupt");
            continue;
        }
        // Trailing empty lines only ended the block.
        while lines.len() > 1 && lines.last().is_some_and(|l| l.trim().is_empty()) {
            lines.pop();
        }
        let src = lines.join("\n") + "\n";
        if let Err(e) = interp.run_interactive(&src) {
            let is_exit = interp.vm().err_matches(&e, ExcKind::SystemExit);
            // Prints the traceback (or SystemExit's message).
            let code = interp.exit_code_for(&e);
            if is_exit {
                interp.shutdown();
                println!("python: exit status {code}");
                return code;
            }
        }
    }
    println!();
    interp.shutdown();
    println!("python: exit status 0");
    0
}

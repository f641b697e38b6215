//! `gilt`: run a Python script, a `-c` string, stdin, or the interactive prompt.

use std::io::{IsTerminal, Write};

use gilt_core::api::Interpreter;
use gilt_core::compile::parser::{parse, Mode};
use gilt_core::vm::Config;
use gilt_std::cli::{
    parse_args, parse_options, Command, RunOptions, LIMIT_EXIT_STATUS, USAGE, VERSION,
};
use gilt_std::{io_error, script_dir, SandboxPlatform, StdPlatform, INTERP_STACK_SIZE};

/// Every allocation is charged to the memory meter of the interpreter the
/// thread runs (for `--max-memory`).
#[global_allocator]
static ALLOC: gilt_std::CountingAlloc = gilt_std::CountingAlloc;

/// The limit and sandbox options, set once by `main`.
static OPTIONS: std::sync::OnceLock<RunOptions> = std::sync::OnceLock::new();

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (opts, args) = match parse_options(&args) {
        Ok(r) => r,
        Err(msg) => {
            eprintln!("{msg}");
            std::process::exit(2);
        }
    };
    let _ = OPTIONS.set(opts);
    let cmd = match parse_args(args) {
        Ok(c) => c,
        Err(msg) => {
            eprintln!("{msg}");
            std::process::exit(2);
        }
    };
    // The interpreter always runs on a thread with a big stack.
    let handle = std::thread::Builder::new()
        .stack_size(INTERP_STACK_SIZE)
        .spawn(move || run(cmd));
    let code = match handle {
        Ok(h) => h.join().unwrap_or(101),
        Err(e) => {
            eprintln!("gilt: cannot start the interpreter thread: {e}");
            1
        }
    };
    let _ = std::io::stdout().flush();
    std::process::exit(code);
}

fn new_interpreter(argv: Vec<String>) -> Interpreter {
    let opts = OPTIONS.get().cloned().unwrap_or_default();
    let platform: Box<dyn gilt_core::platform::Platform> = if opts.sandbox {
        Box::new(SandboxPlatform::new())
    } else {
        Box::new(StdPlatform::new())
    };
    Interpreter::new(
        platform,
        Config {
            argv,
            limits: opts.limits,
            ..Config::default()
        },
    )
}

/// The stderr line for a script stopped by a hard limit.
fn limit_message(kind: gilt_core::vm::limits::LimitKind) -> String {
    use gilt_core::vm::limits::LimitKind;
    let l = OPTIONS.get().map(|o| o.limits.clone()).unwrap_or_default();
    let detail = match kind {
        LimitKind::Instructions => l
            .max_instructions
            .map(|n| format!(" (--max-instructions {n})")),
        LimitKind::Time => l
            .max_time_ns
            .map(|n| format!(" (--max-time {})", n as f64 / 1e9)),
        LimitKind::Memory => l.max_memory_bytes.map(|n| format!(" (--max-memory {n})")),
        LimitKind::Cancelled => None,
    };
    format!("gilt: script stopped: {kind}{}", detail.unwrap_or_default())
}

fn finish(interp: &mut Interpreter, r: Result<(), gilt_core::vm::PyErr>) -> i32 {
    // A limit that fired in any thread stops the whole script, whatever the
    // main thread's own outcome was (it may have finished first).
    let stopped = |i: &Interpreter, e: Option<&gilt_core::vm::PyErr>| {
        e.and_then(|e| e.limit_kind()).or(i.limit_exceeded())
    };
    let mut code = match &r {
        _ if stopped(interp, r.as_ref().err()).is_some() => LIMIT_EXIT_STATUS,
        Ok(()) => 0,
        Err(e) => interp.exit_code_for(e),
    };
    interp.shutdown();
    if let Some(kind) = stopped(interp, r.as_ref().err()) {
        interp.flush();
        eprintln!("{}", limit_message(kind));
        code = LIMIT_EXIT_STATUS;
    }
    code
}

fn run(cmd: Command) -> i32 {
    match cmd {
        Command::Help => {
            print!("{USAGE}");
            0
        }
        Command::Version => {
            println!("{VERSION}");
            0
        }
        Command::File { path, argv } => {
            let source = match read_script(&path) {
                Ok(s) => s,
                Err(code) => return code,
            };
            let mut interp = new_interpreter(argv);
            interp.set_script_dir(&abs_dir(&path));
            // Like CPython 3.9+, the script's `__file__` (and its name in
            // tracebacks) is the absolute path.
            let abs = std::path::absolute(&path)
                .map(|p| p.display().to_string())
                .unwrap_or_else(|_| path.clone());
            let r = interp.run_bytes(&source, &abs);
            finish(&mut interp, r)
        }
        Command::Code { code, argv } => {
            let mut interp = new_interpreter(argv);
            interp.set_script_dir("");
            let r = interp.run_source(&code, "<string>");
            finish(&mut interp, r)
        }
        Command::Stdin { argv } => run_stdin(argv),
        Command::Interactive => {
            if std::io::stdin().is_terminal() {
                repl()
            } else {
                run_stdin(vec![String::new()])
            }
        }
        Command::Dis { path } => {
            let source = match read_script(&path) {
                Ok(s) => s,
                Err(code) => return code,
            };
            dis(&source, &path)
        }
    }
}

/// Reads a script, or prints CPython's "can't open file" message (status 2).
fn read_script(path: &str) -> Result<Vec<u8>, i32> {
    match std::fs::read(path) {
        Ok(s) => Ok(s),
        Err(e) => {
            let abs = std::path::absolute(path).unwrap_or_else(|_| path.into());
            let pe = io_error(&e);
            eprintln!(
                "gilt: can't open file '{}': [Errno {}] {}",
                abs.display(),
                pe.errno,
                pe.message
            );
            Err(2)
        }
    }
}

/// The absolute directory of a script path (what CPython puts in `sys.path[0]`).
fn abs_dir(path: &str) -> String {
    let p = std::path::Path::new(path);
    let abs = std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
    script_dir(&abs)
}

fn run_stdin(argv: Vec<String>) -> i32 {
    let source = match gilt_std::read_all(std::io::stdin().lock()) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("gilt: cannot read stdin: {e}");
            return 1;
        }
    };
    let mut interp = new_interpreter(argv);
    interp.set_script_dir("");
    let r = interp.run_bytes(&source, "<stdin>");
    finish(&mut interp, r)
}

fn dis(source: &[u8], path: &str) -> i32 {
    let mut interp = new_interpreter(vec![path.to_string()]);
    match interp.disassemble(source, path) {
        Ok(text) => {
            print!("{text}");
            0
        }
        Err(e) => interp.exit_code_for(&e),
    }
}

// ----- the interactive prompt -----

/// Line input for the REPL: rustyline on a terminal.
struct LineReader {
    editor: Option<rustyline::DefaultEditor>,
}

enum Input {
    Line(String),
    Interrupted,
    Eof,
}

impl LineReader {
    fn new() -> LineReader {
        LineReader {
            editor: rustyline::DefaultEditor::new().ok(),
        }
    }

    fn read(&mut self, prompt: &str) -> Input {
        match &mut self.editor {
            Some(ed) => match ed.readline(prompt) {
                Ok(line) => {
                    if !line.trim().is_empty() {
                        let _ = ed.add_history_entry(line.as_str());
                    }
                    Input::Line(line)
                }
                Err(rustyline::error::ReadlineError::Interrupted) => Input::Interrupted,
                Err(_) => Input::Eof,
            },
            None => {
                print!("{prompt}");
                let _ = std::io::stdout().flush();
                let mut line = String::new();
                match std::io::stdin().read_line(&mut line) {
                    Ok(0) | Err(_) => Input::Eof,
                    Ok(_) => Input::Line(line.trim_end_matches(['\n', '\r']).to_string()),
                }
            }
        }
    }
}

/// Does this first line start a compound statement (which the REPL ends
/// with an empty line)?
fn starts_block(line: &str) -> bool {
    let t = line.trim();
    if t.ends_with(':') || t.starts_with('@') {
        return true;
    }
    let word: String = t
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    matches!(
        word.as_str(),
        "if" | "for" | "while" | "def" | "class" | "with" | "try" | "async"
    )
}

/// Does the REPL need another `... ` line before running `lines`? Open
/// brackets and unfinished blocks do; a compound statement also waits for
/// an empty line (unless the input is already broken).
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
        // Inside brackets or a triple-quoted string even empty lines continue.
        return true;
    }
    let last_blank = lines.len() > 1 && lines.last().is_some_and(|l| l.trim().is_empty());
    if starts_block(first) {
        !last_blank
    } else {
        incomplete
    }
}

fn repl() -> i32 {
    println!("Gilt 0.1.0 (Python 3.11 compatible)");
    println!("Type exit() or Ctrl-D to leave.");
    let mut interp = new_interpreter(vec![String::new()]);
    interp.set_script_dir("");
    let mut reader = LineReader::new();
    loop {
        let first = match reader.read(">>> ") {
            Input::Line(l) => l,
            Input::Interrupted => {
                eprintln!("KeyboardInterrupt");
                continue;
            }
            Input::Eof => break,
        };
        if first.trim().is_empty() {
            continue;
        }
        let mut lines = vec![first];
        let mut interrupted = false;
        loop {
            if !needs_more(&lines) {
                break;
            }
            match reader.read("... ") {
                Input::Line(l) => lines.push(l),
                Input::Interrupted => {
                    interrupted = true;
                    break;
                }
                Input::Eof => break,
            }
        }
        if interrupted {
            eprintln!("KeyboardInterrupt");
            continue;
        }
        // Trailing empty lines only ended the block; they are not part of it.
        while lines.len() > 1 && lines.last().is_some_and(|l| l.trim().is_empty()) {
            lines.pop();
        }
        let src = lines.join("\n") + "\n";
        if let Err(e) = interp.run_interactive(&src) {
            let is_exit = interp
                .vm()
                .err_matches(&e, gilt_core::object::exception::ExcKind::SystemExit);
            let code = interp.exit_code_for(&e);
            if is_exit {
                interp.shutdown();
                return code;
            }
        }
    }
    println!();
    interp.shutdown();
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compound_statements_start_blocks() {
        assert!(starts_block("if x:"));
        assert!(starts_block("for i in range(3): print(i)"));
        assert!(starts_block("@decorator"));
        assert!(starts_block("match x:"));
        assert!(!starts_block("x = 1"));
        assert!(!starts_block("iffy = 2"));
    }

    fn lines(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn repl_asks_for_more_lines_like_cpython() {
        assert!(!needs_more(&lines(&["x = 1"])));
        assert!(needs_more(&lines(&["x = [1,"])));
        assert!(!needs_more(&lines(&["x = [1,", "2]"])));
        assert!(needs_more(&lines(&["if x:"])));
        assert!(needs_more(&lines(&["if x:", "    y = 1"])));
        assert!(!needs_more(&lines(&["if x:", "    y = 1", ""])));
        assert!(!needs_more(&lines(&["if x:", ""])));
        assert!(needs_more(&lines(&["def f(", ""])));
        assert!(needs_more(&lines(&[r#"s = """a"#, ""])));
        assert!(!needs_more(&lines(&[r#"s = """a"#, r#"b""""#])));
    }
}

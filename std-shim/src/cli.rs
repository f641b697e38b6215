//! Command-line parsing for the `gilt` command (a small subset of CPython's,
//! plus the resource-limit and sandbox options, [`parse_options`]).

use gilt_core::vm::limits::Limits;

/// What `gilt` was asked to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    /// `gilt FILE [args]`: run a script; `argv` is `sys.argv` (`argv[0] == FILE`).
    File {
        /// The script path as given.
        path: String,
        /// `sys.argv`.
        argv: Vec<String>,
    },
    /// `gilt -c CODE [args]`: run a string; `sys.argv[0] == "-c"`.
    Code {
        /// The program text.
        code: String,
        /// `sys.argv`.
        argv: Vec<String>,
    },
    /// `gilt -` or no arguments with stdin not a terminal: run stdin.
    Stdin {
        /// `sys.argv` (`argv[0]` is `""` or `"-"`).
        argv: Vec<String>,
    },
    /// `gilt --dis FILE`: print the bytecode of a script.
    Dis {
        /// The script path.
        path: String,
    },
    /// No arguments: the interactive prompt (or stdin when not a terminal).
    Interactive,
    /// `-V` / `--version`.
    Version,
    /// `-h` / `--help`.
    Help,
}

/// The `--help` text.
pub const USAGE: &str = "usage: gilt [option] ... [-c cmd | file | -] [arg] ...
Options:
-c cmd : program passed in as string (terminates option list)
-h     : print this help message and exit (also -? or --help)
-V     : print the Python version number and exit (also --version)
--dis file : print the bytecode of a script and exit
--max-instructions N : stop after about N bytecode instructions
--max-time SECONDS   : stop after SECONDS of wall time (fractions allowed)
--max-memory BYTES   : stop when the heap exceeds BYTES (suffixes K, M, G)
--sandbox  : no files, no environment, no wall clock, no threads: only the
             console and a monotonic clock
A script stopped by a limit exits with status 3 and a message on stderr.
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
";

/// The `--version` text.
pub const VERSION: &str = "Gilt 0.1.0 (Python 3.11.7 compatible)";

/// The exit status of a script stopped by a hard limit (or cancelled).
pub const LIMIT_EXIT_STATUS: i32 = 3;

/// The options that come before the command: limits and the sandbox.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RunOptions {
    /// `--max-instructions`, `--max-time`, `--max-memory`.
    pub limits: Limits,
    /// `--sandbox`.
    pub sandbox: bool,
}

/// Strips the leading limit and sandbox options (`--max-instructions N`,
/// `--max-time SECONDS`, `--max-memory BYTES`, each also as `--opt=value`,
/// and `--sandbox`) and returns them with the remaining arguments, which
/// [`parse_args`] takes. `Err` holds the message for stderr (status 2).
pub fn parse_options(args: &[String]) -> Result<(RunOptions, &[String]), String> {
    let mut opts = RunOptions::default();
    let mut i = 0;
    while let Some(a) = args.get(i) {
        let (name, inline) = match a.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n, Some(v.to_string())),
            _ => (a.as_str(), None),
        };
        if name == "--sandbox" && inline.is_none() {
            opts.sandbox = true;
            i += 1;
            continue;
        }
        if !matches!(name, "--max-instructions" | "--max-time" | "--max-memory") {
            break;
        }
        let value = match inline {
            Some(v) => {
                i += 1;
                v
            }
            None => match args.get(i + 1) {
                Some(v) => {
                    i += 2;
                    v.clone()
                }
                None => {
                    return Err(format!(
                        "Argument expected for the {name} option\n{}",
                        short_usage()
                    ))
                }
            },
        };
        let bad = || format!("{name}: invalid value '{value}'\n{}", short_usage());
        match name {
            "--max-instructions" => {
                opts.limits.max_instructions = Some(value.parse().map_err(|_| bad())?)
            }
            "--max-time" => {
                let secs: f64 = value.parse().map_err(|_| bad())?;
                if !(secs.is_finite() && secs >= 0.0) {
                    return Err(bad());
                }
                opts.limits.max_time_ns = Some((secs * 1e9).min(u64::MAX as f64) as u64);
            }
            _ => opts.limits.max_memory_bytes = Some(parse_size(&value).ok_or_else(bad)?),
        }
    }
    Ok((opts, &args[i..]))
}

/// A byte count with an optional binary suffix: `4096`, `64K`, `64M`,
/// `2G` (also `KB`/`KiB`-style spellings, any case).
pub fn parse_size(s: &str) -> Option<usize> {
    let t = s.trim();
    let lower = t.to_ascii_lowercase();
    let digits_end = lower
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(lower.len());
    let (num, suffix) = lower.split_at(digits_end);
    let n: usize = num.parse().ok()?;
    let shift = match suffix {
        "" | "b" => 0,
        "k" | "kb" | "kib" => 10,
        "m" | "mb" | "mib" => 20,
        "g" | "gb" | "gib" => 30,
        _ => return None,
    };
    n.checked_mul(1usize << shift)
}

/// Parses the arguments after the program name. `Err` holds the message
/// for stderr (exit status 2), as CPython prints it.
pub fn parse_args(args: &[String]) -> Result<Command, String> {
    let Some(first) = args.first() else {
        return Ok(Command::Interactive);
    };
    match first.as_str() {
        "-h" | "--help" | "-?" => Ok(Command::Help),
        "-V" | "--version" => Ok(Command::Version),
        "-c" => match args.get(1) {
            Some(code) => {
                let mut argv = vec!["-c".to_string()];
                argv.extend(args[2..].iter().cloned());
                Ok(Command::Code {
                    code: code.clone(),
                    argv,
                })
            }
            None => Err(format!(
                "Argument expected for the -c option\n{}",
                short_usage()
            )),
        },
        "--dis" => match args.get(1) {
            Some(p) => Ok(Command::Dis { path: p.clone() }),
            None => Err(format!(
                "Argument expected for the --dis option\n{}",
                short_usage()
            )),
        },
        "-" => Ok(Command::Stdin {
            argv: args.to_vec(),
        }),
        s if s.starts_with('-') && s.len() > 1 => {
            Err(format!("Unknown option: {s}\n{}", short_usage()))
        }
        _ => Ok(Command::File {
            path: first.clone(),
            argv: args.to_vec(),
        }),
    }
}

fn short_usage() -> &'static str {
    "usage: gilt [option] ... [-c cmd | file | -] [arg] ...\nTry `gilt -h' for more information."
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn no_arguments_is_interactive() {
        assert_eq!(parse_args(&[]), Ok(Command::Interactive));
    }

    #[test]
    fn file_arguments_become_sys_argv() {
        assert_eq!(
            parse_args(&s(&["x.py", "a", "-b"])),
            Ok(Command::File {
                path: "x.py".into(),
                argv: s(&["x.py", "a", "-b"])
            })
        );
    }

    #[test]
    fn dash_c_sets_argv0() {
        assert_eq!(
            parse_args(&s(&["-c", "print(1)", "z"])),
            Ok(Command::Code {
                code: "print(1)".into(),
                argv: s(&["-c", "z"])
            })
        );
        assert!(parse_args(&s(&["-c"])).is_err());
    }

    #[test]
    fn limit_options_come_before_the_command() {
        let args = s(&[
            "--max-instructions",
            "1000",
            "--max-time=2.5",
            "--max-memory",
            "64M",
            "--sandbox",
            "x.py",
            "--max-time",
        ]);
        let (o, rest) = parse_options(&args).unwrap();
        assert_eq!(o.limits.max_instructions, Some(1000));
        assert_eq!(o.limits.max_time_ns, Some(2_500_000_000));
        assert_eq!(o.limits.max_memory_bytes, Some(64 << 20));
        assert!(o.sandbox);
        assert_eq!(rest, &s(&["x.py", "--max-time"])[..]);
        assert!(parse_options(&s(&["--max-memory", "lots"])).is_err());
        assert!(parse_options(&s(&["--max-time", "-1"])).is_err());
        assert!(parse_options(&s(&["--max-instructions"])).is_err());
    }

    #[test]
    fn sizes_take_binary_suffixes() {
        assert_eq!(parse_size("4096"), Some(4096));
        assert_eq!(parse_size("64k"), Some(64 << 10));
        assert_eq!(parse_size("2GiB"), Some(2 << 30));
        assert_eq!(parse_size("1.5M"), None);
        assert_eq!(parse_size(""), None);
    }

    #[test]
    fn flags() {
        assert_eq!(parse_args(&s(&["-V"])), Ok(Command::Version));
        assert_eq!(parse_args(&s(&["--version"])), Ok(Command::Version));
        assert_eq!(parse_args(&s(&["-h"])), Ok(Command::Help));
        assert_eq!(
            parse_args(&s(&["--dis", "f.py"])),
            Ok(Command::Dis {
                path: "f.py".into()
            })
        );
        assert_eq!(
            parse_args(&s(&["-"])),
            Ok(Command::Stdin { argv: s(&["-"]) })
        );
        assert!(parse_args(&s(&["-Z"]))
            .unwrap_err()
            .starts_with("Unknown option: -Z"));
    }
}

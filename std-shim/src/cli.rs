//! Command-line parsing for the `gilt` command (a small subset of CPython's).

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
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
";

/// The `--version` text.
pub const VERSION: &str = "Gilt 0.1.0 (Python 3.11.7 compatible)";

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

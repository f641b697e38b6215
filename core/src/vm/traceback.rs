//! Compiling from inside the VM (with `SyntaxError` conversion) and
//! formatting exceptions exactly as CPython 3.11's `traceback` module does:
//! tracebacks with source lines and caret lines, repeated-frame collapsing,
//! exception chains, and the special `SyntaxError` layout.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::{PyErr, PyResult, Vm};
use crate::bytecode::code::Position;
use crate::compile::ast::{ExprKind, StmtKind};
use crate::compile::{Mode, SyntaxError, SyntaxErrorKind};
use crate::object::exception::ExcKind;
use crate::object::{ObjRef, Payload, Value};

struct Entry {
    filename: String,
    name: String,
    pos: Position,
}

fn is_wide(c: char) -> bool {
    let n = c as u32;
    matches!(n,
        0x1100..=0x115F | 0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xA000..=0xA4CF
        | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6
        | 0x1F300..=0x1F64F | 0x1F900..=0x1F9FF | 0x20000..=0x3FFFD)
}

/// Display width of the first `offset` characters of `s`.
fn display_width(s: &str, offset: usize) -> usize {
    s.chars()
        .take(offset)
        .map(|c| if is_wide(c) { 2 } else { 1 })
        .sum()
}

fn is_py_space(c: char) -> bool {
    c.is_whitespace() || c == '\x0c' || c == '\x0b'
}

/// `(left_end, right_start)` anchors for a one-line segment (BinOp / Subscript).
fn caret_anchors(segment: &str) -> Option<(usize, usize)> {
    let m = crate::compile::parser::parse(segment, Mode::Module, "<traceback>").ok()?;
    if m.body.len() != 1 {
        return None;
    }
    let StmtKind::Expr(e) = &m.body[0].kind else {
        return None;
    };
    let chars: Vec<char> = segment.chars().collect();
    match &e.kind {
        ExprKind::BinOp { left, right, .. } => {
            if left.span.end_line != 1 || right.span.line != 1 {
                return None;
            }
            let op_start = left.span.end_col as usize;
            let op_end = right.span.col as usize;
            let op_str: Vec<char> = chars.get(op_start..op_end)?.to_vec();
            let op_offset = op_str.iter().take_while(|c| is_py_space(**c)).count();
            let mut left_anchor = op_start + op_offset;
            let mut right_anchor = left_anchor + 1;
            if op_offset + 1 < op_str.len() && !is_py_space(op_str[op_offset + 1]) {
                right_anchor += 1;
            }
            while left_anchor < chars.len()
                && (is_py_space(chars[left_anchor])
                    || chars[left_anchor] == ')'
                    || chars[left_anchor] == '#')
            {
                left_anchor += 1;
                right_anchor += 1;
            }
            Some((left_anchor, right_anchor))
        }
        ExprKind::Subscript { value, slice, .. } => {
            if value.span.end_line != 1 || slice.span.end_line != 1 {
                return None;
            }
            let mut left_anchor = value.span.end_col as usize;
            let mut right_anchor = slice.span.end_col as usize + 1;
            while left_anchor < chars.len()
                && (is_py_space(chars[left_anchor]) || chars[left_anchor] != '[')
            {
                left_anchor += 1;
            }
            while right_anchor < chars.len()
                && (is_py_space(chars[right_anchor]) || chars[right_anchor] != ']')
            {
                right_anchor += 1;
            }
            if right_anchor < chars.len() {
                right_anchor += 1;
            }
            Some((left_anchor, right_anchor))
        }
        _ => None,
    }
}

impl Vm {
    /// Compiles source inside the interpreter: records the source for
    /// tracebacks and turns a syntax error into a Python exception.
    pub fn compile(&mut self, source: &str, filename: &str, mode: Mode) -> PyResult<ObjRef> {
        self.interp()
            .sources
            .get_mut()
            .insert(String::from(filename), String::from(source));
        crate::compile::compile_in(source, filename, mode, Some(self.interp()))
            .map_err(|e| self.syntax_error(e, filename))
    }

    /// Converts a compile-time error to a `SyntaxError`/`IndentationError`/`TabError` exception.
    pub fn syntax_error(&self, e: SyntaxError, filename: &str) -> PyErr {
        let kind = match e.kind {
            SyntaxErrorKind::Syntax => ExcKind::SyntaxError,
            SyntaxErrorKind::Indentation => ExcKind::IndentationError,
            SyntaxErrorKind::Tab => ExcKind::TabError,
        };
        let text = match &e.text {
            Some(t) => self.new_str(format!("{t}\n")),
            None => Value::None,
        };
        let fname = self.new_str(filename);
        let msg = self.new_str(e.msg.clone());
        // The parser marks "no end position" with u32::MAX; Python sees -1.
        let pos = |v: u32| Value::Int(if v == u32::MAX { -1 } else { i64::from(v) });
        let details = self.new_tuple(alloc::vec![
            fname.clone(),
            pos(e.line),
            pos(e.offset),
            text.clone(),
            pos(e.end_line),
            pos(e.end_offset),
        ]);
        let args = self.new_tuple(alloc::vec![msg.clone(), details]);
        let err = self.new_exc_args(kind, args);
        if let Payload::Exception(x) = err.0.payload() {
            let d = self.new_dict();
            if let Some(dobj) = d.as_obj() {
                self.dict_set_str(dobj, "msg", msg);
                self.dict_set_str(dobj, "filename", fname);
                self.dict_set_str(dobj, "lineno", pos(e.line));
                self.dict_set_str(dobj, "offset", pos(e.offset));
                self.dict_set_str(dobj, "text", text);
                self.dict_set_str(dobj, "end_lineno", pos(e.end_line));
                self.dict_set_str(dobj, "end_offset", pos(e.end_offset));
                self.dict_set_str(dobj, "print_file_and_line", Value::None);
            }
            x.dict.replace(d);
        }
        err
    }

    /// Line `n` (1-based) of a file, from the recorded sources or the platform.
    pub fn source_line(&self, filename: &str, n: u32) -> Option<String> {
        if n == 0 {
            return None;
        }
        let interp = self.interp();
        if !interp.sources.get().contains_key(filename) {
            let bytes = interp.platform.read_file(filename).ok()?;
            let text = String::from_utf8_lossy(&bytes).into_owned();
            interp
                .sources
                .get_mut()
                .insert(String::from(filename), text);
        }
        let src = interp.sources.get();
        let s = src.get(filename)?;
        s.split('\n')
            .nth(n as usize - 1)
            .map(|l| String::from(l.strip_suffix('\r').unwrap_or(l)))
    }

    fn tb_entries(&self, tb: &Value) -> Vec<Entry> {
        let mut out = Vec::new();
        let mut cur = tb.clone();
        while let Some(Payload::Traceback(t)) = cur.payload() {
            if let Payload::Code(c) = t.code.payload() {
                out.push(Entry {
                    filename: c.filename.clone(),
                    name: c.name.clone(),
                    pos: c
                        .positions
                        .get(t.lasti as usize)
                        .copied()
                        .unwrap_or_default(),
                });
            }
            let next = t.next.get().clone();
            cur = next;
            if out.len() > 100_000 {
                break;
            }
        }
        out
    }

    fn format_entry(&self, e: &Entry, out: &mut String) {
        out.push_str(&format!(
            "  File \"{}\", line {}, in {}\n",
            e.filename, e.pos.line, e.name
        ));
        let Some(raw) = self.source_line(&e.filename, e.pos.line) else {
            return;
        };
        let stripped = raw.trim_matches(is_py_space);
        if stripped.is_empty() {
            return;
        }
        out.push_str(&format!("    {stripped}\n"));
        let line = format!("{raw}\n");
        let line_chars: Vec<char> = line.chars().collect();
        let orig_len = line_chars.len();
        let stripped_len = stripped.chars().count();
        let stripped_characters = orig_len - stripped_len;
        if e.pos.end_line == 0 {
            return;
        }
        let start_offset = (e.pos.col as usize).min(orig_len);
        let mut end_offset = (e.pos.end_col as usize).min(orig_len);
        let segment: String = line_chars
            .get(start_offset..end_offset.max(start_offset))
            .map(|s| s.iter().collect())
            .unwrap_or_default();
        let mut anchors = None;
        if e.pos.line == e.pos.end_line {
            anchors = caret_anchors(&segment);
        } else {
            end_offset = line.trim_end_matches(is_py_space).chars().count();
        }
        let show = end_offset.saturating_sub(start_offset) < stripped_len
            || anchors.is_some_and(|(l, r): (usize, usize)| r > l);
        if !show {
            return;
        }
        let dp_start = display_width(&line, start_offset) + 1;
        let dp_end = display_width(&line, end_offset) + 1;
        out.push_str("    ");
        out.push_str(&" ".repeat(dp_start.saturating_sub(stripped_characters)));
        match anchors {
            Some((l, r)) => {
                let dl = display_width(&segment, l);
                let dr = display_width(&segment, r);
                out.push_str(&"~".repeat(dl));
                out.push_str(&"^".repeat(dr.saturating_sub(dl)));
                out.push_str(&"~".repeat((dp_end.saturating_sub(dp_start)).saturating_sub(dr)));
            }
            None => out.push_str(&"^".repeat(dp_end.saturating_sub(dp_start))),
        }
        out.push('\n');
    }

    fn format_tb(&self, tb: &Value, out: &mut String) {
        let entries = self.tb_entries(tb);
        if entries.is_empty() {
            return;
        }
        out.push_str("Traceback (most recent call last):\n");
        let mut last: Option<(&str, u32, &str)> = None;
        let mut count = 0usize;
        let flush = |count: usize, out: &mut String| {
            if count > 3 {
                let c = count - 3;
                out.push_str(&format!(
                    "  [Previous line repeated {c} more time{}]\n",
                    if c > 1 { "s" } else { "" }
                ));
            }
        };
        for e in &entries {
            let key = (e.filename.as_str(), e.pos.line, e.name.as_str());
            if last != Some(key) {
                flush(count, out);
                last = Some(key);
                count = 0;
            }
            count += 1;
            if count > 3 {
                continue;
            }
            self.format_entry(e, out);
        }
        flush(count, out);
    }

    fn exc_dict_get(&self, exc: &ObjRef, name: &str) -> Option<Value> {
        match exc.payload() {
            Payload::Exception(x) => match x.dict.get().payload() {
                Some(Payload::Dict(d)) => d.get_str(name),
                _ => None,
            },
            _ => None,
        }
    }

    /// `module.Qualname` of an exception's type (module omitted for builtins/__main__).
    fn exc_type_display(&self, exc: &Value) -> String {
        let ty = self.type_of(exc);
        let Payload::Type(t) = ty.payload() else {
            return String::from("?");
        };
        let q = t.qualname.get().clone();
        match t.dict().get_str("__module__") {
            Some(m) => match m.as_str() {
                Some("builtins") | Some("__main__") | None => q,
                Some(m) => format!("{m}.{q}"),
            },
            None => q,
        }
    }

    pub(crate) fn format_one(&mut self, exc: &ObjRef, out: &mut String) {
        let tb = match exc.payload() {
            Payload::Exception(x) => x.traceback.get().clone(),
            _ => Value::None,
        };
        self.format_tb(&tb, out);
        let v = Value::Obj(exc.clone());
        let stype = self.exc_type_display(&v);
        let is_syntax = self.isinstance(&v, self.interp().exc_type(ExcKind::SyntaxError));
        if is_syntax && self.exc_dict_get(exc, "lineno").is_some() {
            self.format_syntax_error(exc, &stype, out);
        } else {
            let s = match self.exc_str(exc) {
                Ok(s) => s,
                Err(_) => String::from("<exception str() failed>"),
            };
            if s.is_empty() {
                out.push_str(&stype);
                out.push('\n');
            } else {
                out.push_str(&format!("{stype}: {s}\n"));
            }
        }
        if let Some(notes) = self.exc_dict_get(exc, "__notes__") {
            if let Some(Payload::List(l)) = notes.payload() {
                let items = l.items.get().clone();
                for n in items {
                    match n.as_str() {
                        Some(s) => {
                            out.push_str(s);
                            out.push('\n');
                        }
                        None => {
                            let s = self
                                .str(&n)
                                .unwrap_or_else(|_| String::from("<note str() failed>"));
                            out.push_str(&s);
                            out.push('\n');
                        }
                    }
                }
            }
        }
    }

    /// `str(exc)`, computed directly from `args` unless the class defines
    /// `__str__` in Python.
    fn exc_str(&mut self, exc: &ObjRef) -> PyResult<String> {
        let v = Value::Obj(exc.clone());
        let custom = matches!(self.lookup_special(&v, "__str__"), Some(Value::Obj(f)) if matches!(f.payload(), Payload::Function(_)));
        let args = match exc.payload() {
            Payload::Exception(x) => x.args.get().clone(),
            _ => Value::None,
        };
        if !custom {
            if let Some(Payload::Tuple(t)) = args.payload() {
                match t.items() {
                    [] => return Ok(String::new()),
                    [a] => {
                        if self.isinstance(&v, self.interp().exc_type(ExcKind::KeyError)) {
                            return self.repr(a);
                        }
                        if let Some(s) = a.as_str() {
                            return Ok(String::from(s));
                        }
                        return self.str(a);
                    }
                    _ => {}
                }
            }
        }
        self.str(&v)
    }

    fn format_syntax_error(&mut self, exc: &ObjRef, stype: &str, out: &mut String) {
        let get_int = |v: Option<Value>| match v {
            Some(Value::Int(i)) => Some(i),
            _ => None,
        };
        let lineno = get_int(self.exc_dict_get(exc, "lineno"));
        let filename = self
            .exc_dict_get(exc, "filename")
            .and_then(|v| v.as_str().map(String::from));
        let mut suffix = String::new();
        if let Some(l) = lineno {
            out.push_str(&format!(
                "  File \"{}\", line {}\n",
                filename.as_deref().unwrap_or("<string>"),
                l
            ));
        } else if let Some(f) = &filename {
            suffix = format!(" ({f})");
        }
        if let Some(text) = self
            .exc_dict_get(exc, "text")
            .and_then(|v| v.as_str().map(String::from))
        {
            let rtext = text.trim_end_matches('\n');
            let ltext = rtext.trim_start_matches([' ', '\n', '\x0c']);
            let spaces = rtext.chars().count() - ltext.chars().count();
            out.push_str(&format!("    {ltext}\n"));
            if let Some(offset) = get_int(self.exc_dict_get(exc, "offset")) {
                let mut end_offset = match get_int(self.exc_dict_get(exc, "end_offset")) {
                    Some(0) | None => offset,
                    Some(e) => e,
                };
                if offset == end_offset || end_offset == -1 {
                    end_offset = offset + 1;
                }
                let colno = offset - 1 - spaces as i64;
                // Never draw past the line (offsets may come from user code).
                let line_len = ltext.chars().count() as i64;
                let end_colno = end_offset - 1 - spaces as i64;
                if colno >= 0 {
                    let caretspace: String = ltext
                        .chars()
                        .take(colno as usize)
                        .map(|c| if c.is_whitespace() { c } else { ' ' })
                        .collect();
                    out.push_str(&format!(
                        "    {}{}\n",
                        caretspace,
                        "^".repeat(
                            (end_colno - colno).clamp(0, line_len + 1 - colno.min(line_len))
                                as usize
                        )
                    ));
                }
            }
        }
        let msg = match self.exc_dict_get(exc, "msg") {
            Some(m) => match m.as_str() {
                Some(s) => String::from(s),
                None => self.str(&m).unwrap_or_default(),
            },
            None => String::new(),
        };
        let msg = if msg.is_empty() {
            String::from("<no detail available>")
        } else {
            msg
        };
        out.push_str(&format!("{stype}: {msg}{suffix}\n"));
    }

    /// The full CPython 3.11 report for an exception, chained exceptions included.
    pub fn format_exception(&mut self, e: &PyErr) -> String {
        // Walk the chain from newest to oldest.
        let mut chain: Vec<(ObjRef, Option<&'static str>)> = Vec::new();
        let mut cur = e.0.clone();
        let mut link: Option<&'static str> = None;
        loop {
            if chain.iter().any(|(o, _)| o.ptr_eq(&cur)) || chain.len() > 1000 {
                break;
            }
            chain.push((cur.clone(), link));
            let Payload::Exception(x) = cur.payload() else {
                break;
            };
            let cause = x.cause.get().clone();
            let context = x.context.get().clone();
            match (cause, context) {
                (Value::Obj(c), _) if matches!(c.payload(), Payload::Exception(_)) => {
                    link = Some("\nThe above exception was the direct cause of the following exception:\n\n");
                    cur = c;
                }
                (_, Value::Obj(c))
                    if !x.suppress_context.get()
                        && matches!(c.payload(), Payload::Exception(_)) =>
                {
                    link = Some(
                        "\nDuring handling of the above exception, another exception occurred:\n\n",
                    );
                    cur = c;
                }
                _ => break,
            }
        }
        let mut out = String::new();
        for i in (0..chain.len()).rev() {
            let exc = chain[i].0.clone();
            self.format_one(&exc, &mut out);
            if i > 0 {
                if let Some(l) = chain[i].1 {
                    out.push_str(l);
                }
            }
        }
        out
    }

    /// Writes [`Vm::format_exception`]'s text to standard error.
    pub fn print_exception(&mut self, e: &PyErr) {
        let s = self.format_exception(e);
        let p = &self.interp().platform;
        p.write_stderr(s.as_bytes());
        p.flush();
    }
}

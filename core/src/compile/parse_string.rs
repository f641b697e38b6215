//! Decoding string and bytes literal bodies: escape sequences and `\N{...}`.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

/// A small table of Unicode character names for `\N{...}` (upper case).
const NAMES: &[(&str, char)] = &[
    ("NULL", '\0'),
    ("CHARACTER TABULATION", '\t'),
    ("LINE FEED", '\n'),
    ("CARRIAGE RETURN", '\r'),
    ("ESCAPE", '\x1b'),
    ("SPACE", ' '),
    ("DELETE", '\x7f'),
    ("NO-BREAK SPACE", '\u{a0}'),
    ("SECTION SIGN", '\u{a7}'),
    ("COPYRIGHT SIGN", '\u{a9}'),
    ("REGISTERED SIGN", '\u{ae}'),
    ("DEGREE SIGN", '\u{b0}'),
    ("PLUS-MINUS SIGN", '\u{b1}'),
    ("MICRO SIGN", '\u{b5}'),
    ("PILCROW SIGN", '\u{b6}'),
    ("MIDDLE DOT", '\u{b7}'),
    ("MULTIPLICATION SIGN", '\u{d7}'),
    ("DIVISION SIGN", '\u{f7}'),
    ("LATIN SMALL LETTER E WITH ACUTE", '\u{e9}'),
    ("LATIN SMALL LETTER SHARP S", '\u{df}'),
    ("GREEK SMALL LETTER ALPHA", '\u{3b1}'),
    ("GREEK SMALL LETTER BETA", '\u{3b2}'),
    ("GREEK SMALL LETTER GAMMA", '\u{3b3}'),
    ("GREEK SMALL LETTER DELTA", '\u{3b4}'),
    ("GREEK SMALL LETTER PI", '\u{3c0}'),
    ("GREEK SMALL LETTER LAMDA", '\u{3bb}'),
    ("GREEK SMALL LETTER MU", '\u{3bc}'),
    ("GREEK CAPITAL LETTER OMEGA", '\u{3a9}'),
    ("GREEK CAPITAL LETTER DELTA", '\u{394}'),
    ("GREEK CAPITAL LETTER SIGMA", '\u{3a3}'),
    ("ZERO WIDTH SPACE", '\u{200b}'),
    ("EN DASH", '\u{2013}'),
    ("EM DASH", '\u{2014}'),
    ("LEFT SINGLE QUOTATION MARK", '\u{2018}'),
    ("RIGHT SINGLE QUOTATION MARK", '\u{2019}'),
    ("LEFT DOUBLE QUOTATION MARK", '\u{201c}'),
    ("RIGHT DOUBLE QUOTATION MARK", '\u{201d}'),
    ("BULLET", '\u{2022}'),
    ("HORIZONTAL ELLIPSIS", '\u{2026}'),
    ("EURO SIGN", '\u{20ac}'),
    ("POUND SIGN", '\u{a3}'),
    ("YEN SIGN", '\u{a5}'),
    ("CENT SIGN", '\u{a2}'),
    ("LEFTWARDS ARROW", '\u{2190}'),
    ("UPWARDS ARROW", '\u{2191}'),
    ("RIGHTWARDS ARROW", '\u{2192}'),
    ("DOWNWARDS ARROW", '\u{2193}'),
    ("INFINITY", '\u{221e}'),
    ("NOT EQUAL TO", '\u{2260}'),
    ("LESS-THAN OR EQUAL TO", '\u{2264}'),
    ("GREATER-THAN OR EQUAL TO", '\u{2265}'),
    ("BLACK STAR", '\u{2605}'),
    ("WHITE STAR", '\u{2606}'),
    ("SNOWMAN", '\u{2603}'),
    ("BLACK HEART SUIT", '\u{2665}'),
    ("CHECK MARK", '\u{2713}'),
    ("BALLOT X", '\u{2717}'),
    ("REPLACEMENT CHARACTER", '\u{fffd}'),
    ("GRINNING FACE", '\u{1f600}'),
    ("PILE OF POO", '\u{1f4a9}'),
    ("THUMBS UP SIGN", '\u{1f44d}'),
    ("SNAKE", '\u{1f40d}'),
];

fn lookup_name(name: &str) -> Option<char> {
    let up: String = name.chars().map(|c| c.to_ascii_uppercase()).collect();
    if let Some(&(_, c)) = NAMES.iter().find(|(n, _)| *n == up) {
        return Some(c);
    }
    // Systematic names: LATIN CAPITAL/SMALL LETTER X, DIGIT ZERO..NINE.
    let letter = |prefix: &str, base: u8| -> Option<char> {
        let rest = up.strip_prefix(prefix)?;
        let b = rest.as_bytes();
        if b.len() == 1 && b[0].is_ascii_uppercase() {
            Some((base + (b[0] - b'A')) as char)
        } else {
            None
        }
    };
    if let Some(c) =
        letter("LATIN CAPITAL LETTER ", b'A').or_else(|| letter("LATIN SMALL LETTER ", b'a'))
    {
        return Some(c);
    }
    const DIGITS: [&str; 10] = [
        "ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE",
    ];
    let rest = up.strip_prefix("DIGIT ")?;
    DIGITS
        .iter()
        .position(|d| *d == rest)
        .map(|i| (b'0' + i as u8) as char)
}

fn hex_value(cs: &[char], start: usize, n: usize) -> Option<u32> {
    let mut v: u32 = 0;
    for k in 0..n {
        let d = cs.get(start + k)?.to_digit(16)?;
        v = v * 16 + d;
    }
    Some(v)
}

/// Decode a `str` literal body (non-raw). Errors carry CPython's message.
pub fn decode_str(body: &str) -> Result<String, String> {
    if !body.contains('\\') {
        return Ok(String::from(body));
    }
    let cs: Vec<char> = body.chars().collect();
    let mut out = String::with_capacity(body.len());
    let mut i = 0;
    let uerr = |start: usize, end: usize, what: &str| {
        format!(
            "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: {}",
            start, end, what
        )
    };
    while let Some(&c) = cs.get(i) {
        if c != '\\' {
            out.push(c);
            i += 1;
            continue;
        }
        let Some(&e) = cs.get(i + 1) else {
            return Err(String::from("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-0: \\ at end of string"));
        };
        i += 2;
        match e {
            '\n' => {}
            '\\' => out.push('\\'),
            '\'' => out.push('\''),
            '"' => out.push('"'),
            'a' => out.push('\x07'),
            'b' => out.push('\x08'),
            'f' => out.push('\x0c'),
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            'v' => out.push('\x0b'),
            '0'..='7' => {
                let mut v = e as u32 - '0' as u32;
                for _ in 0..2 {
                    match cs.get(i).and_then(|d| d.to_digit(8)) {
                        Some(d) => {
                            v = v * 8 + d;
                            i += 1;
                        }
                        None => break,
                    }
                }
                out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
            }
            'x' | 'u' | 'U' => {
                let (n, what) = match e {
                    'x' => (2, "truncated \\xXX escape"),
                    'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let start = i - 2;
                match hex_value(&cs, i, n) {
                    Some(v) => match char::from_u32(v) {
                        Some(ch) => {
                            out.push(ch);
                            i += n;
                        }
                        // Lone surrogates cannot live in a Rust string: use U+FFFD.
                        None if (0xD800..0xE000).contains(&v) => {
                            out.push('\u{fffd}');
                            i += n;
                        }
                        None => {
                            return Err(uerr(start, start + n + 1, "illegal Unicode character"))
                        }
                    },
                    None => {
                        let mut end = i;
                        while end < i + n && cs.get(end).is_some_and(|d| d.is_ascii_hexdigit()) {
                            end += 1;
                        }
                        return Err(uerr(start, end - 1, what));
                    }
                }
            }
            'N' => {
                let start = i - 2;
                if cs.get(i) != Some(&'{') {
                    return Err(uerr(start, start + 1, "malformed \\N character escape"));
                }
                let Some(close) = cs[i..].iter().position(|&c| c == '}') else {
                    return Err(uerr(start, cs.len() - 1, "malformed \\N character escape"));
                };
                let name: String = cs[i + 1..i + close].iter().collect();
                match lookup_name(&name) {
                    Some(ch) => out.push(ch),
                    None => return Err(uerr(start, i + close, "unknown Unicode character name")),
                }
                i += close + 1;
            }
            other => {
                // Unknown escapes are kept verbatim (CPython warns).
                out.push('\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}

/// Decode a bytes literal body; `raw` keeps backslashes.
pub fn decode_bytes(body: &str, raw: bool) -> Result<Vec<u8>, String> {
    if !body.is_ascii() {
        return Err(String::from(
            "bytes can only contain ASCII literal characters",
        ));
    }
    let b = body.as_bytes();
    if raw || !body.contains('\\') {
        return Ok(Vec::from(b));
    }
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        if c != b'\\' {
            out.push(c);
            i += 1;
            continue;
        }
        let Some(&e) = b.get(i + 1) else {
            return Err(String::from("(value error) Trailing \\ in string"));
        };
        i += 2;
        match e {
            b'\n' => {}
            b'\\' => out.push(b'\\'),
            b'\'' => out.push(b'\''),
            b'"' => out.push(b'"'),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut v = (e - b'0') as u32;
                for _ in 0..2 {
                    match b.get(i) {
                        Some(d @ b'0'..=b'7') => {
                            v = v * 8 + (d - b'0') as u32;
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push(v as u8);
            }
            b'x' => {
                let h = |k: usize| b.get(k).and_then(|&d| (d as char).to_digit(16));
                match (h(i), h(i + 1)) {
                    (Some(a), Some(c)) => {
                        out.push((a * 16 + c) as u8);
                        i += 2;
                    }
                    _ => {
                        return Err(format!(
                            "(value error) invalid \\x escape at position {}",
                            i - 2
                        ))
                    }
                }
            }
            other => {
                out.push(b'\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_decode() {
        assert_eq!(
            decode_str(r#"a\n\t\\\'\"\a\b\f\v\0"#).unwrap(),
            "a\n\t\\'\"\x07\x08\x0c\x0b\0"
        );
        assert_eq!(decode_str(r"\101\x41\u0041\U00000041").unwrap(), "AAAA");
        assert_eq!(
            decode_str(r"\N{EURO SIGN}\N{bullet}\N{LATIN SMALL LETTER Q}").unwrap(),
            "€•q"
        );
        assert_eq!(decode_str(r"\q").unwrap(), "\\q");
        assert_eq!(decode_str("a\\\nb").unwrap(), "ab");
    }

    #[test]
    fn escape_errors_match_cpython() {
        assert_eq!(
            decode_str(r"\xz").unwrap_err(),
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape"
        );
        assert_eq!(
            decode_str(r"\N{foo}").unwrap_err(),
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode character name"
        );
    }

    #[test]
    fn bytes_decode() {
        assert_eq!(decode_bytes(r"a\x00\n\777", false).unwrap(), b"a\0\n\xff");
        assert_eq!(decode_bytes(r"a\n", true).unwrap(), b"a\\n");
        assert!(decode_bytes("é", false).is_err());
    }
}

//! JSON text across the wasm boundary: the report goes out through
//! `JSON.parse`, options and registers come in through `JSON.stringify`.
//!
//! Why not serde-wasm-bindgen or serde_json: both pull Rust's float
//! formatting or parsing into the wasm (serde-wasm-bindgen formats a float in
//! a type error message; serde_json parses any number as a float can), and
//! serde's derived readers are large once per type; together about 20 KB
//! gzipped, for values whose numbers are counts, offsets and scores already
//! rounded to three decimals.
//!
//! - [`to_string`] writes any `Serialize` value as compact JSON (the output
//!   types keep their serde derives: one description of the report's shape).
//!   Floats get at most three decimals (the core rounds every float it
//!   reports to three decimals anyway); NaN and infinities become `null`.
//! - [`parse`] reads JSON text into a [`Value`]; `bindings::from_json` turns
//!   values into options and registers. Numbers must be whole (no fraction or
//!   exponent): nothing factlint reads needs one. Nesting deeper than
//!   [`MAX_DEPTH`] is an error, not a stack overflow.

use serde::ser::{self, Serialize};
use std::fmt;

/// Arrays and objects nested deeper than this are refused (serde_json's limit too).
pub const MAX_DEPTH: u32 = 128;

/// A JSON error: what was wrong, in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error(String);

impl Error {
    pub fn new(message: impl Into<String>) -> Self {
        Error(message.into())
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

/// Why a value could not be written as JSON: a map key that is not a
/// string, or a serde impl's own error (factlint's output types have neither).
/// It carries no text: a `String` in the `Result` of every serialize call
/// (every field of every output type, each behind a `?`) made the wasm
/// 4 KB larger (0.9 KB gzipped) than this one-byte error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WriteError;

impl fmt::Display for WriteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the value cannot be written as JSON (a map key that is not a string, or a serde error)")
    }
}

impl std::error::Error for WriteError {}

impl ser::Error for WriteError {
    fn custom<T: fmt::Display>(_message: T) -> Self {
        WriteError
    }
}

// ---------------------------------------------------------------------------
// Writing

/// `value` as compact JSON text.
pub fn to_string<T: Serialize + ?Sized>(value: &T) -> Result<String, WriteError> {
    let mut writer = Writer { out: String::new(), pieces: None };
    value.serialize(&mut writer)?;
    Ok(writer.out)
}

/// `value` as compact JSON text, handed to `emit` in pieces: each one once
/// an element of an array takes the text written so far to `piece_bytes` or
/// more, then the rest. Joined, they are `to_string(value)`. The whole text
/// of a long report (100 MB for a 10 MB text) is never held at once.
pub fn write_in_pieces<T: Serialize + ?Sized>(
    value: &T,
    piece_bytes: usize,
    emit: &mut dyn FnMut(&str),
) -> Result<(), WriteError> {
    let mut writer = Writer { out: String::new(), pieces: Some(Pieces { bytes: piece_bytes, emit }) };
    value.serialize(&mut writer)?;
    if let Some(pieces) = writer.pieces {
        (pieces.emit)(&writer.out);
    }
    Ok(())
}

struct Writer<'e> {
    out: String,
    pieces: Option<Pieces<'e>>,
}

/// Where `write_in_pieces` sends the text, and from what length.
struct Pieces<'e> {
    bytes: usize,
    emit: &'e mut dyn FnMut(&str),
}

impl Writer<'_> {
    /// Sends the text so far to `write_in_pieces`'s `emit` once it is long enough.
    fn emit_full_piece(&mut self) {
        if let Some(pieces) = &mut self.pieces {
            if self.out.len() >= pieces.bytes {
                (pieces.emit)(&self.out);
                self.out.clear();
            }
        }
    }

    fn string(&mut self, text: &str) {
        self.out.reserve(text.len() + 2);
        self.out.push('"');
        let mut plain_from = 0;
        for (at, byte) in text.bytes().enumerate() {
            let escape = match byte {
                b'"' => "\\\"",
                b'\\' => "\\\\",
                b'\n' => "\\n",
                b'\r' => "\\r",
                b'\t' => "\\t",
                0..=0x1f => "",
                _ => continue,
            };
            self.out.push_str(&text[plain_from..at]);
            if escape.is_empty() {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                self.out.push_str("\\u00");
                self.out.push(char::from(HEX[usize::from(byte >> 4)]));
                self.out.push(char::from(HEX[usize::from(byte & 0xf)]));
            } else {
                self.out.push_str(escape);
            }
            plain_from = at + 1;
        }
        self.out.push_str(&text[plain_from..]);
        self.out.push('"');
    }

    fn unsigned(&mut self, mut n: u64) {
        let mut digits = [0u8; 20];
        let mut at = digits.len();
        loop {
            at -= 1;
            digits[at] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        for &digit in &digits[at..] {
            self.out.push(char::from(digit));
        }
    }

    fn signed(&mut self, n: i64) {
        if n < 0 {
            self.out.push('-');
        }
        self.unsigned(n.unsigned_abs());
    }

    /// At most three decimals, trailing zeros dropped: 0.857, 1, -2.5.
    fn float(&mut self, value: f64) {
        let thousandths = (value * 1000.0).round();
        if !thousandths.is_finite() || thousandths.abs() >= 9e18 {
            self.out.push_str("null");
            return;
        }
        let thousandths = thousandths as i64;
        if thousandths < 0 {
            self.out.push('-');
        }
        let magnitude = thousandths.unsigned_abs();
        self.unsigned(magnitude / 1000);
        let mut fraction = magnitude % 1000;
        if fraction != 0 {
            self.out.push('.');
            let mut place = 100;
            while fraction != 0 {
                self.out.push(char::from(b'0' + (fraction / place) as u8));
                fraction %= place;
                place /= 10;
            }
        }
    }
}

/// An array or object being written; `closes` is what `end` writes.
struct Compound<'w, 'e> {
    writer: &'w mut Writer<'e>,
    first: bool,
    closes: &'static str,
}

impl Compound<'_, '_> {
    fn comma(&mut self) {
        if !self.first {
            self.writer.out.push(',');
        }
        self.first = false;
    }

    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), WriteError> {
        self.comma();
        value.serialize(&mut *self.writer)?;
        self.writer.emit_full_piece();
        Ok(())
    }

    fn field<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) -> Result<(), WriteError> {
        self.comma();
        self.writer.string(key);
        self.writer.out.push(':');
        value.serialize(&mut *self.writer)
    }

    fn end(self) -> Result<(), WriteError> {
        self.writer.out.push_str(self.closes);
        Ok(())
    }
}

impl<'e> Writer<'e> {
    fn open(&mut self, opens: &str, closes: &'static str) -> Compound<'_, 'e> {
        self.out.push_str(opens);
        Compound { writer: self, first: true, closes }
    }

    /// `{"variant":` … for enum variants with content.
    fn open_variant(&mut self, variant: &str, opens: char, closes: &'static str) -> Compound<'_, 'e> {
        self.out.push('{');
        self.string(variant);
        self.out.push(':');
        self.out.push(opens);
        Compound { writer: self, first: true, closes }
    }
}

impl<'w, 'e> ser::Serializer for &'w mut Writer<'e> {
    type Ok = ();
    type Error = WriteError;
    type SerializeSeq = Compound<'w, 'e>;
    type SerializeTuple = Compound<'w, 'e>;
    type SerializeTupleStruct = Compound<'w, 'e>;
    type SerializeTupleVariant = Compound<'w, 'e>;
    type SerializeMap = Compound<'w, 'e>;
    type SerializeStruct = Compound<'w, 'e>;
    type SerializeStructVariant = Compound<'w, 'e>;

    fn serialize_bool(self, v: bool) -> Result<(), WriteError> {
        self.out.push_str(if v { "true" } else { "false" });
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Result<(), WriteError> {
        self.serialize_i64(v.into())
    }
    fn serialize_i16(self, v: i16) -> Result<(), WriteError> {
        self.serialize_i64(v.into())
    }
    fn serialize_i32(self, v: i32) -> Result<(), WriteError> {
        self.serialize_i64(v.into())
    }
    fn serialize_i64(self, v: i64) -> Result<(), WriteError> {
        self.signed(v);
        Ok(())
    }
    fn serialize_u8(self, v: u8) -> Result<(), WriteError> {
        self.serialize_u64(v.into())
    }
    fn serialize_u16(self, v: u16) -> Result<(), WriteError> {
        self.serialize_u64(v.into())
    }
    fn serialize_u32(self, v: u32) -> Result<(), WriteError> {
        self.serialize_u64(v.into())
    }
    fn serialize_u64(self, v: u64) -> Result<(), WriteError> {
        self.unsigned(v);
        Ok(())
    }
    fn serialize_f32(self, v: f32) -> Result<(), WriteError> {
        self.serialize_f64(v.into())
    }
    fn serialize_f64(self, v: f64) -> Result<(), WriteError> {
        self.float(v);
        Ok(())
    }
    fn serialize_char(self, v: char) -> Result<(), WriteError> {
        self.string(v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result<(), WriteError> {
        self.string(v);
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), WriteError> {
        let mut seq = self.open("[", "]");
        for byte in v {
            seq.element(byte)?;
        }
        seq.end()
    }
    fn serialize_none(self) -> Result<(), WriteError> {
        self.serialize_unit()
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), WriteError> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), WriteError> {
        self.out.push_str("null");
        Ok(())
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), WriteError> {
        self.serialize_unit()
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), WriteError> {
        self.string(variant);
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<(), WriteError> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), WriteError> {
        let mut object = self.open("{", "}");
        object.field(variant, value)?;
        object.end()
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Compound<'w, 'e>, WriteError> {
        Ok(self.open("[", "]"))
    }
    fn serialize_tuple(self, _len: usize) -> Result<Compound<'w, 'e>, WriteError> {
        Ok(self.open("[", "]"))
    }
    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Compound<'w, 'e>, WriteError> {
        Ok(self.open("[", "]"))
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Compound<'w, 'e>, WriteError> {
        Ok(self.open_variant(variant, '[', "]}"))
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Compound<'w, 'e>, WriteError> {
        Ok(self.open("{", "}"))
    }
    fn serialize_struct(self, _name: &'static str, _len: usize) -> Result<Compound<'w, 'e>, WriteError> {
        Ok(self.open("{", "}"))
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Compound<'w, 'e>, WriteError> {
        Ok(self.open_variant(variant, '{', "}}"))
    }
}

impl ser::SerializeSeq for Compound<'_, '_> {
    type Ok = ();
    type Error = WriteError;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), WriteError> {
        self.element(value)
    }
    fn end(self) -> Result<(), WriteError> {
        Compound::end(self)
    }
}

impl ser::SerializeTuple for Compound<'_, '_> {
    type Ok = ();
    type Error = WriteError;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), WriteError> {
        self.element(value)
    }
    fn end(self) -> Result<(), WriteError> {
        Compound::end(self)
    }
}

impl ser::SerializeTupleStruct for Compound<'_, '_> {
    type Ok = ();
    type Error = WriteError;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), WriteError> {
        self.element(value)
    }
    fn end(self) -> Result<(), WriteError> {
        Compound::end(self)
    }
}

impl ser::SerializeTupleVariant for Compound<'_, '_> {
    type Ok = ();
    type Error = WriteError;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), WriteError> {
        self.element(value)
    }
    fn end(self) -> Result<(), WriteError> {
        Compound::end(self)
    }
}

impl ser::SerializeMap for Compound<'_, '_> {
    type Ok = ();
    type Error = WriteError;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), WriteError> {
        self.comma();
        // JSON keys are strings: a key that serializes as anything else is refused.
        let key = to_string(key)?;
        if !key.starts_with('"') {
            return Err(WriteError);
        }
        self.writer.out.push_str(&key);
        self.writer.out.push(':');
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), WriteError> {
        value.serialize(&mut *self.writer)
    }
    fn end(self) -> Result<(), WriteError> {
        Compound::end(self)
    }
}

impl ser::SerializeStruct for Compound<'_, '_> {
    type Ok = ();
    type Error = WriteError;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), WriteError> {
        self.field(key, value)
    }
    fn end(self) -> Result<(), WriteError> {
        Compound::end(self)
    }
}

impl ser::SerializeStructVariant for Compound<'_, '_> {
    type Ok = ();
    type Error = WriteError;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), WriteError> {
        self.field(key, value)
    }
    fn end(self) -> Result<(), WriteError> {
        Compound::end(self)
    }
}

// ---------------------------------------------------------------------------
// Reading

/// A parsed JSON value. Numbers are whole (see the module docs); objects keep
/// their entries in order, duplicates included (the reader of a type decides).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Null,
    Bool(bool),
    Number(i64),
    String(String),
    Array(Vec<Value>),
    Object(Vec<(String, Value)>),
}

impl Value {
    /// What kind of value this is, for error messages.
    pub fn kind(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "a boolean",
            Value::Number(_) => "a number",
            Value::String(_) => "a string",
            Value::Array(_) => "an array",
            Value::Object(_) => "an object",
        }
    }
}

/// Parses JSON `text` into a [`Value`].
pub fn parse(text: &str) -> Result<Value, Error> {
    let mut reader = Reader { text, at: 0 };
    let value = reader.value(0)?;
    match reader.peek() {
        None => Ok(value),
        Some(_) => Err(Error::new("unexpected text after the JSON value")),
    }
}

struct Reader<'t> {
    text: &'t str,
    at: usize,
}

impl Reader<'_> {
    /// The next byte after whitespace, not consumed.
    fn peek(&mut self) -> Option<u8> {
        let bytes = self.text.as_bytes();
        while let Some(&b) = bytes.get(self.at) {
            if !matches!(b, b' ' | b'\n' | b'\r' | b'\t') {
                return Some(b);
            }
            self.at += 1;
        }
        None
    }

    fn syntax_error(&mut self) -> Error {
        match self.peek() {
            None => Error::new("the JSON text ends too early"),
            Some(_) => Error::new(format!("not valid JSON at {}", self.place())),
        }
    }

    /// "line 2, column 17": where a person looks in a file they wrote, counted as the report
    /// counts a finding's place (columns in characters; "\r\n" and a lone "\r" end lines too).
    fn place(&self) -> String {
        let place = crate::text::span::OffsetTable::new(self.text).line_column(self.at, self.text);
        format!("line {}, column {}", place.line, place.column)
    }

    fn literal(&mut self, word: &str, value: Value) -> Result<Value, Error> {
        if self.text.as_bytes()[self.at..].starts_with(word.as_bytes()) {
            self.at += word.len();
            Ok(value)
        } else {
            Err(self.syntax_error())
        }
    }

    fn value(&mut self, depth: u32) -> Result<Value, Error> {
        match self.peek() {
            Some(b'{') => self.container(depth, b'}'),
            Some(b'[') => self.container(depth, b']'),
            Some(b'"') => self.string().map(Value::String),
            Some(b't') => self.literal("true", Value::Bool(true)),
            Some(b'f') => self.literal("false", Value::Bool(false)),
            Some(b'n') => self.literal("null", Value::Null),
            Some(b'-' | b'0'..=b'9') => self.whole_number().map(Value::Number),
            _ => Err(self.syntax_error()),
        }
    }

    /// An array (`close` is `]`) or an object (`}`).
    fn container(&mut self, depth: u32, close: u8) -> Result<Value, Error> {
        if depth >= MAX_DEPTH {
            return Err(Error::new(format!("JSON nested deeper than {MAX_DEPTH} levels")));
        }
        self.at += 1;
        let (mut items, mut entries) = (Vec::new(), Vec::new());
        let done = |items, entries| if close == b'}' { Value::Object(entries) } else { Value::Array(items) };
        if self.peek() == Some(close) {
            self.at += 1;
            return Ok(done(items, entries));
        }
        loop {
            if close == b'}' {
                if self.peek() != Some(b'"') {
                    return Err(self.syntax_error());
                }
                let key = self.string()?;
                if self.peek() != Some(b':') {
                    return Err(self.syntax_error());
                }
                self.at += 1;
                entries.push((key, self.value(depth + 1)?));
            } else {
                items.push(self.value(depth + 1)?);
            }
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b) if b == close => {
                    self.at += 1;
                    return Ok(done(items, entries));
                }
                _ => return Err(self.syntax_error()),
            }
        }
    }

    /// A string starting at the opening quote.
    fn string(&mut self) -> Result<String, Error> {
        self.at += 1;
        let bytes = self.text.as_bytes();
        let mut out = String::new();
        let mut plain_from = self.at;
        loop {
            let Some(&b) = bytes.get(self.at) else { return Err(self.syntax_error()) };
            match b {
                b'"' => {
                    out.push_str(&self.text[plain_from..self.at]);
                    self.at += 1;
                    return Ok(out);
                }
                b'\\' => {
                    out.push_str(&self.text[plain_from..self.at]);
                    let escaped = bytes.get(self.at + 1).copied();
                    self.at += 2;
                    out.push(match escaped {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => self.unicode_escape()?,
                        _ => {
                            self.at -= 2; // at the backslash
                            return Err(Error::new(format!(
                                "a bad escape in a JSON string at {}",
                                self.place()
                            )));
                        }
                    });
                    plain_from = self.at;
                }
                0..=0x1f => return Err(Error::new("a control character inside a JSON string")),
                _ => self.at += 1,
            }
        }
    }

    /// After `\u`: four hex digits, and a low surrogate's if a high one came.
    /// A lone surrogate (JavaScript strings may hold one) becomes U+FFFD, as
    /// the page's text does when it crosses into the core.
    fn unicode_escape(&mut self) -> Result<char, Error> {
        let unit = self.hex4()?;
        if (0xd800..0xdc00).contains(&unit) && self.text.as_bytes()[self.at..].starts_with(b"\\u") {
            let mark = self.at;
            self.at += 2;
            let low = self.hex4()?;
            if (0xdc00..0xe000).contains(&low) {
                let code = 0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00);
                return Ok(char::from_u32(code).unwrap_or('\u{fffd}'));
            }
            self.at = mark;
        }
        Ok(char::from_u32(unit).unwrap_or('\u{fffd}'))
    }

    fn hex4(&mut self) -> Result<u32, Error> {
        let digits = self.text.as_bytes().get(self.at..self.at + 4).ok_or_else(|| self.syntax_error())?;
        let mut unit = 0;
        for &d in digits {
            let value =
                char::from(d).to_digit(16).ok_or_else(|| Error::new("a bad \\u escape in a JSON string"))?;
            unit = unit * 16 + value;
        }
        self.at += 4;
        Ok(unit)
    }

    fn whole_number(&mut self) -> Result<i64, Error> {
        let bytes = self.text.as_bytes();
        let negative = bytes.get(self.at) == Some(&b'-');
        if negative {
            self.at += 1;
        }
        let start = self.at;
        let mut n: i64 = 0;
        while let Some(&d) = bytes.get(self.at).filter(|d| d.is_ascii_digit()) {
            n = n
                .checked_mul(10)
                .and_then(|n| n.checked_add(i64::from(d - b'0')))
                .ok_or_else(|| Error::new("a number too large"))?;
            self.at += 1;
        }
        if self.at == start {
            return Err(self.syntax_error());
        }
        if matches!(bytes.get(self.at), Some(b'.' | b'e' | b'E')) {
            return Err(Error::new("a number with a fraction or exponent where a whole number was expected"));
        }
        Ok(if negative { -n } else { n })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Serialize;

    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    struct Sample {
        name: String,
        count: u32,
        offset: i32,
        tags: Vec<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        kind: Option<Kind>,
        #[serde(skip_serializing_if = "Option::is_none")]
        missing: Option<Kind>,
        nothing: Option<u8>,
    }

    #[derive(Serialize)]
    enum Kind {
        #[serde(rename = "mos")]
        MoS,
    }

    #[test]
    fn writes_what_serde_json_writes() {
        let sample = Sample {
            name: "Quote \"x\" \\ tab\t nl\n ctl\u{1} del\u{7f} é 😀 \u{2028}".into(),
            count: 7,
            offset: -42,
            tags: vec!["a".into(), "".into()],
            kind: Some(Kind::MoS),
            missing: None,
            nothing: None,
        };
        assert_eq!(to_string(&sample).unwrap(), serde_json::to_string(&sample).unwrap());
        assert_eq!(to_string(&i64::MIN).unwrap(), i64::MIN.to_string());
        assert_eq!(to_string(&u64::MAX).unwrap(), u64::MAX.to_string());
    }

    #[test]
    fn pieces_join_to_the_whole_text_and_none_holds_much_more_than_asked() {
        let text = "The minister said on Monday that 4,000 jobs would go. \"We will not stop at that, \
                    whatever they say,\" she said.\n\n"
            .repeat(300);
        let report = crate::analyze(&text, &crate::Options::default()).unwrap();
        let whole = to_string(&report).unwrap();
        let mut pieces = Vec::new();
        write_in_pieces(&report, 1000, &mut |piece| pieces.push(piece.to_string())).unwrap();
        assert_eq!(pieces.concat(), whole);
        // A piece ends after the array element that took it past 1,000 bytes.
        let longest = |items: Vec<String>| items.iter().map(String::len).max().unwrap_or(0);
        let longest_element = longest(report.findings.iter().map(|f| to_string(f).unwrap()).collect())
            .max(longest(report.claims.iter().map(|c| to_string(c).unwrap()).collect()))
            .max(longest(report.entities.iter().map(|e| to_string(e).unwrap()).collect()));
        assert!(pieces.len() > whole.len() / (1000 + longest_element), "{} pieces", pieces.len());
        assert!(pieces.iter().all(|piece| piece.len() <= 1000 + longest_element));
    }

    #[test]
    fn floats_keep_three_decimals_and_non_finite_ones_are_null() {
        let floats = [0.857f32, 1.0, 0.0, -2.5, 0.1, 0.0005, 123456.0];
        assert_eq!(to_string(&floats).unwrap(), "[0.857,1,0,-2.5,0.1,0.001,123456]");
        assert_eq!(to_string(&[f64::NAN, f64::INFINITY, -0.0004]).unwrap(), "[null,null,0]");
    }

    #[test]
    fn reads_every_kind_of_value() {
        let text = r#" { "a" : [ 1 , -2 , true , false , null , "s" , { } , [ ] ], "a": 0 } "#;
        let strings = |items: &[&str]| items.iter().map(|s| Value::String(s.to_string())).collect::<Vec<_>>();
        assert_eq!(
            parse(text).unwrap(),
            Value::Object(vec![
                (
                    "a".into(),
                    Value::Array(vec![
                        Value::Number(1),
                        Value::Number(-2),
                        Value::Bool(true),
                        Value::Bool(false),
                        Value::Null,
                        strings(&["s"]).remove(0),
                        Value::Object(vec![]),
                        Value::Array(vec![]),
                    ])
                ),
                ("a".into(), Value::Number(0)),
            ])
        );
    }

    #[test]
    fn reads_escapes_surrogate_pairs_and_lone_surrogates() {
        let text = parse(r#""a\"b\\c\/d\n\u00e9\ud83d\ude00 lone \ud800 end\udc00""#).unwrap();
        assert_eq!(text, Value::String("a\"b\\c/d\né😀 lone \u{fffd} end\u{fffd}".into()));
    }

    #[test]
    fn reads_what_it_writes() {
        let text = "Quote \"x\" \\ tab\t nl\n ctl\u{1}\u{1f} é 😀";
        assert_eq!(parse(&to_string(text).unwrap()).unwrap(), Value::String(text.into()));
    }

    #[test]
    fn syntax_errors_say_where_by_line_and_column() {
        let error = |text: &str| parse(text).unwrap_err().to_string();
        assert_eq!(error("{\"people\": [\n {\"name\": \"A B\",}\n]}"), "not valid JSON at line 2, column 17");
        assert_eq!(error("[\"é😀\", x]"), "not valid JSON at line 1, column 8");
        assert_eq!(error("[\r\n\"a\\q\"]"), "a bad escape in a JSON string at line 2, column 3");
        assert_eq!(error("[1,\r x]"), "not valid JSON at line 2, column 2", "a lone CR ends a line");
    }

    #[test]
    fn malformed_or_hostile_text_is_an_error_not_a_panic() {
        let deep = "[".repeat(100_000);
        for text in [
            "",
            " ",
            "{",
            "{\"name\"",
            "{\"name\":",
            "\"unterminated",
            "\"bad \\x escape\"",
            "\"\\u12\"",
            "\"\\ud800\\u12\"",
            "\"\\",
            "[1,]",
            "[1 2]",
            "{\"a\" 1}",
            "{1: 2}",
            "{\"a\": 1,}",
            "nul",
            "-",
            "1.5",
            "1e3",
            "99999999999999999999999",
            "\"ctl \u{1}\"",
            "[] []",
            "\u{feff}{}",
            deep.as_str(),
        ] {
            assert!(parse(text).is_err(), "{text:?} was accepted");
        }
        assert!(parse(&deep).unwrap_err().to_string().contains("deeper"));
        let just_deep_enough = format!("{}{}", "[".repeat(128), "]".repeat(128));
        assert!(parse(&just_deep_enough).is_ok());
    }
}

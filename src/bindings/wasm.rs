//! The wasm layer: converts JavaScript values to core types and back.
//! Nothing here analyses text.
//!
//! Values cross the boundary as JSON text (`bindings::json`): options and
//! registers through `JSON.stringify`, results through `JSON.parse`, so the
//! JavaScript API takes and returns plain objects while the wasm carries no
//! float formatting and no per-field JsValue glue (smaller than
//! serde-wasm-bindgen: see docs/size.md).

use super::{from_json, json};
use crate::register::{Date, Register, RegisterError, RegisterSet};
use crate::{Knowledge, Options};
use serde::Serialize;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

/// The wasm's allocator: talc, 2.5 KB gzipped smaller than the standard
/// library's dlmalloc and as fast (docs/size.md, "Tenth session").
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

thread_local! {
    /// Registers the host loaded (built-in, newsroom files): kept in the
    /// module between checks, so a 1 MB register crosses the boundary once.
    static REGISTERS: RefCell<RegisterSet> = RefCell::new(RegisterSet::default());
}

#[wasm_bindgen]
extern "C" {
    /// JavaScript's `Date.now()`: milliseconds since 1970, for "today".
    #[wasm_bindgen(js_namespace = Date, js_name = now)]
    fn date_now() -> f64;

    /// `text` is a JavaScript string, joined there from the pieces `to_js` wrote.
    #[wasm_bindgen(js_namespace = JSON, js_name = parse, catch)]
    fn json_parse(text: &JsValue) -> Result<JsValue, JsValue>;

    /// `undefined` for values JSON cannot hold (a function); throws on a cycle or a BigInt.
    #[wasm_bindgen(js_namespace = JSON, js_name = stringify, catch)]
    fn json_stringify(value: &JsValue) -> Result<JsValue, JsValue>;
}

fn today() -> Date {
    Date::from_days_since_epoch((date_now() / 86_400_000.0).floor() as i64)
}

/// A JavaScript value as JSON text, or why it has none.
fn json_text(value: &JsValue) -> Result<String, String> {
    json_stringify(value)
        .map_err(|_| "it cannot be written as JSON (a cycle or a BigInt)".to_string())?
        .as_string()
        .ok_or_else(|| "it cannot be written as JSON".to_string())
}

/// How much JSON text `to_js` holds in the wasm memory before handing it to
/// JavaScript: an article's report goes across in one piece.
const JSON_PIECE_BYTES: usize = 1 << 20;

/// A core value as a plain JavaScript object. Its JSON text crosses to
/// JavaScript a megabyte at a time and is joined there: the wasm memory
/// grows to its high-water mark and never shrinks, and a 10 MB text's report
/// is 110 MB of JSON: held whole, it took the memory to 375 MB; in pieces, 176.
fn to_js(value: &impl Serialize) -> Result<JsValue, JsError> {
    let mut text = JsValue::from_str("");
    json::write_in_pieces(value, JSON_PIECE_BYTES, &mut |piece| text = &text + &JsValue::from_str(piece))
        .map_err(|e| JsError::new(&e.to_string()))?;
    json_parse(&text).map_err(|_| JsError::new("the core wrote JSON that JavaScript cannot read"))
}

/// Analyses `text` with an optional options object; returns a plain object
/// (the Report). Bad options throw an `Error` with a readable message.
#[wasm_bindgen]
pub fn analyze(text: &str, options: JsValue) -> Result<JsValue, JsError> {
    let options: Options = if options.is_undefined() || options.is_null() {
        Options::default()
    } else {
        json_text(&options)
            .and_then(|text| {
                let value = json::parse(&text).map_err(|e| e.to_string())?;
                from_json::options(&value).map_err(|e| e.to_string())
            })
            .map_err(|e| JsError::new(&format!("invalid options: {e}")))?
    };
    let report = REGISTERS.with_borrow_mut(|registers| {
        let knowledge = Knowledge { register: registers.merged(), today: Some(today()) };
        crate::analyze_with(text, &options, &knowledge)
    });
    let report = report.map_err(|e| JsError::new(&e.to_string()))?;
    to_js(&report)
}

/// The factlint version, e.g. "0.1.0".
#[wasm_bindgen]
pub fn version() -> String {
    crate::VERSION.to_string()
}

/// Every rule with its id, category, default severity and summary.
#[wasm_bindgen]
pub fn rules() -> Result<JsValue, JsError> {
    to_js(&crate::checks::rules())
}

/// Loads a register under `label` (replacing one with that label) and
/// returns `{ label, people, roles }`. `format` is `json` (content: the
/// file's text, or the parsed object) or `csv` (content: the file's text). A
/// malformed register throws an Error naming the line (a JSON syntax error, a
/// CSV row) or the field (`people[3].roles[0].start`); loaded registers are kept.
#[wasm_bindgen(js_name = registerLoad)]
pub fn register_load(label: &str, format: &str, content: JsValue) -> Result<JsValue, JsError> {
    let register = match format {
        // A file's text is read as it is: parsing it in JavaScript first only for the core to
        // write it out again and read it (as it must an object) is two passes over a megabyte.
        "json" => {
            let text = match content.as_string() {
                Some(text) => text,
                None => json_text(&content).map_err(|e| JsError::new(&format!("{label}: {e}")))?,
            };
            register_from_json(&text)
        }
        "csv" => {
            let text = content.as_string().ok_or_else(|| JsError::new("a CSV register is passed as text"))?;
            Register::from_csv_str(&text)
        }
        other => return Err(JsError::new(&format!("unknown register format \"{other}\": use json or csv"))),
    }
    .map_err(|e| JsError::new(&format!("{label}: {e}")))?;
    let summary = REGISTERS.with_borrow_mut(|registers| registers.load(label, register));
    to_js(&summary)
}

/// A register from JSON text with the wasm's own reader (the CLI uses
/// `Register::from_json_str`, serde_json; both name a bad field by its path).
pub fn register_from_json(text: &str) -> Result<Register, RegisterError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text); // a byte-order mark from an editor
    let value = json::parse(text).map_err(|e| RegisterError::new(e.to_string()))?;
    let file = from_json::register_file(&value).map_err(|e| RegisterError {
        line: None,
        field: (!e.path.is_empty()).then_some(e.path),
        message: e.message,
    })?;
    Register::from_file(file)
}

/// Removes the register loaded under `label`, or every register without one.
#[wasm_bindgen(js_name = registerClear)]
pub fn register_clear(label: Option<String>) {
    REGISTERS.with_borrow_mut(|registers| registers.remove(label.as_deref()));
}

/// The loaded registers: `[{ label, people, roles }]`.
#[wasm_bindgen(js_name = registerList)]
pub fn register_list() -> Result<JsValue, JsError> {
    to_js(&REGISTERS.with_borrow(|registers| registers.list()))
}

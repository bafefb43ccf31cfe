//! The wasm layer: converts JavaScript values to core types and back.
//! Nothing here analyses text.

use crate::register::{Date, Register, RegisterSet};
use crate::{Knowledge, Options};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

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
}

fn today() -> Date {
    Date::from_days_since_epoch((date_now() / 86_400_000.0).floor() as i64)
}

/// Analyses `text` with an optional options object; returns a plain object
/// (the Report). Bad options throw an `Error` with a readable message.
#[wasm_bindgen]
pub fn analyze(text: &str, options: JsValue) -> Result<JsValue, JsError> {
    let options: Options = if options.is_undefined() || options.is_null() {
        Options::default()
    } else {
        serde_wasm_bindgen::from_value(options).map_err(|e| JsError::new(&format!("invalid options: {e}")))?
    };
    let report = REGISTERS.with_borrow_mut(|registers| {
        let knowledge = Knowledge { register: registers.merged(), today: Some(today()) };
        crate::analyze_with(text, &options, &knowledge)
    });
    let report = report.map_err(|e| JsError::new(&e.to_string()))?;
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    report.serialize(&serializer).map_err(|e| JsError::new(&format!("could not return the report: {e}")))
}

/// The factlint version, e.g. "0.1.0".
#[wasm_bindgen]
pub fn version() -> String {
    crate::VERSION.to_string()
}

/// Every rule with its id, category, default severity and summary.
#[wasm_bindgen]
pub fn rules() -> Result<JsValue, JsError> {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    crate::checks::rules().serialize(&serializer).map_err(|e| JsError::new(&e.to_string()))
}

use serde::Serialize;

/// Loads a register under `label` (replacing one with that label) and
/// returns `{ label, people, roles }`. `format` is `json` (content: the
/// parsed object) or `csv` (content: the file's text). A malformed register
/// throws an Error naming the line and field; loaded registers are kept.
#[wasm_bindgen(js_name = registerLoad)]
pub fn register_load(label: &str, format: &str, content: JsValue) -> Result<JsValue, JsError> {
    let register = match format {
        "json" if content.is_string() => {
            return Err(JsError::new("pass a JSON register as the parsed object (JSON.parse), not as text"))
        }
        "json" => Register::from_deserializer(serde_wasm_bindgen::Deserializer::from(content)),
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

fn to_js(value: &impl Serialize) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&e.to_string()))
}

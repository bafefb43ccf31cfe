//! The wasm layer: converts JavaScript values to core types and back.
//! Nothing here analyses text.

use crate::Options;
use wasm_bindgen::prelude::*;

/// Analyses `text` with an optional options object; returns a plain object
/// (the Report). Bad options throw an `Error` with a readable message.
#[wasm_bindgen]
pub fn analyze(text: &str, options: JsValue) -> Result<JsValue, JsError> {
    let options: Options = if options.is_undefined() || options.is_null() {
        Options::default()
    } else {
        serde_wasm_bindgen::from_value(options).map_err(|e| JsError::new(&format!("invalid options: {e}")))?
    };
    let report = crate::analyze(text, &options).map_err(|e| JsError::new(&e.to_string()))?;
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

//! The wasm API in real headless Chromium (wasm-bindgen-test-runner with
//! chromedriver): `scripts/test.sh` runs these with
//! `cargo test --target wasm32-unknown-unknown`.
#![cfg(target_arch = "wasm32")]

use factlint::bindings::wasm::{analyze, version};
use js_sys::{Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &JsValue::from_str(key)).expect("property")
}

const SEED_LEAD: &str = "China has launched a series of cyber-attacks against a group of MPs and peers in an attempt to disrupt their activities.";

#[wasm_bindgen_test]
fn analyze_returns_plain_objects_with_utf16_spans() {
    // The emoji before the lead shifts UTF-16 offsets by two units and UTF-8 by four.
    let text = format!("😀 Lead.\n\n{SEED_LEAD}\n\n{SEED_LEAD}");
    let report = analyze(&text, JsValue::UNDEFINED).expect("a report");
    let findings: Array = get(&report, "findings").dyn_into().expect("an array");
    assert_eq!(findings.length(), 1);
    let finding = findings.get(0);
    assert_eq!(get(&finding, "rule").as_string().unwrap(), "repetition/duplicate-sentence");
    let span = get(&finding, "span");
    let start = get(&span, "start").as_f64().unwrap() as u32;
    let end = get(&span, "end").as_f64().unwrap() as u32;
    // Slice the JavaScript string the way the page does.
    let js_text = js_sys::JsString::from(text.as_str());
    assert_eq!(String::from(js_text.slice(start, end)), SEED_LEAD);
    assert!(get(&report, "stats").is_object());
}

#[wasm_bindgen_test]
fn bad_options_throw_a_readable_error() {
    let options = Object::new();
    // `disable` must be a list of rule ids, not a number.
    Reflect::set(&options, &"disable".into(), &JsValue::from_f64(5.0)).unwrap();
    let error = analyze("Some text.", options.into()).expect_err("an error");
    let message = String::from(js_sys::Error::from(JsValue::from(error)).message());
    assert!(message.contains("invalid options"), "{message}");
}

#[wasm_bindgen_test]
fn version_is_the_crate_version() {
    assert_eq!(version(), env!("CARGO_PKG_VERSION"));
}

#[wasm_bindgen_test]
fn claims_resolve_dates_against_the_date_option() {
    let options = Object::new();
    Reflect::set(&options, &"date".into(), &"2024-03-24".into()).unwrap();
    let text =
        "On Monday, Parliament is expected to be informed of the attacks by the Deputy Prime Minister.";
    let report = analyze(text, options.into()).expect("a report");
    let claims: Array = get(&report, "claims").dyn_into().expect("an array");
    assert_eq!(claims.length(), 1);
    let claim = claims.get(0);
    let types: Array = get(&claim, "types").dyn_into().expect("an array");
    assert!(types.includes(&"prediction".into(), 0));
    let parts: Array = get(&claim, "parts").dyn_into().expect("an array");
    let monday =
        parts.iter().find(|p| get(p, "text").as_string().as_deref() == Some("Monday")).expect("Monday");
    assert_eq!(get(&get(&monday, "resolved"), "label").as_string().unwrap(), "2024-03-25");
    assert_eq!(get(&monday, "type").as_string().unwrap(), "date");
}

#[wasm_bindgen_test]
fn a_malformed_date_option_throws() {
    let options = Object::new();
    Reflect::set(&options, &"date".into(), &"24/03/2024".into()).unwrap();
    let error = analyze("Some text.", options.into()).expect_err("an error");
    let message = String::from(js_sys::Error::from(JsValue::from(error)).message());
    assert!(message.contains("YYYY-MM-DD"), "{message}");
}

/// The page loads the register lazily as JSON and hands the parsed object to
/// the core, which reads it back as JSON text (`JSON.stringify`).
mod register {
    use factlint::checks::register::{check_mentions, Dates, PersonMention, RoleMention, ROLE_HELD_BY_OTHER};
    use factlint::register::{Date, Register};
    use factlint::text::Span;
    use wasm_bindgen_test::*;

    fn from_js(json: &str) -> Result<Register, String> {
        let object = js_sys::JSON::parse(json).map_err(|_| "not JSON".to_string())?;
        let text = js_sys::JSON::stringify(&object).map_err(|_| "not JSON".to_string())?;
        factlint::bindings::wasm::register_from_json(&String::from(text)).map_err(|e| e.to_string())
    }

    fn person(name: &str, at: usize, phrase: &str, phrase_at: usize) -> PersonMention {
        PersonMention {
            name: name.into(),
            aliases: vec![],
            span: Span::new(at, at + name.len()),
            roles: vec![RoleMention {
                span: Span::new(phrase_at, phrase_at + phrase.len()),
                phrase: phrase.into(),
                ..RoleMention::default()
            }],
        }
    }

    #[wasm_bindgen_test]
    fn the_builtin_register_loads_from_a_js_object_and_finds_the_seed_error() {
        let register = from_js(include_str!("../www/data/register.json")).expect("the register loads");
        let people = [
            person("Sir Iain Duncan Smith", 0, "a former education minister", 23),
            person("Tim Loughton", 60, "a member of parliament", 74),
        ];
        let mut findings = Vec::new();
        check_mentions(
            &register,
            &people,
            Dates { article: Date::parse("2024-03-24"), today: None },
            &mut findings,
        );
        assert_eq!(findings.len(), 1);
        assert_eq!(findings[0].rule, ROLE_HELD_BY_OTHER);
        assert!(findings[0].message.contains("Tim Loughton"));
    }

    #[wasm_bindgen_test]
    fn a_malformed_register_object_is_a_readable_error() {
        let error = from_js(r#"{"format": "factlint-register", "version": 1, "people": [{"name": "A B", "roles": [{"title": "Mayor", "start": "2024-02-30"}]}]}"#)
            .expect_err("an error");
        assert!(error.contains("2024-02-30"), "{error}");
    }
}

#[wasm_bindgen_test]
fn sources_option_aligns_and_points_into_the_source() {
    let source = Object::new();
    Reflect::set(&source, &"label".into(), &"wire".into()).unwrap();
    Reflect::set(&source, &"text".into(), &"Wire copy 😀.\n\nFlooding killed 537 people on Monday.".into())
        .unwrap();
    let options = Object::new();
    Reflect::set(&options, &"sources".into(), &Array::of1(&source)).unwrap();
    let report = analyze("Flooding killed 53 people on Monday.", options.into()).expect("a report");
    let findings: Array = get(&report, "findings").dyn_into().expect("an array");
    let finding = findings.get(0);
    assert_eq!(get(&finding, "rule").as_string().unwrap(), "source/number-changed");
    let related = Array::from(&get(&finding, "related")).get(0);
    assert_eq!(get(&related, "source").as_string().unwrap(), "wire");
    // UTF-16 offsets into the source: "Wire copy 😀.\n\n" is 15 units (17 bytes).
    assert_eq!(get(&get(&related, "span"), "start").as_f64(), Some(15.0));
    let alignment: Array = get(&report, "alignment").dyn_into().expect("an alignment array");
    assert_eq!(get(&alignment.get(0), "status").as_string().unwrap(), "changed");
}

//! Prints each sentence of a file on its own line: `cargo run --example sentences FILE`.
fn main() {
    let path = std::env::args().nth(1).expect("usage: sentences FILE");
    let text = std::fs::read_to_string(&path).expect("readable UTF-8 file");
    let doc = factlint::text::Document::new(&text);
    for (i, s) in doc.sentences.iter().enumerate() {
        println!("S{} [P{}] {}", i + 1, s.paragraph + 1, doc.slice(s.span).replace('\n', "⏎"));
    }
}

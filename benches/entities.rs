//! Who's-who speed: the extractor and the consistency checks run on every
//! keystroke in the page, so a 1,000-word article must take well under 1 ms
//! natively for this part. The text is built from the crafted sentences
//! below (no third-party article is copied into the repo), repeated to
//! about 1,000 words.
//!
//! `cargo bench --bench entities`

// The allocator of the `factlint` command (src/bin/factlint.rs), so the figures are its figures.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use criterion::{criterion_group, criterion_main, Criterion};
use factlint::checks::{run_all, Context};
use factlint::extract::entities::extract;
use factlint::text::Document;
use factlint::Options;
use std::hint::black_box;

const PARAGRAPH: &str = "\
On Monday, Parliament will be told by the Deputy Prime Minister, Oliver Dowden, that the attacks were real. \
Sir Iain Duncan Smith, a former Conservative leader, and Tim Loughton, a member of parliament, met Alison Giles, \
the director of security for parliament. Duncan Smith and Loughton are members of the Inter-Parliamentary Alliance \
on China (Ipac), which monitors Beijing. The Sunday Times reported that David Cameron, the foreign secretary, will \
speak. Security minister Tom Tugendhat said six workers are missing. Tory MP Alicia Kearns, who leads the foreign \
affairs select committee, said the ISC had warned of it. Ms Kearns added that the seven missing workers were found.\n\n";

fn article() -> String {
    let words_per_paragraph = PARAGRAPH.split_whitespace().count();
    PARAGRAPH.repeat(1000 / words_per_paragraph + 1)
}

fn bench(c: &mut Criterion) {
    let text = article();
    let doc = Document::new(&text);
    c.bench_function(&format!("entities/extract {} words", doc.words.len()), |b| {
        b.iter(|| extract(black_box(&doc)))
    });
    let options = Options { disable: vec!["repetition".into()], ..Options::default() };
    let extracted = factlint::extract::extract(&doc, &options, factlint::parallel::Threads::ONE);
    c.bench_function(&format!("entities/consistency checks {} words", doc.words.len()), |b| {
        b.iter(|| {
            let cx = Context {
                doc: black_box(&doc),
                options: &options,
                extracted: &extracted,
                knowledge: &Default::default(),
            };
            run_all(&cx, Vec::new())
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);

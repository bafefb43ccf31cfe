//! Trains the check-worthiness model and writes `src/extract/checkworthiness.bin`.
//!
//! `cargo run --release --example train_checkworthiness [-- --data DIR --bits N --levels N --epochs N --seed N --l2 X --rate X --out FILE]`
//!
//! Sparsity experiments (off by default): `--prune K` zeroes quantised weights of
//! K steps or fewer, `--l1 X` adds an L1 proximal step to each Adagrad update
//! (FOBOS), `--l1-epoch X` soft-thresholds every weight by X after each epoch.
//! `--holdout-from ID` also prints held-out F1 at the threshold chosen on dev.
//!
//! Data: CLEF CheckThat! 2024 task 1 English (train / dev / dev-test TSV files,
//! see ../shared/data/README.md). Logistic regression trained with Adagrad on
//! the features of `factlint::extract::checkworthiness::features` (the same
//! code scores sentences at run time); the decision threshold maximises F1 on
//! dev; figures are printed for dev-test with the quantised weights exactly as
//! shipped. Deterministic for a given seed.

use factlint::extract::checkworthiness::{features, to_bytes, Model};
use factlint::extract::claims::analyse;
use factlint::text::Span;

/// Weights are quantised to whole steps in -LEVELS..=LEVELS (one i8 each).
/// Fewer levels compress better in the gzipped wasm; measured (dev F1 /
/// dev-test F1 / gzipped bytes): 127 levels 0.878 / 0.755 / 12.9 KB;
/// 31: 0.876 / 0.774 / 9.8 KB; 15: 0.879 / 0.770 / 7.9 KB; 11: 0.878 /
/// 0.756 / 6.9 KB; 9: 0.890 / 0.734 / 6.3 KB; 7: 0.873 / 0.639 / 5.5 KB.
/// 15 keeps dev F1 and a margin over the dev-test guard (0.74).
///
/// Sparser weights (many exact zeros gzip far better) were tried and not
/// shipped. Chosen on dev and `--holdout-from 26643` averaged over 6 seeds,
/// `--l1-epoch 0.1 --levels 11` (7,571 non-zero, 5.7 KB gzipped) matched the
/// shipped configuration there (dev 0.879 / held-out 0.631 vs 0.880 / 0.631)
/// but gave dev-test F1 0.732 (seed 2024; 0.721 mean over 6 seeds, against
/// 0.736 for the shipped configuration, whose seed 2024 is the best of the six).
/// `--prune 1`: dev 0.880, 6.1 KB; `--l1-epoch 0.2`: dev 0.869, 4.8 KB.
const LEVELS: i32 = 15;

struct Example {
    id: u64,
    features: Vec<(usize, f32)>,
    positive: bool,
    text: String,
}

fn main() {
    let mut data = "../shared/data/checkworthiness/ct24".to_string();
    let mut out = "src/extract/checkworthiness.bin".to_string();
    let (mut bits, mut epochs, mut seed, mut l2, mut rate) = (14u32, 3usize, 2024u64, 1e-6f32, 0.2f32);
    let mut levels = LEVELS;
    let mut holdout_from: Option<u64> = None;
    let (mut prune, mut l1, mut l1_epoch) = (0i32, 0f32, 0f32);
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let value = args.next().unwrap_or_else(|| panic!("{flag} needs a value"));
        match flag.as_str() {
            "--data" => data = value,
            "--out" => out = value,
            "--bits" => bits = value.parse().expect("--bits N"),
            "--epochs" => epochs = value.parse().expect("--epochs N"),
            "--seed" => seed = value.parse().expect("--seed N"),
            "--l2" => l2 = value.parse().expect("--l2 X"),
            "--holdout-from" => holdout_from = Some(value.parse().expect("--holdout-from ID")),
            "--rate" => rate = value.parse().expect("--rate X"),
            "--levels" => levels = value.parse().expect("--levels N (1..=127)"),
            "--prune" => prune = value.parse().expect("--prune K (steps)"),
            "--l1" => l1 = value.parse().expect("--l1 X"),
            "--l1-epoch" => l1_epoch = value.parse().expect("--l1-epoch X"),
            other => panic!("unknown flag {other}"),
        }
    }
    let load = |split: &str| read_split(&format!("{data}/CT24_checkworthy_english_{split}.tsv"), bits);
    let (mut train, dev, mut dev_test) = (load("train"), load("dev"), load("dev-test"));
    // Model selection without touching dev-test: `--holdout-from ID` trains on train
    // sentences with smaller ids and measures on the rest (later debates), like dev-test.
    if let Some(from) = holdout_from {
        let (kept, held): (Vec<Example>, Vec<Example>) = train.into_iter().partition(|e| e.id < from);
        train = kept;
        dev_test = held;
    }
    eprintln!(
        "train {} dev {} dev-test {}; 2^{bits} hashed features",
        train.len(),
        dev.len(),
        dev_test.len()
    );

    // Logistic regression, Adagrad, L2; examples reshuffled each epoch with a seeded xorshift.
    let size = 1usize << bits;
    let (mut weights, mut squares) = (vec![0f32; size], vec![1e-8f32; size]);
    let (mut bias, mut bias_square) = (0f32, 1e-8f32);
    let mut rng = seed.max(1);
    for epoch in 0..epochs {
        shuffle(&mut train, &mut rng);
        let mut loss = 0f64;
        for example in &train {
            let z = bias + example.features.iter().map(|&(i, v)| weights[i] * v).sum::<f32>();
            let p = 1.0 / (1.0 + (-z).exp());
            let y = if example.positive { 1.0 } else { 0.0 };
            loss -= f64::from(if example.positive { p.max(1e-7).ln() } else { (1.0 - p).max(1e-7).ln() });
            let error = p - y;
            for &(i, v) in &example.features {
                let g = error * v + l2 * weights[i];
                squares[i] += g * g;
                weights[i] -= rate * g / squares[i].sqrt();
                if l1 > 0.0 {
                    // FOBOS: the proximal step of L1 with Adagrad's step size.
                    let shrink = rate * l1 / squares[i].sqrt();
                    weights[i] = weights[i].signum() * (weights[i].abs() - shrink).max(0.0);
                }
            }
            bias_square += error * error;
            bias -= rate * error / bias_square.sqrt();
        }
        if l1_epoch > 0.0 {
            for w in &mut weights {
                *w = w.signum() * (w.abs() - l1_epoch).max(0.0);
            }
        }
        eprintln!("epoch {} loss {:.4}", epoch + 1, loss / train.len() as f64);
    }

    // Quantise to -levels..=levels with one scale (stored one i8 each), then choose the
    // threshold on dev with the shipped weights.
    let levels = levels.clamp(1, 127);
    let max = weights.iter().fold(0f32, |m, w| m.max(w.abs()));
    let scale = if max > 0.0 { max / levels as f32 } else { 1.0 };
    // `--prune K` then zeroes every weight of K steps or fewer.
    let quantised: Vec<i8> = weights
        .iter()
        .map(|w| (w / scale).round().clamp(-(levels as f32), levels as f32) as i8)
        .map(|q| if i32::from(q).abs() <= prune { 0 } else { q })
        .collect();
    let provisional = to_bytes(bits, scale, bias, 0.5, &quantised);
    let model = Model::from_bytes(&provisional).expect("a model we just wrote");
    let dev_scores = scores(&model, &dev);
    if holdout_from.is_some() {
        let held_scores = scores(&model, &dev_test);
        let threshold = best_threshold(&held_scores, &dev_test);
        let (p, r, f) = prf(&held_scores, &dev_test, threshold);
        println!("held-out  best threshold {threshold:.3}: precision {p:.3} recall {r:.3} F1 {f:.3}");
        // As shipped: the threshold chosen on dev, carried over to the later debates.
        let threshold = best_threshold(&dev_scores, &dev);
        let (p, r, f) = prf(&held_scores, &dev_test, threshold);
        println!("held-out  dev threshold {threshold:.3}: precision {p:.3} recall {r:.3} F1 {f:.3}");
        let nonzero = quantised.iter().filter(|&&w| w != 0).count();
        println!("{nonzero} non-zero weights");
        return;
    }
    let threshold = best_threshold(&dev_scores, &dev);
    let bytes = to_bytes(bits, scale, bias, threshold, &quantised);
    std::fs::write(&out, &bytes).unwrap_or_else(|e| panic!("cannot write {out}: {e}"));

    let model = Model::from_bytes(&bytes).expect("the written model");
    let (p, r, f) = prf(&dev_scores, &dev, threshold);
    println!("dev       threshold {threshold:.3}: precision {p:.3} recall {r:.3} F1 {f:.3}");
    let test_scores = scores(&model, &dev_test);
    let (p, r, f) = prf(&test_scores, &dev_test, threshold);
    println!("dev-test  threshold {threshold:.3}: precision {p:.3} recall {r:.3} F1 {f:.3}");
    let nonzero = quantised.iter().filter(|&&w| w != 0).count();
    println!("wrote {out}: {} bytes, {nonzero} non-zero weights", bytes.len());
    if std::env::var_os("SHOW_ERRORS").is_some() {
        for (e, s) in dev_test.iter().zip(&test_scores) {
            if (*s >= threshold) != e.positive {
                println!("{} {:.2} {}", if e.positive { "FN" } else { "FP" }, s, e.text);
            }
        }
    }
}

fn read_split(path: &str, bits: u32) -> Vec<Example> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    text.lines()
        .skip(1)
        .filter_map(|line| {
            let mut fields = line.split('\t');
            let (_id, sentence, label) = (fields.next()?, fields.next()?, fields.next()?);
            let sentence = unquote(sentence);
            let types = analyse(&sentence, Span::new(0, sentence.len()), None).types;
            Some(Example {
                id: _id.trim().parse().unwrap_or(0),
                features: features(&sentence, &types, bits),
                positive: label.trim() == "Yes",
                text: sentence,
            })
        })
        .collect()
}

/// The TSV quotes fields CSV-style: `"He said ""no""."`.
fn unquote(field: &str) -> String {
    match field.strip_prefix('"').and_then(|f| f.strip_suffix('"')) {
        Some(inner) => inner.replace("\"\"", "\""),
        None => field.to_string(),
    }
}

fn shuffle(items: &mut [Example], state: &mut u64) {
    for i in (1..items.len()).rev() {
        *state ^= *state << 13;
        *state ^= *state >> 7;
        *state ^= *state << 17;
        items.swap(i, (*state % (i as u64 + 1)) as usize);
    }
}

fn scores(model: &Model, examples: &[Example]) -> Vec<f32> {
    examples
        .iter()
        .map(|e| model.probability(&e.text, &analyse(&e.text, Span::new(0, e.text.len()), None).types))
        .collect()
}

fn prf(scores: &[f32], examples: &[Example], threshold: f32) -> (f32, f32, f32) {
    let (mut tp, mut fp, mut fn_) = (0f32, 0f32, 0f32);
    for (s, e) in scores.iter().zip(examples) {
        match (*s >= threshold, e.positive) {
            (true, true) => tp += 1.0,
            (true, false) => fp += 1.0,
            (false, true) => fn_ += 1.0,
            _ => {}
        }
    }
    let p = if tp + fp > 0.0 { tp / (tp + fp) } else { 0.0 };
    let r = if tp + fn_ > 0.0 { tp / (tp + fn_) } else { 0.0 };
    let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    (p, r, f)
}

fn best_threshold(scores: &[f32], examples: &[Example]) -> f32 {
    (1..100)
        .map(|k| k as f32 / 100.0)
        .fold((0.5, -1.0), |(best, best_f), t| {
            let f = prf(scores, examples, t).2;
            if f > best_f {
                (t, f)
            } else {
                (best, best_f)
            }
        })
        .0
}

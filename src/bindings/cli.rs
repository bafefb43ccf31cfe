//! The command line: `factlint check [--format text|json] [FILE|-]`.
//!
//! Exit status: 0 when no finding is an error, 1 when at least one is,
//! 2 when the input or the options could not be read.

use crate::parallel::Threads;
use crate::register::{Date, Register};
use crate::report::{FindingOut, Report, Severity};
use crate::{analyze_on, Knowledge, Options};
use std::io::{IsTerminal, Read, Write};
use std::process::ExitCode;

const USAGE: &str = "\
factlint: an offline fact-check assistant for news text

Usage:
  factlint check [--format text|json] [--disable RULE]... [--date YYYY-MM-DD] [--claims]
                 [--register FILE]... [--no-builtin-register] [--source FILE]...
                 [--threads N] [FILE|-]
  factlint rules            list every rule as JSON
  factlint --version

--date gives the publication date, against which relative dates (\"last
year\", \"on Monday\") in the claims are resolved; without it they are not.
--claims lists the claims in the text format too (the JSON always has them).
--register FILE adds a newsroom register (JSON or CSV) to the built-in one;
--no-builtin-register leaves the built-in register out.
--source FILE compares the text with a text it was written from (repeatable;
findings name each source by its file name).
--threads N analyses a long text (64 KB or more) on at most N threads; the
default is one per core. The report is the same on any number.
FILE defaults to standard input (also written `-`). Exit status: 0 when no
finding is an error, 1 when some are, 2 when input or options are bad.";

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Text,
    Json,
}

struct CheckArgs {
    format: Format,
    path: Option<String>,
    options: Options,
    /// Text format: also list the claims (JSON always has them).
    claims: bool,
    /// Newsroom registers to merge into the built-in one.
    registers: Vec<String>,
    builtin_register: bool,
    /// `--threads`; `None`: one per core (for a long text).
    threads: Option<Threads>,
}

/// Runs the CLI with the process arguments; the binary is just this.
pub fn main() -> ExitCode {
    match run() {
        Ok(code) => code,
        Err(message) => {
            eprintln!("factlint: {message}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<ExitCode, String> {
    use lexopt::prelude::*;
    let mut parser = lexopt::Parser::from_env();
    match parser.next().map_err(|e| e.to_string())? {
        Some(Value(command)) if command == "check" => check(parse_check(parser)?),
        Some(Value(command)) if command == "rules" => {
            let json = serde_json::to_string_pretty(&crate::checks::rules()).map_err(|e| e.to_string())?;
            println!("{json}");
            Ok(ExitCode::SUCCESS)
        }
        Some(Long("version")) | Some(Short('V')) => {
            println!("factlint {}", crate::VERSION);
            Ok(ExitCode::SUCCESS)
        }
        Some(Long("help")) | Some(Short('h')) => {
            println!("{USAGE}");
            Ok(ExitCode::SUCCESS)
        }
        Some(other) => Err(format!("{}\n\n{USAGE}", other.unexpected())),
        None => Err(format!("no command given\n\n{USAGE}")),
    }
}

fn parse_check(mut parser: lexopt::Parser) -> Result<CheckArgs, String> {
    use lexopt::prelude::*;
    let mut args = CheckArgs {
        format: Format::Text,
        path: None,
        options: Options::default(),
        claims: false,
        registers: Vec::new(),
        builtin_register: true,
        threads: None,
    };
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Long("format") | Short('f') => {
                args.format = match parser.value().map_err(|e| e.to_string())?.to_string_lossy().as_ref() {
                    "text" => Format::Text,
                    "json" => Format::Json,
                    other => return Err(format!("unknown format {other:?}: use text or json")),
                }
            }
            Long("claims") => args.claims = true,
            Long("register") => {
                args.registers.push(parser.value().map_err(|e| e.to_string())?.to_string_lossy().into())
            }
            Long("no-builtin-register") => args.builtin_register = false,
            Long("date") => {
                args.options.date = Some(parser.value().map_err(|e| e.to_string())?.to_string_lossy().into())
            }
            Long("disable") => {
                args.options.disable.push(parser.value().map_err(|e| e.to_string())?.to_string_lossy().into())
            }
            Long("source") | Short('s') => {
                let path: String = parser.value().map_err(|e| e.to_string())?.to_string_lossy().into();
                let (_, text) = read_input(Some(&path))?;
                let label = std::path::Path::new(&path)
                    .file_name()
                    .map_or_else(|| path.clone(), |name| name.to_string_lossy().into_owned());
                args.options.sources.push(crate::SourceInput { label, text });
            }
            Long("threads") | Short('j') => {
                let value = parser.value().map_err(|e| e.to_string())?.to_string_lossy().into_owned();
                match value.parse::<usize>() {
                    Ok(count) if count > 0 => args.threads = Some(Threads::at_most(count)),
                    _ => {
                        return Err(format!("--threads wants a number of threads, 1 or more, not {value:?}"))
                    }
                }
            }
            Long("help") | Short('h') => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            Value(path) if args.path.is_none() => args.path = Some(path.to_string_lossy().into()),
            other => return Err(format!("{}\n\n{USAGE}", other.unexpected())),
        }
    }
    Ok(args)
}

fn check(args: CheckArgs) -> Result<ExitCode, String> {
    let (name, text) = read_input(args.path.as_deref())?;
    let register = load_registers(&args)?;
    let knowledge = Knowledge { register: register.as_ref(), today: Some(Date::today()) };
    let threads = Threads::for_text(text.len());
    let threads = args.threads.map_or(threads, |limit| threads.min(limit));
    let report = analyze_on(&text, &args.options, &knowledge, threads).map_err(|e| e.to_string())?;
    // Streamed through a buffer: the locked stdout alone flushes at every line
    // break, a write call per line of a report that can run to 150 MB.
    let mut stdout = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    let written = match args.format {
        Format::Json => serde_json::to_writer_pretty(&mut stdout, &report)
            .map_err(|e| e.to_string())
            .and_then(|_| writeln!(stdout).map_err(|e| e.to_string())),
        Format::Text => write_text(&mut stdout, &name, &text, &report)
            .and_then(|_| if args.claims { write_claims(&mut stdout, &report) } else { Ok(()) })
            .map_err(|e| e.to_string()),
    }
    .and_then(|_| stdout.flush().map_err(|e| e.to_string()));
    // A closed pipe (`factlint check x | head`) is not an error worth a message.
    if let Err(e) = written {
        if !e.contains("Broken pipe") {
            return Err(format!("could not write the report: {e}"));
        }
    }
    let has_errors = report.findings.iter().any(|f| f.severity == Severity::Error);
    Ok(if has_errors { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// The built-in register (unless left out) merged with every `--register` file.
fn load_registers(args: &CheckArgs) -> Result<Option<Register>, String> {
    if !args.options.family_enabled("register") {
        return Ok(None);
    }
    let mut merged = if args.builtin_register {
        Some(Register::builtin().map_err(|e| format!("the built-in register is damaged: {e}"))?)
    } else {
        None
    };
    for path in &args.registers {
        let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read register {path}: {e}"))?;
        let register = Register::from_user_text(&text).map_err(|e| format!("register {path}: {e}"))?;
        match merged.as_mut() {
            Some(merged) => merged.merge(register),
            None => merged = Some(register),
        }
    }
    Ok(merged)
}

/// Reads the whole input as UTF-8; names it for diagnostics.
fn read_input(path: Option<&str>) -> Result<(String, String), String> {
    let (name, bytes) = match path {
        None | Some("-") => {
            let mut bytes = Vec::new();
            std::io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|e| format!("cannot read standard input: {e}"))?;
            ("<stdin>".to_string(), bytes)
        }
        Some(path) => {
            let bytes = std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?;
            (path.to_string(), bytes)
        }
    };
    match String::from_utf8(bytes) {
        Ok(text) => Ok((name, text)),
        Err(e) => Err(format!(
            "{name} is not UTF-8 text (invalid byte at offset {}); convert it first, e.g. with iconv",
            e.utf8_error().valid_up_to()
        )),
    }
}

/// Compiler-style diagnostics: location, severity, rule, message, the line
/// with the span underlined, and the evidence.
fn write_text(out: &mut impl Write, name: &str, text: &str, report: &Report) -> std::io::Result<()> {
    let colour = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let lines: Vec<&str> = text.lines().collect();
    for finding in &report.findings {
        let (paint, reset) = match (colour, finding.severity) {
            (false, _) => ("", ""),
            (true, Severity::Error) => ("\x1b[1;31m", "\x1b[0m"),
            (true, Severity::Warning) => ("\x1b[1;33m", "\x1b[0m"),
            (true, Severity::Info) => ("\x1b[1;36m", "\x1b[0m"),
        };
        let severity = match finding.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        };
        writeln!(
            out,
            "{name}:{}:{}: {paint}{severity}{reset}[{}]: {}",
            finding.line, finding.column, finding.rule, finding.message
        )?;
        write_underlined(out, &lines, finding)?;
        for related in &finding.related {
            let at = related.line.map(|l| format!(" (line {l})")).unwrap_or_default();
            let from = related.source.as_deref().map(|s| format!(" in {s}")).unwrap_or_default();
            writeln!(out, "   = {}{from}{at}: {}", related.note, one_line(&related.text, 120))?;
        }
        writeln!(out)?;
    }
    if !report.alignment.is_empty() {
        let count = |status| report.alignment.iter().filter(|a| a.status == status).count();
        use crate::checks::source::Status;
        writeln!(
            out,
            "{name}: against the sources, {} sentences supported, {} changed, {} unsupported",
            count(Status::Supported),
            count(Status::Changed),
            count(Status::Unsupported)
        )?;
    }
    let stats = &report.stats;
    writeln!(
        out,
        "{name}: {} errors, {} warnings, {} notes in {} sentences",
        stats.errors, stats.warnings, stats.infos, stats.sentences
    )
}

/// One line per claim (sentence, score, types), then its typed passages.
fn write_claims(out: &mut impl Write, report: &Report) -> std::io::Result<()> {
    writeln!(out, "\nclaims:")?;
    for claim in &report.claims {
        let mut types: Vec<&str> = claim.types.iter().map(|t| t.name()).collect();
        if types.is_empty() {
            types.push("no type");
        }
        let worthy = if claim.checkworthy { ", check-worthy" } else { "" };
        writeln!(
            out,
            "S{} (line {}) score {}{worthy}: {}\n   {}",
            claim.sentence_number,
            claim.sentence.line,
            claim.score,
            types.join(", "),
            one_line(&claim.sentence.text, 120)
        )?;
        for part in &claim.parts {
            let detail = match (&part.resolved, &part.value) {
                (Some(date), _) => format!(" → {}", date.label),
                (None, Some(value)) => format!(" ({value})"),
                (None, None) => String::new(),
            };
            writeln!(out, "   - {}: {}{detail}", part.kind.name(), one_line(&part.passage.text, 80))?;
        }
    }
    Ok(())
}

fn write_underlined(out: &mut impl Write, lines: &[&str], finding: &FindingOut) -> std::io::Result<()> {
    let Some(line) = lines.get(finding.line as usize - 1) else {
        return Ok(());
    };
    let line = line.trim_end_matches('\r');
    let gutter = finding.line.to_string().len();
    let start = finding.column as usize - 1;
    let end =
        if finding.end_line == finding.line { finding.end_column as usize - 1 } else { line.chars().count() };
    let width = end.saturating_sub(start).max(1);
    writeln!(out, "{:gutter$} |", "")?;
    writeln!(out, "{} | {line}", finding.line)?;
    writeln!(out, "{:gutter$} | {}{}", "", " ".repeat(start), "^".repeat(width))
}

fn one_line(text: &str, max_chars: usize) -> String {
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max_chars {
        return flat;
    }
    let cut: String = flat.chars().take(max_chars - 1).collect();
    format!("{cut}…")
}

//! Newsroom registers as CSV: the format a desk can keep in a spreadsheet.
//!
//! ```text
//! person,aliases,role,organisation,start,end,party
//! Tim Loughton,Timothy Loughton|Mr Loughton,Minister for Children and Families,Department for Education,2010-05-14,2012-09-04,Conservative
//! Alison Giles,,Director of Security,Parliament,2019-06-01,,
//! ```
//!
//! - The first line names the columns, in any order; only `person` is required.
//!   `organization` is accepted for `organisation`.
//! - One row per role. Rows with the same person add up.
//! - `aliases` are separated by `|`. Dates are `YYYY-MM-DD`; an empty `end`
//!   means the role is still held.
//! - `party`: on a row with a role, the person's party (undated); on a row
//!   without a role, a party spell from `start` to `end`.
//! - Fields may be quoted (`"Foreign, Commonwealth and Development Office"`),
//!   with `""` for a quote inside. Blank lines and lines starting with `#` are skipped.
//!
//! A hand-written reader rather than the `csv` crate: it is small, and every
//! dependency adds to the bytes each reader of the page downloads.

use super::{Date, PartySpell, Person, Register, RegisterError, Role};

const COLUMNS: &[&str] = &["person", "aliases", "role", "organisation", "start", "end", "party"];

impl Register {
    /// Reads a newsroom register in CSV. The first error stops the load and
    /// names its line and column.
    pub fn from_csv_str(text: &str) -> Result<Register, RegisterError> {
        // Records are read and added one at a time: a million-row file never
        // exists as a million vectors of fields.
        let mut columns: Option<Vec<String>> = None;
        let mut register = Register::default();
        // Rows of one person (by name or alias) add up, as registers merge.
        let mut grown = super::Grown::default();
        for_each_record(text.strip_prefix('\u{feff}').unwrap_or(text), |line, fields| {
            if let Some(columns) = &columns {
                register.add_person(read_row(columns, line, &fields)?, &mut grown);
            } else {
                columns = Some(read_header(line, &fields)?);
            }
            Ok(())
        })?;
        if columns.is_none() {
            return Err(RegisterError::new("the file is empty: expected a header line naming the columns"));
        }
        register.finish(grown);
        Ok(register)
    }
}

/// One row: a person with at most one role and one party.
fn read_row(columns: &[String], line: usize, fields: &[String]) -> Result<Person, RegisterError> {
    if fields.len() != columns.len() {
        return Err(RegisterError {
            line: Some(line),
            field: None,
            message: format!("expected {} fields like the header, found {}", columns.len(), fields.len()),
        });
    }
    let get = |name: &str| columns.iter().position(|c| c == name).map_or("", |i| fields[i].trim());
    let name = get("person");
    if super::name_key(name).is_empty() {
        return Err(RegisterError::at(line, "person", "the person's name is empty"));
    }
    let date = |field: &str| -> Result<Option<Date>, RegisterError> {
        let text = get(field);
        if text.is_empty() {
            return Ok(None);
        }
        Date::parse(text).map(Some).ok_or_else(|| {
            RegisterError::at(line, field, format!("\"{text}\" is not a date of the form YYYY-MM-DD"))
        })
    };
    let (start, end) = (date("start")?, date("end")?);
    if let (Some(s), Some(e)) = (start, end) {
        if e < s {
            return Err(RegisterError::at(line, "end", format!("the end {e} is before the start {s}")));
        }
    }
    let (title, organisation, party) = (get("role"), get("organisation"), get("party"));
    if title.is_empty() && !organisation.is_empty() {
        return Err(RegisterError::at(line, "role", "an organisation is given but no role"));
    }

    let mut aliases = Vec::new();
    for alias in get("aliases").split('|') {
        let alias = alias.trim();
        if !alias.is_empty() {
            aliases.push(alias.to_string());
        }
    }
    let mut person = Person { name: name.to_string(), aliases, parties: vec![], roles: vec![] };
    if !title.is_empty() {
        person.roles.push(Role {
            title: title.to_string(),
            organisation: (!organisation.is_empty()).then(|| organisation.to_string()),
            start,
            end,
            rank: None,
        });
    }
    if !party.is_empty() {
        let (start, end) = if title.is_empty() { (start, end) } else { (None, None) };
        person.parties.push(PartySpell { party: party.to_string(), start, end });
    }
    Ok(person)
}

fn read_header(line: usize, header: &[String]) -> Result<Vec<String>, RegisterError> {
    let mut columns = Vec::new();
    for name in header {
        let name = crate::text::case::lowercase(name.trim());
        let name = if name == "organization" { "organisation".to_string() } else { name };
        if !COLUMNS.contains(&name.as_str()) {
            return Err(RegisterError::at(
                line,
                &name,
                format!("unknown column; the columns are {}", COLUMNS.join(", ")),
            ));
        }
        if columns.contains(&name) {
            return Err(RegisterError::at(line, &name, "this column appears twice"));
        }
        columns.push(name);
    }
    if !columns.iter().any(|c| c == "person") {
        return Err(RegisterError::at(line, "person", "the header has no `person` column"));
    }
    Ok(columns)
}

/// Splits CSV text into records of fields and hands each to `on_record`
/// with the line it starts on; the first error stops the reading.
fn for_each_record(
    text: &str,
    mut on_record: impl FnMut(usize, Vec<String>) -> Result<(), RegisterError>,
) -> Result<(), RegisterError> {
    let mut fields: Vec<String> = Vec::new();
    let mut field = String::new();
    let mut in_quotes = false;
    let mut line = 1;
    let mut record_line = 1;
    let mut chars = text.chars().peekable();
    // Whether the current record has any content yet (blank lines are skipped).
    let mut started = false;
    // Whether its first field was quoted: `"#1 fan",...` is a row, not a comment.
    let mut first_quoted = false;

    while let Some(ch) = chars.next() {
        if in_quotes {
            match ch {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => in_quotes = false,
                '\n' => {
                    line += 1;
                    field.push('\n');
                }
                _ => field.push(ch),
            }
            continue;
        }
        match ch {
            '"' if field.trim().is_empty() => {
                field.clear();
                in_quotes = true;
                started = true;
                first_quoted |= fields.is_empty();
            }
            ',' => {
                fields.push(std::mem::take(&mut field));
                started = true;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' => {
                if let Some(fields) = finish_record(&mut fields, &mut field, started, first_quoted) {
                    on_record(record_line, fields)?;
                }
                started = false;
                first_quoted = false;
                line += 1;
                record_line = line;
            }
            _ => {
                field.push(ch);
                started = true;
            }
        }
    }
    if in_quotes {
        return Err(RegisterError {
            line: Some(record_line),
            field: None,
            message: "a quoted field is never closed".into(),
        });
    }
    match finish_record(&mut fields, &mut field, started, first_quoted) {
        Some(fields) => on_record(record_line, fields),
        None => Ok(()),
    }
}

/// The record just read, unless it was blank or a comment (a line starting
/// with an unquoted `#`).
fn finish_record(
    fields: &mut Vec<String>,
    field: &mut String,
    started: bool,
    first_quoted: bool,
) -> Option<Vec<String>> {
    fields.push(std::mem::take(field));
    let fields = std::mem::take(fields);
    let comment = !first_quoted && fields.first().is_some_and(|f| f.trim_start().starts_with('#'));
    (started && !comment).then_some(fields)
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "person,aliases,role,organisation,start,end,party\n";

    #[test]
    fn reads_people_roles_aliases_and_parties() {
        let text = format!(
            "{HEADER}Tim Loughton,Timothy Loughton|Mr Loughton,Minister for Children and Families,Department for Education,2010-05-14,2012-09-04,Conservative\r\n\
             \"Giles, Alison\",,Director of Security,\"Parliament, \"\"Westminster\"\"\",2019-06-01,,\n\
             # a comment line\n\n\
             Tim Loughton,,,,1997-05-01,,Conservative\n"
        );
        let reg = Register::from_csv_str(&text).unwrap();
        assert_eq!(reg.people().len(), 2);
        let tim = reg.lookup("Mr Loughton");
        assert_eq!(tim.len(), 1);
        assert_eq!(tim[0].aliases, ["Timothy Loughton", "Mr Loughton"]);
        assert_eq!(
            tim[0].roles[0].describe(),
            "Minister for Children and Families, Department for Education, 2010–2012"
        );
        assert_eq!(tim[0].parties.len(), 2, "the undated party and the dated spell");
        let giles = reg.lookup("Giles, Alison");
        assert_eq!(giles[0].roles[0].organisation.as_deref(), Some("Parliament, \"Westminster\""));
        assert_eq!(giles[0].roles[0].end, None);
    }

    #[test]
    fn columns_may_come_in_any_order_and_only_person_is_required() {
        let reg = Register::from_csv_str("Role,Person\nMayor,Ann Example\n").unwrap();
        assert_eq!(reg.lookup("Ann Example")[0].roles[0].title, "Mayor");
        assert!(Register::from_csv_str("role\nMayor\n")
            .unwrap_err()
            .to_string()
            .contains("no `person` column"));
    }

    #[test]
    fn errors_name_the_line_and_field() {
        let bad_date = format!("{HEADER}A Person,,Mayor,Town,2020-01-01,2021-02-30,\n");
        let error = Register::from_csv_str(&bad_date).unwrap_err();
        assert_eq!((error.line, error.field.as_deref()), (Some(2), Some("end")));
        assert_eq!(
            error.to_string(),
            "line 2, field `end`: \"2021-02-30\" is not a date of the form YYYY-MM-DD"
        );

        let reversed = format!("{HEADER}\nA Person,,Mayor,Town,2020-01-01,2019-01-01,\n");
        let error = Register::from_csv_str(&reversed).unwrap_err();
        assert_eq!((error.line, error.field.as_deref()), (Some(3), Some("end")));

        let no_name = format!("{HEADER}A Person,,Mayor,,,,\n  ,,Mayor,,,,\n");
        assert_eq!(Register::from_csv_str(&no_name).unwrap_err().field.as_deref(), Some("person"));

        let short_row = format!("{HEADER}A Person,Mayor\n");
        assert_eq!(Register::from_csv_str(&short_row).unwrap_err().line, Some(2));

        let unknown = "person,job\n";
        assert_eq!(Register::from_csv_str(unknown).unwrap_err().field.as_deref(), Some("job"));

        let unclosed = format!("{HEADER}A Person,\"open,Mayor,,,,\n");
        assert_eq!(Register::from_csv_str(&unclosed).unwrap_err().line, Some(2));

        assert!(Register::from_csv_str("").is_err());
    }

    #[test]
    fn a_quoted_field_starting_with_a_hash_is_a_row_not_a_comment() {
        let reg = Register::from_csv_str("person,role\n# a comment\n\"#1 Fan\",Mayor\n").unwrap();
        assert_eq!(reg.people().len(), 1);
        assert_eq!(reg.people()[0].name, "#1 Fan");
    }

    #[test]
    fn a_quoted_line_break_counts_for_later_line_numbers() {
        let text = format!("{HEADER}A Person,,\"Mayor\nof Town\",,,,\nB Person,,Mayor,,20-01-01,,\n");
        assert_eq!(Register::from_csv_str(&text).unwrap_err().line, Some(4));
    }

    #[test]
    fn junk_input_gives_an_error_or_a_register_never_a_panic() {
        for junk in [
            "\u{0}\u{1}\u{2}",
            "\"",
            ",,,,\n\"\"\"",
            "person\n\u{202e}שלום 🎉\n",
            "\r\r\r",
            "person\r\nA\rB\r\n",
        ] {
            let _ = Register::from_csv_str(junk);
        }
        let reg = Register::from_csv_str("person\r\nA\rB\r\n").unwrap();
        assert_eq!(reg.people().len(), 2);
    }
}

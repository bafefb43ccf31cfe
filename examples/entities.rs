//! Prints the entity sheet of a file: `cargo run --example entities FILE`.
fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: entities FILE");
        std::process::exit(2);
    };
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        eprintln!("{path}: {e}");
        std::process::exit(2);
    });
    let doc = factlint::text::Document::new(&text);
    let found = factlint::extract::entities::extract(&doc);
    for entity in &found.entities {
        let mentions: Vec<&str> = entity.mentions.iter().map(|m| doc.slice(m.span)).collect();
        println!("{:?} {} {:?} acronym={:?}", entity.kind, entity.name, mentions, entity.acronym);
        for role in &entity.roles {
            println!(
                "    {:?} {:?} office={:?} q={:?} party={:?} house={:?} singular={}",
                role.pattern,
                doc.slice(role.span),
                role.office,
                role.qualifiers,
                role.party,
                role.house,
                role.is_singular_office()
            );
        }
    }
    for definition in &found.acronyms {
        println!("acronym {} = {}", definition.acronym, definition.expansion);
    }
    let unresolved: Vec<&str> = found.unresolved.iter().map(|m| doc.slice(m.span)).collect();
    println!("unresolved: {unresolved:?}");
}

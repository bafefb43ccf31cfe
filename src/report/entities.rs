//! The entity sheet as it leaves the core: the page's "Who's who" panel.

use super::PassageOut;
use crate::extract::entities::roles::{Pattern, Role};
use crate::extract::entities::{Entities, EntityKind, House, Qualifier};
use crate::text::Document;
use serde::Serialize;

/// One person or organisation with every mention and role, each clickable.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct EntityOut {
    pub name: String,
    pub kind: EntityKind,
    pub mentions: Vec<PassageOut>,
    pub roles: Vec<RoleOut>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub acronym: Option<AcronymOut>,
    /// The name the register knows this person by, when their roles were
    /// checked against it; absent when the register does not cover them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub register_name: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RoleOut {
    /// The role phrase: "a former education minister for the Conservative Party".
    pub phrase: PassageOut,
    /// The mention of the person it describes.
    pub mention: PassageOut,
    pub pattern: Pattern,
    pub qualifiers: Vec<Qualifier>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub party: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub house: Option<House>,
    /// Normalised office: "education minister", "director of security for parliament".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub office: Option<String>,
    /// Held now (not former, then, outgoing, incoming).
    pub current: bool,
    /// An office one person holds at a time ("the foreign secretary").
    pub singular_office: bool,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AcronymOut {
    pub acronym: String,
    pub expansion: String,
    /// Where the text spells it out.
    pub definition: PassageOut,
}

/// Converts the extracted entities for the report.
pub fn entity_sheet(
    doc: &Document,
    entities: &Entities,
    register_names: &[Option<String>],
) -> Vec<EntityOut> {
    // Loops, not iterator chains: each chain is generic code of its own in the wasm.
    let mut sheet = Vec::with_capacity(entities.entities.len());
    for (index, entity) in entities.entities.iter().enumerate() {
        let mut mentions = Vec::with_capacity(entity.mentions.len());
        for mention in &entity.mentions {
            mentions.push(PassageOut::new(doc, mention.span));
        }
        let mut roles = Vec::with_capacity(entity.roles.len());
        for role in &entity.roles {
            roles.push(role_out(doc, role));
        }
        sheet.push(EntityOut {
            register_name: register_names.get(index).cloned().flatten(),
            name: entity.name.clone(),
            kind: entity.kind,
            mentions,
            roles,
            acronym: entity.acronym.as_ref().and_then(|acronym| {
                let definition = entities.acronyms.iter().find(|d| &d.acronym == acronym)?;
                Some(AcronymOut {
                    acronym: acronym.clone(),
                    expansion: definition.expansion.clone(),
                    definition: PassageOut::new(doc, definition.span),
                })
            }),
        });
    }
    sheet
}

fn role_out(doc: &Document, role: &Role) -> RoleOut {
    RoleOut {
        phrase: PassageOut::new(doc, role.span),
        mention: PassageOut::new(doc, role.mention),
        pattern: role.pattern,
        qualifiers: role.qualifiers.clone(),
        party: role.party,
        house: role.house,
        office: role.office.clone(),
        current: role.is_current(),
        singular_office: role.is_singular_office(),
    }
}

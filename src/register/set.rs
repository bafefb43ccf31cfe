//! Registers loaded side by side under labels (the built-in one, each
//! newsroom file), merged once per change rather than once per check.

use super::Register;

/// One loaded register as the page lists it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct RegisterSummary {
    pub label: String,
    pub people: usize,
    pub roles: usize,
}

#[derive(Debug, Default)]
pub struct RegisterSet {
    layers: Vec<(String, Register)>,
    merged: Option<Register>,
}

impl RegisterSet {
    /// Adds a register, replacing any loaded under the same label.
    pub fn load(&mut self, label: &str, register: Register) -> RegisterSummary {
        let summary = summarise(label, &register);
        // Through `remove`: one `retain` in the wasm rather than two.
        self.remove(Some(label));
        self.layers.push((label.to_string(), register));
        summary
    }

    /// Removes one register, or all of them.
    pub fn remove(&mut self, label: Option<&str>) {
        self.layers.retain(|(l, _)| label.is_some_and(|label| l != label));
        self.merged = None;
    }

    pub fn list(&self) -> Vec<RegisterSummary> {
        let mut summaries = Vec::with_capacity(self.layers.len());
        for (label, register) in &self.layers {
            summaries.push(summarise(label, register));
        }
        summaries
    }

    /// Every loaded register merged, in load order; None when none is loaded.
    pub fn merged(&mut self) -> Option<&Register> {
        if self.merged.is_none() && !self.layers.is_empty() {
            // A loop rather than an iterator chain, for the wasm's size.
            let mut merged = self.layers[0].1.clone();
            for (_, register) in &self.layers[1..] {
                merged.merge(register.clone());
            }
            self.merged = Some(merged);
        }
        self.merged.as_ref()
    }
}

fn summarise(label: &str, register: &Register) -> RegisterSummary {
    RegisterSummary {
        label: label.to_string(),
        people: register.people().len(),
        roles: register.people().iter().map(|p| p.roles.len()).sum(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn register(csv: &str) -> Register {
        Register::from_csv_str(csv).expect("a valid CSV register")
    }

    #[test]
    fn layers_merge_and_replace_by_label() {
        let mut set = RegisterSet::default();
        assert!(set.merged().is_none());
        set.load("a", register("person,role,start\nAnn Example,Mayor of Testville,2020-01-01\n"));
        set.load("b", register("person,role,start\nBob Example,Chief Constable,2021-01-01\n"));
        assert_eq!(set.merged().unwrap().people().len(), 2);
        let summary = set.load("b", register("person,role,start\nCy Example,Treasurer,2021-01-01\n"));
        assert_eq!(summary, RegisterSummary { label: "b".into(), people: 1, roles: 1 });
        let merged = set.merged().unwrap();
        assert!(merged.lookup("Cy Example").len() == 1 && merged.lookup("Bob Example").is_empty());
        set.remove(Some("a"));
        assert_eq!(set.list().len(), 1);
        set.remove(None);
        assert!(set.merged().is_none());
    }
}

//! An element's attributes as its component sees them.
use std::rc::Rc;

/// Attribute names and values, as the custom element read them.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Attrs(pub Rc<Vec<(String, String)>>);

impl Attrs {
    /// From `[name, value, name, value, ...]`, the shape the element passes.
    pub fn from_pairs(flat: Vec<String>) -> Attrs {
        let mut out = Vec::new();
        let mut it = flat.into_iter();
        while let (Some(k), Some(v)) = (it.next(), it.next()) {
            out.push((k.to_ascii_lowercase(), v));
        }
        Attrs(Rc::new(out))
    }

    pub fn of<'a>(pairs: &[(&'a str, &'a str)]) -> Attrs {
        Attrs(Rc::new(pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()))
    }

    /// The trimmed value of an attribute; `None` when absent or blank.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0.iter().find(|(k, _)| k == name).map(|(_, v)| v.trim()).filter(|v| !v.is_empty())
    }

    /// The value of an attribute as given, blank included (`differences-only=""` is present);
    /// `None` when absent.
    pub fn raw(&self, name: &str) -> Option<&str> {
        self.0.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }

    /// A comma- or space-separated list (`countries="LU, DK"`).
    pub fn list(&self, name: &str) -> Vec<String> {
        self.get(name).map(|v| v.split([',', ' ']).map(str::trim).filter(|s| !s.is_empty()).map(str::to_string).collect()).unwrap_or_default()
    }
}

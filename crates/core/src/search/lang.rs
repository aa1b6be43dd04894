//! Languages: stemming (Snowball, through rust-stemmers) and a stopword-based guess of a
//! passage's language, for the four languages the documents quote laws in.
use super::fold::{fold, lower};
use rust_stemmers::{Algorithm, Stemmer};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Lang {
    En,
    Fr,
    De,
    Da,
}

const EN: &[&str] = &[
    "the", "and", "of", "to", "in", "is", "for", "on", "that", "with", "are", "by", "as", "be", "this", "which", "has", "have", "an", "from", "or", "its",
    "their", "it",
];
const FR: &[&str] =
    &["le", "la", "les", "des", "du", "de", "et", "est", "pour", "une", "un", "dans", "sur", "au", "aux", "par", "qui", "que", "loi", "relative"];
const DE: &[&str] = &["der", "die", "das", "und", "ist", "für", "mit", "von", "zu", "den", "im", "dem", "des", "ein", "eine", "nicht", "auf", "gesetz"];
const DA: &[&str] = &["og", "af", "i", "til", "om", "den", "det", "er", "for", "med", "på", "en", "et", "som", "fra", "ved", "lov", "loven", "ikke", "de"];

/// Words an English search query drops (unless it has nothing else): they rank nothing.
pub const QUERY_STOPWORDS: &[&str] = &[
    "a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "is", "are", "was", "be", "by", "with", "as", "at", "does", "do", "did", "has", "have",
    "had", "what", "which", "who", "how", "there", "any", "it", "its", "this", "that",
];

/// Words in the stopword lists that only help to tell languages apart: in a query they carry
/// meaning ("loi", "lov").
const DETECTION_ONLY: &[&str] = &["loi", "relative", "lov", "loven", "gesetz"];

/// Whether a query word in language `lang` is a stopword (dropped from the query).
pub fn is_query_stopword(lang: Lang, word: &str) -> bool {
    let w = lower(word);
    match lang {
        Lang::En => QUERY_STOPWORDS.contains(&w.as_str()),
        other => other.stopwords().contains(&w.as_str()) && !DETECTION_ONLY.contains(&w.as_str()),
    }
}

impl Lang {
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Fr, Lang::De, Lang::Da];

    pub fn from_code(code: &str) -> Option<Lang> {
        Some(match code.to_ascii_lowercase().as_str() {
            "en" => Lang::En,
            "fr" => Lang::Fr,
            "de" => Lang::De,
            "da" => Lang::Da,
            _ => return None,
        })
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::De => "de",
            Lang::Da => "da",
        }
    }

    fn algorithm(self) -> Algorithm {
        match self {
            Lang::En => Algorithm::English,
            Lang::Fr => Algorithm::French,
            Lang::De => Algorithm::German,
            Lang::Da => Algorithm::Danish,
        }
    }

    fn stopwords(self) -> &'static [&'static str] {
        match self {
            Lang::En => EN,
            Lang::Fr => FR,
            Lang::De => DE,
            Lang::Da => DA,
        }
    }
}

/// Stems a word in a language: the lowercase word is stemmed (the Snowball stemmers know their
/// language's accents), then folded.
pub fn stem(lang: Lang, word: &str) -> String {
    let stemmer = Stemmer::create(lang.algorithm());
    fold(&stemmer.stem(&lower(word)))
}

/// The language among the four whose stopwords clearly lead in `words`: at least `min` of them
/// and more than twice the default language's; otherwise `default`.
fn leading<'a>(words: impl Iterator<Item = &'a str>, default: Lang, min: usize) -> Lang {
    let mut counts = [(Lang::En, 0usize), (Lang::Fr, 0), (Lang::De, 0), (Lang::Da, 0)];
    for w in words {
        // Stopwords are short: longer words are never looked up (and never lowercased).
        if w.len() > 8 {
            continue;
        }
        let w = lower(w);
        for (lang, n) in counts.iter_mut() {
            if lang.stopwords().contains(&w.as_str()) {
                *n += 1;
            }
        }
    }
    let own = counts.iter().find(|(l, _)| *l == default).map(|(_, n)| *n).unwrap_or(0);
    let (best, n) = counts.iter().copied().max_by_key(|(_, n)| *n).unwrap_or((default, 0));
    if best != default && n >= min && n > 2 * own {
        best
    } else {
        default
    }
}

/// The language of a text among the four, by stopword counts over its first 400 words; `default`
/// unless another language clearly leads.
pub fn detect(text: &str, default: Lang) -> Lang {
    leading(super::tokens::tokens(text).take(400).map(|t| t.text), default, 5)
}

/// The language of each word of `text` (aligned with `tokens(text)`): the passage's language,
/// except in a clause (between `.`, `;`, `:`, `?`, `!` or line breaks) whose stopwords are clearly
/// another language's (a period ends a clause only before a capital), as where an English answer quotes a Danish law:
/// "(The Danish legislation is; Lov 2014-04-22 nr. 433 om ... (Forvaltningsloven))".
pub fn token_langs(text: &str, passage: Lang) -> Vec<Lang> {
    let toks: Vec<_> = super::tokens::tokens(text).collect();
    let mut out = Vec::with_capacity(toks.len());
    let mut i = 0;
    while i < toks.len() {
        // The clause runs to the next boundary character between two words.
        let mut j = i + 1;
        // A period ends a clause only before a capital ("nr. 145" goes on).
        let ends = |k: usize| {
            let gap = &text[toks[k - 1].end..toks[k].start];
            gap.contains([';', ':', '?', '!', '\n']) || (gap.contains('.') && toks[k].text.starts_with(char::is_uppercase))
        };
        while j < toks.len() && !ends(j) {
            j += 1;
        }
        let lang = leading(toks[i..j].iter().map(|t| t.text), passage, 2);
        out.extend(std::iter::repeat_n(lang, j - i));
        i = j;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_in_four_languages() {
        assert_eq!(stem(Lang::En, "regulations"), "regul");
        assert_eq!(stem(Lang::Da, "Offentlighedsloven"), "offentlighedslov");
        assert_eq!(stem(Lang::Fr, "données"), "don");
        assert_eq!(stem(Lang::De, "Gesetzes"), "gesetz");
    }

    #[test]
    fn a_quoted_danish_clause_is_danish() {
        let text = "Legislation on public records (The Danish legislation is; Lovbekendtgørelse 2020-02-24 nr. 145 om offentlighed i forvaltningen (Offentlighedsloven)). Please read more here";
        let langs = token_langs(text, Lang::En);
        let words: Vec<&str> = crate::search::tokens::tokens(text).map(|t| t.text).collect();
        let at = |w: &str| langs[words.iter().position(|x| *x == w).unwrap()];
        assert_eq!(at("Offentlighedsloven"), Lang::Da);
        assert_eq!(at("records"), Lang::En);
        assert_eq!(at("Please"), Lang::En);
    }

    #[test]
    fn detects_a_clearly_other_language() {
        let da = "Lov om offentlighed i forvaltningen og det er til gavn for den som er part i en sag med myndigheden";
        assert_eq!(detect(da, Lang::En), Lang::Da);
        assert_eq!(detect("The law relating to a transparent and open administration", Lang::En), Lang::En);
    }
}

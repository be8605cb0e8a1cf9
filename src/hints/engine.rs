//! The web search engine hint links open: a reader's setting, never a network call here.
//!
//! The CLI's reports use [`Engine::default`]; the extension passes the reader's setting as the
//! wasm API's `engine` option (`Engine::from_name` reads the stored setting's word).

use super::encode_query;

/// A web search engine that supports `site:` filters in its query.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Engine {
    /// The default: it does not profile the reader.
    #[default]
    DuckDuckGo,
    Google,
    Bing,
    Brave,
    Startpage,
}

impl Engine {
    /// Every engine, in the order a settings page lists them.
    pub const ALL: [Engine; 5] = [Engine::DuckDuckGo, Engine::Google, Engine::Bing, Engine::Brave, Engine::Startpage];

    /// The engine's name as a reader knows it ("DuckDuckGo").
    pub fn name(self) -> &'static str {
        match self {
            Engine::DuckDuckGo => "DuckDuckGo",
            Engine::Google => "Google",
            Engine::Bing => "Bing",
            Engine::Brave => "Brave Search",
            Engine::Startpage => "Startpage",
        }
    }

    /// The engine for a settings word ("duckduckgo", "google", …; case-insensitive), or `None`.
    pub fn from_name(word: &str) -> Option<Engine> {
        let word = word.trim().to_ascii_lowercase();
        Engine::ALL.into_iter().find(|e| e.name().to_ascii_lowercase().replace(' ', "") == word.replace(' ', "") || e.key() == word)
    }

    /// The short stable word a setting stores.
    pub fn key(self) -> &'static str {
        match self {
            Engine::DuckDuckGo => "duckduckgo",
            Engine::Google => "google",
            Engine::Bing => "bing",
            Engine::Brave => "brave",
            Engine::Startpage => "startpage",
        }
    }

    /// The search page's address before the encoded query.
    fn base(self) -> &'static str {
        match self {
            Engine::DuckDuckGo => "https://duckduckgo.com/?q=",
            Engine::Google => "https://www.google.com/search?q=",
            Engine::Bing => "https://www.bing.com/search?q=",
            Engine::Brave => "https://search.brave.com/search?q=",
            Engine::Startpage => "https://www.startpage.com/do/search?q=",
        }
    }

    /// The address of a search for `query`.
    pub fn search_url(self, query: &str) -> String {
        format!("{}{}", self.base(), encode_query(query))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_engine_builds_its_own_search_address() {
        assert_eq!(Engine::default().search_url("a b"), "https://duckduckgo.com/?q=a+b");
        assert_eq!(Engine::Google.search_url("site:x.com \"a\""), "https://www.google.com/search?q=site%3Ax.com+%22a%22");
        assert_eq!(Engine::Bing.search_url("a"), "https://www.bing.com/search?q=a");
        assert_eq!(Engine::Brave.search_url("a"), "https://search.brave.com/search?q=a");
        assert_eq!(Engine::Startpage.search_url("a"), "https://www.startpage.com/do/search?q=a");
    }

    #[test]
    fn settings_words_name_engines() {
        for e in Engine::ALL {
            assert_eq!(Engine::from_name(e.key()), Some(e));
            assert_eq!(Engine::from_name(e.name()), Some(e));
        }
        assert_eq!(Engine::from_name("Brave Search"), Some(Engine::Brave));
        assert_eq!(Engine::from_name("altavista"), None);
    }
}

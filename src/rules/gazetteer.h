// Gazetteer: named things from the rules (organizations and bodies, laws,
// places) with their names in every language and their acronyms. Names are
// matched on folded text (case, accents, ligatures and typographic
// apostrophes ignored; any run of spaces, hyphens, apostrophes or brackets
// between words), acronyms as written, leftmost-longest. A search from word
// starts (every search but those of texts without spaces) walks tables of
// words; the other searches run one RE2 alternation per kind, compiled the
// first time one is asked for.
#pragma once

#include <re2/re2.h>

#include <bitset>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "model/enums.h"

namespace ct {

struct GazetteerEntry {
  std::string id;                              // canonical value ("ORG", "LAW", "City")
  EntityType type = EntityType::Organization;  // organization, law or place
  std::string kind;          // optional sub-kind: "city", "country", "region", ...
  bool sessions = false;     // a body that holds numbered sessions
  bool capitalized = false;  // a name counts only when it starts with a capital letter
  std::string within;        // a place: the id of the larger one it lies in ("" when none)
};

class Gazetteer {
 public:
  struct Match {
    std::size_t begin = 0, end = 0;  // byte range in the searched text
    std::size_t entry = 0;
    bool acronym = false;
  };

  std::size_t add(GazetteerEntry e);
  // The normalized key of a name: folded words joined by one space.
  static std::string key(std::string_view name);
  // Adds a name (of `language`, when known); returns the id of the entry
  // already holding it, or "" when added.
  std::string add_name(std::size_t entry, const std::string& name,
                       const std::string& language = "");
  // `language` is a language code or "any".
  std::string add_acronym(std::size_t entry, const std::string& language,
                          const std::string& acronym);
  // Compiles the patterns; `languages` are the codes with rules.
  void build(const std::vector<std::string>& languages);

  const std::vector<GazetteerEntry>& entries() const { return entries_; }
  const GazetteerEntry& entry(std::size_t i) const { return entries_[i]; }
  std::optional<std::size_t> find_id(const std::string& id) const;
  // `folded` is already folded (text::fold).
  std::optional<std::size_t> lookup_name(std::string_view folded) const;
  std::optional<std::size_t> lookup_acronym(const std::string& language,
                                            std::string_view acronym) const;
  // The first name the rules give an entry in `language` ("" when none).
  std::string name_of(std::size_t entry, const std::string& language) const;
  // Every name the rules give an entry in `language`, as written.
  std::vector<std::string> names_of(std::size_t entry, const std::string& language) const;

  // Names of `language` read by their words' stems (`stems` gives the stems
  // of a name's words, as the language's analyzer gives a text's), so that
  // inflected forms match: Russian cases ("Ливии" for "Ливия"), Arabic
  // clitics and article ("وللصومال" for "الصومال"). See LanguageRules::names_by_stem.
  void index_stems(const std::string& language,
                   const std::function<std::vector<std::string>(std::string_view)>& stems);
  // The entry whose name of `language` has these stems, joined by one space.
  std::optional<std::size_t> lookup_stems(const std::string& language,
                                          const std::string& joined) const;
  // Most words of a name indexed by stems in `language` (0: no index).
  std::size_t stem_words(const std::string& language) const;

  // Decides whether a match counts (e.g. a capital letter in the original text).
  using Accept = std::function<bool(const Match&)>;
  // Non-overlapping names in `folded` (folded text) with word boundaries; a
  // match `accept` refuses lets a shorter one starting later be found.
  // `bounded` false: no word boundary is required (for scripts written
  // without spaces between words; `accept` then decides).
  std::vector<Match> find_names(std::string_view folded, const Accept& accept = {},
                                bool bounded = true) const;
  // Non-overlapping acronyms of `language` ("" = all languages) in `text`
  // (`accept` and `bounded` as for find_names).
  std::vector<Match> find_acronyms(std::string_view text, const std::string& language,
                                   const Accept& accept = {}, bool bounded = true) const;

 private:
  std::vector<GazetteerEntry> entries_;
  std::map<std::string, std::size_t> names_;                               // key -> entry
  std::map<std::pair<std::size_t, std::string>, std::string> first_name_;  // (entry, lang) -> name
  std::vector<std::pair<std::string, std::pair<std::string, std::size_t>>>
      lang_names_;                                                        // lang, name, entry
  std::map<std::string, std::map<std::string, std::size_t>> stem_names_;  // lang -> stems -> entry
  std::map<std::string, std::size_t> stem_words_;                         // lang -> most words
  std::map<std::string, std::map<std::string, std::size_t>> acronyms_;    // lang -> acr -> entry
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  template <typename V>
  using WordMap = std::unordered_map<std::string, V, Hash, std::equal_to<>>;
  // An RE2 alternation compiled on first use (any thread); null when RE2
  // cannot compile it.
  class LazyAlternation {
   public:
    explicit LazyAlternation(std::string pattern) : pattern_(std::move(pattern)) {}
    const re2::RE2* get() const;

   private:
    std::string pattern_;
    mutable std::once_flag once_;
    mutable std::unique_ptr<const re2::RE2> re_;
  };
  // Names as sequences of words: a node's next words, and whether a name
  // ends there.
  struct WordNode {
    WordMap<std::uint32_t> next;
    bool name_ends = false;
  };
  // An alternation of names or acronyms, and the first words (leading
  // letters and digits) of its alternatives: a bounded match counts only
  // where the text's word is one of them (`any_start`: some alternative
  // starts with another character, every start is tried). A bounded search
  // without `any_start` reads `words` (names) or `by_first` (acronyms by
  // their first words, as written) instead of the alternation.
  struct Table {
    std::shared_ptr<const LazyAlternation> re;  // null: no alternative
    std::unordered_set<std::string, Hash, std::equal_to<>> first_words;
    bool any_start = false;
    std::vector<WordNode> words;  // names: node 0 starts every name
    WordMap<std::vector<std::string>> by_first;
    // The first words' first two bytes and lengths, hashed: most words of
    // a text are no first word, and are told so without hashing them whole.
    std::bitset<1 << 16> starts;
    static std::size_t start_bit(std::string_view w) {
      auto b = [&](std::size_t k) { return k < w.size() ? static_cast<unsigned char>(w[k]) : 0u; };
      return ((b(0) * 131u + b(1)) * 8u + (w.size() & 7u)) & 0xFFFFu;
    }
    bool may_start(std::string_view w) const { return starts.test(start_bit(w)); }
    // End of the longest alternative written at `i` in `s` (a word start,
    // the word ending at `end`, which may_start), or `i` when none is.
    std::size_t longest_at(std::string_view s, std::size_t i, std::size_t end) const;
    // The same for the rest of a name from `node`, its next word at `pos`
    // (`pos` when none).
    std::size_t longest_words(std::string_view s, std::size_t node, std::size_t pos) const;
  };
  static Table table(const std::vector<std::string>& alternatives,
                     const std::vector<std::string>& first_words);
  static void find(const Table& t, std::string_view s,
                   const std::function<bool(std::size_t, std::size_t)>& accept, bool bounded);
  Table names_table_;
  std::map<std::string, Table> acronym_tables_;                              // lang ("" = all)
  std::map<std::string, std::map<std::string, std::size_t>> acronym_index_;  // built per lang
};

}  // namespace ct

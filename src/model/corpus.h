// The data model: one set of plain structs that flows through every pipeline
// stage. ingest fills Series and Document; segment adds Clauses (text, tokens,
// roles); extract adds Entities; align adds Threads; diff fills the members'
// word diffs and change classes; check adds Findings. Stages add to the model
// and never re-parse text another stage already parsed. Indices (not
// pointers) link the structs, so a Corpus can be copied and moved freely.
#pragma once

#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/enums.h"
#include "model/source.h"
#include "model/token_forms.h"

namespace ct {

// A fact found in a clause: a date, a cited resolution, a meeting, ...
struct Entity {
  EntityType type = EntityType::Date;  // its kind (contract `type`: name(type))
  std::string text;                    // as written, from Clause::text
  std::string value;  // normalized (contract: ISO dates, BODY-N, canonical symbols, BODY@DATE)
  std::size_t begin = 0, end = 0;  // byte range in Clause::text
  Position pos;                    // where it starts in the source file
  // Qualities a check may flag: "partial" (date lacks a part), "ambiguous"
  // (numeric date read by convention), "impossible", "spacing" (a slip such
  // as "23,2025"), "defined" (an acronym defined here).
  std::vector<std::string> flags;
  // Extra attributes by name, e.g. body, date, place, ordinal, definition.
  std::map<std::string, std::string> attrs;

  bool has_flag(const std::string& f) const;
};

// Maps a run of Clause::text bytes back to the source file.
struct TextRun {
  std::size_t text_begin = 0;
  std::size_t source_begin = 0;
  std::size_t length = 0;
};

// A token of Clause::text: words, numbers and punctuation, in order. Its
// forms are views into storage the clause holds (Clause::forms), or that the
// Analyzer which made them holds while tokens are used away from a clause.
struct Token {
  std::size_t begin = 0, end = 0;  // byte range in Clause::text
  std::string_view fold;           // lower case, accents removed
  std::string_view stem;           // Snowball stem of `fold` (words only)
  bool word = false;               // letters (possibly with digits)
  bool number = false;             // digits only
  bool stop = false;               // a stop word of the clause's language
};

struct Clause {
  std::string id;       // "DOC/NUMBER" or "DOC/KEY" when the clause has no printed number
  std::string number;   // printed number, composed for sub-items ("8.ii"); "" if none
  std::string key;      // positional key: "title", "h.2", "pre.3", "op.4", "p.5", "sig"
  std::size_t doc = 0;  // index into Corpus::documents
  Role role = Role::Other;
  int depth = 0;                      // 0 for top-level, 1 for sub-items, ...
  std::optional<std::size_t> parent;  // enclosing clause (sub-items), index into Corpus::clauses
  int line = 0, end_line = 0;         // 1-based source lines
  std::size_t source_begin = 0, source_end = 0;  // byte range in the source file
  std::string text;  // one line: hard line breaks, hyphenation and markup undone
  std::vector<TextRun> runs;
  std::vector<Token> tokens;
  // Holds the bytes its tokens' fold and stem view (shared with the other
  // clauses made by the same Analyzer or read from the same cache entry).
  std::shared_ptr<const TokenForms> forms;
  std::vector<Entity> entities;
  std::string lead;    // leading verb as written ("EXIGE", "Demanded"), "" if none
  std::string action;  // its canonical action from the rules ("demand"), "" if none
  int strength = 0;    // the action's strength from the rules, 0 if none

  // Source byte offset of a byte of `text` (for entity and diff locations).
  std::size_t source_offset(std::size_t text_offset) const;
};

struct TocEntry {
  std::string number;  // "10"
  std::string symbol;  // as printed, "Résolution n°10/47-POL"
  std::string title;   // "sur la situation dans la région du Nord"
  std::string page;    // "40"
  int line = 0;
};

struct Document {
  std::string id;
  std::string source;  // path relative to the corpus directory (or as given)
  std::string series;
  std::string kind;      // communique | report | resolution | compilation | ...
  std::string language;  // "fr", "en", ...
  std::string date;      // ISO 8601, possibly reduced ("2019-09")
  std::string place;
  std::string title;
  std::string parent;   // compilation id for items of a compilation, "" otherwise
  std::string session;  // groups documents of one sitting (e.g. EN and FR texts); defaults to date
  std::string number;   // the item's own number within a compilation ("10")
  std::shared_ptr<const SourceText> text;          // shared by the items of a compilation
  std::size_t begin = 0, end = 0;                  // byte range of this document in `text`
  int line = 1, end_line = 1;                      // 1-based source lines
  std::vector<TocEntry> toc;                       // compilations: the table of contents, as data
  std::size_t first_clause = 0, clause_count = 0;  // its clauses in Corpus::clauses
  std::vector<std::string> detected;               // metadata fields detected from the text
  bool language_uncertain = false;  // language detected from too few of its frequent words
  // Only its opening lines were analysed (`check DRAFT` reads the documents the
  // draft is not compared with so: their symbol, adoption date and meeting):
  // the end of its whole text in `text`; 0 when it was analysed whole.
  std::size_t whole_end = 0;
  // The strand of its series its text is in (align/strands.h fills it; -1:
  // none). The same as its session's, except in a session of two texts of
  // two strands (adopted the same day), which is in none.
  int strand = -1;
};

// The documents of one sitting of a series: one date or session key, possibly
// several languages (an English and a French text) or several items (the
// resolutions of one compilation).
struct Session {
  std::string key;   // Document::session
  std::string date;  // earliest date of its documents
  std::vector<std::size_t> documents;
  // The strand of its series it belongs to (align/strands.h fills it): one
  // agenda item may interleave several recurring texts (two missions'
  // renewals, a sanctions regime), each carrying its own paragraphs forward.
  // -1: none (a series of one strand, or a text like no other of its
  // series), and every session of the series counts for what it holds.
  int strand = -1;
  // Its texts are much shorter than the others of their strand (a technical
  // rollover, align/strands.h): it counts only for the paragraphs it holds,
  // and the paragraphs it leaves out are not absent from it.
  bool partial = false;
};

struct Series {
  std::string id;
  std::string title;
  std::string body;                    // canonical body short name, e.g. for meetings
  std::vector<std::size_t> documents;  // indices, in date order (stable: manifest order on ties)
  std::vector<Session> sessions;       // in date order; filled with `documents`
};

// One word-level edit step between two versions of a clause.
struct WordOp {
  enum class Kind { Equal, Insert, Delete };
  Kind kind = Kind::Equal;
  std::string text;  // the words (with the spacing between them) of this step
};

struct ThreadMember {
  std::size_t clause = 0;
  Change change = Change::First;
  std::optional<std::size_t> against;  // the clause this member was compared with
  std::vector<WordOp> diff;            // word diff against `against` (same language)
  std::vector<std::string> facts;      // amended facts: "date 2024-01-31 → 2025-01-31"
  double score = 0;                    // alignment score with `against`
};

struct Thread {
  std::string id;  // "t" + base 36 of its first member's clause id (align/thread_ids.h)
  std::string label;
  std::string series;  // the series of its first member
  Status status = Status::New;
  std::vector<ThreadMember> members;  // in document date order
};

struct Location {
  std::string doc;
  std::string clause;
  std::string file;
  int line = 0, column = 0, end_line = 0;
  std::string message;
};

struct Finding {
  std::string rule;  // "family.name"
  Severity severity = Severity::Warning;
  Location where;
  std::string message;
  std::vector<Location> related;
  std::string evidence;     // normalized evidence the fingerprint is made from
  std::string fingerprint;  // stable hash of rule + evidence
};

struct Corpus {
  std::string root;  // the corpus directory ("" for files outside any corpus)
  std::vector<Series> series;
  std::vector<Document> documents;
  std::vector<Clause> clauses;
  std::vector<Thread> threads;
  std::vector<Finding> findings;

  const Document* find_document(const std::string& id) const;
  const Series* find_series(const std::string& id) const;
  std::optional<std::size_t> document_index(const std::string& id) const;
  std::optional<std::size_t> clause_index(const std::string& id) const;
  // Source position of a byte of a clause's text.
  Position position(const Clause& c, std::size_t text_offset) const;
  const Document& document_of(const Clause& c) const { return documents[c.doc]; }
};

}  // namespace ct

// Makes a background table of document frequencies (rules/df/LANG.tsv, see
// align::BackgroundDf): reads reference corpora through the pipeline up to
// extraction, reads each clause of language LANG through align::terms_of as
// alignment does, and counts the clauses holding each native feature. A
// clause counts the features it holds read both alone (one language: place
// names are words) and beside other languages (place names are entities),
// so the table knows the keys of either kind of corpus. Features held by
// fewer than FLOOR clauses are left out. The table goes to stdout, sorted by
// key, under a header naming its corpora, clause count, date and command.
// Run by scripts/make-background-df.sh:
//   build/background_df rules en 3 ../shared/corpora/unsc-archive > rules/df/en.tsv
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "align/dictionary.h"
#include "align/features.h"
#include "model/error.h"
#include "pipeline/pipeline.h"
#include "rules/rules.h"

int main(int argc, char** argv) {
  if (argc < 5) {
    std::fprintf(stderr, "usage: %s RULES_DIR LANG FLOOR CORPUS_DIR...\n", argv[0]);
    return 2;
  }
  using namespace ct;
  const std::string rules_dir = argv[1], lang = argv[2];
  const long floor = std::max(1L, std::atol(argv[3]));
  try {
    Rules rules = load_rules(rules_dir, {.checks = false});
    align::Translations translations = align::load_translations(rules, 2);
    std::vector<std::string> targets;
    for (const auto& [from, to] : translations.pairs())
      if (from == lang && std::find(targets.begin(), targets.end(), to) == targets.end())
        targets.push_back(to);
    std::sort(targets.begin(), targets.end());
    std::unordered_map<align::FeatureId, std::string> names;
    align::FeatureContext alone(lang, rules, translations, {}, &names);
    align::FeatureContext beside(lang, rules, translations, targets, &names);

    std::unordered_map<align::FeatureId, std::size_t> df;
    std::size_t clauses = 0, documents = 0;
    for (int a = 4; a < argc; ++a) {
      Corpus corpus = pipeline::load(argv[a], rules, 2, pipeline::Depth::Extract);
      for (const Document& d : corpus.documents) documents += d.language == lang;
      for (const Clause& c : corpus.clauses) {
        if (corpus.documents[c.doc].language != lang) continue;
        ++clauses;
        std::set<align::FeatureId> held;
        for (const auto* ctx : {&alone, &beside})
          for (const auto& t : align::terms_of(c, *ctx).native) held.insert(t.id);
        for (align::FeatureId id : held) ++df[id];
      }
    }
    std::vector<std::pair<std::string, std::size_t>> rows;
    for (const auto& [id, n] : df) {
      const std::string& key = names.at(id);
      // A value with a tab or a line break in it cannot be a line of the table.
      if (n >= static_cast<std::size_t>(floor) && key.find_first_of("\t\r\n") == std::string::npos)
        rows.emplace_back(key, n);
    }
    std::sort(rows.begin(), rows.end());

    char date[16];
    std::time_t now = std::time(nullptr);
    std::strftime(date, sizeof date, "%Y-%m-%d", std::gmtime(&now));
    std::string corpora, command = "build/background_df";
    for (int a = 4; a < argc; ++a) corpora += (a > 4 ? ", " : "") + std::string(argv[a]);
    for (int a = 1; a < argc; ++a) command += " " + std::string(argv[a]);
    std::printf(
        "# Background document frequencies of the alignment features of '%s' clauses\n"
        "# (align::BackgroundDf): a feature weighs log(1 + clauses / count) whatever\n"
        "# else the corpus being tracked holds; one the table lacks weighs as its rarest.\n"
        "# Corpus: %s (%zu documents of '%s', %zu clauses).\n"
        "# Date: %s. Tool version %s.\n"
        "# Command: %s\n"
        "#   (scripts/make-background-df.sh makes every language's table).\n"
        "# Features held by fewer than %ld clauses are left out: %zu of %zu kept.\n"
        "# Keys as align/features.cc makes them: s:LANG:stem, p:name, u:acronym,\n"
        "# e:type:value, n:/o:/m: numbers, ordinals and months, g:glossary entry (by\n"
        "# its place in glossary.yaml: make the tables again when entries move).\n"
        "# Columns: feature key, clauses holding it; first the clause count.\n",
        lang.c_str(), corpora.c_str(), documents, lang.c_str(), clauses, date, CT_VERSION,
        command.c_str(), floor, rows.size(), df.size());
    std::printf("clauses\t%zu\n", clauses);
    for (const auto& [key, n] : rows) std::printf("%s\t%zu\n", key.c_str(), n);
  } catch (const InputError& e) {
    std::fprintf(stderr, "background_df: error: %s\n", e.located().c_str());
    return 2;
  }
  return 0;
}

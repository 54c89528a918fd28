// The UN Security Council development set (../shared/corpora/unsc-dev): its
// resolutions, English and French files and paragraph keys, for tests that
// measure alignment on real parallel text. Empty when the folder is absent.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "model/corpus.h"

namespace ct::test {

struct UnscParagraph {
  std::string key;  // "pre.3", "op.8.a"
  std::string en, fr;
  std::map<std::string, std::string> text;  // every language of paragraphs.json, "en" -> text
};

struct UnscResolution {
  std::string series;  // folder name, e.g. "unsom-somalia"
  std::string num, year, date;
  std::string en_path, fr_path;              // absolute
  std::map<std::string, std::string> paths;  // every language with a file, "ar" -> absolute path
  std::vector<UnscParagraph> paras;
};

std::string unsc_dev_dir();
std::vector<UnscResolution> unsc_dev();

// Manifest and files (relative path, content) of a corpus holding the given
// resolutions: one series per folder, English and French texts of one
// resolution in one session. `transform(text, lang)` may rewrite a text.
std::pair<std::string, std::vector<std::pair<std::string, std::string>>> unsc_corpus_files(
    const std::vector<UnscResolution>& rs,
    std::string (*transform)(const std::string& text, const std::string& lang) = nullptr);

// The words of a text, folded, its list marker ignored: what identifies a
// paragraph.
std::string unsc_words(const std::string& text);
// The paragraph keys of `r` in `lang` by their words.
std::map<std::string, std::string> unsc_keys(const UnscResolution& r, const std::string& lang);

}  // namespace ct::test

// Texts the check tests write themselves: a clean English series of three
// communiqués of one contact group, and helpers to inject one defect and to
// run the checks on the result.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "check/check.h"
#include "support/test_support.h"

namespace ct::test {

// The three communiqués (2021, 2022, 2023), clean.
inline std::vector<std::pair<std::string, std::string>> clean_series() {
  auto doc = [](const std::string& date_text, const std::string& extra_pre,
                const std::string& op2) {
    return "Joint Communique of the Contact Group\n\n"
           "The Ministers of Foreign Affairs met in New York on " +
           date_text + ".\n\n" + extra_pre +
           "Recalling the relevant Security Council resolutions on the dispute;\n\n"
           "The Foreign Ministers:\n\n"
           "1. Demanded the immediate release of all political prisoners held in the territory;\n\n"
           "2. " +
           op2 +
           "\n\n"
           "3. Directed the Permanent Representatives to brief the Secretary General regularly on "
           "the developments in the territory.\n";
  };
  const std::string op2 =
      "Condemned the campaign to confiscate the properties of human rights activists in the "
      "territory;";
  return {
      {"g/2021.en.txt", doc("20 September 2021", "", op2)},
      {"g/2022.en.txt", doc("21 September 2022", "", op2)},
      {"g/2023.en.txt", doc("19 September 2023", "", op2)},
  };
}

inline std::string clean_manifest() {
  return "series:\n  - id: grp\n    title: Contact Group\n"
         "documents:\n"
         "  - {id: g-2021, file: g/2021.en.txt, series: grp, kind: communique, language: en, "
         "date: 2021-09-20, place: New York}\n"
         "  - {id: g-2022, file: g/2022.en.txt, series: grp, kind: communique, language: en, "
         "date: 2022-09-21, place: New York}\n"
         "  - {id: g-2023, file: g/2023.en.txt, series: grp, kind: communique, language: en, "
         "date: 2023-09-19, place: New York}\n";
}

// Replaces the first `from` in the newest text by `to`.
inline std::vector<std::pair<std::string, std::string>> with_newest(
    std::vector<std::pair<std::string, std::string>> files, const std::string& from,
    const std::string& to) {
  std::string& t = files.back().second;
  auto at = t.find(from);
  if (at != std::string::npos) t.replace(at, from.size(), to);
  return files;
}

// 1-based line of the first `needle` in `text`.
inline int line_of(const std::string& text, const std::string& needle) {
  auto at = text.find(needle);
  if (at == std::string::npos) return 0;
  int line = 1;
  for (std::size_t i = 0; i < at; ++i) line += text[i] == '\n';
  return line;
}

// The findings of the checks on `files` (written with `manifest`).
inline std::vector<Finding> findings_of(
    const std::vector<std::pair<std::string, std::string>>& files,
    const std::string& manifest = clean_manifest()) {
  TempDir dir;
  Corpus c = corpus_from(dir, files, manifest);
  return check::run_checks(c, rules());
}

// The findings of `rule`.
inline std::vector<Finding> of_rule(const std::vector<Finding>& all, const std::string& rule) {
  std::vector<Finding> out;
  for (const Finding& f : all)
    if (f.rule == rule) out.push_back(f);
  return out;
}

// "rule file:line message" lines, for failure messages.
inline std::string listing(const std::vector<Finding>& all) {
  std::string s;
  for (const Finding& f : all)
    s += f.rule + " " + f.where.file + ":" + std::to_string(f.where.line) + " " + f.message + "\n";
  return s;
}

}  // namespace ct::test

// Reading the unsc-dev set and mapping clauses to its paragraph keys.
#include "support/unsc_dev.h"

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "diff/marker.h"
#include "support/test_support.h"
#include "text/analyzer.h"
#include "text/fold.h"

namespace ct::test {

namespace fs = std::filesystem;

std::string unsc_dev_dir() {
  return shared_dir() + "/corpora/unsc-dev";
}

std::vector<UnscResolution> unsc_dev() {
  std::vector<UnscResolution> out;
  std::error_code ec;
  if (!fs::is_directory(unsc_dev_dir(), ec)) return out;
  std::vector<fs::path> series;
  for (const auto& e : fs::directory_iterator(unsc_dev_dir()))
    if (e.is_directory() && fs::exists(e.path() / "paragraphs.json")) series.push_back(e.path());
  std::sort(series.begin(), series.end());
  for (const auto& dir : series) {
    auto j = nlohmann::json::parse(read_file((dir / "paragraphs.json").string()));
    for (const auto& f : j["files"]) {
      UnscResolution r;
      r.series = dir.filename().string();
      r.num = f["num"].get<std::string>();
      r.year = f["year"].get<std::string>();
      r.date = f["date"].get<std::string>();
      std::string stem = "S-RES-" + r.num + "-" + r.year;
      r.en_path = (dir / "en" / (stem + ".en.txt")).string();
      r.fr_path = (dir / "fr" / (stem + ".fr.txt")).string();
      for (const auto& p : f["paras"]) {
        UnscParagraph para{p["key"].get<std::string>(),
                           p["en"].get<std::string>(),
                           p["fr"].get<std::string>(),
                           {}};
        for (const auto& [lang, text] : p.items())
          if (lang != "key" && text.is_string()) para.text[lang] = text.get<std::string>();
        r.paras.push_back(std::move(para));
      }
      for (const auto& [field, file] : f.items()) {
        // "ar_file": the Arabic text, in the folder named for its language.
        if (field.size() < 6 || field.compare(field.size() - 5, 5, "_file") != 0 ||
            !file.is_string())
          continue;
        std::string lang = field.substr(0, field.size() - 5);
        fs::path path = dir / lang / file.get<std::string>();
        if (exists(path.string())) r.paths[lang] = path.string();
      }
      bool dup = std::any_of(out.begin(), out.end(), [&](const UnscResolution& x) {
        return x.series == r.series && x.num == r.num;
      });
      if (!dup && exists(r.en_path) && exists(r.fr_path)) out.push_back(std::move(r));
    }
  }
  return out;
}

std::pair<std::string, std::vector<std::pair<std::string, std::string>>> unsc_corpus_files(
    const std::vector<UnscResolution>& rs,
    std::string (*transform)(const std::string& text, const std::string& lang)) {
  std::string manifest = "series:\n";
  std::vector<std::string> seen;
  for (const auto& r : rs)
    if (std::find(seen.begin(), seen.end(), r.series) == seen.end()) {
      seen.push_back(r.series);
      manifest += "  - id: " + r.series + "\n    title: " + r.series + "\n";
    }
  manifest += "documents:\n";
  std::vector<std::pair<std::string, std::string>> files;
  for (const auto& r : rs)
    for (const std::string lang : {"en", "fr"}) {
      std::string rel = r.series + "/" + r.num + "." + lang + ".txt";
      std::string text = read_file(lang == "en" ? r.en_path : r.fr_path);
      if (transform) text = transform(text, lang);
      files.emplace_back(rel, text);
      manifest += "  - id: " + r.series + "-" + r.num + "-" + lang + "\n    file: " + rel +
                  "\n    series: " + r.series + "\n    kind: resolution\n    language: " + lang +
                  "\n    date: " + r.date + "\n    session: '" + r.num + "'\n";
    }
  return {manifest, files};
}

std::string unsc_words(const std::string& text) {
  auto tokens = text::split_tokens(text);
  std::string out;
  std::size_t first = diff::marker_tokens(text, tokens);
  // The Arabic texts number their paragraphs "1 - ": a marker too.
  if (first == 0 && tokens.size() > 2 && tokens[0].number &&
      text.substr(tokens[1].begin, tokens[1].end - tokens[1].begin) == "-")
    first = 2;
  for (std::size_t k = first; k < tokens.size(); ++k)
    if (tokens[k].word || tokens[k].number) {
      out += text::fold(
          std::string_view(text).substr(tokens[k].begin, tokens[k].end - tokens[k].begin));
      out += ' ';
    }
  return out;
}

std::map<std::string, std::string> unsc_keys(const UnscResolution& r, const std::string& lang) {
  std::map<std::string, std::string> out;
  for (const auto& p : r.paras) {
    auto t = p.text.find(lang);
    out.emplace(unsc_words(t != p.text.end() ? t->second : lang == "en" ? p.en : p.fr), p.key);
  }
  return out;
}

}  // namespace ct::test

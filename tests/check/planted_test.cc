// Planted mistakes in drafts of adopted resolutions (../shared/corpora/
// unsc-archive): for the newest resolution of each of the largest agenda
// items, the test writes draft copies with one mistake each, made by a
// generic text transformation (a date, symbol or paragraph found by a
// pattern and altered), checks them against the archive without that
// resolution, and counts a mistake caught when a finding of the expected rule
// lies on the planted line (a phrase left in French included). Prints the
// catch rate per kind; at least 90 % overall.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <regex>
#include <set>
#include <sstream>

#include "support/test_support.h"

using namespace ct::test;
namespace fs = std::filesystem;

namespace {

constexpr std::size_t kSeries = 8;  // agenda items drafted, the largest first
// Earlier versions a dropped demand was in (thread.dropped's window in rules/checks.yaml).
constexpr std::size_t kWindow = 3;
const char* const kMonth =
    "(January|February|March|April|May|June|July|August|September|October|November|December)";

struct Planted {
  std::string text;             // the draft
  std::size_t at = 0;           // byte offset of the mistake
  std::set<std::string> rules;  // rules that catch it
  std::string excerpt;          // thread.dropped: words of the dropped paragraph
};

int line_at(const std::string& t, std::size_t at) {
  return 1 + static_cast<int>(std::count(t.begin(), t.begin() + static_cast<long>(at), '\n'));
}

// The body: after the opening lines (symbol, title, adoption line).
std::size_t body_start(const std::string& t) {
  auto at = t.find("\n\n", t.find("Adopted"));
  return at == std::string::npos ? 0 : at;
}

int adoption_year(const std::string& t) {
  std::smatch m;
  std::string head = t.substr(0, 200);
  return std::regex_search(head, m, std::regex(R"(\((\d{4})\))")) ? std::stoi(m[1]) : 0;
}

std::optional<Planted> replace(const std::string& t, std::size_t at, std::size_t len,
                               const std::string& by, std::set<std::string> rules) {
  return Planted{t.substr(0, at) + by + t.substr(at + len), at, std::move(rules), ""};
}

// The first match of `re` in the body, and the part of it to replace.
std::optional<std::smatch> first(const std::string& t, const std::string& re) {
  std::smatch m;
  auto b = t.begin() + static_cast<long>(body_start(t));
  if (!std::regex_search(b, t.end(), m, std::regex(re))) return std::nullopt;
  return m;
}

std::size_t pos(const std::string& t, const std::smatch& m, int group) {
  return static_cast<std::size_t>(m[group].first - t.begin());
}

using Planter =
    std::function<std::optional<Planted>(const std::string&, const std::vector<std::string>&)>;

std::map<std::string, Planter> planters() {
  std::map<std::string, Planter> p;
  // A resolution cited with another year.
  p["resolution year"] = [](const std::string& t, const std::vector<std::string>&) {
    auto m = first(t, R"(resolutions? (\d{4}) \((\d{4})\))");
    if (!m) return std::optional<Planted>();
    return replace(t, pos(t, *m, 2), 4, std::to_string(std::stoi((*m)[2]) + 1),
                   {"ref.resolution-year"});
  };
  // A report cited with a date other documents do not give it.
  p["report date"] = [](const std::string& t, const std::vector<std::string>& history) {
    std::regex re(std::string(R"(((\d{1,2}) )") + kMonth +
                  R"( \d{4})[^()]{0,60}\((S/\d{4}/\d+)\))");
    for (auto it = std::sregex_iterator(t.begin() + static_cast<long>(body_start(t)), t.end(), re);
         it != std::sregex_iterator(); ++it) {
      const std::smatch& m = *it;
      // The same report with the same date in an earlier text.
      const std::string date = m[1], symbol = "(" + m.str(4) + ")";
      bool cited = false;
      for (const auto& h : history)
        for (std::size_t at = h.find(symbol); at != std::string::npos && !cited;
             at = h.find(symbol, at + 1))
          cited = h.substr(at > 120 ? at - 120 : 0, std::min<std::size_t>(at, 120)).find(date) !=
                  std::string::npos;
      if (!cited) continue;
      int day = std::stoi(m[2]);
      return replace(t, pos(t, m, 2), m[2].length(), std::to_string(day == 1 ? 2 : day - 1),
                     {"ref.report-date"});
    }
    return std::optional<Planted>();
  };
  // A mandate extended to a date before the adoption.
  p["mandate before adoption"] = [](const std::string& t, const std::vector<std::string>&) {
    auto m =
        first(t, std::string(R"(extends?\b[^.;]{0,200}?until \d{1,2} )") + kMonth + R"( (\d{4}))");
    int y = adoption_year(t);
    if (!m || !y) return std::optional<Planted>();
    return replace(t, pos(t, *m, 2), 4, std::to_string(y - 1), {"date.mandate-end"});
  };
  // A mandate extended to the end the previous resolution gave the same
  // thing (not after it), when that end is still after the adoption.
  p["mandate before previous"] = [](const std::string& t, const std::vector<std::string>& history) {
    const std::regex ext(std::string(R"(extends?\b[^.;]{0,200}?until ((\d{1,2}) )") + kMonth +
                         R"( (\d{4})))");
    std::smatch adopted;
    std::string head = t.substr(0, body_start(t));
    if (history.empty() ||
        !std::regex_search(head, adopted,
                           std::regex(std::string(R"((\d{1,2}) )") + kMonth + R"( (\d{4}))")))
      return std::optional<Planted>();
    auto day = [](const std::string& d, const std::string& month, const std::string& y) {
      static const std::vector<std::string> months{"January",   "February", "March",    "April",
                                                   "May",       "June",     "July",     "August",
                                                   "September", "October",  "November", "December"};
      long mi = std::find(months.begin(), months.end(), month) - months.begin();
      return std::stol(y) * 10000 + mi * 100 + std::stol(d);
    };
    // The words naming what is extended: before the date ("extends the
    // mandate of X until"), or after it ("extend until DATE the mandate of X").
    auto naming = [](const std::string& text, const std::smatch& x) {
      std::size_t b = static_cast<std::size_t>(x[0].first - text.begin());
      std::size_t d = static_cast<std::size_t>(x[1].first - text.begin());
      std::size_t e = static_cast<std::size_t>(x[0].second - text.begin());
      return d - b > 20 ? text.substr(b, d - b) : text.substr(e, 40);
    };
    const long adoption = day(adopted[1], adopted[2], adopted[3]);
    const std::string& previous = history[0];
    for (auto i = std::sregex_iterator(t.begin() + static_cast<long>(body_start(t)), t.end(), ext);
         i != std::sregex_iterator(); ++i)
      for (auto j = std::sregex_iterator(previous.begin(), previous.end(), ext);
           j != std::sregex_iterator(); ++j) {
        const std::smatch &m = *i, &prev = *j;
        long before = day(prev[2], prev[3], prev[4]), now = day(m[2], m[3], m[4]);
        if (before <= adoption || before >= now || naming(t, m) != naming(previous, prev)) continue;
        return replace(t, pos(t, m, 1), m[1].length(), prev.str(1), {"date.mandate-end"});
      }
    return std::optional<Planted>();
  };
  // The meeting number (or, without one, the resolution number) going back.
  p["meeting backwards"] = [](const std::string& t, const std::vector<std::string>&) {
    std::smatch m;
    std::string head = t.substr(0, body_start(t));
    if (std::regex_search(head, m, std::regex(R"(at its (\d{4,5})(st|nd|rd|th) meeting)")))
      return replace(t, pos(t, m, 1), m[1].length(), std::to_string(std::stoi(m[1]) - 300),
                     {"date.meeting-backwards"});
    if (!std::regex_search(head, m, std::regex(R"(^S/RES/(\d{4}) )")))
      return std::optional<Planted>();
    std::string from = m[1], to = std::to_string(std::stoi(from) - 200);
    std::string d = t.substr(0, body_start(t)), rest = t.substr(body_start(t));
    for (std::size_t at = 0; (at = d.find(from, at)) != std::string::npos; at += to.size())
      d.replace(at, from.size(), to);
    return std::optional<Planted>(Planted{d + rest, 0, {"date.meeting-backwards"}, ""});
  };
  // A date that does not exist.
  p["impossible date"] = [](const std::string& t, const std::vector<std::string>&) {
    auto m = first(t, std::string(R"((\d{1,2}) )") + kMonth + R"( \d{4})");
    if (!m) return std::optional<Planted>();
    std::size_t at = pos(t, *m, 1);
    return replace(t, at, static_cast<std::size_t>((*m)[2].second - (*m)[1].first), "30 February",
                   {"date.impossible"});
  };
  // A reference to a paragraph the resolution does not have.
  p["paragraph reference"] = [](const std::string& t, const std::vector<std::string>&) {
    auto m = first(t, R"(paragraphs? (\d+) (above|of this resolution))");
    if (!m) return std::optional<Planted>();
    return replace(t, pos(t, *m, 1), (*m)[1].length(), "97", {"ref.paragraph"});
  };
  // An acronym defined in the text and misspelt in a later use (two inner
  // letters swapped).
  p["acronym misspelt"] = [](const std::string& t, const std::vector<std::string>&) {
    std::regex def(R"(\(([A-Z]{4,8})\))");
    for (auto it = std::sregex_iterator(t.begin(), t.end(), def); it != std::sregex_iterator();
         ++it) {
      std::string a = (*it)[1];
      if (a[1] == a[2]) continue;
      std::regex use("\\b" + a + "\\b");
      std::smatch u;
      auto from = (*it)[0].second;
      if (!std::regex_search(from, t.end(), u, use)) continue;
      std::string b = a;
      std::swap(b[1], b[2]);
      return replace(t, pos(t, u, 0), a.size(), b,
                     {"text.near-miss", "term.undefined-acronym", "term.acronym-misspelt"});
    }
    return std::optional<Planted>();
  };
  // A phrase left in the other language: the first "the Secretary-General"
  // of an operative paragraph as a French translator's draft would have it.
  p["other language"] = [](const std::string& t, const std::vector<std::string>&) {
    auto m = first(t, R"(\n\d+\. [^\n]*?(the Secretary-General))");
    if (!m) return std::optional<Planted>();
    return replace(t, pos(t, *m, 1), (*m)[1].length(),
                   "le Secrétaire général de l'Organisation des Nations Unies",
                   {"text.other-language"});
  };
  // A demand every earlier resolution of the window carried, dropped.
  p["demand dropped"] = [](const std::string& t, const std::vector<std::string>& history) {
    std::regex para(R"((^|\n)(\d+)\. ([^\n]{60,}))");
    for (auto it = std::sregex_iterator(t.begin(), t.end(), para); it != std::sregex_iterator();
         ++it) {
      std::string words = (*it)[3].str().substr(0, 60);
      if (history.size() < kWindow) break;
      bool everywhere = true;
      for (std::size_t h = 0; h < kWindow; ++h)
        everywhere = everywhere && history[h].find(words) != std::string::npos;
      if (!everywhere) continue;
      std::size_t at = pos(t, *it, 2);
      std::size_t end = t.find('\n', at);
      Planted p{t.substr(0, at) + t.substr(end == std::string::npos ? t.size() : end + 1),
                at,
                {"thread.dropped"},
                words.substr(0, 40)};
      return std::optional<Planted>(p);
    }
    return std::optional<Planted>();
  };
  return p;
}

struct Pick {
  std::string folder, file;          // the newest resolution of the agenda item
  std::vector<std::string> earlier;  // the texts of the earlier ones, newest first
};

// The largest agenda items and their newest resolutions (by number, which
// follows adoption).
std::vector<Pick> picks(const std::string& archive) {
  std::vector<std::pair<std::size_t, std::string>> sizes;
  for (const auto& e : fs::directory_iterator(archive))
    if (e.is_directory())
      sizes.push_back({static_cast<std::size_t>(std::distance(fs::directory_iterator(e.path()),
                                                              fs::directory_iterator())),
                       e.path().filename().string()});
  std::sort(sizes.rbegin(), sizes.rend());
  std::vector<Pick> out;
  for (std::size_t i = 0; i < sizes.size() && out.size() < kSeries; ++i) {
    std::vector<std::string> files;
    for (const auto& e : fs::directory_iterator(archive + "/" + sizes[i].second))
      files.push_back(e.path().filename().string());
    std::sort(files.begin(), files.end());
    Pick p{sizes[i].second, files.back(), {}};
    for (std::size_t k = files.size() - 1; k-- > 0;)
      p.earlier.push_back(read_file(archive + "/" + p.folder + "/" + files[k]));
    out.push_back(std::move(p));
  }
  return out;
}

// The archive without the picked resolutions (copied, manifest entries dropped).
void copy_without(const std::string& archive, const std::string& to,
                  const std::vector<Pick>& picked) {
  std::set<std::string> drop;
  for (const Pick& p : picked) drop.insert(p.folder + "/" + p.file);
  fs::copy(archive, to, fs::copy_options::recursive);
  for (const auto& f : drop) fs::remove(to + "/" + f);
  std::istringstream in(read_file(archive + "/manifest.yaml"));
  std::string out, block, line;
  auto flush = [&] {
    bool gone = false;
    for (const auto& f : drop) gone = gone || block.find("file: " + f + "\n") != std::string::npos;
    if (!gone) out += block;
    block.clear();
  };
  while (std::getline(in, line)) {
    if (line.rfind("  - id:", 0) == 0) flush();
    block += line + "\n";
  }
  flush();
  std::ofstream(to + "/manifest.yaml") << out;
}

}  // namespace

TEST_CASE("unsc-archive: planted mistakes in drafts of several agenda items are caught",
          "[check][archive][planted]") {
  const std::string archive = shared_dir() + "/corpora/unsc-archive";
  if (!have(archive, "the unsc-archive set")) return;
  TempDir dir;
  const std::vector<Pick> picked = picks(archive);
  REQUIRE(picked.size() == kSeries);
  copy_without(archive, dir.path() + "/corpus", picked);

  std::size_t planted_all = 0, caught_all = 0;
  std::string report, missed;
  for (const auto& [kind, plant] : planters()) {
    std::vector<std::string> args{"check",    "--corpus", dir.path() + "/corpus",
                                  "--format", "json",     "--fail-on",
                                  "never",    "-o",       dir.path() + "/out.json"};
    std::map<std::string, std::pair<Planted, std::string>> drafts;  // by path
    for (const Pick& p : picked) {
      const std::string text = read_file(archive + "/" + p.folder + "/" + p.file);
      auto planted = plant(text, p.earlier);
      if (!planted) continue;
      std::string path = dir.write("drafts/" + p.folder + ".txt", planted->text);
      args.push_back(path);
      drafts.emplace(path, std::make_pair(*planted, p.folder));
    }
    if (drafts.empty()) {
      report += kind + ": not planted (no draft has the pattern)\n";
      continue;
    }
    RunResult r = run(args);
    REQUIRE(r.exit_code == 0);
    const auto findings = nlohmann::json::parse(read_file(dir.path() + "/out.json")).at("findings");
    std::size_t caught = 0;
    for (const auto& [path, d] : drafts) {
      const Planted& p = d.first;
      bool hit = false;
      for (const auto& f : findings) {
        if (f.at("file") != path || !p.rules.count(f.at("rule").get<std::string>())) continue;
        if (!p.excerpt.empty())
          hit = hit || f.at("message").get<std::string>().find(p.excerpt) != std::string::npos;
        else
          hit = hit || p.at == 0 || f.at("line").get<int>() == line_at(p.text, p.at);
      }
      caught += hit;
      if (!hit) missed += kind + ": " + d.second + "\n";
    }
    planted_all += drafts.size();
    caught_all += caught;
    report += kind + ": " + std::to_string(caught) + "/" + std::to_string(drafts.size()) + "\n";
  }
  report += "overall: " + std::to_string(caught_all) + "/" + std::to_string(planted_all) + "\n";
  std::cout << report << (missed.empty() ? "" : "missed:\n" + missed);
  INFO(report << missed);
  CHECK(planted_all >= 20);
  CHECK(static_cast<double>(caught_all) >= 0.9 * static_cast<double>(planted_all));
}

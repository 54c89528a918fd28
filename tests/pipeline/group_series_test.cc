// Series of a bare folder (no manifest): a tiny English folder written here,
// five agenda items of ../shared/corpora/unsc-archive flattened into one
// folder (pairwise precision and recall and purity against the folders of
// origin printed and held), and, on demand ([.archive]), the whole archive.
#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <map>
#include <set>

#include "pipeline/pipeline.h"
#include "support/test_support.h"

using namespace ct;
using namespace ct::test;
namespace fs = std::filesystem;

namespace {

struct Score {
  double precision = 0, recall = 0, purity = 0;
  std::size_t found = 0, expected = 0;
};

// Series found against the origin of each document (document id -> origin).
Score score(const Corpus& c, const std::map<std::string, std::string>& origin) {
  std::map<std::pair<std::string, std::string>, double> joint;
  std::map<std::string, double> found, expected;
  for (const Document& d : c.documents) {
    auto it = origin.find(d.id);
    if (it == origin.end()) continue;
    ++joint[{d.series, it->second}];
    ++found[d.series];
    ++expected[it->second];
  }
  auto pairs = [](double n) { return n * (n - 1) / 2; };
  double tp = 0, fp = 0, gp = 0, n = 0;
  std::map<std::string, double> best;
  for (const auto& [k, v] : joint) {
    tp += pairs(v);
    best[k.first] = std::max(best[k.first], v);
    n += v;
  }
  for (const auto& [_, v] : found) fp += pairs(v);
  for (const auto& [_, v] : expected) gp += pairs(v);
  Score s;
  s.precision = fp > 0 ? tp / fp : 1;
  s.recall = gp > 0 ? tp / gp : 1;
  double pure = 0;
  for (const auto& [_, v] : best) pure += v;
  s.purity = n > 0 ? pure / n : 0;
  s.found = found.size();
  s.expected = expected.size();
  return s;
}

// Copies the texts of `folders` of the archive into one flat folder.
std::map<std::string, std::string> flatten(const std::string& archive,
                                           const std::vector<std::string>& folders,
                                           const TempDir& dir) {
  std::map<std::string, std::string> origin;
  for (const std::string& f : folders)
    for (const auto& e : fs::directory_iterator(fs::path(archive) / f)) {
      if (e.path().extension() != ".txt") continue;
      fs::copy_file(e.path(), fs::path(dir.path()) / e.path().filename());
      origin[e.path().stem().string()] = f;
    }
  return origin;
}

std::string archive_dir() {
  return shared_dir() + "/corpora/unsc-archive";
}

}  // namespace

TEST_CASE("a bare English folder splits into the series its texts name", "[pipeline][series]") {
  TempDir dir;
  const char* years[] = {"2021", "2022", "2023"};
  for (const char* y : years) {
    dir.write(std::string("nfc-") + y + ".txt",
              std::string("Communique of the Northern Fisheries Commission\n\nHalifax, 12 May ") +
                  y +
                  "\n\nThe Members of the Northern Fisheries Commission:\n\n1. Urge the "
                  "Harbour Authority of Tromsvik to publish the Cod Quota Register.\n\n2. Request "
                  "the Commission's Scientific Council to report on Cod stocks in the Labrador "
                  "Shelf.\n");
    dir.write(std::string("arc-") + y + ".txt",
              std::string("Report of the Alpine Rail Council\n\nZermatt, 3 June ") + y +
                  "\n\nThe Members of the Alpine Rail Council:\n\n1. Welcome the opening of the "
                  "Gotthard Freight Corridor by Helvetic Rail.\n\n2. Call upon the Brenner "
                  "Tunnel Authority to adopt the Alpine Signalling Code.\n");
  }
  Corpus c = pipeline::load(dir.path(), rules(), 1, pipeline::Depth::Extract);
  std::map<std::string, std::string> origin;
  for (const char* y : years) {
    origin[std::string("nfc-") + y] = "nfc";
    origin[std::string("arc-") + y] = "arc";
  }
  Score s = score(c, origin);
  CHECK(s.found == 2);
  CHECK(s.precision == 1.0);
  CHECK(s.recall == 1.0);
  std::set<std::string> titles;
  for (const Series& se : c.series) titles.insert(se.title);
  INFO("series titles: " << [&] {
    std::string t;
    for (const auto& x : titles) t += "'" + x + "' ";
    return t;
  }());
  CHECK(titles.count("northern fisheries commission") == 1);
  CHECK(titles.count("alpine rail council") == 1);
  for (const Document& d : c.documents) {
    CHECK(d.language == "en");
    CHECK(d.date.substr(4) == (d.id[0] == 'n' ? "-05-12" : "-06-03"));
  }
}

TEST_CASE("a bare folder's series are named from the subject their texts name",
          "[pipeline][series]") {
  // Titles that name nothing ("Resolution 12 (2021)"): a series is named from
  // the subject most of its texts name, a name ("the situation in the
  // Republic of Ruritania and the region") or, written without capitals, a
  // short phrase ("children and armed conflict"); not from its heaviest
  // single words ("Republic, Ruritania").
  TempDir dir;
  for (int k = 0; k < 3; ++k) {
    const std::string n = std::to_string(10 + k), y = std::to_string(2020 + k);
    dir.write("rur-" + y + ".txt",
              "Resolution " + n + " (" + y + ")\n\nAdopted by the Council on 4 May " + y +
                  "\n\nThe Council,\n\nRecalling its previous resolutions on the situation in "
                  "the Republic of Ruritania and the region,\n\n1. Urges the Ruritanian Armed "
                  "Forces to withdraw from Port Velka;\n\n2. Decides to renew the mandate of "
                  "the Ruritania Observer Mission until 4 May " +
                  std::to_string(2021 + k) + ".\n");
    dir.write("caac-" + y + ".txt",
              "Resolution " + std::to_string(20 + k) + " (" + y +
                  ")\n\nAdopted by the Council on 9 June " + y +
                  "\n\nThe Council,\n\nReaffirming its resolutions 7 (2010) and 9 (2012) on "
                  "children and armed conflict,\n\n1. Requests the Special Representative for "
                  "Children to report on the Monitoring and Reporting Mechanism;\n\n2. Calls upon "
                  "the Working Group to review the Annexes of the Report.\n");
  }
  Corpus c = pipeline::load(dir.path(), rules(), 1, pipeline::Depth::Extract);
  std::map<std::string, std::string> title_of;  // document id -> its series' title
  for (const Document& d : c.documents)
    for (const Series& se : c.series)
      if (se.id == d.series) title_of[d.id] = se.title;
  for (const char* y : {"2020", "2021", "2022"}) {
    CHECK(title_of[std::string("rur-") + y] == "Republic of Ruritania");
    CHECK(title_of[std::string("caac-") + y] == "children and armed conflict");
  }
}

namespace {

// A resolution on `subject` of `year` that names the places and bodies the
// neighbours share.
std::string neighbour_text(const std::string& subject, int year, const std::string& month) {
  const std::string y = std::to_string(year);
  return "Resolution " + std::to_string(year - 1990) + " (" + y +
         ")\n\nAdopted by the Council on 3 " + month + " " + y +
         "\n\nThe Council,\n\nRecalling its previous resolutions on the "
         "situation in " +
         subject +
         ",\n\n1. Welcomes the work of the Joint Border Commission "
         "at Lake Varna and Port Elm;\n\n2. Urges the Tessaly Rifles and the Orban Militia to "
         "leave the Kestrel Valley;\n\n3. Requests the Joint Border Commission to report on the "
         "Lake Varna crossings.\n";
}

}  // namespace

TEST_CASE("a bare folder's texts on two subjects that run alongside are two series",
          "[pipeline][series]") {
  // Two neighbours' texts, year after year, naming the same places and
  // bodies: alike enough to cluster, but each names its own subject. A
  // country renamed (the first subject's texts end before the second's
  // begin) stays one series.
  TempDir dir;
  for (int y = 2015; y <= 2018; ++y) {
    dir.write("north-" + std::to_string(y) + ".txt", neighbour_text("Northland", y, "March"));
    dir.write("south-" + std::to_string(y) + ".txt", neighbour_text("Southland", y, "September"));
  }
  for (int y = 2019; y <= 2024; ++y)
    dir.write("east-" + std::to_string(y) + ".txt",
              neighbour_text(y < 2022 ? "East Kerria" : "Kerria-Leste", y, "May"));
  Corpus c = pipeline::load(dir.path(), rules(), 1, pipeline::Depth::Extract);
  std::map<std::string, std::set<std::string>> series_of;  // prefix -> series ids
  std::map<std::string, std::string> title_of;
  for (const Series& se : c.series) title_of[se.id] = se.title;
  for (const Document& d : c.documents) series_of[d.id.substr(0, d.id.find('-'))].insert(d.series);
  REQUIRE(series_of["north"].size() == 1);
  REQUIRE(series_of["south"].size() == 1);
  CHECK(*series_of["north"].begin() != *series_of["south"].begin());
  CHECK(title_of[*series_of["north"].begin()] == "Northland");
  CHECK(title_of[*series_of["south"].begin()] == "Southland");
  CHECK(series_of["east"].size() == 1);
}

TEST_CASE("five agenda items flattened into one folder give five series", "[pipeline][series]") {
  if (!have(archive_dir(), "the unsc-archive set")) return;
  TempDir dir;
  auto origin = flatten(archive_dir(),
                        {"the-situation-in-liberia", "the-situation-in-somalia",
                         "reports-of-the-secretary-general-on-the-sudan",
                         "the-situation-in-afghanistan", "the-situation-in-c-te-d-ivoire"},
                        dir);
  Corpus c = pipeline::load(dir.path(), rules(), 2, pipeline::Depth::Extract);
  Score s = score(c, origin);
  std::printf(
      "bare folder, 5 agenda items (%zu resolutions): %zu series found for %zu; pairwise "
      "precision %.3f recall %.3f, purity %.3f\n",
      origin.size(), s.found, s.expected, s.precision, s.recall, s.purity);
  CHECK(s.precision >= 0.9);
  CHECK(s.recall >= 0.85);
  CHECK(s.purity >= 0.95);
  // Their titles ("Resolution 1343 (2001)") name no subject: each series is
  // named from the subject most of its texts name ("Recalling its previous
  // resolutions ... on the situation in Côte d’Ivoire").
  std::map<std::string, std::size_t> size;
  for (const Document& d : c.documents) ++size[d.series];
  std::set<std::string> named;
  for (const Series& se : c.series)
    if (size[se.id] >= 20) named.insert(se.title);
  CHECK(named ==
        std::set<std::string>{"Afghanistan", "Côte d\u2019Ivoire", "Liberia", "Somalia", "Sudan"});
  // Dates, symbols and the language are detected from the texts.
  std::size_t dated = 0, symbol = 0, english = 0;
  for (const Document& d : c.documents) {
    dated += d.date.size() == 10;
    english += d.language == "en";
    bool own = false;
    for (std::size_t k = d.first_clause; k < d.first_clause + d.clause_count && !own; ++k)
      for (const Entity& e : c.clauses[k].entities) own |= e.type == EntityType::Resolution;
    symbol += own;
  }
  CHECK(dated == origin.size());
  CHECK(english == origin.size());
  CHECK(symbol == origin.size());
}

TEST_CASE("the whole archive flattened against its agenda items", "[.archive][series]") {
  if (!have(archive_dir(), "the unsc-archive set")) return;
  TempDir dir;
  std::vector<std::string> folders;
  for (const auto& e : fs::directory_iterator(archive_dir()))
    if (e.is_directory()) folders.push_back(e.path().filename().string());
  auto origin = flatten(archive_dir(), folders, dir);
  Corpus c = pipeline::load(dir.path(), rules(), 2, pipeline::Depth::Extract);
  Score s = score(c, origin);
  std::printf(
      "bare folder, whole archive (%zu resolutions): %zu series found for %zu; pairwise "
      "precision %.3f recall %.3f, purity %.3f\n",
      origin.size(), s.found, s.expected, s.precision, s.recall, s.purity);
  CHECK(s.purity >= 0.7);
}

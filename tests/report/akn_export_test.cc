// `clausetrack export DOC --format akn`: the Akoma Ntoso written for a
// document, read back by clausetrack's own AKN reader, gives the same clauses
// (number and text; the role of every numbered clause; the roles of unnumbered
// lines may differ where the plain text's layout decided them, e.g. a title
// broken over lines) and metadata (language, date) as the document (shipped
// texts, a compilation item by id, a text with sub-items, unsc-dev texts and
// AKN files); every clause refers to a thread declared in the references,
// the threads the corpus shares across sessions.
#include <libxml/parser.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>

#include "support/test_support.h"

using namespace ct::test;

namespace {

struct Segmented {
  std::string language, date;
  std::vector<std::string> clauses;   // "NUMBER|TEXT"
  std::vector<std::string> numbered;  // "NUMBER|ROLE" of the clauses with a number
};

Segmented segment(const std::string& target) {
  RunResult r = run(
      {"segment", target, "--rules", rules_dir(), "--corpus", corpus_dir(), "--format", "json"});
  INFO(target << ": " << r.err);
  REQUIRE(r.exit_code == 0);
  nlohmann::json j = nlohmann::json::parse(r.out);
  Segmented s;
  s.language = j["documents"][0]["language"].get<std::string>();
  s.date =
      j["documents"][0]["date"].is_string() ? j["documents"][0]["date"].get<std::string>() : "";
  for (const auto& c : j["clauses"]) {
    std::string number = c["number"].get<std::string>();
    s.clauses.push_back(number + "|" + c["text"].get<std::string>());
    if (!number.empty()) s.numbered.push_back(number + "|" + c["role"].get<std::string>());
  }
  return s;
}

std::string export_akn(const TempDir& dir, const std::string& target) {
  std::string out = dir.path() + "/export.akn.xml";
  RunResult r = run({"export", target, "--format", "akn", "--rules", rules_dir(), "--corpus",
                     corpus_dir(), "-o", out});
  INFO(target << ": " << r.err);
  REQUIRE(r.exit_code == 0);
  return out;
}

void check_round_trip(const std::string& target) {
  TempDir dir;
  std::string xml = export_akn(dir, target);
  Segmented original = segment(target), back = segment(xml);
  INFO(target);
  CHECK(back.clauses == original.clauses);
  CHECK(back.numbered == original.numbered);
  CHECK(back.language == original.language);
  CHECK(back.date == original.date);
  CHECK(!original.clauses.empty());
}

std::set<std::string> matches(const std::string& s, const std::string& pattern) {
  std::set<std::string> out;
  std::regex re(pattern);
  for (auto it = std::sregex_iterator(s.begin(), s.end(), re); it != std::sregex_iterator(); ++it)
    out.insert((*it)[1]);
  return out;
}

// The thread ids the refersTo attributes list ("#thread-a #thread-b" for a
// clause carrying two statements).
std::set<std::string> thread_refs(const std::string& xml) {
  std::set<std::string> out;
  for (const std::string& list : matches(xml, "refersTo=\"(#thread-[^\"]+)\""))
    for (const std::string& id : matches(list, "#thread-([^ ]+)")) out.insert(id);
  return out;
}

const std::string kWithSubItems =
    "Joint Communique\n\nThe Ministers:\n\n"
    "1. Welcomed the report of the Secretary General on the situation.\n\n"
    "2. Requested the Secretariat:\n\n"
    "(a) to circulate this communique to all Member States;\n\n"
    "(b) to report on its implementation:\n\n"
    "(i) at the next session;\n\n"
    "(ii) at the session after it;\n\n"
    "3. Decided to remain seized of the matter.\n";

}  // namespace

TEST_CASE("export akn of the shipped texts reads back as the same clauses", "[akn-export]") {
  std::string c = corpus_dir() + "/cg-jk/";
  for (const char* f : {"2019-09-25-new-york.fr.txt", "2023-03-16-nouakchott.fr.txt",
                        "2023-09-20-new-york.en.txt", "2025-09-23-new-york.en.txt"})
    check_round_trip(c + f);
  check_round_trip("cfm47-pol-3");  // a compilation item, by id
}

TEST_CASE("export akn nests sub-items as points and reads them back", "[akn-export]") {
  TempDir dir;
  std::string text = dir.write("sub.txt", kWithSubItems);
  check_round_trip(text);
  std::string xml = read_file(export_akn(dir, text));
  CHECK(count_of(xml, "<paragraph ") == 3);
  CHECK(count_of(xml, "<point ") == 4);
  CHECK(xml.find("<paragraph eId=\"para_2\"") < xml.find("<point eId=\"para_2__point_1\""));
  CHECK(xml.find("<point eId=\"para_2__point_2__point_2\"") != std::string::npos);
  CHECK(xml.find("<num>(ii)</num>") != std::string::npos);
}

TEST_CASE("export akn of unsc-dev texts and AKN files", "[akn-export]") {
  std::string dir = shared_dir() + "/corpora/unsc-dev/binuh-haiti/";
  if (!have(dir, "the unsc-dev set")) return;
  check_round_trip(dir + "en/S-RES-2785-2025.en.txt");
  check_round_trip(dir + "akn/S-RES-2785-2025.en.xml");
  check_round_trip(dir + "akn/S-RES-2743-2024.fr.xml");
}

TEST_CASE("export akn: well formed, FRBR metadata, every clause refers to its thread",
          "[akn-export]") {
  TempDir dir;
  std::string c = corpus_dir() + "/cg-jk/";
  std::string xml = read_file(export_akn(dir, c + "2023-09-20-new-york.en.txt"));
  xmlDocPtr d = xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "export.xml", nullptr,
                              XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  REQUIRE(d != nullptr);
  CHECK(std::string(reinterpret_cast<const char*>(xmlDocGetRootElement(d)->ns->href)) ==
        "http://docs.oasis-open.org/legaldocml/ns/akn/3.0");
  xmlFreeDoc(d);
  CHECK(xml.find("<FRBRdate date=\"2023-09-20\" name=\"adoption\"/>") != std::string::npos);
  CHECK(xml.find("<FRBRlanguage language=\"eng\"/>") != std::string::npos);

  std::size_t clauses = segment(c + "2023-09-20-new-york.en.txt").clauses.size();
  CHECK(count_of(xml, "refersTo=\"#thread-") == clauses);
  std::set<std::string> referred = thread_refs(xml);
  std::set<std::string> declared = matches(xml, "<TLCConcept eId=\"thread-([^\"]+)\"");
  CHECK(!referred.empty());
  CHECK(referred == declared);

  // The corpus's threads: the next session's text shares some of them.
  TempDir other;
  std::string next = read_file(export_akn(other, c + "2025-09-23-new-york.en.txt"));
  std::set<std::string> next_threads = thread_refs(next);
  std::size_t shared = 0;
  for (const auto& t : referred) shared += next_threads.count(t);
  CHECK(shared >= 5);
}

TEST_CASE("export akn: a compilation is exported item by item", "[akn-export]") {
  RunResult r = run({"export", corpus_dir() + "/cfm/2020-11-27-niamey-cfm47-pol.fr.txt", "--rules",
                     rules_dir(), "--corpus", corpus_dir()});
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("export one item at a time") != std::string::npos);
  CHECK(r.out.empty());
}

// The shipped corpus, segmented: every seed's structure as printed (numbered
// items and sub-items, unnumbered operative paragraphs, preambles, titles,
// signatures), undone line breaks and hyphenation, stripped chrome and markup.
#include <catch2/catch.hpp>
#include <set>

#include "support/segment_support.h"
#include "support/test_support.h"
#include "text/utf8.h"

using ct::Clause;
using ct::Corpus;
using ct::Role;

namespace {

struct Doc {
  const Corpus& corpus;
  const ct::Document& doc;
  std::vector<const Clause*> clauses;

  const Clause* operator[](const std::string& local) const {
    for (const Clause* c : clauses)
      if (c->id == doc.id + "/" + local) return c;
    return nullptr;
  }
  std::vector<const Clause*> role(Role r) const {
    std::vector<const Clause*> out;
    for (const Clause* c : clauses)
      if (c->role == r) out.push_back(c);
    return out;
  }
  std::string dump() const {
    std::string out;
    for (const Clause* c : clauses)
      out += c->id + "  " + std::string(ct::name(c->role)) + "  " + c->text.substr(0, 80) + "\n";
    return out;
  }
  const Clause& at(std::size_t i) const { return corpus.clauses[doc.first_clause + i]; }
};

Doc doc(const std::string& id) {
  const Corpus& c = ct::test::segmented_corpus();
  const ct::Document* d = c.find_document(id);
  REQUIRE(d != nullptr);
  Doc out{c, *d, {}};
  for (std::size_t i = d->first_clause; i < d->first_clause + d->clause_count; ++i)
    out.clauses.push_back(&c.clauses[i]);
  return out;
}

const Clause& need(const Doc& d, const std::string& local) {
  const Clause* c = d[local];
  INFO(d.dump());
  REQUIRE(c != nullptr);
  return *c;
}

bool contains(const std::string& s, const std::string& part) {
  return s.find(part) != std::string::npos;
}

// The top-level numbered operative paragraphs of a document, numbers as printed.
std::vector<std::string> operative_numbers(const Doc& d) {
  std::vector<std::string> out;
  for (const Clause* c : d.clauses)
    if (c->role == Role::Operative && c->depth == 0 && !c->number.empty() &&
        c->id.find("/s") == std::string::npos)  // the first numbering section only
      out.push_back(c->number);
  return out;
}

std::vector<std::string> one_to(int n) {
  std::vector<std::string> out;
  for (int i = 1; i <= n; ++i) out.push_back(std::to_string(i));
  return out;
}

}  // namespace

TEST_CASE("every clause is one line of clean text inside its document", "[segment][seeds]") {
  const Corpus& c = ct::test::segmented_corpus();
  REQUIRE(c.clauses.size() > 1000);
  std::set<std::string> ids;
  for (const Clause& cl : c.clauses) {
    INFO(cl.id);
    const ct::Document& d = c.documents[cl.doc];
    CHECK(cl.id.rfind(d.id + "/", 0) == 0);
    CHECK(ids.insert(cl.id).second);  // ids are unique
    CHECK(cl.text.find('\n') == std::string::npos);
    CHECK(!contains(cl.text, "**"));
    CHECK(!contains(cl.text, "<sup>"));
    CHECK(!contains(cl.text, "^{"));
    CHECK(!contains(cl.text, "\\*"));
    CHECK(cl.line >= d.line);
    CHECK(cl.end_line <= d.end_line);
    CHECK(cl.line <= cl.end_line);
    CHECK(cl.source_begin >= d.begin);
    CHECK(cl.source_end <= d.end);
    if (!cl.text.empty()) CHECK(!cl.tokens.empty());
    if (cl.parent) {
      const Clause& p = c.clauses[*cl.parent];
      CHECK(p.doc == cl.doc);
      CHECK(p.depth == cl.depth - 1);
    }
  }
}

TEST_CASE("2023-03: a report numbered 1-8, then a communiqué numbered 1-11 with sub-items",
          "[segment][seeds]") {
  Doc d = doc("cg-jk-2023-03");
  INFO(d.dump());
  // The report: narrative paragraphs 1..8.
  for (int i = 1; i <= 8; ++i) {
    const Clause& c = need(d, std::to_string(i));
    CHECK(c.role == Role::Narrative);
    CHECK(c.number == std::to_string(i));
    CHECK(c.lead.empty());
  }
  // The communiqué restarts its numbering: ids of the second section carry "s2.".
  for (int i = 1; i <= 11; ++i) {
    const Clause& c = need(d, "s2." + std::to_string(i));
    CHECK(c.role == Role::Operative);
    CHECK(c.number == std::to_string(i));
    CHECK(c.depth == 0);
    CHECK(!c.lead.empty());
  }
  const Clause& eight = need(d, "s2.8");
  CHECK(eight.lead == "Exigé");
  CHECK(eight.action == "demand");
  CHECK(eight.strength == 5);
  CHECK(need(d, "s2.1").lead == "Demandé");
  CHECK(need(d, "s2.1").action == "request");
  for (std::string r : {"i", "ii", "iii", "iv", "v", "vi", "vii"}) {
    const Clause& c = need(d, "s2.8." + r);
    CHECK(c.number == "8." + r);
    CHECK(c.role == Role::ListItem);
    CHECK(c.depth == 1);
    REQUIRE(c.parent);
    CHECK(d.corpus.clauses[*c.parent].id == eight.id);
  }
  CHECK(d["s2.8.viii"] == nullptr);
  CHECK(contains(need(d, "s2.8.ii").text, "Annule ses actions unilatérales"));
  CHECK(need(d, "s2.9.i").number == "9.i");
  const Clause& nine_ii = need(d, "s2.9.ii");
  CHECK(nine_ii.text == "Comme mandaté par la résolution (8/48-POL) ;");
  for (int k = 1; k <= 3; ++k) {
    const Clause& b = need(d, "s2.9.ii-" + std::to_string(k));
    CHECK(b.role == Role::ListItem);
    CHECK(b.depth == 2);
    CHECK(b.number.empty());
    REQUIRE(b.parent);
    CHECK(d.corpus.clauses[*b.parent].id == nine_ii.id);
  }
  CHECK(contains(need(d, "s2.9.ii-1").text, "Concevoir et mettre en œuvre un plan global"));
  CHECK(d["s2.9.ii-4"] == nullptr);
  CHECK(d["s2.12"] == nullptr);
  CHECK(d["9"] == nullptr);

  // "2022. Il a ..." at the start of a wrapped line is not item 2022.
  CHECK(d["2022"] == nullptr);
  CHECK(contains(need(d, "2").text, "en décembre 2022. Il a en outre souligné"));
  // A full-width line ending with a period goes on when the item does.
  CHECK(contains(need(d, "7").text, "assisté à la réunion. Représentant la voix des Cachemiris"));
  // Double-spaced hard wraps are undone, end-of-line hyphens kept where they belong.
  CHECK(contains(need(d, "2").text, "la situation actuelle au Jammu-et-Cachemire, il a souligné"));
  CHECK(contains(need(d, "2").text, "dans son droit à l'autodétermination"));
  for (const Clause* c : d.clauses) {
    CHECK(!contains(c->text, "Jammu- "));
    CHECK(!contains(c->text, "Jammuet"));
    CHECK(!contains(c->text, "***"));
  }
  // Preamble, lead-ins and headings of the communiqué.
  CHECK(d.role(Role::Preambular).size() == 12);
  CHECK(d.role(Role::Preambular).front()->text.rfind("Ayant entendu", 0) == 0);
  CHECK(d.role(Role::Preambular).back()->text.rfind("Ayant passé en revue", 0) == 0);
  auto headings = d.role(Role::Heading);
  REQUIRE(headings.size() == 3);
  CHECK(headings[0]->text.rfind("Communiqué Conjoint publié par Le Groupe de Contact", 0) == 0);
  CHECK(headings[1]->text == "Les Ministres des Affaires étrangères :");
  CHECK(headings[2]->text == "Les ministres des Affaires étrangères ont :");
  CHECK(d.role(Role::Title).empty());  // the document opens with item 1
}

TEST_CASE("2023-09: unnumbered operative paragraphs and i..vii under 'Demanded that India:'",
          "[segment][seeds]") {
  Doc d = doc("cg-jk-2023-09");
  INFO(d.dump());
  for (const Clause* c : d.clauses) {
    CHECK(!contains(c->text, "Press Releases"));
    CHECK(!contains(c->text, "Close Search Window"));
  }
  CHECK(d.at(0).role == Role::Narrative);
  CHECK(d.at(0).text.rfind("The Ministers of Foreign Affairs and senior officials", 0) == 0);
  auto pre = d.role(Role::Preambular);
  REQUIRE(pre.size() == 14);
  CHECK(pre[0]->text.rfind("Having heard the report", 0) == 0);
  CHECK(pre[2]->text.rfind("Also reaffirming", 0) == 0);
  CHECK(need(d, "h.1").text == "The Foreign Ministers:");
  auto ops = d.role(Role::Operative);
  REQUIRE(ops.size() == 15);
  for (std::size_t i = 0; i < ops.size(); ++i) {
    CHECK(ops[i]->number.empty());
    CHECK(ops[i]->key == "op." + std::to_string(i + 1));
    CHECK(!ops[i]->action.empty());
  }
  const Clause& demanded = need(d, "op.5");
  CHECK(demanded.text == "Demanded that India:");
  CHECK(demanded.lead == "Demanded");
  CHECK(demanded.action == "demand");
  std::vector<std::string> romans{"i", "ii", "iii", "iv", "v", "vi", "vii"};
  for (const auto& r : romans) {
    const Clause& c = need(d, "op.5." + r);
    CHECK(c.number == r);
    CHECK(c.role == Role::ListItem);
    CHECK(c.depth == 1);
    REQUIRE(c.parent);
    CHECK(d.corpus.clauses[*c.parent].id == demanded.id);
  }
  CHECK(need(d, "op.5.i").text ==
        "reverse all illegal and unilateral measures taken on or after 5 August 2019,");
  const Clause& further = need(d, "op.13");
  CHECK(further.text.rfind("Further requested", 0) == 0);
  CHECK(further.lead == "requested");
  CHECK(further.action == "request");
  // The closing date is the signature.
  const Clause& sig = need(d, "sig");
  CHECK(sig.role == Role::Signature);
  CHECK(sig.text == "20 September 2023");
  CHECK(&sig == d.clauses.back());
}

TEST_CASE("2025-09: web chrome stripped, title found, place and date kept as signature",
          "[segment][seeds]") {
  Doc d = doc("cg-jk-2025-09");
  INFO(d.dump());
  for (const Clause* c : d.clauses) {
    CHECK(!contains(c->text, "UNITED24"));
    CHECK(!contains(c->text, "donation"));
    CHECK(!contains(c->text, "NEWSLETTER"));
    CHECK(!contains(c->text, "GlobalSecurity.org"));
    CHECK(c->text != "Military");
    CHECK(c->text != "Pakistan Ministry of Foreign Affairs");
  }
  const Clause& title = d.at(0);
  CHECK(title.role == Role::Title);
  CHECK(title.key == "title");
  CHECK(title.text.rfind("Meeting of the OIC Contact Group on Jammu and Kashmir", 0) == 0);
  CHECK(contains(title.text, "Joint Communique'"));
  CHECK(d.role(Role::Preambular).size() == 3);
  auto ops = d.role(Role::Operative);
  REQUIRE(ops.size() == 17);
  CHECK(ops.front()->lead == "Reaffirmed");
  CHECK(ops.back()->lead == "Urged");
  CHECK(ops.back()->action == "urge");
  bool also = false, further = false;
  for (const Clause* c : ops) {
    also |=
        c->text.rfind("Also welcomed", 0) == 0 && c->lead == "welcomed" && c->action == "welcome";
    further |= c->text.rfind("Further Condemned", 0) == 0 && c->action == "condemn";
  }
  CHECK(also);
  CHECK(further);
  const Clause& sig = need(d, "sig");
  CHECK(sig.role == Role::Signature);
  CHECK(sig.text == "New York September 23,2025");
  CHECK(sig.line == 49);
  CHECK(sig.end_line == 50);
  CHECK(&sig == d.clauses.back());
}

TEST_CASE("2019-09: symbol line, bold title, narrative items, markup removed", "[segment][seeds]") {
  Doc d = doc("cg-jk-2019-09");
  INFO(d.dump());
  CHECK(d.at(0).role == Role::Other);
  CHECK(d.at(0).text == "OIC/ACM-2019/CG-KASHMIR/REPORT/FINAL");
  const Clause& title = need(d, "title");
  CHECK(title.text ==
        "Rapport de la réunion du Groupe de contact de l'OCI sur le Jammu et Cachemire");
  CHECK(title.line == 7);
  CHECK(title.end_line == 9);
  for (int i = 1; i <= 8; ++i) CHECK(need(d, std::to_string(i)).role == Role::Narrative);
  CHECK(d["9"] == nullptr);
  const Clause& one = need(d, "1");
  std::size_t at = one.text.find("74ème session");
  REQUIRE(at != std::string::npos);
  // Positions in the clean text still map to the file: "74" is on line 17.
  ct::Position p = d.corpus.position(one, at);
  CHECK(p.line == 17);
  std::string_view line17 = d.doc.text->line_text(17);
  CHECK(line17.substr(0, 3) == "1. ");
  std::size_t col74 = std::string(line17).find("74<sup>");
  CHECK(p.column == static_cast<int>(ct::text::length(line17.substr(0, col74)) + 1));
  for (const Clause* c : d.clauses) CHECK(!contains(c->text, "*"));
}

TEST_CASE("CFM-47: 72 resolutions, each with its title and operative paragraphs as printed",
          "[segment][seeds]") {
  const Corpus& c = ct::test::segmented_corpus();
  int items = 0;
  for (const ct::Document& d : c.documents) {
    if (d.parent != "cfm47-pol") continue;
    ++items;
    Doc x = doc(d.id);
    INFO(x.dump());
    REQUIRE(!x.clauses.empty());
    CHECK(x.at(0).role == Role::Title);
    CHECK(x.at(0).line == d.line);
    CHECK(!x.role(Role::Operative).empty());
    // Numbers run 1..N, except in resolution 48 whose last paragraph is misprinted "7.".
    std::vector<std::string> nums = operative_numbers(x);
    if (d.id != "cfm47-pol-48") CHECK(nums == one_to(static_cast<int>(nums.size())));
  }
  CHECK(items == 72);

  struct Expect {
    const char* id;
    int last;
  };
  for (Expect e : {Expect{"cfm47-pol-1", 25}, Expect{"cfm47-pol-2", 10}, Expect{"cfm47-pol-4", 31},
                   Expect{"cfm47-pol-10", 30}, Expect{"cfm47-pol-34", 60},
                   Expect{"cfm47-pol-43", 29}, Expect{"cfm47-pol-72", 3}}) {
    Doc x = doc(e.id);
    INFO(e.id);
    CHECK(operative_numbers(x) == one_to(e.last));
  }

  Doc ten = doc("cfm47-pol-10");
  INFO(ten.dump());
  CHECK(ten.at(0).text == "RESOLUTION N°10/47-POL SUR LE DIFFEREND DU JAMMU-ET-CACHEMIRE");
  const Clause& p24 = need(ten, "24");
  CHECK(p24.lead == "AUTORISE");
  CHECK(p24.action == "decide");
  for (std::string s : {"a", "b"}) {
    const Clause& sub = need(ten, "24." + s);
    CHECK(sub.role == Role::ListItem);
    CHECK(sub.number == "24." + s);
    REQUIRE(sub.parent);
    CHECK(c.clauses[*sub.parent].id == p24.id);
  }
  CHECK(ten["24.c"] == nullptr);
  CHECK(need(ten, "2").lead == "EXIGE");
  CHECK(need(ten, "2").action == "demand");
  CHECK(need(ten, "2").strength == 5);
  CHECK(ten.role(Role::Preambular).size() >= 30);
  // A preambular paragraph cut by a page break is one clause ("... au" / "Pakistan, ...").
  bool joined = false;
  for (const Clause* p : ten.role(Role::Preambular))
    joined |=
        contains(p->text, "Conseil de sécurité des Nations Unies, au Pakistan, à d'autres États");
  CHECK(joined);

  Doc one = doc("cfm47-pol-1");
  CHECK(need(one, "3").lead == "FÉLICITE");
  CHECK(need(one, "3").action == "welcome");
  CHECK(contains(need(one, "11").text, "le 1er février 2019"));
  // "5. ... d'autres villes somaliennes, les forces" / "de sécurité somaliennes ...".
  CHECK(contains(need(one, "5").text, "les forces de sécurité somaliennes et la Mission"));

  // Misprinted numbering stays visible: resolution 48 has two paragraphs "7".
  Doc r48 = doc("cfm47-pol-48");
  CHECK(need(r48, "7~2").number == "7");
  CHECK(need(r48, "7~2").role == Role::Operative);
}

TEST_CASE("CFM-47 front matter: title page as clauses, the table of contents as data",
          "[segment][seeds]") {
  Doc d = doc("cfm47-pol");
  INFO(d.dump());
  CHECK(d.doc.toc.size() == 72);
  CHECK(need(d, "title").text == "RESOLUTIONS SUR LES AFFAIRES POLITIQUES");
  CHECK(d.at(0).text == "OIC/CFM-47/2020/POL/RES/FINAL");
  bool table = false;
  for (const Clause* c : d.clauses) {
    CHECK(!contains(c->text, "Résolution n°"));
    CHECK(!contains(c->text, "Intitulé"));
    table |= c->text == "Table des matières";
  }
  CHECK(table);
  CHECK(d.clauses.size() <= 10);
}

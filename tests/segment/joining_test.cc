// Undoing hard line breaks and end-of-line hyphenation in texts written by
// the tests: double-spaced PDF conversions, page breaks, CRLF and a BOM.
#include <catch2/catch.hpp>

#include "support/segment_support.h"
#include "text/utf8.h"

using ct::Clause;
using ct::Role;
using ct::test::need;
using ct::test::segment_text;
using ct::test::Segmented;

namespace {

// A paragraph hard-wrapped at about `width` characters, lines separated by
// `sep` ("\n" or "\n\n").
std::string wrap(const std::string& text, std::size_t width, const std::string& sep) {
  std::string out, line;
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t sp = text.find(' ', at);
    std::string word = text.substr(at, sp == std::string::npos ? std::string::npos : sp - at);
    if (!line.empty() && line.size() + 1 + word.size() > width) {
      out += line + " " + sep;
      line.clear();
    }
    line += (line.empty() ? "" : " ") + word;
    at = sp == std::string::npos ? text.size() : sp + 1;
  }
  return out + line + " \n";
}

}  // namespace

TEST_CASE("double-spaced hard wraps are undone; paragraphs and items kept apart",
          "[segment][joining]") {
  std::string p1 =
      "1. La réunion du groupe de travail sur la coopération régionale s'est tenue à Genève le 4 "
      "mai 2022. Les délégations de dix-sept pays y ont participé et ont examiné le projet de "
      "programme de travail pour les deux prochaines années.";
  std::string p2 =
      "2. Le président a présenté le rapport annuel. Il a rappelé les décisions prises lors de la "
      "session précédente, tenue en décembre 2021, et les mesures adoptées depuis lors par le "
      "secrétariat pour les mettre en œuvre.";
  std::string p3 =
      "3. Les participants ont adopté le programme de travail et décidé de se réunir de nouveau "
      "l'an prochain.";
  Segmented s = segment_text(
      wrap(p1, 70, "\n\n") + " \n\n" + wrap(p2, 70, "\n\n") + " \n\n" + wrap(p3, 70, "\n\n"), "fr");
  INFO(s.dump());
  REQUIRE(s.clauses().size() == 3);
  CHECK(need(s, "1").text == p1.substr(3));
  CHECK(need(s, "2").text == p2.substr(3));
  CHECK(need(s, "3").text == p3.substr(3));
  CHECK(need(s, "2").line > need(s, "1").end_line);
  CHECK(need(s, "1").role == Role::Narrative);
}

TEST_CASE("end-of-line hyphens: kept in compounds, dropped in split words", "[segment][joining]") {
  Segmented s = segment_text(
      "Le Conseil,\n\n"
      "Rappelant sa position sur le Jammu-et-Cachemire et les propositions faites,\n\n"
      "1. Réaffirme son soutien au peuple du Jammu-\n"
      "et-Cachemire et rappelle la pro-\n"
      "position faite par le Haut-\n"
      "Commissaire ; souligne l'impor-\n"
      "tance du dialogue ;\n\n"
      "2. Demande au Secrétaire général de suivre la question.\n",
      "fr");
  INFO(s.dump());
  const Clause& c = need(s, "1");
  CHECK(
      c.text ==
      "Réaffirme son soutien au peuple du Jammu-et-Cachemire et rappelle la proposition faite par "
      "le Haut-Commissaire ; souligne l'importance du dialogue ;");
  CHECK(c.line + 4 == c.end_line);
}

TEST_CASE("a paragraph cut by a page break continues; a new paragraph does not",
          "[segment][joining]") {
  Segmented s = segment_text(
      "The Council,\n\n"
      "Recalling the reports submitted by the Secretary-General to the Council and to the\n\n"
      "General Assembly on the situation in the region since 2019,\n\n"
      "Expressing concern at the humanitarian situation,\n\n"
      "1. Decides to renew the mandate of the mission until 31 December 2026 and to review its\n\n"
      "composition in the light of the report requested below;\n\n"
      "2. Requests a report by 30 June 2026.\n",
      "en");
  INFO(s.dump());
  auto pre = s.with_role(Role::Preambular);
  REQUIRE(pre.size() == 2);
  CHECK(
      pre[0]->text ==
      "Recalling the reports submitted by the Secretary-General to the Council and to the General "
      "Assembly on the situation in the region since 2019,");
  CHECK(need(s, "1").text.find("review its composition in the light") != std::string::npos);
}

TEST_CASE("CRLF line ends and a UTF-8 byte order mark change nothing", "[segment][joining]") {
  std::string lf =
      "Joint Communique\n\nThe Ministers:\n\nReaffirmed their support for the process;\n\n"
      "Called on all parties to engage in dialogue;\n\nDecided to meet again in 2026.\n";
  std::string crlf;
  for (char c : lf) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  Segmented a = segment_text(lf, "en");
  Segmented b = segment_text("\xEF\xBB\xBF" + crlf, "en");
  INFO(a.dump() << "--\n" << b.dump());
  auto ca = a.clauses(), cb = b.clauses();
  REQUIRE(ca.size() == cb.size());
  REQUIRE(ca.size() == 5);
  for (std::size_t i = 0; i < ca.size(); ++i) {
    CHECK(ca[i]->text == cb[i]->text);
    CHECK(ca[i]->role == cb[i]->role);
    CHECK(ca[i]->line == cb[i]->line);
    CHECK(ca[i]->text.find('\r') == std::string::npos);
  }
  CHECK(need(b, "title").text == "Joint Communique");
  CHECK(need(b, "op.3").action == "decide");
}

TEST_CASE("markup is removed without breaking words and text maps back to the source",
          "[segment][joining]") {
  std::string text =
      "**RAPPORT FINAL**\n\n"
      "1. La 74<sup>ème</sup> session et la 48^{ème} session ont été tenues à <i>Genève</i> "
      "\\*\\*\\* selon le Règlement.\n";
  Segmented s = segment_text(text, "fr");
  INFO(s.dump());
  CHECK(need(s, "title").text == "RAPPORT FINAL");
  const Clause& c = need(s, "1");
  CHECK(c.text ==
        "La 74ème session et la 48ème session ont été tenues à Genève *** selon le Règlement.");
  const ct::Document& d = s.corpus.documents[c.doc];
  // Every byte of text maps to the same character in the source.
  for (std::string word : {"74", "ème", "48", "Genève", "Règlement"}) {
    std::size_t at = c.text.find(word);
    REQUIRE(at != std::string::npos);
    std::size_t src = c.source_offset(at);
    CHECK(d.text->bytes().substr(src, word.size()) == word);
  }
  ct::Position p = s.corpus.position(c, c.text.find("Genève"));
  CHECK(p.line == 3);
  std::string before = "1. La 74<sup>ème</sup> session et la 48^{ème} session ont été tenues à <i>";
  CHECK(p.column == static_cast<int>(ct::text::length(before)) + 1);
}

TEST_CASE("end-of-line hyphens between two words keep the hyphen; syllables lose it",
          "[segment][joining]") {
  Segmented s = segment_text(
      "The Council,\n\n"
      "1. Calls for a broad-\n"
      "based and inclusive dialogue on the socio-\n"
      "economic situation and stresses the impor-\n"
      "tance of the process;\n\n"
      "2. Requests a report based on the dialogue and its socio economic effects.\n",
      "en");
  INFO(s.dump());
  CHECK(need(s, "1").text ==
        "Calls for a broad-based and inclusive dialogue on the socio-economic situation and "
        "stresses the importance of the process;");
}

TEST_CASE("a repeated wrapped line ending with a function word is text, not a running header",
          "[segment][joining]") {
  std::string body;
  for (int i = 1; i <= 3; ++i)
    body += std::to_string(i) + ". Calls on the parties to respect the independence and\n" +
            "impartiality of mission number " + std::to_string(i) + ";\n\n";
  Segmented s = segment_text("The Council,\n\n" + body, "en");
  INFO(s.dump());
  for (std::string id : {"1", "2", "3"})
    CHECK(need(s, id).text.find("independence and impartiality") != std::string::npos);
}

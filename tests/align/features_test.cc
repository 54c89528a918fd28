// Clause features: the act and the negation read from a clause's opening
// words, through the language's rules (rules/lang/ar.yaml `recitals: false`
// and `not_negating`).
#include "align/features.h"

#include <catch2/catch.hpp>
#include <set>

#include "support/clause_fixture.h"
#include "support/test_support.h"

using namespace ct;
using namespace ct::test;

namespace {

align::Terms terms(const std::string& text, const std::string& language, Role role) {
  ClauseFixture f(text, language);
  Clause c = f.clause();
  c.role = role;
  align::Translations none;
  align::FeatureContext ctx(language, rules(), none, {});
  return align::terms_of(c, ctx);
}

}  // namespace

TEST_CASE("An Arabic recital opening with a verb of decision performs no act",
          "[align][features]") {
  // "وإذ يقرر" opens a recital, "Determining"; "يقرر" a decision, "Decides".
  const std::string determining = "وإذ يقرر أن الحالة في جنوب السودان تشكل تهديدا للسلام";
  const std::string decides = "يقرر أن يمدد ولاية البعثة حتى 30 نيسان/أبريل 2025";
  CHECK(terms(determining, "ar", Role::Preambular).act == 0);
  CHECK(terms(decides, "ar", Role::Operative).act != 0);
  CHECK(terms(decides, "ar", Role::Operative).act ==
        terms("يطالب جميع الأطراف بوقف القتال", "ar", Role::Operative).act);
  // Other languages keep the act of a recital ("Condemning" condemns).
  CHECK(terms("Condemning all attacks against civilians", "en", Role::Preambular).act != 0);
}

TEST_CASE("An Arabic negation before a verb of lasting does not negate", "[align][features]") {
  // "لا تزال تشكل", "still constitutes" (literally "does not cease").
  CHECK_FALSE(
      terms("وإذ يقرر أن الحالة لا تزال تشكل تهديدا للسلام والأمن الدوليين", "ar", Role::Preambular)
          .negated);
  CHECK(terms("يقرر أن البعثة لا تقدم الدعم إلى القوات", "ar", Role::Operative).negated);
}

TEST_CASE("A Chinese number written before the month suffix is that month", "[align][features]") {
  // "2025年5月31日" is cut into numbers and the words 年, 月, 日: with
  // zh.yaml `month_suffixes`, "5月" is May, as "May" is in English.
  auto ids = [](const std::string& text, const std::string& language) {
    std::set<align::FeatureId> out;
    for (const auto& t : terms(text, language, Role::Operative).shared) out.insert(t.id);
    return out;
  };
  auto common = [](const std::set<align::FeatureId>& a, const std::set<align::FeatureId>& b) {
    std::size_t n = 0;
    for (auto id : a) n += b.count(id);
    return n;
  };
  const auto en = ids("Decides to extend the mandate until 31 May 2025", "en");
  const auto may = ids("决定将任务期限延长至2025年5月31日", "zh");
  const auto june = ids("决定将任务期限延长至2025年6月31日", "zh");
  const auto five = ids("决定将任务期限延长5个月至2025年", "zh");
  CHECK(common(en, may) == 3);   // the day, the month, the year
  CHECK(common(en, june) == 2);  // another month
  CHECK(common(en, five) == 1);  // five months are no month
}

TEST_CASE("A French stem no lexicon translates meets its English cognate", "[align][features]") {
  // "transgresse" and "contradiction" stem as "transgresses" and
  // "contradiction" do in English, and neither the lexicon, the
  // dictionaries nor the glossary bridges them (glossary.yaml
  // `cognates: [[en, fr]]`).
  ClauseFixture ff("Cette loi transgresse la charte et est en contradiction avec elle", "fr");
  ClauseFixture fe("This law transgresses the charter and is in contradiction with it", "en");
  const Clause &cf = ff.clause(), &ce = fe.clause();
  align::Translations tr = align::load_translations(rules(), 1);
  for (const char* stem : {"transgress", "contradict"}) CHECK_FALSE(tr.find("fr", "en", stem));
  // How many of the English clause's features the French clause's English
  // pivot holds.
  auto shared = [&](const Rules& r) {
    align::FeatureContext fr("fr", r, tr, {"en"}), en("en", r, tr, {});
    std::set<align::FeatureId> english;
    for (const auto& term : align::terms_of(ce, en).native) english.insert(term.id);
    std::size_t n = 0;
    for (const auto& term : align::terms_of(cf, fr).pivots.at(0).second)
      n += english.count(term.id);
    return n;
  };
  Rules without = rules();
  without.glossary.cognates.clear();
  CHECK(shared(rules()) == shared(without) + 2);
}

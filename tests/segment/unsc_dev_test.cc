// Measures the segmenter on the UN Security Council development set
// (../shared/corpora/unsc-dev, skipped when absent): for every resolution in
// English and French, the counts of preambular paragraphs, numbered operative
// paragraphs, sub-items and headings must agree with paragraphs.json (keys
// pre.N, op.N, op.N.x and "op.?" headings), and the operative numbers must be
// the printed ones in order.
#include <catch2/catch.hpp>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>

#include "support/segment_support.h"
#include "support/test_support.h"

namespace fs = std::filesystem;
using ct::Clause;
using ct::Role;

namespace {

struct Counts {
  int pre = 0, op = 0, sub = 0, head = 0;
  std::vector<std::string> op_numbers;
};

Counts expected(const nlohmann::json& paras) {
  Counts c;
  for (const auto& p : paras) {
    std::string key = p["key"].get<std::string>();
    std::size_t dots = std::count(key.begin(), key.end(), '.');
    if (key.rfind("pre.", 0) == 0) {
      ++c.pre;
    } else if (key == "op.?") {
      // A heading, unless the conversion lost the number of a paragraph ("?. while ...;").
      std::string en = p["en"].get<std::string>();
      char last = en.empty() ? ' ' : en.back();
      if (last != ';' && last != '.' && last != ',') ++c.head;
    } else if (key.rfind("op.", 0) == 0 && dots == 1) {
      ++c.op;
      c.op_numbers.push_back(key.substr(3));
    } else if (key.rfind("op.", 0) == 0 && dots == 2) {
      ++c.sub;
    }
  }
  return c;
}

Counts measured(const ct::test::Segmented& s) {
  Counts c;
  for (const Clause* cl : s.clauses()) {
    if (cl->role == Role::Preambular) ++c.pre;
    // The lead-in "The Security Council," is a heading the key set does not list.
    // (A comma in any script: ",", Arabic "،", full-width "，".)
    auto ends = [&](std::string_view tail) {
      return cl->text.size() >= tail.size() &&
             cl->text.compare(cl->text.size() - tail.size(), tail.size(), tail) == 0;
    };
    if (cl->role == Role::Heading && !ends(",") && !ends("\u060C") && !ends("\uFF0C")) ++c.head;
    if (cl->depth == 0 && cl->role == Role::Operative && !cl->number.empty()) {
      ++c.op;
      c.op_numbers.push_back(cl->number);
    }
    if (cl->depth > 0) ++c.sub;
  }
  return c;
}

struct Tally {
  int files = 0, pre_ok = 0, op_ok = 0, sub_ok = 0, head_ok = 0, numbers_ok = 0, exact = 0;
  Counts exp_total, got_total;
  std::vector<std::string> misses;
};

// Segments every file of `lang` listed in paragraphs.json and compares its
// counts with the keys.
Tally measure(const std::vector<fs::path>& series, const std::string& lang) {
  Tally t;
  for (const auto& s : series) {
    auto j = nlohmann::json::parse(ct::test::read_file((s / "paragraphs.json").string()));
    std::set<std::string> done;
    for (const auto& f : j["files"]) {
      if (!f.contains(lang + "_file")) continue;
      fs::path file = s / lang / f[lang + "_file"].get<std::string>();
      if (!done.insert(file.string()).second || !fs::exists(file)) continue;
      Counts e = expected(f["paras"]);
      Counts g = measured(ct::test::segment_file(file.string(), lang));
      ++t.files;
      t.pre_ok += e.pre == g.pre;
      t.op_ok += e.op == g.op;
      t.sub_ok += e.sub == g.sub;
      t.head_ok += e.head == g.head;
      t.numbers_ok += e.op_numbers == g.op_numbers;
      bool exact = e.pre == g.pre && e.op == g.op && e.sub == g.sub && e.head == g.head &&
                   e.op_numbers == g.op_numbers;
      t.exact += exact;
      t.exp_total.pre += e.pre, t.got_total.pre += g.pre;
      t.exp_total.op += e.op, t.got_total.op += g.op;
      t.exp_total.sub += e.sub, t.got_total.sub += g.sub;
      t.exp_total.head += e.head, t.got_total.head += g.head;
      if (!exact)
        t.misses.push_back(file.filename().string() + ": pre " + std::to_string(g.pre) + "/" +
                           std::to_string(e.pre) + ", op " + std::to_string(g.op) + "/" +
                           std::to_string(e.op) + ", sub " + std::to_string(g.sub) + "/" +
                           std::to_string(e.sub) + ", headings " + std::to_string(g.head) + "/" +
                           std::to_string(e.head) +
                           (e.op_numbers == g.op_numbers ? "" : ", operative numbers differ"));
    }
  }
  return t;
}

void print(const std::string& lang, const Tally& t) {
  std::cout << "unsc-dev segmentation [" << lang << "]: " << t.files << " files, " << t.exact
            << " exact\n"
            << "  preambular  " << t.got_total.pre << " found / " << t.exp_total.pre
            << " expected, " << t.pre_ok << " files exact\n"
            << "  operative   " << t.got_total.op << " / " << t.exp_total.op << ", " << t.op_ok
            << " files exact, " << t.numbers_ok << " with the printed numbers in order\n"
            << "  sub-items   " << t.got_total.sub << " / " << t.exp_total.sub << ", " << t.sub_ok
            << " files exact\n"
            << "  headings    " << t.got_total.head << " / " << t.exp_total.head << ", "
            << t.head_ok << " files exact\n";
  for (const auto& m : t.misses) std::cout << "  differs: " << m << "\n";
}

std::vector<fs::path> unsc_series(const std::string& dir) {
  std::vector<fs::path> series;
  for (const auto& e : fs::directory_iterator(dir))
    if (fs::exists(e.path() / "paragraphs.json")) series.push_back(e.path());
  std::sort(series.begin(), series.end());
  return series;
}

}  // namespace

TEST_CASE("unsc-dev: preambular and operative paragraphs agree with paragraphs.json",
          "[segment][unsc]") {
  std::string dir = ct::test::shared_dir() + "/corpora/unsc-dev";
  if (!ct::test::have(dir, "the unsc-dev set")) return;
  auto series = unsc_series(dir);
  Tally t;
  for (std::string lang : {"en", "fr"}) {
    Tally l = measure(series, lang);
    print(lang, l);
    t.files += l.files, t.pre_ok += l.pre_ok, t.op_ok += l.op_ok, t.sub_ok += l.sub_ok;
    t.head_ok += l.head_ok, t.numbers_ok += l.numbers_ok;
    t.exp_total.pre += l.exp_total.pre, t.got_total.pre += l.got_total.pre;
    t.exp_total.op += l.exp_total.op, t.got_total.op += l.got_total.op;
    t.exp_total.sub += l.exp_total.sub, t.got_total.sub += l.got_total.sub;
  }
  int files = t.files;
  REQUIRE(files >= 90);
  // Near-perfect: at most 2% of the files may differ in any count, and the
  // totals may differ by at most 0.5%.
  CHECK(t.pre_ok * 100 >= files * 98);
  CHECK(t.op_ok * 100 >= files * 98);
  CHECK(t.numbers_ok * 100 >= files * 98);
  CHECK(t.sub_ok * 100 >= files * 98);
  CHECK(t.head_ok * 100 >= files * 98);
  CHECK(std::abs(t.got_total.pre - t.exp_total.pre) * 200 <= t.exp_total.pre);
  CHECK(std::abs(t.got_total.op - t.exp_total.op) * 200 <= t.exp_total.op);
  CHECK(std::abs(t.got_total.sub - t.exp_total.sub) * 200 <= t.exp_total.sub);
}

// The other languages, each against the files paragraphs.json lists in it
// (the same English key sequence): every count and the operative numbers.
TEST_CASE("unsc-dev: segmentation in Arabic, Chinese, Russian, Spanish and German",
          "[segment][unsc][langs]") {
  std::string dir = ct::test::shared_dir() + "/corpora/unsc-dev";
  if (!ct::test::have(dir, "the unsc-dev set")) return;
  auto series = unsc_series(dir);
  // Files exact per language: the floor reached (of the files listed).
  const std::map<std::string, int> floor = {
      {"ar", 38}, {"zh", 43}, {"ru", 43}, {"es", 48}, {"de", 29}};
  for (const auto& [lang, min_exact] : floor) {
    Tally t = measure(series, lang);
    print(lang, t);
    CHECK(t.files >= 25);
    CHECK(t.exact >= min_exact);
  }
}

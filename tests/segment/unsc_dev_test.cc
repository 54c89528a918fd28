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
    if (cl->role == Role::Heading && cl->text.back() != ',') ++c.head;
    if (cl->depth == 0 && cl->role == Role::Operative && !cl->number.empty()) {
      ++c.op;
      c.op_numbers.push_back(cl->number);
    }
    if (cl->depth > 0) ++c.sub;
  }
  return c;
}

}  // namespace

TEST_CASE("unsc-dev: preambular and operative paragraphs agree with paragraphs.json",
          "[segment][unsc]") {
  std::string dir = ct::test::shared_dir() + "/corpora/unsc-dev";
  if (!ct::test::have(dir, "the unsc-dev set")) return;
  std::vector<fs::path> series;
  for (const auto& e : fs::directory_iterator(dir))
    if (fs::exists(e.path() / "paragraphs.json")) series.push_back(e.path());
  std::sort(series.begin(), series.end());

  int files = 0, pre_ok = 0, op_ok = 0, sub_ok = 0, head_ok = 0, numbers_ok = 0;
  Counts exp_total, got_total;
  std::vector<std::string> misses;
  for (const auto& s : series) {
    auto j = nlohmann::json::parse(ct::test::read_file((s / "paragraphs.json").string()));
    std::set<std::string> done;
    for (const auto& f : j["files"]) {
      for (std::string lang : {"en", "fr"}) {
        fs::path file = s / lang / f[lang + "_file"].get<std::string>();
        if (!done.insert(file.string()).second || !fs::exists(file)) continue;
        Counts e = expected(f["paras"]);
        Counts g = measured(ct::test::segment_file(file.string(), lang));
        ++files;
        pre_ok += e.pre == g.pre;
        op_ok += e.op == g.op;
        sub_ok += e.sub == g.sub;
        head_ok += e.head == g.head;
        numbers_ok += e.op_numbers == g.op_numbers;
        exp_total.pre += e.pre, got_total.pre += g.pre;
        exp_total.op += e.op, got_total.op += g.op;
        exp_total.sub += e.sub, got_total.sub += g.sub;
        exp_total.head += e.head, got_total.head += g.head;
        if (e.pre != g.pre || e.op != g.op || e.sub != g.sub || e.head != g.head)
          misses.push_back(file.filename().string() + ": pre " + std::to_string(g.pre) + "/" +
                           std::to_string(e.pre) + ", op " + std::to_string(g.op) + "/" +
                           std::to_string(e.op) + ", sub " + std::to_string(g.sub) + "/" +
                           std::to_string(e.sub) + ", headings " + std::to_string(g.head) + "/" +
                           std::to_string(e.head));
      }
    }
  }
  std::cout << "unsc-dev segmentation: " << files << " files\n"
            << "  preambular  " << got_total.pre << " found / " << exp_total.pre << " expected, "
            << pre_ok << " files exact\n"
            << "  operative   " << got_total.op << " / " << exp_total.op << ", " << op_ok
            << " files exact, " << numbers_ok << " with the printed numbers in order\n"
            << "  sub-items   " << got_total.sub << " / " << exp_total.sub << ", " << sub_ok
            << " files exact\n"
            << "  headings    " << got_total.head << " / " << exp_total.head << ", " << head_ok
            << " files exact\n";
  for (const auto& m : misses) std::cout << "  differs: " << m << "\n";

  REQUIRE(files >= 90);
  // Near-perfect: at most 2% of the files may differ in any count, and the
  // totals may differ by at most 0.5%.
  CHECK(pre_ok * 100 >= files * 98);
  CHECK(op_ok * 100 >= files * 98);
  CHECK(numbers_ok * 100 >= files * 98);
  CHECK(sub_ok * 100 >= files * 98);
  CHECK(head_ok * 100 >= files * 98);
  CHECK(std::abs(got_total.pre - exp_total.pre) * 200 <= exp_total.pre);
  CHECK(std::abs(got_total.op - exp_total.op) * 200 <= exp_total.op);
  CHECK(std::abs(got_total.sub - exp_total.sub) * 200 <= exp_total.sub);
}

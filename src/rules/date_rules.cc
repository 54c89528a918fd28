// Loading and validation of rules/dates.yaml.
#include "model/error.h"
#include "rules/extract_rules_load.h"
#include "rules/yaml_util.h"
#include "text/fold.h"

namespace ct::extract_load {

namespace {

std::string order(const std::string& path, const YAML::Node& n) {
  std::string o = yaml::str(path, n, "numeric order");
  if (o != "dmy" && o != "mdy")
    yaml::fail(path, n, "numeric order must be dmy or mdy, not '" + o + "'");
  return o;
}

const std::set<std::string> kDateGroups = {"day",     "month",     "month_num",     "year",
                                           "day_end", "month_end", "month_num_end", "year_end",
                                           "a",       "b"};

}  // namespace

void load_date_words(const File& f, const Context& ctx, DateRules& out,
                     std::map<std::string, std::vector<std::string>>& not_alone) {
  const std::string& path = f.path;
  out.file = path;
  if (auto n = yaml::child(f.root, "numeric_order")) {
    yaml::expect_any_map(path, n, "numeric_order");
    for (auto it = n.begin(); it != n.end(); ++it) {
      ctx.check_language(path, it->first);
      out.numeric_order[it->first.Scalar()] = order(path, it->second);
    }
  }
  if (auto n = yaml::child(f.root, "default_order")) out.default_order = order(path, n);
  if (auto n = yaml::child(f.root, "years")) {
    yaml::expect_seq(path, n, "years");
    if (n.size() != 2) yaml::fail(path, n, "years must be [first, last]");
    out.min_year = static_cast<int>(yaml::integer(path, n[0], "first year"));
    out.max_year = static_cast<int>(yaml::integer(path, n[1], "last year"));
    if (out.min_year > out.max_year) yaml::fail(path, n, "years: first is after last");
  }
  if (auto n = yaml::child(f.root, "full_date_years")) {
    yaml::expect_seq(path, n, "full_date_years");
    if (n.size() != 2) yaml::fail(path, n, "full_date_years must be [first, last]");
    out.min_full_year = static_cast<int>(yaml::integer(path, n[0], "first year"));
    out.max_full_year = static_cast<int>(yaml::integer(path, n[1], "last year"));
    if (out.min_full_year > out.max_full_year)
      yaml::fail(path, n, "full_date_years: first is after last");
    if (out.min_full_year > out.min_year || out.max_full_year < out.max_year)
      yaml::fail(path, n, "full_date_years must contain years");
  }
  not_alone = words_by_language(ctx, path, yaml::child(f.root, "not_alone"), "not_alone");
  if (auto n = yaml::child(f.root, "number_words")) {
    yaml::expect_map(path, n, {"joiners", "multipliers"}, "number_words");
    auto j = words_by_language(ctx, path, yaml::child(n, "joiners"), "joiners");
    for (auto& [code, words] : j)
      for (const auto& w : words) out.number_joiners[code].insert(text::fold(w));
    if (auto m = yaml::child(n, "multipliers")) {
      yaml::expect_seq(path, m, "multipliers");
      for (const auto& v : m)
        out.multipliers.insert(static_cast<int>(yaml::integer(path, v, "multiplier")));
    }
  }
}

void load_dates(const File& f, const Context& ctx, DateRules& out) {
  const std::string& path = f.path;
  if (auto n = yaml::child(f.root, "year")) {
    out.year = compile(ctx, path, n, yaml::str(path, n, "year"), "");
    check_groups(path, n, *out.year, {"year"}, false, {{"year"}});
  }
  out.patterns = per_language_lists<DatePattern>(
      ctx, path, yaml::child(f.root, "patterns"), "patterns",
      [&](const YAML::Node& item, const std::string& code) {
        yaml::expect_map(path, item, {"name", "kind", "pattern"}, "date pattern");
        DatePattern p;
        if (auto n = yaml::child(item, "name")) p.name = yaml::str(path, n, "name");
        if (auto k = yaml::child(item, "kind")) {
          std::string kind = yaml::str(path, k, "kind");
          if (kind == "numeric")
            p.kind = DatePattern::Kind::Numeric;
          else if (kind == "pair")
            p.kind = DatePattern::Kind::Pair;
          else if (kind != "date")
            yaml::fail(path, k, "kind must be date, numeric or pair, not '" + kind + "'");
        }
        auto pn = yaml::child(item, "pattern");
        if (!pn) yaml::fail(path, item, "missing key 'pattern'");
        std::string tmpl = yaml::str(path, pn, "pattern");
        p.re = compile(ctx, path, pn, tmpl, code, true);
        p.strict = tmpl.find("{month_strict}") != std::string::npos;
        std::vector<std::set<std::string>> required;
        if (p.kind == DatePattern::Kind::Numeric)
          required = {{"a"}, {"b"}, {"year"}};
        else if (p.kind == DatePattern::Kind::Pair)
          required = {{"day"}, {"day_end"}, {"month"}};
        else
          required = {{"month", "month_num", "month_end"}};
        check_groups(path, pn, *p.re, kDateGroups, true, required);
        return p;
      });
}

}  // namespace ct::extract_load

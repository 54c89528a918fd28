// Manifest reading and validation.
#include "ingest/manifest.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <regex>

#include "model/error.h"
#include "rules/yaml_util.h"

namespace ct::ingest {

namespace fs = std::filesystem;

namespace {

const std::vector<std::string> kKinds = {"communique",  "report",      "resolution",
                                         "compilation", "declaration", "statement",
                                         "decision",    "draft",       "other"};

int days_in_month(int y, int m) {
  static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : d[m - 1];
}

bool inside(const fs::path& root, const fs::path& p) {
  auto r = root.begin(), q = p.begin();
  for (; r != root.end(); ++r, ++q)
    if (q == p.end() || *r != *q) return false;
  return true;
}

// A map node's values by key, read in one pass: looking each key up
// through yaml-cpp walks the map every time (a third of the manifest's
// reading on a 1,358-entry archive).
class Fields {
 public:
  explicit Fields(const YAML::Node& node) {
    for (auto it = node.begin(); it != node.end(); ++it)
      if (it->first.IsScalar()) fields_.emplace_back(it->first.Scalar(), it->second);
  }
  // The first value under `key` (as yaml::child), or an undefined node.
  YAML::Node operator()(std::string_view key) const {
    for (const auto& [k, v] : fields_)
      if (k == key) return v.IsNull() ? YAML::Node(YAML::NodeType::Undefined) : v;
    return YAML::Node(YAML::NodeType::Undefined);
  }

 private:
  std::vector<std::pair<std::string, YAML::Node>> fields_;
};

}  // namespace

bool is_iso_date(const std::string& s) {
  static const std::regex re(R"(^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$)");
  std::smatch m;
  if (!std::regex_match(s, m, re)) return false;
  if (!m[2].matched) return true;
  int y = std::stoi(m[1]), mo = std::stoi(m[2]);
  if (mo < 1 || mo > 12) return false;
  if (!m[3].matched) return true;
  int d = std::stoi(m[3]);
  return d >= 1 && d <= days_in_month(y, mo);
}

bool is_valid_id(const std::string& s) {
  if (s.empty() || s[0] == '.' || s.size() > 200) return false;
  return std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.';
  });
}

Manifest read_manifest(const std::string& corpus_dir,
                       const std::vector<std::string>& known_languages) {
  Manifest m;
  fs::path path = fs::path(corpus_dir) / "manifest.yaml";
  std::error_code ec;
  if (!fs::exists(path, ec)) return m;
  m.path = path.string();
  const std::string& p = m.path;
  fs::path root_dir = fs::weakly_canonical(fs::absolute(corpus_dir));
  fs::path real = fs::weakly_canonical(fs::absolute(path), ec);
  if (ec || !inside(root_dir, real))
    throw InputError("link leaves the corpus folder (it points to " + real.string() + "); not read",
                     p);
  YAML::Node root = yaml::load_file(p);
  if (root.IsNull()) return m;
  yaml::expect_map(p, root, {"series", "documents"}, "manifest");

  std::map<std::string, int> series_ids;
  if (auto s = yaml::child(root, "series")) {
    yaml::expect_seq(p, s, "series");
    for (const auto& node : s) {
      yaml::expect_map(p, node, {"id", "title", "body"}, "series entry");
      ManifestSeries ms;
      ms.line = node.Mark().line + 1;
      if (!yaml::child(node, "id")) yaml::fail(p, node, "series entry has no 'id'");
      ms.id = yaml::str(p, yaml::child(node, "id"), "id");
      if (!is_valid_id(ms.id))
        yaml::fail(p, yaml::child(node, "id"), "invalid series id '" + ms.id + "'");
      if (series_ids.count(ms.id))
        yaml::fail(p, yaml::child(node, "id"),
                   "series id '" + ms.id + "' is used twice (first at line " +
                       std::to_string(series_ids[ms.id]) + ")");
      series_ids[ms.id] = ms.line;
      if (auto n = yaml::child(node, "title")) ms.title = yaml::str(p, n, "title");
      if (auto n = yaml::child(node, "body")) ms.body = yaml::str(p, n, "body");
      m.series.push_back(std::move(ms));
    }
  }

  std::map<std::string, int> doc_ids;
  std::map<std::string, int> files;
  if (auto docs = yaml::child(root, "documents")) {
    yaml::expect_seq(p, docs, "documents");
    for (const auto& node : docs) {
      yaml::expect_map(
          p, node,
          {"id", "file", "series", "kind", "language", "date", "place", "title", "session"},
          "document entry");
      const Fields field(node);
      ManifestDocument d;
      d.line = node.Mark().line + 1;
      d.column = node.Mark().column + 1;
      if (!field("file")) yaml::fail(p, node, "document entry has no 'file'");
      d.file = yaml::str(p, field("file"), "file");
      fs::path rel(d.file);
      if (d.file.empty() || rel.is_absolute())
        yaml::fail(p, field("file"),
                   "file '" + d.file + "' must be a path relative to the corpus folder");
      fs::path full = fs::weakly_canonical(root_dir / rel);
      if (!inside(root_dir, full))
        yaml::fail(p, field("file"), "file '" + d.file + "' leaves the corpus folder");
      if (!fs::exists(full, ec))
        yaml::fail(p, field("file"), "file '" + d.file + "' does not exist");
      if (fs::is_directory(full, ec))
        yaml::fail(p, field("file"), "file '" + d.file + "' is a directory, expected a text file");
      std::string norm = full.lexically_relative(root_dir).generic_string();
      if (files.count(norm))
        yaml::fail(p, field("file"),
                   "file '" + d.file + "' is listed twice (first at line " +
                       std::to_string(files[norm]) + ")");
      files[norm] = d.line;
      d.file = norm;

      if (auto n = field("id")) {
        d.id = yaml::str(p, n, "id");
        if (!is_valid_id(d.id)) yaml::fail(p, n, "invalid document id '" + d.id + "'");
        if (doc_ids.count(d.id))
          yaml::fail(p, n,
                     "document id '" + d.id + "' is used twice (first at line " +
                         std::to_string(doc_ids[d.id]) + ")");
        doc_ids[d.id] = d.line;
      }
      if (auto n = field("series")) {
        d.series = yaml::str(p, n, "series");
        if (!series_ids.count(d.series)) {
          if (!is_valid_id(d.series)) yaml::fail(p, n, "invalid series id '" + d.series + "'");
          // A series named only by its documents is declared implicitly.
          series_ids[d.series] = d.line;
          m.series.push_back({d.series, "", "", d.line});
        }
      }
      if (auto n = field("kind")) {
        d.kind = yaml::str(p, n, "kind");
        if (std::find(kKinds.begin(), kKinds.end(), d.kind) == kKinds.end()) {
          std::string list;
          for (auto& k : kKinds) list += (list.empty() ? "" : ", ") + k;
          yaml::fail(p, n, "unknown kind '" + d.kind + "' (expected one of: " + list + ")");
        }
      }
      if (auto n = field("language")) {
        d.language = yaml::str(p, n, "language");
        if (std::find(known_languages.begin(), known_languages.end(), d.language) ==
            known_languages.end())
          yaml::fail(p, n,
                     "language '" + d.language + "' has no rules file (rules/lang/" + d.language +
                         ".yaml)");
      }
      if (auto n = field("date")) {
        d.date = yaml::str(p, n, "date");
        if (!is_iso_date(d.date))
          yaml::fail(p, n, "date '" + d.date + "' is not an ISO 8601 date (YYYY-MM-DD)");
      }
      if (auto n = field("place")) d.place = yaml::str(p, n, "place");
      if (auto n = field("title")) d.title = yaml::str(p, n, "title");
      if (auto n = field("session")) d.session = yaml::str(p, n, "session");
      m.documents.push_back(std::move(d));
    }
  }
  return m;
}

}  // namespace ct::ingest

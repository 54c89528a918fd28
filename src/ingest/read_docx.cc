// Word (.docx) to text through libzip and libxml2 (see read_docx.h).
#include "ingest/read_docx.h"

#include <zip.h>

#include <array>
#include <map>
#include <memory>
#include <vector>

#include "ingest/xml_tree.h"
#include "model/error.h"

namespace ct::ingest {

namespace {

using xml::attribute;
using xml::child;
using xml::is;

// The largest part inflated: a document.xml of this size is tens of
// thousands of pages; beyond it the entry is a zip bomb or not a document.
constexpr zip_uint64_t kMaxPartBytes = zip_uint64_t{64} << 20;

struct CloseZip {
  void operator()(zip_t* z) const { zip_discard(z); }
};

// One part of the package, or "" when it is absent.
std::string part(zip_t* z, const char* name, const std::string& display_path) {
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat(z, name, 0, &st) != 0) return {};
  if (!(st.valid & ZIP_STAT_SIZE) || st.size > kMaxPartBytes)
    throw InputError(std::string("Word file whose ") + name + " expands past " +
                         std::to_string(kMaxPartBytes >> 20) + " MiB; not read",
                     display_path);
  std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> f(zip_fopen(z, name, 0), zip_fclose);
  if (!f)
    throw InputError(std::string("damaged Word file (cannot open ") + name + ")", display_path);
  std::string out(static_cast<std::size_t>(st.size), '\0');
  zip_int64_t n = zip_fread(f.get(), out.data(), st.size);
  if (n < 0 || static_cast<zip_uint64_t>(n) != st.size)
    throw InputError(std::string("damaged Word file (cannot read ") + name + ")", display_path);
  return out;
}

// Word's w:val and similar attributes (namespaced "w:"; libxml2 looks them up by local name).
std::string val(const xmlNode* n, const char* name = "val") {
  return n ? attribute(n, name) : "";
}

int number(const std::string& s, int fallback) {
  if (s.empty() || s.size() > 9) return fallback;
  try {
    return std::stoi(s);
  } catch (const std::exception&) {
    return fallback;
  }
}

std::string format_number(int v, const std::string& fmt) {
  auto letters = [](int k, char base) {
    std::string s;
    for (; k > 0; k = (k - 1) / 26) s.insert(s.begin(), static_cast<char>(base + (k - 1) % 26));
    return s;
  };
  auto roman = [](int k, bool upper) {
    static const std::pair<int, const char*> parts[] = {
        {1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"},
        {40, "xl"},  {10, "x"},   {9, "ix"},  {5, "v"},    {4, "iv"},  {1, "i"}};
    std::string s;
    for (const auto& [value, text] : parts)
      for (; k >= value; k -= value) s += text;
    if (upper)
      for (char& c : s) c = static_cast<char>(c - 'a' + 'A');
    return s;
  };
  if (fmt == "lowerLetter") return letters(v, 'a');
  if (fmt == "upperLetter") return letters(v, 'A');
  if (fmt == "lowerRoman") return roman(v, false);
  if (fmt == "upperRoman") return roman(v, true);
  if (fmt == "bullet" || fmt == "none") return "";
  return std::to_string(v);
}

struct Level {
  int start = 1;
  std::string format = "decimal", text = "%1.";
};

// Automatic numbering: the levels of every list, and the counters as the
// body is read in order.
class Numbering {
 public:
  explicit Numbering(const xmlNode* root) {
    std::map<std::string, std::array<Level, 9>> abstract;
    for (const xmlNode* c = root ? root->children : nullptr; c; c = c->next) {
      if (is(c, "abstractNum")) {
        auto& levels = abstract[val(c, "abstractNumId")];
        for (const xmlNode* l = c->children; l; l = l->next) {
          if (!is(l, "lvl")) continue;
          int ilvl = number(val(l, "ilvl"), -1);
          if (ilvl < 0 || ilvl > 8) continue;
          Level& level = levels[ilvl];
          level.start = number(val(child(l, "start")), 1);
          if (const xmlNode* f = child(l, "numFmt")) level.format = val(f);
          if (const xmlNode* t = child(l, "lvlText")) level.text = val(t);
        }
      }
    }
    for (const xmlNode* c = root ? root->children : nullptr; c; c = c->next)
      if (is(c, "num")) {
        auto it = abstract.find(val(child(c, "abstractNumId")));
        if (it != abstract.end()) lists_[val(c, "numId")] = it->second;
      }
  }

  // The label of the next paragraph of list `num_id` at level `ilvl`.
  std::string next(const std::string& num_id, int ilvl) {
    auto it = lists_.find(num_id);
    if (it == lists_.end() || ilvl < 0 || ilvl > 8) return {};
    auto& count = counters_[num_id];
    if (count[ilvl] == 0) count[ilvl] = it->second[ilvl].start - 1;
    ++count[ilvl];
    for (int deeper = ilvl + 1; deeper < 9; ++deeper) count[deeper] = 0;
    const Level& level = it->second[ilvl];
    if (level.format == "bullet" || level.format == "none") return {};
    std::string label;
    for (std::size_t i = 0; i < level.text.size(); ++i) {
      if (level.text[i] == '%' && i + 1 < level.text.size() && level.text[i + 1] >= '1' &&
          level.text[i + 1] <= '9') {
        int k = level.text[i + 1] - '1';
        int v = count[k] == 0 ? it->second[k].start : count[k];
        label += format_number(v, it->second[k].format);
        ++i;
      } else {
        label += level.text[i];
      }
    }
    return label;
  }

 private:
  std::map<std::string, std::array<Level, 9>> lists_;
  std::map<std::string, std::array<int, 9>> counters_;
};

// The accepted text of a paragraph: runs' text, tabs as spaces, breaks as
// line ends; deletions and moves-from left out.
void runs_text(const xmlNode* n, std::string& out) {
  for (const xmlNode* c = n->children; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    if (is(c, "del") || is(c, "moveFrom") || is(c, "delText") || is(c, "pPr") || is(c, "rPr") ||
        is(c, "instrText") || is(c, "footnoteReference") || is(c, "commentReference"))
      continue;
    if (is(c, "t")) {
      for (const xmlNode* t = c->children; t; t = t->next)
        if (t->content) out += reinterpret_cast<const char*>(t->content);
    } else if (is(c, "tab")) {
      out += ' ';
    } else if (is(c, "br") || is(c, "cr")) {
      out += '\n';
    } else {
      runs_text(c, out);
    }
  }
}

void body_text(const xmlNode* n, Numbering& numbering, std::string& out, int depth) {
  if (depth > 100) return;
  for (const xmlNode* c = n->children; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE || is(c, "del") || is(c, "moveFrom") || is(c, "sectPr"))
      continue;
    if (!is(c, "p")) {
      body_text(c, numbering, out, depth + 1);
      continue;
    }
    std::string text;
    runs_text(c, text);
    std::string label;
    const xmlNode* ppr = child(c, "pPr");
    // A paragraph whose mark was deleted as a tracked change joins the next;
    // kept simple: its text stays a paragraph of its own.
    if (const xmlNode* numpr = ppr ? child(ppr, "numPr") : nullptr)
      label = numbering.next(val(child(numpr, "numId")), number(val(child(numpr, "ilvl")), 0));
    std::size_t first = text.find_first_not_of(" \n");
    if (first == std::string::npos) continue;
    text = text.substr(first);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\n')) text.pop_back();
    if (!out.empty()) out += "\n\n";
    out += label.empty() ? text : label + " " + text;
  }
}

}  // namespace

ConvertedText read_docx(const std::string& bytes, const std::string& display_path) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (!src) throw InputError("damaged Word file (not a zip archive)", display_path);
  std::unique_ptr<zip_t, CloseZip> z(zip_open_from_source(src, ZIP_RDONLY, &error));
  if (!z) {
    zip_source_free(src);
    std::string why = zip_error_strerror(&error);
    zip_error_fini(&error);
    throw InputError("damaged Word file (" + why + ")", display_path);
  }
  std::string document = part(z.get(), "word/document.xml", display_path);
  if (document.empty()) throw InputError("Word file without word/document.xml", display_path);
  std::string numbering_xml = part(z.get(), "word/numbering.xml", display_path);

  xml::Document doc = xml::parse(document, display_path + ":word/document.xml");
  xml::Document num_doc;
  if (!numbering_xml.empty())
    num_doc = xml::parse(numbering_xml, display_path + ":word/numbering.xml");
  Numbering numbering(num_doc ? xmlDocGetRootElement(num_doc.get()) : nullptr);
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  const xmlNode* body = root ? child(root, "body") : nullptr;
  if (!body) throw InputError("Word file without a document body", display_path);
  ConvertedText out;
  body_text(body, numbering, out.text, 0);
  if (out.text.empty()) throw InputError("Word file without text", display_path);
  out.text += '\n';
  std::string core = part(z.get(), "docProps/core.xml", display_path);
  if (!core.empty()) {
    xml::Document core_doc = xml::parse(core, display_path + ":docProps/core.xml");
    for (const xmlNode* c = xmlDocGetRootElement(core_doc.get())->children; c; c = c->next)
      if (is(c, "language")) out.metadata.language = xml::text_of(c);
  }
  return out;
}

}  // namespace ct::ingest

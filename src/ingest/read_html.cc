// HTML to text through libxml2's HTML parser (see read_html.h).
#include "ingest/read_html.h"

#include <libxml/HTMLparser.h>

#include <cctype>
#include <cstring>
#include <string>

#include "ingest/xml_tree.h"
#include "model/error.h"
#include "text/utf8.h"

namespace ct::ingest {

namespace {

using xml::attribute;
using xml::is;

bool any_of(const xmlNode* n, std::initializer_list<const char*> names) {
  for (const char* name : names)
    if (is(n, name)) return true;
  return false;
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Elements that are never the document's text.
bool furniture(const xmlNode* n) {
  if (any_of(n,
             {"script", "style",  "noscript", "template", "nav",      "header", "footer", "aside",
              "form",   "button", "select",   "input",    "textarea", "iframe", "svg",    "canvas",
              "menu",   "dialog", "head",     "object",   "embed",    "audio",  "video",  "map"}))
    return true;
  if (xmlHasProp(n, reinterpret_cast<const xmlChar*>("hidden"))) return true;
  if (lower(attribute(n, "aria-hidden")) == "true") return true;
  std::string role = lower(attribute(n, "role"));
  return role == "navigation" || role == "banner" || role == "contentinfo" || role == "search" ||
         role == "complementary" || role == "dialog" || role == "alertdialog" || role == "menu";
}

bool block(const xmlNode* n) {
  return any_of(
      n, {"p",       "h1",  "h2",         "h3",      "h4",   "h5",     "h6",      "li",
          "dt",      "dd",  "blockquote", "pre",     "td",   "th",     "caption", "figcaption",
          "address", "div", "section",    "article", "main", "table",  "tr",      "ul",
          "ol",      "dl",  "hr",         "center",  "body", "figure", "details", "summary"});
}

class Writer {
 public:
  void text(const char* s) {
    for (; *s; ++s) {
      char c = *s;
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
        space_ = !line_.empty();
      } else {
        if (space_) line_ += ' ';
        space_ = false;
        line_ += c;
      }
    }
  }
  void prefix(const std::string& label) {
    if (line_.empty()) pending_label_ = label;
  }
  void line_break() {
    if (!line_.empty()) line_ += '\n';
    space_ = false;
  }
  void end_block() {
    while (!line_.empty() && (line_.back() == '\n' || line_.back() == ' ')) line_.pop_back();
    if (!line_.empty()) {
      if (!out_.empty()) out_ += "\n\n";
      if (!pending_label_.empty()) out_ += pending_label_ + " ";
      out_ += line_;
    }
    line_.clear();
    pending_label_.clear();
    space_ = false;
  }
  std::string take() {
    end_block();
    return out_.empty() ? out_ : std::move(out_) + "\n";
  }

 private:
  std::string out_, line_, pending_label_;
  bool space_ = false;
};

// The label a browser shows for the k-th item (from 1) of an ordered list.
std::string list_label(const std::string& type, long k) {
  auto letters = [](long v, char base) {
    std::string s;
    for (; v > 0; v = (v - 1) / 26) s.insert(s.begin(), static_cast<char>(base + (v - 1) % 26));
    return s;
  };
  auto roman = [](long v, bool upper) {
    static const std::pair<int, const char*> parts[] = {
        {1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"},
        {40, "xl"},  {10, "x"},   {9, "ix"},  {5, "v"},    {4, "iv"},  {1, "i"}};
    std::string s;
    for (const auto& [value, text] : parts)
      for (; v >= value; v -= value) s += text;
    if (upper)
      for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return s;
  };
  if (k <= 0) return std::to_string(k) + ".";
  if (type == "a") return "(" + letters(k, 'a') + ")";
  if (type == "A") return letters(k, 'A') + ".";
  if (type == "i") return "(" + roman(k, false) + ")";
  if (type == "I") return roman(k, true) + ".";
  return std::to_string(k) + ".";
}

long number_attribute(const xmlNode* n, const char* name, long fallback) {
  std::string v = attribute(n, name);
  if (v.empty() || v.size() > 9) return fallback;
  for (char c : v)
    if (!std::isdigit(static_cast<unsigned char>(c)) && c != '-') return fallback;
  try {
    return std::stol(v);
  } catch (const std::exception&) {
    return fallback;
  }
}

void walk(const xmlNode* n, Writer& w, int depth) {
  if (depth > 200) return;  // libxml2 bounds depth; this bounds our recursion too
  for (const xmlNode* c = n->children; c; c = c->next) {
    if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
      if (c->content) w.text(reinterpret_cast<const char*>(c->content));
      continue;
    }
    if (c->type != XML_ELEMENT_NODE || furniture(c)) continue;
    if (is(c, "br")) {
      w.line_break();
      continue;
    }
    if (is(c, "ol")) {
      w.end_block();
      std::string type = attribute(c, "type");
      long k = number_attribute(c, "start", 1);
      for (const xmlNode* li = c->children; li; li = li->next) {
        if (!is(li, "li") || furniture(li)) continue;
        k = number_attribute(li, "value", k);
        w.prefix(list_label(type, k++));
        walk(li, w, depth + 1);
        w.end_block();
      }
      continue;
    }
    bool b = block(c);
    if (b) w.end_block();
    walk(c, w, depth + 1);
    if (b) w.end_block();
  }
}

// The element holding the main content: <main> or role=main, else a single
// <article>, else <body>, else the root.
const xmlNode* main_content(const xmlNode* root) {
  const xmlNode* body = nullptr;
  const xmlNode* main = nullptr;
  const xmlNode* article = nullptr;
  int articles = 0;
  auto visit = [&](auto&& self, const xmlNode* n, int depth) -> void {
    if (depth > 200) return;
    for (const xmlNode* c = n->children; c; c = c->next) {
      if (c->type != XML_ELEMENT_NODE || furniture(c)) continue;
      if (is(c, "body") && !body) body = c;
      if (!main && (is(c, "main") || lower(attribute(c, "role")) == "main")) main = c;
      if (is(c, "article") && ++articles == 1) article = c;
      self(self, c, depth + 1);
    }
  };
  visit(visit, root, 0);
  if (main) return main;
  if (articles == 1) return article;
  return body ? body : root;
}

}  // namespace

ConvertedText read_html(const std::string& bytes, const std::string& display_path) {
  // Valid UTF-8 is read as UTF-8; otherwise the page's own charset (or
  // libxml2's default) decides.
  bool utf8 = text::invalid_utf8_offset(bytes) == text::kValid;
  xml::Document doc = xml::parse_html(bytes, display_path, utf8 ? "UTF-8" : nullptr);
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  ConvertedText out;
  if (!root) throw InputError("HTML page without content", display_path);
  std::string lang = attribute(root, "lang");
  out.metadata.language = lang.substr(0, lang.find_first_of("-_"));
  Writer w;
  walk(main_content(root), w, 0);
  out.text = w.take();
  if (out.text.empty()) throw InputError("HTML page without visible text", display_path);
  return out;
}

}  // namespace ct::ingest

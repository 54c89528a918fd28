// Akoma Ntoso to text through libxml2's tree API (see read_akn.h).
#include "ingest/read_akn.h"

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <memory>
#include <vector>

#include "ingest/xml_tree.h"
#include "model/error.h"

namespace ct::ingest {

namespace {

using xml::attribute;
using xml::child;
using xml::is;
using xml::text_of;

// A numbered element's label as the text writes it ("1.", "(a)", "i)").
std::string label_of(xmlNode* n) {
  xmlNode* num = child(n, "num");
  return num ? text_of(num) : std::string();
}

class Writer {
 public:
  void paragraph(const std::string& s) {
    if (s.empty()) return;
    if (!out_.empty()) out_ += "\n\n";
    out_ += s;
  }
  std::string take() { return out_.empty() ? out_ : std::move(out_) + "\n"; }

 private:
  std::string out_;
};

bool skipped(xmlNode* n) {
  return is(n, "meta") || is(n, "num") || is(n, "authorialNote") || is(n, "img") ||
         is(n, "noteRef");
}

bool block(xmlNode* n) {
  return is(n, "p") || is(n, "heading") || is(n, "subheading") || is(n, "docNumber") ||
         is(n, "docTitle") || is(n, "tblock") || is(n, "blockContainer");
}

// Emits the blocks under `n` in order; the first takes `label` (the label of
// the nearest numbered ancestor not yet written).
void walk(xmlNode* n, std::string& label, Writer& w) {
  for (xmlNode* c = n->children; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE || skipped(c)) continue;
    if (block(c) && !is(c, "blockContainer")) {
      std::string text = text_of(c, {"authorialNote", "noteRef"});
      if (is(c, "heading") || is(c, "subheading") || label.empty()) {
        w.paragraph(text);
      } else {  // an empty first block (a list with no intro) leaves the number alone
        w.paragraph(text.empty() ? label : label + " " + text);
        label.clear();
      }
      continue;
    }
    if (child(c, "num")) {
      std::string own = label_of(c);
      walk(c, own, w);
      if (!own.empty()) w.paragraph(own);  // a number with no text under it
      continue;
    }
    walk(c, label, w);
  }
}

// The cover page or preface: the symbol and title lines.
void cover(xmlNode* n, Writer& w) {
  for (xmlNode* c = n->children; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    if (is(c, "docNumber") || is(c, "docTitle"))
      w.paragraph(text_of(c, {"authorialNote", "noteRef"}));
    else
      cover(c, w);
  }
}

xmlNode* find(xmlNode* n, const char* name) {
  for (xmlNode* c = n ? n->children : nullptr; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    if (is(c, name)) return c;
    if (xmlNode* f = find(c, name)) return f;
  }
  return nullptr;
}

// A date that is not a placeholder ("0001-01-01" stands for "unknown" in
// some AKN files).
bool plausible(const std::string& date) {
  return date.size() >= 4 && date.substr(0, 4) > "1000";
}

// Every FRBRdate of an FRBR element, the one named `preferred` first.
void frbr_dates(xmlNode* frbr, const char* preferred, std::vector<std::string>& out) {
  for (int pass = 0; frbr && pass < 2; ++pass)
    for (xmlNode* c = frbr->children; c; c = c->next)
      if (is(c, "FRBRdate") && (attribute(c, "name") == preferred) == (pass == 0))
        out.push_back(attribute(c, "date"));
}

StatedMetadata metadata_of(xmlNode* meta, xmlNode* document) {
  StatedMetadata m;
  xmlNode* id = meta ? child(meta, "identification") : nullptr;
  xmlNode* work = id ? child(id, "FRBRWork") : nullptr;
  xmlNode* expr = id ? child(id, "FRBRExpression") : nullptr;
  // The work's adoption date, else the date the cover page gives, else any
  // other date of the work or the expression.
  std::vector<std::string> dates;
  frbr_dates(work, "adoption", dates);
  dates.insert(dates.begin() + (dates.empty() ? 0 : 1), [&] {
    xmlNode* cover = child(document, "coverPage");
    if (!cover) cover = child(document, "preface");
    xmlNode* d = find(cover, "docDate");
    return d ? attribute(d, "date") : std::string();
  }());
  frbr_dates(expr, "publication", dates);
  for (const std::string& d : dates)
    if (plausible(d)) {
      m.date = d;
      break;
    }
  if (expr)
    if (xmlNode* lang = child(expr, "FRBRlanguage")) m.language = attribute(lang, "language");
  return m;
}

}  // namespace

ConvertedText read_akn(const std::string& bytes, const std::string& display_path) {
  xml::Document doc = xml::parse(bytes, display_path);
  xmlNode* root = xmlDocGetRootElement(doc.get());
  if (!root || !is(root, "akomaNtoso"))
    throw InputError("not an Akoma Ntoso document (root element is not akomaNtoso)", display_path);
  xmlNode* document = nullptr;
  for (xmlNode* c = root->children; c && !document; c = c->next)
    if (c->type == XML_ELEMENT_NODE) document = c;
  if (!document) throw InputError("empty Akoma Ntoso document", display_path);

  ConvertedText out;
  out.metadata = metadata_of(child(document, "meta"), document);
  if (xmlNode* number = find(document, "docNumber")) out.metadata.symbol = text_of(number);
  Writer w;
  for (xmlNode* c = document->children; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE || is(c, "meta")) continue;
    if (is(c, "coverPage") || is(c, "preface")) {
      cover(c, w);
    } else {
      std::string none;
      walk(c, none, w);
    }
  }
  out.text = w.take();
  if (out.text.empty()) throw InputError("Akoma Ntoso document without text", display_path);
  return out;
}

}  // namespace ct::ingest

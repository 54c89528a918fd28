// `clausetrack export DOC --format akn`: one document's clauses as Akoma Ntoso
// 3.0 XML (see akn_export.h).
//
// Layout (in the document's order, nothing reordered):
// - preface: the leading title (docTitle) and symbol line (docNumber);
// - preamble: the clauses up to the first operative one, each a p (its
//   printed number kept in the text);
// - mainBody: from the first operative clause to the last operative clause
//   or list item: each a paragraph (num, content/p), its sub-items nested as
//   points (the parent's text then goes into intro); other clauses there (a
//   heading, a narrative line) an hcontainer; a document with no operative
//   clause has all its clauses after the preface here;
// - conclusions: the clauses after that (signature, closing lines), as p.
// Every clause's element refers to its threads (refersTo="#thread-ID", a
// TLCConcept of the references; several, space-separated, for a clause in
// several threads); FRBR: adoption date, language (ISO 639-2),
// number (the symbol, else the document id).
#include "report/akn_export.h"

#include <map>
#include <optional>
#include <vector>

#include "report/clause_marker.h"
#include "report/html_escape.h"

namespace ct::report {

namespace {

std::string x(std::string_view s) {
  return xml_escape(s);
}

// A name usable in an eId (letters, digits, '-'; the rest becomes '-').
std::string id_part(std::string_view s) {
  std::string out;
  for (char c : s) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    out += ok ? c : '-';
  }
  return out.empty() ? "x" : out;
}

// A resolution or document symbol that is the clause's whole text.
bool is_symbol_line(const Clause& c) {
  for (const Entity& e : c.entities)
    if ((e.type == EntityType::Resolution || e.type == EntityType::Document) && e.begin == 0 &&
        e.end >= c.text.size())
      return true;
  return false;
}

bool hierarchical(const Clause& c) {
  return c.role == Role::Operative || c.role == Role::ListItem;
}

class Writer {
 public:
  Writer(const Corpus& corpus, const Document& d,
         const std::map<std::size_t, std::vector<std::string>>& thread)
      : corpus_(corpus), d_(d), thread_(thread) {}

  const Clause& clause(std::size_t k) const { return corpus_.clauses[d_.first_clause + k]; }

  std::string refers(std::size_t k) const {
    auto it = thread_.find(d_.first_clause + k);
    if (it == thread_.end()) return "";
    // A clause that carries several statements is in each of their threads:
    // refersTo is a list of references (AKN listOfReferenceRef).
    std::string refs;
    for (const std::string& id : it->second)
      refs += (refs.empty() ? "#thread-" : " #thread-") + x(id);
    return " refersTo=\"" + refs + "\"";
  }

  // A p holding the clause as printed.
  std::string p(std::size_t k, const std::string& eid) const {
    return "<p eId=\"" + eid + "\"" + refers(k) + ">" + x(printed_clause(corpus_, clause(k))) +
           "</p>\n";
  }

  // The clauses [b, e) of the main body.
  std::string body(std::size_t b, std::size_t e) {
    std::string out;
    std::vector<std::pair<std::size_t, std::string>> open;  // clause, element name
    int top = 0, other = 0;
    std::map<std::string, int> points;  // parent eId -> points in it
    std::vector<std::string> eids;      // of the open elements
    auto close_to = [&](std::size_t depth) {
      while (open.size() > depth) {
        out += "</" + open.back().second + ">\n";
        open.pop_back();
        eids.pop_back();
      }
    };
    for (std::size_t k = b; k < e; ++k) {
      const Clause& c = clause(k);
      if (!hierarchical(c)) {
        close_to(0);
        std::string eid = "hcontainer_" + std::to_string(++other);
        std::string name = std::string(c.role == Role::Heading ? "heading" : "clause");
        out += "<hcontainer eId=\"" + eid + "\" name=\"" + name + "\"" + refers(k) + ">";
        out += "<content><p>" + x(printed_clause(corpus_, c)) + "</p></content></hcontainer>\n";
        continue;
      }
      // Its parent open: nested in it; else a paragraph of its own.
      std::size_t depth = open.size();
      while (depth > 0 && (!c.parent || *c.parent != d_.first_clause + open[depth - 1].first))
        --depth;
      close_to(depth);
      std::string element = open.empty() ? "paragraph" : "point";
      std::string eid = open.empty()
                            ? "para_" + std::to_string(++top)
                            : eids.back() + "__point_" + std::to_string(++points[eids.back()]);
      out += "<" + element + " eId=\"" + eid + "\"" + refers(k) + ">";
      if (std::string m = printed_marker(corpus_, c); !m.empty()) out += "<num>" + x(m) + "</num>";
      bool has_children = k + 1 < e && hierarchical(clause(k + 1)) && clause(k + 1).parent &&
                          *clause(k + 1).parent == d_.first_clause + k;
      if (has_children) {
        out += "<intro><p>" + x(c.text) + "</p></intro>\n";
        open.emplace_back(k, element);
        eids.push_back(eid);
      } else {
        out += "<content><p>" + x(c.text) + "</p></content></" + element + ">\n";
      }
    }
    close_to(0);
    return out;
  }

 private:
  const Corpus& corpus_;
  const Document& d_;
  const std::map<std::size_t, std::vector<std::string>>& thread_;
};

}  // namespace

std::string akn_export(const Corpus& corpus, std::size_t doc, const AknOptions& o) {
  const Document& d = corpus.documents[doc];
  std::map<std::size_t, std::vector<std::string>> thread;  // clause -> its threads' ids
  // This document's threads, in thread order (ids are hashes: their order
  // means nothing).
  std::vector<const Thread*> concepts;
  for (const Thread& t : corpus.threads)
    for (const ThreadMember& m : t.members)
      if (m.clause >= d.first_clause && m.clause < d.first_clause + d.clause_count) {
        thread[m.clause].push_back(t.id);
        if (concepts.empty() || concepts.back() != &t) concepts.push_back(&t);
      }
  Writer w(corpus, d, thread);
  std::size_t n = d.clause_count;

  // The sections (see the top of this file).
  std::size_t preface = 0;
  std::optional<std::size_t> title, number;
  for (; preface < n; ++preface) {
    const Clause& c = w.clause(preface);
    if (c.role == Role::Title && !title)
      title = preface;
    else if (is_symbol_line(c) && !number)
      number = preface;
    else
      break;
  }
  std::size_t first_op = n, last = n;
  for (std::size_t k = preface; k < n; ++k)
    if (w.clause(k).role == Role::Operative) {
      if (first_op == n) first_op = k;
      last = k;
    }
  if (first_op == n) {
    first_op = preface;
    last = n == 0 ? 0 : n - 1;
  }
  for (std::size_t k = last + 1; k < n && hierarchical(w.clause(k)); ++k) last = k;
  std::size_t body_end = n == 0 ? 0 : last + 1;

  std::string symbol = number ? w.clause(*number).text : "";
  std::string date = d.date.empty() ? "0001-01-01" : d.date;  // AKN's "unknown date"
  std::string name = d.kind.empty() ? "document" : d.kind;
  std::string work =
      "/akn/" + o.country + "/doc/" + id_part(name) + "/" + date + "/" + id_part(d.id);
  std::string expr = work + "/" + o.language + "@";

  // The four elements FRBRWork, FRBRExpression and FRBRManifestation open with.
  auto frbr = [&](const std::string& self, const std::string& uri, const std::string& when,
                  const char* event, const char* author) {
    return "<FRBRthis value=\"" + x(self) + "\"/>\n<FRBRuri value=\"" + x(uri) +
           "\"/>\n<FRBRdate date=\"" + x(when) + "\" name=\"" + event +
           "\"/>\n<FRBRauthor href=\"#" + author + "\"/>\n";
  };
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">\n"
      "<doc name=\"" +
      x(name) + "\">\n<meta>\n<identification source=\"#clausetrack\">\n";
  out += "<FRBRWork>\n" + frbr(work + "/!main", work, date, "adoption", "author") +
         "<FRBRcountry value=\"" + x(o.country) + "\"/>\n<FRBRnumber value=\"" +
         x(symbol.empty() ? d.id : symbol) + "\"/>\n<FRBRname value=\"" + x(name) +
         "\"/>\n</FRBRWork>\n";
  out += "<FRBRExpression>\n" + frbr(expr + "/!main", expr, date, "adoption", "author") +
         "<FRBRlanguage language=\"" + x(o.language) + "\"/>\n</FRBRExpression>\n";
  out += "<FRBRManifestation>\n" +
         frbr(expr + "/!main.xml", expr + ".akn", o.generated, "generation", "clausetrack") +
         "</FRBRManifestation>\n";
  out += R"(</identification>
<references source="#clausetrack">
<TLCOrganization eId="clausetrack" href="/ontology/organization/clausetrack" showAs="clausetrack"/>
<TLCRole eId="author" href="/ontology/role/author" showAs="author"/>
)";
  for (const Thread* t : concepts)
    out += "<TLCConcept eId=\"thread-" + x(t->id) +
           "\" href=\"/ontology/concept/clausetrack/thread/" + x(t->id) + "\" showAs=\"" +
           x(t->label.empty() ? t->id : t->label) + "\"/>\n";
  out += "</references>\n</meta>\n";

  if (preface > 0) {
    out += "<preface>\n";
    for (std::size_t k = 0; k < preface; ++k) {
      const char* tag = title && k == *title ? "docTitle" : "docNumber";
      out += std::string("<p><") + tag + w.refers(k) + ">" + x(w.clause(k).text) + "</" + tag +
             "></p>\n";
    }
    out += "</preface>\n";
  }
  if (first_op > preface) {
    out += "<preamble>\n";
    for (std::size_t k = preface; k < first_op; ++k)
      out += w.p(k, "preamble__p_" + std::to_string(k - preface + 1));
    out += "</preamble>\n";
  }
  out += "<mainBody>\n" + w.body(first_op, body_end) + "</mainBody>\n";
  if (body_end < n) {
    out += "<conclusions>\n";
    for (std::size_t k = body_end; k < n; ++k)
      out += w.p(k, "conclusions__p_" + std::to_string(k - body_end + 1));
    out += "</conclusions>\n";
  }
  out += "</doc>\n</akomaNtoso>\n";
  return out;
}

}  // namespace ct::report

// The Word form of `clausetrack diff`: a .docx of the new text, one paragraph
// per clause (its printed marker, then its text), with the changes against the old text as tracked
// changes (w:ins / w:del with author and date), so that accepting them all gives the new clauses
// and rejecting them all the old ones.
//
// Decisions:
// - pairs (kept or changed) that keep their order are written in place with
//   their word diff; a pair out of the order of the others (moved) is written
//   as its old clause deleted where it was and its new clause inserted where
//   it is now (a plain w:del / w:ins pair reads the same in every program,
//   unlike w:moveFrom / w:moveTo); merged, split, added and removed clauses are
//   deleted or inserted whole;
// - between two pairs kept in place, the old clauses come first (deleted),
//   then the new ones (inserted): both orders are kept;
// - a deleted or inserted clause also has its paragraph mark tracked, so the
//   paragraph vanishes whole when its change is rejected or accepted.
#include <zip.h>

#include <algorithm>
#include <memory>

#include "diff/word_diff.h"
#include "model/error.h"
#include "report/clause_marker.h"
#include "report/diff_view.h"
#include "report/html_escape.h"

namespace ct::report {

namespace {

constexpr const char* kContentTypes =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
</Types>
)";

constexpr const char* kRootRels =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
</Relationships>
)";

constexpr const char* kDocumentRels =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>
</Relationships>
)";

constexpr const char* kStyles =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:docDefaults>
<w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman"/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault>
</w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>
</w:styles>
)";

// Opens the document with the changes shown.
constexpr const char* kSettings =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:trackRevisions/>
</w:settings>
)";

std::string xml_text(std::string_view s) {
  return xml_escape(s);
}

class Body {
 public:
  Body(const DocxOptions& o)
      : attrs_(" w:author=\"" + xml_text(o.author) + "\" w:date=\"" + xml_text(o.date) + "\"") {}

  enum class Mark { None, Ins, Del };

  // A paragraph of `depth` whose mark is tracked as `mark`, with `runs`.
  void paragraph(int depth, Mark mark, const std::string& runs) {
    out_ += "<w:p>";
    std::string ppr;
    if (depth > 0) ppr += "<w:ind w:left=\"" + std::to_string(std::min(depth, 8) * 567) + "\"/>";
    if (mark != Mark::None)
      ppr += "<w:rPr>" + change(mark == Mark::Ins ? "ins" : "del") + "</w:rPr>";
    if (!ppr.empty()) out_ += "<w:pPr>" + ppr + "</w:pPr>";
    out_ += runs + "</w:p>\n";
    last_deleted_ = mark == Mark::Del;
  }

  std::string plain(std::string_view s) const {
    return s.empty() ? "" : "<w:r><w:t xml:space=\"preserve\">" + xml_text(s) + "</w:t></w:r>";
  }
  std::string inserted(std::string_view s) {
    if (s.empty()) return "";
    std::string o = open("ins");
    return o + "<w:r><w:t xml:space=\"preserve\">" + xml_text(s) + "</w:t></w:r></w:ins>";
  }
  std::string deleted(std::string_view s) {
    if (s.empty()) return "";
    std::string o = open("del");
    return o + "<w:r><w:delText xml:space=\"preserve\">" + xml_text(s) +
           "</w:delText></w:r></w:del>";
  }

  std::string finish() {
    // Word keeps the last paragraph mark of a body: a deleted clause is not
    // left last.
    if (last_deleted_) out_ += "<w:p/>\n";
    return out_;
  }

 private:
  std::string open(const char* what) {
    return std::string("<w:") + what + " w:id=\"" + std::to_string(next_id_++) + "\"" + attrs_ +
           ">";
  }
  std::string change(const char* what) {
    return std::string("<w:") + what + " w:id=\"" + std::to_string(next_id_++) + "\"" + attrs_ +
           "/>";
  }

  std::string attrs_;
  std::string out_;
  int next_id_ = 1;
  bool last_deleted_ = false;
};

// Indices of the pairs (sorted by new clause) whose old clauses increase: a
// longest increasing subsequence (patience sorting, O(n log n)).
std::vector<bool> in_order(const std::vector<const align::ClausePair*>& pairs) {
  std::vector<std::size_t> tails;  // index into pairs of the smallest tail of each length
  std::vector<long> back(pairs.size(), -1);
  for (std::size_t i = 0; i < pairs.size(); ++i) {
    std::size_t old = pairs[i]->old_clause;
    auto it = std::lower_bound(tails.begin(), tails.end(), old, [&](std::size_t k, std::size_t v) {
      return pairs[k]->old_clause < v;
    });
    if (it != tails.begin()) back[i] = static_cast<long>(*std::prev(it));
    if (it == tails.end())
      tails.push_back(i);
    else
      *it = i;
  }
  std::vector<bool> keep(pairs.size(), false);
  for (long k = tails.empty() ? -1 : static_cast<long>(tails.back()); k >= 0; k = back[k])
    keep[static_cast<std::size_t>(k)] = true;
  return keep;
}

std::string marker_of(const DiffView& v, const Clause& c) {
  return printed_marker(v.two, c);
}

std::string printed(const DiffView& v, std::size_t clause) {
  return printed_clause(v.two, v.two.clauses[clause]);
}

// The runs of a clause kept in place: its word diff as tracked changes.
std::string pair_runs(Body& body, const DiffView& v, const align::ClausePair& p) {
  const Clause& older = v.two.clauses[p.old_clause];
  const Clause& newer = v.two.clauses[p.new_clause];
  std::string old_marker = marker_of(v, older), new_marker = marker_of(v, newer);
  std::string runs;
  if (old_marker == new_marker)
    runs += body.plain(new_marker.empty() ? "" : new_marker + " ");
  else
    runs += body.deleted(old_marker.empty() ? "" : old_marker + " ") +
            body.inserted(new_marker.empty() ? "" : new_marker + " ");
  if (older.text == newer.text) return runs + body.plain(newer.text);
  if (p.change == Change::Translated)
    return runs + body.deleted(older.text) + body.inserted(newer.text);
  std::vector<WordOp> ops = p.diff;
  if (ops.empty() || diff::old_text(ops) != older.text || diff::new_text(ops) != newer.text)
    ops = diff::word_diff(older.text, newer.text);
  for (const WordOp& op : ops) {
    if (op.kind == WordOp::Kind::Equal)
      runs += body.plain(op.text);
    else if (op.kind == WordOp::Kind::Insert)
      runs += body.inserted(op.text);
    else
      runs += body.deleted(op.text);
  }
  return runs;
}

std::string document_xml(const DiffView& v, const align::SideBySide& r, const DocxOptions& o) {
  std::vector<const align::ClausePair*> pairs;
  for (const auto* list : {&r.kept, &r.changed})
    for (const auto& p : *list) pairs.push_back(&p);
  std::sort(pairs.begin(), pairs.end(),
            [](const auto* a, const auto* b) { return a->new_clause < b->new_clause; });
  std::vector<bool> keep = in_order(pairs);

  // Each clause of either side: the pair it is kept in place with, if any.
  std::vector<const align::ClausePair*> anchor(v.two.clauses.size(), nullptr);
  for (std::size_t i = 0; i < pairs.size(); ++i)
    if (keep[i]) anchor[pairs[i]->old_clause] = anchor[pairs[i]->new_clause] = pairs[i];

  std::vector<std::size_t> olds, news;
  for (std::size_t c = 0; c < v.two.clauses.size(); ++c) (v.is_old(c) ? olds : news).push_back(c);

  Body body(o);
  std::size_t i = 0, j = 0;
  while (i < olds.size() || j < news.size()) {
    for (; i < olds.size() && !anchor[olds[i]]; ++i) {
      const Clause& c = v.two.clauses[olds[i]];
      body.paragraph(c.depth, Body::Mark::Del, body.deleted(printed(v, olds[i])));
    }
    for (; j < news.size() && !anchor[news[j]]; ++j) {
      const Clause& c = v.two.clauses[news[j]];
      body.paragraph(c.depth, Body::Mark::Ins, body.inserted(printed(v, news[j])));
    }
    if (i < olds.size() && j < news.size()) {
      // Both stand on the same anchor: the in-order pairs are the same
      // subsequence on both sides.
      const align::ClausePair& p = *anchor[news[j]];
      body.paragraph(v.two.clauses[p.new_clause].depth, Body::Mark::None, pair_runs(body, v, p));
      ++i;
      ++j;
    }
  }
  return R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:body>
)" + body.finish() +
         R"(<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>
</w:body>
</w:document>
)";
}

std::string core_xml(const DiffView& v, const DocxOptions& o) {
  std::string title;
  for (std::size_t k = v.old_count; k < v.docs.size(); ++k)
    title += (title.empty() ? "" : "; ") + v.describe(k);
  return R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<dc:title>)" +
         xml_text(title) + "</dc:title>\n<dc:creator>" + xml_text(o.author) +
         "</dc:creator>\n<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + xml_text(o.date) +
         "</dcterms:created>\n</cp:coreProperties>\n";
}

struct FreeSource {
  void operator()(zip_source_t* s) const { zip_source_free(s); }
};

[[noreturn]] void zip_failed(const char* what, zip_error_t* e) {
  std::string msg =
      std::string("cannot write the Word file (") + what + ": " + zip_error_strerror(e) + ")";
  zip_error_fini(e);
  throw InputError(msg);
}

}  // namespace

std::string diff_docx(const DiffView& v, const align::SideBySide& r, const DocxOptions& o) {
  // The package, in the order Word writes it; all in memory (libzip's
  // buffer source), the caller writes it out atomically.
  const std::pair<const char*, std::string> parts[] = {
      {"[Content_Types].xml", kContentTypes},
      {"_rels/.rels", kRootRels},
      {"docProps/core.xml", core_xml(v, o)},
      {"word/_rels/document.xml.rels", kDocumentRels},
      {"word/document.xml", document_xml(v, r, o)},
      {"word/styles.xml", kStyles},
      {"word/settings.xml", kSettings}};

  zip_error_t err;
  zip_error_init(&err);
  std::unique_ptr<zip_source_t, FreeSource> buffer(zip_source_buffer_create(nullptr, 0, 0, &err));
  if (!buffer) zip_failed("buffer", &err);
  zip_source_keep(buffer.get());  // still ours after zip_close
  zip_t* z = zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &err);
  if (!z) zip_failed("open", &err);
  for (const auto& [name, data] : parts) {
    zip_source_t* s = zip_source_buffer(z, data.data(), data.size(), 0);
    zip_int64_t idx = s ? zip_file_add(z, name, s, ZIP_FL_ENC_UTF_8) : -1;
    if (idx < 0) {
      if (s) zip_source_free(s);
      zip_discard(z);
      throw InputError(std::string("cannot write the Word file (") + name + ")");
    }
    zip_file_set_mtime(z, static_cast<zip_uint64_t>(idx), o.mtime, 0);
  }
  if (zip_close(z) != 0) {
    std::string msg = zip_strerror(z);
    zip_discard(z);
    throw InputError("cannot write the Word file (" + msg + ")");
  }

  zip_source_t* s = buffer.get();
  if (zip_source_open(s) != 0) zip_failed("reopen", zip_source_error(s));
  zip_source_seek(s, 0, SEEK_END);
  zip_int64_t size = zip_source_tell(s);
  zip_source_seek(s, 0, SEEK_SET);
  std::string bytes(size > 0 ? static_cast<std::size_t>(size) : 0, '\0');
  zip_int64_t n = size > 0 ? zip_source_read(s, bytes.data(), bytes.size()) : 0;
  zip_source_close(s);
  if (n != size) throw InputError("cannot write the Word file (short read)");
  return bytes;
}

}  // namespace ct::report

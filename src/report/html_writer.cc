// The HTML writer: tags and attributes around html_escape.
#include "report/html_writer.h"

#include "report/html_escape.h"

namespace ct::report {

HtmlWriter& HtmlWriter::open(std::string_view tag, std::initializer_list<Attr> attrs) {
  out_ += '<';
  out_ += tag;
  for (const Attr& a : attrs) {
    if (!a.present) continue;
    out_ += ' ';
    out_ += a.name;
    out_ += "=\"";
    html_escape_to(out_, a.value);
    out_ += '"';
  }
  out_ += '>';
  return *this;
}

HtmlWriter& HtmlWriter::close(std::string_view tag) {
  out_ += "</";
  out_ += tag;
  out_ += '>';
  return *this;
}

HtmlWriter& HtmlWriter::text(std::string_view s) {
  html_escape_to(out_, s);
  return *this;
}

HtmlWriter& HtmlWriter::raw(std::string_view html) {
  out_ += html;
  return *this;
}

HtmlWriter& HtmlWriter::element(std::string_view tag, std::initializer_list<Attr> attrs,
                                std::string_view text) {
  return open(tag, attrs).text(text).close(tag);
}

HtmlWriter& HtmlWriter::symbol(std::string_view symbol) {
  out_ += "<span class=\"sym\" aria-hidden=\"true\">";
  html_escape_to(out_, symbol);
  out_ += "</span>";
  return *this;
}

}  // namespace ct::report

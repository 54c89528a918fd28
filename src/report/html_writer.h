// A small HTML writer for the items the report repeats thousands of times
// (thread cards, lifecycle rows, entity rows): elements appended to a
// string, every text and attribute value escaped by html_escape. The page
// and its sections are mustache templates (html_template.h); these items are
// not, because kainjow renders one in about 35 µs (measured: 65 ms for the
// 1,800 threads of the shipped corpus, against a 0.5 s budget for the whole
// run), while appending them here costs a few.
//
//   HtmlWriter w(out);
//   w.open("p", {{"class", "where"}}).text(doc.source).close("p");
//   w.element("a", {{"href", "#" + anchor}}, clause.id);
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

namespace ct::report {

struct Attr {
  std::string_view name;
  std::string_view value;
  bool present = true;  // false: the attribute is left out
};

class HtmlWriter {
 public:
  explicit HtmlWriter(std::string& out) : out_(out) {}

  // <tag name="value" ...>
  HtmlWriter& open(std::string_view tag, std::initializer_list<Attr> attrs = {});
  // </tag>
  HtmlWriter& close(std::string_view tag);
  // Escaped text.
  HtmlWriter& text(std::string_view s);
  // Markup made by this writer, a template or html_escape (a word diff);
  // never corpus text.
  HtmlWriter& raw(std::string_view html);
  // <tag attrs>text</tag>
  HtmlWriter& element(std::string_view tag, std::initializer_list<Attr> attrs,
                      std::string_view text);
  // <span class="sym" aria-hidden="true">symbol</span>
  HtmlWriter& symbol(std::string_view symbol);

 private:
  std::string& out_;
};

}  // namespace ct::report

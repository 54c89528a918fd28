// Mustache templates of the HTML report (kainjow::mustache, header-only,
// Debian's libkainjow-mustache-dev). Templates are the .html assets; every
// {{variable}} is escaped by report::html_escape, the one escaping function
// of all the HTML the tool writes. {{{triple}}} braces insert HTML that a
// template or html_escape already produced (a rendered section, a word diff,
// the SVG Graphviz wrote), never raw corpus text.
//
//   Templates t;
//   Data d;  d["title"] = Data(doc.title);
//   std::string html = t.render("thread.html", d);
#pragma once

#include <kainjow/mustache.hpp>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace ct::report {

using Data = kainjow::mustache::data;

// A list value; the items are moved in, not copied (kainjow's own ways copy,
// and a deep copy of nested lists at every level costs more than the render).
Data list_of(std::vector<Data>&& items);

// Compiled templates by asset name, parsed once per report.
class Templates {
 public:
  // Renders asset `name` with `data`. A template that does not parse is a
  // bug of the build, not of the input: std::logic_error.
  std::string render(std::string_view name, const Data& data);

  // A large piece of HTML for a {{{triple}}} variable: the template gets a
  // short marker, and fill() puts the piece in its place once, at the end
  // (kainjow copies a variable's text several times while rendering: a
  // section of tens of MB would be copied into every level above it).
  Data slot(std::string html);
  // `rendered` with every marker replaced by its piece (pieces may hold
  // markers of their own).
  std::string fill(const std::string& rendered) const;

 private:
  void fill_into(std::string& out, std::string_view text) const;

  std::map<std::string, kainjow::mustache::mustache, std::less<>> compiled_;
  std::vector<std::string> slots_;
};

}  // namespace ct::report

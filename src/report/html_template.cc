// Template compilation and rendering with html_escape as the escaper.
#include "report/html_template.h"

#include <stdexcept>

#include "report/assets.h"
#include "report/html_escape.h"

namespace ct::report {

Data list_of(std::vector<Data>&& items) {
  // kainjow offers only copying ways to fill a list (a constructor from a
  // const vector, push_back of a const item), and nested lists would be
  // copied once per level. The list below is our own non-const object, so
  // moving the items into its storage through list_value() is well defined.
  Data out(Data::type::list);
  auto& storage = const_cast<kainjow::mustache::basic_list<std::string>&>(out.list_value());
  storage.reserve(items.size());
  for (Data& item : items) storage.push_back(std::move(item));
  return out;
}

std::string Templates::render(std::string_view name, const Data& data) {
  auto it = compiled_.find(name);
  if (it == compiled_.end()) {
    std::string_view text = asset(name);
    if (text.empty()) throw std::logic_error("report template missing: " + std::string(name));
    kainjow::mustache::mustache tmpl{std::string(text)};
    if (!tmpl.is_valid())
      throw std::logic_error("report template " + std::string(name) + ": " + tmpl.error_message());
    tmpl.set_custom_escape([](const std::string& s) { return html_escape(s); });
    it = compiled_.emplace(std::string(name), std::move(tmpl)).first;
  }
  std::string out = it->second.render(data);
  if (!it->second.is_valid())
    throw std::logic_error("report template " + std::string(name) + ": " +
                           it->second.error_message());
  return out;
}

}  // namespace ct::report

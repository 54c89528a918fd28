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

namespace {
// Markers: control characters html_escape never lets through from a text.
constexpr std::string_view kOpen = "\x02slot:", kClose = "\x03";
}  // namespace

Data Templates::slot(std::string html) {
  slots_.push_back(std::move(html));
  return Data(std::string(kOpen) + std::to_string(slots_.size() - 1) + std::string(kClose));
}

std::string Templates::fill(const std::string& rendered) const {
  // Room for every piece at once (a page is megabytes, grown in one go).
  std::size_t size = rendered.size();
  for (const std::string& s : slots_) size += s.size();
  std::string out;
  out.reserve(size);
  fill_into(out, rendered);
  return out;
}

void Templates::fill_into(std::string& out, std::string_view text) const {
  std::size_t at = 0;
  for (std::size_t m = text.find(kOpen); m != std::string_view::npos; m = text.find(kOpen, at)) {
    std::size_t close = text.find(kClose, m + kOpen.size());
    if (close == std::string_view::npos) break;
    std::size_t index = 0;
    for (std::size_t i = m + kOpen.size(); i < close; ++i)
      index = index * 10 + static_cast<std::size_t>(text[i] - '0');
    out.append(text.substr(at, m - at));
    if (index < slots_.size()) fill_into(out, slots_[index]);
    at = close + kClose.size();
  }
  out.append(text.substr(at));
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

// append_json: objects, arrays, integers and well-formed strings written
// here; floating-point numbers and malformed UTF-8 handed to nlohmann.
//
// Hand-written beside nlohmann's serializer because tracker.json (a hundred
// megabytes for the archive) spent most of its time there: the serializer
// writes through a virtual call per character or indent and decodes every
// string byte by byte. The layout is nlohmann 3.11's pretty printing;
// tests/report/json_text_test.cc compares the two.
#include "report/json_text.h"

#include <charconv>
#include <cstdint>
#include <cstring>

#include "text/utf8.h"

namespace ct::report {

namespace {

using Json = nlohmann::ordered_json;

// nlohmann's own writer, for what is not written here.
void append_nlohmann(std::string& out, const Json& j, unsigned indent) {
  nlohmann::detail::serializer<Json> writer(nlohmann::detail::output_adapter<char>(out), ' ',
                                            nlohmann::json::error_handler_t::replace);
  writer.dump(j, true, false, 2, indent);
}

// Whether any of the 8 bytes of `w` needs an escape: below 0x20, a quote or
// a backslash (bit tricks on the whole word, exact: bytes from 0x80 never match).
bool escape_in(std::uint64_t w) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  auto zero_byte = [&](std::uint64_t x) { return (x - kOnes) & ~x & kHigh; };
  return ((w - 0x20 * kOnes) & ~w & kHigh) || zero_byte(w ^ ('"' * kOnes)) ||
         zero_byte(w ^ ('\\' * kOnes));
}

// A well-formed string, escaped as nlohmann escapes it (ensure_ascii off:
// only quotes, backslashes and control characters).
void append_string(std::string& out, std::string_view s) {
  out += '"';
  std::size_t run = 0;  // start of the bytes copied as they are
  for (std::size_t i = 0; i < s.size(); ++i) {
    // Eight plain bytes at a time: most of a text.
    for (std::uint64_t w; i + 8 <= s.size(); i += 8) {
      std::memcpy(&w, s.data() + i, 8);
      if (escape_in(w)) break;
    }
    if (i >= s.size()) break;
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out.append(s, run, i - run);
    run = i + 1;
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\f':
        out += "\\f";
        break;
      case '\r':
        out += "\\r";
        break;
      default: {
        static constexpr char kHex[] = "0123456789abcdef";
        out += "\\u00";
        out += kHex[c >> 4];
        out += kHex[c & 0xF];
      }
    }
  }
  out.append(s, run, std::string::npos);
  out += '"';
}

template <typename Int>
void append_integer(std::string& out, Int v) {
  char buf[24];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, end);
}

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
  if (text::invalid_utf8_offset(s) == text::kValid)
    append_string(out, s);
  else
    append_nlohmann(out, Json(std::string(s)), 0);
}

void append_json(std::string& out, const Json& j, unsigned indent) {
  switch (j.type()) {
    case Json::value_t::object: {
      if (j.empty()) {
        out += "{}";
        return;
      }
      out += "{\n";
      for (auto it = j.begin(); it != j.end(); ++it) {
        if (it != j.begin()) out += ",\n";
        out.append(indent + 2, ' ');
        const std::string& key = it.key();
        append_json_string(out, key);
        out += ": ";
        append_json(out, it.value(), indent + 2);
      }
      out += '\n';
      out.append(indent, ' ');
      out += '}';
      return;
    }
    case Json::value_t::array: {
      if (j.empty()) {
        out += "[]";
        return;
      }
      out += "[\n";
      bool first = true;
      for (const Json& item : j) {
        if (!first) out += ",\n";
        first = false;
        out.append(indent + 2, ' ');
        append_json(out, item, indent + 2);
      }
      out += '\n';
      out.append(indent, ' ');
      out += ']';
      return;
    }
    case Json::value_t::string:
      append_json_string(out, j.get_ref<const std::string&>());
      return;
    case Json::value_t::boolean:
      out += j.get<bool>() ? "true" : "false";
      return;
    case Json::value_t::number_integer:
      append_integer(out, j.get<std::int64_t>());
      return;
    case Json::value_t::number_unsigned:
      append_integer(out, j.get<std::uint64_t>());
      return;
    case Json::value_t::null:
      out += "null";
      return;
    default:  // floating point, binary, discarded
      append_nlohmann(out, j, indent);
  }
}

}  // namespace ct::report

// append_json: the text nlohmann's pretty dump writes, for every kind of
// value, escapes, malformed UTF-8 and nesting.
#include "report/json_text.h"

#include <catch2/catch.hpp>

using Json = nlohmann::ordered_json;

namespace {

std::string nlohmann_text(const Json& j) {
  return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string ours(const Json& j) {
  std::string out;
  ct::report::append_json(out, j, 0);
  return out;
}

}  // namespace

TEST_CASE("json_text: as nlohmann's pretty dump", "[report]") {
  Json j;
  j["text"] = "plain \"quoted\" back\\slash tab\t line\n cr\r ff\f bs\b bell\x07 del\x7f";
  j["utf8"] = "Côte d’Ivoire – 日本";
  j["bad utf8"] = std::string("cut \xC3 and \xFF\xFE and overlong \xC0\xAF");
  j["k\"ey\x01"] = 1;
  j["int"] = -42;
  j["unsigned"] = 18446744073709551615ull;
  j["zero"] = 0;
  j["floats"] = {0.5, 1.0, 0.123, 1e300, -0.0, 2.675};
  j["bool"] = {true, false};
  j["null"] = nullptr;
  j["empty object"] = Json::object();
  j["empty array"] = Json::array();
  j["nested"] = {{{"a", {1, {{"b", Json::array()}}, "x"}}}, Json::object(), {{"c", nullptr}}};
  CHECK(ours(j) == nlohmann_text(j));
  for (const Json& item : j) CHECK(ours(item) == nlohmann_text(item));
  // Escapes at every place of a long text (it is read eight bytes at a time).
  for (char special : std::string("\"\\\n\x01\x1f \x7f\xC3\xA9")) {
    for (std::size_t at = 0; at < 24; ++at) {
      std::string text(24, 'a');
      text[at] = special;
      CHECK(ours(Json(text)) == nlohmann_text(Json(text)));
    }
  }
  // At an indentation: nlohmann's dump of a tree holding it, line for line.
  Json outer = {{"list", {j}}};
  std::string inner = ours(j), nested;
  ct::report::append_json(nested, j, 4);
  CHECK(nlohmann_text(outer).find(nested) != std::string::npos);
  CHECK(nested != inner);
}

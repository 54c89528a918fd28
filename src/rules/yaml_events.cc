// libyaml events turned into yaml-cpp nodes.
#include "rules/yaml_events.h"

#include <yaml.h>

#include <map>
#include <memory>
#include <vector>

namespace ct::yaml {
struct SetMark;
}  // namespace ct::yaml

namespace YAML {
// yaml-cpp has no public way to set a node's mark; its as_if templates are
// friends of Node, so this specialization of one does it.
template <>
struct as_if<ct::yaml::SetMark, void> {
  static void set(Node& node, const Mark& mark) {
    node.EnsureNodeExists();
    node.m_pNode->set_mark(mark);
  }
};
}  // namespace YAML

namespace ct::yaml {

namespace {

// yaml-cpp stops at this depth (its DepthGuard): deeper text is left to it.
constexpr std::size_t kMaxDepth = 400;

struct Parser {
  yaml_parser_t parser;
  Parser() { yaml_parser_initialize(&parser); }
  ~Parser() { yaml_parser_delete(&parser); }
  Parser(const Parser&) = delete;
  Parser& operator=(const Parser&) = delete;
};

struct Event {
  yaml_event_t event;
  ~Event() { yaml_event_delete(&event); }
};

// libyaml counts columns in characters, yaml-cpp in bytes.
class Columns {
 public:
  explicit Columns(const std::string& text) : text_(text) {
    line_starts_.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i)
      if (text[i] == '\n') line_starts_.push_back(i + 1);
  }
  YAML::Mark mark(const yaml_mark_t& m) const {
    YAML::Mark out;
    out.line = static_cast<int>(m.line);
    std::size_t at = m.line < line_starts_.size() ? line_starts_[m.line] : text_.size();
    for (std::size_t chars = 0; chars < m.column && at < text_.size(); ++chars) {
      ++at;
      while (at < text_.size() && (static_cast<unsigned char>(text_[at]) & 0xC0) == 0x80) ++at;
    }
    std::size_t start = m.line < line_starts_.size() ? line_starts_[m.line] : text_.size();
    out.column = static_cast<int>(at - start);
    out.pos = static_cast<int>(at);
    return out;
  }

 private:
  const std::string& text_;
  std::vector<std::size_t> line_starts_;
};

bool is_null_word(const char* v, std::size_t n) {
  std::string_view s(v, n);
  return s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL";
}

struct Open {
  YAML::Node node;
  bool map = false;
  std::optional<YAML::Node> key;  // a map's key waiting for its value
};

}  // namespace

std::optional<YAML::Node> parse_with_libyaml(const std::string& text) {
  Parser p;
  yaml_parser_set_input_string(&p.parser, reinterpret_cast<const unsigned char*>(text.data()),
                               text.size());
  const Columns columns(text);
  std::map<std::string, YAML::Node> anchors;
  std::vector<Open> open;
  std::optional<YAML::Node> root;
  auto place = [&](const YAML::Node& n) {
    if (open.empty()) {
      root = n;
      return;
    }
    Open& o = open.back();
    if (!o.map) {
      o.node.push_back(n);
    } else if (!o.key) {
      o.key = n;
    } else {
      o.node.force_insert(*o.key, n);
      o.key.reset();
    }
  };
  auto start = [&](const yaml_event_t& e, YAML::Node n, const yaml_char_t* anchor) {
    YAML::as_if<SetMark, void>::set(n, columns.mark(e.start_mark));
    if (anchor) anchors[reinterpret_cast<const char*>(anchor)] = n;
    return n;
  };
  // yaml-cpp marks an empty value where the next token starts: here where
  // the next event starts (the same line; a dash or comma between is not seen).
  std::optional<YAML::Node> unmarked;
  for (;;) {
    Event ev;
    if (!yaml_parser_parse(&p.parser, &ev.event)) return std::nullopt;
    const yaml_event_t& e = ev.event;
    if (unmarked) {
      YAML::as_if<SetMark, void>::set(*unmarked, columns.mark(e.start_mark));
      unmarked.reset();
    }
    switch (e.type) {
      case YAML_STREAM_END_EVENT:
        return YAML::Node();
      case YAML_DOCUMENT_END_EVENT:
        return root ? *root : YAML::Node();
      case YAML_ALIAS_EVENT: {
        auto it = anchors.find(reinterpret_cast<const char*>(e.data.alias.anchor));
        if (it == anchors.end()) return std::nullopt;
        place(it->second);
        break;
      }
      case YAML_SCALAR_EVENT: {
        const auto& s = e.data.scalar;
        const char* v = reinterpret_cast<const char*>(s.value);
        bool null = s.style == YAML_PLAIN_SCALAR_STYLE && !s.tag && is_null_word(v, s.length);
        YAML::Node n =
            start(e, null ? YAML::Node(YAML::NodeType::Null) : YAML::Node(std::string(v, s.length)),
                  s.anchor);
        if (null && s.length == 0) unmarked = n;
        place(n);
        break;
      }
      case YAML_SEQUENCE_START_EVENT:
      case YAML_MAPPING_START_EVENT: {
        if (open.size() >= kMaxDepth) return std::nullopt;
        const bool map = e.type == YAML_MAPPING_START_EVENT;
        const yaml_char_t* anchor =
            map ? e.data.mapping_start.anchor : e.data.sequence_start.anchor;
        open.push_back(
            {start(e, YAML::Node(map ? YAML::NodeType::Map : YAML::NodeType::Sequence), anchor),
             map,
             {}});
        break;
      }
      case YAML_SEQUENCE_END_EVENT:
      case YAML_MAPPING_END_EVENT: {
        YAML::Node done = std::move(open.back().node);
        open.pop_back();
        place(done);
        break;
      }
      default:  // stream and document starts
        break;
    }
  }
}

}  // namespace ct::yaml

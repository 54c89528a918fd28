// Numbers, keys and ids of clauses.
#include "segment/keys.h"

#include <map>
#include <set>

namespace ct::segment {

namespace {

std::string role_prefix(Role r) {
  switch (r) {
    case Role::Heading:
      return "h.";
    case Role::Preambular:
      return "pre.";
    case Role::Operative:
      return "op.";
    default:
      return "p.";
  }
}

}  // namespace

std::vector<ClauseName> name_clauses(const std::vector<Block>& blocks,
                                     const std::vector<BlockRole>& roles,
                                     const std::string& doc_id) {
  const std::size_t n = blocks.size();
  std::vector<ClauseName> out(n);
  std::vector<std::string> path(n);
  std::vector<bool> chain_numbered(n, false), root_numbered(n, false);
  std::map<std::string, int> counters;
  auto next = [&](const std::string& prefix) {
    return prefix + std::to_string(++counters[prefix]);
  };

  for (std::size_t i = 0; i < n; ++i) {
    const Block& b = blocks[i];
    const BlockRole& r = roles[i];
    ClauseName& c = out[i];
    const bool has_parent = b.parent && *b.parent < i;
    const std::size_t p = has_parent ? *b.parent : 0;
    // Positional key of a top-level clause.
    if (r.role == Role::Title) {
      c.key = "title";
    } else if (r.signature) {
      c.key = "sig";
    } else if (!has_parent && b.kind == NumberKind::Bullet) {
      c.key = next("li.");
    } else if (!has_parent && !b.tail) {
      c.key = next(role_prefix(r.role));
    }
    if (b.numbered()) {
      path[i] = (has_parent ? path[p] + "." : "") + b.marker->numeral;
      chain_numbered[i] = !has_parent || chain_numbered[p];
      root_numbered[i] = has_parent ? root_numbered[p] : true;
      c.number = chain_numbered[i] ? path[i] : b.marker->numeral;
    } else if (b.kind == NumberKind::Bullet && has_parent) {
      path[i] = path[p] + "-" + std::to_string(b.value);
      root_numbered[i] = root_numbered[p];
    } else if (b.tail && has_parent) {
      path[i] = path[p] + ".end";
      root_numbered[i] = root_numbered[p];
    } else {
      path[i] = c.key;
    }
    const std::string section = root_numbered[i] && !b.heading_number && b.section > 1
                                    ? "s" + std::to_string(b.section) + "."
                                    : "";
    if (c.key.empty()) c.key = section + path[i];
    c.id = doc_id + "/" + (chain_numbered[i] ? section + path[i] : c.key);
  }
  // Any clash left (a repeated number) gets a suffix.
  std::set<std::string> seen;
  for (ClauseName& c : out) {
    if (seen.insert(c.id).second) continue;
    for (int k = 2;; ++k) {
      std::string id = c.id + "~" + std::to_string(k);
      if (seen.insert(id).second) {
        c.id = id;
        break;
      }
    }
  }
  return out;
}

}  // namespace ct::segment

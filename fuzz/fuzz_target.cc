// One libFuzzer target (`make fuzz`): compiled once per reader with
// CT_FUZZ_TARGET naming it ("text", "akn", ...; fuzz/entry_points.h).
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "fuzz/entry_points.h"

namespace {

struct Setup {
  ct::Rules rules = ct::load_rules(CT_FUZZ_RULES);
  std::string scratch;
  Setup() {
    char tmpl[] = "/tmp/clausetrack-fuzz-XXXXXX";
    if (!mkdtemp(tmpl)) std::abort();
    scratch = tmpl;
  }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static Setup setup;  // the rules, loaded once
  ct::fuzz::run(CT_FUZZ_TARGET, std::string(reinterpret_cast<const char*>(data), size), setup.rules,
                setup.scratch);
  return 0;
}

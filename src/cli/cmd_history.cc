// PLACEHOLDER (to be replaced): `clausetrack history`.
#include "cli/commands.h"
#include "model/error.h"

namespace ct::cli {

int run_history(const Common&, const HistoryOptions&) {
  throw InputError("the history command is not available yet");
}

}  // namespace ct::cli

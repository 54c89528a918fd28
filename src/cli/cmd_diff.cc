// PLACEHOLDER (to be replaced): `clausetrack diff`.
#include "cli/commands.h"
#include "model/error.h"

namespace ct::cli {

int run_diff(const Common&, const DiffOptions&) {
  throw InputError("the diff command is not available yet");
}

}  // namespace ct::cli

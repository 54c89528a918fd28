// PLACEHOLDER (to be replaced): `clausetrack check`.
#include "cli/commands.h"
#include "model/error.h"

namespace ct::cli {

int run_check(const Common&, const CheckOptions&) {
  throw InputError("the check command is not available yet");
}

}  // namespace ct::cli

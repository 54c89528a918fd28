// PLACEHOLDER (to be replaced): `clausetrack graph`.
#include "cli/commands.h"
#include "model/error.h"

namespace ct::cli {

int run_graph(const Common&, const GraphOptions&) {
  throw InputError("the graph command is not available yet");
}

}  // namespace ct::cli

// The report's templates, stylesheet and script (src/report/assets/), compiled
// into the binary by cmake/embed_assets.cmake so the tool stays one file.
//
//   std::string_view css = report::asset("report.css");
#pragma once

#include <string_view>

namespace ct::report {

// The bytes of the asset file `name` (file name only); empty if there is none.
std::string_view asset(std::string_view name);

}  // namespace ct::report

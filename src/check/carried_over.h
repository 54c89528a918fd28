// What earlier versions of a series already had: for each document, the
// keys (a finding's evidence) that an earlier document of its series in the
// same language already showed. A check reports a defect where it begins,
// not again in every version that carries it over. Items of one compilation
// are not versions of each other: they carry nothing.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "model/corpus.h"

namespace ct::check {

// `keys[doc]`: what document `doc` shows; the result, what came before it.
std::vector<std::set<std::string>> carried_over(const Corpus& corpus,
                                                const std::vector<std::set<std::string>>& keys);

}  // namespace ct::check

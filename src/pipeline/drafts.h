// The series a draft belongs to, when the user does not say: the series one
// of whose newest documents is nearest the draft by its words (their rarity
// weighed: names, the numbers of cited resolutions). Read from the
// raw texts before any analysis (so that only that series need be analysed)
// or from the analysed clauses' stems.
#pragma once

#include <cstddef>
#include <set>
#include <string>
#include <vector>

#include "model/corpus.h"

namespace ct::pipeline {

// By the raw texts' folded words (4 letters or digits or more), weighed by
// their rarity among the newest documents of every series; "" when no
// series shares any.
std::string detect_series_raw(const Corpus& corpus, const std::vector<std::size_t>& draft,
                              const std::set<std::size_t>& all_drafts);
// By the content-word stems of the analysed clauses; "" when none shares any.
std::string detect_series(const Corpus& corpus, const std::vector<std::size_t>& draft,
                          const std::set<std::size_t>& all_drafts);
// The newest date of the series' own documents (drafts excluded).
std::string newest_date(const Corpus& corpus, const std::string& series,
                        const std::set<std::size_t>& drafts);

}  // namespace ct::pipeline

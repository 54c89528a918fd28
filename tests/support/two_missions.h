// An agenda item a test writes itself, interleaving the renewals of two
// missions (strands, align/strands.h): North renewed in March and South in
// June of each year, and a one-off decision of its own; written as files
// with their manifest and analysed by the pipeline up to alignment.
//
//   TempDir dir;
//   Corpus c = two_missions(dir, {});  // 2010-2013, the one-off in 2011
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "model/corpus.h"
#include "support/test_support.h"

namespace ct::test {

struct Mission {
  std::string name, acronym, place, task1, task2, task3;
};

extern const Mission kNorth, kSouth;

// A renewal of `m` adopted in `year`: six paragraphs, the fifth a set phrase
// both missions share but for their acronym; `extra`, when given, a
// paragraph of its own before the last ("Decides to remain seized").
std::string mission_renewal(const Mission& m, int year, const std::string& extra = "");

// A decision like no renewal (a text of no strand).
extern const std::string kOneOffDecision;

// The manifest of series "item" holding documents (id, year); an id ends in
// the month it was adopted ("north-2010-3").
std::string agenda_item_manifest(const std::vector<std::pair<std::string, int>>& docs);

struct TwoMissions {
  int first = 2010, last = 2013;  // North and South renewed each year
  int one_off = 2011;             // the year of the one-off (September); 0: none
  // North's renewals of these years carry `extra` (mission_renewal).
  std::vector<int> extra_years;
  std::string extra;
};

// The corpus: documents "north-YEAR-3", "south-YEAR-6" and "oneoff-YEAR-9".
Corpus two_missions(const TempDir& dir, const TwoMissions& how);

// 2010-2013 with the one-off in 2011, North's renewals of 2010 and 2011
// alone calling for a census (a demand North then drops).
TwoMissions census_in_early_north();

}  // namespace ct::test

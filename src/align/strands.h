// Strands of a series. One agenda item may interleave several recurring
// texts: two missions renewed on their own calendars, a sanctions regime,
// one-off decisions. Threaded as one sequence, a mission's paragraph
// continues the other mission's look-alike paragraph of the session before
// ("Welcomes the efforts of UNIFIL ..." then "... of UNDOF ..."), and,
// measured against every session, "reappears" at each of its renewals and is
// "dropped" whenever another text came last.
//
// Each session is compared, as a whole text (the summed features of its body
// paragraphs, across languages through pivots), with the earlier sessions of
// its series; it continues the strand of the one most like it, and of the
// session just before it, when they are alike enough (StrandParams).
// Strands of one session are no strand (Session::strand -1). A series whose
// sessions fall in one strand keeps -1 everywhere: nothing changes for it.
// The threader (threading.h) continues a thread across strands only on a
// near copy, and counts a thread absent from a session of its own strand
// only; statuses and changes count the sessions of a thread's strands.
#pragma once

#include <vector>

#include "align/features.h"
#include "model/corpus.h"

namespace ct::align {

struct StrandParams {
  // On ../shared/corpora/unsc-archive, consecutive renewals of one mandate
  // score a cosine of 0.63-0.97 as whole texts, two missions of one agenda
  // item 0.05-0.30 (the Middle East: UNDOF and UNIFIL); a technical
  // rollover against its mandate's renewal 0.33 (unsc-dev), but it is held
  // by it at 0.82-0.84, where one mission's short renewal is held by the
  // other's at 0.56-0.67.
  double cosine = 0.6;
  double held = 0.75;
};

// Fills Session::strand of every series of the corpus, series by series on
// `jobs` threads (the result does not depend on it).
void assign_strands(Corpus& corpus, const FeatureTable& f, int jobs,
                    const StrandParams& p = StrandParams());

}  // namespace ct::align

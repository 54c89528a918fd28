// Strands of a series. One agenda item may interleave several recurring
// texts: two missions renewed on their own calendars, a sanctions regime,
// one-off decisions. Threaded as one sequence, a mission's paragraph
// continues the other mission's look-alike paragraph of the session before
// ("Welcomes the efforts of UNIFIL ..." then "... of UNDOF ..."), and,
// measured against every session, "reappears" at each of its renewals and is
// "dropped" whenever another text came last.
//
// Each document is compared, as a whole text (the summed features of its body
// paragraphs, across languages through pivots), with the texts of the earlier
// sessions of its series. It continues the strand of the one most like it; a
// much shorter text (a technical rollover) that of the text, earlier or
// later, that holds the most of it, when that says more than its words; and
// that of the session just before it when alike and nearly as alike as its
// best match (StrandParams). A text two recurring texts descend from is in
// one of them only (a progenitor). The rollovers of a group held beside their
// cosine match join one group only, the one that holds one of them the most,
// maybe their own (a long text of another recurring text holds any rollover's
// set phrases). A text nearly as alike to another recurring text as to its
// best match continues it too when that text ends there and did not run
// alongside its own (a merger). Its session's other documents in other
// languages are one text with it; another text of the same day is a candidate
// like any earlier one. CLAUSETRACK_STRANDS logs each document's matches and
// the links cut or added on stderr. A session is in its documents' strand;
// one holding two texts of two strands (two resolutions adopted the same day)
// is in none, while its documents keep theirs (Document::strand). Strands of
// one session are no strand (-1). A series whose sessions fall in one strand
// keeps -1 everywhere: nothing changes for it. The threader (threading.h)
// never continues a member of another strand (the documents' strands), and
// counts a thread absent from a session of its own strand only; statuses and
// changes count the sessions of a thread's strands.
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
  // ... and is held only when its weight is at most this share of the
  // upper quartile of its series' texts' weights (as kShort of the longer
  // text's, and Session::partial of its strand's median): on the archive,
  // thematic counter-terrorism resolutions (on ISIL, foreign fighters,
  // judicial cooperation, financing: 2170, 2178, 2199, 2322, 2370, 2462)
  // were held 0.75-0.79 by the ISIL and Al-Qaida sanctions' 82k-word renewal
  // of 2024 and made its strand, so the regime's paragraphs "reappeared" at
  // each renewal (that series' "reappeared" members 852 -> 481); and women,
  // peace and security falls in its two strands, the resolutions on sexual
  // violence in conflict and the others. No other series changes; rollovers
  // are far below it (BINUH's, South Sudan's, Mali's, UNSOM's).
  double rollover = 0.4;
  // A session continues the one just before it, beside its best match in
  // another strand, only when nearly as alike by cosine (this share of the
  // best): on
  // the archive a drifting mandate scores 0.70 against its last renewal and
  // 0.79 against an older one (UNMEE), a sanctions regime 0.61-0.69 against
  // the mission's renewal adopted before it and 0.87-0.98 against its own.
  // Of the 24 such links that tie two strands on the archive, those at
  // 0.81-0.84 mostly tie two missions (AMISOM and UNSOM in Somalia). The
  // same share of the best match makes a merger (strands.cc): resolution
  // 1701 is 0.70 like the texts on Lebanon and 0.65 like UNIFIL's last one.
  double before_share = 0.85;
  // A text two recurring texts of this many sessions or more each descend
  // from is in one of them only (strands.cc, progenitor_links).
  std::size_t branch_sessions = 3;
};

// Fills Session::strand of every series of the corpus, series by series on
// `jobs` threads (the result does not depend on it).
void assign_strands(Corpus& corpus, const FeatureTable& f, int jobs,
                    const StrandParams& p = StrandParams());

}  // namespace ct::align

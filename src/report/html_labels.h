// How the HTML report names the model's closed vocabularies: for each change
// class, thread status and severity a symbol and a text label (the report
// never tells a state by colour alone) and a CSS class.
#pragma once

#include <string_view>

#include "model/enums.h"

namespace ct::report {

struct Label {
  std::string_view symbol;  // one character shown before the label
  std::string_view text;    // the words a reader (and a screen reader) gets
  std::string_view css;     // class name suffix: "c-amended", "s-dropped", "v-error"
};

Label label(Change c);
Label label(Status s);
Label label(Severity s);
// A lifecycle-matrix cell for a session the thread is missing from, after
// (absent) or before (not yet) its first appearance; or for a session of
// another text of its agenda item (another strand, align/strands.h), which
// the thread is not measured against.
Label absent_label();
Label not_yet_label();
Label other_text_label();

// Changes a reader wants to see first when one session holds several
// versions of a thread (an amended English text beats its French
// translation): higher is more telling.
int weight(Change c);

}  // namespace ct::report

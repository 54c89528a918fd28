// Symbols and labels of the report's vocabularies.
#include "report/html_labels.h"

namespace ct::report {

Label label(Change c) {
  switch (c) {
    case Change::First:
      return {"\u25CF", "first", "c-first"};
    case Change::Unchanged:
      return {"=", "unchanged", "c-unchanged"};
    case Change::Reworded:
      return {"~", "reworded", "c-reworded"};
    case Change::Amended:
      return {"\u0394", "amended", "c-amended"};
    case Change::Translated:
      return {"\u21C4", "translated", "c-translated"};
    case Change::Merged:
      return {"\u22C8", "merged", "c-merged"};
    case Change::Split:
      return {"\u22D4", "split", "c-split"};
    case Change::Reappeared:
      return {"\u21BA", "reappeared", "c-reappeared"};
  }
  return {"?", "unknown", "c-unknown"};
}

Label label(Status s) {
  switch (s) {
    case Status::Persistent:
      return {"\u25CF", "persistent", "s-persistent"};
    case Status::Modified:
      return {"\u25D0", "modified", "s-modified"};
    case Status::Dropped:
      return {"\u2715", "dropped", "s-dropped"};
    case Status::New:
      return {"+", "new", "s-new"};
    case Status::Intermittent:
      return {"\u25CC", "intermittent", "s-intermittent"};
  }
  return {"?", "unknown", "s-unknown"};
}

Label label(Severity s) {
  switch (s) {
    case Severity::Error:
      return {"\u2716", "error", "v-error"};
    case Severity::Warning:
      return {"\u25B2", "warning", "v-warning"};
    case Severity::Info:
      return {"i", "info", "v-info"};
  }
  return {"?", "unknown", "v-unknown"};
}

Label absent_label() {
  return {"\u2014", "absent", "c-absent"};
}
Label not_yet_label() {
  return {"\u00B7", "not yet", "c-notyet"};
}
Label other_text_label() {
  return {"\u25E6", "other text", "c-other"};
}

int weight(Change c) {
  switch (c) {
    case Change::Amended:
      return 7;
    case Change::Merged:
      return 6;
    case Change::Split:
      return 5;
    case Change::Reworded:
      return 4;
    case Change::Reappeared:
      return 3;
    case Change::First:
      return 2;
    case Change::Unchanged:
      return 1;
    case Change::Translated:
      return 0;
  }
  return 0;
}

}  // namespace ct::report

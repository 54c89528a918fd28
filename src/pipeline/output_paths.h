// Where a command's outputs may go: never into the corpus folder (a report
// there would overwrite documents or be read as one by the next run), and
// track's output folder holds only what track writes (it is replaced whole).
#pragma once

#include <string>

namespace ct::pipeline {

// Throws InputError when `out` is the corpus folder, contains it or lies
// inside it (links resolved). `flag` names the option in the message.
void refuse_in_corpus(const std::string& corpus_dir, const std::string& out,
                      const std::string& flag);

// Whether a file name is one of track's outputs (index.html, tracker.json,
// findings.json, findings.sarif, graph.dot, graph.graphml, graph-*.svg, the
// folders "series/", "search/", "graphs/" and their series/*.html,
// search/*.js, graphs/*.dot and graphs/*.graphml) or a temporary an earlier
// version left of one (NAME.tmp-PID).
bool is_track_output(const std::string& name);

}  // namespace ct::pipeline

// The report tests' corpus: texts through the pipeline, threads and findings
// by hand.
#include "support/report_corpus.h"

#include <stdexcept>

namespace ct::test {

namespace {

const char* kManifest = R"(series:
  - id: alpha
    title: Alpha Group <b>communiqués</b>
  - id: beta
    title: Beta Council
documents:
  - id: alpha-2021-fr
    file: alpha/2021.fr.txt
    series: alpha
    language: fr
    date: 2021-03-01
    place: Genève
    session: 2021
  - id: alpha-2021-en
    file: alpha/2021.en.txt
    series: alpha
    language: en
    date: 2021-03-01
    place: Geneva
    session: 2021
  - id: alpha-2022
    file: alpha/2022.en.txt
    series: alpha
    language: en
    date: 2022-03-02
    place: Geneva
  - id: alpha-2023
    file: alpha/2023.en.txt
    series: alpha
    language: en
    date: 2023-03-03
    place: "Geneva \"Palais\" & <Annex>"
  - id: beta-2020
    file: beta/2020.en.txt
    series: beta
    language: en
    date: 2020-06-01
)";

const char* k2021fr =
    "Communiqué du Groupe Alpha\n\n"
    "1. Le Groupe exige la libération des détenus avant le 1er mars 2021.\n\n"
    "2. Le Groupe salue les efforts de médiation des voisins.\n\n"
    "3. Le Groupe appelle à un dialogue ouvert entre les parties.\n";
const char* k2021en =
    "Communique of the Alpha Group\n\n"
    "1. The Group demands the release of the detainees before 1 March 2021.\n\n"
    "2. The Group welcomes the mediation efforts of the neighbours.\n\n"
    "3. The Group calls for an open dialogue between the parties.\n\n"
    "4. The Group notes the report of the observers on the elections.\n";
const char* k2022 =
    "Communique of the Alpha Group\n\n"
    "1. The Group demands the release of the detainees before 1 March 2022.\n\n"
    "2. The Group welcomes the mediation efforts of the neighbours and calls for an open "
    "dialogue between the parties.\n\n"
    "3. The Group takes note of the report of the observers on the elections.\n";
const char* k2023 =
    "Communique of the Alpha Group\n\n"
    "1. The Group demands the release of the detainees before 1 March 2022.\n\n"
    "2. The Group quotes the banner <script>alert(1)</script> & \"warns\" against 'tags'.\n";
const char* kBeta =
    "Resolution of the Beta Council\n\n"
    "1. The Council decides to remain seized of the matter.\n";

ThreadMember member(std::size_t clause, Change change, std::optional<std::size_t> against = {},
                    std::vector<WordOp> diff = {}, std::vector<std::string> facts = {}) {
  ThreadMember m;
  m.clause = clause;
  m.change = change;
  m.against = against;
  m.diff = std::move(diff);
  m.facts = std::move(facts);
  return m;
}

WordOp op(WordOp::Kind k, std::string text) {
  return WordOp{k, std::move(text)};
}

Location at(const Corpus& c, std::size_t clause, std::string message = "") {
  const Clause& cl = c.clauses[clause];
  const Document& d = c.documents[cl.doc];
  Location l;
  l.doc = d.id;
  l.clause = cl.id;
  l.file = d.source;
  l.line = cl.line;
  l.column = 1;
  l.end_line = cl.end_line;
  l.message = std::move(message);
  return l;
}

}  // namespace

ReportCorpus report_corpus() {
  ReportCorpus r;
  r.dir = std::make_unique<TempDir>();
  r.corpus = corpus_from(*r.dir,
                         {{"alpha/2021.fr.txt", k2021fr},
                          {"alpha/2021.en.txt", k2021en},
                          {"alpha/2022.en.txt", k2022},
                          {"alpha/2023.en.txt", k2023},
                          {"beta/2020.en.txt", kBeta}},
                         kManifest);
  Corpus& c = r.corpus;
  using K = WordOp::Kind;

  std::size_t fr = clause_with(c, "alpha-2021-fr", "libération");
  std::size_t en = clause_with(c, "alpha-2021-en", "release");
  std::size_t en22 = clause_with(c, "alpha-2022", "release");
  std::size_t en23 = clause_with(c, "alpha-2023", "release");
  std::size_t med = clause_with(c, "alpha-2021-en", "mediation");
  std::size_t dia = clause_with(c, "alpha-2021-en", "dialogue");
  std::size_t merged = clause_with(c, "alpha-2022", "mediation");
  std::size_t obs = clause_with(c, "alpha-2021-en", "observers");
  std::size_t obs22 = clause_with(c, "alpha-2022", "observers");
  std::size_t script = clause_with(c, "alpha-2023", "alert(1)");
  std::size_t beta = clause_with(c, "beta-2020", "seized");
  std::size_t med_fr = clause_with(c, "alpha-2021-fr", "médiation");
  std::size_t dia_fr = clause_with(c, "alpha-2021-fr", "dialogue");

  r.demand_fr = c.clauses[fr].id;
  r.demand_en = c.clauses[en].id;
  r.demand_amended = c.clauses[en22].id;
  r.demand_last = c.clauses[en23].id;
  r.merged_a = c.clauses[med].id;
  r.merged_b = c.clauses[dia].id;
  r.merged_into = c.clauses[merged].id;
  r.dropped_first = c.clauses[obs].id;
  r.dropped_reworded = c.clauses[obs22].id;
  r.script_clause = c.clauses[script].id;
  // The segmenter strips markup from clause texts; a converted text could
  // still carry it (decoded entities), so the model gets it by hand.
  c.clauses[script].text =
      "2. The Group quotes the banner " + std::string(kInjected) + " & \"warns\" against 'tags'.";

  c.threads.clear();
  // Every other clause keeps a thread of its own, as the contract wants.
  std::vector<bool> placed(c.clauses.size(), false);
  auto add = [&](std::string label, Status status, std::vector<ThreadMember> members) {
    Thread t;
    t.id = "t" + std::string(4 - std::to_string(c.threads.size() + 1).size(), '0') +
           std::to_string(c.threads.size() + 1);
    t.label = std::move(label);
    t.status = status;
    t.series = c.documents[c.clauses[members.front().clause].doc].series;
    for (const auto& m : members) placed[m.clause] = true;
    t.members = std::move(members);
    c.threads.push_back(std::move(t));
  };
  add("Release of the detainees", Status::Modified,
      {member(fr, Change::First), member(en, Change::Translated, fr),
       member(en22, Change::Amended, en,
              {op(K::Equal, c.clauses[en].text.substr(0, c.clauses[en].text.find("2021"))),
               op(K::Delete, "2021"), op(K::Insert, "2022"), op(K::Equal, ".")},
              {"date 2021-03-01 \u2192 2022-03-01"}),
       member(en23, Change::Unchanged, en22)});
  add("Mediation efforts", Status::Modified,
      {member(med_fr, Change::First), member(med, Change::Translated, med_fr),
       member(merged, Change::Merged, med,
              {op(K::Equal, "2. The Group welcomes the mediation efforts of the neighbours"),
               op(K::Insert, " and calls for an open dialogue between the parties"),
               op(K::Equal, ".")})});
  add("Open dialogue", Status::Modified,
      {member(dia_fr, Change::First), member(dia, Change::Translated, dia_fr),
       member(merged, Change::Merged, dia,
              {op(K::Insert, "2. The Group welcomes the mediation efforts of the neighbours and "),
               op(K::Equal, "calls for an open dialogue between the parties.")})});
  add("Report of the observers", Status::Dropped,
      {member(obs, Change::First),
       member(
           obs22, Change::Reworded, obs,
           {op(K::Equal, "4. The Group "), op(K::Delete, "notes"), op(K::Insert, "takes note of"),
            op(K::Equal, " the report of the observers on the elections.")})});
  add("A <b>banner</b> quoted", Status::New, {member(script, Change::First)});
  add("Remain seized", Status::Persistent, {member(beta, Change::First)});
  for (std::size_t i = 0; i < c.clauses.size(); ++i)
    if (!placed[i]) add(c.clauses[i].text.substr(0, 40), Status::New, {member(i, Change::First)});

  c.findings.clear();
  Finding error;
  error.rule = "date.out-of-order";
  error.severity = Severity::Error;
  error.where = at(c, en22);
  error.message = "date 1 March 2022 is after the meeting <i>itself</i>";
  error.related.push_back(at(c, en, "the earlier version says 1 March 2021"));
  error.fingerprint = "f1";
  Finding warning;
  warning.rule = "text.mixed-script";
  warning.severity = Severity::Warning;
  warning.where = at(c, script);
  warning.message = "markup in the text: " + std::string(kInjected);
  warning.fingerprint = "f2";
  Finding info;
  info.rule = "thread.dropped";
  info.severity = Severity::Info;
  info.where.doc = "alpha-2023";
  info.where.file = "alpha/2023.en.txt";
  info.where.line = 1;
  info.message = "a demand of 2022 is gone";
  info.related.push_back(at(c, obs22, "last seen here"));
  Location outside;
  outside.file = "elsewhere.txt";
  outside.line = 3;
  outside.message = "a file outside the corpus";
  info.related.push_back(outside);
  info.fingerprint = "f3";
  c.findings = {error, warning, info};
  return r;
}

}  // namespace ct::test

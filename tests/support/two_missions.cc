// The two missions' agenda item: texts and manifest.
#include "support/two_missions.h"

#include <algorithm>

namespace ct::test {

const Mission kNorth{"Northern Observer Force",
                     "NOF",
                     "the Kerem plateau",
                     "to observe the disengagement of forces along the ridge line and to "
                     "report violations of the ceasefire agreement to the parties",
                     "to patrol the area of separation with mounted observers and to maintain "
                     "the checkpoints on the plateau roads",
                     "to liaise with the two commands on the exchange of prisoners and the "
                     "return of remains across the separation line"};
const Mission kSouth{"Southern Interim Force",
                     "SIF",
                     "the coastal districts",
                     "to assist the Government in extending its authority over the coastal "
                     "districts and the harbour towns",
                     "to support the clearance of landmines and unexploded ordnance in the "
                     "orchards and fishing villages",
                     "to help the coastguard secure the maritime border against the "
                     "smuggling of weapons by sea"};

std::string mission_renewal(const Mission& m, int year, const std::string& extra) {
  const std::string y = std::to_string(year);
  return "Resolution on " + m.place +
         "\n\nThe Security Council,\n\n"
         "Recalling its resolutions on " +
         m.place + " and the mandate of the " + m.name +
         ",\n\n"
         "Having considered the report of the Secretary-General on the " +
         m.name + " in " + m.place + " of " + y +
         ",\n\n"
         "1. Decides to extend the mandate of the " +
         m.name + " (" + m.acronym + ") for twelve months, until 30 June " +
         std::to_string(year + 1) +
         ";\n\n"
         "2. Requests the " +
         m.acronym + " " + m.task1 +
         ";\n\n"
         "3. Further requests the " +
         m.acronym + " " + m.task2 +
         ";\n\n"
         "4. Also requests the " +
         m.acronym + " " + m.task3 +
         ";\n\n"
         "5. Welcomes the efforts being undertaken by the " +
         m.acronym +
         " to implement the Secretary-General's zero tolerance policy on sexual exploitation "
         "and abuse and to ensure full compliance of its personnel;\n\n" +
         (extra.empty() ? "6" : "6. " + extra + ";\n\n7") +
         ". Decides to remain seized of the matter.\n";
}

const std::string kOneOffDecision =
    "Resolution on the tribunal for the former provinces\n\nThe Security Council,\n\n"
    "1. Decides to appoint the prosecutor of the international tribunal for the former "
    "provinces for a term of four years;\n\n"
    "2. Requests the registrar to transmit the archives of the tribunal to the residual "
    "mechanism before its closure;\n";

std::string agenda_item_manifest(const std::vector<std::pair<std::string, int>>& docs) {
  std::string m = "series:\n  - id: item\n    title: The situation in the region\ndocuments:\n";
  for (const auto& [id, year] : docs)
    m += "  - {id: " + id + ", file: " + id +
         ".en.txt, series: item, kind: resolution, "
         "language: en, date: " +
         std::to_string(year) + "-0" + id.substr(id.size() - 1) + "-15}\n";
  return m;
}

TwoMissions census_in_early_north() {
  TwoMissions how;
  how.extra_years = {2010, 2011};
  how.extra =
      "Calls upon the parties to complete the census of the displaced families in "
      "the villages of the plateau before the end of the year";
  return how;
}

Corpus two_missions(const TempDir& dir, const TwoMissions& how) {
  std::vector<std::pair<std::string, std::string>> files;
  std::vector<std::pair<std::string, int>> docs;
  for (int year = how.first; year <= how.last; ++year) {
    const std::string n = "north-" + std::to_string(year) + "-3",
                      s = "south-" + std::to_string(year) + "-6";
    const bool extra =
        std::find(how.extra_years.begin(), how.extra_years.end(), year) != how.extra_years.end();
    files.emplace_back(n + ".en.txt", mission_renewal(kNorth, year, extra ? how.extra : ""));
    files.emplace_back(s + ".en.txt", mission_renewal(kSouth, year));
    docs.emplace_back(n, year);
    docs.emplace_back(s, year);
    if (year == how.one_off) {
      const std::string o = "oneoff-" + std::to_string(year) + "-9";
      files.emplace_back(o + ".en.txt", kOneOffDecision);
      docs.emplace_back(o, year);
    }
  }
  return corpus_from(dir, files, agenda_item_manifest(docs));
}

}  // namespace ct::test

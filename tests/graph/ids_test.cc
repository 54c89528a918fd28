// Entity ids: one word, stable, mapping back to exactly one (type, value).
#include "graph/ids.h"

#include <catch2/catch.hpp>

namespace ct::test {
namespace {

TEST_CASE("ids: entity ids keep readable values and escape the rest", "[graph]") {
  using graph::entity_id;
  CHECK(entity_id("meeting", "OIC-CG-JK@2019-09-25") == "meeting:OIC-CG-JK@2019-09-25");
  CHECK(entity_id("resolution", "S/RES/2674 (2023)") == "resolution:S/RES/2674_(2023)");
  CHECK(entity_id("resolution", "OIC/CFM-48/8-POL") == "resolution:OIC/CFM-48/8-POL");
  CHECK(entity_id("date", "--09-25") == "date:--09-25");
  CHECK(entity_id("date-range", "2020-11-27/2020-11-28") == "date-range:2020-11-27/2020-11-28");
  CHECK(entity_id("person", "Jane Doe") == "person:Jane_Doe");
  // "_" and "%" are escaped, so "Jane Doe" and "Jane_Doe" stay two ids.
  CHECK(entity_id("person", "Jane_Doe") == "person:Jane%5FDoe");
  CHECK(entity_id("number", "50%") == "number:50%25");
  // Non-ASCII letters stay as they are; quotes, #, < and > do not.
  CHECK(entity_id("organization", "Commission indépendante") ==
        "organization:Commission_indépendante");
  CHECK(entity_id("organization", "Conseil des droits de l'homme") ==
        "organization:Conseil_des_droits_de_l'homme");
  CHECK(entity_id("law", "\"PSA\" #1 <x>") == "law:%22PSA%22_%231_%3Cx%3E");
  CHECK(entity_id("place", "a\tb") == "place:a%09b");
}

TEST_CASE("ids: anchors and export node names", "[graph]") {
  CHECK(graph::thread_anchor("t0001") == "thread-t0001");
  CHECK(graph::entity_anchor("meeting:B@2019-09-25") == "entity-meeting:B@2019-09-25");
  CHECK(graph::document_node("cg-jk-2023-03") == "doc:cg-jk-2023-03");
  CHECK(graph::clause_node("cg-jk-2023-03/8.ii") == "clause:cg-jk-2023-03/8.ii");
  CHECK(graph::thread_node("t0001") == "thread:t0001");
}

}  // namespace
}  // namespace ct::test

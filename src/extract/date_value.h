// Calendar dates with parts that may be missing, and their ISO 8601 values
// per CONTRACT.md: "2020-01-31", "2020-01" (no day), "2020", "--01-31" (no
// year), "--01" (a month alone).
#pragma once

#include <string>

namespace ct::extract {

struct DateParts {
  int year = 0, month = 0, day = 0;  // 0: missing

  bool complete() const { return year && month && day; }
  // The day exists in its month (29 February only in a leap year, or when the
  // year is missing).
  bool possible() const;
  std::string iso() const;
};

int days_in_month(int year, int month);  // year 0: February has 29 days

// -1, 0, 1 comparing two dates, missing parts counting as equal; for a range.
int compare(const DateParts& a, const DateParts& b);

}  // namespace ct::extract

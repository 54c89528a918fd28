// ISO values of dates with missing parts, and calendar checks. Hand-written:
// std::chrono's year_month_day would do the check, but not the reduced ISO forms.
#include "extract/date_value.h"

#include <fmt/format.h>

namespace ct::extract {

int days_in_month(int year, int month) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  if (month == 2) {
    bool leap = year == 0 || (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0));
    return leap ? 29 : 28;
  }
  return days[month - 1];
}

bool DateParts::possible() const {
  if (month && (month < 1 || month > 12)) return false;
  if (day && month) return day >= 1 && day <= days_in_month(year, month);
  return !day || (day >= 1 && day <= 31);
}

std::string DateParts::iso() const {
  if (year && month && day) return fmt::format("{:04}-{:02}-{:02}", year, month, day);
  if (year && month) return fmt::format("{:04}-{:02}", year, month);
  if (year) return fmt::format("{:04}", year);
  if (month && day) return fmt::format("--{:02}-{:02}", month, day);
  if (month) return fmt::format("--{:02}", month);
  return "";
}

int compare(const DateParts& a, const DateParts& b) {
  auto cmp = [](int x, int y) { return x < y ? -1 : (x > y ? 1 : 0); };
  if (a.year && b.year && a.year != b.year) return cmp(a.year, b.year);
  if (a.month && b.month && a.month != b.month) return cmp(a.month, b.month);
  if (a.day && b.day && a.day != b.day) return cmp(a.day, b.day);
  return 0;
}

}  // namespace ct::extract

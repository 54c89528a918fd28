// PDF to text through poppler-cpp (see read_pdf.h).
#include "ingest/read_pdf.h"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <cctype>
#include <climits>
#include <cmath>
#include <map>
#include <memory>
#include <vector>

#include "model/error.h"

namespace ct::ingest {

namespace {

struct Line {
  std::string text;
  double top = 0, bottom = 0;
};

std::string utf8(const poppler::ustring& s) {
  poppler::byte_array b = s.to_utf8();
  return std::string(b.begin(), b.end());
}

// The words of one page gathered into lines: a word whose vertical middle
// lies outside the current line's band starts a new line.
std::vector<Line> lines_of(poppler::page& page) {
  std::vector<Line> lines;
  bool space = false;
  for (const poppler::text_box& box : page.text_list()) {
    poppler::rectf r = box.bbox();
    double middle = r.y() + r.height() / 2;
    if (lines.empty() || middle < lines.back().top || middle > lines.back().bottom) {
      lines.push_back(Line{"", r.y(), r.y() + r.height()});
      space = false;
    } else {
      lines.back().top = std::min(lines.back().top, r.y());
      lines.back().bottom = std::max(lines.back().bottom, r.y() + r.height());
    }
    std::string word = utf8(box.text());
    if (space && !lines.back().text.empty()) lines.back().text += ' ';
    lines.back().text += word;
    space = box.has_space_after();
  }
  return lines;
}

// A line's shape with its digits masked, so "Page 3 of 9" and "Page 4 of 9"
// count as the same running footer.
std::string shape(const std::string& s) {
  std::string out;
  for (char c : s) out += std::isdigit(static_cast<unsigned char>(c)) ? '#' : c;
  return out;
}

bool page_number(const std::string& s) {
  return !s.empty() && s.size() <= 4 &&
         std::all_of(s.begin(), s.end(), [](char c) { return std::isdigit((unsigned char)c); });
}

double median(std::vector<double> v) {
  if (v.empty()) return 0;
  std::nth_element(v.begin(), v.begin() + v.size() / 2, v.end());
  return v[v.size() / 2];
}

// Lines within this many of a page's top or bottom may be running heads.
constexpr std::size_t kEdgeLines = 2;

}  // namespace

ConvertedText read_pdf(const std::string& bytes, const std::string& display_path) {
  if (bytes.size() > static_cast<std::size_t>(INT_MAX))
    throw InputError("PDF file too large", display_path);
  // poppler reports damage on stderr through this hook; the one error line
  // is ours.
  poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr);
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!doc) throw InputError("damaged PDF file (poppler cannot open it)", display_path);
  if (doc->is_locked()) throw InputError("encrypted PDF file", display_path);

  std::vector<std::vector<Line>> pages;
  for (int i = 0; i < doc->pages(); ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    pages.push_back(page ? lines_of(*page) : std::vector<Line>{});
  }
  // Running heads: a shape at a page's edge on at least half the pages (two at least).
  std::map<std::string, int> edge_count;
  for (const auto& lines : pages) {
    std::map<std::string, bool> seen;
    for (std::size_t k = 0; k < lines.size(); ++k)
      if (k < kEdgeLines || k + kEdgeLines >= lines.size()) seen[shape(lines[k].text)] = true;
    for (const auto& [s, _] : seen) ++edge_count[s];
  }
  std::size_t min_pages = std::max<std::size_t>(2, (pages.size() + 1) / 2);
  auto running = [&](const std::vector<Line>& lines, std::size_t k) {
    if (k >= kEdgeLines && k + kEdgeLines < lines.size()) return false;
    return page_number(lines[k].text) ||
           (pages.size() >= 2 && edge_count[shape(lines[k].text)] >= static_cast<int>(min_pages));
  };
  std::vector<double> gaps, heights;
  for (const auto& lines : pages)
    for (std::size_t k = 0; k < lines.size(); ++k) {
      heights.push_back(lines[k].bottom - lines[k].top);
      if (k + 1 < lines.size() && lines[k + 1].top > lines[k].bottom)
        gaps.push_back(lines[k + 1].top - lines[k].bottom);
    }
  const double usual_gap = median(gaps), height = median(heights);

  ConvertedText out;
  for (const auto& lines : pages) {
    const Line* previous = nullptr;
    for (std::size_t k = 0; k < lines.size(); ++k) {
      if (running(lines, k) || lines[k].text.empty()) continue;
      if (!out.text.empty()) {
        bool paragraph = !previous || lines[k].top - previous->bottom > usual_gap + 0.5 * height ||
                         lines[k].top < previous->top;  // a new column or a jump back
        out.text += paragraph ? "\n\n" : "\n";
      }
      out.text += lines[k].text;
      previous = &lines[k];
    }
  }
  if (out.text.empty())
    throw InputError("PDF without text (scanned pages need OCR first)", display_path);
  out.text += '\n';
  return out;
}

}  // namespace ct::ingest

// read_source: file checks, UTF-8 validation, BOM and line-end handling.
#include "ingest/read_source.h"

#include <cctype>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "ingest/input_format.h"
#include "ingest/read_akn.h"
#include "ingest/read_docx.h"
#include "ingest/read_html.h"
#include "ingest/read_pdf.h"
#include "model/error.h"
#include "text/utf8.h"

namespace ct::ingest {

namespace fs = std::filesystem;

namespace {

// Line and column (in bytes) of a byte offset, for errors about invalid bytes.
Position raw_position(const std::string& bytes, std::size_t offset) {
  Position p{1, 1};
  for (std::size_t i = 0; i < offset && i < bytes.size(); ++i) {
    if (bytes[i] == '\n') {
      ++p.line;
      p.column = 1;
    } else if ((static_cast<unsigned char>(bytes[i]) & 0xC0) != 0x80) {
      ++p.column;
    }
  }
  return p;
}

// Size bounds, so that a hostile or mistaken input ends in bounded time and
// memory (segmenting costs some tens of bytes of memory per byte of text):
// any file (a PDF carries images), a file read as text or markup, and the
// text a PDF or Word file gives. Ten thousand pages of text fit in each.
constexpr std::uintmax_t kMaxFileBytes = std::uintmax_t{256} << 20;
constexpr std::size_t kMaxMarkupBytes = std::size_t{16} << 20;
constexpr std::size_t kMaxTextBytes = std::size_t{16} << 20;

std::string mib(std::uintmax_t bytes) {
  return std::to_string((bytes + (1 << 20) - 1) >> 20);
}

// The format a file's name claims ("PDF" for x.pdf), or "" for none.
std::string claimed_format(const std::string& path) {
  std::string ext = fs::path(path).extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (ext == ".pdf") return "PDF";
  if (ext == ".docx") return "Word (.docx)";
  if (ext == ".html" || ext == ".htm") return "HTML";
  if (ext == ".xml" || ext == ".akn") return "XML";
  return "";
}

// What binary content is, for the message about it.
std::string binary_kind(const std::string& bytes) {
  if (bytes.compare(0, 4, "PK\x03\x04") == 0) return "a zip archive that is not a Word document";
  if (bytes.compare(0, 4,
                    "\x7F"
                    "ELF") == 0)
    return "a program";
  if (bytes.compare(0, 3, "\xFF\xD8\xFF") == 0 || bytes.compare(0, 4, "\x89PNG") == 0)
    return "an image";
  if (bytes.compare(0, 2, "\x1F\x8B") == 0) return "a gzip archive";
  return "binary data";
}

}  // namespace

std::shared_ptr<const SourceText> source_from_bytes(std::string bytes,
                                                    const std::string& display_path) {
  return input_from_bytes(std::move(bytes), display_path).text;
}

Input input_from_bytes(std::string bytes, const std::string& display_path) {
  if (bytes.empty()) throw InputError("file is empty", display_path);
  Input input;
  InputFormat format = detect_format(bytes);
  input.format = format_name(format);
  if (bytes.size() > kMaxFileBytes)
    throw InputError("file of " + mib(bytes.size()) + " MiB, past the " + mib(kMaxFileBytes) +
                         " MiB an input may have; not read",
                     display_path);
  bool markup = format == InputFormat::Text || format == InputFormat::AkomaNtoso ||
                format == InputFormat::Html || format == InputFormat::OtherXml;
  if (markup && bytes.size() > kMaxMarkupBytes)
    throw InputError(std::string(format_name(format)) + " file of " + mib(bytes.size()) +
                         " MiB, past the " + mib(kMaxMarkupBytes) +
                         " MiB a text or markup input may have; not read",
                     display_path);
  if (format == InputFormat::Binary) {
    // A name that promised a format the content is not: say both.
    std::string claimed = claimed_format(display_path);
    if (!claimed.empty())
      throw InputError(
          "named as " + claimed + " but its content is " + binary_kind(bytes) + "; not read",
          display_path);
  }
  switch (format) {
    case InputFormat::AkomaNtoso: {
      ConvertedText t = read_akn(bytes, display_path);
      input.metadata = std::move(t.metadata);
      bytes = std::move(t.text);
      break;
    }
    case InputFormat::Html: {
      ConvertedText t = read_html(bytes, display_path);
      input.metadata = std::move(t.metadata);
      bytes = std::move(t.text);
      break;
    }
    case InputFormat::Pdf: {
      ConvertedText t = read_pdf(bytes, display_path);
      input.metadata = std::move(t.metadata);
      bytes = std::move(t.text);
      break;
    }
    case InputFormat::Docx: {
      ConvertedText t = read_docx(bytes, display_path);
      input.metadata = std::move(t.metadata);
      bytes = std::move(t.text);
      break;
    }
    case InputFormat::OtherXml:
      throw InputError(std::string(format_name(format)) +
                           " file: this format is not read; give its text as UTF-8 plain text, "
                           "PDF, Word, HTML or Akoma Ntoso XML",
                       display_path);
    case InputFormat::Text:
    case InputFormat::Binary:
      break;
  }
  if (bytes.size() > kMaxTextBytes)
    throw InputError("its text is " + mib(bytes.size()) + " MiB, past the " + mib(kMaxTextBytes) +
                         " MiB an input may give; not read",
                     display_path);
  if (bytes.find('\0') != std::string::npos) {
    std::size_t at = bytes.find('\0');
    Position p = raw_position(bytes, at);
    std::string claimed = format == InputFormat::Text ? claimed_format(display_path) : "";
    if (!claimed.empty())
      throw InputError("named as " + claimed + " but its content is " + binary_kind(bytes) +
                           " (NUL byte at offset " + std::to_string(at) + "); not read",
                       display_path);
    throw InputError(
        "binary file (NUL byte at offset " + std::to_string(at) + "), expected UTF-8 text",
        display_path, p.line, p.column);
  }
  std::size_t bad = text::invalid_utf8_offset(bytes);
  if (bad != text::kValid) {
    Position p = raw_position(bytes, bad);
    throw InputError("invalid UTF-8 at byte offset " + std::to_string(bad), display_path, p.line,
                     p.column);
  }
  // Control characters other than tab, line ends and form feed mark binary data.
  std::size_t controls = 0;
  for (unsigned char c : bytes)
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') ++controls;
  if (controls > 0 && controls * 100 > bytes.size())
    throw InputError("binary file (control characters), expected UTF-8 text", display_path);

  std::size_t start = 0;
  if (bytes.compare(0, 3, "\xEF\xBB\xBF") == 0) start = 3;
  std::string text;
  if (bytes.find('\r', start) == std::string::npos) {
    // Unix line ends (the usual case): the bytes as they are.
    bytes.erase(0, start);
    text = std::move(bytes);
  } else {
    text.reserve(bytes.size());
    for (std::size_t i = start; i < bytes.size(); ++i) {
      if (bytes[i] == '\r') {
        text += '\n';
        if (i + 1 < bytes.size() && bytes[i + 1] == '\n') ++i;
      } else {
        text += bytes[i];
      }
    }
  }
  bool blank = true;
  for (std::size_t i = 0; i < text.size() && blank;) {
    char32_t c = text::decode(text, i);
    blank = text::is_space(c) || c == 0xA0 || c == 0xFEFF;
  }
  if (blank) throw InputError("file has no text", display_path);
  input.text = std::make_shared<const SourceText>(display_path, std::move(text));
  return input;
}

std::shared_ptr<const SourceText> read_source(const std::string& path,
                                              const std::string& display_path) {
  return read_input(path, display_path).text;
}

Input read_input(const std::string& path, const std::string& display_path) {
  std::error_code ec;
  auto st = fs::status(path, ec);
  if (ec || !fs::exists(st)) throw InputError("no such file", display_path);
  if (fs::is_directory(st)) throw InputError("is a directory, expected a text file", display_path);
  if (!fs::is_regular_file(st)) throw InputError("not a regular file", display_path);
  // Refused before it is read into memory.
  if (std::uintmax_t size = fs::file_size(path, ec); !ec && size > kMaxFileBytes)
    throw InputError("file of " + mib(size) + " MiB, past the " + mib(kMaxFileBytes) +
                         " MiB an input may have; not read",
                     display_path);
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError("cannot read file", display_path);
  // Read straight into the string at its size (a stringstream copies the
  // bytes twice); a file that grew since is read to its end all the same.
  std::string bytes;
  std::uintmax_t size = fs::file_size(path, ec);
  bytes.resize(ec ? 0 : static_cast<std::size_t>(size));
  in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  bytes.resize(static_cast<std::size_t>(in.gcount()));
  if (in) {
    char buffer[65536];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0)
      bytes.append(buffer, static_cast<std::size_t>(in.gcount()));
  }
  return input_from_bytes(std::move(bytes), display_path);
}

}  // namespace ct::ingest

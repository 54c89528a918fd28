// read_source: file checks, UTF-8 validation, BOM and line-end handling.
#include "ingest/read_source.h"

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
  if (bytes.find('\0') != std::string::npos) {
    std::size_t at = bytes.find('\0');
    Position p = raw_position(bytes, at);
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
  text.reserve(bytes.size());
  for (std::size_t i = start; i < bytes.size(); ++i) {
    if (bytes[i] == '\r') {
      text += '\n';
      if (i + 1 < bytes.size() && bytes[i + 1] == '\n') ++i;
    } else {
      text += bytes[i];
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
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError("cannot read file", display_path);
  std::stringstream ss;
  ss << in.rdbuf();
  return input_from_bytes(ss.str(), display_path);
}

}  // namespace ct::ingest

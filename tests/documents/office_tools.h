// Helpers of the documents tests: a temporary directory, running a shell
// command, finding LibreOffice, reading files, and the words of a PDF with
// their boxes (pdftotext -bbox), glyph pieces glued back into words.
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

namespace bd::documents::testing {

// A fresh directory under $TMPDIR (or /tmp), removed with its contents.
class TempDir {
 public:
  TempDir() {
    const char* base = std::getenv("TMPDIR");
    std::string tmpl = std::string(base && *base ? base : "/tmp") + "/bd-docx-XXXXXX";
    if (::mkdtemp(tmpl.data())) path_ = tmpl;
  }
  ~TempDir() {
    std::error_code ec;
    if (!path_.empty()) std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

// Runs `command` with /bin/sh; returns its exit status (-1 if it could not run).
inline int run(const std::string& command) {
  const int rc = std::system(command.c_str());
  return rc == -1 ? -1 : WEXITSTATUS(rc);
}

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

inline void write_file(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

// The first of soffice / libreoffice on PATH, or "".
inline std::string find_soffice() {
  for (const char* name : {"soffice", "libreoffice"}) {
    const std::string probe = std::string("command -v ") + name + " >/dev/null 2>&1";
    if (run(probe) == 0) return name;
  }
  return "";
}

struct PdfWord {
  double x_min, y_min, x_max, y_max;
  std::string text;
};

struct PdfPage {
  double width = 0, height = 0;
  std::vector<PdfWord> words;  // in the PDF's reading order
};

// Parses `pdftotext -bbox` XHTML. Where a font lacks a glyph the PDF draws it
// from another font, and pdftotext makes a separate "word" of it ("C" "Ộ"
// "NG"): boxes on the same line less than 1 pt apart are glued back.
inline std::vector<PdfPage> parse_bbox(const std::string& xhtml) {
  static const std::regex page_re(R"re(<page width="([\d.]+)" height="([\d.]+)">)re");
  static const std::regex word_re(
      R"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>)re");
  std::vector<PdfPage> pages;
  size_t pos = 0;
  std::smatch m;
  while (std::regex_search(xhtml.begin() + static_cast<long>(pos), xhtml.end(), m, page_re)) {
    PdfPage page;
    page.width = std::stod(m[1]);
    page.height = std::stod(m[2]);
    const size_t start = pos + static_cast<size_t>(m.position(0) + m.length(0));
    size_t end = xhtml.find("</page>", start);
    if (end == std::string::npos) end = xhtml.size();
    const std::string body = xhtml.substr(start, end - start);
    for (auto it = std::sregex_iterator(body.begin(), body.end(), word_re); it != std::sregex_iterator(); ++it) {
      PdfWord w{std::stod((*it)[1]), std::stod((*it)[2]), std::stod((*it)[3]), std::stod((*it)[4]), (*it)[5]};
      if (!page.words.empty()) {
        PdfWord& prev = page.words.back();
        if (std::abs(prev.y_min - w.y_min) < 1.0 && w.x_min - prev.x_max < 1.0 && w.x_min > prev.x_min) {
          prev.x_max = w.x_max;
          prev.y_max = std::max(prev.y_max, w.y_max);
          prev.text += w.text;
          continue;
        }
      }
      page.words.push_back(std::move(w));
    }
    pages.push_back(std::move(page));
    pos = end;
  }
  return pages;
}

// The first word equal to `text` on `page`, or nullptr.
inline const PdfWord* find_word(const PdfPage& page, const std::string& text) {
  for (const auto& w : page.words)
    if (w.text == text) return &w;
  return nullptr;
}

}  // namespace bd::documents::testing

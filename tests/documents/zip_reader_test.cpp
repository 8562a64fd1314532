#include "documents/zip_reader.h"

#include <gtest/gtest.h>

#include "documents/zip_writer.h"

namespace bd::documents {
namespace {

TEST(ZipReaderTest, ReadsEveryEntry) {
  ZipWriter zip;
  zip.add("docProps/app.xml", "<Properties/>");
  zip.add("word/document.xml", "<w:document/>");
  const auto bytes = zip.finish();
  ASSERT_TRUE(bytes.ok());
  const auto files = read_zip(*bytes);
  ASSERT_TRUE(files.ok());
  EXPECT_EQ(files->size(), 2u);
  EXPECT_EQ(files->at("word/document.xml"), "<w:document/>");
}

TEST(ZipReaderTest, RejectsWhatIsNotAZip) {
  for (const std::string& bytes : {std::string(), std::string("not a zip at all"), std::string("PK\x03\x04garbage")}) {
    const auto files = read_zip(bytes);
    ASSERT_FALSE(files.ok());
    EXPECT_EQ(files.error().code, ErrorCode::kBadRequest);
  }
}

TEST(ZipReaderTest, RejectsATruncatedArchive) {
  ZipWriter zip;
  zip.add("a.xml", std::string(5000, 'a'));
  const auto bytes = zip.finish();
  ASSERT_TRUE(bytes.ok());
  EXPECT_FALSE(read_zip(std::string_view(*bytes).substr(0, bytes->size() / 2)).ok());
}

TEST(ZipReaderTest, HoldsTheArchiveToItsLimits) {
  ZipWriter zip;
  std::string lines;  // about 3 MB that deflates some ten times
  for (int i = 0; lines.size() < (3u << 20); ++i) lines += "<row r=\"" + std::to_string(i) + "\"/>\n";
  zip.add("a.xml", lines);
  zip.add("b.xml", "b");
  const auto bytes = zip.finish();
  ASSERT_TRUE(bytes.ok());
  EXPECT_TRUE(read_zip(*bytes).ok());
  ZipLimits entries;
  entries.max_entries = 1;
  EXPECT_NE(read_zip(*bytes, entries).error().message.find("quá nhiều mục"), std::string::npos);
  ZipLimits total;
  total.max_total_bytes = 1u << 20;
  EXPECT_NE(read_zip(*bytes, total).error().message.find("vượt quá 1 MB"), std::string::npos);
  ZipLimits ratio;
  ratio.max_ratio = 2;
  EXPECT_NE(read_zip(*bytes, ratio).error().message.find("nở ra bất thường"), std::string::npos);
}

}  // namespace
}  // namespace bd::documents

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

}  // namespace
}  // namespace bd::documents

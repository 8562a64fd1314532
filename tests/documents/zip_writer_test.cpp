#include "documents/zip_writer.h"

#include <gtest/gtest.h>

#include "documents/zip_reader.h"

namespace bd::documents {
namespace {

TEST(ZipWriterTest, WritesWhatIsReadBack) {
  ZipWriter zip;
  zip.add("[Content_Types].xml", "<Types/>");
  zip.add("word/document.xml", std::string(100000, 'x') + "Việt Nam");
  zip.add("empty.txt", "");
  const Result<std::string> bytes = zip.finish();
  ASSERT_TRUE(bytes.ok()) << bytes.error().message;
  EXPECT_EQ(bytes->substr(0, 4), std::string("PK\x03\x04"));
  EXPECT_LT(bytes->size(), 5000u);  // deflated
  const auto files = read_zip(*bytes);
  ASSERT_TRUE(files.ok());
  ASSERT_EQ(files->size(), 3u);
  EXPECT_EQ(files->at("[Content_Types].xml"), "<Types/>");
  EXPECT_EQ(files->at("word/document.xml"), std::string(100000, 'x') + "Việt Nam");
  EXPECT_EQ(files->at("empty.txt"), "");
}

TEST(ZipWriterTest, KeepsTheOrderOfEntries) {
  ZipWriter zip;
  zip.add("b.xml", "1");
  zip.add("a.xml", "2");
  const auto bytes = zip.finish();
  ASSERT_TRUE(bytes.ok());
  // The first local file header names the first entry added.
  EXPECT_EQ(bytes->substr(30, 5), "b.xml");
}

TEST(ZipWriterTest, SameEntriesSameBytes) {
  const auto make = [] {
    ZipWriter zip;
    zip.add("a.xml", "<a>lặp lại</a>");
    return zip.finish();
  };
  const auto first = make();
  const auto second = make();
  ASSERT_TRUE(first.ok() && second.ok());
  EXPECT_EQ(*first, *second);
}

TEST(ZipWriterTest, DuplicateNameFailsAndTheWriterCanBeReused) {
  ZipWriter zip;
  zip.add("a.xml", "1");
  zip.add("a.xml", "2");
  const auto failed = zip.finish();
  ASSERT_FALSE(failed.ok());
  EXPECT_EQ(failed.error().code, ErrorCode::kInternal);
  zip.add("c.xml", "3");
  const auto bytes = zip.finish();
  ASSERT_TRUE(bytes.ok());
  const auto files = read_zip(*bytes);
  ASSERT_TRUE(files.ok());
  EXPECT_EQ(files->size(), 1u);
}

TEST(ZipWriterTest, EmptyArchive) {
  ZipWriter zip;
  const auto bytes = zip.finish();
  ASSERT_TRUE(bytes.ok());
  const auto files = read_zip(*bytes);
  ASSERT_TRUE(files.ok());
  EXPECT_TRUE(files->empty());
}

}  // namespace
}  // namespace bd::documents

#include "http/multipart.h"

#include <gtest/gtest.h>

namespace bd::http {
namespace {

const std::string kType = "multipart/form-data; boundary=----b0undary";

std::string body(const std::string& parts) { return parts + "------b0undary--\r\n"; }
std::string field(const std::string& name, const std::string& value) {
  return "------b0undary\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
}

TEST(Multipart, ReadsFieldsAndAFile) {
  static const char kFile[] = "PK\x03\x04\r\n--not-a-boundary\0binary";  // 29 bytes, a NUL among them
  const std::string file(kFile, sizeof kFile - 1);
  const auto parts = parse_multipart(
      body(field("_csrf", "tok") + field("org", "THCS-TANMY") +
           "------b0undary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bieu mau.xlsx\"\r\n"
           "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n" +
           file + "\r\n"),
      kType);
  ASSERT_TRUE(parts.ok()) << parts.error().message;
  ASSERT_EQ(parts->size(), 3u);
  EXPECT_EQ(find_part(*parts, "_csrf")->data, "tok");
  EXPECT_EQ(find_part(*parts, "org")->data, "THCS-TANMY");
  const FormPart* f = find_part(*parts, "file");
  EXPECT_EQ(f->filename, "bieu mau.xlsx");
  EXPECT_EQ(f->content_type, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  EXPECT_EQ(f->data, file);
  EXPECT_EQ(find_part(*parts, "none"), nullptr);
  // Quoted boundary, no trailing CRLF after the closing delimiter, an empty value.
  auto quoted = parse_multipart(field("a", "") + "------b0undary--", "multipart/form-data; boundary=\"----b0undary\"");
  ASSERT_TRUE(quoted.ok()) << quoted.error().message;
  EXPECT_EQ(quoted->at(0).data, "");
}

TEST(Multipart, AFieldWithAControlCharacterIsRefusedNotAltered) {
  auto r = parse_multipart(body(field("title", std::string("a\0b", 3))), kType);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().field, "title");
  EXPECT_NE(r.error().message.find("U+0000"), std::string::npos);
  const std::string file = std::string("PK\0\x1b", 4);
  auto f = parse_multipart(body("------b0undary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.xlsx\"\r\n\r\n" +
                                file + "\r\n"),
                           kType);
  ASSERT_TRUE(f.ok()) << "file contents are bytes, not text";
  EXPECT_EQ((*f)[0].data, file);
}

TEST(Multipart, RefusesWhatIsNotStrictlyFramed) {
  const std::vector<std::pair<std::string, std::string>> bad{
      {body(field("a", "1")), "application/x-www-form-urlencoded"},
      {body(field("a", "1")), "multipart/form-data"},
      {body(field("a", "1")), "multipart/form-data; boundary=" + std::string(71, 'x')},
      {"junk" + body(field("a", "1")), kType},
      {field("a", "1"), kType},                                                       // no closing delimiter
      {body(field("a", "1")) + "trailing", kType},                                    // after the end
      {body("------b0undary\r\nContent-Type: text/plain\r\n\r\nx\r\n"), kType},       // no disposition
      {body("------b0undary\r\nContent-Disposition: attachment; name=\"a\"\r\n\r\nx\r\n"), kType},
      {body("------b0undary\r\nContent-Disposition: form-data\r\n\r\nx\r\n"), kType},  // no name
      {body("------b0undary\r\nbroken header\r\n\r\nx\r\n"), kType},
      {body("------b0undary\r\nContent-Disposition: form-data; name=\"a\"\r\n" + std::string(5000, 'x') + "\r\n\r\n1\r\n"),
       kType},
  };
  for (const auto& [b, type] : bad) {
    auto r = parse_multipart(b, type);
    EXPECT_FALSE(r.ok()) << b.substr(0, 80) << " / " << type;
    if (!r.ok()) {
      EXPECT_EQ(r.error().code, ErrorCode::kBadRequest);
    }
  }
  std::string many;
  for (int i = 0; i < 17; ++i) many += field("f" + std::to_string(i), "x");
  EXPECT_FALSE(parse_multipart(body(many), kType).ok());
}

}  // namespace
}  // namespace bd::http

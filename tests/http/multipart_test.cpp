#include "http/multipart.h"

#include <gtest/gtest.h>

namespace bd::http {
namespace {

const std::string kType = "multipart/form-data; boundary=XyZ";

std::string body_of(const std::string& parts) { return parts + "--XyZ--\r\n"; }

TEST(Multipart, ParsesFieldsAndFiles) {
  const std::string body = body_of(
      "--XyZ\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\nabc\r\n"
      "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"ảnh \\\"1\\\".jpg\"\r\n"
      "Content-Type: image/jpeg\r\n\r\n\xFF\xD8\xFF\r\n--X binary\r\n");
  auto parts = parse_multipart(kType, body);
  ASSERT_TRUE(parts.ok()) << parts.error().message;
  ASSERT_EQ(parts->size(), 2u);
  EXPECT_EQ((*parts)[0].name, "_csrf");
  EXPECT_EQ((*parts)[0].data, "abc");
  EXPECT_FALSE((*parts)[0].is_file());
  const MultipartPart* f = find_part(*parts, "file");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->filename, "ảnh \"1\".jpg");
  EXPECT_EQ(f->content_type, "image/jpeg");
  EXPECT_EQ(f->data, "\xFF\xD8\xFF\r\n--X binary");
  EXPECT_EQ(find_part(*parts, "other"), nullptr);
}

TEST(Multipart, BoundaryFromTheContentType) {
  EXPECT_EQ(*multipart_boundary("multipart/form-data; boundary=\"a b\""), "a b");
  EXPECT_FALSE(multipart_boundary("application/json").ok());
  EXPECT_FALSE(multipart_boundary("multipart/form-data").ok());
  EXPECT_FALSE(multipart_boundary("multipart/form-data; boundary=" + std::string(71, 'a')).ok());
}

TEST(Multipart, RefusesMalformedBodies) {
  auto fails = [](const std::string& body) { return !parse_multipart(kType, body).ok(); };
  EXPECT_TRUE(fails(""));
  EXPECT_TRUE(fails("--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nno end"));
  EXPECT_TRUE(fails(body_of("--XyZ\r\nContent-Type: text/plain\r\n\r\nx\r\n")));               // no disposition
  EXPECT_TRUE(fails(body_of("--XyZ\r\nContent-Disposition: attachment; name=\"a\"\r\n\r\nx\r\n")));
  EXPECT_TRUE(fails(body_of("--XyZ\r\nContent-Disposition: form-data\r\n\r\nx\r\n")));          // no name
  EXPECT_TRUE(fails("--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx\r\n--XyZ--trailing"));
  EXPECT_TRUE(fails("--XyZ\nContent-Disposition: form-data; name=\"a\"\n\nx\n--XyZ--"));       // bare LF
  std::string many;
  for (int i = 0; i < 40; ++i) many += "--XyZ\r\nContent-Disposition: form-data; name=\"f\"\r\n\r\nx\r\n";
  EXPECT_TRUE(fails(body_of(many)));
  EXPECT_TRUE(fails(body_of("--XyZ\r\nX: " + std::string(5000, 'a') +
                            "\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx\r\n")));
}

}  // namespace
}  // namespace bd::http

#include "core/result.h"

#include <set>
#include <string>

#include <gtest/gtest.h>

namespace bd {
namespace {

TEST(ResultTest, ErrorCodeNamesAreStable) {
  EXPECT_STREQ(error_code_name(ErrorCode::kBadRequest), "bad_request");
  EXPECT_STREQ(error_code_name(ErrorCode::kUnauthenticated), "unauthenticated");
  EXPECT_STREQ(error_code_name(ErrorCode::kForbidden), "forbidden");
  EXPECT_STREQ(error_code_name(ErrorCode::kNotFound), "not_found");
  EXPECT_STREQ(error_code_name(ErrorCode::kConflict), "conflict");
  EXPECT_STREQ(error_code_name(ErrorCode::kTooLarge), "too_large");
  EXPECT_STREQ(error_code_name(ErrorCode::kUnsupportedMediaType), "unsupported_media_type");
  EXPECT_STREQ(error_code_name(ErrorCode::kValidation), "validation");
  EXPECT_STREQ(error_code_name(ErrorCode::kTooManyRequests), "too_many_requests");
  EXPECT_STREQ(error_code_name(ErrorCode::kInternal), "internal");
}

TEST(ResultTest, ErrorCodeNamesAreDistinct) {
  std::set<std::string> names;
  for (ErrorCode c : {ErrorCode::kBadRequest, ErrorCode::kUnauthenticated, ErrorCode::kForbidden, ErrorCode::kNotFound,
                      ErrorCode::kConflict, ErrorCode::kTooLarge, ErrorCode::kUnsupportedMediaType,
                      ErrorCode::kValidation, ErrorCode::kTooManyRequests, ErrorCode::kInternal})
    names.insert(error_code_name(c));
  EXPECT_EQ(names.size(), 10u);
}

TEST(ResultTest, ErrorFactoriesSetCodeMessageAndField) {
  Error e = Error::Validation("Mã không hợp lệ.", "code");
  EXPECT_EQ(e.code, ErrorCode::kValidation);
  EXPECT_EQ(e.message, "Mã không hợp lệ.");
  EXPECT_EQ(e.field, "code");
  EXPECT_EQ(Error::BadRequest("x").code, ErrorCode::kBadRequest);
  EXPECT_TRUE(Error::BadRequest("x").field.empty());
  EXPECT_EQ(Error::Unauthenticated("x").code, ErrorCode::kUnauthenticated);
  EXPECT_EQ(Error::Forbidden("x").code, ErrorCode::kForbidden);
  EXPECT_EQ(Error::NotFound("x", "id").field, "id");
  EXPECT_EQ(Error::Conflict("x").code, ErrorCode::kConflict);
  EXPECT_EQ(Error::TooMany("x").code, ErrorCode::kTooManyRequests);
  EXPECT_EQ(Error::Internal("x").code, ErrorCode::kInternal);
}

TEST(ResultTest, DefaultStatusIsOk) {
  Status s;
  EXPECT_TRUE(s.ok());
  EXPECT_TRUE(static_cast<bool>(s));
  EXPECT_TRUE(Status::Ok().ok());
}

TEST(ResultTest, StatusFromErrorIsNotOk) {
  Status s = Error::Forbidden("Không có quyền.");
  EXPECT_FALSE(s.ok());
  EXPECT_FALSE(static_cast<bool>(s));
  EXPECT_EQ(s.error().code, ErrorCode::kForbidden);
  EXPECT_EQ(s.error().message, "Không có quyền.");
}

TEST(ResultTest, ResultHoldsValue) {
  Result<std::string> r = std::string("Bình Đẳng");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value(), "Bình Đẳng");
  EXPECT_EQ(*r, "Bình Đẳng");
  EXPECT_EQ(r->size(), std::string("Bình Đẳng").size());
  EXPECT_TRUE(r.status().ok());
  r.value() += "!";
  EXPECT_EQ(*r, "Bình Đẳng!");
}

TEST(ResultTest, ResultHoldsError) {
  Result<int> r = Error::NotFound("Không tìm thấy.", "code");
  EXPECT_FALSE(r.ok());
  EXPECT_FALSE(static_cast<bool>(r));
  EXPECT_EQ(r.error().code, ErrorCode::kNotFound);
  EXPECT_EQ(r.error().field, "code");
  Status s = r.status();
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.error().message, "Không tìm thấy.");
}

}  // namespace
}  // namespace bd

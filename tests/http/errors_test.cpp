#include "http/errors.h"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

namespace bd::http {
namespace {

TEST(ErrorsTest, EveryCodeMapsToItsStatus) {
  EXPECT_EQ(http_status(ErrorCode::kBadRequest), 400);
  EXPECT_EQ(http_status(ErrorCode::kUnauthenticated), 401);
  EXPECT_EQ(http_status(ErrorCode::kForbidden), 403);
  EXPECT_EQ(http_status(ErrorCode::kNotFound), 404);
  EXPECT_EQ(http_status(ErrorCode::kConflict), 409);
  EXPECT_EQ(http_status(ErrorCode::kTooLarge), 413);
  EXPECT_EQ(http_status(ErrorCode::kUnsupportedMediaType), 415);
  EXPECT_EQ(http_status(ErrorCode::kValidation), 422);
  EXPECT_EQ(http_status(ErrorCode::kTooManyRequests), 429);
  EXPECT_EQ(http_status(ErrorCode::kInternal), 500);
}

TEST(ErrorsTest, JsonBodyShapeWithField) {
  const auto j = nlohmann::json::parse(error_json(Error::Validation("Mã dài quá 50 ký tự.", "code")));
  ASSERT_TRUE(j.is_object());
  EXPECT_EQ(j.size(), 1u);
  const auto& e = j.at("error");
  EXPECT_EQ(e.size(), 3u);
  EXPECT_EQ(e.at("code"), "validation");
  EXPECT_EQ(e.at("message"), "Mã dài quá 50 ký tự.");
  EXPECT_EQ(e.at("field"), "code");
}

TEST(ErrorsTest, JsonBodyOmitsEmptyField) {
  const auto j = nlohmann::json::parse(error_json(Error::Forbidden("Không có quyền.")));
  const auto& e = j.at("error");
  EXPECT_EQ(e.at("code"), "forbidden");
  EXPECT_FALSE(e.contains("field"));
  EXPECT_EQ(e.size(), 2u);
}

TEST(ErrorsTest, VietnameseMessageSurvivesAsUtf8) {
  const std::string msg = "Không tìm thấy đơn vị THCS Bế Văn Đàn.";
  const std::string body = error_json(Error::NotFound(msg));
  EXPECT_NE(body.find(msg), std::string::npos) << body;  // not \u-escaped
  EXPECT_EQ(nlohmann::json::parse(body)["error"]["message"], msg);
}

TEST(ErrorsTest, JsonErrorResponse) {
  for (auto [code, status] : std::initializer_list<std::pair<ErrorCode, int>>{
           {ErrorCode::kBadRequest, 400}, {ErrorCode::kConflict, 409}, {ErrorCode::kTooManyRequests, 429}}) {
    Response r = json_error(Error{code, "Lỗi.", "f", {}});
    EXPECT_EQ(r.status, status);
    EXPECT_EQ(r.content_type, "application/json; charset=utf-8");
    const auto j = nlohmann::json::parse(r.body);
    EXPECT_EQ(j["error"]["code"], error_code_name(code));
    EXPECT_EQ(j["error"]["field"], "f");
  }
}

TEST(ErrorsTest, InvalidUtf8InMessageStillGivesJson) {
  // Messages may quote user input such as a decoded path ("/orgunits/%FF").
  Error e = Error::NotFound("Không tìm thấy đơn vị \xFF.", "co\xC3\x28");
  std::string body;
  ASSERT_NO_THROW(body = error_json(e));
  const auto j = nlohmann::json::parse(body);
  EXPECT_EQ(j["error"]["code"], "not_found");
  EXPECT_EQ(j["error"]["message"].get<std::string>().rfind("Không tìm thấy đơn vị ", 0), 0u);
  EXPECT_EQ(json_error(e).status, 404);
}

}  // namespace
}  // namespace bd::http

#include "http/json_input.h"

#include <gtest/gtest.h>

namespace bd::http {
namespace {

Result<JsonBody> parse(const std::string& body) { return JsonBody::parse(body, {"code", "name", "active", "roles"}); }

TEST(JsonBodyTest, MalformedJsonIsBadRequest) {
  for (const char* body : {"{", "{\"code\":}", "not json", "{\"code\":\"a\",}", "{'code':'a'}"}) {
    auto r = parse(body);
    ASSERT_FALSE(r.ok()) << body;
    EXPECT_EQ(r.error().code, ErrorCode::kBadRequest) << body;
  }
}

TEST(JsonBodyTest, NonObjectIsBadRequest) {
  for (const char* body : {"[]", "[{\"code\":\"a\"}]", "\"code\"", "42", "null", "true"}) {
    auto r = parse(body);
    ASSERT_FALSE(r.ok()) << body;
    EXPECT_EQ(r.error().code, ErrorCode::kBadRequest) << body;
  }
}

TEST(JsonBodyTest, EmptyBodyIsEmptyObject) {
  auto r = parse("");
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r->has("code"));
  EXPECT_FALSE(r->str("code").has_value());
  EXPECT_TRUE(r->status().ok());
}

TEST(JsonBodyTest, UnknownFieldIsNamed) {
  auto r = parse(R"({"code":"A","parent":"B"})");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kBadRequest);
  EXPECT_EQ(r.error().field, "parent");
  EXPECT_NE(r.error().message.find("parent"), std::string::npos);
}

TEST(JsonBodyTest, ReadsKnownFieldsOfTheRightType) {
  auto r = parse(R"({"code":"THCS1","name":"Trường THCS Bế Văn Đàn","active":false,"roles":["editor","viewer"]})");
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->has("code"));
  EXPECT_EQ(r->str("code"), "THCS1");
  EXPECT_EQ(r->str_or("name"), "Trường THCS Bế Văn Đàn");
  EXPECT_EQ(r->boolean("active"), false);
  EXPECT_EQ(r->str_list("roles"), (std::vector<std::string>{"editor", "viewer"}));
  EXPECT_TRUE(r->status().ok());
}

TEST(JsonBodyTest, NullAndMissingAreAbsentWithoutError) {
  auto r = parse(R"({"code":null})");
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->has("code"));
  EXPECT_FALSE(r->str("code").has_value());
  EXPECT_EQ(r->str_or("code", "mặc định"), "mặc định");
  EXPECT_FALSE(r->boolean("active").has_value());
  EXPECT_FALSE(r->str_list("roles").has_value());
  EXPECT_TRUE(r->status().ok());
}

TEST(JsonBodyTest, WrongTypeForStrIsCollected) {
  auto r = parse(R"({"code":42})");
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r->str("code").has_value());
  Status s = r->status();
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code, ErrorCode::kBadRequest);
  EXPECT_EQ(s.error().field, "code");
}

TEST(JsonBodyTest, WrongTypeForBooleanIsCollected) {
  auto r = parse(R"({"active":"true"})");
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r->boolean("active").has_value());
  ASSERT_FALSE(r->status().ok());
  EXPECT_EQ(r->status().error().field, "active");
}

TEST(JsonBodyTest, WrongTypeForStrListIsCollected) {
  for (const char* body : {R"({"roles":"editor"})", R"({"roles":["editor",1]})", R"({"roles":{"a":"b"}})"}) {
    auto r = parse(body);
    ASSERT_TRUE(r.ok()) << body;
    EXPECT_FALSE(r->str_list("roles").has_value()) << body;
    ASSERT_FALSE(r->status().ok()) << body;
    EXPECT_EQ(r->status().error().field, "roles") << body;
  }
}

TEST(JsonBodyTest, FirstTypeErrorIsKept) {
  auto r = parse(R"({"code":1,"name":"ok","active":"yes"})");
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r->str("code").has_value());
  EXPECT_EQ(r->str("name"), "ok");
  EXPECT_FALSE(r->boolean("active").has_value());
  ASSERT_FALSE(r->status().ok());
  EXPECT_EQ(r->status().error().field, "code");
}

TEST(JsonBodyTest, StrOrFallsBackOnWrongTypeButRecordsError) {
  auto r = parse(R"({"name":["x"]})");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->str_or("name", "fallback"), "fallback");
  EXPECT_FALSE(r->status().ok());
}

TEST(JsonBodyTest, InvalidUtf8IsBadRequest) {
  auto r = parse("{\"name\":\"Tr\xC3\x28\"}");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kBadRequest);
  auto overlong = parse("{\"name\":\"\xC0\xAF\"}");
  EXPECT_FALSE(overlong.ok());
}

TEST(JsonBodyTest, EscapedVietnameseIsDecoded) {
  auto r = parse(R"({"name":"\u0110\u00e0o"})");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->str("name"), "Đào");
}

TEST(JsonBodyTest, NumbersAreReadAsNumbers) {
  auto b = JsonBody::parse(R"({"a": 2.5, "b": 1500, "c": "7", "d": null})", {"a", "b", "c", "d"});
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(b->number("a"), 2.5);
  EXPECT_EQ(b->number("b"), 1500.0);
  EXPECT_FALSE(b->number("d").has_value());
  EXPECT_FALSE(b->number("missing").has_value());
  EXPECT_TRUE(b->status().ok());
  EXPECT_FALSE(b->number("c").has_value()) << "text is not a number";
  EXPECT_EQ(b->status().error().field, "c");
}

TEST(JsonBodyTest, ANumberTooLargeIsBadRequestNotACrash) {
  for (const char* body : {R"({"username": 1e400, "password": "x"})", R"({"v": -1e999})"}) {
    auto j = parse_json_object(body);
    ASSERT_FALSE(j.ok()) << body;
    EXPECT_EQ(j.error().code, ErrorCode::kBadRequest);
    EXPECT_FALSE(JsonBody::parse(body, {"username", "password", "v"}).ok());
  }
}

// A NUL became a space and U+202E was dropped without a word.
TEST(JsonBodyTest, ControlCharactersAreRefusedWithTheirPlace) {
  auto nul = parse_json_object(R"({"values":[{"value":"ok"},{"value":"a\u0000b"}]})");
  ASSERT_FALSE(nul.ok());
  EXPECT_EQ(nul.error().code, ErrorCode::kBadRequest);
  EXPECT_EQ(nul.error().field, "values[1].value");
  EXPECT_NE(nul.error().message.find("U+0000"), std::string::npos) << nul.error().message;
  auto rlo = parse_json_object(R"({"name": "Trường \u202eABC"})");
  ASSERT_FALSE(rlo.ok());
  EXPECT_EQ(rlo.error().field, "name");
  EXPECT_EQ(parse_json_object(R"({"a\u0007": 1})").error().field, "a\a") << "keys too";
  auto kept = parse_json_object(R"({"note": "dòng 1\ndòng 2\tx\u200by"})");
  ASSERT_TRUE(kept.ok());
  EXPECT_EQ((*kept)["note"], "dòng 1\ndòng 2\tx\u200b" "y") << "kept as sent";
}

TEST(JsonBodyTest, TheOneParseGivesAnObject) {
  EXPECT_TRUE(parse_json_object("")->empty());
  EXPECT_EQ((*parse_json_object(R"({"x": [1]})"))["x"][0], 1);
  EXPECT_EQ(parse_json_object("[1, 2]").error().code, ErrorCode::kBadRequest);
  EXPECT_EQ(parse_json_object("{\"a\": \"\xff\"}").error().code, ErrorCode::kBadRequest) << "not UTF-8";
}

}  // namespace
}  // namespace bd::http

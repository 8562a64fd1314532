#include "http/router.h"

#include <gtest/gtest.h>

namespace bd::http {
namespace {

using Params = std::map<std::string, std::string>;

TEST(RouterTest, MatchPatternLiteral) {
  auto m = match_pattern("/api/v1/orgunits", "/api/v1/orgunits");
  ASSERT_TRUE(m.has_value());
  EXPECT_TRUE(m->empty());
  EXPECT_FALSE(match_pattern("/api/v1/orgunits", "/api/v1/users").has_value());
  EXPECT_TRUE(match_pattern("/", "/").has_value());
  EXPECT_FALSE(match_pattern("/", "/a").has_value());
}

TEST(RouterTest, MatchPatternParams) {
  auto m = match_pattern("/api/v1/orgunits/{code}/children/{id}", "/api/v1/orgunits/THCS-1/children/42");
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(*m, (Params{{"code", "THCS-1"}, {"id", "42"}}));
}

TEST(RouterTest, MatchPatternParamMustNotBeEmpty) {
  EXPECT_FALSE(match_pattern("/a/{x}/b", "/a//b").has_value());
  EXPECT_FALSE(match_pattern("/a/{x}", "/a/").has_value());
}

TEST(RouterTest, MatchPatternMismatchedLengths) {
  EXPECT_FALSE(match_pattern("/a/{x}", "/a").has_value());
  EXPECT_FALSE(match_pattern("/a/{x}", "/a/1/2").has_value());
  EXPECT_FALSE(match_pattern("/a", "/a/").has_value());
  EXPECT_FALSE(match_pattern("/a/b", "/a").has_value());
}

TEST(RouterTest, MatchPatternRestTakesRemainder) {
  auto m = match_pattern("/static/{rest*}", "/static/css/app.css");
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(*m, (Params{{"rest", "css/app.css"}}));
  auto one = match_pattern("/static/{rest*}", "/static/app.js");
  ASSERT_TRUE(one.has_value());
  EXPECT_EQ(one->at("rest"), "app.js");
  EXPECT_FALSE(match_pattern("/static/{rest*}", "/static").has_value());
  EXPECT_FALSE(match_pattern("/static/{rest*}", "/other/app.js").has_value());
}

TEST(RouterTest, MatchPatternRequiresLeadingSlash) {
  EXPECT_FALSE(match_pattern("/a", "a").has_value());
  EXPECT_FALSE(match_pattern("/a", "").has_value());
}

Route route(std::string method, std::string pattern, std::string summary) {
  Route r;
  r.method = std::move(method);
  r.pattern = std::move(pattern);
  r.summary = std::move(summary);
  return r;
}

class RouterMatchTest : public ::testing::Test {
 protected:
  void SetUp() override {
    router_.add(route("GET", "/api/v1/orgunits", "list"));
    router_.add(route("POST", "/api/v1/orgunits", "create"));
    router_.add(route("GET", "/api/v1/orgunits/{code}", "get"));
    router_.add(route("PATCH", "/api/v1/orgunits/{code}", "update"));
  }
  Router router_;
};

TEST_F(RouterMatchTest, KeepsRoutesInOrder) {
  ASSERT_EQ(router_.routes().size(), 4u);
  EXPECT_EQ(router_.routes()[1].summary, "create");
}

TEST_F(RouterMatchTest, MatchesByMethod) {
  auto get = router_.match("GET", "/api/v1/orgunits");
  ASSERT_NE(get.route, nullptr);
  EXPECT_EQ(get.route->summary, "list");
  auto post = router_.match("POST", "/api/v1/orgunits");
  ASSERT_NE(post.route, nullptr);
  EXPECT_EQ(post.route->summary, "create");
  EXPECT_TRUE(post.path_known);
}

TEST_F(RouterMatchTest, FillsParams) {
  auto m = router_.match("PATCH", "/api/v1/orgunits/PGD-TANMY");
  ASSERT_NE(m.route, nullptr);
  EXPECT_EQ(m.route->summary, "update");
  EXPECT_EQ(m.params, (Params{{"code", "PGD-TANMY"}}));
}

TEST_F(RouterMatchTest, HeadFallsBackToGet) {
  auto m = router_.match("HEAD", "/api/v1/orgunits/X");
  ASSERT_NE(m.route, nullptr);
  EXPECT_EQ(m.route->method, "GET");
  EXPECT_EQ(m.params.at("code"), "X");
}

TEST_F(RouterMatchTest, WrongMethodOnKnownPath) {
  auto m = router_.match("DELETE", "/api/v1/orgunits/X");
  EXPECT_EQ(m.route, nullptr);
  EXPECT_TRUE(m.path_known);
  EXPECT_TRUE(m.params.empty());
  EXPECT_EQ(router_.match("get", "/api/v1/orgunits").route, nullptr);  // methods are case-sensitive
}

TEST_F(RouterMatchTest, UnknownPath) {
  auto m = router_.match("GET", "/api/v1/nothing");
  EXPECT_EQ(m.route, nullptr);
  EXPECT_FALSE(m.path_known);
}

}  // namespace
}  // namespace bd::http

#include "http/request.h"

#include <string>

#include <gtest/gtest.h>

namespace bd::http {
namespace {

TEST(RequestTest, UrlDecodePlusAndPercent) {
  EXPECT_EQ(url_decode("a+b"), "a b");
  EXPECT_EQ(url_decode("a+b", false), "a+b");
  EXPECT_EQ(url_decode("a%20b%2Bc"), "a b+c");
  EXPECT_EQ(url_decode("%41%62%7e"), "Ab~");
  EXPECT_EQ(url_decode("%C4%90%C3%A0o"), "Đào");
}

TEST(RequestTest, UrlDecodeKeepsBadPercentLiterally) {
  EXPECT_EQ(url_decode("100%"), "100%");
  EXPECT_EQ(url_decode("%4"), "%4");
  EXPECT_EQ(url_decode("%zz1"), "%zz1");
  EXPECT_EQ(url_decode("%%41"), "%A");
  EXPECT_EQ(url_decode("a%4g"), "a%4g");
}

TEST(RequestTest, UrlEncodeKeepsUnreservedAndEscapesTheRest) {
  EXPECT_EQ(url_encode("aZ09-_.~"), "aZ09-_.~");
  EXPECT_EQ(url_encode("a b&c=d/e"), "a%20b%26c%3Dd%2Fe");
  EXPECT_EQ(url_encode("Đ"), "%C4%90");
}

TEST(RequestTest, UrlEncodeVietnameseRoundTrips) {
  for (const std::string s : {"Trường THCS Đinh Tiên Hoàng", "Phòng GD&ĐT", "a+b=c?d#e%f", ""}) {
    const std::string enc = url_encode(s);
    EXPECT_EQ(enc.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~%"),
              std::string::npos)
        << enc;
    EXPECT_EQ(url_decode(enc), s);
  }
}

TEST(RequestTest, ParseQuery) {
  auto q = parse_query("q=b%C3%ACnh+%C4%91%E1%BA%B3ng&page=2&flag&empty=&&x=1=2");
  EXPECT_EQ(q.at("q"), "bình đẳng");
  EXPECT_EQ(q.at("page"), "2");
  EXPECT_EQ(q.at("flag"), "");
  EXPECT_EQ(q.at("empty"), "");
  EXPECT_EQ(q.at("x"), "1=2");
  EXPECT_EQ(q.size(), 5u);
}

TEST(RequestTest, ParseQueryLastValueWins) {
  auto q = parse_query("a=1&a=2");
  EXPECT_EQ(q.at("a"), "2");
  EXPECT_TRUE(parse_query("").empty());
}

TEST(RequestTest, ParseFormKeepsRepeatedKeys) {
  auto f = parse_form("roles=admin&name=Nguy%E1%BB%85n+V%C4%83n+A&roles=editor&roles=viewer");
  EXPECT_EQ(form_values(f, "roles"), (std::vector<std::string>{"admin", "editor", "viewer"}));
  EXPECT_EQ(form_value(f, "roles"), "admin");
  EXPECT_EQ(form_value(f, "name"), "Nguyễn Văn A");
  EXPECT_EQ(form_value(f, "missing"), "");
  EXPECT_TRUE(form_values(f, "missing").empty());
}

TEST(RequestTest, ParseFormDecodesKeys) {
  auto f = parse_form("a%5B%5D=1&a%5B%5D=2");
  EXPECT_EQ(form_values(f, "a[]"), (std::vector<std::string>{"1", "2"}));
}

TEST(RequestTest, ParseCookiesWithSpaces) {
  auto c = parse_cookies("bd_session=abc123;  bd_lang = en ;csrf=x=y; flag");
  EXPECT_EQ(c.at("bd_session"), "abc123");
  EXPECT_EQ(c.at("bd_lang"), "en");
  EXPECT_EQ(c.at("csrf"), "x=y");
  EXPECT_EQ(c.at("flag"), "");
  EXPECT_EQ(c.size(), 4u);
  EXPECT_TRUE(parse_cookies("").empty());
}

TEST(RequestTest, ParseCookiesDoesNotDecode) {
  auto c = parse_cookies("a=%41+b");
  EXPECT_EQ(c.at("a"), "%41+b");
}

TEST(RequestTest, HtmlEscape) {
  EXPECT_EQ(html_escape("<a href=\"x\">Tom & 'Jerry'</a>"),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;");
  EXPECT_EQ(html_escape("Bình Đẳng"), "Bình Đẳng");
  EXPECT_EQ(html_escape("&amp;"), "&amp;amp;");
}

TEST(RequestTest, RequestAccessorsReturnEmptyWhenMissing) {
  Request r;
  r.headers["hx-request"] = "true";
  r.params["code"] = "THCS1";
  r.query["q"] = "đào";
  EXPECT_EQ(r.header("hx-request"), "true");
  EXPECT_EQ(r.header("accept"), "");
  EXPECT_TRUE(r.is_htmx());
  EXPECT_EQ(r.param("code"), "THCS1");
  EXPECT_EQ(r.param("id"), "");
  EXPECT_EQ(r.query_value("q"), "đào");
  EXPECT_EQ(r.query_value("page"), "");
  EXPECT_FALSE(Request{}.is_htmx());
}

TEST(RequestTest, ResponseHelpers) {
  Response j = Response::json(201, "{}");
  EXPECT_EQ(j.status, 201);
  EXPECT_EQ(j.content_type, "application/json; charset=utf-8");
  EXPECT_EQ(j.body, "{}");
  Response r = Response::redirect("/dang-nhap");
  EXPECT_EQ(r.status, 303);
  ASSERT_EQ(r.headers.size(), 1u);
  EXPECT_EQ(r.headers[0], (std::pair<std::string, std::string>{"Location", "/dang-nhap"}));
  r.header("X-A", "1").header("X-B", "2");
  EXPECT_EQ(r.headers.size(), 3u);
  EXPECT_EQ(r.headers[2].first, "X-B");
}

}  // namespace
}  // namespace bd::http

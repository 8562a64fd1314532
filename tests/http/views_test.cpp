// Views: the templates and strings under BINHDANG_WEB_DIR (build/web), how a
// model renders, and that every string a template or a page asks for exists
// in both languages.
#include "http/views.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <unistd.h>

namespace bd::http {
namespace {
namespace fs = std::filesystem;

std::string web_dir() {
  const char* v = std::getenv("BINHDANG_WEB_DIR");
  return v ? v : "build/web";
}

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::set<std::string> keys_of(const nlohmann::json& j) {
  std::set<std::string> out;
  for (const auto& [k, v] : j.items()) out.insert(k);
  return out;
}

// Every match of group 1 of `re` over the files below `dir` ending in `ext`.
std::map<std::string, std::string> uses(const fs::path& dir, const std::string& ext, const std::regex& re) {
  std::map<std::string, std::string> out;  // key -> first file using it
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    if (e.path().extension() != ext) continue;
    const std::string text = slurp(e.path());
    for (std::sregex_iterator it(text.begin(), text.end(), re), end; it != end; ++it)
      out.emplace((*it)[1].str(), e.path().filename().string());
  }
  return out;
}

class ViewsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    views_ = new Views();
    load_status_ = new Status(views_->load(web_dir()));
  }
  static void TearDownTestSuite() {
    delete views_;
    delete load_status_;
  }
  void SetUp() override { ASSERT_TRUE(*load_status_) << "load(" << web_dir() << "): " << load_status_->error().message; }
  static Views* views_;
  static Status* load_status_;
};
Views* ViewsTest::views_ = nullptr;
Status* ViewsTest::load_status_ = nullptr;

TEST_F(ViewsTest, LoadsEveryTemplateAndBothLanguages) {
  for (const char* name : {"layout", "error", "login", "home", "orgunits", "_orgtree", "orgunit", "orgunit_new",
                           "users", "user", "user_new", "_roles", "account"})
    EXPECT_TRUE(views_->has_template(name)) << name;
  EXPECT_EQ(views_->text("vi", "login_title"), "Đăng nhập");
  EXPECT_FALSE(views_->text("en", "login_title").empty());
  EXPECT_NE(views_->text("en", "login_title"), views_->text("vi", "login_title"));
  EXPECT_EQ(views_->text("fr", "login_title"), "Đăng nhập") << "an unknown locale falls back to Vietnamese";
  EXPECT_EQ(views_->text("vi", "no_such_key"), "");
}

TEST_F(ViewsTest, ErrorPageEscapesTheMessage) {
  const std::string html = views_->render(
      "error", {{"title", "Lỗi"}, {"message", "<script>alert('x')</script> & \"quote\""}}, "vi");
  EXPECT_EQ(html.find("<script>alert"), std::string::npos) << html;
  EXPECT_NE(html.find("&lt;script&gt;alert("), std::string::npos) << html;
  EXPECT_NE(html.find("&amp;"), std::string::npos);
  EXPECT_NE(html.find("<html lang=\"vi\">"), std::string::npos) << "rendered inside the layout";
  EXPECT_NE(html.find(views_->text("vi", "back_home")), std::string::npos);
}

TEST_F(ViewsTest, BareRenderIsAFragmentWithoutTheLayout) {
  const std::string html = views_->render("error", {{"title", "T"}, {"message", "m"}}, "en", true);
  EXPECT_EQ(html.find("<html"), std::string::npos);
  EXPECT_NE(html.find(views_->text("en", "back_home")), std::string::npos) << "strings of the chosen locale";
}

TEST_F(ViewsTest, EmptyStringsAndFalseHideSections) {
  // The tree marks a unit closed with {{#closed}}: an open unit has closed == "".
  nlohmann::json open = {{"code", "A"}, {"name", "Mở"}, {"type", "t"}, {"indent", 1}, {"children", nullptr},
                         {"closed", ""}};
  nlohmann::json shut = open;
  shut["code"] = "B";
  shut["closed"] = "01/07/2025";
  shut["children"] = 3;
  const nlohmann::json model = {{"units", {open, shut}}, {"count", 2}, {"empty", false}};
  const std::string html = views_->render("_orgtree", model, "vi", true);
  EXPECT_NE(html.find("<li class=\"depth-1\">"), std::string::npos) << html;
  EXPECT_NE(html.find("<li class=\"depth-1 closed\">"), std::string::npos) << html;
  const std::string closed_on = views_->text("vi", "closed_on");
  EXPECT_EQ(html.find(closed_on), html.rfind(closed_on)) << "only the closed unit is tagged: " << html;
  EXPECT_EQ(html.find(views_->text("vi", "no_units")), std::string::npos);
  const std::string subunits = views_->text("vi", "subunits");
  EXPECT_NE(html.find("3 " + subunits), std::string::npos) << html;
  EXPECT_EQ(html.find(subunits), html.rfind(subunits)) << "null children show no count";
  EXPECT_NE(html.find("2 " + views_->text("vi", "units_found")), std::string::npos) << "numbers still render";
}

TEST_F(ViewsTest, EveryStringATemplateUsesExistsInBothLanguages) {
  const auto used = uses(fs::path(web_dir()) / "templates", ".mustache", std::regex(R"(\{\{\s*t\.([A-Za-z0-9_]+)\s*\}\})"));
  ASSERT_GT(used.size(), 50u) << "the pattern should find the template strings";
  for (const char* locale : {"vi", "en"}) {
    const auto& strings = views_->strings(locale);
    for (const auto& [key, file] : used) EXPECT_TRUE(strings.contains(key)) << locale << ".json lacks " << key << " (" << file << ")";
  }
}

TEST_F(ViewsTest, EveryStringThePageCodeUsesExistsInBothLanguages) {
  // This file is tests/http/views_test.cpp; the sources are ../../src/http.
  const fs::path src = fs::path(__FILE__).parent_path().parent_path().parent_path() / "src" / "http";
  if (!fs::is_directory(src)) GTEST_SKIP() << "sources not found at " << src;
  const auto used = uses(src, ".cpp", std::regex(R"(text\([a-z.]*locale, \"([A-Za-z0-9_]+)\"\))"));
  ASSERT_GT(used.size(), 5u);
  for (const char* locale : {"vi", "en"})
    for (const auto& [key, file] : used)
      EXPECT_TRUE(views_->strings(locale).contains(key)) << locale << ".json lacks " << key << " (" << file << ")";
}

// The Content-Security-Policy (script-src 'self', style-src 'self') blocks inline handlers, inline
// scripts and inline styles: a button with onclick="…" silently does nothing. Behaviour lives in app.js.
TEST_F(ViewsTest, NoTemplateCarriesAnInlineHandlerScriptOrStyle) {
  const fs::path dir = fs::path(web_dir()) / "templates";
  const std::regex handler(R"(<[^>]*\son[a-z]+\s*=)", std::regex::icase);
  const std::regex script(R"(<script(?![^>]*\ssrc=)[^>]*>)", std::regex::icase);
  const std::regex inline_style(R"(<style\b|<[^>]*\sstyle\s*=|javascript:)", std::regex::icase);
  int files = 0;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    if (e.path().extension() != ".mustache") continue;
    ++files;
    const std::string text = slurp(e.path());
    std::smatch m;
    EXPECT_FALSE(std::regex_search(text, m, handler)) << e.path().filename() << ": " << m.str();
    EXPECT_FALSE(std::regex_search(text, m, script)) << e.path().filename() << ": " << m.str();
    EXPECT_FALSE(std::regex_search(text, m, inline_style)) << e.path().filename() << ": " << m.str();
  }
  EXPECT_GT(files, 20);
  // The patterns themselves catch what they should, and leave data-* attributes and external scripts alone.
  EXPECT_TRUE(std::regex_search(std::string(R"x(<button type="button" onclick="window.print()">)x"), handler));
  EXPECT_FALSE(std::regex_search(std::string(R"(<button type="button" data-print>)"), handler));
  EXPECT_TRUE(std::regex_search(std::string("<script>alert(1)</script>"), script));
  EXPECT_FALSE(std::regex_search(std::string(R"(<script src="/static/app.js" defer></script>)"), script));
}

TEST_F(ViewsTest, BothLanguagesHaveTheSameKeys) {
  const auto vi = keys_of(views_->strings("vi")), en = keys_of(views_->strings("en"));
  for (const auto& k : vi) EXPECT_TRUE(en.count(k)) << "en.json lacks " << k;
  for (const auto& k : en) EXPECT_TRUE(vi.count(k)) << "vi.json lacks " << k;
  for (const auto& [k, v] : views_->strings("en").items()) EXPECT_FALSE(v.get<std::string>().empty()) << "en: " << k;
}

TEST(ViewsLoad, MissingDirectoryIsAnError) {
  Views v;
  const Status s = v.load("/nonexistent/binhdang-web");
  ASSERT_FALSE(s);
  EXPECT_NE(s.error().message.find("/nonexistent/binhdang-web"), std::string::npos) << s.error().message;
}

TEST(ViewsLoad, DirectoryWithoutLayoutIsAnError) {
  const fs::path dir = fs::temp_directory_path() / ("binhdang-views-" + std::to_string(::getpid()));
  fs::create_directories(dir / "templates");
  fs::create_directories(dir / "i18n");
  std::ofstream(dir / "templates" / "home.mustache") << "hi";
  std::ofstream(dir / "i18n" / "vi.json") << "{}";
  Views v;
  const Status s = v.load(dir.string());
  fs::remove_all(dir);
  ASSERT_FALSE(s);
  EXPECT_NE(s.error().message.find("layout"), std::string::npos) << s.error().message;
}

}  // namespace
}  // namespace bd::http

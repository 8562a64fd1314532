// What every page shares (pages/common.cpp): the base model with and
// without a user, rendering inside the layout or as an htmx fragment, error
// pages with their status, form errors and urlencoded form fields.
#include "http/pages/common.h"

#include "http/pages/page_ctx.h"
#include "support/http_client.h"

namespace bd::test {
namespace {

using nlohmann::json;

TEST(PageCommon, TheBaseModelOfAnAnonymousPage) {
  PageCtx p;
  const json m = http::pages::base_model(p.ctx(), "plans", "Kế hoạch");
  EXPECT_EQ(m, (json{{"title", "Kế hoạch"}, {"nav_plans", true}}));
}

TEST(PageCommon, TheBaseModelCarriesTheUserTokenAndRights) {
  PageCtx p;
  p.login("admin");
  json m = http::pages::base_model(p.ctx(), "orgunits", "Đơn vị");
  EXPECT_EQ(m["title"], "Đơn vị");
  EXPECT_EQ(m["nav_orgunits"], true);
  EXPECT_FALSE(m.contains("nav_plans"));
  EXPECT_EQ(m["user"]["username"], "admin");
  EXPECT_EQ(m["user"]["org_code"], "BGDDT");
  EXPECT_EQ(m["user"]["full_name"], p.auth->actor.full_name);
  ASSERT_FALSE(p.auth->csrf_token.empty());
  EXPECT_EQ(m["csrf"], p.auth->csrf_token);
  EXPECT_EQ(m["can_manage_users"], true);
  EXPECT_EQ(m["can_manage_units"], true);

  // A manager manages; an editor and a viewer do not.
  p.login("so.quanly");
  m = http::pages::base_model(p.ctx(), "", "");
  EXPECT_EQ(m["user"]["org_code"], "SGD-AL");
  EXPECT_EQ(m["can_manage_users"], true);
  EXPECT_EQ(m["can_manage_units"], true);
  for (const char* user : {"thcs.tanmy", "so.xem"}) {
    p.login(user);
    m = http::pages::base_model(p.ctx(), "", "");
    EXPECT_EQ(m["user"]["username"], user);
    EXPECT_EQ(m["can_manage_users"], false) << user;
    EXPECT_EQ(m["can_manage_units"], false) << user;
  }
}

TEST(PageCommon, RenderUsesTheLayoutUnlessAnHtmxFragmentIsAsked) {
  PageCtx p;
  p.login("thcs.tanmy");
  json m = http::pages::base_model(p.ctx(), "", "Lỗi thử");
  m["message"] = "Nội dung thử nghiệm";
  auto full = http::pages::render(p.ctx(), "error", m);
  EXPECT_EQ(full.status, 200);
  EXPECT_EQ(full.content_type, "text/html; charset=utf-8");
  EXPECT_TRUE(has(full.body, "<main"));
  EXPECT_TRUE(has(full.body, "Nội dung thử nghiệm"));
  EXPECT_TRUE(has(full.body, "action=\"/logout\"")) << "the layout shows who is logged in";
  EXPECT_EQ(http::pages::render(p.ctx(), "error", m, 422).status, 422);

  m["fragment"] = true;
  EXPECT_TRUE(has(http::pages::render(p.ctx(), "error", m).body, "<main")) << "not an htmx request";
  p.req.headers["hx-request"] = "true";
  auto bare = http::pages::render(p.ctx(), "error", m);
  EXPECT_FALSE(has(bare.body, "<main"));
  EXPECT_TRUE(has(bare.body, "Nội dung thử nghiệm"));
  m["fragment"] = false;
  EXPECT_TRUE(has(http::pages::render(p.ctx(), "error", m).body, "<main")) << "htmx without a fragment";
}

TEST(PageCommon, ErrorPagesHaveTheErrorsStatusAndEscapeTheMessage) {
  PageCtx p;
  auto ctx = p.ctx();
  const std::pair<Error, int> cases[] = {{Error::NotFound("Không tìm thấy <b>đơn vị</b>."), 404},
                                         {Error::Forbidden("Ngoài phạm vi."), 403},
                                         {Error::Validation("Sai ngày.", "date"), 422},
                                         {Error::BadRequest("Sai dạng."), 400},
                                         {Error::Conflict("Đã ban hành."), 409}};
  for (const auto& [e, status] : cases) {
    auto r = http::pages::error_page(p.views, "vi", e, &ctx);
    EXPECT_EQ(r.status, status) << e.message;
    EXPECT_TRUE(has(r.body, "Không thực hiện được")) << "the Vietnamese title";
  }
  auto r = http::pages::error_page(p.views, "vi", cases[0].first, &ctx);
  EXPECT_TRUE(has(r.body, "Không tìm thấy &lt;b&gt;đơn vị&lt;/b&gt;."));
  EXPECT_FALSE(has(r.body, "<b>đơn vị"));
  EXPECT_TRUE(has(http::pages::error_page(p.views, "en", cases[0].first, &ctx).body,
                  p.views.text("en", "error_title")));
  EXPECT_NE(p.views.text("en", "error_title"), p.views.text("vi", "error_title"));
}

TEST(PageCommon, ErrorPagesWithoutAContextAndForAUser) {
  PageCtx p;
  auto bare = http::pages::error_page(p.views, "vi", Error::NotFound("Không có."), nullptr);
  EXPECT_EQ(bare.status, 404);
  EXPECT_TRUE(has(bare.body, "Không thực hiện được"));
  EXPECT_TRUE(has(bare.body, "Không có."));
  EXPECT_FALSE(has(bare.body, "action=\"/logout\""));
  p.login("so.xem");
  auto ctx = p.ctx();
  auto user = http::pages::error_page(p.views, "vi", Error::Forbidden("Ngoài phạm vi."), &ctx);
  EXPECT_EQ(user.status, 403);
  EXPECT_TRUE(has(user.body, "action=\"/logout\"")) << "the user still sees the navigation";
}

TEST(PageCommon, FormErrorsFlagTheirField) {
  json m = {{"title", "Sửa"}};
  http::pages::add_form_error(m, Error::Validation("Ngày không hợp lệ.", "opened"));
  EXPECT_EQ(m["error"], (json{{"message", "Ngày không hợp lệ."}, {"field", "opened"}}));
  EXPECT_EQ(m["error_opened"], true);
  EXPECT_EQ(m["title"], "Sửa");
  json n = json::object();
  http::pages::add_form_error(n, Error::Conflict("Đã tồn tại."));
  EXPECT_EQ(n["error"]["field"], "");
  EXPECT_EQ(n.size(), 1u) << "no error_ flag without a field";
}

TEST(PageCommon, FormFieldsOfTheBody) {
  PageCtx p(false);
  p.req.body = "name=Tr%C6%B0%E1%BB%9Dng+THCS&roles=editor&roles=viewer&empty=";
  const auto f = http::pages::form(p.ctx());
  EXPECT_EQ(http::form_value(f, "name"), "Trường THCS");
  EXPECT_EQ(http::form_values(f, "roles"), (std::vector<std::string>{"editor", "viewer"}));
  EXPECT_EQ(f.count("empty"), 1u);
  EXPECT_EQ(http::form_value(f, "empty"), "");
  p.req.body.clear();
  EXPECT_TRUE(http::pages::form(p.ctx()).empty());
}

}  // namespace
}  // namespace bd::test

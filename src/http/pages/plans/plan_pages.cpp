// /plans: a unit's plans, the ancestors' issued plans it can implement, a
// new draft; /plans/{id}: the preview that reads like the printed document,
// with issuing, a new version, the .docx and the children's coverage.
#include <cctype>
#include <ctime>

#include "app/app.h"
#include "core/dates.h"
#include "core/ids.h"
#include "core/indicator.h"
#include "http/pages/common.h"
#include "http/pages/plans/document_view.h"
#include "http/pages/options.h"
#include "http/pages/plans/plan_pages.h"
#include "http/routes.h"

namespace bd::http {
namespace {

using nlohmann::json;

Date today() { return date_from_unix(std::time(nullptr) + 7 * 3600); }

std::string status_label(const Ctx& c, PlanStatus s) {
  return c.views.text(c.locale, "plan_status_" + std::string(plan_status_code(s)));
}

json plan_row(const Ctx& c, const app::PlanView& v) {
  const auto& r = v.record;
  return {{"id", r.id},
          {"number_line", r.number > 0 ? v.number_line : c.views.text(c.locale, "plan_no_number")},
          {"subject", v.content.value("subject", "")},
          {"org_name", v.org_name},
          {"year", r.year},
          {"version", r.version},
          {"later_version", r.version > 1},
          {"issued_on", r.issued_on.empty() ? "" : format_vi(*parse_date(r.issued_on))},
          {"status", std::string(plan_status_code(r.status))},
          {"status_label", status_label(c, r.status)}};
}

std::optional<OrgUnit> unit_of(Ctx& c, const std::string& code) {
  auto d = c.app.orgs().get(c.auth->actor, code);
  if (!d) return std::nullopt;
  return d->info.unit;
}

Response list(Ctx& c) {
  std::string org = c.req.query_value("org");
  if (org.empty()) org = c.auth->actor.org_code;
  auto plans = c.app.plans().list(c.auth->actor, org);
  if (!plans) return pages::error_page(c.views, c.locale, plans.error(), &c);
  auto m = pages::base_model(c, "plans", c.views.text(c.locale, "plans_title"));
  auto unit = unit_of(c, org);
  m["org"] = org;
  m["org_name"] = unit ? unit->name : org;
  m["units"] = pages::unit_options(c, org, false);
  m["plans"] = json::array();
  for (const auto& v : *plans) m["plans"].push_back(plan_row(c, v));
  m["has_plans"] = !plans->empty();
  const auto found = c.app.plans().rights(c.auth->actor, org);
  const app::PlanRights rights = found ? *found : app::PlanRights{};
  m["can_write"] = rights.write;
  const int year = today().year;
  m["years"] = json::array();
  for (int y : {year + 1, year, year - 1}) m["years"].push_back({{"value", y}, {"selected", y == year}});
  auto upper = c.app.plans().to_implement(c.auth->actor, org);
  m["upper"] = json::array();
  if (upper)
    for (const auto& v : *upper) m["upper"].push_back(plan_row(c, v));
  m["has_upper"] = upper && !upper->empty();
  return pages::render(c, "plans", m);
}

Response create(Ctx& c) {
  const auto f = pages::form(c);
  const std::string org = form_value(f, "org");
  const std::string year_text = form_value(f, "year");
  const int year = year_text.size() == 4 && std::isdigit(static_cast<unsigned char>(year_text[0]))
                       ? std::stoi(year_text) : today().year;
  json content = {{"year", year},
                  {"subject", "Hoạt động vì bình đẳng giới và sự tiến bộ của phụ nữ năm " + std::to_string(year)},
                  {"objectives", json::array({{{"title", ""}, {"targets", json::array()}}})},
                  {"recipients", json::array({"Lưu: VT."})}};
  auto r = c.app.plans().create(c.auth->actor, org, content);
  if (!r) return pages::error_page(c.views, c.locale, r.error(), &c);
  return Response::redirect("/plans/" + std::to_string(r->record.id) + "/edit");
}

std::optional<int64_t> plan_id(const Ctx& c) { return parse_id(c.req.param("id")); }

Response not_found(Ctx& c) {
  return pages::error_page(c.views, c.locale, Error::NotFound("Không tìm thấy kế hoạch."), &c);
}

json coverage_model(Ctx& c, const app::PlanView& v, bool can_implement) {
  auto cov = c.app.plans().coverage(c.auth->actor, v.record.id);
  if (!cov || cov->rows.empty()) return nullptr;
  json rows = json::array();
  for (const auto& row : cov->rows) {
    json j = {{"org", row.org_code}, {"name", row.org_name}, {"state", row.state},
              {"state_label", c.views.text(c.locale, "coverage_" + row.state)},
              {"none", row.state == "none"}, {"can_implement", can_implement && row.state == "none"}};
    if (row.plan_id) j["plan_id"] = *row.plan_id;
    rows.push_back(std::move(j));
  }
  return {{"rows", rows}, {"issued", cov->issued}, {"drafts", cov->drafts}, {"none", cov->none},
          {"percent", format_number_vi(cov->percent, 1) + "%"}};
}

}  // namespace

namespace pages {

Response plan_preview(Ctx& c, int64_t id, const Error* error) {
  auto v = c.app.plans().get(c.auth->actor, id);
  if (!v) return error_page(c.views, c.locale, v.error(), &c);
  auto doc = c.app.plans().document(c.auth->actor, id);
  if (!doc) return error_page(c.views, c.locale, doc.error(), &c);
  auto m = base_model(c, "plans", v->content.value("subject", c.views.text(c.locale, "plans_title")));
  const auto& r = v->record;
  m["plan"] = plan_row(c, *v);
  m["doc"] = document_model(*doc);
  const bool draft = r.status == PlanStatus::kDraft;
  const auto found = c.app.plans().rights(c.auth->actor, v->org_code);
  const app::PlanRights rights = found ? *found : app::PlanRights{};
  m["org"] = v->org_code;
  const bool signing = r.status == PlanStatus::kSigning;
  m["can_edit"] = draft && rights.write;
  m["can_issue"] = (draft || signing) && rights.issue;
  // Trình ký: the unit's editor sends the draft; the head signs or sends it back.
  m["can_send"] = draft && rights.write;
  m["can_send_back"] = signing && rights.issue;
  if (const auto s = app::plan_signing(r)) {
    if (signing)
      m["signing"] = {{"name", s->sent_by_name}, {"at", format_vi_datetime(s->sent_at)}, {"note", s->note}};
    else if (draft && !s->comment.empty())
      m["returned"] = {{"name", s->returned_by_name}, {"at", format_vi_datetime(s->returned_at)}, {"comment", s->comment}};
  }
  m["can_new_version"] = r.status == PlanStatus::kIssued && rights.write;
  m["is_draft"] = draft;
  m["today"] = format_vi(today());
  if (r.parent_plan_id) m["parent_plan_id"] = *r.parent_plan_id;
  if (r.supersedes_id) m["supersedes_id"] = *r.supersedes_id;
  if (r.status == PlanStatus::kIssued) {
    json cov = coverage_model(c, *v, rights.implement_below);
    if (!cov.is_null()) m["coverage"] = cov;
  }
  if (error) {
    add_form_error(m, *error);
    json details = json::array();
    for (const auto& [field, msg] : error->details) details.push_back(msg);
    m["error_details"] = details;
    m["has_error_details"] = !details.empty();
  }
  return render(c, "plan", m, error ? http_status_of(*error) : 200);
}

}  // namespace pages

namespace {

Response preview(Ctx& c) {
  auto id = plan_id(c);
  return id ? pages::plan_preview(c, *id, nullptr) : not_found(c);
}

Response issue(Ctx& c) {
  auto id = plan_id(c);
  if (!id) return not_found(c);
  auto r = c.app.plans().issue(c.auth->actor, *id, form_value(pages::form(c), "date"));
  if (!r) return pages::plan_preview(c, *id, &r.error());
  return Response::redirect("/plans/" + std::to_string(*id) + "?issued=1");
}

Response send_for_signature(Ctx& c) {
  auto id = plan_id(c);
  if (!id) return not_found(c);
  auto r = c.app.plans().send_for_signature(c.auth->actor, *id, form_value(pages::form(c), "note"));
  if (!r) return pages::plan_preview(c, *id, &r.error());
  return Response::redirect("/plans/" + std::to_string(*id));
}

Response send_back(Ctx& c) {
  auto id = plan_id(c);
  if (!id) return not_found(c);
  auto r = c.app.plans().send_back(c.auth->actor, *id, form_value(pages::form(c), "comment"));
  if (!r) return pages::plan_preview(c, *id, &r.error());
  return Response::redirect("/plans/" + std::to_string(*id));
}

Response new_version(Ctx& c) {
  auto id = plan_id(c);
  if (!id) return not_found(c);
  auto r = c.app.plans().new_version(c.auth->actor, *id);
  if (!r) return pages::plan_preview(c, *id, &r.error());
  return Response::redirect("/plans/" + std::to_string(r->record.id) + "/edit");
}

Response implement(Ctx& c) {
  auto id = plan_id(c);
  if (!id) return not_found(c);
  auto r = c.app.plans().implement(c.auth->actor, *id, form_value(pages::form(c), "org"));
  if (!r) return pages::error_page(c.views, c.locale, r.error(), &c);
  return Response::redirect("/plans/" + std::to_string(r->record.id) + "/edit");
}

}  // namespace

void add_plan_pages(Router& r) {
  r.add({"GET", "/plans", Access::kUser, Kind::kPage, "Kế hoạch của đơn vị và kế hoạch cấp trên để thực hiện", "", list});
  r.add({"POST", "/plans", Access::kUser, Kind::kPage, "Soạn kế hoạch mới (dự thảo)", "", create});
  r.add({"GET", "/plans/{id}", Access::kUser, Kind::kPage, "Xem trước kế hoạch như bản in", "", preview});
  r.add({"POST", "/plans/{id}/issue", Access::kUser, Kind::kPage, "Ban hành kế hoạch", "", issue});
  r.add({"POST", "/plans/{id}/send-for-signature", Access::kUser, Kind::kPage, "Trình ký kế hoạch (kèm ghi chú)", "",
         send_for_signature});
  r.add({"POST", "/plans/{id}/send-back", Access::kUser, Kind::kPage, "Trả lại kế hoạch đang chờ ký, kèm ý kiến", "",
         send_back});
  r.add({"POST", "/plans/{id}/versions", Access::kUser, Kind::kPage, "Tạo phiên bản mới", "", new_version});
  r.add({"POST", "/plans/{id}/implement", Access::kUser, Kind::kPage, "Soạn kế hoạch thực hiện cho đơn vị cấp dưới", "",
         implement});
  add_plan_editor_pages(r);
}

}  // namespace bd::http

// /activities: a unit's (or a subtree's) activities with filters and counts
// by type; the activity form (participants by audience × sex, works on a
// phone) with its evidence files; "Thêm vào hoạt động" from the calendar.
#include "app/app.h"
#include "core/ids.h"
#include "core/text.h"
#include "http/dispatch.h"
#include "http/multipart.h"
#include "http/pages/common.h"
#include "http/routes.h"
#include "http/routes/activities/activity_input.h"
#include "http/routes/activities/activity_json.h"

namespace bd::http {
namespace {

using J = nlohmann::json;

std::optional<int64_t> id_of(const Ctx& c) { return parse_id(c.req.param("id")); }

template <class T, class Code, class Label>
J options(const std::vector<T>& all, std::optional<T> selected, Code code, Label label) {
  J out = J::array();
  for (T v : all)
    out.push_back({{"value", std::string(code(v))}, {"label", std::string(label(v))}, {"selected", selected == v}});
  return out;
}

std::string size_text(int64_t bytes) {
  if (bytes < 1024) return std::to_string(bytes) + " B";
  if (bytes < 1024 * 1024) return std::to_string(bytes / 1024) + " KB";
  return std::to_string(bytes / (1024 * 1024)) + "," + std::to_string(bytes % (1024 * 1024) * 10 / (1024 * 1024)) + " MB";
}

std::string people_text(const ActivityRecord& r) {
  int f = 0, m = 0;
  for (const auto& p : r.participants) f += p.female, m += p.male;
  return f + m == 0 ? "" : std::to_string(f + m) + " (nữ " + std::to_string(f) + ")";
}

J form_model(const Ctx& c, const std::string& title, const OrgUnit& unit, const ActivityRecord& r,
             const std::optional<app::ActivityView>& stored, bool can_edit) {
  J m = pages::base_model(c, "activities", title);
  m["unit"] = {{"code", unit.code}, {"name", unit.name}};
  m["can_edit"] = can_edit;
  auto vi_date = [](const std::string& s) {
    auto d = parse_date(s);
    return d ? format_vi(*d) : s;
  };
  m["form"] = {{"title", r.title}, {"start", vi_date(r.start)}, {"end", vi_date(r.end)},
               {"organiser", r.organiser}, {"description", r.description}};
  m["types"] = options(activity_types(), std::optional(r.type), activity_type_code, activity_type_label_vi);
  m["statuses"] = options(activity_statuses(), std::optional(r.status), activity_status_code, activity_status_label_vi);
  J grid = J::array();
  for (Audience au : audiences()) {
    const auto& p = r.of(au);
    grid.push_back({{"code", std::string(audience_code(au))}, {"label", std::string(audience_label_vi(au))},
                    {"checked", r.has_audience(au)}, {"female", p.female}, {"male", p.male}, {"total", p.total()}});
  }
  m["grid"] = grid;
  m["action"] = stored ? "/activities/" + std::to_string(stored->record.id) : std::string("/activities");
  if (stored) {
    J j = activity_json(*stored);
    for (auto& e : j["evidence"]) e["size_text"] = size_text(e["size"].get<int64_t>());
    j["no_evidence"] = j["evidence"].empty();
    j["csrf"] = m.value("csrf", "");
    m["record"] = j;
    if (!stored->feed_warning.empty()) m["warning"] = stored->feed_warning;
  }
  return m;
}

Response list_page(Ctx& c) {
  app::ActivityFilter f;
  try {
    if (auto y = c.req.query_value("year"); !y.empty()) f.year = std::stoi(y);
  } catch (const std::exception&) {
  }
  f.type = parse_activity_type(c.req.query_value("type"));
  f.status = parse_activity_status(c.req.query_value("status"));
  f.subtree = c.req.query_value("subtree") == "1";
  auto r = c.app.activities().list(c.auth->actor, c.req.query_value("org"), f);
  if (!r) return pages::error_page(c.views, c.locale, r.error(), &c);
  J m = pages::base_model(c, "activities", c.views.text(c.locale, "activities_title"));
  m["unit"] = {{"code", r->unit.code}, {"name", r->unit.name}};
  m["year"] = f.year ? std::to_string(f.year) : "";
  m["subtree"] = f.subtree;
  m["can_create"] = r->can_create;
  m["types"] = options(activity_types(), f.type, activity_type_code, activity_type_label_vi);
  m["statuses"] = options(activity_statuses(), f.status, activity_status_code, activity_status_label_vi);
  J items = J::array();
  for (const auto& v : r->items) {
    J j = activity_json(v);
    j["people"] = people_text(v.record);
    j["subtree"] = f.subtree;
    items.push_back(j);
  }
  m["items"] = items;
  m["empty"] = items.empty();
  J counts = J::array();
  for (const auto& [t, n] : r->by_type) counts.push_back({{"label", std::string(activity_type_label_vi(t))}, {"count", n}});
  m["counts"] = counts;
  m["has_counts"] = !counts.empty();
  return pages::render(c, "activities", m);
}

// A filter that lists no activity: the list's unit and rights only.
app::ActivityFilter unit_only() {
  app::ActivityFilter f;
  f.year = 1;
  return f;
}

Response new_page(Ctx& c) {
  const std::string org = c.req.query_value("org").empty() ? c.auth->actor.org_code : c.req.query_value("org");
  auto list = c.app.activities().list(c.auth->actor, org, unit_only());
  if (!list) return pages::error_page(c.views, c.locale, list.error(), &c);
  ActivityRecord r;
  r.start = r.end = iso(date_from_unix(c.app.clock().now() + 7 * 3600));
  r.organiser = list->unit.name;
  return pages::render(c, "activity",
                       form_model(c, c.views.text(c.locale, "activity_new_title"), list->unit, r, std::nullopt,
                                  list->can_create));
}

Response show(Ctx& c, const app::ActivityView& v, bool saved, bool added = false) {
  J m = form_model(c, v.record.title, v.unit, v.record, v, v.can_edit);
  m["saved"] = saved;
  m["added"] = added && v.can_edit;
  return pages::render(c, "activity", m);
}

Response get_page(Ctx& c) {
  auto id = id_of(c);
  if (!id) return pages::error_page(c.views, c.locale, Error::NotFound("Không tìm thấy hoạt động."), &c);
  auto v = c.app.activities().get(c.auth->actor, *id);
  if (!v) return pages::error_page(c.views, c.locale, v.error(), &c);
  return show(c, *v, c.req.query_value("saved") == "1", c.req.query_value("added") == "1");
}

Response after_save(Ctx& c, const Result<app::ActivityView>& r, const std::optional<app::ActivityView>& stored,
                    const std::string& org) {
  if (r) {
    if (!r->feed_warning.empty()) return show(c, *r, true);
    return Response::redirect("/activities/" + std::to_string(r->record.id) + "?saved=1");
  }
  if (r.error().code != ErrorCode::kValidation) return pages::error_page(c.views, c.locale, r.error(), &c);
  auto list = c.app.activities().list(c.auth->actor, org, unit_only());
  if (!list) return pages::error_page(c.views, c.locale, list.error(), &c);
  ActivityRecord typed = stored ? stored->record : ActivityRecord{};
  (void)app::apply_activity_input(typed, activity_form_input(pages::form(c)));  // show what was typed
  J m = form_model(c, stored ? stored->record.title : c.views.text(c.locale, "activity_new_title"), list->unit,
                   typed, stored, true);
  pages::add_form_error(m, r.error());
  return pages::render(c, "activity", m, 422);
}

Response create(Ctx& c) {
  const auto form = pages::form(c);
  const std::string org = form_value(form, "org");
  if (const std::string item = form_value(form, "calendar_item"); !item.empty()) {
    auto r = c.app.activities().from_calendar(c.auth->actor, org, item);
    if (!r) return pages::error_page(c.views, c.locale, r.error(), &c);
    return Response::redirect("/activities/" + std::to_string(r->record.id) + "?added=1");
  }
  return after_save(c, c.app.activities().create(c.auth->actor, org, activity_form_input(form)), std::nullopt, org);
}

Response update(Ctx& c) {
  auto id = id_of(c);
  if (!id) return pages::error_page(c.views, c.locale, Error::NotFound("Không tìm thấy hoạt động."), &c);
  auto before = c.app.activities().get(c.auth->actor, *id);
  if (!before) return pages::error_page(c.views, c.locale, before.error(), &c);
  return after_save(c, c.app.activities().update(c.auth->actor, *id, activity_form_input(pages::form(c))), *before,
                    before->unit.code);
}

Response upload(Ctx& c) {
  auto id = id_of(c);
  if (!id) return pages::error_page(c.views, c.locale, Error::NotFound("Không tìm thấy hoạt động."), &c);
  auto act = c.app.activities().get(c.auth->actor, *id);  // scope first
  if (!act) return pages::error_page(c.views, c.locale, act.error(), &c);
  if (!act->can_edit)
    return pages::error_page(c.views, c.locale, Error::Forbidden("Chỉ người cập nhật của đơn vị mới được thêm minh chứng."), &c);
  auto parts = parse_multipart(c.req.body, c.req.header("content-type"));
  if (!parts) return pages::error_page(c.views, c.locale, parts.error(), &c);
  const FormPart* file = find_part(*parts, "file");
  if (!file || file->filename.empty())
    return pages::error_page(c.views, c.locale, Error::Validation("Chưa chọn tệp minh chứng.", "file"), &c);
  auto r = c.app.evidence().add(c.auth->actor, *id, file->filename, file->data);
  if (!r) return pages::error_page(c.views, c.locale, r.error(), &c);
  return Response::redirect("/activities/" + std::to_string(*id));
}

Response remove(Ctx& c) {
  auto id = id_of(c);
  if (!id) return pages::error_page(c.views, c.locale, Error::NotFound("Không tìm thấy hoạt động."), &c);
  auto v = c.app.activities().get(c.auth->actor, *id);
  if (!v) return pages::error_page(c.views, c.locale, v.error(), &c);
  if (Status s = c.app.evidence().remove_files_of(c.auth->actor, *id); !s)
    return pages::error_page(c.views, c.locale, s.error(), &c);
  if (Status s = c.app.activities().remove(c.auth->actor, *id); !s)
    return pages::error_page(c.views, c.locale, s.error(), &c);
  return Response::redirect("/activities?org=" + url_encode(v->unit.code));
}

}  // namespace

void add_activity_pages(Router& r) {
  r.add({"GET", "/activities", Access::kUser, Kind::kPage, "Hoạt động của đơn vị", "", list_page});
  r.add({"GET", "/activities/new", Access::kUser, Kind::kPage, "Ghi hoạt động mới", "", new_page});
  r.add({"POST", "/activities", Access::kUser, Kind::kPage, "Lưu hoạt động mới hoặc thêm từ lịch", "", create});
  r.add({"GET", "/activities/{id}", Access::kUser, Kind::kPage, "Hoạt động và minh chứng", "", get_page});
  r.add({"POST", "/activities/{id}", Access::kUser, Kind::kPage, "Lưu hoạt động", "", update});
  r.add({"POST", "/activities/{id}/evidence", Access::kUser, Kind::kPage, "Tải lên minh chứng", "", upload,
         kMaxUploadBodyBytes});
  r.add({"POST", "/activities/{id}/delete", Access::kUser, Kind::kPage, "Xóa hoạt động", "", remove});
}

}  // namespace bd::http

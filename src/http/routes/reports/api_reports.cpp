// /api/v1/reports: thin handlers over app::Reports.
#include "app/app.h"
#include "http/json_input.h"
#include "http/routes.h"
#include "http/routes/api_common.h"

namespace bd::http {
namespace {

using api::actor;
using api::json;
using J = nlohmann::json;

J opt_date(const std::optional<Date>& d) { return d ? J(iso(*d)) : J(nullptr); }
J opt_time(int64_t t) { return t > 0 ? J(t) : J(nullptr); }

J timeliness_json(const std::optional<Timeliness>& t) {
  if (!t) return nullptr;
  return {{"state", std::string(timeliness_code(t->state))}, {"days", t->days}};
}

// What the report lacks, while its unit may submit it (null otherwise).
J gaps_json(const app::ReportView& v) {
  if (!v.allowed.submit) return nullptr;
  J forms = J::array();
  for (const auto& f : v.gaps.forms)
    forms.push_back({{"code", f.code}, {"name", f.name}, {"filled", f.filled}, {"expected", f.expected},
                     {"blank", f.blank}, {"required_blank", f.required_blank}});
  return {{"blocked", v.gaps.blocked()}, {"forms", forms}, {"empty_sections", v.gaps.empty_sections}};
}

J report_json(const app::ReportView& v, const std::map<std::string, ValueType>& types) {
  const auto& r = v.record;
  J sets = J::array();
  for (const auto& d : v.data_sets) {
    J values = J::array();
    for (const auto& x : d.values) {
      J jv = {{"element", x.element},
              {"value", x.number ? api::figure_json(api::type_of(types, x.element), *x.number) : J(x.text)}};
      if (!x.option.empty()) jv["sex"] = x.option;
      values.push_back(jv);
    }
    sets.push_back({{"code", d.set.code}, {"name", d.set.name_vi}, {"due", opt_date(d.due)},
                    {"expected", d.expected}, {"filled", d.filled}, {"values", values}});
  }
  J targets = J::array();
  for (const auto& t : v.targets)
    targets.push_back({{"code", t.target.code}, {"name", t.target.name_vi}, {"indicator", t.indicator.code},
                       {"comparator", t.target.comparator}, {"target", t.target.value}, {"value", api::indicator_json(t.value, t.indicator.unit)},
                       {"status", t.status}, {"trajectory", t.trajectory}});
  J activities = J::array();
  for (const auto& act : v.activities) {
    J people = J::object();
    for (Audience au : audiences())
      if (act.has_audience(au))
        people[std::string(audience_code(au))] = {{"female", act.of(au).female}, {"male", act.of(au).male}};
    activities.push_back({{"id", act.id},
                          {"title", act.title},
                          {"type", std::string(activity_type_code(act.type))},
                          {"status", std::string(activity_status_code(act.status))},
                          {"start", act.start},
                          {"end", act.end},
                          {"participants", people}});
  }
  J versions = J::array();
  for (const auto& ver : v.versions)
    versions.push_back({{"version", ver.version}, {"approved_at", ver.approved_at}, {"approved_by", ver.approved_by}});
  const auto& a = v.allowed;
  return {{"org", v.unit.code},
          {"org_name", v.unit.name},
          {"parent", v.parent ? J(v.parent->code) : J(nullptr)},
          {"period", v.period.code()},
          {"period_label", v.period.label_vi()},
          {"status", std::string(report_status_code(r.status))},
          {"status_label", std::string(report_status_label_vi(r.status))},
          {"stored", r.id > 0},
          {"narrative", v.narrative},
          {"draft", v.draft},
          {"due", opt_date(v.due)},
          {"timeliness", timeliness_json(v.timeliness)},
          {"submitted_at", opt_time(r.submitted_at)},
          {"submitted_by", r.submitted_by},
          {"decided_at", opt_time(r.decided_at)},
          {"decided_by", r.decided_by},
          {"comment", r.comment},
          {"locked", v.locked},
          {"data_sets", sets},
          {"targets", targets},
          {"activities", activities},
          {"activities_done", v.activities_done},
          {"reached", {{"female", v.reached.female}, {"male", v.reached.male}}},
          {"gaps", gaps_json(v)},
          {"version", v.shown_version > 0 ? J(v.shown_version) : J(nullptr)},
          {"versions", versions},
          {"actions",
           {{"edit", a.edit}, {"submit", a.submit}, {"approve", a.approve}, {"return", a.send_back},
            {"reopen", a.reopen}, {"not_required", a.exempt}}}};
}

J counts_json(const app::CompletenessCounts& c) {
  return {{"expected", c.expected}, {"submitted", c.submitted}, {"on_time", c.on_time}, {"late", c.late},
          {"approved", c.approved}, {"returned", c.returned},   {"missing", c.missing}, {"not_required", c.not_required}};
}

J unit_json(const app::UnitCompleteness& u) {
  return {{"org", u.unit.code},
          {"name", u.unit.name},
          {"expected", u.expected},
          {"status", std::string(report_status_code(u.status))},
          {"due", opt_date(u.due)},
          {"timeliness", timeliness_json(u.timeliness)},
          {"submitted_at", opt_time(u.submitted_at)}};
}

Response reply(Ctx& c, const Result<app::ReportView>& r) {
  if (!r) return json_error(r.error());
  return json(200, report_json(*r, api::value_types(c.app.analytics().elements())));
}

std::string org_of(const Ctx& c) { return c.req.param("org"); }
std::string period_of(const Ctx& c) { return c.req.param("period"); }

Response get(Ctx& c) {
  const auto version = app::parse_report_version(c.req.query_value("version"));
  if (!version) return json_error(version.error());
  return reply(c, c.app.reports().get(actor(c), org_of(c), period_of(c), *version));
}

Response patch(Ctx& c) {
  auto body = parse_json_object(c.req.body);
  if (!body) return json_error(body.error());
  return reply(c, c.app.reports().save(actor(c), org_of(c), period_of(c), *body));
}

Response submit(Ctx& c) {
  if (auto b = JsonBody::parse(c.req.body, {}); !b) return json_error(b.error());
  return reply(c, c.app.reports().submit(actor(c), org_of(c), period_of(c)));
}

Response approve(Ctx& c) {
  if (auto b = JsonBody::parse(c.req.body, {}); !b) return json_error(b.error());
  return reply(c, c.app.reports().approve(actor(c), org_of(c), period_of(c)));
}

// {"period", "orgs": [...]}: several reports approved together, or none.
Response approve_many(Ctx& c) {
  auto b = JsonBody::parse(c.req.body, {"period", "orgs"});
  if (!b) return json_error(b.error());
  const std::string period = b->str_or("period");
  const auto orgs = b->str_list("orgs");
  if (Status s = b->status(); !s) return json_error(s.error());
  if (period.empty()) return json_error(Error::BadRequest("Cần kỳ báo cáo (period), ví dụ 2025S1.", "period"));
  if (!orgs) return json_error(Error::BadRequest("Cần danh sách mã đơn vị (orgs).", "orgs"));
  auto r = c.app.reports().approve_many(actor(c), *orgs, period);
  if (!r) return json_error(r.error());
  J approved = J::array(), failed = J::array();
  for (const auto& v : r->approved)
    approved.push_back({{"org", v.unit.code}, {"name", v.unit.name}, {"status", std::string(report_status_code(v.record.status))}});
  for (const auto& [org, why] : r->failed) failed.push_back({{"org", org}, {"message", why}});
  return json(200, {{"period", period}, {"approved", approved}, {"failed", failed}});
}

// A body with one optional text field, e.g. {"comment": "…"}.
Result<std::string> one_text(const Ctx& c, const char* field) {
  auto b = JsonBody::parse(c.req.body, {field});
  if (!b) return b.error();
  std::string text = b->str_or(field);
  if (Status s = b->status(); !s) return s.error();
  return text;
}

Response send_back(Ctx& c) {
  auto comment = one_text(c, "comment");
  if (!comment) return json_error(comment.error());
  return reply(c, c.app.reports().send_back(actor(c), org_of(c), period_of(c), *comment));
}

Response reopen(Ctx& c) {
  auto reason = one_text(c, "reason");
  if (!reason) return json_error(reason.error());
  return reply(c, c.app.reports().reopen(actor(c), org_of(c), period_of(c), *reason));
}

Response not_required(Ctx& c) {
  auto reason = one_text(c, "reason");
  if (!reason) return json_error(reason.error());
  return reply(c, c.app.reports().mark_not_required(actor(c), org_of(c), period_of(c), *reason));
}

Response completeness(Ctx& c) {
  std::string org = c.req.query_value("org");
  if (org.empty()) org = actor(c).org_code;
  const std::string period = c.req.query_value("period");
  if (period.empty()) return json_error(Error::BadRequest("Cần kỳ báo cáo (period), ví dụ 2025S1.", "period"));
  auto r = c.app.reports().completeness(actor(c), org, period);
  if (!r) return json_error(r.error());
  J units = J::array(), missing = J::array(), late = J::array(), returned = J::array();
  for (const auto& u : r->rows) {
    auto j = unit_json(u);
    j["subtree"] = counts_json(u.below);
    units.push_back(j);
  }
  for (const auto& u : r->missing) missing.push_back(unit_json(u));
  for (const auto& u : r->returned) returned.push_back(unit_json(u));
  for (const auto& u : r->late) late.push_back(unit_json(u));
  return json(200, {{"org", r->unit.code},
                    {"org_name", r->unit.name},
                    {"period", r->period.code()},
                    {"as_of", iso(r->today)},
                    {"children", counts_json(r->children)},
                    {"subtree", counts_json(r->subtree)},
                    {"units", units},
                    {"missing", missing},
                    {"returned", returned},
                    {"late", late},
                    {"reminder", app::reminder_text(*r)}});
}

}  // namespace

void add_api_report_routes(Router& r) {
  r.add({"GET", "/api/v1/reports/completeness", Access::kUser, Kind::kApi,
         "Tình hình nộp báo cáo của các đơn vị trực thuộc và toàn cây (org, period)", "", completeness})
      .param("org", R"({"type":"string"})", false, "Mã đơn vị (mặc định đơn vị của tôi)")
      .param("period", kPeriodParam, true)
      .answer(200, "Completeness")
      .fails({400, 404, 422});
  r.add({"GET", "/api/v1/reports/{org}/{period}", Access::kUser, Kind::kApi,
         "Báo cáo của đơn vị trong kỳ: trạng thái, nội dung, biểu mẫu phải nộp, số liệu, chỉ tiêu. Báo cáo đã duyệt"
         " giữ nguyên nội dung như khi duyệt; version đọc một lần duyệt trước đó", "", get})
      .param("version", R"({"type":"integer","minimum":1})", false,
             "Lần duyệt cần xem (1, 2, …); mặc định: báo cáo hiện hành")
      .answer(200, "Report")
      .fails({400, 404, 422});
  r.add({"PATCH", "/api/v1/reports/{org}/{period}", Access::kUser, Kind::kApi,
         "Sửa nội dung báo cáo (chỉ các mục gửi lên) khi đang soạn hoặc bị trả lại", "ReportNarrative", patch})
      .answer(200, "Report")
      .fails({409});
  r.add({"POST", "/api/v1/reports/{org}/{period}/submit", Access::kUser, Kind::kApi,
         "Nộp báo cáo lên đơn vị cấp trên", "", submit})
      .body("NoFields")
      .answer(200, "Report")
      .fails({409});
  r.add({"POST", "/api/v1/reports/{org}/{period}/approve", Access::kUser, Kind::kApi,
         "Duyệt báo cáo (người phê duyệt của cấp trên); khóa số liệu của kỳ", "", approve})
      .body("NoFields")
      .answer(200, "Report")
      .fails({409});
  r.add({"POST", "/api/v1/reports/approvals", Access::kUser, Kind::kApi,
         "Duyệt nhiều báo cáo của một kỳ cùng lúc {\"period\", \"orgs\"}: kiểm tra tất cả trước, có báo cáo không"
         " duyệt được thì không duyệt báo cáo nào (409, details liệt kê từng đơn vị); tối đa 500 đơn vị",
         "ReportApprovals", approve_many})
      .answer(200, "BulkApproval")
      .fails({409, 422});
  r.add({"POST", "/api/v1/reports/{org}/{period}/return", Access::kUser, Kind::kApi,
         "Trả lại báo cáo kèm ý kiến {\"comment\"} (bắt buộc)", "ReportComment", send_back})
      .answer(200, "Report")
      .fails({409});
  r.add({"POST", "/api/v1/reports/{org}/{period}/reopen", Access::kUser, Kind::kApi,
         "Mở lại báo cáo đã duyệt kèm lý do {\"reason\"} (bắt buộc); mở khóa số liệu", "ReportReason", reopen})
      .answer(200, "Report")
      .fails({409});
  r.add({"POST", "/api/v1/reports/{org}/{period}/not-required", Access::kUser, Kind::kApi,
         "Miễn nộp báo cáo kỳ này cho đơn vị trực thuộc; lý do {\"reason\"} tùy chọn", "ReportReason", not_required})
      .answer(200, "Report")
      .fails({409});
}

}  // namespace bd::http

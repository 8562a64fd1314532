// /plans/{id}/edit: the draft's outline as one form. Every button (save,
// add, remove, move) posts the whole form, so restructuring keeps what was
// typed; a refused save shows the typed content with the reason.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "analytics/targets.h"
#include "app/app.h"
#include "core/ids.h"
#include "core/indicator.h"
#include "core/org.h"
#include "http/pages/common.h"
#include "http/pages/options.h"
#include "http/pages/plans/plan_form.h"
#include "http/pages/plans/plan_pages.h"
#include "http/routes.h"

namespace bd::http {
namespace {

using nlohmann::json;

std::string str(const json& j, const char* key) {
  if (!j.is_object() || !j.contains(key)) return "";
  const json& v = j[key];
  if (v.is_string()) return v.get<std::string>();
  if (v.is_number_integer()) return std::to_string(v.get<int64_t>());
  if (v.is_number()) {  // decimal comma, no grouping, so it reads back the same
    const double d = v.get<double>();
    if (d == std::floor(d) && std::fabs(d) < 1e15) return std::to_string(static_cast<long long>(d));
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.4f", d);
    std::string out = buf;
    while (out.back() == '0') out.pop_back();
    if (out.back() == '.') out.pop_back();
    std::replace(out.begin(), out.end(), '.', ',');
    return out;
  }
  return "";
}

std::string lines(const json& j, const char* key) {
  std::string out;
  for (const auto& l : j.value(key, json::array()))
    if (l.is_string()) out += (out.empty() ? "" : "\n") + l.get<std::string>();
  return out;
}

json options(const std::vector<std::pair<std::string, std::string>>& all, const std::string& selected) {
  json out = json::array();
  for (const auto& [value, label] : all) out.push_back({{"value", value}, {"label", label}, {"selected", value == selected}});
  return out;
}

// Marks the first and last item of a list for the move buttons.
void number_items(json& items) {
  for (size_t i = 0; i < items.size(); ++i) {
    items[i]["n"] = i + 1;
    items[i]["first"] = i == 0;
    items[i]["last"] = i + 1 == items.size();
  }
}

json targets_model(Ctx& c, const json& targets, const std::string& prefix,
                   const std::vector<std::pair<std::string, std::string>>& indicators) {
  std::vector<std::pair<std::string, std::string>> comparators = {{"", "—"}}, when = {{"", "—"}};
  for (analytics::Comparator k : analytics::kComparators)
    comparators.emplace_back(analytics::comparator_code(k), analytics::symbol(k));
  for (analytics::TargetWhen w : analytics::kTargetWhens) {
    const std::string code(analytics::target_when_code(w));
    when.emplace_back(code, c.views.text(c.locale, "when_" + code));
  }
  json out = json::array();
  for (size_t i = 0; i < targets.size(); ++i) {
    const json& t = targets[i];
    const std::string p = prefix + "." + std::to_string(i);
    out.push_back({{"prefix", p}, {"text", str(t, "text")}, {"value", str(t, "value")}, {"year", str(t, "year")},
                   {"indicators", options(indicators, str(t, "indicator"))},
                   {"comparators", options(comparators, str(t, "comparator"))},
                   {"whens", options(when, str(t, "when"))}});
  }
  number_items(out);
  return out;
}

json editor_model(Ctx& c, const app::PlanView& v, const json& content) {
  auto m = pages::base_model(c, "plans", c.views.text(c.locale, "plan_edit_title"));
  m["id"] = v.record.id;
  m["org_name"] = v.org_name;
  m["number_line"] = v.number_line;
  json f = json::object();
  for (const char* k : {"year", "period_from", "period_to", "subject", "place", "governing_body", "general_objective",
                        "reporting", "closing"})
    f[k] = str(content, k);
  f["basis"] = lines(content, "basis");
  f["recipients"] = lines(content, "recipients");
  const json signer = content.value("signer", json::object());
  f["signer_title"] = str(signer, "title");
  f["signer_deputy_title"] = str(signer, "deputy_title");
  f["signer_name"] = str(signer, "name");
  f["authorities"] = options({{"", c.views.text(c.locale, "authority_none")}, {"TM.", "TM."}, {"KT.", "KT."},
                              {"Q.", "Q."}, {"TL.", "TL."}, {"TUQ.", "TUQ."}},
                             str(signer, "authority"));
  m["f"] = f;

  std::vector<std::pair<std::string, std::string>> indicators = {{"", c.views.text(c.locale, "indicator_none")}};
  if (auto list = c.app.catalog().indicators(c.auth->actor))
    for (const auto& i : *list) indicators.emplace_back(i.code, i.name_vi);
  json objectives = json::array();
  const json objs = content.value("objectives", json::array());
  for (size_t i = 0; i < objs.size(); ++i) {
    const std::string p = "objectives." + std::to_string(i);
    objectives.push_back({{"prefix", p}, {"anchor", "objectives-" + std::to_string(i)}, {"title", str(objs[i], "title")},
                          {"targets", targets_model(c, objs[i].value("targets", json::array()), p + ".targets",
                                                    indicators)}});
  }
  number_items(objectives);
  m["objectives"] = objectives;

  json tasks = json::array();
  const json ts = content.value("tasks", json::array());
  for (size_t i = 0; i < ts.size(); ++i) {
    const json applies = ts[i].value("applies_to", json::array());
    json types = json::array();
    for (const std::string code : {"school", "office", "commune", "department"}) {
      const bool on = std::find(applies.begin(), applies.end(), code) != applies.end();
      types.push_back({{"value", code}, {"label", c.views.text(c.locale, "applies_" + code)}, {"checked", on}});
    }
    tasks.push_back({{"prefix", "tasks." + std::to_string(i)}, {"title", str(ts[i], "title")},
                     {"actions", lines(ts[i], "actions")}, {"responsible", str(ts[i], "responsible")},
                     {"timeframe", str(ts[i], "timeframe")}, {"types", types}});
  }
  number_items(tasks);
  m["tasks"] = tasks;

  json duties = json::array();
  const json ds = content.value("duties", json::array());
  for (size_t i = 0; i < ds.size(); ++i)
    duties.push_back({{"prefix", "duties." + std::to_string(i)}, {"unit", str(ds[i], "unit")}, {"text", str(ds[i], "text")}});
  number_items(duties);
  m["duties"] = duties;

  json schedule = json::array();
  const json ss = content.value("schedule", json::array());
  std::vector<std::pair<std::string, std::string>> months;
  for (int mth = 1; mth <= 12; ++mth) months.emplace_back(std::to_string(mth), c.views.text(c.locale, "month") + " " + std::to_string(mth));
  for (size_t i = 0; i < ss.size(); ++i)
    schedule.push_back({{"prefix", "schedule." + std::to_string(i)}, {"months", options(months, str(ss[i], "month"))},
                        {"work", str(ss[i], "work")}, {"responsible", str(ss[i], "responsible")}});
  number_items(schedule);
  m["schedule"] = schedule;
  return m;
}

std::optional<int64_t> plan_id(const Ctx& c) { return parse_id(c.req.param("id")); }

Response show(Ctx& c) {
  auto id = plan_id(c);
  if (!id) return pages::error_page(c.views, c.locale, Error::NotFound("Không tìm thấy kế hoạch."), &c);
  auto v = c.app.plans().get(c.auth->actor, *id);
  if (!v) return pages::error_page(c.views, c.locale, v.error(), &c);
  if (v->record.status != PlanStatus::kDraft) return Response::redirect("/plans/" + std::to_string(*id));
  auto m = editor_model(c, *v, v->content);
  m["saved"] = c.req.query_value("saved") == "1";
  return pages::render(c, "plan_edit", m);
}

// The anchor of the list an operation touched ("#tasks", "#objectives-0"),
// to land back there.
std::string anchor_of(const std::string& op) {
  const size_t colon = op.find(':');
  std::string path = colon == std::string::npos ? "" : op.substr(colon + 1);
  if (const size_t dot = path.rfind('.'); dot != std::string::npos && std::isdigit(static_cast<unsigned char>(path[dot + 1])))
    path.erase(dot);
  if (path.ends_with(".targets")) path.erase(path.size() - 8);
  std::replace(path.begin(), path.end(), '.', '-');
  return path.empty() ? "" : "#" + path;
}

Response save(Ctx& c) {
  auto id = plan_id(c);
  if (!id) return pages::error_page(c.views, c.locale, Error::NotFound("Không tìm thấy kế hoạch."), &c);
  auto v = c.app.plans().get(c.auth->actor, *id);
  if (!v) return pages::error_page(c.views, c.locale, v.error(), &c);
  const auto f = pages::form(c);
  json content = pages::plan_from_form(f);
  std::string op = form_value(f, "op");
  if (op.empty()) op = "save";
  Status applied = (op == "save" || op == "preview") ? Status::Ok() : pages::apply_outline_op(content, op);
  auto r = applied ? c.app.plans().update(c.auth->actor, *id, content) : Result<app::PlanView>(applied.error());
  if (!r) {
    auto m = editor_model(c, *v, content);
    Error e = r.error();
    // "objectives[0].targets[0].value phải là số." → "Mức chỉ tiêu (mục tiêu 1, chỉ tiêu 1) phải là số."
    if (!e.field.empty() && e.message.starts_with(e.field))
      e.message = pages::field_label_vi(e.field) + e.message.substr(e.field.size());
    pages::add_form_error(m, e);
    return pages::render(c, "plan_edit", m, http_status_of(r.error()));
  }
  const std::string base = "/plans/" + std::to_string(*id);
  if (op == "preview") return Response::redirect(base);
  if (op == "save") return Response::redirect(base + "/edit?saved=1");
  return Response::redirect(base + "/edit" + anchor_of(op));
}

}  // namespace

void add_plan_editor_pages(Router& r) {
  r.add({"GET", "/plans/{id}/edit", Access::kUser, Kind::kPage, "Soạn thảo kế hoạch (dự thảo)", "", show});
  r.add({"POST", "/plans/{id}/edit", Access::kUser, Kind::kPage,
         "Lưu dự thảo; thêm, xóa, di chuyển mục mà không mất nội dung", "", save});
}

}  // namespace bd::http

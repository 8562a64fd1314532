// /orgunits/restructure: many units to a new parent on one effective day
// (app/orgs/reform.h). The form, then a preview of what will happen, then
// the change in one step; nothing is applied without the preview confirmed.
#include <sstream>

#include "app/app.h"
#include "core/dates.h"
#include "http/pages/common.h"
#include "http/pages/options.h"
#include "http/routes.h"

namespace bd::http {
namespace {

using pages::form;

constexpr const char* kKeepGovernor = "__keep";
constexpr size_t kMovesShown = 200;

// Codes typed or pasted one per line, or separated by commas, semicolons or spaces.
std::vector<std::string> split_codes(const std::string& text) {
  std::string s = text;
  for (char& ch : s)
    if (ch == ',' || ch == ';' || ch == '\t' || ch == '\r' || ch == '\n') ch = ' ';
  std::istringstream in(s);
  std::vector<std::string> out;
  for (std::string code; in >> code;) out.push_back(code);
  return out;
}

struct FormInput {
  std::string units, parent, governor = kKeepGovernor, effective;
  bool close_emptied = true;
};

app::ReformInput reform_input(const FormInput& f) {
  app::ReformInput in;
  in.units = split_codes(f.units);
  in.parent = f.parent;
  if (f.governor != kKeepGovernor) in.governor = f.governor;
  in.effective = f.effective;
  in.close_emptied = f.close_emptied;
  return in;
}

nlohmann::json model(Ctx& c, const FormInput& f) {
  auto m = pages::base_model(c, "orgunits", c.views.text(c.locale, "restructure_title"));
  m["in"] = {{"units", f.units}, {"effective", f.effective}, {"close_emptied", f.close_emptied}};
  m["parents"] = pages::unit_options(c, f.parent, false);
  auto governors = pages::unit_options(c, f.governor == kKeepGovernor ? "" : f.governor, true);
  nlohmann::json keep = {{"value", kKeepGovernor},
                         {"label", c.views.text(c.locale, "restructure_keep_governor")},
                         {"selected", f.governor == kKeepGovernor}};
  if (f.governor == kKeepGovernor)
    for (auto& g : governors) g["selected"] = false;
  governors.insert(governors.begin(), keep);
  m["governors"] = governors;
  m["governor_value"] = f.governor;
  m["parent_value"] = f.parent;
  return m;
}

void add_plan(Ctx& c, nlohmann::json& m, const app::ReformPlan& plan) {
  m["summary"] = app::reform_summary(plan);
  m["moves"] = nlohmann::json::array();
  for (size_t i = 0; i < plan.moves.size() && i < kMovesShown; ++i) {
    const auto& mv = plan.moves[i];
    m["moves"].push_back({{"code", mv.unit.code},
                          {"name", mv.unit.name},
                          {"from", mv.from ? mv.from->name : ""}});
  }
  if (plan.moves.size() > kMovesShown)
    m["more_moves"] = pages::fill(c.views.text(c.locale, "restructure_more"),
                                  {{"n", std::to_string(plan.moves.size() - kMovesShown)}});
  m["move_count"] = plan.moves.size();
}

Response show(Ctx& c) {
  if (!role_grants(c.auth->actor.roles, Permission::kManageUnits))
    return pages::error_page(c.views, c.locale, Error::Forbidden(c.views.text(c.locale, "forbidden_units")), &c);
  FormInput f;
  // "All the units below X": the list filled from one unit's open children.
  if (const std::string from = c.req.query_value("from"); !from.empty()) {
    auto d = c.app.orgs().get(c.auth->actor, from);
    if (!d) return pages::error_page(c.views, c.locale, d.error(), &c);
    for (const auto& k : d->children)
      if (!k.unit.is_closed()) f.units += k.unit.code + "\n";
  }
  return pages::render(c, "restructure", model(c, f));
}

Response submit(Ctx& c) {
  const auto fields = form(c);
  FormInput f;
  f.units = form_value(fields, "units");
  f.parent = form_value(fields, "parent");
  f.governor = fields.count("governor") ? form_value(fields, "governor") : kKeepGovernor;
  f.effective = form_value(fields, "effective");
  f.close_emptied = form_value(fields, "close_emptied") == "1";
  const bool apply = form_value(fields, "step") == "apply";
  const app::ReformInput in = reform_input(f);
  auto plan = apply ? c.app.orgs().apply_reform(c.auth->actor, in) : c.app.orgs().preview_reform(c.auth->actor, in);
  auto m = model(c, f);
  if (!plan) {
    pages::add_form_error(m, plan.error());
    return pages::render(c, "restructure", m, http_status_of(plan.error()));
  }
  add_plan(c, m, *plan);
  m[apply ? "applied" : "preview"] = true;
  m["parent_code"] = plan->parent.code;
  return pages::render(c, "restructure", m);
}

Response undo(Ctx& c) {
  const auto fields = form(c);
  auto r = c.app.orgs().undo_reform(c.auth->actor, form_value(fields, "parent"));
  auto m = model(c, FormInput{});
  if (!r) {
    pages::add_form_error(m, r.error());
    return pages::render(c, "restructure", m, http_status_of(r.error()));
  }
  m["undone"] = pages::fill(c.views.text(c.locale, "restructure_undone"),
                            {{"n", std::to_string(r->moved_back.size())},
                             {"date", format_vi(*parse_date(r->effective))}});
  if (!r->reopened.empty()) {
    std::string codes;
    for (const auto& code : r->reopened) codes += (codes.empty() ? "" : ", ") + code;
    m["reopened"] = pages::fill(c.views.text(c.locale, "restructure_reopened"), {{"codes", codes}});
  }
  m["parent_code"] = r->parent;
  return pages::render(c, "restructure", m);
}

}  // namespace

void add_restructure_pages(Router& r) {
  r.add({"GET", "/orgunits/restructure", Access::kUser, Kind::kPage,
         "Sắp xếp lại đơn vị: chuyển nhiều đơn vị cùng lúc từ một ngày hiệu lực", "", show});
  r.add({"POST", "/orgunits/restructure", Access::kUser, Kind::kPage,
         "Sắp xếp lại đơn vị: xem trước, rồi xác nhận", "", submit});
  r.add({"POST", "/orgunits/restructure/undo", Access::kUser, Kind::kPage,
         "Hoàn tác lần sắp xếp lại gần nhất vào một đơn vị (trong 7 ngày)", "", undo});
}

}  // namespace bd::http

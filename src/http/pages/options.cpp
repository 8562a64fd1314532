#include "http/pages/options.h"

#include "app/app.h"
#include "core/period.h"
#include "http/errors.h"
#include "http/views.h"

namespace bd::http {

int http_status_of(const Error& e) { return http_status(e.code); }

namespace pages {

std::string type_label(const Ctx& c, OrgType t) {
  return std::string(c.locale == "en" ? org_type_label_en(t) : org_type_label_vi(t));
}

nlohmann::json type_options(const Ctx& c, const std::string& selected) {
  nlohmann::json out = nlohmann::json::array();
  for (OrgType t : all_org_types()) {
    const std::string code(org_type_code(t));
    out.push_back({{"value", code}, {"label", type_label(c, t)}, {"selected", code == selected}});
  }
  return out;
}

nlohmann::json unit_options(const Ctx& c, const std::string& selected, bool allow_empty,
                            const std::string& exclude_path) {
  nlohmann::json out = nlohmann::json::array();
  if (allow_empty) out.push_back({{"value", ""}, {"label", c.views.text(c.locale, "none")}, {"selected", selected.empty()}});
  auto units = c.app.orgs().list(c.auth->actor, {});
  if (!units) return out;
  for (const auto& u : *units) {
    if (!exclude_path.empty() && path_within(u.unit.path, exclude_path)) continue;
    std::string indent;
    for (int i = 0; i < u.depth; ++i) indent += "\u00a0\u00a0";
    out.push_back({{"value", u.unit.code}, {"label", indent + u.unit.name}, {"selected", u.unit.code == selected}});
  }
  return out;
}

nlohmann::json units_below(const Ctx& c, const std::string& path, const std::string& selected) {
  nlohmann::json out = nlohmann::json::array();
  auto units = c.app.orgs().list(c.auth->actor, {});
  if (!units) return out;
  int top = -1;
  for (const auto& u : *units) {
    if (u.unit.path == path) top = u.depth;
    if (u.unit.path == path || !path_within(u.unit.path, path)) continue;
    std::string indent;
    for (int i = top + 1; i < u.depth; ++i) indent += "\u00a0\u00a0";
    out.push_back({{"value", u.unit.code}, {"label", indent + u.unit.name}, {"selected", u.unit.code == selected}});
  }
  return out;
}

nlohmann::json role_options(const Ctx& c, const RoleSet& selected) {
  nlohmann::json out = nlohmann::json::array();
  for (Role r : all_roles())
    out.push_back({{"value", std::string(role_code(r))},
                   {"label", std::string(c.locale == "en" ? role_label_en(r) : role_label_vi(r))},
                   {"checked", selected.has(r)}});
  return out;
}

nlohmann::json report_period_options(const Ctx& c, const std::string& selected) {
  nlohmann::json out = nlohmann::json::array();
  const int year = date_from_unix(c.app.clock().now() + 7 * 3600).year;
  for (int y = year; y >= year - 2; --y)
    for (const std::string& code : {std::to_string(y) + "S2", std::to_string(y) + "S1", std::to_string(y)}) {
      const Period p = *parse_period(code);
      out.push_back({{"value", code}, {"label", c.locale == "en" ? p.label_en() : p.label_vi()},
                     {"selected", code == selected}});
    }
  return out;
}

std::string report_status_label(const Ctx& c, ReportStatus s) {
  return std::string(c.locale == "en" ? report_status_label_en(s) : report_status_label_vi(s));
}

std::string timeliness_text(const Ctx& c, const Timeliness& t) {
  std::string text = c.views.text(c.locale, "timeliness_" + std::string(timeliness_code(t.state)));
  if (auto at = text.find("{n}"); at != std::string::npos) text.replace(at, 3, std::to_string(t.days));
  return text;
}

}  // namespace pages
}  // namespace bd::http

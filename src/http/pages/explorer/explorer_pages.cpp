// /explorer: pick items, a unit, a depth and periods; see the table with its
// subtotals and a chart drawn from it; take the table away as .xlsx or CSV;
// save the view under a name, pin it, open it again.
#include <charconv>
#include <ctime>

#include "app/app.h"
#include "core/dates.h"
#include "core/ids.h"
#include "core/indicator.h"
#include "documents/table_export.h"
#include "http/pages/common.h"
#include "http/request.h"
#include "http/routes.h"

namespace bd::http {
namespace {

using J = nlohmann::json;

int decimals_of(const std::string& unit) { return unit == "count" ? 0 : unit == "percent" ? 1 : 2; }

std::string sex_label(const Ctx& c, const std::string& sex) {
  return sex.empty() ? "" : c.views.text(c.locale, sex == "female" ? "female" : "male");
}

std::string column_label(const Ctx& c, const app::ExplorerColumn& col) {
  std::string s = col.item_name + " — " + col.period_label;
  if (!col.sex.empty()) s += " — " + sex_label(c, col.sex);
  return s;
}

std::string row_name(const Ctx& c, const app::ExplorerRow& r) {
  if (r.kind == "subtotal") return c.views.text(c.locale, "explorer_subtotal") + " " + r.name;
  if (r.kind == "total") return c.views.text(c.locale, "explorer_total") + " " + r.name;
  return r.name;
}

// The explorer's query from the request (repeated names or lists), with the
// actor's unit when none is named.
Result<app::ExplorerQuery> query_of(const Ctx& c) {
  auto params = parse_form(c.req.query_string);
  if (params.find("org") == params.end() || form_value(params, "org").empty()) {
    params.erase("org");
    params.emplace("org", c.auth->actor.org_code);
  }
  return app::ExplorerQuery::parse(params);
}

documents::ExportTable export_table(const Ctx& c, const app::ExplorerTable& t) {
  documents::ExportTable e;
  e.title = c.views.text(c.locale, "explorer_title") + " — " + t.unit.name;
  std::string periods;
  for (const auto& p : t.query.periods) periods += (periods.empty() ? "" : ", ") + parse_period(p)->label_vi();
  e.notes = {c.views.text(c.locale, "explorer_periods") + ": " + periods};
  e.headers = {c.views.text(c.locale, "unit_code"), c.views.text(c.locale, "unit")};
  for (const auto& col : t.columns) e.headers.push_back(column_label(c, col));
  for (const auto& r : t.rows) {
    documents::TableRow row;
    row.emphasis = r.kind != "unit";
    row.cells.push_back({r.code});
    row.cells.push_back({row_name(c, r)});
    for (size_t i = 0; i < t.columns.size(); ++i)
      row.cells.push_back({"", r.values[i], decimals_of(t.columns[i].unit), t.columns[i].unit == "percent"});
    e.rows.push_back(std::move(row));
  }
  return e;
}

std::string file_stem(const app::ExplorerTable& t) {
  return "kham-pha-" + t.unit.code + "-" + t.query.periods.front() +
         (t.query.periods.size() > 1 ? "-" + t.query.periods.back() : "");
}

J period_choices(const std::vector<std::string>& chosen) {
  J out = J::array();
  const int year = date_from_unix(std::time(nullptr) + 7 * 3600).year;
  auto add = [&](const std::string& code) {
    const bool on = std::find(chosen.begin(), chosen.end(), code) != chosen.end();
    out.push_back({{"value", code}, {"label", parse_period(code)->label_vi()}, {"checked", on}});
  };
  for (int y = year; y > year - 10; --y) add(std::to_string(y));
  for (int y = year; y > year - 3; --y)
    for (const char* h : {"S2", "S1"}) add(std::to_string(y) + h);
  return out;
}

J choices(const std::vector<std::string>& values, const std::string& chosen, const Ctx& c, const std::string& key) {
  J out = J::array();
  for (const auto& v : values)
    out.push_back({{"value", v}, {"label", c.views.text(c.locale, key + v)}, {"selected", v == chosen}});
  return out;
}

// The table's rows as HTML, written here rather than through mustache: a
// department's table is 270 units × 200 columns, and the generic template
// path (model → mustache data → render, with a lookup per cell) took most
// of the page's time. Same markup as a template would give; every text is
// escaped.
std::string rows_html(const Ctx& c, const app::ExplorerTable& t) {
  std::string out;
  out.reserve(t.rows.size() * (t.columns.size() * 40 + 160));
  auto q = t.query;
  char num[64];
  for (const auto& r : t.rows) {
    const std::string name = html_escape(row_name(c, r)), kind = html_escape(r.kind);
    out += "<tr class=\"lv-" + std::to_string(r.level) + " " + kind + "\" data-kind=\"" + kind + "\" data-name=\"" +
           name + "\">\n      <th scope=\"row\">";
    if (r.kind != "total") {
      q.org = r.code;
      out += "<a href=\"" + html_escape("/explorer?" + q.to_query()) + "\">" + name + "</a>";
    } else {
      out += name;
    }
    out += "</th>\n      ";
    for (size_t i = 0; i < t.columns.size(); ++i) {
      const auto& v = r.values[i];
      out += "<td class=\"num\" data-value=\"";
      if (v) {
        const auto res = std::to_chars(num, num + sizeof num, *v);
        out.append(num, res.ptr);
      }
      out += "\">";
      if (v) out += html_escape(format_indicator_value(*v, t.columns[i].unit));
      out += "</td>";
    }
    out += "\n    </tr>\n";
  }
  return out;
}

J table_model(const Ctx& c, const app::ExplorerTable& t) {
  J m;
  m["columns"] = J::array();
  for (const auto& col : t.columns)
    m["columns"].push_back({{"label", column_label(c, col)},
                            {"item", col.item_name},
                            {"period", col.period_label},
                            {"sex", col.sex},
                            {"sex_label", sex_label(c, col.sex)},
                            {"unit", col.unit}});
  m["rows_html"] = rows_html(c, t);
  m["units"] = t.units;
  return m;
}

Response page(Ctx& c) {
  auto m = pages::base_model(c, "explorer", c.views.text(c.locale, "explorer_title"));
  const auto& actor = c.auth->actor;
  const bool asked = !c.req.query_string.empty();
  app::ExplorerQuery q;
  q.org = actor.org_code;
  const int year = date_from_unix(std::time(nullptr) + 7 * 3600).year;
  q.periods = {std::to_string(year - 2), std::to_string(year - 1)};
  q.items = {"pct_women_managers"};
  if (asked) {
    auto parsed = query_of(c);
    if (!parsed) {
      m["error"] = parsed.error().message;
      // Keep what was chosen on the form, so nothing is lost.
      const auto params = parse_form(c.req.query_string);
      std::vector<std::string> items;
      for (const char* name : {"item", "items"})
        for (const auto& v : form_values(params, name))
          if (!v.empty()) items.push_back(v);
      if (!items.empty()) q.items = items;
      if (const auto org = form_value(params, "org"); !org.empty()) q.org = org;
    } else {
      q = *parsed;
      auto t = c.app.explorer().run(actor, q);
      if (!t) {
        if (t.error().code == ErrorCode::kForbidden || t.error().code == ErrorCode::kNotFound)
          return pages::error_page(c.views, c.locale, t.error(), &c);
        m["error"] = t.error().message;
      } else {
        m["table"] = table_model(c, *t);
        m["unit_name"] = t->unit.name;
        m["query"] = q.to_query();
        m["chart_type"] = q.chart;
        if (t->mixed_trees)
          m["structure_note"] = c.views.text(c.locale, "explorer_structure_mixed") + " " +
                                (c.locale == "en" ? parse_period(t->rows_period)->label_en()
                                                  : parse_period(t->rows_period)->label_vi()) + ".";
        m["scripts"] = J::array({"/static/vendor/chart.umd.js", "/static/explorer.js"});
      }
    }
  }
  m["org"] = q.org;
  J items = J::array();
  for (const auto& i : c.app.explorer().items())
    items.push_back({{"code", i.code}, {"name", i.name}, {"indicator", i.indicator}, {"by_sex", i.by_sex},
                     {"checked", std::find(q.items.begin(), q.items.end(), i.code) != q.items.end()}});
  m["items"] = items;
  m["periods"] = period_choices(q.periods);
  m["depths"] = choices({"1", "2", "3"}, std::to_string(q.depth), c, "explorer_depth_");
  m["charts"] = choices({"bar", "stacked", "line", "sex"}, q.chart, c, "explorer_chart_");
  m["structures"] = choices({"period", "current"}, q.structure, c, "explorer_structure_");
  m["by_sex"] = q.by_sex;
  if (auto views = c.app.saved_views().list(actor)) {
    m["views"] = J::array();
    for (const auto& v : *views)
      m["views"].push_back({{"id", v.id}, {"name", v.name}, {"href", "/explorer?" + v.query}, {"pinned", v.pinned}});
    m["has_views"] = !views->empty();
  }
  m["saved"] = c.req.query_value("saved") == "1";
  return pages::render(c, "explorer", m);
}

Response export_file(Ctx& c, bool xlsx) {
  auto q = query_of(c);
  if (!q) return pages::error_page(c.views, c.locale, q.error(), &c);
  auto t = c.app.explorer().run(c.auth->actor, *q);
  if (!t) return pages::error_page(c.views, c.locale, t.error(), &c);
  const auto table = export_table(c, *t);
  Response r;
  if (xlsx) {
    auto bytes = documents::table_xlsx(table, "Khám phá số liệu");
    if (!bytes) return pages::error_page(c.views, c.locale, bytes.error(), &c);
    r.content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    r.body = std::move(*bytes);
  } else {
    r.content_type = "text/csv; charset=utf-8";
    r.body = documents::table_csv(table);
  }
  r.header("Content-Disposition", "attachment; filename=\"" + file_stem(*t) + (xlsx ? ".xlsx\"" : ".csv\""));
  return r;
}

Response export_xlsx(Ctx& c) { return export_file(c, true); }
Response export_csv(Ctx& c) { return export_file(c, false); }

Response save_view(Ctx& c) {
  const auto f = pages::form(c);
  auto q = app::ExplorerQuery::parse(parse_form(form_value(f, "query")));
  if (!q) return pages::error_page(c.views, c.locale, q.error(), &c);
  // Only what the user may see now can be saved.
  if (auto t = c.app.explorer().run(c.auth->actor, *q); !t) return pages::error_page(c.views, c.locale, t.error(), &c);
  auto v = c.app.saved_views().save(c.auth->actor, form_value(f, "name"), *q, !form_value(f, "pinned").empty());
  if (!v) return pages::error_page(c.views, c.locale, v.error(), &c);
  return Response::redirect("/explorer?" + v->query + "&saved=1");
}

Response view_action(Ctx& c) {
  auto id = parse_id(c.req.param("id"));
  if (!id) return pages::error_page(c.views, c.locale, Error::NotFound("Không tìm thấy góc nhìn đã lưu này."), &c);
  const std::string action = c.req.param("action");
  Status st = action == "pin"     ? c.app.saved_views().set_pinned(c.auth->actor, *id, true)
              : action == "unpin" ? c.app.saved_views().set_pinned(c.auth->actor, *id, false)
              : action == "delete"
                  ? c.app.saved_views().remove(c.auth->actor, *id)
                  : Status(Error::NotFound("Không có thao tác \"" + action + "\" với góc nhìn."));
  if (!st) return pages::error_page(c.views, c.locale, st.error(), &c);
  return Response::redirect("/explorer");
}

}  // namespace

void add_explorer_pages(Router& r) {
  r.add({"GET", "/explorer", Access::kUser, Kind::kPage,
         "Khám phá số liệu: chỉ số theo đơn vị, kỳ và giới tính, có cộng nhóm, biểu đồ và góc nhìn đã lưu", "", page});
  r.add({"GET", "/explorer/export.xlsx", Access::kUser, Kind::kPage, "Bảng khám phá số liệu dưới dạng .xlsx", "",
         export_xlsx});
  r.add({"GET", "/explorer/export.csv", Access::kUser, Kind::kPage,
         "Bảng khám phá số liệu dưới dạng CSV (UTF-8, dấu chấm phẩy) cho Excel tiếng Việt", "", export_csv});
  r.add({"POST", "/explorer/views", Access::kUser, Kind::kPage, "Lưu góc nhìn khám phá số liệu", "", save_view});
  r.add({"POST", "/explorer/views/{id}/{action}", Access::kUser, Kind::kPage,
         "Ghim, bỏ ghim hoặc xoá một góc nhìn đã lưu", "", view_action});
}

}  // namespace bd::http

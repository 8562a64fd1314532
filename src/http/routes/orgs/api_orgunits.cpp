// /api/v1/orgunits: thin handlers over app::Orgs.
#include "app/app.h"
#include "http/json_input.h"
#include "http/routes.h"
#include "http/routes/api_common.h"

namespace bd::http {
namespace {

using api::actor;
using api::json;

Response list(Ctx& c) {
  app::OrgQuery q{c.req.query_value("q"), c.req.query_value("include_closed") == "true", c.req.query_value("root")};
  auto r = c.app.orgs().list(actor(c), q);
  if (!r) return json_error(r.error());
  nlohmann::json out = nlohmann::json::array();
  for (const auto& o : *r) out.push_back(app::to_json(o));
  return json(200, {{"orgunits", out}});
}

Response get(Ctx& c) {
  auto r = c.app.orgs().get(actor(c), c.req.param("code"));
  if (!r) return json_error(r.error());
  nlohmann::json out = app::to_json(r->info);
  out["ancestors"] = nlohmann::json::array();
  for (const auto& a : r->ancestors) out["ancestors"].push_back({{"code", a.unit.code}, {"name", a.unit.name}});
  out["subunits"] = nlohmann::json::array();
  for (const auto& k : r->children) out["subunits"].push_back(app::to_json(k));
  return json(200, out);
}

Response create(Ctx& c) {
  auto b = JsonBody::parse(c.req.body, {"code", "name", "short_name", "type", "parent", "governor", "opened"});
  if (!b) return json_error(b.error());
  app::OrgInput in{b->str_or("code"), b->str_or("name"),     b->str_or("short_name"), b->str_or("type"),
                   b->str_or("parent"), b->str_or("governor"), b->str_or("opened")};
  if (Status s = b->status(); !s) return json_error(s.error());
  auto r = c.app.orgs().create(actor(c), in);
  if (!r) return json_error(r.error());
  return json(201, app::to_json(*r));
}

Response patch(Ctx& c) {
  auto b = JsonBody::parse(c.req.body,
                           {"code", "name", "short_name", "type", "parent", "governor", "opened", "effective"});
  if (!b) return json_error(b.error());
  if (auto code = b->str("code"); code && *code != c.req.param("code"))
    return json_error(Error::BadRequest("Không thể đổi mã đơn vị.", "code"));
  app::OrgPatch p;
  p.name = b->str("name");
  p.short_name = b->str("short_name");
  p.type = b->str("type");
  p.parent = b->str("parent");
  p.governor = b->has("governor") ? std::optional<std::string>(b->str_or("governor")) : std::nullopt;
  p.opened = b->str("opened");
  p.effective = b->str("effective");
  if (Status s = b->status(); !s) return json_error(s.error());
  auto r = c.app.orgs().update(actor(c), c.req.param("code"), p);
  if (!r) return json_error(r.error());
  return json(200, app::to_json(*r));
}

Response close(Ctx& c) {
  std::string date;
  if (!c.req.body.empty()) {
    auto b = JsonBody::parse(c.req.body, {"closed"});
    if (!b) return json_error(b.error());
    date = b->str_or("closed");
    if (Status s = b->status(); !s) return json_error(s.error());
  }
  auto r = c.app.orgs().close(actor(c), c.req.param("code"), date);
  if (!r) return json_error(r.error());
  return json(200, app::to_json(*r));
}

nlohmann::json ref(const OrgUnit& u) { return {{"code", u.code}, {"name", u.name}}; }

Response restructure(Ctx& c) {
  auto b = JsonBody::parse(c.req.body, {"units", "parent", "governor", "effective", "close_emptied", "dry_run"});
  if (!b) return json_error(b.error());
  app::ReformInput in;
  in.units = b->str_list("units").value_or(std::vector<std::string>{});
  in.parent = b->str_or("parent");
  in.governor = b->str("governor");
  in.effective = b->str_or("effective");
  in.close_emptied = b->boolean("close_emptied").value_or(false);
  const bool dry_run = b->boolean("dry_run").value_or(false);
  if (Status s = b->status(); !s) return json_error(s.error());
  auto r = dry_run ? c.app.orgs().preview_reform(actor(c), in) : c.app.orgs().apply_reform(actor(c), in);
  if (!r) return json_error(r.error());
  nlohmann::json out{{"applied", r->applied},
                     {"parent", ref(r->parent)},
                     {"governor", r->governor ? ref(*r->governor) : nlohmann::json(nullptr)},
                     {"effective", r->effective},
                     {"moves", nlohmann::json::array()},
                     {"leaving", nlohmann::json::array()},
                     {"emptied", nlohmann::json::array()},
                     {"closes_emptied", r->closes_emptied},
                     {"pending_period", r->pending_period},
                     {"pending", nlohmann::json::array()},
                     {"summary", app::reform_summary(*r)}};
  for (const auto& m : r->moves) {
    nlohmann::json j = ref(m.unit);
    if (m.from) j["from"] = m.from->code;
    out["moves"].push_back(j);
  }
  for (const auto& [u, n] : r->leaving) out["leaving"].push_back({{"code", u.code}, {"name", u.name}, {"units", n}});
  for (const auto& u : r->emptied) out["emptied"].push_back(ref(u));
  for (const auto& u : r->pending) out["pending"].push_back(ref(u));
  return json(r->applied ? 201 : 200, out);
}

Response undo_restructure(Ctx& c) {
  auto b = JsonBody::parse(c.req.body, {"parent"});
  if (!b) return json_error(b.error());
  const std::string parent = b->str_or("parent");
  if (Status s = b->status(); !s) return json_error(s.error());
  auto r = c.app.orgs().undo_reform(actor(c), parent);
  if (!r) return json_error(r.error());
  return json(200, {{"parent", r->parent},
                    {"effective", r->effective},
                    {"moved_back", r->moved_back},
                    {"reopened", r->reopened}});
}

}  // namespace

void add_api_orgunit_routes(Router& r) {
  r.add({"GET", "/api/v1/orgunits", Access::kUser, Kind::kApi,
         "Đơn vị trong phạm vi của người dùng (q: tìm không dấu; include_closed; root)", "", list})
      .param("q", R"({"type":"string"})", false, "Tìm theo tên hoặc mã, không dấu")
      .param("include_closed", kFlagParam, false, "true: cả đơn vị đã đóng")
      .param("root", R"({"type":"string"})", false, "Mã đơn vị gốc của danh sách")
      .answer(200, "OrgUnitList")
      .fails({404});
  r.add({"POST", "/api/v1/orgunits", Access::kUser, Kind::kApi, "Thêm đơn vị", "OrgUnitInput", create})
      .answer(201, "OrgUnit")
      .fails({404, 409});
  r.add({"GET", "/api/v1/orgunits/{code}", Access::kUser, Kind::kApi, "Một đơn vị, cấp trên và đơn vị trực thuộc", "",
         get})
      .answer(200, "OrgUnitDetail");
  r.add({"PATCH", "/api/v1/orgunits/{code}", Access::kUser, Kind::kApi,
         "Sửa đơn vị; đổi parent để chuyển cả cây con", "OrgUnitPatch", patch})
      .answer(200, "OrgUnit")
      .fails({409});
  r.add({"POST", "/api/v1/restructurings", Access::kUser, Kind::kApi,
         "Chuyển nhiều đơn vị cùng lúc sang đơn vị cấp trên mới từ một ngày hiệu lực (sắp xếp lại bộ máy); "
         "dry_run để xem trước",
         "Restructuring", restructure})
      .answer(200, "RestructuringPlan")
      .answer(201, "RestructuringPlan")
      .fails({403, 409});
  r.add({"POST", "/api/v1/restructurings/undo", Access::kUser, Kind::kApi,
         "Hoàn tác lần sắp xếp lại gần nhất vào một đơn vị (trong 7 ngày, khi chưa đơn vị nào chuyển tiếp)",
         "RestructuringUndo", undo_restructure})
      .answer(200, "RestructuringUndone")
      .fails({403, 404, 409});
  r.add({"DELETE", "/api/v1/orgunits/{code}", Access::kUser, Kind::kApi,
         "Đóng đơn vị (lịch sử được giữ); body tùy chọn {\"closed\":\"YYYY-MM-DD\"}", "", close})
      .body("OrgUnitClose")
      .answer(200, "OrgUnit")
      .fails({409});
}

}  // namespace bd::http

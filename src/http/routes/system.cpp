// /healthz, /metrics, /api/v1/openapi.json, /static/..., /favicon.ico, /lang/{code}.
#include <filesystem>
#include <fstream>
#include <sstream>

#include "app/app.h"
#include "http/dispatch.h"
#include "http/routes.h"
#include "http/routes/api_common.h"

namespace bd::http {
namespace {
namespace fs = std::filesystem;

std::string content_type_for(const std::string& path) {
  static const std::pair<const char*, const char*> kTypes[] = {
      {".css", "text/css; charset=utf-8"}, {".js", "text/javascript; charset=utf-8"},
      {".svg", "image/svg+xml"},           {".png", "image/png"},
      {".ico", "image/x-icon"},            {".woff2", "font/woff2"},
      {".json", "application/json"},       {".map", "application/json"}};
  for (const auto& [ext, type] : kTypes)
    if (path.ends_with(ext)) return type;
  return "application/octet-stream";
}

Response static_file(Ctx& c) {
  const std::string rel = c.req.param("path");
  // Only plain names: no "..", no hidden files, no backslashes.
  for (size_t i = 0, start = 0; i <= rel.size(); ++i) {
    if (i == rel.size() || rel[i] == '/') {
      const std::string seg = rel.substr(start, i - start);
      if (seg.empty() || seg.front() == '.') return json_error(Error::NotFound("Không tìm thấy tệp."));
      start = i + 1;
    }
  }
  if (rel.find('\\') != std::string::npos || rel.find('\0') != std::string::npos)
    return json_error(Error::NotFound("Không tìm thấy tệp."));
  const fs::path p = fs::path(c.views.web_dir()) / "static" / rel;
  std::ifstream in(p, std::ios::binary);
  std::error_code ec;
  if (!in || !fs::is_regular_file(p, ec)) return json_error(Error::NotFound("Không tìm thấy tệp."));
  std::ostringstream s;
  s << in.rdbuf();
  Response r;
  r.content_type = content_type_for(rel);
  r.body = s.str();
  r.header("Cache-Control", "public, max-age=3600");
  r.header("X-Content-Type-Options", "nosniff");
  return r;
}

Response healthz(Ctx& c) {
  if (!c.app.store().ping())
    return Response::json(503, R"({"status":"unavailable","database":false})");
  return Response::json(200, R"({"status":"ok","database":true})");
}

Response set_lang(Ctx& c) {
  const std::string lang = c.req.param("code") == "en" ? "en" : "vi";
  std::string back = c.req.query_value("next");
  if (back.empty() || back.front() != '/' || back.starts_with("//")) back = "/";
  Response r = Response::redirect(back);
  r.header("Set-Cookie", std::string(kLangCookie) + "=" + lang + "; Path=/; Max-Age=31536000; SameSite=Lax");
  return r;
}

}  // namespace

void add_system_routes(Router& r, Metrics& metrics) {
  r.add({"GET", "/healthz", Access::kPublic, Kind::kSystem, "200 khi máy chủ truy cập được cơ sở dữ liệu", "",
         healthz})
      .answer(200, "Health")
      .answer(503, "Health", "application/json", "Không truy cập được cơ sở dữ liệu");
  r.add({"GET", "/metrics", Access::kPublic, Kind::kSystem, "Số liệu vận hành (Prometheus)", "",
         [&metrics](Ctx&) {
           Response resp;
           resp.content_type = "text/plain; version=0.0.4; charset=utf-8";
           resp.body = metrics.prometheus_text();
           return resp;
         }})
      .answer(200, "Text", "text/plain");
  r.add({"GET", "/static/{path*}", Access::kPublic, Kind::kSystem, "Tệp tĩnh (CSS, JS)", "", static_file})
      .answer(200, "Binary",
              "text/css, text/javascript, image/svg+xml, image/png, image/x-icon, font/woff2, application/json, "
              "application/octet-stream")
      .fails({404});
  // Browsers and crawlers ask for /favicon.ico whatever the page names.
  r.add({"GET", "/favicon.ico", Access::kPublic, Kind::kSystem, "Biểu tượng trang (chuyển tới /static/favicon.svg)", "",
         [](Ctx&) {
           Response resp = Response::redirect("/static/favicon.svg");
           resp.status = 301;
           resp.header("Cache-Control", "public, max-age=86400");
           return resp;
         }})
      .answer(301, "", "", "Chuyển tới /static/favicon.svg");
  r.add({"GET", "/lang/{code}", Access::kPublic, Kind::kSystem, "Đổi ngôn ngữ giao diện (vi, en)", "", set_lang})
      .path_param("code", R"({"type":"string","example":"en","description":"en: English; any other: tiếng Việt"})")
      .param("next", R"({"type":"string"})", false, "Đường dẫn trở về trong trang (mặc định /)")
      .answer(303, "", "", "Đặt cookie ngôn ngữ và chuyển về next");
}

}  // namespace bd::http

#include "support/http_client.h"

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>

#include <algorithm>
#include <cstdlib>
#include <stdexcept>

#include "http/request.h"

namespace bd::test {

std::string HttpResult::header(const std::string& name) const {
  auto it = headers.find(name);
  return it == headers.end() ? std::string() : it->second;
}

HttpResult HttpClient::request(const std::string& method, const std::string& path, const std::string& body,
                               const std::string& content_type, std::map<std::string, std::string> headers) {
  Poco::Net::HTTPClientSession session("127.0.0.1", static_cast<Poco::UInt16>(port_));
  Poco::Net::HTTPRequest req(method, path, Poco::Net::HTTPMessage::HTTP_1_1);
  std::string cookie;
  for (const auto& [k, v] : cookies_) cookie += (cookie.empty() ? "" : "; ") + k + "=" + v;
  if (!cookie.empty()) req.set("Cookie", cookie);
  if (!bearer_.empty()) req.set("Authorization", "Bearer " + bearer_);
  if (!content_type.empty()) req.setContentType(content_type);
  for (const auto& [k, v] : headers) req.set(k, v);
  req.setContentLength64(static_cast<Poco::Int64>(body.size()));
  session.sendRequest(req) << body;
  Poco::Net::HTTPResponse resp;
  std::istream& in = session.receiveResponse(resp);
  HttpResult out;
  out.status = static_cast<int>(resp.getStatus());
  out.reason = resp.getReason();
  Poco::StreamCopier::copyToString(in, out.body);
  for (const auto& [k, v] : resp) {
    std::string lower = k;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    out.headers.emplace(lower, v);
    if (lower == "set-cookie") {
      const auto eq = v.find('='), semi = v.find(';');
      const std::string name = v.substr(0, eq), value = v.substr(eq + 1, semi - eq - 1);
      if (v.find("Max-Age=0") != std::string::npos) cookies_.erase(name);
      else cookies_[name] = value;
    }
  }
  return out;
}

HttpResult HttpClient::json(const std::string& method, const std::string& path, const nlohmann::json& body) {
  std::map<std::string, std::string> h;
  if (!csrf_.empty()) h["X-CSRF-Token"] = csrf_;
  return request(method, path, body.is_null() ? "" : body.dump(), "application/json", h);
}

HttpResult HttpClient::form(const std::string& path, const std::map<std::string, std::string>& fields) {
  std::string body = "_csrf=" + http::url_encode(csrf_);
  for (const auto& [k, v] : fields) body += "&" + http::url_encode(k) + "=" + http::url_encode(v);
  return request("POST", path, body, "application/x-www-form-urlencoded");
}

bool HttpClient::login(const std::string& username, const std::string& password) {
  auto r = request("POST", "/api/v1/login", nlohmann::json{{"username", username}, {"password", password}}.dump(),
                   "application/json");
  if (r.status != 200) return false;
  csrf_ = r.json()["csrf_token"];
  return true;
}

LiveServer start_server(bool demo, const std::string& engine, const http::ServerOptions& options,
                        const app::Clock* clock) {
  LiveServer s;
  s.t = make_app(engine, demo, clock);
  const char* web = std::getenv("BINHDANG_WEB_DIR");
  auto server = http::Server::create(*s.t.app, web ? web : "build/web", "127.0.0.1:0", options);
  if (!server) throw std::runtime_error(server.error().message);
  s.server = std::move(*server);
  s.server->start();
  return s;
}

}  // namespace bd::test

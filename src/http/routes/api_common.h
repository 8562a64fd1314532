// Small helpers shared by the API route files.
#pragma once

#include <charconv>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "app/accounts/auth.h"
#include "core/ids.h"
#include "http/errors.h"
#include "http/router.h"

namespace bd::http::api {

// REQUIRES: the route's access is kUser (the pipeline guarantees ctx.auth).
inline const app::Actor& actor(const Ctx& ctx) { return ctx.auth->actor; }

inline Response json(int status, const nlohmann::json& body) { return Response::json(status, body.dump()); }

inline Response no_content() {
  Response r;
  r.status = 204;
  r.content_type = "application/json; charset=utf-8";
  return r;
}

// A positive integer id from the path, or nullopt (core/ids.h).
using ::bd::parse_id;

inline bool is_json(const Request& req) { return req.header("content-type").starts_with("application/json"); }

inline Error need_json() {
  return Error::BadRequest("Nội dung phải là JSON (Content-Type: application/json).");
}

}  // namespace bd::http::api

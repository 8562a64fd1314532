// Small helpers shared by the API route files.
#pragma once

#include <charconv>
#include <cmath>
#include <map>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "app/accounts/auth.h"
#include "app/analytics/analytics.h"
#include "core/catalog.h"
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

// A stored figure in its element's JSON type: a count (and a sum of yes/no
// answers, `sum`) is an integer, a yes/no answer true/false, any other
// number as it is. Stored figures are doubles, and 7.0 must not reach
// clients as 7.0.
inline nlohmann::json figure_json(ValueType type, double v, bool sum = false) {
  if (type == ValueType::kBoolean && !sum) return v != 0;
  if ((type == ValueType::kCount || type == ValueType::kBoolean) && std::fabs(v) < 9.0e15 && v == std::floor(v))
    return static_cast<int64_t>(v);
  return v;
}
inline nlohmann::json figure_json(ValueType type, const std::optional<double>& v, bool sum = false) {
  return v ? figure_json(type, *v, sum) : nlohmann::json(nullptr);
}

// An indicator's value as computed, in the JSON type of its unit: a whole
// value of an indicator counted in units of people or things (`count`) is an
// integer, as element counts are; rates and ratios are numbers as they are.
inline nlohmann::json indicator_json(const std::optional<double>& v, const std::string& unit) {
  if (!v) return nullptr;
  if (unit == "count" && std::fabs(*v) < 9.0e15 && *v == std::floor(*v)) return static_cast<int64_t>(*v);
  return *v;
}

// A target's standing (GET /api/v1/targets/status, the agenda's headline
// targets): the figures in the indicator's JSON type.
inline nlohmann::json target_state_json(const app::TargetState& s) {
  const std::string& unit = s.indicator.unit;
  return {{"target", s.target.code},
          {"name", s.target.name_vi},
          {"indicator", s.indicator.code},
          {"comparator", s.target.comparator},
          {"target_value", s.target.value},
          {"value", indicator_json(s.value, unit)},
          {"status", s.status},
          {"trajectory", s.trajectory},
          {"projected", indicator_json(s.projected, unit)},
          {"deadline_year", s.deadline_year},
          {"gap", indicator_json(s.gap, unit)}};
}

// Element code → its value type, for figure_json.
template <class Elements>
std::map<std::string, ValueType> value_types(const Elements& elements) {
  std::map<std::string, ValueType> out;
  for (const auto& e : elements) out[e.code] = e.value_type;
  return out;
}
inline ValueType type_of(const std::map<std::string, ValueType>& types, const std::string& code) {
  auto it = types.find(code);
  return it == types.end() ? ValueType::kNumber : it->second;
}

inline bool is_json(const Request& req) { return req.header("content-type").starts_with("application/json"); }

inline Error need_json() {
  return Error::BadRequest("Nội dung phải là JSON (Content-Type: application/json).");
}

}  // namespace bd::http::api

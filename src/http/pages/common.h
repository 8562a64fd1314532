// What every page shares: the base view-model (user, CSRF token, navigation),
// rendering with the layout, and error pages.
#pragma once

#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "core/result.h"
#include "http/router.h"
#include "http/views.h"

namespace bd::http::pages {

// The model every page starts from: `user`, `csrf`, `nav_<active>`, `title`.
nlohmann::json base_model(const Ctx& ctx, const std::string& active, const std::string& title);
Response render(const Ctx& ctx, const std::string& tpl, const nlohmann::json& model, int status = 200);
// A full error page (or a fragment for htmx) with the right status.
Response error_page(const Views& views, const std::string& locale, const Error& e, const Ctx* ctx);
// Adds an error to a form model: `error.message`, `error_<field>` flags.
void add_form_error(nlohmann::json& model, const Error& e);
// Form fields of a urlencoded body.
std::multimap<std::string, std::string> form(const Ctx& ctx);
// A locale string with each "{name}" replaced by its value.
std::string fill(std::string text, const std::map<std::string, std::string>& values);

}  // namespace bd::http::pages

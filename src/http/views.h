// Server-rendered pages: mustache templates + view-models (nlohmann::json),
// with the strings of the chosen locale under `t`. Templates hold no logic.
// Thread-safe after load().
#pragma once

#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "core/result.h"

namespace bd::http {

class Views {
 public:
  // Loads every templates/*.mustache and i18n/*.json below `web_dir`.
  Status load(const std::string& web_dir);
  const std::string& web_dir() const { return web_dir_; }

  // Renders `name` inside layout.mustache (unless `bare`), with `model`
  // plus `t` (strings of `locale`) and `locale`.
  std::string render(const std::string& name, nlohmann::json model, const std::string& locale,
                     bool bare = false) const;
  // A string of a locale ("" when missing: tests catch missing keys).
  std::string text(const std::string& locale, const std::string& key) const;
  bool has_template(const std::string& name) const { return templates_.count(name) > 0; }
  const nlohmann::json& strings(const std::string& locale) const;

 private:
  std::string web_dir_;
  std::map<std::string, std::string> templates_;
  std::map<std::string, nlohmann::json> strings_;
};

}  // namespace bd::http

// Server-rendered pages: mustache templates + view-models (nlohmann::json),
// with the strings of the chosen locale under `t`. Templates hold no logic.
// Thread-safe after load().
#pragma once

#include <map>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "core/result.h"

namespace kainjow::mustache {
template <typename StringType>
class basic_data;
}

namespace bd::http {

class Views {
 public:
  Views();
  ~Views();
  Views(const Views&) = delete;
  Views& operator=(const Views&) = delete;

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
  // Per locale, converted once at load: its strings under `t` and every
  // partial. A render looks names up in the page's model first, then here,
  // instead of copying 500 strings into every model.
  std::map<std::string, std::unique_ptr<kainjow::mustache::basic_data<std::string>>> shared_;
};

}  // namespace bd::http

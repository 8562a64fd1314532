#include "http/views.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include <kainjow/mustache.hpp>

namespace bd::http {
namespace fs = std::filesystem;
namespace mst = kainjow::mustache;

namespace {

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

mst::data to_data(const nlohmann::json& j) {
  switch (j.type()) {
    case nlohmann::json::value_t::object: {
      mst::data d{mst::data::type::object};
      for (const auto& [k, v] : j.items()) d.set(k, to_data(v));
      return d;
    }
    case nlohmann::json::value_t::array: {
      mst::data d{mst::data::type::list};
      for (const auto& v : j) d.push_back(to_data(v));
      return d;
    }
    case nlohmann::json::value_t::string:
      // An empty string is false in sections ({{#governor}}…{{/governor}}) and
      // renders as nothing, as people expect of an empty field.
      if (j.get_ref<const std::string&>().empty()) return mst::data{mst::data::type::bool_false};
      return mst::data{j.get<std::string>()};
    case nlohmann::json::value_t::boolean: return j.get<bool>() ? mst::data{mst::data::type::bool_true}
                                                                : mst::data{mst::data::type::bool_false};
    case nlohmann::json::value_t::null: return mst::data{mst::data::type::bool_false};
    default: return mst::data{j.dump()};
  }
}

}  // namespace

Views::Views() = default;
Views::~Views() = default;

Status Views::load(const std::string& web_dir) {
  web_dir_ = web_dir;
  const fs::path tdir = fs::path(web_dir) / "templates", idir = fs::path(web_dir) / "i18n";
  std::error_code ec;
  if (!fs::is_directory(tdir, ec)) return Error::Internal("Không tìm thấy thư mục giao diện: " + tdir.string());
  for (const auto& e : fs::directory_iterator(tdir))
    if (e.path().extension() == ".mustache") templates_[e.path().stem().string()] = read_file(e.path());
  for (const auto& e : fs::directory_iterator(idir, ec))
    if (e.path().extension() == ".json") {
      try {
        strings_[e.path().stem().string()] = nlohmann::json::parse(read_file(e.path()));
      } catch (const std::exception& ex) {
        return Error::Internal("Tệp ngôn ngữ hỏng: " + e.path().string() + ": " + ex.what());
      }
    }
  if (!templates_.count("layout")) return Error::Internal("Thiếu templates/layout.mustache.");
  if (!strings_.count("vi")) return Error::Internal("Thiếu i18n/vi.json.");
  for (const auto& [locale, strings] : strings_) {
    auto shared = std::make_unique<mst::data>(mst::data::type::object);
    shared->set("t", to_data(strings));
    // Partials: templates whose name starts with "_" ({{> _name}}).
    for (const auto& [pname, ptext] : templates_) {
      if (!pname.starts_with("_")) continue;
      const std::string& body = ptext;  // a node of templates_: stays put
      shared->set(pname, mst::partial([&body]() { return body; }));
    }
    shared_[locale] = std::move(shared);
  }
  return Status::Ok();
}

const nlohmann::json& Views::strings(const std::string& locale) const {
  auto it = strings_.find(locale);
  return it == strings_.end() ? strings_.at("vi") : it->second;
}

std::string Views::text(const std::string& locale, const std::string& key) const {
  const auto& s = strings(locale);
  return s.contains(key) ? s[key].get<std::string>() : std::string();
}

std::string Views::render(const std::string& name, nlohmann::json model, const std::string& locale, bool bare) const {
  auto it = templates_.find(name);
  if (it == templates_.end()) return "template missing: " + name;
  model["locale"] = locale;
  model["is_" + locale] = true;
  mst::data data = to_data(model);
  auto shared = shared_.find(locale);
  if (shared == shared_.end()) shared = shared_.find("vi");
  mst::context<std::string> ctx;
  ctx.push(shared->second.get());  // searched last
  ctx.push(&data);
  mst::mustache page(it->second);
  std::string content = page.render(ctx);
  if (bare) return content;
  data.set("content", content);
  mst::mustache layout(templates_.at("layout"));
  return layout.render(ctx);
}

}  // namespace bd::http

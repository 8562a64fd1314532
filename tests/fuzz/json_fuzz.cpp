// parse_json_object (every JSON request body of the API) and JsonBody's typed
// reads on any bytes. A parsed body is an object that prints to JSON parsing
// back to an equal value; reading any field as any type gives a value or a
// 400 naming the field, never an exception.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "http/json_input.h"

namespace {
void require(bool ok) {
  if (!ok) std::abort();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string body(reinterpret_cast<const char*>(data), size);
  auto j = bd::http::parse_json_object(body);
  if (!j) {
    require(j.error().code == bd::ErrorCode::kBadRequest);
    return 0;
  }
  require(j->is_object());
  const std::string printed = j->dump();
  auto back = bd::http::parse_json_object(printed);
  require(back.ok() && *back == *j);

  // Every field, read as every type, through JsonBody allowing that field.
  for (const auto& [key, value] : j->items()) {
    const char* k = key.c_str();
    auto one = bd::http::JsonBody::of(nlohmann::json{{key, value}}, {k});
    if (key.find('\0') != std::string::npos) continue;  // no C-string key names it
    require(one.ok());
    auto b = *one;
    b.str(k);
    b.str_or(k);
    b.boolean(k);
    b.str_list(k);
    b.integer(k);
    b.number(k);
    if (auto list = b.objects(k))
      for (const auto& item : *list) require(item.is_object());
    b.status();
  }
  // An unknown field is refused by name.
  if (!j->empty()) require(!bd::http::JsonBody::of(*j, {}).ok());
  return 0;
}

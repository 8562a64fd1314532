#include "app/analytics/value_loader.h"

#include <utility>

namespace bd::app {

ValueLoader::ValueLoader(analytics::Engine& engine, const std::vector<DataElement>& elements, size_t buffer)
    : engine_(engine), buffer_(std::max<size_t>(buffer, 1)) {
  for (const DataElement& d : elements) {
    Element e;
    e.id = d.id;
    if (!d.category.empty()) {
      const Category* c = find_category(d.category);
      if (!c) continue;  // as engine_option(): every option unknown
      for (const auto& o : c->options) e.options.push_back(o.code);
    }
    e.group_of.resize(std::max<size_t>(e.options.size(), 1));
    elements_.emplace(d.id, std::move(e));
  }
}

ValueLoader::Element* ValueLoader::element(int64_t id) {
  if (last_element_ && last_element_->id == id) return last_element_;
  auto it = elements_.find(id);
  if (it == elements_.end()) return nullptr;
  return last_element_ = &it->second;
}

int ValueLoader::period_index(std::string_view code) {
  if (last_period_ >= 0 && code == last_period_code_) return last_period_;
  std::string key(code);
  auto it = period_codes_.find(key);
  if (it == period_codes_.end()) {
    int index = -1;
    if (auto p = parse_period(key)) {
      index = static_cast<int>(periods_.size());
      periods_.push_back(*p);
    }
    it = period_codes_.emplace(key, index).first;
  }
  if (it->second >= 0) {
    last_period_code_ = key;
    last_period_ = it->second;
  }
  return it->second;
}

int ValueLoader::option_of(const Element& e, std::string_view option) const {
  if (e.options.empty()) return 0;
  for (size_t i = 0; i < e.options.size(); ++i)
    if (e.options[i] == option) return static_cast<int>(i);
  return -1;
}

int ValueLoader::group(Element& e, int option, int period) {
  auto& row = e.group_of[static_cast<size_t>(option)];
  if (row.size() <= static_cast<size_t>(period)) row.resize(periods_.size(), -1);
  int& g = row[static_cast<size_t>(period)];
  if (g < 0) {
    g = static_cast<int>(groups_.size());
    groups_.push_back({e.id, option, periods_[static_cast<size_t>(period)], {}});
  }
  return g;
}

void ValueLoader::add(int64_t element_id, std::string_view option, int64_t org_id, std::string_view period,
                      double number) {
  ++rows_;
  Element* e = element(element_id);
  const int o = e ? option_of(*e, option) : -1;
  const int p = o >= 0 ? period_index(period) : -1;
  if (p < 0) {
    ++skipped_;
    return;
  }
  groups_[static_cast<size_t>(group(*e, o, p))].values.push_back({org_id, number});
  if (++buffered_ >= buffer_) hand_off();
}

ValueLoader::~ValueLoader() {
  if (writer_.joinable()) writer_.join();
}

void ValueLoader::wait() {
  if (writer_.joinable()) writer_.join();
  if (failed_) std::rethrow_exception(std::exchange(failed_, nullptr));
}

void ValueLoader::hand_off() {
  wait();
  for (size_t g = writing_.size(); g < groups_.size(); ++g)
    writing_.push_back({groups_[g].element, groups_[g].option, groups_[g].period, {}});
  for (size_t g = 0; g < groups_.size(); ++g) std::swap(writing_[g].values, groups_[g].values);
  buffered_ = 0;
  writer_ = std::thread([this] {
    try {
      for (Group& g : writing_) {
        if (g.values.empty()) continue;
        engine_.put_many(g.element, g.option, g.period, g.values);
        g.values.clear();
      }
    } catch (...) {
      failed_ = std::current_exception();
    }
  });
}

void ValueLoader::flush() {
  hand_off();
  wait();
}

}  // namespace bd::app

// Loads stored values into the engine in bulk: rows in any order are grouped
// per series (element × option × period) and each group is written with one
// Engine::put_many, instead of one put() per row. Periods are parsed once per
// distinct code and option codes looked up once per element.
//
// The engine ends in the state a put() of every row in turn would leave
// (each stored key is unique, and the engine's roll-ups do not depend on the
// order of writes): rows of unknown elements, unknown options of a
// disaggregated element, or unreadable periods are skipped, as are unknown
// units (by the engine).
//
// A full buffer is written by a second thread while the caller goes on adding
// rows (the storage scan keeps streaming meanwhile): at most one buffer is
// being written at a time, and flush() returns when everything is written.
//
// Thread-safety: one caller per loader. The engine is thread-safe, and
// readers see each group written whole.
#pragma once

#include <cstdint>
#include <exception>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_map>
#include <vector>

#include "analytics/engine.h"
#include "core/catalog.h"
#include "core/period.h"

namespace bd::app {

class ValueLoader {
 public:
  // Values buffered before they are written (about 24 bytes each).
  static constexpr size_t kDefaultBuffer = size_t{1} << 21;

  ValueLoader(analytics::Engine& engine, const std::vector<DataElement>& elements,
              size_t buffer = kDefaultBuffer);
  ~ValueLoader();  // waits for a write under way; what is still buffered is dropped
  ValueLoader(const ValueLoader&) = delete;
  ValueLoader& operator=(const ValueLoader&) = delete;

  // One stored number of an element's option for a unit and period.
  void add(int64_t element_id, std::string_view option, int64_t org_id, std::string_view period, double number);
  // Writes what is buffered and waits until every row given is in the engine.
  // Call once after the last add(); rethrows what a background write threw.
  void flush();

  size_t rows() const { return rows_; }        // rows given
  size_t skipped() const { return skipped_; }  // rows of unknown elements, options or periods

 private:
  struct Element {
    int64_t id = 0;
    std::vector<std::string> options;  // the category's codes; empty: any option is 0
    std::vector<std::vector<int>> group_of;  // [option][period index] → group, -1 when none yet
  };
  struct Group {
    int64_t element = 0;
    int option = 0;
    Period period;
    std::vector<analytics::Engine::UnitValue> values;
  };
  Element* element(int64_t id);
  int period_index(std::string_view code);  // -1 when unreadable
  int option_of(const Element& e, std::string_view option) const;  // -1 when unknown
  int group(Element& e, int option, int period);
  void hand_off();  // the buffer to the writer thread, once the previous one is written
  void wait();      // for the writer thread; rethrows what it threw

  analytics::Engine& engine_;
  size_t buffer_;
  std::unordered_map<int64_t, Element> elements_;
  Element* last_element_ = nullptr;
  std::unordered_map<std::string, int> period_codes_;  // code → index in periods_, -1 unreadable
  std::vector<Period> periods_;
  std::string last_period_code_;
  int last_period_ = -1;
  std::vector<Group> groups_;
  // The buffer being written, read by the writer thread only: writing_[g] is
  // group g, its values swapped with groups_[g].values at each hand-off so
  // both keep their capacity (groups_ itself may grow meanwhile).
  std::vector<Group> writing_;
  std::thread writer_;
  std::exception_ptr failed_;
  size_t buffered_ = 0, rows_ = 0, skipped_ = 0;
};

}  // namespace bd::app

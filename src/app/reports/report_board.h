// Where every unit's report stands, kept in memory for the completeness of
// large subtrees: without it, the ministry's page reads all 57,000 units and
// the period's 53,000 reports from storage on every request.
//
// Two parts, each read from storage when first asked for:
// - every unit of the tree, sorted by path, so that a subtree is one run of
//   it (`subtree`); read again after the tree changed;
// - for each of the few periods asked about last, the state of every
//   report, kept current one report at a time: after a committed change the
//   board reads that report again, so the order in which two writers tell it
//   does not matter.
// Other nodes' changes come as notices: "tree", "r:ORG_ID:PERIOD", "reports".
//
// Thread-safety: all methods may be called from any thread.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/org.h"
#include "core/report.h"
#include "core/result.h"
#include "storage/store.h"

namespace bd::app {

// The states of one period's reports by unit id: a direct table while the
// ids are compact (database ids usually are; 57,000 lookups in a hash map
// cost the ministry's page 12 ms), a hash map for the others.
class StateTable {
 public:
  const ReportState* find(int64_t org_id) const;
  void put(const ReportState& s);
  void erase(int64_t org_id);
  size_t size() const { return size_; }

 private:
  std::vector<ReportState> dense_;  // [id]; org_id 0 where there is none
  std::unordered_map<int64_t, ReportState> sparse_;
  size_t size_ = 0;
};

class ReportBoard {
 public:
  using Units = std::vector<OrgUnit>;                       // sorted by path, byte order
  using States = StateTable;
  static constexpr size_t kPeriodsKept = 8;

  explicit ReportBoard(storage::Store& store) : store_(store) {}

  // Every unit (closed ones too), sorted by path.
  Result<std::shared_ptr<const Units>> units();
  // Calls `fn` with the states of the reports of `period` (a period code),
  // under a shared lock: `fn` must not call back into the board.
  Status with_states(const std::string& period, const std::function<void(const States&)>& fn);

  // After a committed change of the tree (a unit created, moved, closed).
  void tree_changed();
  // After a committed change of one report: reads it again.
  void report_changed(int64_t org_id, const std::string& period);
  // After reports were loaded in bulk: every period is read again.
  void reports_changed();
  // Another node's change notice; payloads about other things are ignored.
  void on_notice(const std::string& payload);

  // The notice that tells other nodes a report changed.
  static std::string report_notice(int64_t org_id, const std::string& period);

 private:
  struct Period {
    States states;
    std::atomic<uint64_t> used{0};  // when last asked for (a counter)
  };
  Status load(const std::string& period);

  storage::Store& store_;
  std::atomic<uint64_t> tree_generation_{0};
  std::mutex units_mu_;  // guards the two below
  std::shared_ptr<const Units> units_;
  uint64_t units_generation_ = 0;
  // Loads and refreshes take `change_mu_` first, so that a refresh waits for
  // a load that started before it and never lands in a stale snapshot.
  std::mutex change_mu_;
  std::shared_mutex mu_;  // guards the two below
  std::map<std::string, Period> periods_;
  std::atomic<uint64_t> clock_{0};
};

// The run of `units` (sorted by path) that lies within the unit at `path`:
// the unit itself first, then its subtree.
std::span<const OrgUnit> subtree(const ReportBoard::Units& units, std::string_view path);

}  // namespace bd::app

#include "app/reports/report_board.h"

#include <algorithm>
#include <charconv>

namespace bd::app {
namespace {

// The states of every report of `period`, read from storage.
Status read_states(storage::Store& store, const std::string& period, ReportBoard::States& out) {
  return store.read([&](storage::Tx& tx) -> Status {
    for (const auto& root : tx.org_roots())
      for (const auto& r : tx.report_states_within(root.path, period)) out.put(r);
    return Status::Ok();
  });
}

}  // namespace

const ReportState* StateTable::find(int64_t org_id) const {
  if (org_id > 0 && static_cast<uint64_t>(org_id) < dense_.size()) {
    const ReportState& s = dense_[static_cast<size_t>(org_id)];
    if (s.org_id == org_id) return &s;
  }
  if (sparse_.empty()) return nullptr;
  auto it = sparse_.find(org_id);
  return it == sparse_.end() ? nullptr : &it->second;
}

void StateTable::put(const ReportState& s) {
  erase(s.org_id);
  ++size_;
  // Direct while the table stays within a few times the states it holds.
  const uint64_t limit = std::max<uint64_t>(uint64_t{1} << 16, 4 * static_cast<uint64_t>(size_));
  if (s.org_id > 0 && static_cast<uint64_t>(s.org_id) < limit) {
    const auto at = static_cast<size_t>(s.org_id);
    if (at >= dense_.size()) dense_.resize(std::max(at + 1, dense_.size() * 2));
    dense_[at] = s;
  } else {
    sparse_[s.org_id] = s;
  }
}

void StateTable::erase(int64_t org_id) {
  if (org_id > 0 && static_cast<uint64_t>(org_id) < dense_.size() && dense_[static_cast<size_t>(org_id)].org_id == org_id) {
    dense_[static_cast<size_t>(org_id)] = ReportState{};
    --size_;
  } else if (sparse_.erase(org_id)) {
    --size_;
  }
}

Result<std::shared_ptr<const ReportBoard::Units>> ReportBoard::units() {
  const uint64_t generation = tree_generation_.load();
  {
    std::lock_guard lock(units_mu_);
    if (units_ && units_generation_ == generation) return units_;
  }
  auto fresh = std::make_shared<Units>();
  Status st = store_.read([&](storage::Tx& tx) -> Status {
    for (const auto& root : tx.org_roots()) {
      auto below = tx.orgs_within(root.path);
      fresh->insert(fresh->end(), std::make_move_iterator(below.begin()), std::make_move_iterator(below.end()));
    }
    return Status::Ok();
  });
  if (!st) return st.error();
  std::sort(fresh->begin(), fresh->end(), [](const OrgUnit& a, const OrgUnit& b) { return a.path < b.path; });
  // Kept only when the tree did not change while it was read; a change
  // committed after it was read bumps the generation, so it is read again.
  std::lock_guard lock(units_mu_);
  if (tree_generation_.load() == generation) {
    units_ = fresh;
    units_generation_ = generation;
  }
  return std::shared_ptr<const Units>(std::move(fresh));
}

Status ReportBoard::load(const std::string& period) {
  States states;
  if (Status s = read_states(store_, period, states); !s) return s;
  std::unique_lock lock(mu_);
  while (periods_.size() >= kPeriodsKept) {
    auto oldest = std::min_element(periods_.begin(), periods_.end(),
                                   [](const auto& a, const auto& b) { return a.second.used < b.second.used; });
    periods_.erase(oldest);
  }
  auto& slot = periods_[period];
  slot.states = std::move(states);
  slot.used = ++clock_;
  return Status::Ok();
}

Status ReportBoard::with_states(const std::string& period, const std::function<void(const States&)>& fn) {
  for (int attempt = 0; attempt < 3; ++attempt) {
    {
      std::shared_lock lock(mu_);
      if (auto it = periods_.find(period); it != periods_.end()) {
        it->second.used = ++clock_;
        fn(it->second.states);
        return Status::Ok();
      }
    }
    std::lock_guard change(change_mu_);
    bool loaded = false;
    {
      std::shared_lock lock(mu_);
      loaded = periods_.count(period) > 0;  // another request loaded it meanwhile
    }
    if (!loaded)
      if (Status s = load(period); !s) return s;
  }
  // Pushed out again and again by other periods: answer without keeping it.
  States states;
  if (Status s = read_states(store_, period, states); !s) return s;
  fn(states);
  return Status::Ok();
}

void ReportBoard::tree_changed() { ++tree_generation_; }

void ReportBoard::report_changed(int64_t org_id, const std::string& period) {
  std::lock_guard change(change_mu_);
  {
    std::shared_lock lock(mu_);
    if (!periods_.count(period)) return;  // read whole when next asked for
  }
  std::optional<ReportState> state;
  Status st = store_.read([&](storage::Tx& tx) -> Status {
    if (auto r = tx.report_of(org_id, period)) state = state_of(*r);
    return Status::Ok();
  });
  std::unique_lock lock(mu_);
  auto it = periods_.find(period);
  if (it == periods_.end()) return;
  if (!st)
    periods_.erase(it);  // not known now: the whole period is read again when next asked for
  else if (state)
    it->second.states.put(*state);
  else
    it->second.states.erase(org_id);
}

void ReportBoard::reports_changed() {
  std::lock_guard change(change_mu_);
  std::unique_lock lock(mu_);
  periods_.clear();
}

void ReportBoard::on_notice(const std::string& payload) {
  if (payload == "tree") {
    tree_changed();
  } else if (payload == "reports") {
    reports_changed();
  } else if (payload.starts_with("r:")) {
    const size_t colon = payload.find(':', 2);
    if (colon == std::string::npos || colon + 1 == payload.size()) return;
    int64_t id = 0;
    auto [end, ec] = std::from_chars(payload.data() + 2, payload.data() + colon, id);
    if (ec != std::errc() || end != payload.data() + colon) return;
    report_changed(id, payload.substr(colon + 1));
  }
}

std::string ReportBoard::report_notice(int64_t org_id, const std::string& period) {
  return "r:" + std::to_string(org_id) + ":" + period;
}

std::span<const OrgUnit> subtree(const ReportBoard::Units& units, std::string_view path) {
  auto first = std::lower_bound(units.begin(), units.end(), path,
                                [](const OrgUnit& u, std::string_view p) { return u.path < p; });
  auto last = std::partition_point(first, units.end(),
                                   [&](const OrgUnit& u) { return std::string_view(u.path).starts_with(path); });
  return {first, last};
}

}  // namespace bd::app

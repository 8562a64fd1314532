// A user's saved views of the explorer: a name and the explorer's query,
// optionally pinned to the dashboard. Each user sees and changes only her own
// views; every write is audited. A view is checked when saved (a valid query)
// and again whenever it is opened (the units it names may have moved out of
// the user's scope since): it never shows more than the user may see.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "app/context.h"
#include "app/explorer/explorer.h"
#include "core/result.h"
#include "storage/repos/views.h"
#include "storage/store.h"

namespace bd::app {

inline constexpr size_t kMaxSavedViews = 50;

class SavedViews {
 public:
  SavedViews(storage::Store& store, const Clock& clock) : store_(store), clock_(clock) {}

  Result<std::vector<storage::SavedView>> list(const Actor& a);
  // The pinned ones only, for the dashboard.
  Result<std::vector<storage::SavedView>> pinned(const Actor& a);
  Result<storage::SavedView> save(const Actor& a, std::string name, const ExplorerQuery& q, bool pinned);
  Status set_pinned(const Actor& a, int64_t id, bool pinned);
  Status remove(const Actor& a, int64_t id);

 private:
  storage::Store& store_;
  const Clock& clock_;
};

}  // namespace bd::app

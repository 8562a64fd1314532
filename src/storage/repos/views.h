// Saved views of the explorer: a user's named queries, some pinned to the
// dashboard. One of the repository interfaces that a transaction
// (storage/tx.h) offers; implemented for both engines in
// storage/soci_tx_views.cpp.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace bd::storage {

struct SavedView {
  int64_t id = 0;
  int64_t user_id = 0;
  std::string name;
  std::string query;  // the explorer's query string
  bool pinned = false;
  int64_t created_at = 0;
};

class ViewRepo {
 public:
  virtual ~ViewRepo() = default;

  virtual std::vector<SavedView> views_of(int64_t user_id) = 0;  // by name
  virtual std::optional<SavedView> view(int64_t id) = 0;
  virtual void insert_view(SavedView& v) = 0;  // sets v.id
  virtual void update_view(const SavedView& v) = 0;
  virtual void delete_view(int64_t id) = 0;
};

}  // namespace bd::storage

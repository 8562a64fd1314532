// Saved views of the explorer.
#include "storage/row.h"
#include "storage/soci_tx.h"

namespace bd::storage {
namespace {

constexpr const char* kColumns = "SELECT id, user_id, name, query, pinned, created_at FROM saved_views ";

SavedView view_from_row(const soci::row& row) {
  SavedView v;
  v.id = get_int(row, 0);
  v.user_id = get_int(row, 1);
  v.name = get_str(row, 2);
  v.query = get_str(row, 3);
  v.pinned = get_int(row, 4) != 0;
  v.created_at = get_int(row, 5);
  return v;
}

}  // namespace

std::vector<SavedView> SociTx::views_of(int64_t user_id) {
  long long u = user_id;
  return query_all(sql_, std::string(kColumns) + "WHERE user_id = :u ORDER BY name, id", view_from_row, soci::use(u));
}

std::optional<SavedView> SociTx::view(int64_t id) {
  long long i = id;
  auto v = query_all(sql_, std::string(kColumns) + "WHERE id = :i", view_from_row, soci::use(i));
  if (v.empty()) return std::nullopt;
  return v.front();
}

void SociTx::insert_view(SavedView& v) {
  long long user = v.user_id, at = v.created_at, id = 0;
  int pinned = v.pinned ? 1 : 0;
  sql_ << "INSERT INTO saved_views (user_id, name, query, pinned, created_at) VALUES (:u, :n, :q, :p, :a)"
          " RETURNING id",
      soci::use(user), soci::use(v.name), soci::use(v.query), soci::use(pinned), soci::use(at), soci::into(id);
  v.id = id;
}

void SociTx::update_view(const SavedView& v) {
  long long id = v.id;
  int pinned = v.pinned ? 1 : 0;
  sql_ << "UPDATE saved_views SET name = :n, query = :q, pinned = :p WHERE id = :id", soci::use(v.name),
      soci::use(v.query), soci::use(pinned), soci::use(id);
}

void SociTx::delete_view(int64_t id) {
  long long i = id;
  sql_ << "DELETE FROM saved_views WHERE id = :i", soci::use(i);
}

}  // namespace bd::storage

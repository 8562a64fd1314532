// Data values and locks.
#include <algorithm>
#include <functional>
#include <tuple>

#include "storage/engine.h"
#include "storage/row.h"
#include "storage/soci_tx.h"

namespace bd::storage {
namespace {

constexpr const char* kValueColumns =
    "SELECT element_id, option_code, org_id, period, value, text_value, updated_at, updated_by FROM data_values ";

StoredValue value_from_row(const soci::row& r) {
  StoredValue v;
  v.element_id = get_int(r, 0);
  v.option = get_str(r, 1);
  v.org_id = get_int(r, 2);
  v.period = get_str(r, 3);
  v.number = get_double(r, 4);
  v.text = get_str(r, 5);
  v.updated_at = get_int(r, 6);
  v.updated_by = get_str(r, 7);
  return v;
}

// A value's primary key (schema version 14), and the order of it: rows
// written in it fill the table's B-tree page by page.
auto key_of(const StoredValue* v) { return std::tie(v->org_id, v->period, v->element_id, v->option); }
bool in_key_order(const StoredValue* a, const StoredValue* b) { return key_of(a) < key_of(b); }

// Runs `query` (which ends "org_id IN (") once per slice of `org_ids`, the
// ids written into the statement (they are numbers), `period` bound.
void for_slices_of(soci::session& sql, const std::string& query, const std::vector<int64_t>& org_ids,
                   std::string_view period, const std::string& order,
                   const std::function<void(const soci::row&)>& fn) {
  constexpr size_t kIdsPerStatement = 500;
  std::string p(period);
  for (size_t from = 0; from < org_ids.size(); from += kIdsPerStatement) {
    std::string text = query;
    const size_t to = std::min(org_ids.size(), from + kIdsPerStatement);
    for (size_t i = from; i < to; ++i) text += (i > from ? "," : "") + std::to_string(org_ids[i]);
    soci::rowset<soci::row> rs = (sql.prepare << text + ")" + order, soci::use(p));
    for (const auto& r : rs) fn(r);
  }
}

}  // namespace

std::vector<StoredValue> SociTx::values_of_units(const std::vector<int64_t>& org_ids, std::string_view period) {
  std::vector<int64_t> ids(org_ids);
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  std::vector<StoredValue> out;
  for_slices_of(sql_, std::string(kValueColumns) + "WHERE period = :p AND org_id IN (", ids, period,
                " ORDER BY org_id, element_id, option_code", [&](const soci::row& r) { out.push_back(value_from_row(r)); });
  return out;
}

std::vector<StoredValue> SociTx::values_of(int64_t org_id, std::string_view period) {
  long long org = org_id;
  std::string p(period);
  std::vector<StoredValue> out;
  soci::rowset<soci::row> rs =
      (sql_.prepare << std::string(kValueColumns) + "WHERE org_id = :o AND period = :p ORDER BY element_id, option_code",
       soci::use(org), soci::use(p));
  for (const auto& r : rs) out.push_back(value_from_row(r));
  return out;
}

std::vector<StoredValue> SociTx::values_of_unit(int64_t org_id) {
  long long org = org_id;
  std::vector<StoredValue> out;
  soci::rowset<soci::row> rs =
      (sql_.prepare << std::string(kValueColumns) + "WHERE org_id = :o ORDER BY period, element_id, option_code",
       soci::use(org));
  for (const auto& r : rs) out.push_back(value_from_row(r));
  return out;
}

std::optional<StoredValue> SociTx::value_at(int64_t element_id, std::string_view option, int64_t org_id,
                                            std::string_view period) {
  long long el = element_id, org = org_id;
  std::string opt(option), p(period);
  soci::rowset<soci::row> rs =
      (sql_.prepare << std::string(kValueColumns) +
                           "WHERE element_id = :e AND option_code = :o AND org_id = :g AND period = :p",
       soci::use(el), soci::use(opt), soci::use(org), soci::use(p));
  for (const auto& r : rs) return value_from_row(r);
  return std::nullopt;
}

void SociTx::put_value(const StoredValue& v) {
  long long el = v.element_id, org = v.org_id, at = v.updated_at;
  double number = v.number.value_or(0);
  soci::indicator ind = v.number ? soci::i_ok : soci::i_null;
  sql_ << "INSERT INTO data_values (element_id, option_code, org_id, period, value, text_value, updated_at, updated_by)"
          " VALUES (:e, :o, :g, :p, :v, :t, :a, :b) ON CONFLICT (element_id, option_code, org_id, period)"
          " DO UPDATE SET value = excluded.value, text_value = excluded.text_value,"
          " updated_at = excluded.updated_at, updated_by = excluded.updated_by",
      soci::use(el), soci::use(v.option), soci::use(org), soci::use(v.period), soci::use(number, ind),
      soci::use(v.text), soci::use(at), soci::use(v.updated_by);
}

void SociTx::put_values(const std::vector<StoredValue>& values) {
  // One row per key, the last one given (a statement may not touch a row
  // twice), in the primary key's order: the index is then written page after
  // page instead of at random, which is what keeps a million-value import
  // fast once the table outgrows the page cache.
  std::vector<const StoredValue*> rows;
  rows.reserve(values.size());
  for (const auto& v : values) rows.push_back(&v);
  std::stable_sort(rows.begin(), rows.end(), in_key_order);
  // Of equal keys, the last given is kept.
  size_t kept = 0;
  for (size_t i = 0; i < rows.size(); ++i) {
    if (i + 1 < rows.size() && key_of(rows[i]) == key_of(rows[i + 1])) continue;
    rows[kept++] = rows[i];
  }
  rows.resize(kept);
  if (engine_ == Engine::kSqlite) return sqlite_put_values(sql_, rows);
  if (rows.size() >= kCopyRows) return postgres_put_values(sql_, rows);
  write_rows(rows);
}

namespace {

// New values held until finish, then written in key order by `write`.
class HeldNewValues final : public NewValues {
 public:
  explicit HeldNewValues(std::function<void(const std::vector<const StoredValue*>&)> write)
      : write_(std::move(write)) {}
  void add(const StoredValue& v) override { rows_.push_back(&v); }
  void finish() override {
    if (rows_.empty()) return;
    if (!std::is_sorted(rows_.begin(), rows_.end(), in_key_order))
      std::sort(rows_.begin(), rows_.end(), in_key_order);
    write_(rows_);
    rows_.clear();
  }

 private:
  std::function<void(const std::vector<const StoredValue*>&)> write_;
  std::vector<const StoredValue*> rows_;
};

}  // namespace

std::unique_ptr<NewValues> SociTx::new_values(size_t expected) {
  if (engine_ == Engine::kSqlite)  // writers are queued: no clash
    return std::make_unique<HeldNewValues>([this](const auto& rows) { sqlite_put_values(sql_, rows); });
  if (expected >= kCopyRows) return postgres_new_values(sql_, expected);
  return std::make_unique<HeldNewValues>([this](const auto& rows) { write_rows(rows); });
}

void SociTx::insert_values(const std::vector<const StoredValue*>& rows) {
  if (rows.empty()) return;
  std::vector<const StoredValue*> sorted(rows);
  std::sort(sorted.begin(), sorted.end(), in_key_order);
  auto out = new_values(sorted.size());
  for (const StoredValue* v : sorted) out->add(*v);
  out->finish();
}

void SociTx::write_rows(const std::vector<const StoredValue*>& rows) {
  std::vector<long long> el(rows.size()), org(rows.size()), at(rows.size());
  std::vector<double> number(rows.size());
  std::vector<soci::indicator> ind(rows.size());
  for (size_t i = 0; i < rows.size(); ++i) {
    el[i] = rows[i]->element_id;
    org[i] = rows[i]->org_id;
    at[i] = rows[i]->updated_at;
    number[i] = rows[i]->number.value_or(0);
    ind[i] = rows[i]->number ? soci::i_ok : soci::i_null;
  }
  insert_rows(sql_, "INSERT INTO data_values (element_id, option_code, org_id, period, value, text_value, updated_at, updated_by)",
              " ON CONFLICT (element_id, option_code, org_id, period)"
              " DO UPDATE SET value = excluded.value, text_value = excluded.text_value,"
              " updated_at = excluded.updated_at, updated_by = excluded.updated_by",
              rows.size(), 8, [&](soci::statement& st, size_t i) {
                st.exchange(soci::use(el[i]));
                st.exchange(soci::use(rows[i]->option));
                st.exchange(soci::use(org[i]));
                st.exchange(soci::use(rows[i]->period));
                st.exchange(soci::use(number[i], ind[i]));
                st.exchange(soci::use(rows[i]->text));
                st.exchange(soci::use(at[i]));
                st.exchange(soci::use(rows[i]->updated_by));
              });
}

void SociTx::delete_value(int64_t element_id, std::string_view option, int64_t org_id, std::string_view period) {
  long long el = element_id, org = org_id;
  std::string opt(option), p(period);
  sql_ << "DELETE FROM data_values WHERE element_id = :e AND option_code = :o AND org_id = :g AND period = :p",
      soci::use(el), soci::use(opt), soci::use(org), soci::use(p);
}

void SociTx::for_each_value(const std::function<void(const StoredValue&)>& fn) {
  soci::rowset<soci::row> rs = (sql_.prepare << std::string(kValueColumns));
  for (const auto& r : rs) fn(value_from_row(r));
}

void SociTx::scan_values(const std::function<void(const ValueRow&)>& fn) {
  if (engine_ == Engine::kPostgres)
    postgres_scan_values(sql_, fn);
  else
    sqlite_scan_values(sql_, fn);
}

int64_t SociTx::append_values(const ValueBatches& next) {
  return engine_ == Engine::kPostgres ? postgres_append_values(sql_, next) : sqlite_append_values(sql_, next);
}

bool SociTx::is_locked(int64_t org_id, std::string_view period) {
  long long org = org_id, n = 0;
  std::string p(period);
  sql_ << "SELECT COUNT(*) FROM data_locks WHERE org_id = :o AND period = :p", soci::use(org), soci::use(p),
      soci::into(n);
  return n > 0;
}

std::vector<int64_t> SociTx::locked_among(const std::vector<int64_t>& org_ids, std::string_view period) {
  std::vector<int64_t> ids(org_ids);
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  std::vector<int64_t> out;
  for_slices_of(sql_, "SELECT org_id FROM data_locks WHERE period = :p AND org_id IN (", ids, period, " ORDER BY org_id",
                [&](const soci::row& r) { out.push_back(get_int(r, 0)); });
  return out;
}

void SociTx::set_locked(int64_t org_id, std::string_view period, bool locked) {
  long long org = org_id;
  std::string p(period);
  if (locked)
    sql_ << "INSERT INTO data_locks (org_id, period) VALUES (:o, :p) ON CONFLICT (org_id, period) DO NOTHING",
        soci::use(org), soci::use(p);
  else
    sql_ << "DELETE FROM data_locks WHERE org_id = :o AND period = :p", soci::use(org), soci::use(p);
}

void SociTx::add_locks(const std::vector<std::pair<int64_t, std::string>>& locks) {
  std::vector<long long> org(locks.size());
  for (size_t i = 0; i < locks.size(); ++i) org[i] = locks[i].first;
  insert_rows(sql_, "INSERT INTO data_locks (org_id, period)", " ON CONFLICT (org_id, period) DO NOTHING", locks.size(), 2,
              [&](soci::statement& st, size_t i) {
                st.exchange(soci::use(org[i]));
                st.exchange(soci::use(locks[i].second));
              });
}

}  // namespace bd::storage

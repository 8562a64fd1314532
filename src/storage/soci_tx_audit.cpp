#include <algorithm>

#include "storage/row.h"
#include "storage/engine.h"
#include "storage/soci_tx.h"

namespace bd::storage {

void SociTx::add_audit(const AuditEntry& e) {
  long long at = e.at;
  NullableInt user(e.user_id);
  sql_ << "INSERT INTO audit_log (at, user_id, actor, action, entity, entity_key, before_json, after_json)"
          " VALUES (:at, :u, :actor, :action, :entity, :key, :b, :a)",
      soci::use(at), soci::use(user.value, user.ind), soci::use(e.actor), soci::use(e.action), soci::use(e.entity),
      soci::use(e.entity_key), soci::use(e.before_json), soci::use(e.after_json);
}

void SociTx::add_audits(const std::vector<AuditEntry>& entries) {
  if (engine_ == Engine::kSqlite) return sqlite_add_audits(sql_, entries);
  if (entries.size() >= kCopyRows) return postgres_add_audits(sql_, entries);
  std::vector<long long> at(entries.size());
  std::vector<NullableInt> user;
  user.reserve(entries.size());
  for (size_t i = 0; i < entries.size(); ++i) {
    at[i] = entries[i].at;
    user.emplace_back(entries[i].user_id);
  }
  insert_rows(sql_, "INSERT INTO audit_log (at, user_id, actor, action, entity, entity_key, before_json, after_json)", "",
              entries.size(), 8, [&](soci::statement& st, size_t i) {
                const AuditEntry& e = entries[i];
                st.exchange(soci::use(at[i]));
                st.exchange(soci::use(user[i].value, user[i].ind));
                st.exchange(soci::use(e.actor));
                st.exchange(soci::use(e.action));
                st.exchange(soci::use(e.entity));
                st.exchange(soci::use(e.entity_key));
                st.exchange(soci::use(e.before_json));
                st.exchange(soci::use(e.after_json));
              });
}

std::vector<AuditEntry> SociTx::audit_for(std::string_view entity, std::string_view key) {
  std::string en(entity), k(key);
  std::vector<AuditEntry> out;
  soci::rowset<soci::row> rs =
      (sql_.prepare << "SELECT id, at, user_id, actor, action, entity, entity_key, before_json, after_json"
                       " FROM audit_log WHERE entity = :e AND entity_key = :k ORDER BY id",
       soci::use(en), soci::use(k));
  for (const auto& r : rs)
    out.push_back(AuditEntry{get_int(r, 0), get_int(r, 1), get_opt_int(r, 2), get_str(r, 3), get_str(r, 4),
                             get_str(r, 5), get_str(r, 6), get_str(r, 7), get_str(r, 8)});
  return out;
}

void SociTx::notify(std::string_view payload) {
  if (engine_ != Engine::kPostgres) return;
  std::string p = tag_notice(node_, payload);
  int one = 0;
  sql_ << "SELECT 1 FROM (SELECT pg_notify('binhdang_changes', :p)) n", soci::use(p), soci::into(one);
}

void SociTx::notify_all(const std::vector<std::string>& payloads) {
  if (engine_ != Engine::kPostgres || payloads.empty()) return;
  constexpr size_t kPerStatement = 500;
  for (size_t from = 0; from < payloads.size(); from += kPerStatement) {
    const size_t to = std::min(payloads.size(), from + kPerStatement);
    std::string text = "SELECT COUNT(pg_notify('binhdang_changes', p)) FROM (VALUES ";
    for (size_t i = from; i < to; ++i) text += (i > from ? ", (:p" : "(:p") + std::to_string(i - from) + "::text)";
    long long sent = 0;
    soci::statement st(sql_);
    st.alloc();
    st.prepare(text + ") AS n(p)", soci::details::st_one_time_query);
    std::vector<std::string> tagged;
    tagged.reserve(to - from);
    for (size_t i = from; i < to; ++i) tagged.push_back(tag_notice(node_, payloads[i]));
    for (const auto& p : tagged) st.exchange(soci::use(p));
    st.exchange(soci::into(sent));
    st.define_and_bind();
    st.execute(true);
  }
}

int64_t SociTx::count_audit() {
  long long n = 0;
  sql_ << "SELECT COUNT(*) FROM audit_log", soci::into(n);
  return n;
}

}  // namespace bd::storage

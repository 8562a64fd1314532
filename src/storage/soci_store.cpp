// Store over a pool of SOCI sessions; the engine-specific parts come from
// sqlite/ and postgres/ (engine.h).
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <thread>

#include "storage/engine.h"
#include "storage/soci_tx.h"

namespace bd::storage {
namespace {

// Test-only (docs/operations.md): crash tests set these to hold every write
// transaction open just before its COMMIT, or to wait just after it, so that
// a SIGKILL can be aimed at either side of the commit. Read once per Store.
struct CommitDelays {
  std::chrono::milliseconds before{0}, after{0};
};

std::chrono::milliseconds env_ms(const char* name) {
  const char* v = std::getenv(name);
  if (!v || !*v) return std::chrono::milliseconds(0);
  char* end = nullptr;
  const long ms = std::strtol(v, &end, 10);
  return std::chrono::milliseconds(end && *end == '\0' && ms > 0 && ms <= 60000 ? ms : 0);
}

CommitDelays commit_delays_from_env() {
  return {env_ms("BINHDANG_TEST_DELAY_BEFORE_COMMIT_MS"), env_ms("BINHDANG_TEST_DELAY_AFTER_COMMIT_MS")};
}

int64_t unix_now() {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

class SociStore final : public Store {
 public:
  SociStore(EngineSetup setup, std::unique_ptr<soci::connection_pool> pool, std::string url)
      : setup_(std::move(setup)), pool_(std::move(pool)), url_(std::move(url)) {}

  Engine engine() const override { return setup_.engine; }

  Status migrate_to(int up_to) override {
    try {
      soci::session sql(*pool_);
      // One transaction: several nodes may start at once; on PostgreSQL one
      // takes the advisory lock and migrates, the others wait and find it done.
      sql << setup_.begin_write;
      try {
        if (setup_.engine == Engine::kPostgres) sql << "SELECT pg_advisory_xact_lock(4242)";
        sql << "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY,"
               " applied_at BIGINT NOT NULL, description TEXT NOT NULL)";
        for (const Migration& m : migrations()) {
          if (m.version > up_to) break;
          int done = 0;
          int version = m.version;
          sql << "SELECT COUNT(*) FROM schema_migrations WHERE version = :v", soci::use(version), soci::into(done);
          if (done != 0) continue;
          for (const std::string& st : m.statements) {
            std::string rendered = render_sql(st, setup_.dialect);
            if (!rendered.empty()) sql << rendered;
          }
          long long now = unix_now();
          std::string desc = m.description;
          sql << "INSERT INTO schema_migrations (version, applied_at, description) VALUES (:v, :a, :d)",
              soci::use(version), soci::use(now), soci::use(desc);
        }
        sql << "COMMIT";
      } catch (...) {
        sql << "ROLLBACK";
        throw;
      }
      return Status::Ok();
    } catch (const std::exception& e) {
      return Error::Internal(std::string("Không nâng cấp được lược đồ cơ sở dữ liệu: ") + e.what());
    }
  }

  int schema_version() override {
    try {
      soci::session sql(*pool_);
      int v = 0;
      soci::indicator ind = soci::i_ok;
      sql << "SELECT MAX(version) FROM schema_migrations", soci::into(v, ind);
      return ind == soci::i_null ? 0 : v;
    } catch (const std::exception&) {
      return 0;
    }
  }

  bool ping() override {
    try {
      soci::session sql(*pool_);
      int one = 0;
      sql << "SELECT 1", soci::into(one);
      return one == 1;
    } catch (const std::exception&) {
      return false;
    }
  }

  Status backup_to(const std::string& path) override {
    if (setup_.engine == Engine::kPostgres)
      return Error::BadRequest(
          "Với PostgreSQL, hãy sao lưu bằng pg_dump, ví dụ: pg_dump -Fc -f binhdang.dump \"postgresql://...\"; "
          "khôi phục bằng pg_restore.");
    try {
      soci::session sql(*pool_);
      std::string target = path;
      sql << "VACUUM INTO :p", soci::use(target);
      return Status::Ok();
    } catch (const std::exception& e) {
      return Error::Internal(std::string("Không sao lưu được: ") + e.what());
    }
  }

  std::unique_ptr<ChangeListener> listen(OnChanges on_changes) override {
    if (setup_.engine != Engine::kPostgres) return nullptr;
    return listen_postgres(url_, std::move(on_changes), node_);
  }

  Status read(const std::function<Status(Tx&)>& fn) override { return run(setup_.begin_read, fn, false); }
  Status write(const std::function<Status(Tx&)>& fn) override { return run(setup_.begin_write, fn, true); }
  uint64_t accounts_generation() const override { return accounts_generation_.load(std::memory_order_acquire); }

 private:
  Status run(const std::string& begin, const std::function<Status(Tx&)>& fn, bool writing) {
    try {
      soci::session sql(*pool_);
      sql << begin;
      try {
        SociTx tx(sql, setup_.engine, node_);
        Status st = fn(tx);
        const bool hold = writing && st.ok();
        if (hold && delays_.before.count()) std::this_thread::sleep_for(delays_.before);
        sql << (st.ok() ? "COMMIT" : "ROLLBACK");
        if (st.ok() && tx.changes_accounts()) accounts_generation_.fetch_add(1, std::memory_order_acq_rel);
        if (hold && delays_.after.count()) std::this_thread::sleep_for(delays_.after);
        return st;
      } catch (...) {
        try {
          sql << "ROLLBACK";
        } catch (...) {
        }
        throw;
      }
    } catch (const std::exception& e) {
      return Error::Internal(std::string("Lỗi cơ sở dữ liệu: ") + e.what());
    }
  }

  EngineSetup setup_;
  std::unique_ptr<soci::connection_pool> pool_;
  std::string url_;  // engine target (PostgreSQL URI) for the listener
  // Tags the notices this Store sends, so that its own listener skips them:
  // what a write changed is in this process's engine before it answers.
  const std::string node_ = new_node_name();
  CommitDelays delays_ = commit_delays_from_env();
  std::atomic<uint64_t> accounts_generation_{0};
};

}  // namespace

Result<std::unique_ptr<Store>> Store::open(std::string_view url, const StoreOptions& options) {
  auto parsed = parse_db_url(url);
  if (!parsed) return parsed.error();
  try {
    if (parsed->engine == Engine::kSqlite)
      return std::unique_ptr<Store>(
          std::make_unique<SociStore>(sqlite_setup(), open_sqlite_pool(parsed->target, options), parsed->target));
    return std::unique_ptr<Store>(
        std::make_unique<SociStore>(postgres_setup(), open_postgres_pool(parsed->target, options), parsed->target));
  } catch (const std::exception& e) {
    return Error::Internal(std::string("Không mở được cơ sở dữ liệu: ") + e.what());
  }
}

Status Store::migrate() { return migrate_to(latest_schema_version()); }

int latest_schema_version() { return migrations().empty() ? 0 : migrations().back().version; }

}  // namespace bd::storage

// The storage contract runs every test on each engine: SQLite always, and
// PostgreSQL when BINHDANG_TEST_PG is set (make test always sets it).
#pragma once

#include <gtest/gtest.h>

#include "support/temp_db.h"

namespace bd::test {

class EngineTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    dir_ = std::make_unique<TempDir>();
    if (GetParam() == "postgresql") {
      url_ = postgres_url();
      wipe_postgres(url_);
    } else {
      url_ = "sqlite:" + dir_->path() + "/contract.db";
    }
    auto s = storage::Store::open(url_);
    ASSERT_TRUE(s.ok()) << s.error().message;
    store_ = std::move(*s);
    ASSERT_TRUE(store_->migrate().ok());
  }

  // Runs fn in a write transaction and expects it to commit.
  void write(const std::function<void(storage::Tx&)>& fn) {
    Status st = store_->write([&](storage::Tx& tx) {
      fn(tx);
      return Status::Ok();
    });
    ASSERT_TRUE(st.ok()) << st.error().message;
  }
  void read(const std::function<void(storage::Tx&)>& fn) {
    Status st = store_->read([&](storage::Tx& tx) {
      fn(tx);
      return Status::Ok();
    });
    ASSERT_TRUE(st.ok()) << st.error().message;
  }

  OrgUnit add_org(const std::string& code, std::optional<int64_t> parent, OrgType type = OrgType::kOther) {
    OrgUnit u;
    u.code = code;
    u.name = "Đơn vị " + code;
    u.type = type;
    u.parent_id = parent;
    write([&](storage::Tx& tx) { tx.insert_org(u); });
    return u;
  }

  std::unique_ptr<TempDir> dir_;
  std::string url_;
  std::unique_ptr<storage::Store> store_;
};

inline std::string engine_name(const ::testing::TestParamInfo<std::string>& info) { return info.param; }

#define BD_ENGINES(Suite) \
  INSTANTIATE_TEST_SUITE_P(Engines, Suite, ::testing::ValuesIn(::bd::test::engines()), ::bd::test::engine_name)

}  // namespace bd::test

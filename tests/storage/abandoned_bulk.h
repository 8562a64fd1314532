// Shared by the engine tests of the bulk paths (sqlite/sqlite_values_test.cpp,
// postgres/postgres_values_test.cpp): a bulk load or scan abandoned half-way
// (its callback throws) rolls back and leaves the one connection of the pool
// usable, whatever state the engine's bulk protocol was in.
#pragma once

#include <gtest/gtest.h>

#include <stdexcept>

#include "storage/store.h"

namespace bd::test {

inline void check_abandoned_bulk_paths(const std::string& url) {
  storage::StoreOptions one;
  one.pool_size = 1;  // the next transaction gets the same connection
  auto s = storage::Store::open(url, one);
  ASSERT_TRUE(s.ok()) << s.error().message;
  storage::Store& store = **s;
  ASSERT_TRUE(store.migrate().ok());
  OrgUnit school;
  DataElement staff;
  ASSERT_TRUE(store.write([&](storage::Tx& tx) {
    school.code = "SCHOOL";
    school.name = "Trường Tiểu học Tân Mỹ";
    tx.insert_org(school);
    staff.code = "staff";
    staff.name_vi = "Cán bộ";
    staff.category = "sex";
    tx.upsert_data_element(staff);
    return Status::Ok();
  }).ok());
  auto value = [&](int i) {
    return StoredValue{staff.id, i % 2 ? "male" : "female", school.id, std::to_string(2000 + i / 2), double(i), "",
                       1, "bulk"};
  };

  // A load whose source fails after a first batch went out.
  int calls = 0;
  Status st = store.write([&](storage::Tx& tx) {
    tx.append_values([&](std::vector<StoredValue>& batch) -> bool {
      if (++calls == 2) throw std::runtime_error("the source broke");
      for (int i = 0; i < 3000; ++i) batch.push_back(value(i));
      return true;
    });
    return Status::Ok();
  });
  EXPECT_FALSE(st.ok());
  EXPECT_NE(st.error().message.find("the source broke"), std::string::npos) << st.error().message;

  // A load that goes through, then a scan abandoned in its first rows.
  ASSERT_TRUE(store.write([&](storage::Tx& tx) {
    int64_t n = tx.append_values([&](std::vector<StoredValue>& batch) {
      for (int i = 0; i < 5000; ++i) batch.push_back(value(i));
      return false;
    });
    EXPECT_EQ(n, 5000);
    return Status::Ok();
  }).ok());
  int seen = 0;
  st = store.read([&](storage::Tx& tx) {
    tx.scan_values([&](const storage::ValueRow&) {
      if (++seen == 10) throw std::runtime_error("the reader stopped");
    });
    return Status::Ok();
  });
  EXPECT_FALSE(st.ok());
  EXPECT_EQ(seen, 10);

  // The connection still works: every value of the second load, none of the first.
  double sum = 0;
  int rows = 0;
  ASSERT_TRUE(store.read([&](storage::Tx& tx) {
    tx.scan_values([&](const storage::ValueRow& r) {
      ++rows;
      sum += r.number;
    });
    return Status::Ok();
  }).ok());
  EXPECT_EQ(rows, 5000);
  EXPECT_DOUBLE_EQ(sum, 4999.0 * 5000 / 2);
}

}  // namespace bd::test

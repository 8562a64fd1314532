// App tests run on a fresh initialised database (SQLite by default; the
// parameterised suites also on PostgreSQL).
#pragma once

#include <gtest/gtest.h>

#include "support/temp_db.h"

namespace bd::test {

// Logs `username` in through the real use case and returns its Actor.
inline app::Actor actor_of(app::App& a, const std::string& username, const std::string& password) {
  auto r = a.auth().login(username, password, "127.0.0.1");
  EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message);
  auto s = a.auth().from_session(r->session_token);
  EXPECT_TRUE(s.ok());
  return s->actor;
}

// Adds a user with one role at `org` (password "password-123").
inline void add_user(app::App& a, const std::string& username, const std::string& org, const std::string& role) {
  auto r = a.users().create(app::Actor::System(), {username, "Người dùng " + username, org, "password-123", {role}});
  ASSERT_TRUE(r.ok()) << r.error().message;
}

// The id of a stored unit (0 when there is none).
inline int64_t id_of(TestApp& t, const std::string& code) {
  int64_t id = 0;
  (void)t.store->read([&](storage::Tx& tx) {
    if (auto u = tx.org_by_code(code)) id = u->id;
    return Status::Ok();
  });
  return id;
}

inline app::OrgInput unit(const std::string& code, const std::string& name, const std::string& parent,
                          const std::string& type = "school_primary") {
  return {code, name, "", type, parent, "", ""};
}

}  // namespace bd::test

// LISTEN on its own connection (pg_listener.cpp): notices of the channel
// binhdang_changes reach the callback in order, and only committed ones of
// that channel; a Store's listener skips the notices its own Store sent and
// gets the other nodes' without their tag; a failing callback does not stop
// the listener; it is listening when constructed, reconnects when its
// connection is killed and stops promptly. Needs BINHDANG_TEST_PG, except
// the tags and stopping when no server can be reached.
#include <gtest/gtest.h>
#include <libpq-fe.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>

#include "storage/engine.h"
#include "support/temp_db.h"

namespace bd::test {
namespace {

using namespace std::chrono_literals;

// What the callback received, and a way to wait for it.
class Inbox {
 public:
  void add(const std::vector<std::string>& payloads) {
    std::lock_guard lock(m_);
    got_.insert(got_.end(), payloads.begin(), payloads.end());
    ++batches_;
    cv_.notify_all();
  }
  size_t batches() {
    std::lock_guard lock(m_);
    return batches_;
  }
  // Waits until `payload` has arrived; false after `timeout`.
  bool wait_for(const std::string& payload, std::chrono::milliseconds timeout = 5000ms) {
    std::unique_lock lock(m_);
    return cv_.wait_for(lock, timeout, [&] { return std::find(got_.begin(), got_.end(), payload) != got_.end(); });
  }
  std::vector<std::string> all() {
    std::lock_guard lock(m_);
    return got_;
  }

 private:
  std::mutex m_;
  std::condition_variable cv_;
  std::vector<std::string> got_;
  size_t batches_ = 0;
};

// A plain libpq connection to the test database for sending notices.
class Sender {
 public:
  Sender() : c_(PQconnectdb(postgres_url().c_str())) {
    if (PQstatus(c_) != CONNECTION_OK) ADD_FAILURE() << PQerrorMessage(c_);
  }
  ~Sender() { PQfinish(c_); }
  void exec(const std::string& sql) {
    PGresult* r = PQexec(c_, sql.c_str());
    const auto s = PQresultStatus(r);
    EXPECT_TRUE(s == PGRES_COMMAND_OK || s == PGRES_TUPLES_OK) << sql << ": " << PQerrorMessage(c_);
    PQclear(r);
  }
  std::set<std::string> listening_backends() {
    std::set<std::string> out;
    PGresult* r = PQexec(c_,
                         "SELECT pid FROM pg_stat_activity WHERE query = 'LISTEN binhdang_changes'"
                         " AND pid <> pg_backend_pid()");
    for (int i = 0; PQresultStatus(r) == PGRES_TUPLES_OK && i < PQntuples(r); ++i) out.insert(PQgetvalue(r, i, 0));
    PQclear(r);
    return out;
  }

 private:
  PGconn* c_;
};

class PgListener : public ::testing::Test {
 protected:
  void SetUp() override {
    if (postgres_url().empty()) GTEST_SKIP() << "BINHDANG_TEST_PG not set (make test sets it)";
  }
};

TEST_F(PgListener, CommittedNoticesOfTheChannelArriveInOrder) {
  Inbox inbox;
  auto listener = storage::listen_postgres(postgres_url(), [&](const std::vector<std::string>& ps) { inbox.add(ps); });
  ASSERT_NE(listener, nullptr);
  Sender s;
  // Listening already: nothing sent after construction is missed.
  s.exec("NOTIFY binhdang_changes, 'tree'");
  s.exec("SELECT pg_notify('binhdang_changes', 'catalog:Tân Mỹ')");
  s.exec("NOTIFY other_channel, 'not-for-us'");
  s.exec("BEGIN");
  s.exec("NOTIFY binhdang_changes, 'rolled-back'");
  s.exec("ROLLBACK");
  s.exec("BEGIN");
  s.exec("NOTIFY binhdang_changes, 'committed'");
  s.exec("COMMIT");
  s.exec("NOTIFY binhdang_changes");  // no payload
  s.exec("NOTIFY binhdang_changes, 'last'");
  ASSERT_TRUE(inbox.wait_for("last")) << "got " << inbox.all().size();
  EXPECT_EQ(inbox.all(), (std::vector<std::string>{"tree", "catalog:Tân Mỹ", "committed", "", "last"}));
}

TEST_F(PgListener, AFailingCallbackDoesNotStopIt) {
  Inbox inbox;
  std::atomic<int> thrown{0};
  auto listener = storage::listen_postgres(postgres_url(), [&](const std::vector<std::string>& ps) {
    if (std::find(ps.begin(), ps.end(), "boom") != ps.end()) {
      ++thrown;
      throw std::runtime_error("thử lỗi");
    }
    inbox.add(ps);
  });
  Sender s;
  s.exec("NOTIFY binhdang_changes, 'boom'");
  for (int i = 0; i < 100 && !thrown; ++i) std::this_thread::sleep_for(20ms);
  ASSERT_EQ(thrown, 1);
  s.exec("NOTIFY binhdang_changes, 'after'");
  EXPECT_TRUE(inbox.wait_for("after"));
  EXPECT_EQ(inbox.all(), std::vector<std::string>{"after"});
}

// What one transaction sends arrives in a few calls, not one call each.
TEST_F(PgListener, NoticesThatArriveTogetherComeInOneCall) {
  Inbox inbox;
  auto listener = storage::listen_postgres(postgres_url(), [&](const std::vector<std::string>& ps) { inbox.add(ps); });
  Sender s;
  std::string many = "BEGIN;";
  for (int i = 0; i < 300; ++i) many += " NOTIFY binhdang_changes, 'n" + std::to_string(i) + "';";
  s.exec(many + " COMMIT");
  ASSERT_TRUE(inbox.wait_for("n299"));
  EXPECT_EQ(inbox.all().size(), 300u);
  EXPECT_EQ(inbox.all().front(), "n0") << "in order";
  EXPECT_LT(inbox.batches(), 30u) << "one call per notice would be 300";
}

TEST_F(PgListener, ItReconnectsWhenItsConnectionIsKilled) {
  Sender s;
  const auto before = s.listening_backends();
  Inbox inbox;
  auto listener = storage::listen_postgres(postgres_url(), [&](const std::vector<std::string>& ps) { inbox.add(ps); });
  s.exec("NOTIFY binhdang_changes, 'first'");
  ASSERT_TRUE(inbox.wait_for("first"));
  std::set<std::string> mine;
  for (const auto& pid : s.listening_backends())
    if (!before.count(pid)) mine.insert(pid);
  ASSERT_EQ(mine.size(), 1u) << "the listener's own connection";
  s.exec("SELECT pg_terminate_backend(" + *mine.begin() + ")");
  // The backend ends a moment after the call returns (and may still deliver
  // a notice meanwhile): wait until it is gone.
  for (int i = 0; i < 100 && s.listening_backends().count(*mine.begin()); ++i) std::this_thread::sleep_for(50ms);
  // Notices sent while it is away are lost; keep sending until it is back.
  bool back = false;
  for (int i = 0; i < 50 && !back; ++i) {
    s.exec("NOTIFY binhdang_changes, 'again'");
    back = inbox.wait_for("again", 200ms);
  }
  EXPECT_TRUE(back) << "no notice within 10 s of the kill";
  EXPECT_FALSE(s.listening_backends().count(*mine.begin()));
}

TEST(NoticeTags, ANodeKnowsItsOwnNoticesAndPassesOnTheOthers) {
  const std::string a = storage::new_node_name(), b = storage::new_node_name();
  EXPECT_EQ(a.size(), 16u);
  EXPECT_EQ(a.find_first_not_of("0123456789abcdef"), std::string::npos) << a;
  EXPECT_NE(a, b);
  EXPECT_EQ(storage::tag_notice(a, "v:12:2025S1"), "@" + a + " v:12:2025S1");
  EXPECT_EQ(storage::notice_payload(storage::tag_notice(a, "v:12:2025S1"), a), std::nullopt);
  EXPECT_EQ(storage::notice_payload(storage::tag_notice(b, "v:12:2025S1"), a), "v:12:2025S1");
  EXPECT_EQ(storage::notice_payload(storage::tag_notice(b, ""), a), "");
  EXPECT_EQ(storage::notice_payload(storage::tag_notice(b, "r:1:2025 S1"), a), "r:1:2025 S1") << "spaces after the tag";
  // Untagged notices (psql by hand) and a listener of no node pass everything.
  EXPECT_EQ(storage::notice_payload("tree", a), "tree");
  EXPECT_EQ(storage::notice_payload("@no-space", a), "@no-space");
  EXPECT_EQ(storage::notice_payload("", a), "");
  EXPECT_EQ(storage::notice_payload(storage::tag_notice(a, "tree"), ""), "tree");
}

// Tx::notify_all: many notices of one transaction, 500 to a statement, all
// delivered to another node once it commits and none when it rolls back.
TEST_F(PgListener, ManyNoticesOfOneTransactionArriveWhenItCommits) {
  wipe_postgres(postgres_url());
  auto store = storage::Store::open(postgres_url());
  ASSERT_TRUE(store.ok()) << store.error().message;
  Inbox inbox;
  // Another node's listener: a listener of no node passes every notice on.
  auto listener = storage::listen_postgres(postgres_url(), [&](const std::vector<std::string>& ps) { inbox.add(ps); });
  std::vector<std::string> sent;
  for (int i = 0; i < 1201; ++i) sent.push_back("v:" + std::to_string(i) + ":2025S1");
  Status rolled_back = (*store)->write([&](storage::Tx& tx) -> Status {
    tx.notify_all({"rolled-back"});
    return Error::Conflict("thử hủy");
  });
  EXPECT_FALSE(rolled_back.ok());
  Status st = (*store)->write([&](storage::Tx& tx) {
    tx.notify_all({});
    tx.notify_all(sent);
    return Status::Ok();
  });
  ASSERT_TRUE(st.ok()) << st.error().message;
  ASSERT_TRUE(inbox.wait_for(sent.back())) << "got " << inbox.all().size();
  auto got = inbox.all();
  EXPECT_EQ(std::set<std::string>(got.begin(), got.end()), std::set<std::string>(sent.begin(), sent.end()));
  EXPECT_EQ(got.size(), sent.size());
}

// Each Store tags what it sends: its own listener skips it (the Store's
// process applied the change already), another Store's gets it.
TEST_F(PgListener, AStoreHearsTheOtherNodesButNotItself) {
  wipe_postgres(postgres_url());
  auto a = storage::Store::open(postgres_url());
  auto b = storage::Store::open(postgres_url());
  ASSERT_TRUE(a.ok() && b.ok());
  Inbox heard_by_a, heard_by_b;
  auto on_a = (*a)->listen([&](const std::vector<std::string>& ps) { heard_by_a.add(ps); });
  auto on_b = (*b)->listen([&](const std::vector<std::string>& ps) { heard_by_b.add(ps); });
  ASSERT_NE(on_a, nullptr);
  for (auto [store, what] : {std::pair{a->get(), "from-a"}, std::pair{b->get(), "from-b"}}) {
    Status st = store->write([&](storage::Tx& tx) {
      tx.notify(what);
      tx.notify_all({std::string(what) + "-many"});
      return Status::Ok();
    });
    ASSERT_TRUE(st.ok()) << st.error().message;
  }
  Sender s;
  s.exec("NOTIFY binhdang_changes, 'by-hand'");
  ASSERT_TRUE(heard_by_a.wait_for("by-hand"));
  ASSERT_TRUE(heard_by_b.wait_for("by-hand"));
  EXPECT_EQ(heard_by_a.all(), (std::vector<std::string>{"from-b", "from-b-many", "by-hand"}));
  EXPECT_EQ(heard_by_b.all(), (std::vector<std::string>{"from-a", "from-a-many", "by-hand"}));
}

TEST_F(PgListener, ItStopsPromptly) {
  Inbox inbox;
  auto listener = storage::listen_postgres(postgres_url(), [&](const std::vector<std::string>& ps) { inbox.add(ps); });
  const auto t0 = std::chrono::steady_clock::now();
  listener.reset();
  EXPECT_LT(std::chrono::steady_clock::now() - t0, 1s);
  Sender s;
  s.exec("NOTIFY binhdang_changes, 'too-late'");
  std::this_thread::sleep_for(300ms);
  EXPECT_TRUE(inbox.all().empty());
}

TEST(PgListenerOffline, WithoutAServerItStillStopsPromptly) {
  int calls = 0;
  auto listener =
      storage::listen_postgres("postgresql://nobody@127.0.0.1:1/khong_co", [&](const std::vector<std::string>&) { ++calls; });
  ASSERT_NE(listener, nullptr) << "it keeps trying in the background";
  std::this_thread::sleep_for(700ms);  // at least one retry
  const auto t0 = std::chrono::steady_clock::now();
  listener.reset();
  EXPECT_LT(std::chrono::steady_clock::now() - t0, 2s);
  EXPECT_EQ(calls, 0);
}

}  // namespace
}  // namespace bd::test

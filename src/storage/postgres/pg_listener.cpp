// LISTEN on a dedicated libpq connection: a background thread waits on the
// socket and hands the notices of channel binhdang_changes to the callback,
// all those that have arrived at once, except those its own node sent. It
// reconnects after a lost connection.
#include <libpq-fe.h>
#include <poll.h>

#include <atomic>
#include <chrono>
#include <iostream>
#include <random>
#include <thread>

#include "storage/engine.h"

namespace bd::storage {
namespace {

class PgListener final : public ChangeListener {
 public:
  // Listens before returning, so no notice committed after this is missed.
  PgListener(std::string keywords, OnChanges on_changes, std::string own_node)
      : keywords_(std::move(keywords)),
        on_changes_(std::move(on_changes)),
        own_node_(std::move(own_node)),
        first_(connect()),
        thread_([this] { run(); }) {}

  ~PgListener() override {
    stop_ = true;
    thread_.join();
  }

 private:
  PGconn* connect() {
    PGconn* c = PQconnectdb(keywords_.c_str());
    if (PQstatus(c) != CONNECTION_OK) {
      PQfinish(c);
      return nullptr;
    }
    PGresult* r = PQexec(c, "LISTEN binhdang_changes");
    const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
    PQclear(r);
    if (!ok) {
      PQfinish(c);
      return nullptr;
    }
    return c;
  }

  void run() {
    PGconn* conn = first_;
    while (!stop_) {
      if (!conn && !(conn = connect())) {
        std::this_thread::sleep_for(std::chrono::milliseconds(500));
        continue;
      }
      pollfd pfd{PQsocket(conn), POLLIN, 0};
      if (poll(&pfd, 1, 100) < 0) continue;  // wake up often enough to stop quickly
      if (!PQconsumeInput(conn)) {
        PQfinish(conn);
        conn = nullptr;
        continue;
      }
      std::vector<std::string> batch;
      while (PGnotify* n = PQnotifies(conn)) {
        if (const auto theirs = notice_payload(n->extra ? n->extra : "", own_node_)) batch.emplace_back(*theirs);
        PQfreemem(n);
      }
      if (batch.empty()) continue;
      try {
        on_changes_(batch);
      } catch (const std::exception& e) {
        std::cerr << "binhdang: " << batch.size() << " change notices, from \"" << batch.front()
                  << "\", failed: " << e.what() << "\n";
      }
    }
    if (conn) PQfinish(conn);
  }

  std::string keywords_;
  OnChanges on_changes_;
  std::string own_node_;
  std::atomic<bool> stop_{false};
  PGconn* first_ = nullptr;  // handed to the thread
  std::thread thread_;  // last: starts once the members above exist
};

}  // namespace

std::unique_ptr<ChangeListener> listen_postgres(const std::string& uri, OnChanges on_changes, std::string own_node) {
  return std::make_unique<PgListener>(postgres_keywords(uri), std::move(on_changes), std::move(own_node));
}

std::string tag_notice(std::string_view node, std::string_view payload) {
  std::string out;
  out.reserve(node.size() + payload.size() + 2);
  out += '@';
  out += node;
  out += ' ';
  out += payload;
  return out;
}

std::optional<std::string_view> notice_payload(std::string_view notice, std::string_view own_node) {
  if (!notice.starts_with('@')) return notice;
  const size_t space = notice.find(' ');
  if (space == std::string_view::npos) return notice;
  if (!own_node.empty() && notice.substr(1, space - 1) == own_node) return std::nullopt;
  return notice.substr(space + 1);
}

std::string new_node_name() {
  std::random_device rd;
  const uint64_t n = (uint64_t{rd()} << 32) ^ rd();
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 0; i < 16; ++i) out[i] = kHex[(n >> (60 - 4 * i)) & 0xf];
  return out;
}

}  // namespace bd::storage

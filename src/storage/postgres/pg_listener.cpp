// LISTEN on a dedicated libpq connection: a background thread waits on the
// socket and hands every notice of channel binhdang_changes to the callback.
// It reconnects after a lost connection.
#include <libpq-fe.h>
#include <poll.h>

#include <atomic>
#include <chrono>
#include <iostream>
#include <thread>

#include "storage/engine.h"

namespace bd::storage {
namespace {

class PgListener final : public ChangeListener {
 public:
  // Listens before returning, so no notice committed after this is missed.
  PgListener(std::string keywords, std::function<void(const std::string&)> on_change)
      : keywords_(std::move(keywords)), on_change_(std::move(on_change)), first_(connect()), thread_([this] { run(); }) {}

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
      while (PGnotify* n = PQnotifies(conn)) {
        const std::string payload = n->extra ? n->extra : "";
        PQfreemem(n);
        try {
          on_change_(payload);
        } catch (const std::exception& e) {
          std::cerr << "binhdang: change notice \"" << payload << "\" failed: " << e.what() << "\n";
        }
      }
    }
    if (conn) PQfinish(conn);
  }

  std::string keywords_;
  std::function<void(const std::string&)> on_change_;
  std::atomic<bool> stop_{false};
  PGconn* first_ = nullptr;  // handed to the thread
  std::thread thread_;  // last: starts once the members above exist
};

}  // namespace

std::unique_ptr<ChangeListener> listen_postgres(const std::string& uri,
                                                std::function<void(const std::string&)> on_change) {
  return std::make_unique<PgListener>(postgres_keywords(uri), std::move(on_change));
}

}  // namespace bd::storage

// The HTTP server: Poco's multi-threaded server in front of the Pipeline.
#pragma once

#include <memory>
#include <string>

#include "core/result.h"
#include "http/dispatch.h"

namespace bd::app {
class App;
}

namespace bd::http {

class Server {
 public:
  // Loads the web assets from `web_dir` and binds `host:port` (port 0 picks a
  // free one). Does not start serving.
  static Result<std::unique_ptr<Server>> create(app::App& app, const std::string& web_dir, const std::string& listen,
                                                const ServerOptions& options = {});
  ~Server();
  void start();
  void stop();
  int port() const;

 private:
  struct Impl;
  explicit Server(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// "HOST:PORT" → host and port; 400 on bad input.
Result<std::pair<std::string, int>> parse_listen(const std::string& listen);

}  // namespace bd::http

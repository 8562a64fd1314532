#include "http/server.h"

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/ThreadPool.h>
#include <Poco/URI.h>

#include <algorithm>
#include <chrono>
#include <istream>
#include <thread>

#include "http/admission.h"
#include "http/routes.h"

namespace bd::http {
namespace {

// After a 413, the rest of an oversized body is read and dropped (up to
// this many bytes and seconds) so that the client, still sending, reads the
// answer instead of a connection reset. Past either bound the connection is
// closed.
constexpr Poco::Int64 kDrainBytes = Poco::Int64(1) << 30;
constexpr auto kDrainTime = std::chrono::seconds(15);

void drain(std::istream& in) {
  const auto until = std::chrono::steady_clock::now() + kDrainTime;
  char sink[65536];
  Poco::Int64 read = 0;
  try {
    while (read < kDrainBytes && std::chrono::steady_clock::now() < until) {
      in.read(sink, sizeof sink);
      if (in.gcount() <= 0) break;
      read += in.gcount();
    }
  } catch (const Poco::Exception&) {
    // The client went away: nothing more to do.
  }
}

// Reads at most limit + 1 bytes, so an oversized body is detected without
// reading it all.
std::string read_body(std::istream& in, size_t limit) {
  std::string body;
  char buf[8192];
  while (in && body.size() <= limit) {
    in.read(buf, sizeof buf);
    body.append(buf, static_cast<size_t>(in.gcount()));
  }
  return body;
}

Request to_request(Poco::Net::HTTPServerRequest& pr, const Pipeline& pipeline) {
  Request r;
  r.method = pr.getMethod();
  const std::string& uri = pr.getURI();
  const size_t q = uri.find('?');
  r.path = url_decode(uri.substr(0, q), false);
  if (q != std::string::npos) r.query_string = uri.substr(q + 1);
  r.query = parse_query(r.query_string);
  for (const auto& [name, value] : pr) {
    std::string lower = name;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    r.headers[lower] = value;
  }
  r.cookies = parse_cookies(r.header("cookie"));
  r.client_address =
      pipeline.options().trusted_proxies.client(pr.clientAddress().host().toString(), r.header("x-forwarded-for"));
  const auto length = pr.getContentLength64();
  const size_t limit = pipeline.body_limit(r.method, r.path);
  if (length > static_cast<Poco::Int64>(limit)) {
    // The pipeline answers 413; the handler drains the body after answering.
    r.body.assign(limit + 1, ' ');
  } else if (pr.hasContentLength() || pr.getChunkedTransferEncoding()) {
    r.body = read_body(pr.stream(), limit);
  }
  return r;
}

class Handler final : public Poco::Net::HTTPRequestHandler {
 public:
  Handler(Pipeline& p, Admission& a) : pipeline_(p), admission_(a) {}
  void handleRequest(Poco::Net::HTTPServerRequest& req, Poco::Net::HTTPServerResponse& resp) override {
    // Read on this connection's thread; run in one of the places; send after
    // giving the place back, so a slow reader holds no place.
    Request r = to_request(req, pipeline_);
    Response out = [&] {
      Admission::Place place(admission_);
      return pipeline_.handle(r);
    }();
    // With the reason phrase of the status ("404 Not Found"), not "OK".
    resp.setStatusAndReason(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(out.status));
    resp.setContentType(out.content_type);
    for (const auto& [k, v] : out.headers) resp.add(k, v);
    const bool oversized = r.body.size() > pipeline_.body_limit(r.method, r.path);
    if (oversized) resp.setKeepAlive(false);
    if (out.stream) {
      resp.setChunkedTransferEncoding(true);
      std::ostream& os = resp.send();
      if (r.method != "HEAD") {
        try {
          out.stream(os);
        } catch (const std::exception&) {
          // The status is sent: a broken export ends the connection, so the
          // client sees a truncated transfer rather than a whole file.
          resp.setKeepAlive(false);
          throw;
        }
      }
      return;
    }
    resp.setContentLength64(static_cast<Poco::Int64>(out.body.size()));
    std::ostream& os = resp.send();
    if (r.method != "HEAD") os.write(out.body.data(), static_cast<std::streamsize>(out.body.size()));
    if (oversized) {
      os.flush();
      drain(req.stream());
    }
  }

 private:
  Pipeline& pipeline_;
  Admission& admission_;
};

class Factory final : public Poco::Net::HTTPRequestHandlerFactory {
 public:
  Factory(Pipeline& p, Admission& a) : pipeline_(p), admission_(a) {}
  Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest&) override {
    return new Handler(pipeline_, admission_);  // Poco takes ownership
  }

 private:
  Pipeline& pipeline_;
  Admission& admission_;
};

}  // namespace

struct Server::Impl {
  Views views;
  Metrics metrics;
  Router router;
  std::unique_ptr<Pipeline> pipeline;
  std::unique_ptr<Admission> admission;
  std::unique_ptr<Poco::ThreadPool> threads;
  std::unique_ptr<Poco::Net::HTTPServer> server;
  int port = 0;
};

Result<std::pair<std::string, int>> parse_listen(const std::string& listen) {
  const size_t colon = listen.rfind(':');
  if (colon == std::string::npos || colon == 0)
    return Error::BadRequest("Địa chỉ lắng nghe phải có dạng MÁY:CỔNG, ví dụ 127.0.0.1:8080.", "listen");
  const std::string host = listen.substr(0, colon), port_s = listen.substr(colon + 1);
  if (port_s.empty() || port_s.size() > 5 || port_s.find_first_not_of("0123456789") != std::string::npos)
    return Error::BadRequest("Cổng phải là số từ 0 đến 65535.", "listen");
  const int port = std::stoi(port_s);
  if (port > 65535) return Error::BadRequest("Cổng phải là số từ 0 đến 65535.", "listen");
  return std::make_pair(host, port);
}

Result<std::unique_ptr<Server>> Server::create(app::App& app, const std::string& web_dir, const std::string& listen,
                                               const ServerOptions& options) {
  auto hp = parse_listen(listen);
  if (!hp) return hp.error();
  auto impl = std::make_unique<Impl>();
  if (Status s = impl->views.load(web_dir); !s) return s.error();
  impl->router = build_router(impl->metrics);
  impl->pipeline = std::make_unique<Pipeline>(app, impl->views, impl->router, impl->metrics, options);
  try {
    // No SO_REUSEPORT: a second server on the same port must fail, not share it.
    Poco::Net::ServerSocket socket;
    socket.bind(Poco::Net::SocketAddress(hp->first, static_cast<Poco::UInt16>(hp->second)), true, false);
    socket.listen(128);
    impl->port = socket.address().port();
    auto* params = new Poco::Net::HTTPServerParams;  // Poco takes ownership
    params->setMaxThreads(options.threads);
    params->setMaxQueued(options.max_queued);
    params->setKeepAlive(true);
    params->setTimeout(Poco::Timespan(options.request_timeout_seconds, 0));
    params->setKeepAliveTimeout(Poco::Timespan(options.keep_alive_timeout_seconds, 0));
    impl->admission = std::make_unique<Admission>(
        options.running > 0 ? options.running : default_admission_limit(std::thread::hardware_concurrency()));
    impl->threads = std::make_unique<Poco::ThreadPool>(2, options.threads + 2);
    impl->server = std::make_unique<Poco::Net::HTTPServer>(new Factory(*impl->pipeline, *impl->admission),
                                                           *impl->threads, socket, params);
  } catch (const Poco::Exception& e) {
    return Error::BadRequest("Không mở được cổng " + listen + ": " + e.displayText(), "listen");
  }
  return std::unique_ptr<Server>(new Server(std::move(impl)));
}

Server::Server(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Server::~Server() { stop(); }
void Server::start() { impl_->server->start(); }
void Server::stop() {
  if (impl_ && impl_->server) {
    impl_->server->stopAll(true);
    impl_->server.reset();
  }
}
int Server::port() const { return impl_->port; }

}  // namespace bd::http

// How many requests run at once. The server holds many more connections
// (one thread each) than it has cores; a request is read on its own thread,
// then waits here, first come first served, until one of `limit` places is
// free, runs, gives the place back and sends its answer. A slow client holds
// a thread, never a place, and a burst does not put every request on the
// cores at once, so the median and the tail stay short.
#pragma once

#include <condition_variable>
#include <deque>
#include <mutex>

namespace bd::http {

class Admission {
 public:
  explicit Admission(int limit);
  int limit() const { return limit_; }

  // Holds a place from construction to destruction.
  class Place {
   public:
    explicit Place(Admission& a);
    ~Place();
    Place(const Place&) = delete;
    Place& operator=(const Place&) = delete;

   private:
    Admission& a_;
  };

  int running() const;  // places held now
  int waiting() const;  // requests waiting for a place

 private:
  void enter();
  void leave();

  // A waiting request. Each has its own condition, so a place given back
  // wakes exactly the next one, not every waiter.
  struct Waiter {
    std::condition_variable cv;
    bool admitted = false;
  };

  const int limit_;
  mutable std::mutex mu_;
  int running_ = 0;
  std::deque<Waiter*> queue_;  // in arrival order
};

// Places for a machine with `cores` cores: two each, at least 2.
int default_admission_limit(unsigned cores);

}  // namespace bd::http

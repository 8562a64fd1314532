#include "http/admission.h"

#include <algorithm>

namespace bd::http {

Admission::Admission(int limit) : limit_(std::max(1, limit)) {}

void Admission::enter() {
  std::unique_lock lock(mu_);
  if (running_ < limit_ && queue_.empty()) {
    ++running_;
    return;
  }
  Waiter me;
  queue_.push_back(&me);
  me.cv.wait(lock, [&] { return me.admitted; });
}

void Admission::leave() {
  std::lock_guard lock(mu_);
  if (queue_.empty()) {
    --running_;
    return;
  }
  Waiter* next = queue_.front();  // takes this place over: running_ stays
  queue_.pop_front();
  next->admitted = true;
  next->cv.notify_one();  // under the lock: `next` lives until it has seen `admitted`
}

int Admission::running() const {
  std::lock_guard lock(mu_);
  return running_;
}

int Admission::waiting() const {
  std::lock_guard lock(mu_);
  return static_cast<int>(queue_.size());
}

Admission::Place::Place(Admission& a) : a_(a) { a_.enter(); }
Admission::Place::~Place() { a_.leave(); }

int default_admission_limit(unsigned cores) { return std::max(2, 2 * static_cast<int>(cores)); }

}  // namespace bd::http

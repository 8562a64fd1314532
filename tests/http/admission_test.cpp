#include "http/admission.h"

#include <gtest/gtest.h>

#include <atomic>
#include <mutex>
#include <chrono>
#include <thread>
#include <vector>

namespace bd::http {
namespace {

using namespace std::chrono_literals;

// Waits until `pred` holds (at most 5 s).
template <class Pred>
bool eventually(Pred pred) {
  for (int i = 0; i < 500; ++i) {
    if (pred()) return true;
    std::this_thread::sleep_for(10ms);
  }
  return pred();
}

TEST(Admission, NeverMoreThanItsLimitRunAtOnce) {
  Admission gate(3);
  std::atomic<int> now{0}, most{0};
  std::vector<std::thread> threads;
  for (int i = 0; i < 24; ++i)
    threads.emplace_back([&] {
      Admission::Place place(gate);
      const int n = ++now;
      int seen = most.load();
      while (n > seen && !most.compare_exchange_weak(seen, n)) {
      }
      std::this_thread::sleep_for(2ms);
      --now;
    });
  for (auto& t : threads) t.join();
  EXPECT_LE(most.load(), 3);
  EXPECT_GE(most.load(), 2) << "the places are used";
  EXPECT_EQ(gate.running(), 0);
  EXPECT_EQ(gate.waiting(), 0);
}

TEST(Admission, FirstComeFirstServed) {
  Admission gate(1);
  std::vector<int> order;
  std::mutex mu;
  std::vector<std::thread> threads;
  {
    Admission::Place held(gate);
    for (int i = 0; i < 5; ++i) {
      threads.emplace_back([&, i] {
        Admission::Place place(gate);
        std::lock_guard lock(mu);
        order.push_back(i);
      });
      ASSERT_TRUE(eventually([&] { return gate.waiting() == i + 1; })) << "request " << i << " waits";
    }
    EXPECT_EQ(gate.running(), 1);
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(order, (std::vector<int>{0, 1, 2, 3, 4}));
}

TEST(Admission, TwoPlacesPerCoreAndAtLeastTwo) {
  EXPECT_EQ(default_admission_limit(0), 2);
  EXPECT_EQ(default_admission_limit(1), 2);
  EXPECT_EQ(default_admission_limit(2), 4);
  EXPECT_EQ(default_admission_limit(16), 32);
  EXPECT_EQ(Admission(0).limit(), 1);
}

}  // namespace
}  // namespace bd::http

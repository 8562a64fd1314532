// Who is acting, and what time it is. Every use case takes an Actor.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

#include "core/roles.h"

namespace bd::app {

struct Actor {
  int64_t user_id = 0;
  std::string username;
  std::string full_name;
  int64_t org_id = 0;
  std::string org_code;
  std::string org_path;  // the root of everything this actor may see
  RoleSet roles;
  bool system = false;  // init, demo and migrations act as the system

  // The system actor: every permission, whole tree, audited as "system".
  static Actor System() {
    Actor a;
    a.username = "system";
    a.full_name = "Hệ thống";
    a.org_path = "/";
    a.roles = RoleSet{Role::kAdmin};
    a.system = true;
    return a;
  }
};

// Time source; tests substitute a fixed clock.
class Clock {
 public:
  virtual ~Clock() = default;
  virtual int64_t now() const = 0;  // Unix seconds
};

class SystemClock final : public Clock {
 public:
  int64_t now() const override {
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
  }
};

}  // namespace bd::app

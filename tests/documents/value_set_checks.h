// Checks shared by the exchange-format tests: a file read without error, and
// a file refused as a bad request whose message names what is wrong.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "documents/value_sets.h"

namespace bd::documents::testing {

inline ParsedValueSet read_ok(std::string_view bytes, ExchangeFormat f) {
  auto r = read_value_set(bytes, f);
  EXPECT_TRUE(r) << (r ? "" : r.error().message);
  return r ? *r : ParsedValueSet{};
}

inline void expect_refused(std::string_view bytes, ExchangeFormat f, const std::string& words) {
  auto r = read_value_set(bytes, f);
  ASSERT_FALSE(r) << bytes.substr(0, 80);
  EXPECT_EQ(r.error().code, ErrorCode::kBadRequest);
  EXPECT_NE(r.error().message.find(words), std::string::npos) << r.error().message;
}

}  // namespace bd::documents::testing

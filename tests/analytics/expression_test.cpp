#include "analytics/expression.h"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

namespace bd::analytics {
namespace {

Expression compile_ok(std::string_view text) {
  auto r = Expression::compile(text);
  EXPECT_TRUE(r.ok()) << text << ": " << (r.ok() ? "" : r.error().message);
  return r.ok() ? *r : *Expression::compile("1");
}

std::string compile_error(std::string_view text) {
  auto r = Expression::compile(text);
  EXPECT_FALSE(r.ok()) << text;
  if (r.ok()) return "";
  EXPECT_EQ(r.error().code, ErrorCode::kValidation);
  EXPECT_EQ(r.error().field, "expression");
  return r.error().message;
}

using Values = std::vector<std::optional<double>>;

TEST(ExpressionTest, ElementReferencesInEachForm) {
  const Expression x = compile_ok("#{STAFF_LEAD.female} + #{STAFF_LEAD.male} * 10 + #{CASES-VIOLENCE}");
  ASSERT_EQ(x.elements().size(), 3u);
  EXPECT_EQ(x.elements()[0], (ElementRef{"STAFF_LEAD", "female"}));
  EXPECT_EQ(x.elements()[1], (ElementRef{"STAFF_LEAD", "male"}));
  EXPECT_EQ(x.elements()[2], (ElementRef{"CASES-VIOLENCE", ""}));  // '-' belongs to the code
  EXPECT_TRUE(x.unit_counts().empty());
  EXPECT_EQ(x.evaluate({1, 2, 3}, {}), 24);
  EXPECT_EQ(x.text(), "#{STAFF_LEAD.female} + #{STAFF_LEAD.male} * 10 + #{CASES-VIOLENCE}");
}

TEST(ExpressionTest, RepeatedReferencesShareOneValue) {
  const Expression x = compile_ok("100 * #{LEAD.female} / #{LEAD}+0*#{LEAD.female}");
  ASSERT_EQ(x.elements().size(), 2u);
  EXPECT_EQ(x.evaluate({2, 5}, {}), 40);
}

TEST(ExpressionTest, UnitCountReferences) {
  const Expression x = compile_ok("N{school} + 100*N{school_primary} + 10000*N{all}");
  ASSERT_EQ(x.unit_counts().size(), 3u);
  EXPECT_EQ(x.unit_counts()[0].spec, "school");
  EXPECT_EQ(x.unit_counts()[0].types.size(), 6u);
  for (OrgType t : x.unit_counts()[0].types) EXPECT_TRUE(is_school(t));
  EXPECT_EQ(x.unit_counts()[1].types, std::vector<OrgType>{OrgType::kSchoolPrimary});
  EXPECT_TRUE(x.unit_counts()[2].types.empty());
  // No element references: evaluated even with nothing reported.
  EXPECT_EQ(x.evaluate({}, {3, 2, 1}), 10203);
}

TEST(ExpressionTest, CoverageOfInstitutionsMixesElementsAndCounts) {
  const Expression x = compile_ok("100 * #{HOTLINE_SHOWN} / N{school}");
  EXPECT_EQ(x.evaluate({45}, {50}), 90);
  EXPECT_EQ(x.evaluate({std::nullopt}, {50}), std::nullopt);
}

TEST(ExpressionTest, ArithmeticAndFunctions) {
  EXPECT_EQ(compile_ok("(1 + 2) * 3 - 4 / 2").evaluate({}, {}), 7);
  EXPECT_EQ(compile_ok("2^10").evaluate({}, {}), 1024);
  EXPECT_EQ(compile_ok("-3 + abs(-5)").evaluate({}, {}), 2);
  EXPECT_EQ(compile_ok("min(4, 2, 8) + max(1, 9)").evaluate({}, {}), 11);
  EXPECT_EQ(compile_ok("1.5e2 + .5").evaluate({}, {}), 150.5);
}

TEST(ExpressionTest, GenderParityIndex) {
  const Expression x = compile_ok("gpi(#{ENROL.female}, #{ENROL.male})");
  EXPECT_DOUBLE_EQ(*x.evaluate({90, 100}, {}), 0.9);
  EXPECT_DOUBLE_EQ(*x.evaluate({110, 100}, {}), 1.1);
  EXPECT_EQ(x.evaluate({90, 0}, {}), std::nullopt);  // division by zero: no value
}

TEST(ExpressionTest, AdjustedGenderParityIndex) {
  const Expression x = compile_ok("gpia(#{ENROL.female}, #{ENROL.male})");
  EXPECT_DOUBLE_EQ(*x.evaluate({90, 100}, {}), 0.9);
  EXPECT_DOUBLE_EQ(*x.evaluate({100, 100}, {}), 1.0);
  EXPECT_DOUBLE_EQ(*x.evaluate({110, 100}, {}), 2 - 100.0 / 110);  // F/M > 1
  EXPECT_LT(*x.evaluate({300, 100}, {}), 2);
  EXPECT_EQ(x.evaluate({0, 0}, {}), std::nullopt);
}

TEST(ExpressionTest, DivisionByZeroGivesNoValue) {
  const Expression x = compile_ok("#{A} / #{B}");
  EXPECT_EQ(x.evaluate({1, 0}, {}), std::nullopt);
  EXPECT_EQ(x.evaluate({1, std::nullopt}, {}), std::nullopt);  // missing counts as 0
  EXPECT_EQ(x.evaluate({0, 4}, {}), 0);
  EXPECT_EQ(compile_ok("1/0").evaluate({}, {}), std::nullopt);
}

TEST(ExpressionTest, MissingValues) {
  const Expression x = compile_ok("#{A} + #{B}");
  EXPECT_EQ(x.evaluate({std::nullopt, std::nullopt}, {}), std::nullopt);
  EXPECT_EQ(x.evaluate({std::nullopt, 4}, {}), 4);
  EXPECT_EQ(x.evaluate({3}, {}), std::nullopt);  // wrong number of values
}

TEST(ExpressionTest, EmptyExpression) {
  EXPECT_EQ(compile_error(""), "Biểu thức trống.");
  EXPECT_EQ(compile_error("   "), "Biểu thức trống.");
}

TEST(ExpressionTest, UnknownNameWithItsPosition) {
  EXPECT_EQ(compile_error("#{A} + 100 * foo"), "Lỗi ở vị trí 14: không hiểu \"foo\".");
  EXPECT_EQ(compile_error("sin(1)"), "Lỗi ở vị trí 1: không hiểu \"sin\".");
  EXPECT_EQ(compile_error("N + 1"), "Lỗi ở vị trí 1: không hiểu \"N\".");
}

TEST(ExpressionTest, UnknownOption) {
  EXPECT_EQ(compile_error("#{X.other}"), "Lỗi ở vị trí 1: nhóm \"other\" không tồn tại (chỉ có female, male).");
  EXPECT_EQ(compile_error("1 + #{X.Female}"), "Lỗi ở vị trí 5: nhóm \"Female\" không tồn tại (chỉ có female, male).");
}

TEST(ExpressionTest, BadUnitType) {
  EXPECT_EQ(compile_error("N{schools}"),
            "Lỗi ở vị trí 1: loại đơn vị \"schools\" không tồn tại (dùng school, all hoặc mã loại như school_primary).");
}

TEST(ExpressionTest, BadReferences) {
  EXPECT_EQ(compile_error("2 * #{A"), "Lỗi ở vị trí 5: thiếu dấu \"}\" sau \"#{\".");
  EXPECT_EQ(compile_error("#{}"), "Lỗi ở vị trí 1: thiếu mã dữ liệu trong \"#{}\".");
  EXPECT_NE(compile_error("#{A B}").find("Lỗi ở vị trí 1: mã dữ liệu \"A B\" không hợp lệ"), std::string::npos);
  EXPECT_EQ(compile_error("#A"), "Lỗi ở vị trí 1: không hiểu \"#\" (viết #{MÃ}).");
}

TEST(ExpressionTest, Parentheses) {
  EXPECT_EQ(compile_error("(1 + 2"), "Thiếu dấu đóng ngoặc.");
  EXPECT_EQ(compile_error("gpi(#{A}, #{B}"), "Thiếu dấu đóng ngoặc.");
  EXPECT_EQ(compile_error("1 + 2)"), "Lỗi ở vị trí 6: thừa dấu đóng ngoặc \")\".");
}

TEST(ExpressionTest, GrammarErrorsMapToTheOriginalText) {
  // muParser sees " v0 + * 2"; the position is in the text as written.
  EXPECT_EQ(compile_error("#{LONG_CODE} + * 2"), "Lỗi ở vị trí 16: \"*\" không đúng chỗ.");
  EXPECT_EQ(compile_error("#{A} #{B}"), "Lỗi ở vị trí 6: thiếu phép tính trước \"#{B}\".");
  EXPECT_EQ(compile_error("3 2"), "Lỗi ở vị trí 3: thiếu phép tính trước \"2\".");
  EXPECT_EQ(compile_error("#{A} +"), "Lỗi ở vị trí 7: biểu thức dừng giữa chừng, còn thiếu một số hạng.");
  EXPECT_EQ(compile_error("gpi(#{A})"), "Lỗi ở vị trí 9: hàm \"gpi\" thiếu tham số.");
  EXPECT_EQ(compile_error("gpia(1, 2, 3)"), "Lỗi ở vị trí 13: hàm \"gpia\" thừa tham số.");
  EXPECT_EQ(compile_error("min(, 1)"), "Lỗi ở vị trí 5: \",\" không đúng chỗ.");
  EXPECT_EQ(compile_error("2 * min + 1"), "Lỗi ở vị trí 5: sau hàm \"min\" cần dấu mở ngoặc \"(\".");
}

TEST(ExpressionTest, CommasOnlySeparateArguments) {
  // muParser alone would accept "1,2" (several results) and "(1,2)".
  EXPECT_EQ(compile_error("#{A}, #{B}"), "Lỗi ở vị trí 5: \",\" không đúng chỗ.");
  EXPECT_EQ(compile_error("min((1, 2))"), "Lỗi ở vị trí 7: \",\" không đúng chỗ.");
  EXPECT_EQ(compile_ok("max( 1 , (2) , 3)").evaluate({}, {}), 3);
  EXPECT_EQ(compile_ok("gpi (3, 4)").evaluate({}, {}), 0.75);  // a space before "(" is fine
}

TEST(ExpressionTest, UnknownCharactersAndNumbers) {
  EXPECT_EQ(compile_error("1 < 2"), "Lỗi ở vị trí 3: không hiểu \"<\".");
  // Positions count characters, not bytes: "Tỷ lệ" has multi-byte letters.
  EXPECT_EQ(compile_error("1 × 2"), "Lỗi ở vị trí 3: không hiểu \"×\".");
  EXPECT_EQ(compile_error("× + Tỷ"), "Lỗi ở vị trí 1: không hiểu \"×\".");
  EXPECT_EQ(compile_error("1..2"), "Lỗi ở vị trí 1: số \"1..2\" không hợp lệ.");
}

TEST(ExpressionTest, PositionsAfterMultiByteText) {
  // '×' is two bytes in UTF-8 but one character; the error after it is at 5.
  auto r = Expression::compile("#{A}×");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().message, "Lỗi ở vị trí 5: không hiểu \"×\".");
}

TEST(ExpressionTest, EvaluatesFromManyThreadsAtOnce) {
  const Expression x = compile_ok("100 * #{LEAD.female} / (#{LEAD.female} + #{LEAD.male}) + N{school}");
  std::atomic<int> wrong{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 1; i <= 5000; ++i) {
        const double f = i % 97 + t, m = i % 13 + 1, n = t;
        const auto r = x.evaluate({f, m}, {n});
        if (!r || std::abs(*r - (100 * f / (f + m) + n)) > 1e-9) ++wrong;
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(wrong.load(), 0);
}

TEST(ExpressionTest, CopiesShareTheCompiledForm) {
  const Expression a = compile_ok("#{A} * 2");
  const Expression b = a;
  EXPECT_EQ(b.evaluate({21}, {}), 42);
  EXPECT_EQ(&a.elements(), &b.elements());
}

TEST(ExpressionTest, ParityPartsSplitAWholeGpiCall) {
  auto p = parity_parts(" gpi(#{students_total.female}, #{students_total.male}) ");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->function, "gpi");
  EXPECT_EQ(p->female, "#{students_total.female}");
  EXPECT_EQ(p->male, "#{students_total.male}");
  // gpia, nested parentheses and a comma inside max(…) stay on their side
  auto a = parity_parts("gpia(#{Y.female} / #{T.female}, max(#{Y.male}, 1) / (#{T.male}))");
  ASSERT_TRUE(a);
  EXPECT_EQ(a->function, "gpia");
  EXPECT_EQ(a->female, "#{Y.female} / #{T.female}");
  EXPECT_EQ(a->male, "max(#{Y.male}, 1) / (#{T.male})");
  // each side compiles and gives the index's parts
  const Expression f = compile_ok(a->female), m = compile_ok(a->male);
  EXPECT_DOUBLE_EQ(*f.evaluate({9, 10}, {}), 0.9);
}

TEST(ExpressionTest, ParityPartsRefuseWhatIsNotOneCall) {
  EXPECT_FALSE(parity_parts("#{A.female} / #{A.male}"));
  EXPECT_FALSE(parity_parts("gpi(#{A.female}, #{A.male}) * 100"));
  EXPECT_FALSE(parity_parts("gpi(#{A.female}) + (#{A.male})"));
  EXPECT_FALSE(parity_parts("gpi(#{A.female}, #{A.male}, 2)"));
  EXPECT_FALSE(parity_parts("gpi(#{A.female})"));
  EXPECT_FALSE(parity_parts("gpi(, #{A.male})"));
  EXPECT_FALSE(parity_parts("gpix(#{A.female}, #{A.male})"));
  EXPECT_FALSE(parity_parts(""));
}

}  // namespace
}  // namespace bd::analytics

// The four exchange formats read from fixtures written from the public
// specifications, written back, and read again unchanged; bad files refused.
#include "documents/value_sets.h"

#include <gtest/gtest.h>

#include <sstream>

#include "documents/value_set_checks.h"
#include "support/exchange_fixtures.h"

namespace bd::documents {
namespace {

using testing::expect_refused;
using testing::read_ok;
using test::exchange::kAdx;
using test::exchange::kCsv;
using test::exchange::kJson;
using test::exchange::kXml;

const char* kNote = "Tổ chức 2 buổi \"nói chuyện\", ngày 08/3";

// The option of a value, whichever way the format writes it.
std::string option_of(const ExchangeValue& v) {
  for (const auto& [k, o] : v.disaggregation)
    if (k == "sex") return o;
  return v.category_option_combo == "default" ? "" : v.category_option_combo;
}

void expect_fixture_values(const ParsedValueSet& s, ExchangeFormat f) {
  ASSERT_EQ(s.values.size(), 5u) << static_cast<int>(f);
  const auto& m = s.values[0];
  EXPECT_EQ(m.data_element, "staff_managers");
  EXPECT_EQ(option_of(m), "female");
  EXPECT_EQ(m.value, "3");
  EXPECT_EQ(option_of(s.values[1]), "male");
  EXPECT_EQ(s.values[1].value, "4");
  EXPECT_EQ(s.values[2].data_element, "staff_total");
  EXPECT_EQ(s.values[2].value, "25");
  EXPECT_EQ(s.values[2].comment, "đã rà soát");
  EXPECT_EQ(s.values[4].data_element, "ge_note");
  EXPECT_EQ(option_of(s.values[4]), "");
  EXPECT_EQ(s.values[4].value, kNote);
  for (const auto& v : s.values) {
    // JSON and DXF values may take these from the set; the caller fills them.
    EXPECT_TRUE(v.period.empty() || v.period == "2026S1") << v.period;
    EXPECT_TRUE(v.org_unit.empty() || v.org_unit == "THCS-TANMY");
  }
}

TEST(ValueSets, EachFormatReadsTheSameValuesFromItsFixture) {
  expect_fixture_values(read_ok(kJson, ExchangeFormat::kJson), ExchangeFormat::kJson);
  expect_fixture_values(read_ok(kCsv, ExchangeFormat::kCsv), ExchangeFormat::kCsv);
  expect_fixture_values(read_ok(kXml, ExchangeFormat::kXml), ExchangeFormat::kXml);
  expect_fixture_values(read_ok(kAdx, ExchangeFormat::kAdx), ExchangeFormat::kAdx);
}

TEST(ValueSets, JsonSetLevelFieldsAndNumbersThatCameAsNumbers) {
  auto s = read_ok(kJson, ExchangeFormat::kJson);
  EXPECT_EQ(s.header.data_set, "NHANSU");
  EXPECT_EQ(s.header.period, "2026S1");
  EXPECT_EQ(s.header.org_unit, "THCS-TANMY");
  EXPECT_EQ(s.header.complete_date, "2026-06-30");
  EXPECT_FALSE(s.values[0].number) << "\"3\" came as text";
  ASSERT_TRUE(s.values[1].number) << "4 came as a JSON number";
  EXPECT_EQ(*s.values[1].number, 4);
  EXPECT_EQ(s.values[3].period, "2026S1");
}

TEST(ValueSets, CsvWithoutHeaderAndWithOtherHeaderNames) {
  std::string body(kCsv);
  std::string no_header = body.substr(body.find("\r\n") + 2);
  EXPECT_EQ(read_ok(no_header, ExchangeFormat::kCsv).values.size(), 5u);
  std::string other = "de,pe,ou,coc,aoc,giá trị\r\n" + no_header;
  EXPECT_EQ(read_ok(other, ExchangeFormat::kCsv).values.size(), 5u) << "names are not relied on";
  EXPECT_EQ(read_ok("staff_total,2025S1,A,female,,7\n", ExchangeFormat::kCsv).values.at(0).value, "7")
      << "LF line ends and only the first six columns";
}

// Writes `values` in `f` and reads them back.
ParsedValueSet round_trip(const std::vector<ExchangeValue>& values, ExchangeFormat f) {
  std::ostringstream out;
  ValueSetHeader h;
  h.exported = "2026-12-06T00:00:00Z";
  auto w = value_set_writer(f, out, h);
  for (const auto& v : values) w->add(v);
  w->finish();
  return read_ok(out.str(), f);
}

TEST(ValueSets, WhatIsWrittenInEachFormatReadsBackTheSame) {
  std::vector<ExchangeValue> values;
  for (const auto& [unit, period] : {std::pair{"A", "2025S1"}, {"A", "2025S2"}, {"B", "2025"}, {"B", "2024Sep"}}) {
    ExchangeValue v;
    v.data_set = "NHANSU";
    v.data_element = "staff_total";
    v.org_unit = unit;
    v.period = period;
    v.category_option_combo = "female";
    v.disaggregation = {{"sex", "female"}};
    v.value = "12";
    v.number = 12;
    values.push_back(v);
    v.data_element = "ge_note";
    v.category_option_combo = "default";
    v.disaggregation.clear();
    v.value = "=SUM(A1) \"trích\", <b>&\ndòng 2\tcột";
    v.number.reset();
    values.push_back(v);
    v.value = "Tổ 1, tổ 2";  // a comma alone is quoted too
    values.push_back(v);
  }
  for (auto f : {ExchangeFormat::kJson, ExchangeFormat::kCsv, ExchangeFormat::kXml, ExchangeFormat::kAdx}) {
    auto back = round_trip(values, f);
    ASSERT_EQ(back.values.size(), values.size()) << static_cast<int>(f);
    for (size_t i = 0; i < values.size(); ++i) {
      EXPECT_EQ(back.values[i].data_element, values[i].data_element);
      EXPECT_EQ(back.values[i].org_unit, values[i].org_unit) << static_cast<int>(f);
      EXPECT_EQ(back.values[i].period, values[i].period) << static_cast<int>(f);
      EXPECT_EQ(option_of(back.values[i]), option_of(values[i])) << static_cast<int>(f);
      EXPECT_EQ(back.values[i].value, values[i].value) << static_cast<int>(f);
    }
  }
}

TEST(ValueSets, CsvKeepsSpreadsheetsFromRunningATextAsAFormula) {
  ExchangeValue v;
  v.data_element = "ge_note";
  v.period = "2025";
  v.org_unit = "A";
  v.value = "=HYPERLINK(\"http://x\")";
  std::ostringstream out;
  auto w = value_set_writer(ExchangeFormat::kCsv, out, {});
  w->add(v);
  v.value = "-5";
  v.number = -5;  // a number is never guarded
  w->add(v);
  w->finish();
  EXPECT_NE(out.str().find(",\"'=HYPERLINK(\"\"http://x\"\")\","), std::string::npos) << out.str();
  EXPECT_NE(out.str().find(",-5,"), std::string::npos);
}

TEST(ValueSets, ExchangeNumbersAreShortAndReadBack) {
  EXPECT_EQ(exchange_number(12), "12");
  EXPECT_EQ(exchange_number(2.5), "2.5");
  EXPECT_EQ(exchange_number(-0.0), "0");
  EXPECT_EQ(exchange_number(1e21), "1000000000000000000000");
  EXPECT_EQ(exchange_number(0.1 + 0.2), "0.30000000000000004");
  EXPECT_EQ(*parse_exchange_number("0.30000000000000004"), 0.1 + 0.2);
  EXPECT_EQ(*parse_exchange_number("-12"), -12);
  for (const char* bad : {"", "-", ".5", "5.", "1e3", "0x10", "1.500.000", "1,5", " 1", "1 ", "+1", "NaN", "inf"})
    EXPECT_FALSE(parse_exchange_number(bad)) << bad;
}

TEST(ValueSets, FormatsByContentTypeAndName) {
  EXPECT_EQ(format_of_content_type("application/json; charset=utf-8"), ExchangeFormat::kJson);
  EXPECT_EQ(format_of_content_type("text/csv"), ExchangeFormat::kCsv);
  EXPECT_EQ(format_of_content_type("application/xml"), ExchangeFormat::kXml);
  EXPECT_EQ(format_of_content_type("Application/ADX+XML"), ExchangeFormat::kAdx);
  EXPECT_FALSE(format_of_content_type("multipart/form-data"));
  EXPECT_EQ(format_of_name("adx"), ExchangeFormat::kAdx);
  EXPECT_FALSE(format_of_name("xlsx"));
  // A file: its extension in any case; an .xml in the ADX namespace is ADX.
  EXPECT_EQ(format_of_file("so-lieu.JSON", "{"), ExchangeFormat::kJson);
  EXPECT_EQ(format_of_file("/tmp/a.b/so-lieu.csv", ""), ExchangeFormat::kCsv);
  EXPECT_EQ(format_of_file("bao-cao.xml", "<dataValueSet xmlns=\"http://dhis2.org/schema/dxf/2.0\"/>"),
            ExchangeFormat::kXml);
  EXPECT_EQ(format_of_file("bao-cao.xml", "<adx xmlns=\"urn:ihe:qrph:adx:2015\"/>"), ExchangeFormat::kAdx);
  EXPECT_EQ(format_of_file("bao-cao.adx", ""), ExchangeFormat::kAdx);
  EXPECT_FALSE(format_of_file("bao-cao.xlsx", ""));
  EXPECT_FALSE(format_of_file("khong-co-duoi", "{"));
}

TEST(ValueSets, BadFilesAreRefusedWithWhatIsWrong) {
  const std::string json(kJson), xml(kXml), adx(kAdx), csv(kCsv);
  expect_refused(json.substr(0, json.size() / 2), ExchangeFormat::kJson, "JSON");
  expect_refused(xml.substr(0, xml.size() / 2), ExchangeFormat::kXml, "cắt cụt");
  expect_refused(adx.substr(0, adx.size() - 10), ExchangeFormat::kAdx, "cắt cụt");
  expect_refused(csv + "x,2025,\"A,female", ExchangeFormat::kCsv, "cắt cụt");
  expect_refused("staff_total,2025S1,A\n", ExchangeFormat::kCsv, "dòng 1");
  expect_refused("", ExchangeFormat::kJson, "trống");
  expect_refused("[1,2]", ExchangeFormat::kJson, "đối tượng");
  expect_refused("{\"dataValues\":[{\"dataElement\":{\"a\":1}}]}", ExchangeFormat::kJson, "dataElement");
  expect_refused("{\"dataValues\":[1e400]}", ExchangeFormat::kJson, "quá lớn");
  expect_refused("{\"dataValues\":[\"x\"]}", ExchangeFormat::kJson, "đối tượng");
  // Latin-1 "Hòa": not UTF-8.
  expect_refused("staff_total,2025S1,H\xF2" "a,female,,1\n", ExchangeFormat::kCsv, "UTF-8");
  expect_refused("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><dataValueSet/>", ExchangeFormat::kXml, "UTF-8");
  expect_refused("<dataValueSet xmlns=\"http://example.org\"/>", ExchangeFormat::kXml, "dataValueSet");
  expect_refused("<adx/>", ExchangeFormat::kAdx, "urn:ihe:qrph:adx:2015");
  expect_refused("<adx xmlns=\"urn:ihe:qrph:adx:2015\"><group period=\"2025\"><dataValue dataElement=\"a\" value=\"1\"/>"
                 "</group></adx>",
                 ExchangeFormat::kAdx, "group");
}

}  // namespace
}  // namespace bd::documents

// The XML forms (DHIS2 DXF 2 and IHE ADX): ADX groups, ISO periods and the
// structure of what is written; hostile XML refused before it is expanded.
#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>

#include "documents/office_tools.h"
#include "documents/value_sets.h"
#include "documents/value_set_checks.h"
#include "support/exchange_fixtures.h"

namespace bd::documents {
namespace {

using testing::expect_refused;
using testing::read_ok;
using test::exchange::kAdx;

TEST(ValueSetsXml, AdxGroupsGiveUnitPeriodAndDataSetAndIsoPeriodsBecomeOurCodes) {
  auto s = read_ok(kAdx, ExchangeFormat::kAdx);
  for (const auto& v : s.values) {
    EXPECT_EQ(v.org_unit, "THCS-TANMY");
    EXPECT_EQ(v.period, "2026S1") << "2026-01-01/P6M";
    EXPECT_EQ(v.data_set, "NHANSU");
  }
  const char* odd = R"(<adx xmlns="urn:ihe:qrph:adx:2015"><group orgUnit="A" period="2025-02-01/P6M" dataSet="D">
      <dataValue dataElement="x" value="1"/></group></adx>)";
  EXPECT_EQ(read_ok(odd, ExchangeFormat::kAdx).values.at(0).period, "2025-02-01/P6M")
      << "a period that is none of ours is kept as written, for the importer to name";
}

TEST(ValueSetsXml, AdxOutputHasTheSpecificationsStructure) {
  ExchangeValue v;
  v.data_set = "NHANSU";
  v.data_element = "staff_total";
  v.org_unit = "A";
  v.period = "2025Q2";
  v.disaggregation = {{"sex", "male"}};
  v.value = "7";
  v.number = 7;
  std::ostringstream out;
  ValueSetHeader h;
  h.exported = "2026-12-06T01:02:03Z";
  auto w = value_set_writer(ExchangeFormat::kAdx, out, h);
  w->add(v);
  v.org_unit = "B";
  w->add(v);
  w->finish();
  const std::string s = out.str();
  EXPECT_NE(s.find("<adx xmlns=\"urn:ihe:qrph:adx:2015\" exported=\"2026-12-06T01:02:03Z\">"), std::string::npos) << s;
  EXPECT_NE(s.find("<group orgUnit=\"A\" period=\"2025-04-01/P3M\" dataSet=\"NHANSU\">"), std::string::npos);
  EXPECT_NE(s.find("<dataValue dataElement=\"staff_total\" sex=\"male\" value=\"7\"/>"), std::string::npos);
  EXPECT_EQ(std::count(s.begin(), s.end(), '\n'), 9) << "two groups, one per unit:\n" << s;
}

TEST(ValueSetsXml, EntityDeclarationsAreRefusedBeforeAnythingIsExpanded) {
  std::string laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n";
  for (int i = 1; i < 10; ++i)
    laughs += " <!ENTITY lol" + std::to_string(i) + " \"" + std::string(10, '&') + "\">\n";
  laughs += "]>\n<adx xmlns=\"urn:ihe:qrph:adx:2015\">&lol9;</adx>";
  expect_refused(laughs, ExchangeFormat::kAdx, "DOCTYPE");
  expect_refused("<!doctype x SYSTEM \"file:///etc/passwd\"><dataValueSet/>", ExchangeFormat::kXml, "DOCTYPE");
}

TEST(ValueSetsXml, ADeclarationIsFoundInAnyCaseAndAnywhereButACommentIsNotOne) {
  const std::string adx = "<adx xmlns=\"urn:ihe:qrph:adx:2015\">";
  expect_refused(adx + "<!-- x --><!EnTiTy a \"b\"></adx>", ExchangeFormat::kAdx, "ENTITY");
  expect_refused(adx + "<!<!DocType a></adx>", ExchangeFormat::kAdx, "DOCTYPE");
  const auto ok = read_ok(adx + "<!-- <! doctype --><group orgUnit=\"A\" period=\"2025-01-01/P1Y\" dataSet=\"S\">"
                                "<dataValue dataElement=\"e\" value=\"1\"/></group></adx>",
                          ExchangeFormat::kAdx);
  ASSERT_EQ(ok.values.size(), 1u);
  EXPECT_EQ(ok.values[0].data_element, "e");
}

TEST(ValueSetsXml, DxfAttributesKeepLineBreaksAndTabs) {
  ExchangeValue v;
  v.data_element = "ge_note";
  v.period = "2026";
  v.org_unit = "A";
  v.value = "dòng 1\ndòng 2\tcột";
  std::ostringstream out;
  auto w = value_set_writer(ExchangeFormat::kXml, out, {});
  w->add(v);
  w->finish();
  EXPECT_NE(out.str().find("value=\"dòng 1&#10;dòng 2&#9;cột\""), std::string::npos) << out.str();
  EXPECT_EQ(read_ok(out.str(), ExchangeFormat::kXml).values.at(0).value, v.value);
}

// An independent XML reader (Python's xml.etree, from Debian's python3) reads
// what the ADX writer wrote and checks the specification's structure: the
// root adx in urn:ihe:qrph:adx:2015 with `exported`, groups with orgUnit,
// an ISO 8601 start/duration period and dataSet, data values with
// dataElement and a numeric value or an annotation.
TEST(ValueSetsXml, AnIndependentReaderFindsTheAdxStructure) {
  std::ostringstream out;
  ValueSetHeader h;
  h.exported = "2026-12-06T01:02:03Z";
  auto w = value_set_writer(ExchangeFormat::kAdx, out, h);
  int n = 0;
  for (const char* period : {"2025", "2024Sep", "2025S2", "2025Q3", "202511"})
    for (const char* unit : {"THCS-TANMY", "TH-HOAVAN"}) {
      ExchangeValue v;
      v.data_set = "NHANSU";
      v.org_unit = unit;
      v.period = period;
      v.data_element = "staff_total";
      v.disaggregation = {{"sex", "female"}};
      v.value = "12.5";
      v.number = 12.5;
      w->add(v);
      v.data_element = "ge_note";
      v.disaggregation.clear();
      v.value = "Ghi chú <có> & \"dấu\"";
      v.number.reset();
      w->add(v);
      n += 2;
    }
  w->finish();
  testing::TempDir dir;
  testing::write_file(dir.path() + "/out.adx.xml", out.str());
  testing::write_file(dir.path() + "/check.py", R"py(
import re, sys
import xml.etree.ElementTree as ET
NS = "{urn:ihe:qrph:adx:2015}"
root = ET.parse(sys.argv[1]).getroot()
assert root.tag == NS + "adx", root.tag
assert re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z", root.get("exported") or ""), root.attrib
values = 0
for group in root:
    assert group.tag == NS + "group", group.tag
    for name in ("orgUnit", "period", "dataSet"):
        assert group.get(name), (name, group.attrib)
    assert re.fullmatch(r"\d{4}-\d{2}-01/P(1Y|6M|3M|1M)", group.get("period")), group.get("period")
    for dv in group:
        assert dv.tag == NS + "dataValue", dv.tag
        assert dv.get("dataElement"), dv.attrib
        note = dv.find(NS + "annotation")
        if dv.get("value") is not None:
            float(dv.get("value"))
        else:
            assert note is not None and note.text, dv.attrib
        values += 1
print("ok", values)
)py");
  ASSERT_EQ(testing::run("cd '" + dir.path() + "' && /usr/bin/python3 check.py out.adx.xml > py.log 2>&1"), 0)
      << testing::read_file(dir.path() + "/py.log");
  EXPECT_EQ(testing::read_file(dir.path() + "/py.log"), "ok " + std::to_string(n) + "\n");
}

}  // namespace
}  // namespace bd::documents

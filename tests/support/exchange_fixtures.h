// Data value sets in the four exchange formats, written for the tests from
// the public specifications (DHIS2 Web API "Data values"; IHE ADX). The
// same five values in each: four counts by sex for one unit and half-year
// (the data set NHANSU) and one text without disaggregation; the ADX and
// JSON ones take the period and unit from the set or group.
#pragma once

namespace bd::test::exchange {

inline constexpr const char* kJson = R"({
  "dataSet": "NHANSU",
  "period": "2026S1",
  "orgUnit": "THCS-TANMY",
  "completeDate": "2026-06-30",
  "dataValues": [
    {"dataElement": "staff_managers", "categoryOptionCombo": "female", "value": "3"},
    {"dataElement": "staff_managers", "categoryOptionCombo": "male", "value": 4},
    {"dataElement": "staff_total", "categoryOptionCombo": "female", "value": "25", "comment": "đã rà soát"},
    {"dataElement": "staff_total", "categoryOptionCombo": "male", "period": "2026S1", "orgUnit": "THCS-TANMY", "value": "12"},
    {"dataElement": "ge_note", "categoryOptionCombo": "default", "value": "Tổ chức 2 buổi \"nói chuyện\", ngày 08/3"}
  ]
})";

inline constexpr const char* kCsv =
    "dataelement,period,orgunit,catoptcombo,attroptcombo,value,storedby,lastupdated,comment,followup\r\n"
    "staff_managers,2026S1,THCS-TANMY,female,,3,,,,false\r\n"
    "staff_managers,2026S1,THCS-TANMY,male,,4,,,,false\r\n"
    "staff_total,2026S1,THCS-TANMY,female,,25,,,đã rà soát,false\r\n"
    "staff_total,2026S1,THCS-TANMY,male,,12,,,,false\r\n"
    "ge_note,2026S1,THCS-TANMY,default,,\"Tổ chức 2 buổi \"\"nói chuyện\"\", ngày 08/3\",,,,false\r\n";

inline constexpr const char* kXml = R"(<?xml version="1.0" encoding="UTF-8"?>
<dataValueSet xmlns="http://dhis2.org/schema/dxf/2.0" dataSet="NHANSU" period="2026S1" orgUnit="THCS-TANMY">
  <dataValue dataElement="staff_managers" period="2026S1" orgUnit="THCS-TANMY" categoryOptionCombo="female" value="3"/>
  <dataValue dataElement="staff_managers" period="2026S1" orgUnit="THCS-TANMY" categoryOptionCombo="male" value="4"/>
  <dataValue dataElement="staff_total" period="2026S1" orgUnit="THCS-TANMY" categoryOptionCombo="female" value="25" comment="đã rà soát"/>
  <dataValue dataElement="staff_total" period="2026S1" orgUnit="THCS-TANMY" categoryOptionCombo="male" value="12"/>
  <dataValue dataElement="ge_note" period="2026S1" orgUnit="THCS-TANMY" categoryOptionCombo="default" value="Tổ chức 2 buổi &quot;nói chuyện&quot;, ngày 08/3"/>
</dataValueSet>
)";

inline constexpr const char* kAdx = R"(<?xml version="1.0" encoding="UTF-8"?>
<adx xmlns="urn:ihe:qrph:adx:2015" exported="2025-07-01T08:00:00Z">
  <group orgUnit="THCS-TANMY" period="2026-01-01/P6M" dataSet="NHANSU">
    <dataValue dataElement="staff_managers" sex="female" value="3"/>
    <dataValue dataElement="staff_managers" sex="male" value="4"/>
    <dataValue dataElement="staff_total" sex="female" value="25"><annotation>đã rà soát</annotation></dataValue>
    <dataValue dataElement="staff_total" sex="male" value="12"/>
    <dataValue dataElement="ge_note"><annotation>Tổ chức 2 buổi "nói chuyện", ngày 08/3</annotation></dataValue>
  </group>
</adx>
)";

}  // namespace bd::test::exchange

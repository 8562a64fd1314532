// OpenAPI schemas of the committee's registers (committee, commendations,
// inspections, hotlines, incidents).
#include <nlohmann/json.hpp>

#include "core/registry.h"
#include "http/routes.h"

namespace bd::http {

void add_registry_schemas(nlohmann::json& s) {
  using J = nlohmann::json;
  auto str = [] { return J{{"type", "string"}}; };
  auto date = [] { return J{{"type", "string"}, {"format", "date"}}; };
  auto codes = [](const std::vector<Choice>& choices) {
    J out = J::array();
    for (const auto& c : choices) out.push_back(std::string(c.code));
    return J{{"type", "string"}, {"enum", out}};
  };
  s["CommitteeMember"] = {
      {"type", "object"},
      {"additionalProperties", false},
      {"required", {"full_name", "sex", "role", "term_start"}},
      {"properties",
       {{"full_name", str()}, {"sex", codes(sex_choices())}, {"role", codes(committee_role_choices())},
        {"position", str()}, {"phone", str()}, {"term_start", date()}, {"term_end", date()},
        {"decision_no", str()}, {"decision_date", date()}, {"trained", {{"type", "boolean"}}}}}};
  s["CommitteeEnd"] = {{"type", "object"}, {"required", {"on"}}, {"properties", {{"on", date()}}}};
  s["CommitteeRecomposition"] = {
      {"type", "object"},
      {"required", {"from", "decision_no", "decision_date", "members"}},
      {"properties",
       {{"from", date()}, {"decision_no", str()}, {"decision_date", date()},
        {"members", {{"type", "array"}, {"items", {{"$ref", "#/components/schemas/CommitteeMember"}}}}}}}};
  s["CommendationInput"] = {
      {"type", "object"},
      {"additionalProperties", false},
      {"required", {"level", "title", "decision_no", "decision_date"}},
      {"properties",
       {{"org", str()}, {"collective", {{"type", "boolean"}}}, {"full_name", str()}, {"sex", codes(sex_choices())},
        {"honoree_org", str()}, {"honoree_name", str()}, {"level", codes(commendation_level_choices())},
        {"title", str()}, {"reason", str()}, {"decision_no", str()}, {"decision_date", date()},
        {"movement", str()}}}};
  s["InspectionInput"] = {
      {"type", "object"},
      {"additionalProperties", false},
      {"required", {"org", "date", "scope"}},
      {"properties",
       {{"org", str()}, {"by_org", str()}, {"status", codes(inspection_status_choices())}, {"date", date()},
        {"team", str()}, {"scope", str()}, {"findings", str()}, {"recommendations", str()},
        {"followups",
         {{"type", "array"},
          {"items",
           {{"type", "object"},
            {"properties",
             {{"id", {{"type", "integer"}}}, {"text", str()}, {"due", date()},
              {"status", codes(followup_status_choices())}}}}}}}}}};
  s["FollowUpResponse"] = {{"type", "object"},
                           {"required", {"response"}},
                           {"properties", {{"response", str()}, {"status", codes(followup_status_choices())}}}};
  s["ServiceInput"] = {{"type", "object"},
                       {"additionalProperties", false},
                       {"required", {"name"}},
                       {"properties",
                        {{"org", str()}, {"kind", codes(service_kind_choices())}, {"name", str()}, {"phone", str()},
                         {"address", str()}, {"purpose", str()}, {"hours", str()}, {"sort", {{"type", "integer"}}}}}};
  s["HotlineDisplay"] = {{"type", "object"},
                         {"required", {"org", "year", "displayed"}},
                         {"properties",
                          {{"org", str()}, {"year", {{"type", "integer"}}}, {"displayed", {{"type", "boolean"}}}}}};
  s["IncidentInput"] = {{"type", "object"},
                        {"additionalProperties", false},
                        {"required", {"occurred_on", "kind", "sex", "age_band"}},
                        {"properties",
                         {{"org", str()}, {"occurred_on", date()}, {"kind", codes(incident_kind_choices())},
                          {"sex", codes(sex_choices())}, {"age_band", codes(age_band_choices())},
                          {"status", codes(incident_status_choices())}, {"referral", str()}}}};
  s["CommendationInput"]["description"] =
      "Khen thưởng cá nhân (collective false): full_name, sex; tập thể (collective true): honoree_name hoặc "
      "honoree_org. Trường của loại kia bị từ chối (400).";
  // A record stays in its unit: the bodies of PUT have no org.
  for (const char* name : {"CommendationInput", "ServiceInput"}) {
    nlohmann::json update = s[name];
    update["properties"].erase("org");
    s[std::string(name).replace(std::string(name).find("Input"), 5, "Update")] = update;
  }
}

}  // namespace bd::http

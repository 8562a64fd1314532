-- Mixed traffic: 85% reads (API and pages), 15% writes of a data value.
-- Half the writes carry the API token, half the session cookie with its
-- CSRF token, so both ways of authenticating a write are exercised.
local c = dofile((os.getenv("BD_LOAD_DIR") or "tests/load") .. "/common.lua")
setup = c.setup
done = c.done

local schools = { "THCS-TANMY", "THPT-ANLAC", "THPT-NGOCKHE", "THPT-VANHA", "THPT-LETHANHTONG" }
local bearer = c.bearer_headers()
local cookie = c.cookie_headers()
local reads = {
  { 30, "/api/v1/targets/status?org=SGD-AL&period=2025", bearer },
  { 20, "/api/v1/analytics?indicator=pct_women_managers&org=SGD-AL&period=2025&children=true", bearer },
  { 10, "/api/v1/datavalues?org=THCS-TANMY&period=2025S2", bearer },
  { 15, "/orgunits/SGD-AL/targets", cookie },
  { 10, "/orgunits/THCS-TANMY", cookie },
}

function init(args)
  c.seed(thread_id)
end

local function write_request()
  local org = schools[math.random(#schools)]
  local body = string.format(
    '{"values":[{"element":"staff_managers","sex":"female","org":"%s","period":"2026S1","value":%d},' ..
    '{"element":"staff_managers","sex":"male","org":"%s","period":"2026S1","value":%d}]}',
    org, math.random(0, 5), org, math.random(0, 5))
  local h
  if math.random(2) == 1 then
    h = { ["Authorization"] = bearer["Authorization"], ["Content-Type"] = "application/json" }
  else
    h = { ["Cookie"] = cookie["Cookie"], ["X-CSRF-Token"] = c.csrf, ["Content-Type"] = "application/json" }
  end
  return wrk.format("POST", "/api/v1/datavalues", h, body)
end

function request()
  local roll = math.random(100)
  if roll <= 15 then return write_request() end
  roll = roll - 15
  for _, r in ipairs(reads) do
    if roll <= r[1] then return wrk.format("GET", r[2], r[3]) end
    roll = roll - r[1]
  end
  return wrk.format("GET", reads[1][2], reads[1][3])
end

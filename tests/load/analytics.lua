-- GET /api/v1/analytics for the province's children (read-only, API token).
local c = dofile((os.getenv("BD_LOAD_DIR") or "tests/load") .. "/common.lua")
wrk.method = "GET"
wrk.path = "/api/v1/analytics?indicator=pct_women_managers&org=SGD-AL&period=2025&children=true"
wrk.headers = c.bearer_headers()
setup = c.setup
done = c.done

-- GET /api/v1/targets/status for the province (read-only, API token).
local c = dofile((os.getenv("BD_LOAD_DIR") or "tests/load") .. "/common.lua")
wrk.method = "GET"
wrk.path = "/api/v1/targets/status?org=SGD-AL&period=2025"
wrk.headers = c.bearer_headers()
setup = c.setup
done = c.done

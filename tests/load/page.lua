-- GET /orgunits/THCS-TANMY: one unit's page (session cookie).
local c = dofile((os.getenv("BD_LOAD_DIR") or "tests/load") .. "/common.lua")
wrk.method = "GET"
wrk.path = "/orgunits/THCS-TANMY"
wrk.headers = c.cookie_headers()
setup = c.setup
done = c.done

-- GET /orgunits/SGD-AL/targets: the province's targets page (session cookie).
local c = dofile((os.getenv("BD_LOAD_DIR") or "tests/load") .. "/common.lua")
wrk.method = "GET"
wrk.path = "/orgunits/SGD-AL/targets"
wrk.headers = c.cookie_headers()
setup = c.setup
done = c.done

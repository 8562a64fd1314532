-- Shared by the wrk scripts of tests/load/: credentials from the driver
-- (environment), per-thread random seeds, and a one-line JSON summary that
-- the driver parses (requests/s, latency percentiles in ms, every error kind).
local M = {}

M.token = os.getenv("BD_TOKEN") or ""
M.cookie = os.getenv("BD_COOKIE") or ""
M.csrf = os.getenv("BD_CSRF") or ""

function M.bearer_headers()
  return { ["Authorization"] = "Bearer " .. M.token }
end

function M.cookie_headers()
  return { ["Cookie"] = "bd_session=" .. M.cookie }
end

local thread_count = 0
-- setup(thread) runs once per wrk thread in the main Lua state: give each its id.
function M.setup(thread)
  thread_count = thread_count + 1
  thread:set("thread_id", thread_count)
end

function M.seed(id)
  math.randomseed(os.time() * 1000 + (id or 0) * 7919)
end

function M.done(summary, latency, requests)
  local e = summary.errors
  local secs = summary.duration / 1e6
  io.write(string.format(
    'LOAD_RESULT {"requests":%d,"seconds":%.2f,"rps":%.1f,"p50_ms":%.2f,"p90_ms":%.2f,"p99_ms":%.2f,' ..
    '"max_ms":%.2f,"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d}}\n',
    summary.requests, secs, summary.requests / secs,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, e.connect, e.read, e.write, e.status, e.timeout))
end

return M

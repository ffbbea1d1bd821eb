-- wrk script: replays a request mix round-robin and prints a JSON summary.
-- Usage: wrk ... -s mix.lua <url> -- <requests file>
-- The requests file has one request a line: METHOD<TAB>PATH<TAB>BODY (BODY may be empty).
-- Headers (Authorization, Content-Type) come from wrk's -H options.

local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("offset", counter)
  table.insert(threads, thread)
end

function init(args)
  requests = {}
  for line in io.lines(args[1]) do
    local method, path, body = line:match("^([^\t]*)\t([^\t]*)\t?(.*)$")
    if body == "" then body = nil end
    table.insert(requests, wrk.format(method, path, nil, body))
  end
  -- Threads start at different places in the mix so they do not send the same query in step.
  position = (offset * 37) % #requests
end

function request()
  position = position % #requests + 1
  return requests[position]
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{"requests":%d,"duration_us":%d,"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d},' ..
    '"latency_us":{"p50":%d,"p90":%d,"p95":%d,"p99":%d,"max":%d,"mean":%.1f}}\n',
    summary.requests, summary.duration, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(95), latency:percentile(99),
    latency.max, latency.mean))
end

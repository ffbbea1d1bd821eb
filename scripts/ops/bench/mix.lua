-- wrk script: replays a request mix round-robin and prints a JSON summary.
-- Usage: wrk ... -s mix.lua <url> -- <requests file>
-- The requests file has one request a line: METHOD<TAB>PATH<TAB>BODY (BODY may be empty).
-- Headers (Authorization, Content-Type) come from wrk's -H options.
--
-- Two sets of latency figures come out. wrk's own ("corrected") are its histogram after its
-- coordinated-omission correction (stats_correct, applied before done() sees it): every request
-- slower than twice the mean interval adds made-up samples at its latency minus 1, 2, ... intervals,
-- as if requests had kept arriving at the mean rate while it ran, so one slow search becomes ~15
-- samples. The "raw" ones are each answered request's own time, from this script's clock
-- (request() runs right before wrk starts its timer, response() right after it stops), and they
-- need each thread to hold one connection (wrk.ts starts as many threads as connections): a thread
-- with several connections would interleave their requests and responses.

local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } mix_timespec;
  int clock_gettime(int clock_id, mix_timespec *tp);
]]
local CLOCK_MONOTONIC = 1
local now = ffi.new("mix_timespec")
local function now_us()
  ffi.C.clock_gettime(CLOCK_MONOTONIC, now)
  return tonumber(now.tv_sec) * 1e6 + tonumber(now.tv_nsec) / 1e3
end

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
  latencies = {}
  started = nil
end

function request()
  position = position % #requests + 1
  started = now_us()
  return requests[position]
end

function response(status, headers, body)
  if started then
    latencies[#latencies + 1] = now_us() - started
    started = nil
  end
end

function done(summary, latency, requests)
  -- Every answered request's latency, whole microseconds: the bench pools rounds and takes percentiles.
  local raw = {}
  for _, thread in ipairs(threads) do
    for _, l in ipairs(thread:get("latencies")) do
      raw[#raw + 1] = string.format("%d", l)
    end
  end
  local e = summary.errors
  io.write(string.format(
    '{"requests":%d,"duration_us":%d,"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d},' ..
    '"latency_us":{"p50":%d,"p90":%d,"p95":%d,"p99":%d,"max":%d,"mean":%.1f},"raw_us":[%s]}\n',
    summary.requests, summary.duration, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(95), latency:percentile(99),
    latency.max, latency.mean, table.concat(raw, ",")))
end

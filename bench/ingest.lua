-- wrk script: realistic generic webhooks, each with its own externalId, and the
-- latency percentiles (p99.9 included) printed in a parseable line.
local counter = 0
local secret = os.getenv("BENCH_WEBHOOK_SECRET") -- the generic connector's secret, if any
-- Every wrk thread runs its own copy of this script: each gets its own number, so that
-- no two threads send the same externalId (that would measure updates, not new items).
local threads = 0
function setup(thread)
    threads = threads + 1
    thread:set("tid", threads)
end
local prefix
function init(args)
    -- BENCH_PREFIX keeps two wrk processes started in the same second apart.
    prefix = (os.getenv("BENCH_PREFIX") or "") .. tostring(os.time()) .. "-" .. tostring(tid)
end

request = function()
    counter = counter + 1
    local body = '{"title":"Deploy shop 3.' .. counter .. ' to production",' ..
        '"callbackUrl":"http://127.0.0.1:9/callback",' ..
        '"externalId":"bench-' .. prefix .. '-' .. counter .. '",' ..
        '"pipeline":"shop","stage":"deploy","environment":"production",' ..
        '"requestedBy":"ci","description":"Release notes for build ' .. counter .. '"}'
    local headers = {["Content-Type"] = "application/json"}
    if secret then
        headers["Authorization"] = "Bearer " .. secret
    end
    return wrk.format("POST", "/hooks/generic", headers, body)
end

done = function(summary, latency, requests)
    local non2xx = summary.errors.status
    io.write(string.format("RESULT requests=%d seconds=%.2f rps=%.0f p50_ms=%.3f p99_ms=%.3f p999_ms=%.3f non2xx=%d errors=%d\n",
        summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
        latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency:percentile(99.9) / 1000,
        non2xx, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end

-- wrk script for the request mix: every request is a path drawn at random from a file.
-- Usage: wrk -t2 -c32 -d20s --latency -s bench/mix.lua http://127.0.0.1:PORT -- bench/work/.../mix.txt [seed]
-- Each thread loads the file and seeds its own generator (seed + thread number), so runs are repeatable
-- per thread and threads do not replay the same sequence. Only the standard request hook is defined:
-- wrk's own "Non-2xx or 3xx responses" line counts failed requests (status > 399) as usual.

local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("thread_no", counter)
end

local paths = {}
local n = 0

function init(args)
  local file = args[1] or error("mix.lua: give the URL file after --")
  local seed = tonumber(args[2] or "20240612")
  for line in io.lines(file) do
    if line ~= "" then
      n = n + 1
      paths[n] = line
    end
  end
  if n == 0 then error("mix.lua: no paths in " .. file) end
  math.randomseed(seed + (thread_no or 0) * 7919)
  -- LuaJIT's first values after seeding are close to each other: discard a few
  for _ = 1, 10 do math.random() end
end

function request()
  return wrk.format("GET", paths[math.random(n)])
end

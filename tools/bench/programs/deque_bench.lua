-- Twin of deque_bench.py: a double-ended queue as a table with head and
-- tail indices.
local function new() return {first = 0, last = -1, n = 0} end
local function appendleft(d, v) d.first = d.first - 1; d[d.first] = v; d.n = d.n + 1 end
local function append(d, v) d.last = d.last + 1; d[d.last] = v; d.n = d.n + 1 end
local function popleft(d)
  local v = d[d.first]; d[d.first] = nil; d.first = d.first + 1; d.n = d.n - 1
  return v
end
local function pop(d)
  local v = d[d.last]; d[d.last] = nil; d.last = d.last - 1; d.n = d.n - 1
  return v
end

local function run(n)
  local d = new()
  for i = 0, n - 1 do appendleft(d, i) end
  local total = 0
  while d.n > 0 do total = total + popleft(d) end
  for i = 0, n - 1 do
    append(d, i)
    if i % 3 == 0 then total = total - pop(d) end
  end
  local window = new()
  for i = 0, n - 1 do
    append(window, i)
    if window.n > 16 then popleft(window) end
  end
  local s = 0
  for i = window.first, window.last do s = s + window[i] end
  total = total + s + d.n
  return total % 1000003
end

print(run(1000000))

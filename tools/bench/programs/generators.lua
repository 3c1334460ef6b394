-- Generators as coroutines: one resume per item (a loop over a
-- generator, a generator summed, a nested generator pipeline).
local function count(n)
  return coroutine.wrap(function()
    local i = 0
    while i < n do
      coroutine.yield(i)
      i = i + 1
    end
  end)
end

local function evens(it)
  return coroutine.wrap(function()
    for v in it do
      if v % 2 == 0 then coroutine.yield(v) end
    end
  end)
end

local function doubled(n)
  return coroutine.wrap(function()
    for x = 0, n - 1 do coroutine.yield(x * 2) end
  end)
end

local function run(n)
  local total = 0
  for v in count(n) do total = total + v end
  for v in doubled(n) do total = total + v end
  for v in evens(count(n)) do total = total - v end
  return total % 1000003
end

print(run(3000000))

local function sieve(n)
  local flags = {}
  for k = 0, n do flags[k] = true end
  flags[0] = false
  flags[1] = false
  local i = 2
  while i * i <= n do
    if flags[i] then
      for j = i * i, n, i do flags[j] = false end
    end
    i = i + 1
  end
  return flags
end

local total = 0
for _ = 1, 6 do
  local flags = sieve(1000000)
  local count = 0
  for k = 0, 1000000 do
    if flags[k] then count = count + 1 end
  end
  total = total + count
end
print(total)

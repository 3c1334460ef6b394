-- Many small instances: a million three-field objects kept alive in a
-- table, then read back.
local Point = {}
Point.__index = Point
function Point.new(x, y, z)
  return setmetatable({x = x, y = y, z = z}, Point)
end

local function main(n)
  local points = {}
  for i = 0, n - 1 do
    points[i + 1] = Point.new(i, i * 2, i % 7)
  end
  local total = 0
  for _, p in ipairs(points) do
    total = total + p.x + p.y - p.z
  end
  return total
end

print(main(1000000))

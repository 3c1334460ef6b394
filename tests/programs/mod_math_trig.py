# math trigonometry: sin cos tan atan atan2.
import math
for x in [0, math.pi / 6, math.pi / 4, math.pi / 2, math.pi, -1.0]:
    print(round(math.sin(x), 12), round(math.cos(x), 12), round(math.tan(x), 6) if abs(math.cos(x)) > 1e-9 else "inf")
print(math.sin(0), math.cos(0), math.tan(0), math.atan(0), math.atan(1) * 4 == math.pi)
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0, -1), math.atan2(1, 0), math.atan2(0, 0))
print(math.atan(math.inf), math.atan(-math.inf))
print(math.sin(1.0), math.cos(1.0), math.tan(1.0))

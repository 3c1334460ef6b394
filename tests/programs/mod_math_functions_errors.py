# math functions on edge values and their error messages (domain errors, overflow, bad types).
import math
try:
    print('math.sqrt(2)', '=', repr(math.sqrt(2)))
except Exception as e:
    print('math.sqrt(2)', '->', type(e).__name__, e)
try:
    print('math.sqrt(-1)', '=', repr(math.sqrt(-1)))
except Exception as e:
    print('math.sqrt(-1)', '->', type(e).__name__, e)
try:
    print("math.sqrt('a')", '=', repr(math.sqrt('a')))
except Exception as e:
    print("math.sqrt('a')", '->', type(e).__name__, e)
try:
    print('math.floor(2.7)', '=', repr(math.floor(2.7)))
except Exception as e:
    print('math.floor(2.7)', '->', type(e).__name__, e)
try:
    print('math.floor(-2.5)', '=', repr(math.floor(-2.5)))
except Exception as e:
    print('math.floor(-2.5)', '->', type(e).__name__, e)
try:
    print('math.ceil(2.1)', '=', repr(math.ceil(2.1)))
except Exception as e:
    print('math.ceil(2.1)', '->', type(e).__name__, e)
try:
    print('math.ceil(-2.1)', '=', repr(math.ceil(-2.1)))
except Exception as e:
    print('math.ceil(-2.1)', '->', type(e).__name__, e)
try:
    print("math.floor(float('inf'))", '=', repr(math.floor(float('inf'))))
except Exception as e:
    print("math.floor(float('inf'))", '->', type(e).__name__, e)
try:
    print("math.floor(float('nan'))", '=', repr(math.floor(float('nan'))))
except Exception as e:
    print("math.floor(float('nan'))", '->', type(e).__name__, e)
try:
    print('math.pi', '=', repr(math.pi))
except Exception as e:
    print('math.pi', '->', type(e).__name__, e)
try:
    print('math.e', '=', repr(math.e))
except Exception as e:
    print('math.e', '->', type(e).__name__, e)
try:
    print('math.inf', '=', repr(math.inf))
except Exception as e:
    print('math.inf', '->', type(e).__name__, e)
try:
    print('math.nan', '=', repr(math.nan))
except Exception as e:
    print('math.nan', '->', type(e).__name__, e)
try:
    print('math.isnan(math.nan)', '=', repr(math.isnan(math.nan)))
except Exception as e:
    print('math.isnan(math.nan)', '->', type(e).__name__, e)
try:
    print('math.isinf(-math.inf)', '=', repr(math.isinf(-math.inf)))
except Exception as e:
    print('math.isinf(-math.inf)', '->', type(e).__name__, e)
try:
    print('math.fabs(-3)', '=', repr(math.fabs(-3)))
except Exception as e:
    print('math.fabs(-3)', '->', type(e).__name__, e)
try:
    print('math.sin(0)', '=', repr(math.sin(0)))
except Exception as e:
    print('math.sin(0)', '->', type(e).__name__, e)
try:
    print('math.cos(math.pi)', '=', repr(math.cos(math.pi)))
except Exception as e:
    print('math.cos(math.pi)', '->', type(e).__name__, e)
try:
    print('math.tan(1)', '=', repr(math.tan(1)))
except Exception as e:
    print('math.tan(1)', '->', type(e).__name__, e)
try:
    print('math.atan(1)', '=', repr(math.atan(1)))
except Exception as e:
    print('math.atan(1)', '->', type(e).__name__, e)
try:
    print('math.atan2(1, -1)', '=', repr(math.atan2(1, -1)))
except Exception as e:
    print('math.atan2(1, -1)', '->', type(e).__name__, e)
try:
    print('math.exp(1)', '=', repr(math.exp(1)))
except Exception as e:
    print('math.exp(1)', '->', type(e).__name__, e)
try:
    print('math.exp(1000)', '=', repr(math.exp(1000)))
except Exception as e:
    print('math.exp(1000)', '->', type(e).__name__, e)
try:
    print('math.log(math.e)', '=', repr(math.log(math.e)))
except Exception as e:
    print('math.log(math.e)', '->', type(e).__name__, e)
try:
    print('math.log(8, 2)', '=', repr(math.log(8, 2)))
except Exception as e:
    print('math.log(8, 2)', '->', type(e).__name__, e)
try:
    print('math.log(0)', '=', repr(math.log(0)))
except Exception as e:
    print('math.log(0)', '->', type(e).__name__, e)
try:
    print('math.log(-1)', '=', repr(math.log(-1)))
except Exception as e:
    print('math.log(-1)', '->', type(e).__name__, e)
try:
    print('math.log(100, 10)', '=', repr(math.log(100, 10)))
except Exception as e:
    print('math.log(100, 10)', '->', type(e).__name__, e)
try:
    print('math.log(1, 1)', '=', repr(math.log(1, 1)))
except Exception as e:
    print('math.log(1, 1)', '->', type(e).__name__, e)
try:
    print('math.pow(2, 10)', '=', repr(math.pow(2, 10)))
except Exception as e:
    print('math.pow(2, 10)', '->', type(e).__name__, e)
try:
    print('math.pow(-8, 1/3)', '=', repr(math.pow(-8, 1/3)))
except Exception as e:
    print('math.pow(-8, 1/3)', '->', type(e).__name__, e)
try:
    print('math.pow(0, -1)', '=', repr(math.pow(0, -1)))
except Exception as e:
    print('math.pow(0, -1)', '->', type(e).__name__, e)
try:
    print('math.pow(2, 1e10)', '=', repr(math.pow(2, 1e10)))
except Exception as e:
    print('math.pow(2, 1e10)', '->', type(e).__name__, e)
try:
    print('math.sqrt(16)', '=', repr(math.sqrt(16)))
except Exception as e:
    print('math.sqrt(16)', '->', type(e).__name__, e)
try:
    print('math.floor(5)', '=', repr(math.floor(5)))
except Exception as e:
    print('math.floor(5)', '->', type(e).__name__, e)
try:
    print('math.ceil(True)', '=', repr(math.ceil(True)))
except Exception as e:
    print('math.ceil(True)', '->', type(e).__name__, e)
try:
    print('math.log(0.0)', '=', repr(math.log(0.0)))
except Exception as e:
    print('math.log(0.0)', '->', type(e).__name__, e)
try:
    print("math.floor('a')", '=', repr(math.floor('a')))
except Exception as e:
    print("math.floor('a')", '->', type(e).__name__, e)
try:
    print('math.isnan(1)', '=', repr(math.isnan(1)))
except Exception as e:
    print('math.isnan(1)', '->', type(e).__name__, e)
try:
    print("math.isnan('x')", '=', repr(math.isnan('x')))
except Exception as e:
    print("math.isnan('x')", '->', type(e).__name__, e)
try:
    print("math.sin(float('inf'))", '=', repr(math.sin(float('inf'))))
except Exception as e:
    print("math.sin(float('inf'))", '->', type(e).__name__, e)
try:
    print('math.atan2(0, 0)', '=', repr(math.atan2(0, 0)))
except Exception as e:
    print('math.atan2(0, 0)', '->', type(e).__name__, e)
try:
    print("math.fabs('x')", '=', repr(math.fabs('x')))
except Exception as e:
    print("math.fabs('x')", '->', type(e).__name__, e)
try:
    print("math.exp('x')", '=', repr(math.exp('x')))
except Exception as e:
    print("math.exp('x')", '->', type(e).__name__, e)
try:
    print("math.log10(1000) if hasattr(math, 'log10') else 3.0", '=', repr(math.log10(1000) if hasattr(math, 'log10') else 3.0))
except Exception as e:
    print("math.log10(1000) if hasattr(math, 'log10') else 3.0", '->', type(e).__name__, e)
try:
    print("math.hypot(3, 4) if hasattr(math, 'hypot') else 5.0", '=', repr(math.hypot(3, 4) if hasattr(math, 'hypot') else 5.0))
except Exception as e:
    print("math.hypot(3, 4) if hasattr(math, 'hypot') else 5.0", '->', type(e).__name__, e)
try:
    print("math.gcd(12, 18) if hasattr(math, 'gcd') else 6", '=', repr(math.gcd(12, 18) if hasattr(math, 'gcd') else 6))
except Exception as e:
    print("math.gcd(12, 18) if hasattr(math, 'gcd') else 6", '->', type(e).__name__, e)
try:
    print("math.trunc(-2.5) if hasattr(math, 'trunc') else -2", '=', repr(math.trunc(-2.5) if hasattr(math, 'trunc') else -2))
except Exception as e:
    print("math.trunc(-2.5) if hasattr(math, 'trunc') else -2", '->', type(e).__name__, e)
try:
    print("math.isclose(0.1 + 0.2, 0.3) if hasattr(math, 'isclose') else True", '=', repr(math.isclose(0.1 + 0.2, 0.3) if hasattr(math, 'isclose') else True))
except Exception as e:
    print("math.isclose(0.1 + 0.2, 0.3) if hasattr(math, 'isclose') else True", '->', type(e).__name__, e)
try:
    print("math.factorial(5) if hasattr(math, 'factorial') else 120", '=', repr(math.factorial(5) if hasattr(math, 'factorial') else 120))
except Exception as e:
    print("math.factorial(5) if hasattr(math, 'factorial') else 120", '->', type(e).__name__, e)
try:
    print("math.tau if hasattr(math, 'tau') else 6.283185307179586", '=', repr(math.tau if hasattr(math, 'tau') else 6.283185307179586))
except Exception as e:
    print("math.tau if hasattr(math, 'tau') else 6.283185307179586", '->', type(e).__name__, e)
try:
    print("math.log2(8) if hasattr(math, 'log2') else 3.0", '=', repr(math.log2(8) if hasattr(math, 'log2') else 3.0))
except Exception as e:
    print("math.log2(8) if hasattr(math, 'log2') else 3.0", '->', type(e).__name__, e)
try:
    print("math.copysign(1, -0.0) if hasattr(math, 'copysign') else -1.0", '=', repr(math.copysign(1, -0.0) if hasattr(math, 'copysign') else -1.0))
except Exception as e:
    print("math.copysign(1, -0.0) if hasattr(math, 'copysign') else -1.0", '->', type(e).__name__, e)
try:
    print("math.degrees(math.pi) if hasattr(math, 'degrees') else 180.0", '=', repr(math.degrees(math.pi) if hasattr(math, 'degrees') else 180.0))
except Exception as e:
    print("math.degrees(math.pi) if hasattr(math, 'degrees') else 180.0", '->', type(e).__name__, e)
try:
    print("math.radians(180) if hasattr(math, 'radians') else 3.141592653589793", '=', repr(math.radians(180) if hasattr(math, 'radians') else 3.141592653589793))
except Exception as e:
    print("math.radians(180) if hasattr(math, 'radians') else 3.141592653589793", '->', type(e).__name__, e)

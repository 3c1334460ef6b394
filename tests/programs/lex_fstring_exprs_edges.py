# f-string expressions: nested quotes, self-documenting =, nested specs, raw f-strings.
print(f"{3.14159:.2f} {42:>6} {'x':<3}| {7:03d} {-7:03d} {1234567:,} {0.5:.0%} {255:#06x} {1e-3:.1e}")
print(f"{'nested ' + str(1 + 1)!r} {[1, 2][0]} {dict(a=1)['a']} {(lambda: 5)()} {'%d' % 3}")
w = 8
print(f"{'centered':^{w + 4}}|{3.0:{w}.{2}f}|{'s'!r:{w}}|")
x = 10
print(f"{x=}", f"{x = }", f"{x*2=}", f"{x=:>5}", f"{x=!s}", f"{'q'=}")
print(f"{{literal}} {{{x}}} {x:{'>'}{4}}")
print(f"""multi
{x}
line""", f'{"dq"}', f"{'sq'}", rf"raw\{x}", fr"\n{x}")
print(f"{None} {True:>5} {[1, 'a']} {(1,)} {{}}")
d = {"key": "val"}
print(f"{d['key']} {d!r} {len(d):02}")
print(f"{1_000_000:_} {0b1010:b} {0o17:o} {-1.5:+} {2:+} {1e20:.3g} {123.456:10.2e}|")
print(f"{float('inf'):>6} {float('-inf'):<6}| {float('nan'):^7}|")

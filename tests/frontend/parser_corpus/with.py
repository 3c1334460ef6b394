with open(p) as f, (a as b):
    x += 0x_ff + 0o7 + 0b1 + 1_0.5e-3

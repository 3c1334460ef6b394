# A lambda in an f-string field stops at the format-spec colon.
print(f"{lambda x: 1}")

# A stray character that cannot start a token.
print("never printed")
a = 1 $ 2

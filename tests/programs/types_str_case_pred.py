# upper/lower and the is* predicates on ASCII and non-ASCII text.
for s in ["Hello World", "ÄÖÜ äöü", "123", "", " ", "\t\n", "abc123", "ABC"]:
    print(repr(s), repr(s.upper()), repr(s.lower()), s.isdigit(), s.isalpha(), s.isspace())
print("MiXeD".lower().upper(), "Ünïcödé".upper(), "ÀÉ".lower())
print("x".isalpha(), "é".isalpha(), "_".isalpha(), "1".isalpha(), "a b".isalpha())
print("0".isdigit(), "-1".isdigit(), "1.5".isdigit(), "0123456789".isdigit())

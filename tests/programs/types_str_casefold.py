# casefold(): full Unicode case folding vs lower().
words = ["Straße", "STRASSE", "ΣΑΣ", "ﬁne", "MAẞE", "µ", "Ǆ", "ÀÉÎ", "plain"]
for w in words:
    print(w, w.lower(), w.casefold(), w.upper())
print("Straße".casefold() == "STRASSE".casefold(), "ﬁ".casefold(), "ς".casefold(), len("ß".casefold()))

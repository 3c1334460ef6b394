# Raw strings keep backslashes literally.
print(r"a\nb", len(r"a\nb"))
print(r'C:\path\to\file')
print(repr(r"\t"), repr(r"\\"))
print(R"upper\x41")
print(r"\u00e9", len(r"\u00e9"))
print(r"quote\"kept", len(r"quote\"kept"))
print(r"" == "", r"abc" == "abc")
print(r'''raw
triple\n''')

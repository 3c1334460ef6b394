# Comments everywhere; blocks indented with tabs and with odd space counts.
x = 1  # trailing comment
# full-line comment
if x:
	print("tab indented")
	if x > 0:
		print("two tabs")
if x:
  print("two spaces")
  for i in range(2):
         print("nine spaces", i)
  # comment at a different indent
        # and another one
  print("back")
def f():
 return "one space"
print(f())
while x < 3:
    x += 1
    # comment before dedent
print(x)  # done

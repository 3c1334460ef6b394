if a < b <= c and not d:
	pass
elif x:
	y = lambda q, *, k=1: q if k else -q ** 2
else:
	while 1:
		break

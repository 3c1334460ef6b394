# SystemExit with several args: the tuple is printed, status 1.
raise SystemExit('msg', 2)

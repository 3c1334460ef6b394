import host

print(sorted([3, 1, 2], key=lambda x: list(map(lambda y: host.crash(), [x]))))

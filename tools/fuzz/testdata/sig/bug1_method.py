import host

class Handler:
    def g(self, n):
        if n:
            return self.g(n - 1)
        return (lambda: host.crash())()

Handler().g(3)

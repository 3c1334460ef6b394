print('loading modx', __name__)
value = 42
def helper(): return 'helped'
_private = 1

# except with a non-class: TypeError raised while matching, chained to the original error.
try:
    pass
except 5:
    pass
try:
    1/0
except 5:
    pass

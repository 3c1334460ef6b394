# Exception raised in finally while another propagates: chained report.
def work():
    try:
        print("working")
        raise KeyError("first")
    finally:
        print("cleanup")
        raise IndexError("second")
work()

def f(x):
    try:
        a = g(x)
    except ValueError as e:
        print(e)
        return 1
    except:
        raise
    else:
        return a
    finally:
        print("fin")

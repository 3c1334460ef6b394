# Traceback position markers for statements (CPython 3.11): assert marks
# the last comparison of its condition, augmented assignment marks its
# target for the load and store and the whole statement for the
# operation, `raise` marks the statement when it shares its line.
import threading


def run(fn):
    t = threading.Thread(target=fn, name=fn.__name__)
    t.start()
    t.join()


def assert_plain():
    x = 0
    assert x


def assert_compare():
    x = 0
    assert x == 4


def assert_compare_with_message():
    n = -2
    assert n >= 0, "negative: " + str(n)


def assert_not_compare():
    x = 0
    assert not x == 0


def assert_and():
    x = 0
    assert 0 <= x and x > 4


def assert_conditional():
    x = 0
    assert x == 4 if x else x


def assert_chained():
    x = 0
    assert x < 1 < 0


def assert_is_none():
    x = 0
    assert x is None, "x is %r" % x


def assert_after_statement():
    y = 2; assert y == 1


def assert_multi_line_compare():
    x = 0
    assert (x ==
            1)


def augassign_unbound_local():
    if False:
        x = 0
    x += 1


def augassign_unbound_after_statement():
    if False:
        x = 0
    y = 1; x += y


def augassign_bad_operand():
    x = None
    x += 1


def augassign_bad_operand_after_statement():
    x = None; x += 1


def augassign_missing_attribute():
    class A:
        pass
    a = A()
    a.b += 1


def augassign_read_only_attribute():
    t = 5
    t.real += 1


def augassign_missing_key():
    d = {}
    d["k"] += 1


def augassign_immutable_item():
    t = (1,)
    t[0] += 1


def augassign_multi_line_attribute():
    class A:
        pass
    a = A()
    (a
     .x) += 1


def raise_on_if_line():
    x = 1
    if x: raise ValueError("v")


def raise_whole_line():
    raise ValueError("w")


def store_attribute():
    t = 5
    t.x = 1


def store_attribute_multi_line():
    t = 5
    (t
     .x) = 1


def delete_attribute():
    t = 5
    del t.x


def delete_name():
    x = 1
    del x
    del x


def unpack_targets():
    t = 5
    t.real, t.imag = 1, 2


def unpack_count():
    a, b = [1, 2, 3]


def for_over_int():
    for x in 5:
        pass


def name_error():
    return undefined_name + 1


def unbound_read():
    if False:
        v = 1
    return v


def global_name_error():
    global missing_global
    return missing_global


def with_non_context_manager():
    with 5:
        pass


def import_missing():
    import no_such_module_here


def attribute_multi_line_chain():
    t = 5
    return (t
            .real).imag.bad


def trailing_blanks():
    n = 0
    return n.missing   


for case in [assert_plain, assert_compare, assert_compare_with_message,
             assert_not_compare, assert_and, assert_conditional,
             assert_chained, assert_is_none, assert_after_statement,
             assert_multi_line_compare, augassign_unbound_local,
             augassign_unbound_after_statement, augassign_bad_operand,
             augassign_bad_operand_after_statement,
             augassign_missing_attribute, augassign_read_only_attribute,
             augassign_missing_key, augassign_immutable_item,
             augassign_multi_line_attribute, raise_on_if_line,
             raise_whole_line, store_attribute, store_attribute_multi_line,
             delete_attribute, delete_name, unpack_targets, unpack_count,
             for_over_int, name_error, unbound_read, global_name_error,
             with_non_context_manager, import_missing,
             attribute_multi_line_chain, trailing_blanks]:
    run(case)
print("done")

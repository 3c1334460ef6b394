"""The names CPython's pickle takes from its _pickle accelerator; interp's
live in pickle.py, and pickles of them name _pickle as CPython's do."""

from pickle import (PickleError, PicklingError, UnpicklingError, Pickler,
                    Unpickler, dump, dumps, load, loads)

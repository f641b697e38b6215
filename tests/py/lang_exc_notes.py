# Python 3.11 exception notes
try:
    e = ValueError("bad")
    e.add_note("first note")
    e.add_note("second note")
    raise e
except ValueError as ex:
    print(ex.__notes__, str(ex))
try:
    ValueError().add_note(5)
except TypeError as ex:
    print(type(ex).__name__, ex)
e = KeyError("k")
print(hasattr(e, "__notes__"))
e.__notes__ = ["set directly"]
e.add_note("added")
print(e.__notes__)

import sys
print(type(sys).__name__, sys.__name__)
print(__name__)
print(hasattr(sys, 'argv'), hasattr(sys, 'nonexistent_attr'))
import sys as system
print(system is sys)

class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, what):
        super().__init__('not found: ' + what)
        self.what = what
class Invalid(AppError):
    def __str__(self):
        return 'invalid input!'
for exc in [NotFound('user'), Invalid('x'), AppError('generic')]:
    try:
        raise exc
    except NotFound as e:
        print('NotFound', e, e.what)
    except AppError as e:
        print(type(e).__name__, e, e.args)
print(issubclass(NotFound, Exception), NotFound.__mro__[1].__name__)
class WithDefault(Exception):
    def __init__(self, msg='default message'):
        super().__init__(msg)
try:
    raise WithDefault
except WithDefault as e:
    print(e)
print(repr(NotFound('x')), repr(AppError()), str(AppError()))

class Fatal(BaseException):
    pass
try:
    raise Fatal('not caught by Exception')
except Exception:
    print('wrong')

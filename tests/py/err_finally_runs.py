def risky():
    try:
        print('trying')
        return 1 / 0
    finally:
        print('finally before traceback')
risky()

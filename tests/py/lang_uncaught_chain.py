# an uncaught exception chain with a custom __str__ and notes: traceback on stderr
class AppError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code
    def __str__(self):
        return f"application failed with code {self.code}"
def load():
    try:
        {}["config"]
    except KeyError as e:
        raise AppError(7) from e
def main():
    try:
        load()
    except AppError as e:
        e.add_note("while starting up")
        raise
print("starting")
main()

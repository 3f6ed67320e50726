class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[1]}"
try:
    raise AppError(404, "not found")
except AppError as e:
    print(e, e.code, e.args, repr(e))
class Sub(AppError):
    pass
try:
    raise Sub(1, "sub")
except AppError as e:
    print(type(e).__name__, e)

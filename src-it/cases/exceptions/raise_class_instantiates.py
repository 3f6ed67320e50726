try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
class MyErr(Exception):
    def __init__(self):
        super().__init__("made by class")
try:
    raise MyErr
except MyErr as e:
    print(e)

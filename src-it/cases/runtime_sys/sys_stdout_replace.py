import sys
class Capture:
    def __init__(self):
        self.data = []
    def write(self, s):
        self.data.append(s)
        return len(s)
    def flush(self):
        pass
old = sys.stdout
sys.stdout = Capture()
print("captured", 1)
cap = sys.stdout
sys.stdout = old
print(cap.data)
print(sys.__stdout__ is old)

# Finalization first sets some sys attributes to None and restores sys.stdout from
# sys.__stdout__, before any module is torn down.
import sys
import io


class Check:
    def __del__(self):
        print("argv:", sys.argv, "path:", sys.path, file=sys.__stdout__)


sys.stdout = io.StringIO()
sys.last_value = Check()
sys.stdout.write("this goes to the StringIO\n")

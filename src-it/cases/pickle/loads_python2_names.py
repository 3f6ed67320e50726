import pickle

print(pickle.loads(b"c__builtin__\nset\np0\n((lp1\nI1\natp2\nRp3\n."))
print(pickle.loads(b"\x80\x02c__builtin__\nxrange\nq\x00K\x03\x85q\x01Rq\x02."))
print(pickle.loads(b"\x80\x02cexceptions\nValueError\nq\x00K\x01\x85q\x01Rq\x02."))
print(pickle.loads(b"\x80\x02c__builtin__\nset\n.", fix_imports=True))
try:
    pickle.loads(b"\x80\x03c__builtin__\nset\n.")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e)

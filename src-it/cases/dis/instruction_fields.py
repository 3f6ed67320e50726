# Instruction and Positions are named tuples.
import dis

print(dis.Instruction._fields)
print(dis.Positions._fields)
i = dis.Instruction('LOAD_CONST', 100, 0, None, 'None', 2, 5, False)
print(i)
print(i.opname, i.argval, i.starts_line, i.positions)
print(i._replace(argrepr='x', offset=4))
p = dis.Positions(1, 2, 3, 4)
print(p, p.lineno, p.end_col_offset, tuple(p))
print(dis.Positions())
print(isinstance(i, tuple), len(i), i[0], i[-2])
print(i == dis.Instruction('LOAD_CONST', 100, 0, None, 'None', 2, 5, False, None))

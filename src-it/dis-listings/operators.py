import dis

def ops(a, b, s):
    c = a < b, a <= b, a == b, a != b, a > b, a >= b
    d = a is b, a is not b, a in s, a not in s
    a += b
    a -= b
    a @= b
    e = a // b, a % b, a << b, a >> b, a & b, a | b, a ^ b, -a, ~a, not a
    return c, d, e

dis.dis(ops)

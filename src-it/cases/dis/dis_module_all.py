# The dis module's public names.
import dis

print(sorted(n for n in dis.__all__ if n != 'HAVE_ARGUMENT'))
print(dis.disco is dis.disassemble)
print(callable(dis.findlabels), callable(dis.distb))

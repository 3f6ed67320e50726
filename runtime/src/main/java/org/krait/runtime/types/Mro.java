package org.krait.runtime.types;

import java.util.ArrayList;
import java.util.List;
import org.krait.runtime.objects.exceptions.PythonException;

/** C3 linearisation of a class's bases (CPython: {@code mro_implementation} in typeobject.c). */
final class Mro {

    private Mro() {
    }

    static PyType[] compute(PyType type, PyType[] bases) {
        if (bases.length == 1) {
            PyType[] baseMro = bases[0].mro();
            PyType[] out = new PyType[baseMro.length + 1];
            out[0] = type;
            System.arraycopy(baseMro, 0, out, 1, baseMro.length);
            return out;
        }
        for (int i = 0; i < bases.length; i++) {
            for (int j = i + 1; j < bases.length; j++) {
                if (bases[i] == bases[j]) {
                    throw PythonException.typeError("duplicate base class " + bases[i].simpleName());
                }
            }
        }
        List<List<PyType>> seqs = new ArrayList<>();
        for (PyType b : bases) {
            seqs.add(new ArrayList<>(List.of(b.mro())));
        }
        seqs.add(new ArrayList<>(List.of(bases)));
        List<PyType> out = new ArrayList<>();
        out.add(type);
        while (true) {
            seqs.removeIf(List::isEmpty);
            if (seqs.isEmpty()) {
                return out.toArray(new PyType[0]);
            }
            PyType next = null;
            for (List<PyType> s : seqs) {
                PyType head = s.get(0);
                boolean inTail = false;
                for (List<PyType> other : seqs) {
                    if (other.indexOf(head) > 0) {
                        inTail = true;
                        break;
                    }
                }
                if (!inTail) {
                    next = head;
                    break;
                }
            }
            if (next == null) {
                // CPython names the head of every list still to merge, each once, in order.
                java.util.LinkedHashSet<PyType> heads = new java.util.LinkedHashSet<>();
                for (List<PyType> s : seqs) {
                    heads.add(s.get(0));
                }
                List<String> names = new ArrayList<>();
                for (PyType h : heads) {
                    names.add(h.simpleName());
                }
                throw PythonException.typeError("Cannot create a consistent method resolution\norder (MRO) for bases "
                        + String.join(", ", names));
            }
            out.add(next);
            for (List<PyType> s : seqs) {
                if (s.get(0) == next) {
                    s.remove(0);
                }
            }
        }
    }
}

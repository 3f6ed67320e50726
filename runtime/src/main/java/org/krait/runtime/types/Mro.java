package org.krait.runtime.types;

import java.util.ArrayList;
import java.util.List;
import org.krait.runtime.objects.exceptions.PythonException;

/** C3 linearisation of a class's bases (CPython: {@code mro_implementation} in typeobject.c). */
final class Mro {

    private Mro() {
    }

    static PyType[] compute(PyType type, PyType[] bases) {
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
                StringBuilder names = new StringBuilder();
                for (List<PyType> s : seqs) {
                    if (s != seqs.get(seqs.size() - 1) || seqs.size() == 1) {
                        if (names.length() > 0) {
                            names.append(", ");
                        }
                        names.append(s.get(0).name());
                    }
                }
                throw PythonException.typeError("Cannot create a consistent method resolution\norder (MRO) for bases " + names);
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

package org.krait.runtime.objects;

/** An object with a {@code __dict__} that generic attribute lookup reads and writes. */
public interface DictOwner {
    /** The instance dictionary (borrowed); never null. */
    PyDict dict();
}

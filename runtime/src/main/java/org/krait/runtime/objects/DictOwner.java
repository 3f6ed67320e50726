package org.krait.runtime.objects;

/** An object with a {@code __dict__} that generic attribute lookup reads and writes. */
public interface DictOwner {
    /**
     * The instance dictionary (borrowed); null only for an instance whose class's
     * {@code __slots__} leave out {@code __dict__} ({@link PyInstance}).
     */
    PyDict dict();
}

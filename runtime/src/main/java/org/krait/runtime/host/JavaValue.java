package org.krait.runtime.host;

/**
 * A Python object that stands for a Java object (made by {@link HostValues#foreign}): handing it
 * back to Java gives the Java object itself.
 */
public interface JavaValue {

    /** The Java object this Python object wraps. */
    Object javaValue();
}

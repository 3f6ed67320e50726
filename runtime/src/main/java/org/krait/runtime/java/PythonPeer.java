package org.krait.runtime.java;

/**
 * Implemented by the classes a {@link PeerClassFactory} generates: the Java object standing for
 * an instance of a Python class that extends a Java class, reaching back to it.
 */
public interface PythonPeer {

    /** The handler that calls the Python object's methods. */
    PeerHandler kraitPeerHandler();
}

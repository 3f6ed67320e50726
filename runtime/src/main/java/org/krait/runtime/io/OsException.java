package org.krait.runtime.io;

import java.io.IOException;

/** An I/O failure that already knows its errno (where the JDK has no exception for it). */
final class OsException extends IOException {

    private static final long serialVersionUID = 1L;

    final int errno;

    OsException(int errno) {
        super(Errno.message(errno), null);
        this.errno = errno;
    }
}

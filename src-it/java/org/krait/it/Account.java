package org.krait.it;

/** A Java object the scripts call: public, as Java interop reaches only what Java code could. */
public final class Account {

    public void withdraw(int amount) {
        throw new IllegalStateException("insufficient funds for " + amount);
    }
}

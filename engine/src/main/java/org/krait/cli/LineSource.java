package org.krait.cli;

/** Where the interactive prompt reads what is typed: one line at a time. */
interface LineSource {

    /**
     * The next line without its line end, or null at the end of input.
     *
     * @throws InterruptedException when SIGINT interrupts the wait (the prompt shows KeyboardInterrupt)
     */
    String readLine() throws InterruptedException;
}

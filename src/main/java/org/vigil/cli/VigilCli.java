package org.vigil.cli;

import org.vigil.VigilApplication;

public final class VigilCli {
    public static void main(String[] args) {
        VigilApplication.main(args);
    }
}

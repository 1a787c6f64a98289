package dev.solo.examples.misbehaving;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * This JVM's command line as any user on the machine can read it ({@code /proc/self/cmdline},
 * Linux only), for checks that it holds nothing secret. {@link Pids#record} writes it to
 * {@code <fixture.pid.dir>/<name>.cmdline}, one block per attempt: {@code pid <pid>}, then
 * {@code arg <argument>} per argument and {@code argfile <line>} per line of each
 * {@code @argument-file} (the JVM reads those as arguments too).
 */
final class CommandLine {

    private static final Path PROC = Path.of("/proc/self/cmdline");

    private CommandLine() {
    }

    /** The arguments, the executable first; empty where there is no {@code /proc}. */
    static List<String> arguments() {
        if (!Files.isReadable(PROC)) {
            return List.of();
        }
        try {
            String raw = new String(Files.readAllBytes(PROC), StandardCharsets.UTF_8);
            return Arrays.asList(raw.split("\0"));
        } catch (IOException e) {
            return List.of();
        }
    }

    static String describe() {
        StringBuilder text = new StringBuilder("pid " + ProcessHandle.current().pid() + "\n");
        for (String argument : arguments()) {
            text.append("arg ").append(argument).append('\n');
            if (argument.startsWith("@")) {
                for (String line : argFile(Path.of(argument.substring(1)))) {
                    text.append("argfile ").append(line).append('\n');
                }
            }
        }
        return text.toString();
    }

    private static List<String> argFile(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return new ArrayList<>(List.of("<unreadable: " + e + ">"));
        }
    }
}

package dev.solo.examples.it.support;

import com.sun.jdi.Bootstrap;
import com.sun.jdi.Location;
import com.sun.jdi.ReferenceType;
import com.sun.jdi.VirtualMachine;
import com.sun.jdi.connect.AttachingConnector;
import com.sun.jdi.connect.Connector;
import com.sun.jdi.connect.ListeningConnector;
import com.sun.jdi.event.BreakpointEvent;
import com.sun.jdi.event.ClassPrepareEvent;
import com.sun.jdi.event.Event;
import com.sun.jdi.event.EventSet;
import com.sun.jdi.event.VMDisconnectEvent;
import com.sun.jdi.request.BreakpointRequest;
import com.sun.jdi.request.ClassPrepareRequest;
import com.sun.jdi.request.EventRequest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real debugger, as an IDE is one: JDI attaches over {@code dt_socket}, sets a breakpoint on
 * a test method once its class is loaded, waits to stop there, and continues until the JVM ends.
 */
public final class BreakpointDebugger {
    private static final Pattern WAITS = Pattern.compile("solo: test JVM for .* waits for a debugger on port (\\d+)");

    private BreakpointDebugger() {
    }

    /** The port Solo's {@code waits for a debugger} line names in {@code file}, once {@code host} wrote it there. */
    public static int awaitPort(Process host, Path file, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        boolean lastLook = false;
        while (System.nanoTime() < deadline && !lastLook) {
            lastLook = !host.isAlive();
            try {
                if (Files.isRegularFile(file)) {
                    Matcher waits = WAITS.matcher(Files.readString(file));
                    if (waits.find()) {
                        return Integer.parseInt(waits.group(1));
                    }
                }
                Thread.sleep(50);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("no 'waits for a debugger' line in " + file + " within " + within
                + (host.isAlive() ? "" : " (the host exited)"));
    }

    /**
     * Attaches to the JVM listening on {@code port}, stops once at the first line of
     * {@code className#method}, continues, and follows the JVM to its end.
     *
     * @return where it stopped ({@code class#method:line}), empty if it never did within {@code within}
     */
    public static Optional<String> stopOnceIn(int port, String className, String method, Duration within)
            throws Exception {
        AttachingConnector socket = Bootstrap.virtualMachineManager().attachingConnectors().stream()
                .filter(c -> c.transport().name().equals("dt_socket")).findFirst().orElseThrow();
        Map<String, Connector.Argument> arguments = socket.defaultArguments();
        arguments.get("hostname").setValue("localhost");
        arguments.get("port").setValue(String.valueOf(port));
        VirtualMachine vm = socket.attach(arguments);
        Optional<String> stopped = Optional.empty();
        try {
            ClassPrepareRequest prepare = vm.eventRequestManager().createClassPrepareRequest();
            prepare.addClassFilter(className);
            prepare.setSuspendPolicy(EventRequest.SUSPEND_ALL);
            prepare.enable();
            // It waited suspended (suspend=y) for this debugger: now it may run up to the breakpoint.
            vm.resume();
            long deadline = System.nanoTime() + within.toNanos();
            while (System.nanoTime() < deadline) {
                EventSet events = vm.eventQueue().remove(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                if (events == null) {
                    break;
                }
                for (Event event : events) {
                    if (event instanceof ClassPrepareEvent prepared) {
                        breakAt(vm, prepared.referenceType(), method);
                    } else if (event instanceof BreakpointEvent hit) {
                        Location at = hit.location();
                        stopped = Optional.of(at.declaringType().name() + "#" + at.method().name() + ":"
                                + at.lineNumber());
                        hit.request().disable();
                    } else if (event instanceof VMDisconnectEvent) {
                        return stopped;
                    }
                }
                events.resume();
            }
            return stopped;
        } catch (com.sun.jdi.VMDisconnectedException e) {
            return stopped;
        } finally {
            try {
                vm.dispose();
            } catch (com.sun.jdi.VMDisconnectedException e) {
                // ended already, as it should
            }
        }
    }

    private static void breakAt(VirtualMachine vm, ReferenceType type, String method) {
        Location first = type.methodsByName(method).stream().findFirst()
                .orElseThrow(() -> new AssertionError(type.name() + " has no method " + method)).location();
        BreakpointRequest breakpoint = vm.eventRequestManager().createBreakpointRequest(first);
        breakpoint.setSuspendPolicy(EventRequest.SUSPEND_EVENT_THREAD);
        breakpoint.enable();
    }

    /** A debugger that listens, as an IDE's Debug does, for the JVM it starts to connect ({@code server=n}). */
    public static Listening listen() throws Exception {
        return new Listening();
    }

    /** The IDE's side of {@code server=n}: accepts the JVM's connection and lets the suspended JVM run. */
    public static final class Listening implements AutoCloseable {
        private final ListeningConnector socket = Bootstrap.virtualMachineManager().listeningConnectors().stream()
                .filter(c -> c.transport().name().equals("dt_socket")).findFirst().orElseThrow();
        private final Map<String, Connector.Argument> arguments = socket.defaultArguments();
        private final String address;
        private VirtualMachine connected;

        private Listening() throws Exception {
            arguments.get("localAddress").setValue("127.0.0.1");
            arguments.get("port").setValue("0");
            address = socket.startListening(arguments);
        }

        /** Where the JVM's agent connects: {@code host:port}. */
        public String address() {
            return address.startsWith("127.0.0.1") || address.contains(":") ? address : "127.0.0.1:" + address;
        }

        public void acceptAndResume(Duration within) {
            try {
                if (arguments.containsKey("timeout")) {
                    arguments.get("timeout").setValue(String.valueOf(within.toMillis()));
                }
                connected = socket.accept(arguments);
                connected.resume();
            } catch (Exception e) {
                throw new AssertionError("the host never connected to the debugger at " + address, e);
            }
        }

        @Override
        public void close() throws Exception {
            try {
                socket.stopListening(arguments);
            } finally {
                if (connected != null) {
                    try {
                        connected.dispose();
                    } catch (com.sun.jdi.VMDisconnectedException e) {
                        // the host ended, as it should
                    }
                }
            }
        }
    }
}

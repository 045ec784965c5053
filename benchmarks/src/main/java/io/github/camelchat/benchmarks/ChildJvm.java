package io.github.camelchat.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A second JVM on this JVM's class path (the scale benchmark's simulator, the cold start-up probe), talked to by lines
 * on stdin / stdout; its stderr goes to ours or to a log file.
 */
final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final PrintWriter in;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    ChildJvm(List<String> jvmOptions, Class<?> mainClass, String... args) throws IOException {
        this(null, jvmOptions, mainClass, args);
    }

    /** @param errorLog where the child's stderr goes (its log), or {@code null} for this JVM's stderr */
    ChildJvm(java.nio.file.Path errorLog, List<String> jvmOptions, Class<?> mainClass, String... args)
            throws IOException {
        this(errorLog, System.getProperty("java.class.path"), jvmOptions, mainClass, args);
    }

    /** @param classPath the child's class path (e.g. jars only, which class data sharing needs) */
    ChildJvm(java.nio.file.Path errorLog, String classPath, List<String> jvmOptions, Class<?> mainClass,
             String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classPath);
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        process = new ProcessBuilder(command).redirectError(errorLog == null ? ProcessBuilder.Redirect.INHERIT
                : ProcessBuilder.Redirect.to(errorLog.toFile())).start();
        // if this JVM is stopped (Ctrl-C), its children go with it
        Process child = process;
        Runtime.getRuntime().addShutdownHook(new Thread(child::destroy, "child-jvm-stop"));
        in = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null;) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // the process ended
            }
        }, "child-jvm-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    void send(String line) {
        in.println(line);
    }

    /** The next line starting with {@code prefix} (others are echoed), without the prefix. */
    String expect(String prefix, long timeoutSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (true) {
            String line = lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null) {
                throw new IllegalStateException("child JVM " + process.pid() + ": no '" + prefix + "' line within "
                        + timeoutSeconds + " s (alive: " + process.isAlive() + ")");
            }
            if (line.startsWith(prefix)) {
                return line.substring(prefix.length()).trim();
            }
            System.out.println("[child " + process.pid() + "] " + line);
        }
    }

    @Override
    public void close() throws InterruptedException {
        in.close();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroy();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}

package io.github.camelchat.common.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;

/**
 * Captures every log line at DEBUG and above, from every logger, while attached: level, logger, message and the whole
 * stack trace of a thrown exception, so a test can check that no secret was ever logged anywhere. Shared with the
 * component modules through this module's test jar.
 */
public final class LogCapture implements AutoCloseable {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final LoggerContext context;
    private final Level previousRootLevel;
    private final AbstractAppender appender;

    private LogCapture() {
        context = (LoggerContext) LogManager.getContext(false);
        Configuration config = context.getConfiguration();
        appender = new AbstractAppender("capture-" + UUID.randomUUID(), null, null, true, Property.EMPTY_ARRAY) {
            @Override
            public void append(LogEvent event) {
                StringWriter line = new StringWriter();
                line.append(event.getLevel().name()).append(' ').append(event.getLoggerName()).append(" - ")
                        .append(event.getMessage().getFormattedMessage());
                if (event.getThrown() != null) {
                    line.append('\n');
                    event.getThrown().printStackTrace(new PrintWriter(line));
                }
                lines.add(line.toString());
            }
        };
        appender.start();
        LoggerConfig root = config.getRootLogger();
        previousRootLevel = root.getLevel();
        for (LoggerConfig logger : config.getLoggers().values()) {
            logger.addAppender(appender, Level.DEBUG, null);
            if (logger.getLevel() == null || logger.getLevel().isMoreSpecificThan(Level.DEBUG)) {
                logger.setLevel(Level.DEBUG);
            }
        }
        if (!config.getLoggers().containsValue(root)) {
            root.addAppender(appender, Level.DEBUG, null);
            root.setLevel(Level.DEBUG);
        }
        context.updateLoggers();
    }

    public static LogCapture attach() {
        return new LogCapture();
    }

    /** Each captured event as one string (a stack trace makes it span several lines). */
    public List<String> lines() {
        return List.copyOf(lines);
    }

    public String all() {
        return String.join("\n", lines);
    }

    @Override
    public void close() {
        Configuration config = context.getConfiguration();
        config.getLoggers().values().forEach(logger -> logger.removeAppender(appender.getName()));
        config.getRootLogger().removeAppender(appender.getName());
        config.getRootLogger().setLevel(previousRootLevel);
        // restore the per-logger levels from the configuration file
        context.reconfigure();
        appender.stop();
    }
}
